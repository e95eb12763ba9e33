import { ACCEPTED_FILES, cleanFileName, sniffFileType } from "@/domain/file-type";
import { workflowEnv } from "@/server/core/env";

/** A file from a form, already read into memory (the action reads it; the service checks it). */
export interface UploadedFile {
  name: string;
  type: string;
  size: number;
  bytes: Uint8Array;
}

export const MAX_FILES = 5;

/** Checks uploaded files: at most MAX_FILES, none empty, none over the limit, each really a PDF, Word or ODF file. */
export function checkFiles(files: readonly UploadedFile[]): {
  files: (UploadedFile & { contentType: string; cleanName: string })[];
  errors: string[];
} {
  const maxBytes = workflowEnv().UPLOAD_MAX_MB * 1024 * 1024;
  const errors: string[] = [];
  const real = files.filter((f) => !(f.size === 0 && f.name === ""));
  if (real.length > MAX_FILES) errors.push(`Upload at most ${MAX_FILES} files at once`);
  const checked = [];
  for (const f of real.slice(0, MAX_FILES)) {
    const name = cleanFileName(f.name);
    if (f.size > maxBytes || f.bytes.length > maxBytes) {
      errors.push(`${name} is larger than ${workflowEnv().UPLOAD_MAX_MB} MB`);
      continue;
    }
    if (f.size === 0 || f.bytes.length === 0) {
      errors.push(`${name} is empty`);
      continue;
    }
    const kind = sniffFileType(f.bytes, name);
    if (!kind) {
      errors.push(`${name} must be a PDF, Word (.doc, .docx) or OpenDocument (.odt, .ods, .odp) file`);
      continue;
    }
    checked.push({ ...f, contentType: ACCEPTED_FILES[kind].contentType, cleanName: name });
  }
  return { files: checked, errors };
}
