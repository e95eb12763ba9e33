/**
 * What an uploaded evidence file really is, from its first bytes (not the name or the browser's
 * claim): PDF, Word (.doc, .docx) or OpenDocument (.odt, .ods, .odp). Anything else is refused.
 */
export const ACCEPTED_FILES = {
  pdf: { contentType: "application/pdf", label: "PDF" },
  doc: { contentType: "application/msword", label: "Word 97-2003" },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word" },
  odt: { contentType: "application/vnd.oasis.opendocument.text", label: "OpenDocument text" },
  ods: { contentType: "application/vnd.oasis.opendocument.spreadsheet", label: "OpenDocument spreadsheet" },
  odp: { contentType: "application/vnd.oasis.opendocument.presentation", label: "OpenDocument presentation" },
} as const;
export type AcceptedFile = keyof typeof ACCEPTED_FILES;

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, length: number) =>
  String.fromCharCode(...bytes.subarray(from, from + length));

export function sniffFileType(bytes: Uint8Array, fileName: string): AcceptedFile | null {
  const extension = fileName.toLowerCase().split(".").pop() ?? "";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return extension === "pdf" ? "pdf" : null;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return extension === "doc" ? "doc" : null;
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return null;
  // A ZIP container. OpenDocument stores an uncompressed "mimetype" entry first (ISO/IEC 26300).
  const nameLength = (bytes[26] ?? 0) | ((bytes[27] ?? 0) << 8);
  const extraLength = (bytes[28] ?? 0) | ((bytes[29] ?? 0) << 8);
  if (ascii(bytes, 30, nameLength) === "mimetype") {
    const mimetype = ascii(bytes, 30 + nameLength + extraLength, 60);
    for (const kind of ["odt", "ods", "odp"] as const) {
      if (mimetype.startsWith(ACCEPTED_FILES[kind].contentType)) return extension === kind ? kind : null;
    }
    return null;
  }
  // Office Open XML: a word/ part somewhere in the archive's names.
  if (extension === "docx" && Buffer.from(bytes).includes("word/")) return "docx";
  return null;
}

/** A file name safe to show and to send back in Content-Disposition: no paths, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = [...base]
    .filter((c) => c.charCodeAt(0) > 0x1f && c.charCodeAt(0) !== 0x7f && !'"<>|*?:'.includes(c))
    .join("")
    .trim()
    .slice(0, 150);
  return cleaned || "evidence";
}
