import Papa from "papaparse";

/**
 * Bulk import of people and their board memberships from a CSV file (issue 10, item 3): reading the
 * file and checking every row against what the area holds, with no database. The server loads the
 * lookups, calls `planPeopleImport`, shows the plan, and writes it only when no row is in error.
 */

export const IMPORT_COLUMNS = ["name", "email", "organisation", "board", "capacity", "from", "to"] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const REQUIRED: readonly ImportColumn[] = ["name", "organisation", "board", "capacity", "from"];

export interface ImportLookups {
  organisations: readonly { id: string; name: string; slug: string }[];
  /** The area's boards: `key` is the board's key in this area (HSCB). */
  boards: readonly { id: string; key: string; acronym: string; name: string }[];
  capacities: readonly { key: string; name: string }[];
  /** People the file may name: everyone with an email it gives, and the area's people (matched by name). */
  people: readonly { id: string; name: string; email: string | null; inArea: boolean }[];
  /** Memberships of those people on the area's boards. */
  memberships: readonly {
    personId: string;
    boardId: string;
    capacity: string;
    startsOn: string;
    endsOn: string | null;
  }[];
}

export type PersonRef = { kind: "existing"; id: string; name: string } | { kind: "new"; key: string; name: string };

export interface ImportRow {
  /** The row's line in the file (the header is line 1). */
  line: number;
  values: Record<ImportColumn, string>;
  errors: Partial<Record<ImportColumn, string[]>>;
  person?: PersonRef;
  membership?: "new" | "exists";
  resolved?: { organisationId: string; boardId: string; capacity: string; startsOn: string; endsOn: string | null };
}

export interface ImportPlan {
  /** Problems with the file as a whole (no header, unknown columns); rows are not read then. */
  fileErrors: string[];
  rows: ImportRow[];
  newPeople: { key: string; name: string; email: string | null }[];
  counts: { rows: number; newPeople: number; newMemberships: number; existingMemberships: number; errors: number };
}

const norm = (s: string) => s.trim().replace(/\s+/g, " ");
const fold = (s: string) => norm(s).toLowerCase();
const foldKey = (s: string) => fold(s).replace(/[\s_-]+/g, "-");
/** Undoes the export's guard against spreadsheet formulas ('=...), so a round trip keeps the text. */
const unguard = (s: string) => (/^'[=+\-@]/.test(s) ? s.slice(1) : s);

/** A date as YYYY-MM-DD or DD/MM/YYYY (one-digit day or month allowed), between 1990 and 2099. */
export function parseImportDate(text: string): { date: string } | { error: string } {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const parts = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : uk
      ? [Number(uk[3]), Number(uk[2]), Number(uk[1])]
      : null;
  if (!parts) return { error: `"${text}" is not a date: write it as YYYY-MM-DD or DD/MM/YYYY` };
  const [y, m, d] = parts as [number, number, number];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d)
    return { error: `"${text}" is not a real date` };
  if (y < 1990 || y > 2099) return { error: "Enter a date between 1990 and 2099" };
  return { date: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Reads the file: a header row naming the columns, then one row per membership. */
export function readPeopleCsv(text: string): { fileErrors: string[]; rows: Omit<ImportRow, "errors">[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [header, ...body] = parsed.data;
  if (!header) return { fileErrors: ["The file is empty: it needs a header row and at least one row"], rows: [] };
  const columns = header.map((h) => fold(h));
  const unknown = columns.filter((c) => !(IMPORT_COLUMNS as readonly string[]).includes(c));
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  const repeated = columns.filter((c, i) => columns.indexOf(c) !== i);
  const fileErrors = [
    ...(missing.length
      ? [`The header row must name the columns ${REQUIRED.join(", ")}; missing: ${missing.join(", ")}`]
      : []),
    ...(unknown.length
      ? [
          `Unknown columns in the header row: ${unknown.map((c) => c || "(blank)").join(", ")}. The columns are ${IMPORT_COLUMNS.join(", ")}`,
        ]
      : []),
    ...(repeated.length ? [`Columns named twice in the header row: ${[...new Set(repeated)].join(", ")}`] : []),
  ];
  if (fileErrors.length) return { fileErrors, rows: [] };
  if (body.length === 0) return { fileErrors: ["The file has a header row but no rows to import"], rows: [] };
  const rows = body.map((cells, i) => {
    const values = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, ""])) as Record<ImportColumn, string>;
    columns.forEach((c, j) => (values[c as ImportColumn] = unguard(norm(cells[j] ?? ""))));
    return { line: i + 2, values };
  });
  return { fileErrors: [], rows };
}

const overlaps = (a: { startsOn: string; endsOn: string | null }, b: { startsOn: string; endsOn: string | null }) =>
  a.startsOn <= (b.endsOn ?? "9999-12-31") && b.startsOn <= (a.endsOn ?? "9999-12-31");

function resolveFields(row: ImportRow, look: ImportLookups) {
  const v = row.values;
  const err = (col: ImportColumn, message: string) => (row.errors[col] ??= []).push(message);
  if (!v.name) err("name", "Enter the person's name");
  else if (v.name.length > 120) err("name", "A name must be 120 characters or fewer");
  if (v.email && (!EMAIL.test(v.email) || v.email.length > 254))
    err("email", `"${v.email}" is not an email address in the correct format, like name@example.org`);
  const org =
    look.organisations.find((o) => o.slug === fold(v.organisation)) ??
    look.organisations.find((o) => fold(o.name) === fold(v.organisation));
  if (!v.organisation) err("organisation", "Enter the organisation the person represents");
  else if (!org)
    err("organisation", `No organisation is called "${v.organisation}": add it first, or write its name as listed`);
  const boards = look.boards.filter((b) => fold(b.key) === fold(v.board));
  const byAcronym = look.boards.filter((b) => fold(b.acronym) === fold(v.board));
  const board = boards[0] ?? (byAcronym.length === 1 ? byAcronym[0] : undefined);
  if (!v.board) err("board", "Enter the board's key, e.g. HSCB");
  else if (!board)
    err(
      "board",
      byAcronym.length > 1
        ? `Several boards of the area are "${v.board}": use the board's key`
        : `No board of this area has the key "${v.board}"`,
    );
  const capacity = look.capacities.find(
    (c) => foldKey(c.key) === foldKey(v.capacity) || foldKey(c.name) === foldKey(v.capacity),
  );
  if (!v.capacity) err("capacity", "Enter the capacity, e.g. Member");
  else if (!capacity)
    err("capacity", `"${v.capacity}" is not a capacity: use one of ${look.capacities.map((c) => c.name).join(", ")}`);
  let startsOn: string | undefined;
  let endsOn: string | null = null;
  if (!v.from) err("from", "Enter the date the membership starts");
  else {
    const d = parseImportDate(v.from);
    if ("error" in d) err("from", d.error);
    else startsOn = d.date;
  }
  if (v.to) {
    const d = parseImportDate(v.to);
    if ("error" in d) err("to", d.error);
    else if (startsOn && d.date < startsOn) err("to", "The end date must be on or after the start date");
    else endsOn = d.date;
  }
  if (org && board && capacity && startsOn)
    row.resolved = { organisationId: org.id, boardId: board.id, capacity: capacity.key, startsOn, endsOn };
}

function resolvePerson(row: ImportRow, look: ImportLookups): PersonRef | undefined {
  const { name, email } = row.values;
  if (!name || row.errors.email) return undefined;
  if (email) {
    const found = look.people.find((p) => p.email?.toLowerCase() === email.toLowerCase());
    return found
      ? { kind: "existing", id: found.id, name: found.name }
      : { kind: "new", key: `email:${email.toLowerCase()}`, name };
  }
  const named = look.people.filter((p) => p.inArea && norm(p.name) === name);
  if (named.length > 1) {
    (row.errors.name ??= []).push(
      `${named.length} people in this area are called ${name}: add the email address of the one you mean`,
    );
    return undefined;
  }
  return named[0]
    ? { kind: "existing", id: named[0].id, name: named[0].name }
    : { kind: "new", key: `name:${name}`, name };
}

const refOf = (p: PersonRef) => (p.kind === "existing" ? `id:${p.id}` : p.key);

/** Checks every row against the area and against the other rows; the plan says what confirming would do. */
export function planPeopleImport(text: string, look: ImportLookups): ImportPlan {
  const read = readPeopleCsv(text);
  const rows: ImportRow[] = read.rows.map((r) => ({ ...r, errors: {} }));
  const newPeople = new Map<string, { key: string; name: string; email: string | null; line: number }>();
  const seen: { ref: string; row: ImportRow }[] = [];
  for (const row of rows) {
    resolveFields(row, look);
    const person = resolvePerson(row, look);
    if (person) row.person = person;
    if (person?.kind === "new") {
      const first = newPeople.get(person.key);
      if (!first)
        newPeople.set(person.key, {
          key: person.key,
          name: person.name,
          email: row.values.email || null,
          line: row.line,
        });
      else if (first.name !== person.name)
        (row.errors.name ??= []).push(`Row ${first.line} gives this email address with the name ${first.name}`);
    }
    const term = row.resolved;
    if (!person || !term) continue;
    const ref = refOf(person);
    const twin = seen.find(
      (s) => s.ref === ref && s.row.resolved?.boardId === term.boardId && overlaps(s.row.resolved, term),
    );
    if (twin) {
      const same = twin.row.resolved?.capacity === term.capacity && twin.row.resolved.startsOn === term.startsOn;
      (row.errors.from ??= []).push(
        same
          ? `This row repeats row ${twin.row.line}`
          : `This term overlaps row ${twin.row.line} for the same person and board`,
      );
      continue;
    }
    seen.push({ ref, row });
    if (person.kind === "new") {
      row.membership = "new";
      continue;
    }
    const theirs = look.memberships.filter((m) => m.personId === person.id && m.boardId === term.boardId);
    if (theirs.some((m) => m.capacity === term.capacity && m.startsOn === term.startsOn)) row.membership = "exists";
    else if (theirs.some((m) => overlaps(m, term)))
      (row.errors.from ??= []).push(`${person.name} already sits on this board then: end that membership first`);
    else row.membership = "new";
  }
  const errors = rows.filter((r) => Object.keys(r.errors).length > 0).length;
  const usedNew = new Set(rows.filter((r) => r.person?.kind === "new").map((r) => refOf(r.person!)));
  return {
    fileErrors: read.fileErrors,
    rows,
    newPeople: [...newPeople.values()]
      .filter((p) => usedNew.has(p.key))
      .map(({ key, name, email }) => ({ key, name, email })),
    counts: {
      rows: rows.length,
      newPeople: usedNew.size,
      newMemberships: rows.filter((r) => r.membership === "new").length,
      existingMemberships: rows.filter((r) => r.membership === "exists").length,
      errors,
    },
  };
}

/** Whether nothing stops the import: the file reads, and no row is in error. */
export const importable = (plan: ImportPlan) =>
  plan.fileErrors.length === 0 && plan.counts.errors === 0 && plan.rows.length > 0;
