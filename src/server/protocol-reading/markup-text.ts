/**
 * Paragraph text from the simple, well-formed markup that mammoth (HTML) and OpenDocument (XML) give:
 * a small tag walker rather than a DOM, since both are generated, not hand-written. Blocks become
 * paragraphs ("\n\n" between them); a list item's first paragraph gets its number or bullet; a table
 * becomes one paragraph with a line per row and a tab between cells.
 */
export type Marker = (n: number, depth: number) => string;

export interface MarkupRoles {
  block: Set<string>;
  list: Set<string>;
  /**
   * How a list's items are marked, from its element and attributes: a function of the item's 1-based
   * number and the list's depth (0 = outermost), or null to inherit the enclosing list's.
   */
  marker: (name: string, attributes: string) => Marker | null;
  item: Set<string>;
  /** Items that take no number (OpenDocument's list header). */
  unnumberedItem?: Set<string>;
  table: Set<string>;
  row: Set<string>;
  cell: Set<string>;
  lineBreak: Set<string>;
  tab: Set<string>;
  /** Spaces: OpenDocument's <text:s text:c="3"/>. */
  space: Set<string>;
  /** Elements whose content is not part of the text (notes, comments, deleted text). */
  skip: Set<string>;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith("#x") || entity.startsWith("#X")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

const clean = (text: string) =>
  text
    .split("\n")
    .map((line) => line.replace(/[ \u00a0]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");

export function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`${name.replace(/[.:]/g, "\\$&")}="([^"]*)"`).exec(attributes);
  return match?.[1] === undefined ? null : decodeEntities(match[1]);
}

export function markupParagraphs(markup: string, roles: MarkupRoles): string {
  const out: string[] = [];
  const lists: { marker: Marker | null; count: number }[] = [];
  let current: string | null = null;
  let pendingPrefix: string | null = null;
  let skipDepth = 0;
  let rows: string[] | null = null;
  let row: string[] | null = null;
  let cell: string | null = null;

  const emit = (text: string) => {
    const tidy = clean(text);
    if (tidy !== "") out.push(tidy);
  };
  const open = () => {
    current = pendingPrefix ? `${pendingPrefix} ` : "";
    pendingPrefix = null;
  };
  const close = () => {
    if (current === null) return;
    if (cell !== null) cell += ` ${current}`;
    else emit(current);
    current = null;
  };

  const tokens = /<(\/?)([A-Za-z][\w:.-]*)([^>]*?)(\/?)>|<[!?][^>]*>|([^<]+)/g;
  for (const match of markup.matchAll(tokens)) {
    const [, closing, name = "", attributes = "", selfClosing, text] = match;
    if (text !== undefined) {
      if (skipDepth > 0) continue;
      if (current === null) {
        if (cell !== null) cell += decodeEntities(text);
        else if (text.trim() !== "") open();
        else continue;
      }
      if (current !== null) current += decodeEntities(text).replace(/\s+/g, " ");
      continue;
    }
    if (name === "") continue;
    if (roles.skip.has(name)) {
      if (!selfClosing) skipDepth += closing ? -1 : 1;
      continue;
    }
    if (skipDepth > 0) continue;
    if (closing) {
      if (roles.block.has(name) || roles.item.has(name) || roles.unnumberedItem?.has(name)) close();
      if (roles.item.has(name) || roles.unnumberedItem?.has(name)) pendingPrefix = null;
      else if (roles.cell.has(name) && row !== null && cell !== null)
        [row, cell] = [[...row, clean(cell).replace(/\n/g, " ")], null];
      else if (roles.row.has(name) && rows !== null && row !== null) [rows, row] = [[...rows, row.join("\t")], null];
      else if (roles.table.has(name) && rows !== null) {
        emit(rows.join("\n"));
        rows = null;
      } else if (roles.list.has(name)) {
        close();
        lists.pop();
      }
      continue;
    }
    if (roles.lineBreak.has(name)) current = current === null ? null : `${current}\n`;
    else if (roles.tab.has(name)) current = current === null ? null : `${current}\t`;
    else if (roles.space.has(name))
      current = current === null ? null : current + " ".repeat(Number(attribute(attributes, "text:c") ?? 1));
    else if (roles.block.has(name)) {
      close();
      if (!selfClosing) open();
    } else if (roles.item.has(name) || roles.unnumberedItem?.has(name)) {
      close();
      const list = lists[lists.length - 1];
      if (list && roles.item.has(name)) list.count += 1;
      pendingPrefix = list?.marker && roles.item.has(name) ? list.marker(list.count, lists.length - 1) : null;
    } else if (roles.list.has(name)) {
      close();
      if (!selfClosing)
        lists.push({ marker: roles.marker(name, attributes) ?? lists[lists.length - 1]?.marker ?? null, count: 0 });
    } else if (roles.table.has(name)) {
      close();
      rows = [];
    } else if (roles.row.has(name)) row = [];
    else if (roles.cell.has(name)) {
      close();
      cell = selfClosing ? null : "";
      if (selfClosing && row !== null) row = [...row, ""];
    }
  }
  close();
  return out.join("\n\n");
}
