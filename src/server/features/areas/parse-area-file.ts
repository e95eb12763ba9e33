import { areaFileSchema, type AreaFile } from "@/lib/schemas/area-file";
import { AppError } from "@/server/core/errors";

/** Parses a file's content; every problem is reported with its path (`boards.2.kind`). */
export function parseAreaFile(raw: unknown): AreaFile {
  const parsed = areaFileSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) (fieldErrors[issue.path.join(".") || "file"] ??= []).push(issue.message);
  const lines = issues.slice(0, 20).map((i) => `  ${i.path.join(".") || "(file)"}: ${i.message}`);
  if (issues.length > 20) lines.push(`  ... and ${issues.length - 20} more`);
  const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
  throw new AppError("VALIDATION", `The area file is not valid (${count}):\n${lines.join("\n")}`, fieldErrors);
}
