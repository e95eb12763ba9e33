import type { ExtractedText } from "@/domain/protocol-reading/types";
import { detectFormat } from "./detect-format";
import { docxText } from "./docx-text";
import { odtText } from "./odt-text";
import { pdfText } from "./pdf-text";
import { ProtocolFileError } from "./protocol-file-error";

export { ProtocolFileError, type ProtocolFileErrorCode } from "./protocol-file-error";

/** The largest protocol file we read: 20 MB. Protocols are tens of pages; larger files are scans or mistakes. */
export const MAX_PROTOCOL_BYTES = 20 * 1024 * 1024;

export const EMPTY_FILE_MESSAGE = "The file is empty. Choose the protocol document and upload it again.";

/** Why a file of this many bytes is refused as too large (said before its bytes are read), or null. */
export function tooLargeMessage(size: number): string | null {
  if (size <= MAX_PROTOCOL_BYTES) return null;
  const megabytes = (size / 1024 / 1024).toFixed(1);
  return `The file is ${megabytes} MB; the limit is ${MAX_PROTOCOL_BYTES / 1024 / 1024} MB. A protocol this large is usually a scan: upload the Word or text version, or a PDF saved without images.`;
}

/**
 * Plain text as written, with line endings made "\n", lines of only spaces made empty, and runs of
 * blank lines made one (the paragraph break). Lines inside a paragraph are kept.
 */
function plainText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/\s+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * A protocol document's text, with paragraph breaks ("\n\n") and numbering kept (issue 12). The
 * format comes from the bytes, not the name: PDF (pdfjs-dist), Word .docx (mammoth), OpenDocument
 * text (content.xml) or UTF-8 plain text. Throws ProtocolFileError, with a message for the person who
 * uploaded the file, for anything it cannot read; it stores nothing either way.
 */
export async function extractText(bytes: Uint8Array, fileName: string): Promise<ExtractedText> {
  if (bytes.length === 0) throw new ProtocolFileError("EMPTY_FILE", EMPTY_FILE_MESSAGE);
  const tooLarge = tooLargeMessage(bytes.length);
  if (tooLarge) throw new ProtocolFileError("TOO_LARGE", tooLarge);
  const file = await detectFormat(bytes, fileName);
  let result: ExtractedText;
  if (file.format === "pdf") result = { ...(await pdfText(bytes)), format: "pdf" };
  else if (file.format === "docx") result = { text: await docxText(bytes), format: "docx", pages: null };
  else if (file.format === "odt" && file.zip) result = { text: await odtText(file.zip), format: "odt", pages: null };
  else result = { text: plainText(file.text ?? ""), format: "text", pages: null };
  if (result.text.trim() === "")
    throw new ProtocolFileError(
      "NO_TEXT",
      "The document has no text in it. Check that it is the right file and upload it again.",
    );
  return result;
}
