import { createHash } from "node:crypto";
import { confirmAreaImportSchema, previewAreaImportSchema } from "@/lib/schemas/area-import";
import type { Viewer } from "@/server/authz/load-viewer";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import type { Db } from "@/server/data/database";
import { importAreaFile, planAreaImport, type AreaImportResult } from "./import-area";

/** The file's JSON, or a refusal at the file field. */
function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError("VALIDATION", "The file is not an area file", {
      file: [`The file is not JSON (${(error as Error).message}): choose the file that cli area export writes`],
    });
  }
}

/** The file's problems, each with its path in the file, at the file field (the page lists them). */
async function orProblems<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "VALIDATION") throw error;
    const problems = Object.entries(error.fieldErrors).flatMap(([path, messages]) =>
      messages.map((m) => `${path}: ${m}`),
    );
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    throw new AppError("VALIDATION", `The file has ${count}: nothing was imported`, {
      file: problems.length > 0 ? problems : [error.message],
    });
  }
}

/** Identifies a preview: the file and what importing it would change now. */
const fingerprintOf = (text: string, plan: AreaImportResult) =>
  createHash("sha256").update(text).update(JSON.stringify(plan.changes)).digest("hex").slice(0, 16);

/**
 * What importing an uploaded area file would change (a dry run, rolled back), with a fingerprint
 * for the confirm. Counts per kind of row for the page: created, updated, unchanged.
 */
export async function previewAreaImport(ctx: { db: Db; viewer: Viewer | null }, raw: unknown) {
  const input = parse(previewAreaImportSchema, raw, "Choose the area's file");
  const plan = await orProblems(planAreaImport(ctx, jsonOf(input.file)));
  const byEntity = new Map<string, { created: number; updated: number; retired: number }>();
  for (const c of plan.changes) {
    const row = byEntity.get(c.entity) ?? { created: 0, updated: 0, retired: 0 };
    row[c.change === "create" ? "created" : c.change === "update" ? "updated" : "retired"]++;
    byEntity.set(c.entity, row);
  }
  return {
    plan,
    byEntity: [...byEntity.entries()].map(([entity, counts]) => ({ entity, ...counts })),
    fingerprint: fingerprintOf(input.file, plan),
  };
}

/**
 * Applies a previewed import, refusing if the file or the data changed since the preview (its
 * fingerprint), as the calendar generation's confirm does. One audit entry (area.import).
 */
export async function confirmAreaImport(ctx: { db: Db; viewer: Viewer | null }, raw: unknown) {
  const input = parse(confirmAreaImportSchema, raw, "Preview the import again before confirming");
  const json = jsonOf(input.file);
  const plan = await orProblems(planAreaImport(ctx, json));
  if (fingerprintOf(input.file, plan) !== input.fingerprint)
    throw new AppError(
      "CONFLICT",
      "The area changed since this preview (or the file is not the one previewed). Nothing was imported: preview again.",
    );
  if (plan.created + plan.updated === 0)
    throw new AppError("CONFLICT", `Importing this file changes nothing in ${plan.area}: it is already up to date.`);
  return importAreaFile(ctx, json);
}
