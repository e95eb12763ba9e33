import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from "docx";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { extractText, MAX_PROTOCOL_BYTES, ProtocolFileError } from "@/server/protocol-reading/extract-text";
import {
  docxFromParagraphs,
  odtFromParagraphs,
  paragraphsOf,
  passwordProtectedPdf,
  pdfFromParagraphs,
  pdfWithLayout,
  RUNNING_HEADER,
  scannedPdf,
  TINY_PNG,
  winAnsi,
} from "../factories/protocol-documents";

const SEEDS = join(import.meta.dirname, "../fixtures/seeds");
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => ({ name: f, text: readFileSync(join(SEEDS, f), "utf8") }));

/**
 * What a PDF gives back: the text's paragraphs, except that one starting in lower case at the top of
 * a page continues the paragraph before it (the extractor's page-break rule). The seeds have such
 * breaks ("... influence over" / "commissioning decisions"), left by the page breaks of their own
 * originals.
 */
function expectedFromPdf(paragraphs: string[], startsPage: Set<number>): string[] {
  const out: string[] = [];
  for (const [i, p] of paragraphs.entries()) {
    if (startsPage.has(i) && /^[a-z]/.test(p) && out.length > 0) out[out.length - 1] += ` ${p}`;
    else out.push(p);
  }
  return out;
}

async function refusal(bytes: Uint8Array, fileName: string): Promise<ProtocolFileError> {
  const error = await extractText(bytes, fileName).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProtocolFileError);
  return error as ProtocolFileError;
}

describe("extractText on the five seed protocols", () => {
  it("finds the five seeds", () => expect(seeds).toHaveLength(5));

  for (const seed of seeds) {
    const paragraphs = paragraphsOf(seed.text);

    it(`${seed.name} as plain text keeps its paragraphs`, async () => {
      const result = await extractText(new TextEncoder().encode(seed.text), "protocol.txt");
      expect(result.format).toBe("text");
      expect(paragraphsOf(result.text)).toEqual(paragraphs);
    });

    it(`${seed.name} as a PDF gives the same paragraphs, without headers, footers or page numbers`, async () => {
      const ansi = paragraphs.map(winAnsi);
      const { bytes, startsPage } = await pdfWithLayout(ansi);
      const result = await extractText(bytes, "protocol.pdf");
      expect(result.format).toBe("pdf");
      expect(result.pages).toBeGreaterThan(1);
      expect(paragraphsOf(result.text)).toEqual(expectedFromPdf(ansi, startsPage));
      expect(result.text).not.toContain(RUNNING_HEADER);
      expect(result.text).not.toMatch(/Page \d+ of \d+/);
    });

    it(`${seed.name} as a Word document gives the same paragraphs, without its header or footer`, async () => {
      const result = await extractText(await docxFromParagraphs(paragraphs), "protocol.docx");
      expect(result.format).toBe("docx");
      expect(paragraphsOf(result.text)).toEqual(paragraphs);
      expect(result.text).not.toContain(RUNNING_HEADER);
    });

    it(`${seed.name} as an OpenDocument text gives the same paragraphs`, async () => {
      const result = await extractText(await odtFromParagraphs(paragraphs), "protocol.odt");
      expect(result.format).toBe("odt");
      expect(paragraphsOf(result.text)).toEqual(paragraphs);
    });
  }
});

describe("extractText keeps layout the clause splitter needs", () => {
  it("removes bare page numbers from a PDF and keeps numbered paragraphs", async () => {
    const paragraphs = Array.from(
      { length: 80 },
      (_, i) => `${i + 1}. The board will consider item ${i + 1} at its meeting.`,
    );
    const result = await extractText(await pdfFromParagraphs(paragraphs, { footer: "number" }), "p.pdf");
    expect(paragraphsOf(result.text)).toEqual(paragraphs);
  });

  it("keeps Word's automatic list numbering as 1., 2.", async () => {
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: "duties",
            levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph("The board will:"),
            new Paragraph({ text: "publish an annual report;", numbering: { reference: "duties", level: 0 } }),
            new Paragraph({ text: "agree a business plan.", numbering: { reference: "duties", level: 0 } }),
          ],
        },
      ],
    });
    const result = await extractText(new Uint8Array(await Packer.toBuffer(doc)), "p.docx");
    expect(paragraphsOf(result.text)).toEqual([
      "The board will:",
      "1. publish an annual report;",
      "2. agree a business plan.",
    ]);
  });

  it("numbers OpenDocument list items from their list style, and keeps a table a row per line", async () => {
    const styles = `<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="a"/></text:list-style>`;
    const body = `<text:h text:outline-level="1">5 Reporting</text:h>
<text:list text:style-name="L1"><text:list-item><text:p>An annual report;</text:p></text:list-item><text:list-item><text:p>a business plan.</text:p></text:list-item></text:list>
<table:table><table:table-row><table:table-cell><text:p>Member</text:p></table:table-cell><table:table-cell><text:p>Board</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>Director of Public Health</text:p></table:table-cell><table:table-cell><text:p>HWB</text:p></table:table-cell></table:table-row></table:table>
<text:p>Spaced<text:s text:c="3"/>out<text:note><text:note-body><text:p>A footnote.</text:p></text:note-body></text:note> &amp; done.</text:p>`;
    const result = await extractText(await odtFromParagraphs([], body, styles), "p.odt");
    expect(result.text).toBe(
      "5 Reporting\n\n(a) An annual report;\n\n(b) a business plan.\n\nMember\tBoard\nDirector of Public Health\tHWB\n\nSpaced out & done.",
    );
  });
});

describe("extractText refuses what it cannot read, each with its own message", () => {
  it("an empty file", async () => {
    const error = await refusal(new Uint8Array(0), "protocol.pdf");
    expect([error.code, error.message]).toEqual(["EMPTY_FILE", expect.stringContaining("empty")]);
  });

  it("a 50 MB file, naming the limit", async () => {
    const error = await refusal(new Uint8Array(50 * 1024 * 1024), "protocol.pdf");
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toContain("the limit is 20 MB");
    expect(error.message).toContain("50.0 MB");
    expect(MAX_PROTOCOL_BYTES).toBe(20 * 1024 * 1024);
  });

  it("an image renamed .pdf", async () => {
    const error = await refusal(TINY_PNG, "protocol.pdf");
    expect(error.code).toBe("WRONG_TYPE");
    expect(error.message).toMatch(/^This file is called \.pdf but is a PNG image\./);
  });

  it("a password-protected PDF", async () => {
    const error = await refusal(await passwordProtectedPdf(), "protocol.pdf");
    expect([error.code, error.message]).toEqual(["PASSWORD_PROTECTED", expect.stringContaining("password-protected")]);
  });

  it("a scanned PDF with no text layer", async () => {
    const error = await refusal(await scannedPdf(), "protocol.pdf");
    expect(error.code).toBe("NO_TEXT_LAYER");
    expect(error.message).toContain("no text layer: this looks like a scanned document;");
  });

  it("a .docx that is really a zip of something else", async () => {
    const zip = new JSZip();
    zip.file("photos/meeting.jpg", TINY_PNG);
    zip.file("notes.txt", "minutes");
    const error = await refusal(await zip.generateAsync({ type: "uint8array" }), "protocol.docx");
    expect(error.code).toBe("NOT_A_WORD_DOCUMENT");
    expect(error.message).toContain("is not a Word document: it is a zip archive of other files");
  });

  it("a corrupt PDF", async () => {
    const error = await refusal(new TextEncoder().encode("%PDF-1.7\nthis is not really a PDF\n"), "protocol.pdf");
    expect([error.code, error.message]).toEqual(["CORRUPT_FILE", expect.stringContaining("This PDF is damaged")]);
  });

  it("a Word document named .pdf", async () => {
    const error = await refusal(await docxFromParagraphs(["One."]), "protocol.pdf");
    expect(error.code).toBe("WRONG_TYPE");
    expect(error.message).toMatch(/^This file is called \.pdf but is a Word document \(\.docx\)\./);
  });

  it("an unsupported type: an old .doc, and a spreadsheet's CSV", async () => {
    const doc = await refusal(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "protocol.doc");
    expect(doc.code).toBe("UNSUPPORTED_TYPE");
    expect(doc.message).toContain("save it as .docx");
    const csv = await refusal(new TextEncoder().encode("board,duty\nHWB,report\n"), "duties.csv");
    expect(csv.code).toBe("UNSUPPORTED_TYPE");
    expect(csv.message).toContain("This file is called .csv");
  });

  it("text that is not UTF-8", async () => {
    const error = await refusal(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x0a]), "protocol.txt");
    expect(error.code).toBe("TEXT_ENCODING");
  });

  it("gives the app's error contract for a form's file field", async () => {
    const error = await refusal(new Uint8Array(0), "protocol.pdf");
    const appError = error.toAppError("document");
    expect([appError.code, appError.fieldErrors]).toEqual(["VALIDATION", { document: [error.message] }]);
  });
});
