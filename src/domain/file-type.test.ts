import { describe, expect, it } from "vitest";
import { cleanFileName, sniffFileType } from "./file-type";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));
const zipEntry = (name: string, content: string) => {
  const header = new Array(30).fill(0);
  header.splice(0, 4, 0x50, 0x4b, 0x03, 0x04);
  header[26] = name.length;
  return bytes(header, name, content);
};

describe("sniffFileType", () => {
  it.each([
    ["a PDF", bytes("%PDF-1.7\n"), "minutes.pdf", "pdf"],
    ["a PDF named .docx", bytes("%PDF-1.7\n"), "minutes.docx", null],
    ["a Word 97 file", bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), "report.DOC", "doc"],
    ["a .docx", zipEntry("[Content_Types].xml", "...word/document.xml"), "report.docx", "docx"],
    ["a zip that is not Word", zipEntry("data.csv", "a,b"), "report.docx", null],
    ["an .odt", zipEntry("mimetype", "application/vnd.oasis.opendocument.text"), "plan.odt", "odt"],
    ["an .ods named .odt", zipEntry("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), "plan.odt", null],
    ["HTML named .pdf", bytes("<html><script>"), "x.pdf", null],
    ["nothing", new Uint8Array(0), "x.pdf", null],
  ])("%s", (_label, content, name, expected) => {
    expect(sniffFileType(content, name)).toBe(expected);
  });
});

describe("cleanFileName", () => {
  it.each([
    ["C:\\\\Users\\\\me\\\\report.pdf", "report.pdf"],
    ["../../etc/passwd", "passwd"],
    ['a"b<c>.pdf', "abc.pdf"],
    ["", "evidence"],
  ])("%s -> %s", (input, expected) => {
    expect(cleanFileName(input)).toBe(expected);
  });
});
