import type { AreaFile, AreaFileInput } from "@/lib/schemas/area-file";

/** The file as written: two-space JSON with a final newline. */
export function serializeAreaFile(file: AreaFile | AreaFileInput): string {
  return JSON.stringify(file, null, 2) + "\n";
}
