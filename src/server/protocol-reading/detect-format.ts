import JSZip from "jszip";
import type { ExtractedText } from "@/domain/protocol-reading/types";
import { ProtocolFileError } from "./protocol-file-error";

export type ProtocolFormat = ExtractedText["format"];

/** The extensions we accept, and what each promises. */
const EXTENSIONS: Record<string, ProtocolFormat> = {
  pdf: "pdf",
  docx: "docx",
  odt: "odt",
  txt: "text",
  text: "text",
  md: "text",
};

const FORMAT_NAMES: Record<ProtocolFormat, string> = {
  pdf: "a PDF",
  docx: "a Word document (.docx)",
  odt: "an OpenDocument text (.odt)",
  text: "a plain text file",
};

const SUPPORTED = "Upload a PDF, a Word document (.docx), an OpenDocument text (.odt) or a plain text file (.txt).";

/** Kinds of file people upload by mistake, by their first bytes (magic numbers). */
const KNOWN_OTHER: { name: string; magic: number[] | string; offset?: number }[] = [
  { name: "a PNG image", magic: [0x89, 0x50, 0x4e, 0x47] },
  { name: "a JPEG image", magic: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", magic: "GIF8" },
  { name: "a TIFF image", magic: [0x49, 0x49, 0x2a, 0x00] },
  { name: "a TIFF image", magic: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: "a BMP image", magic: "BM" },
  { name: "a WebP image", magic: "WEBP", offset: 8 },
  { name: "an old-style Word or Office file (.doc); save it as .docx", magic: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: "an RTF document; save it as .docx", magic: "{\\rtf" },
  { name: "a 7-Zip archive", magic: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: "a RAR archive", magic: "Rar!" },
  { name: "a gzip archive", magic: [0x1f, 0x8b] },
];

function startsWith(bytes: Uint8Array, magic: number[] | string, offset = 0): boolean {
  const expected = typeof magic === "string" ? [...magic].map((c) => c.charCodeAt(0)) : magic;
  return expected.every((b, i) => bytes[offset + i] === b);
}

/** The extension as written, lower case, without the dot ("" when there is none). */
export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return match?.[1]?.toLowerCase() ?? "";
}

/** The text of a file that is valid UTF-8 with no NUL bytes, or null. */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** What a zip archive is: a .docx, an .odt, or something else (with its zip opened, for the extractor). */
async function zipKind(bytes: Uint8Array): Promise<{ kind: "docx" | "odt" | "other"; zip: JSZip }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ProtocolFileError(
      "CORRUPT_FILE",
      "This file looks like a zip archive (as .docx and .odt files are) but it is damaged and cannot be opened.",
    );
  }
  const mimetype = await zip.file("mimetype")?.async("string");
  if (mimetype?.trim() === "application/vnd.oasis.opendocument.text") return { kind: "odt", zip };
  if (zip.file("word/document.xml")) return { kind: "docx", zip };
  return { kind: "other", zip };
}

export interface DetectedFile {
  format: ProtocolFormat;
  /** The opened zip, for .docx and .odt. */
  zip: JSZip | null;
  /** The decoded text, for plain text. */
  text: string | null;
}

/**
 * The file's real format from its bytes, never from its name; a name promising another format is
 * refused with a message naming both, so the stored source document is what it says it is.
 */
export async function detectFormat(bytes: Uint8Array, fileName: string): Promise<DetectedFile> {
  const extension = extensionOf(fileName);
  const promised = EXTENSIONS[extension];
  const called = extension ? `This file is called .${extension}` : "This file has no extension";
  const mismatch = (actual: string) =>
    promised
      ? new ProtocolFileError("WRONG_TYPE", `${called} but is ${actual}. ${SUPPORTED}`)
      : new ProtocolFileError(
          "UNSUPPORTED_TYPE",
          `${called} and is ${actual}, which cannot be read as a protocol. ${SUPPORTED}`,
        );

  if (startsWith(bytes, "%PDF-")) {
    if (promised !== "pdf") throw mismatch(FORMAT_NAMES.pdf);
    return { format: "pdf", zip: null, text: null };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const { kind, zip } = await zipKind(bytes);
    if (kind === "other") {
      if (promised === "docx")
        throw new ProtocolFileError(
          "NOT_A_WORD_DOCUMENT",
          "This file is called .docx but is not a Word document: it is a zip archive of other files (it has no word/document.xml). Open it in Word and save it as .docx, or upload the document itself.",
        );
      if (promised === "odt")
        throw new ProtocolFileError(
          "NOT_AN_OPENDOCUMENT_TEXT",
          "This file is called .odt but is not an OpenDocument text: it is a zip archive of other files. Save the document as .odt from LibreOffice or Word and upload that.",
        );
      throw mismatch("a zip archive");
    }
    if (promised !== kind) throw mismatch(FORMAT_NAMES[kind]);
    return { format: kind, zip, text: null };
  }
  const other = KNOWN_OTHER.find((k) => startsWith(bytes, k.magic, k.offset));
  if (other) throw mismatch(other.name);

  const text = decodeText(bytes);
  if (text === null) {
    if (promised === "text")
      throw new ProtocolFileError(
        "TEXT_ENCODING",
        `${called} but is not UTF-8 text (it may be in another encoding, or not text at all). Save it as UTF-8 and upload it again.`,
      );
    throw promised
      ? mismatch("not a file of that kind (its contents are not recognised)")
      : new ProtocolFileError("UNSUPPORTED_TYPE", `${called} and its contents are not recognised. ${SUPPORTED}`);
  }
  if (extension !== "" && promised !== "text") throw mismatch("plain text");
  return { format: "text", zip: null, text };
}
