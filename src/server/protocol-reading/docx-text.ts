import mammoth from "mammoth";
import { markupParagraphs, type MarkupRoles } from "./markup-text";
import { ProtocolFileError } from "./protocol-file-error";

const ROLES: MarkupRoles = {
  block: new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6"]),
  list: new Set(["ol", "ul"]),
  marker: (name) => (name === "ol" ? (n) => `${n}.` : () => "•"),
  item: new Set(["li"]),
  table: new Set(["table"]),
  row: new Set(["tr"]),
  cell: new Set(["td", "th"]),
  lineBreak: new Set(["br"]),
  tab: new Set(),
  space: new Set(),
  skip: new Set(),
};

/**
 * The text of a Word document, from mammoth's HTML, so that Word's automatic list numbering survives
 * as "1.", "2." (mammoth's raw text drops it). What is lost: the numbering's format and level scheme
 * (Word's "3.1", "(a)" or "i." become "1.", "2." by position in the list; a list that restarts or
 * continues across other paragraphs is numbered from 1), automatic heading numbering, text boxes,
 * headers and footers (not read at all, which suits us) and footnote markers (the notes come last, as
 * a numbered list). Numbers typed as text are kept exactly as typed.
 */
export async function docxText(bytes: Uint8Array): Promise<string> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw new ProtocolFileError(
      "CORRUPT_FILE",
      "This Word document is damaged and cannot be read. Open it in Word, save it again as .docx, and upload the new copy.",
    );
  }
  return markupParagraphs(html, ROLES);
}
