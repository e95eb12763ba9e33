import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/server/data/db";
import { AppError } from "@/server/core/errors";
import type { Reader } from "@/server/authz/reader";
import { requireUser } from "./session";

/** For pages: a reader scoped to the signed-in viewer (or a redirect to sign in). */
export async function pageReader(): Promise<Reader & { viewer: NonNullable<Reader["viewer"]> }> {
  return { db, viewer: await requireUser() };
}

/** Runs a read use case; NOT_FOUND (including "not in your areas") becomes the 404 page. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}
