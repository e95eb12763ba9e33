import type JSZip from "jszip";
import { attribute, markupParagraphs, type Marker, type MarkupRoles } from "./markup-text";
import { ProtocolFileError } from "./protocol-file-error";

const ROMAN: [number, string][] = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

function formatNumber(n: number, format: string): string {
  if (format === "a" || format === "A") {
    let s = "";
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
    return format === "A" ? s.toUpperCase() : s;
  }
  if (format === "i" || format === "I") {
    let s = "";
    let k = n;
    for (const [value, numeral] of ROMAN) for (; k >= value; k -= value) s += numeral;
    return format === "I" ? s.toUpperCase() : s;
  }
  return format === "" ? "" : String(n);
}

/** Each list style's marker by level, from <text:list-style> in content.xml and styles.xml. */
function listMarkers(xml: string): Map<string, Marker> {
  const markers = new Map<string, Marker>();
  for (const style of xml.matchAll(/<text:list-style\b([^>]*)>([\s\S]*?)<\/text:list-style>/g)) {
    const name = attribute(style[1] ?? "", "style:name");
    if (!name) continue;
    const levels = new Map<number, Marker>();
    for (const level of (style[2] ?? "").matchAll(/<text:list-level-style-(number|bullet)\b([^>]*)>/g)) {
      const attrs = level[2] ?? "";
      const depth = Number(attribute(attrs, "text:level") ?? 1) - 1;
      if (level[1] === "bullet") levels.set(depth, () => attribute(attrs, "text:bullet-char") ?? "•");
      else {
        const start = Number(attribute(attrs, "text:start-value") ?? 1);
        const format = attribute(attrs, "style:num-format") ?? "1";
        const [prefix, suffix] = [
          attribute(attrs, "style:num-prefix") ?? "",
          attribute(attrs, "style:num-suffix") ?? "",
        ];
        levels.set(depth, (n) => `${prefix}${formatNumber(n + start - 1, format)}${suffix}`);
      }
    }
    markers.set(name, (n, depth) => levels.get(depth)?.(n, depth) ?? "");
  }
  return markers;
}

/**
 * The text of an OpenDocument text: paragraphs and headings from content.xml's body, list items
 * marked from their list style ("1.", "(a)", "•"), tables a line per row. What is lost: multi-level
 * numbers shown as "1.1" (text:display-levels; each level shows only its own number), continued
 * numbering across separate lists, heading outline numbers, footnotes and comments (skipped).
 */
export async function odtText(zip: JSZip): Promise<string> {
  const content = await zip.file("content.xml")?.async("string");
  if (content === undefined)
    throw new ProtocolFileError(
      "CORRUPT_FILE",
      "This OpenDocument text is damaged (it has no content.xml) and cannot be read. Open it in LibreOffice or Word, save it again, and upload the new copy.",
    );
  const styles = (await zip.file("styles.xml")?.async("string")) ?? "";
  const markers = listMarkers(styles + content);
  const body = /<office:text\b[^>]*>([\s\S]*)<\/office:text>/.exec(content)?.[1] ?? "";
  const roles: MarkupRoles = {
    block: new Set(["text:p", "text:h"]),
    list: new Set(["text:list"]),
    marker: (_name, attrs) => markers.get(attribute(attrs, "text:style-name") ?? "") ?? null,
    item: new Set(["text:list-item"]),
    unnumberedItem: new Set(["text:list-header"]),
    table: new Set(["table:table"]),
    row: new Set(["table:table-row"]),
    cell: new Set(["table:table-cell"]),
    lineBreak: new Set(["text:line-break"]),
    tab: new Set(["text:tab"]),
    space: new Set(["text:s"]),
    skip: new Set([
      "text:note",
      "office:annotation",
      "text:tracked-changes",
      "text:sequence-decls",
      "text:number",
      "office:forms",
    ]),
  };
  return markupParagraphs(body, roles);
}
