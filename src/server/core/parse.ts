import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { AppError } from "./errors";

/** Parses a service's raw input, or refuses it as VALIDATION with `message` and each field's errors. */
export function parse<S extends z.ZodType>(schema: S, raw: unknown, message: string): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", message, fieldErrorsOf(parsed.error));
  return parsed.data;
}
