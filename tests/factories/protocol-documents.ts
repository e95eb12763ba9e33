/**
 * Protocol documents built from text, for the extraction tests and the benchmark (issue 12): a PDF
 * (pdf-lib: wrapped lines, several pages, a running header and a page-number footer), a Word .docx
 * (docx: one paragraph per text paragraph, with its own header and footer) and a minimal
 * OpenDocument text (jszip). `paragraphsOf` is what each should give back.
 */
import { Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from "docx";
import JSZip from "jszip";
import { PDFDocument, PDFHexString, StandardFonts } from "pdf-lib";

/** A text's paragraphs (separated by blank lines) with the whitespace inside each made single spaces. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n[ \t\u00a0]*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p !== "");
}

/**
 * The standard PDF fonts encode WinAnsi only: the seeds' few other characters (a Wingdings bullet
 * in the private use area, a superscript i) are drawn as their nearest WinAnsi character.
 */
export function winAnsi(text: string): string {
  return text.replace(/\uf0b7/g, "•").replace(/ⁱ/g, "i");
}

export const RUNNING_HEADER = "Protocol — draft";

export interface PdfOptions {
  /** "page-of": "Page 3 of 12"; "number": "3". */
  footer?: "page-of" | "number";
  /** Extra space between paragraphs, in points. */
  paragraphGap?: number;
}

/** A4 pages of 11 pt Helvetica, lines wrapped to the text width, each page with a header and a footer. */
export async function pdfFromParagraphs(paragraphs: string[], options: PdfOptions = {}): Promise<Uint8Array> {
  return (await pdfWithLayout(paragraphs, options)).bytes;
}

/** The PDF, and which paragraphs (by index) begin at the top of a page. */
export async function pdfWithLayout(
  paragraphs: string[],
  options: PdfOptions = {},
): Promise<{ bytes: Uint8Array; startsPage: Set<number> }> {
  const startsPage = new Set<number>();
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const [width, height, margin, size, leading] = [595, 842, 56, 11, 14];
  const gap = options.paragraphGap ?? 9;
  const column = width - 2 * margin;
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= column;

  const pages: { text: string; y: number }[][] = [[]];
  let y = height - margin - 20;
  for (const [index, paragraph] of paragraphs.entries()) {
    const lines: string[] = [];
    let line = "";
    for (const word of winAnsi(paragraph).split(" ")) {
      const next = line === "" ? word : `${line} ${word}`;
      if (fits(next) || line === "") line = next;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
    for (const [n, text] of lines.entries()) {
      if (y < margin + 20) {
        pages.push([]);
        y = height - margin - 20;
        if (n === 0) startsPage.add(index);
      }
      pages[pages.length - 1]?.push({ text, y });
      y -= leading;
    }
    y -= gap;
  }
  for (const [index, lines] of pages.entries()) {
    const page = doc.addPage([width, height]);
    page.drawText(RUNNING_HEADER, { x: margin, y: height - 36, size: 9, font });
    const number = options.footer === "number" ? `${index + 1}` : `Page ${index + 1} of ${pages.length}`;
    page.drawText(number, { x: (width - font.widthOfTextAtSize(number, 9)) / 2, y: 30, size: 9, font });
    for (const line of lines) page.drawText(line.text, { x: margin, y: line.y, size, font });
  }
  return { bytes: await doc.save(), startsPage };
}

/** A Word document, one paragraph per text paragraph, with a running header and a page-number footer. */
export async function docxFromParagraphs(paragraphs: string[]): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph(RUNNING_HEADER)] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ children: [new TextRun({ children: ["Page ", PageNumber.CURRENT] })] })],
          }),
        },
        children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A minimal OpenDocument text: `body` is the XML inside <office:text> (default: one text:p per paragraph). */
export async function odtFromParagraphs(
  paragraphs: string[],
  body?: string,
  automaticStyles = "",
): Promise<Uint8Array> {
  const zip = new JSZip();
  // The mimetype comes first and uncompressed, as the OpenDocument package format requires.
  zip.file("mimetype", "application/vnd.oasis.opendocument.text", { compression: "STORE" });
  zip.file(
    "META-INF/manifest.xml",
    `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`,
  );
  zip.file(
    "content.xml",
    `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.2">
<office:automatic-styles>${automaticStyles}</office:automatic-styles>
<office:body><office:text>${body ?? paragraphs.map((p) => `<text:p>${xml(p)}</text:p>`).join("\n")}</office:text></office:body>
</office:document-content>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * A password-protected PDF. pdf-lib cannot encrypt (and qpdf is not installed), so this is a real
 * PDF given a Standard security handler (RC4, revision 2) whose password checks fail for the empty
 * password: what a reader meets when a file needs a password to open.
 */
export async function passwordProtectedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage();
  page.drawText("Confidential protocol", {
    x: 50,
    y: 700,
    size: 12,
    font: await doc.embedFont(StandardFonts.Helvetica),
  });
  const bytes32 = (fill: string) => PDFHexString.of(fill.repeat(32));
  doc.context.trailerInfo.Encrypt = doc.context.register(
    doc.context.obj({ Filter: "Standard", V: 1, R: 2, Length: 40, O: bytes32("7a"), U: bytes32("3c"), P: -44 }),
  );
  doc.context.trailerInfo.ID = doc.context.obj([bytes32("01"), bytes32("01")]);
  return doc.save({ useObjectStreams: false });
}

/** A 1×1 PNG. */
export const TINY_PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "base64",
  ),
);

/** A "scanned" PDF: pages that are pictures, with no text layer. */
export async function scannedPdf(pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(TINY_PNG);
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  return doc.save();
}
