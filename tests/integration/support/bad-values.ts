import { createHash } from "node:crypto";
import fc from "fast-check";
import { Prisma } from "@/generated/prisma-sqlite/client";
import type { Db } from "@/server/data/database";
import { TINY_PNG } from "../../factories/protocol-documents";
import type { Endpoint } from "./action-harness";
import type { FieldKind, Mutation } from "./mutations";

type Channel = Endpoint<unknown>["channel"];

/** A field left out of the input altogether. */
export const MISSING = Symbol("missing");
type Bad = unknown;

const HUGE = "x".repeat(100_000);
const HUGE_UNICODE = "é".repeat(100_000);
const huge = fc.constantFrom(HUGE, HUGE_UNICODE, ` ${HUGE} `);
/** Wrong types. No `true` and no one-element numeric arrays: a coerced number reads them as 1. */
const wrongType = fc.constantFrom<Bad>(null, 0, 12345, -1, false, [], ["a", "b"], {}, { nested: "x" }, [{}]);
const blank = fc.constantFrom("", " ", "\t\n");
const unknownId = fc.stringMatching(/^[a-z0-9]{8,40}$/);
const tooLong = (max: number) => fc.integer({ min: max + 1, max: max + 50 }).map((n) => "y".repeat(n));
const pad = (n: number, width: number) => String(n).padStart(width, "0");
const dateOf = ([y, m, d]: [number, number, number]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
const exists = ([y, m, d]: [number, number, number]) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 100 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

const badDate = fc.oneof(
  // Impossible days: 2026-02-30, 2025-02-29, 2026-04-31.
  fc
    .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 31 }))
    .filter((t) => !exists(t))
    .map(dateOf),
  fc
    .tuple(fc.integer({ min: 2000, max: 2099 }), fc.constantFrom(0, 13, 14, 99), fc.integer({ min: 1, max: 28 }))
    .map(dateOf),
  fc
    .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(0, 32, 99))
    .map(dateOf),
  // Real dates out of every range the portal accepts (1990 to 2099 at the widest).
  fc
    .tuple(
      fc.oneof(fc.integer({ min: 0, max: 1989 }), fc.integer({ min: 2100, max: 9999 })),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(dateOf),
  fc.constantFrom(
    "2026-02-30",
    "2026-1-1",
    "26-01-01",
    "2026/01/01",
    "01/02/2026",
    "2026-01-01T00:00:00Z",
    " 2026-01-01",
    "2026-01-01 ",
    "tomorrow",
    "20260101",
  ),
  fc.constantFrom<Bad>(20260101, MISSING),
  wrongType,
  blank,
  huge,
);

const badCoercedNumber = (tooSmall: fc.Arbitrary<number>, tooBig: fc.Arbitrary<number>) =>
  fc.oneof(
    fc.constantFrom<Bad>(
      MISSING,
      null,
      "",
      "abc",
      "1e",
      {},
      ["x", "y"],
      [],
      false,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ),
    tooSmall,
    tooBig,
    fc.double({ min: -1e9, max: 1e9, noNaN: true }).filter((n) => !Number.isInteger(n)),
    huge,
  );

const wrongWord = (...words: string[]) => fc.oneof(fc.constantFrom<Bad>(MISSING, ...words), wrongType, blank, huge);

const party = (id: fc.Arbitrary<string>) => id.map((i) => ({ type: "board", id: i }));
const badPartiesAllowingEmpty = fc.oneof(
  fc.constantFrom<Bad>(
    MISSING,
    "board",
    { type: "board", id: "x" },
    [{ type: "board" }],
    [{ type: "person", id: "abc" }],
    [{ id: "abc" }],
    [null],
    ["board"],
  ),
  fc.array(party(unknownId), { minLength: 1, maxLength: 3 }),
  unknownId.map((id) => [{ type: "post", id }]),
  unknownId.map((id) => [{ type: "board", id, extra: 1 }]),
  fc.array(party(unknownId), { minLength: 11, maxLength: 12 }),
  wrongType.filter((v) => !(Array.isArray(v) && v.length === 0)),
  huge,
);

const badCadence = fc.oneof(
  fc.constantFrom<Bad>(
    MISSING,
    "annual",
    {},
    { frequency: "weekly" },
    { frequency: "ANNUAL" },
    { frequency: "annual", window: { fromMonth: 13, toMonth: 2 } },
    { frequency: "annual", window: { fromMonth: 0, toMonth: 5 } },
    { frequency: "annual", window: "September" },
    { frequency: "annual", window: { fromMonth: 9, toMonth: 11, extra: 1 } },
    { frequency: "min-per-year" },
    { frequency: "min-per-year", minPerYear: 53 },
    { frequency: "min-per-year", minPerYear: 0 },
    { frequency: "min-per-year", minPerYear: 2.5 },
    { frequency: "quarterly", window: { fromMonth: 1, toMonth: 2 } },
    { frequency: "once", anchorDate: "2026-02-30" },
    { frequency: "anniversary" },
    { frequency: "after-every-meeting", afterMeetingsOf: "ZZZ" },
    { frequency: "after-every-meeting", afterMeetingsOf: "not a key" },
    { frequency: "after-every-meeting", afterMeetingsOf: "ZZZ", daysAfter: -1 },
    { frequency: "on-event", trigger: "" },
    { frequency: "on-event" },
    { frequency: "standing", extra: true },
    // Decision 019's forms: impossible parts and combinations.
    { frequency: "each-meeting", offset: { amount: -1, unit: "days", direction: "after" } },
    { frequency: "each-meeting", offset: { amount: 2, unit: "fortnights", direction: "after" } },
    { frequency: "each-meeting", offset: { amount: 2, unit: "days", direction: "around" } },
    { frequency: "each-meeting", meetingsOf: "ZZZ" },
    { frequency: "annual", deadline: { month: 2, day: 30 } },
    { frequency: "annual", deadline: { from: "mid-year", offset: { amount: 1, unit: "months", direction: "after" } } },
    { frequency: "annual", quarter: 5 },
    { frequency: "annual", quarter: 2, deadline: { month: 12, day: 15 } },
    { frequency: "annual", duration: { amount: 30, unit: "days" } },
    { frequency: "named-months", months: [] },
    { frequency: "named-months", months: [3, 3] },
    { frequency: "monthly", day: 32 },
    { frequency: "interval", every: 0, unit: "years", anchorDate: "2025-05-01" },
    { frequency: "interval", every: 2, unit: "decades", anchorDate: "2025-05-01" },
    { frequency: "interval", every: 2, unit: "years" },
    { frequency: "meeting-of-year", which: "middle" },
    { frequency: "first-meeting-after", after: { month: 6, day: 31 } },
    // A following duty needs the duty it comes after (none is given by the valid input).
    { frequency: "follows", atNextMeeting: true },
    { frequency: "follows", atNextMeeting: true, offset: { amount: 3, unit: "months", direction: "after" } },
  ),
  fc.integer({ min: 13, max: 1000 }).map((m) => ({ frequency: "annual", window: { fromMonth: m, toMonth: 1 } })),
  huge.map((trigger) => ({ frequency: "on-event", trigger })),
  wrongType,
  huge,
);

/**
 * Dates relative to the registry's fixed NOW (2026-11-23): every year up to 2025 is in the past,
 * every year from 2027 in the future, whatever the real clock says.
 */
const realDate = (years: { min: number; max: number }) =>
  fc.tuple(fc.integer(years), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(dateOf);
const pastDate = realDate({ min: 2000, max: 2025 });
const futureDate = realDate({ min: 2027, max: 2099 });
/** Bad dates where absent, "" and null mean "the default", so they are not wrong. */
const badOptionalDate = badDate.filter((v) => v !== MISSING && v !== "" && v !== null);

const longLink = `https://example.org/${"a".repeat(2000)}`;
const badLinks = fc.oneof(
  fc.constantFrom<Bad>(
    null,
    5,
    {},
    ["https://example.org/report.pdf"],
    "not a link",
    "www.example.org/report.pdf",
    "ftp://example.org/report.pdf",
    "file:///etc/passwd",
    "javascript:alert(1)",
    "mailto:secretariat@example.org",
    "https://",
    "https://example.org/report.pdf\nsee the minutes",
    longLink,
  ),
  fc
    .integer({ min: 11, max: 15 })
    .map((n) => Array.from({ length: n }, (_, i) => `https://example.org/doc-${i}.pdf`).join("\n")),
  huge,
);

const bytesOf = (text: string) => new TextEncoder().encode(text);
/** A ZIP's first local header naming `entry`, followed by `content` (what the sniffer reads). */
const zip = (entry: string, content: string) => {
  const header = new Uint8Array(30);
  header.set([0x50, 0x4b, 0x03, 0x04]);
  header[26] = entry.length;
  return new Uint8Array([...header, ...bytesOf(entry), ...bytesOf(content)]);
};
const fileOf = (name: string, bytes: Uint8Array, size = bytes.length) => ({
  name,
  type: "application/pdf",
  size,
  bytes,
});
export const PDF_BYTES = bytesOf("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
export const DOCX_BYTES = zip("[Content_Types].xml", "<Types/> word/document.xml");
const ODT_BYTES = zip("mimetype", "application/vnd.oasis.opendocument.text");
const DOC_BYTES = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
export const goodFile = (name: string, bytes: Uint8Array) => fileOf(name, bytes);
const MB = 1024 * 1024;

/** One file that must be refused: wrong content for any accepted type, empty, too big, or the wrong extension. */
const badFile = fc.oneof(
  // Wrong magic bytes under an accepted name.
  fc.constantFrom(
    fileOf("report.pdf", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), // PNG
    fileOf("report.pdf", bytesOf("MZ\x90\x00 this program cannot be run in DOS mode")),
    fileOf("report.docx", bytesOf("<html><body>not a document</body></html>")),
    fileOf("report.docx", zip("content.xml", "no word part here")),
    fileOf("report.odt", zip("mimetype", "application/zip")),
    fileOf("report.pdf", bytesOf(" %PDF-1.7 shifted by one byte")),
    fileOf("report.doc", bytesOf("%PDF")), // truncated PDF signature
  ),
  fc
    .uint8Array({ minLength: 1, maxLength: 64 })
    .filter((b) => ![0x25, 0xd0, 0x50].includes(b[0]!))
    .chain((bytes) =>
      fc.constantFrom("report.pdf", "minutes.doc", "plan.docx", "paper.odt").map((name) => fileOf(name, bytes)),
    ),
  // Empty (a named file with no bytes, or bytes claimed but none sent).
  fc.constantFrom(fileOf("report.pdf", new Uint8Array(0)), fileOf("report.pdf", new Uint8Array(0), 1234)),
  // Over the 10 MB limit: the action sends no bytes for those, only the size.
  fc.integer({ min: 10 * MB + 1, max: 2_000 * MB }).map((size) => fileOf("report.pdf", new Uint8Array(0), size)),
  fc.integer({ min: 10 * MB + 1, max: 100 * MB }).map((size) => fileOf("report.pdf", PDF_BYTES, size)),
  // Real content under the wrong extension.
  fc.constantFrom(
    fileOf("report.exe", PDF_BYTES),
    fileOf("report.pdf.exe", PDF_BYTES),
    fileOf("report", PDF_BYTES),
    fileOf("report.docx", PDF_BYTES),
    fileOf("report.pdf", DOCX_BYTES),
    fileOf("report.ods", ODT_BYTES),
    fileOf("report.docx", DOC_BYTES),
    fileOf("report.pdf", DOC_BYTES),
  ),
);
const badFiles = fc.oneof(
  // A bad file among up to two good ones.
  fc
    .tuple(badFile, fc.array(fc.constant(fileOf("annex.pdf", PDF_BYTES)), { maxLength: 2 }), fc.nat())
    .map(([bad, good, at]) => {
      const files: unknown[] = [...good];
      files.splice(at % (good.length + 1), 0, bad);
      return files;
    }),
  // Too many files, each fine on its own.
  fc.integer({ min: 6, max: 12 }).map((n) => Array.from({ length: n }, (_, i) => fileOf(`paper-${i}.pdf`, PDF_BYTES))),
);

/**
 * A protocol document that must be refused (issue 12): none, text where the file belongs, several,
 * empty, over the 20 MB limit (sent as a size only), an image renamed .pdf, a zip that is no Word or
 * OpenDocument file, any of the evidence checks' bad files, or a readable text with no numbered clauses.
 */
const badProtocolFile = fc.oneof(
  fc.constantFrom<Bad>(MISSING, "", "protocol.pdf", [
    fileOf("protocol.txt", bytesOf("1. The boards will meet.")),
    fileOf("annex.txt", bytesOf("2. The boards will report.")),
  ]),
  fc
    .constantFrom(
      fileOf("protocol.pdf", TINY_PNG),
      fileOf("protocol.docx", zip("notes/readme.txt", "not a Word document")),
      fileOf("protocol.txt", bytesOf("A letter about the boards, with no numbered clauses in it at all.")),
      fileOf("protocol.txt", new Uint8Array([0xff, 0xfe, 0x00, 0x31, 0x2e, 0x00])),
    )
    .map((f) => [f]),
  fc.integer({ min: 20 * MB + 1, max: 2_000 * MB }).map((size) => [fileOf("protocol.pdf", new Uint8Array(0), size)]),
  badFile.map((f) => [f]),
);

const badShownAt = fc.oneof(
  fc.constantFrom<Bad>(null, 5, 1764000000000, {}, ["a"], false, "not a date", "yesterday", "", " "),
  tooLong(40),
  huge,
);

/**
 * Values that are wrong for a field of this kind, whatever the rest of the input. Through a form
 * (`channel` "form") every value arrives as text (action-harness.ts, formDataOf): a wrong type
 * becomes its text form, which is still wrong for every kind but free text, where "0" or "null" is
 * a fine note; so for text fields a form is sent only the wrong texts.
 */
export function badValue(
  kind: FieldKind,
  foreign: readonly string[] = [],
  channel: Channel = "call",
): fc.Arbitrary<Bad> {
  const withForeign = (a: fc.Arbitrary<Bad>) => (foreign.length > 0 ? fc.oneof(a, fc.constantFrom(...foreign)) : a);
  const asText = channel === "form";
  if (typeof kind === "object") {
    if ("text" in kind) {
      const { min, max } = kind.text;
      const short =
        min > 1 ? [fc.string({ minLength: 1, maxLength: min - 1 }).filter((s) => s.trim().length < min)] : [];
      return fc.oneof(
        fc.constantFrom<Bad>(MISSING),
        ...(asText ? [] : [wrongType]),
        blank,
        tooLong(max),
        huge,
        ...short,
      );
    }
    if ("count" in kind) {
      const { min, max } = kind.count;
      return badCoercedNumber(
        fc.integer({ min: -1_000_000, max: min - 1 }),
        fc.integer({ min: max + 1, max: 1_000_000 }),
      );
    }
    if ("optionalCount" in kind) {
      // Absent and blank are fine (not given); anything given must be a whole number in range.
      const { min, max } = kind.optionalCount;
      return fc.oneof(
        fc.constantFrom<Bad>("abc", "1e", "1.5", "null", "fifteenth"),
        fc.integer({ min: -1_000_000, max: min - 1 }).map(String),
        fc.integer({ min: max + 1, max: 1_000_000 }).map(String),
        fc
          .double({ min: min, max: max, noNaN: true })
          .filter((n) => !Number.isInteger(n))
          .map(String),
        huge,
      );
    }
    if ("optionalChoice" in kind) {
      // Absent and blank are fine (not given); anything given must be one of the options.
      return fc.oneof(fc.constantFrom<Bad>(...kind.optionalChoice.wrong), tooLong(40), huge);
    }
    return fc.oneof(
      ...(asText ? [] : [fc.constantFrom<Bad>(null, 5, {}, ["a"])]),
      tooLong(kind.optionalText.max),
      huge,
    );
  }
  switch (kind) {
    case "id":
      return withForeign(fc.oneof(fc.constantFrom<Bad>(MISSING), wrongType, blank, unknownId, tooLong(64), huge));
    case "optional-id":
      // Blank is not wrong here: an empty obligationId means "a new rule".
      return withForeign(fc.oneof(fc.constantFrom<Bad>(null, 5, {}, ["a"]), unknownId, tooLong(64), huge));
    case "date":
      return badDate;
    case "time":
      return fc.oneof(
        fc.constantFrom<Bad>(MISSING, "24:00", "25:00", "9:00", "12:60", "12:5", "noon", "12:00:00", "1400", 1400),
        fc
          .tuple(fc.integer({ min: 24, max: 99 }), fc.integer({ min: 0, max: 99 }))
          .map(([h, m]) => `${h}:${pad(m, 2)}`),
        wrongType,
        blank,
        huge,
      );
    case "version":
      // Never a version a fresh row has: zero or less, or a million and more (stale).
      return badCoercedNumber(
        fc.integer({ min: -1_000_000_000, max: 0 }),
        fc.integer({ min: 1_000_000, max: 2_147_483_647 }),
      );
    case "fy":
      return badCoercedNumber(
        fc.integer({ min: -1_000_000, max: 1999 }),
        fc.integer({ min: 2099, max: 1_000_000_000 }),
      );
    case "fingerprint":
      return withForeign(
        fc.oneof(
          fc.constantFrom<Bad>(
            MISSING,
            "0123456789ABCDEF",
            "0123456789abcde",
            "0123456789abcdef0",
            "not-a-fingerprint",
          ),
          fc.stringMatching(/^[0-9a-f]{16}$/), // well formed, but not this plan's: a conflict
          wrongType,
          blank,
          huge,
        ),
      );
    case "series-frequency":
      return wrongWord("monthly", "MONTHLY-WEEKDAY", "weekly ", "fortnightly", "daily", "yearly");
    case "capacity":
      return wrongWord("emperor", "Chair", "member ", " vice-chair", "CHAIR", "vice chair");
    case "intent":
      return wrongWord("RENEW", "delete", "renew ", "revoke-all");
    case "rule-kind":
      return wrongWord("Report", "homework", "report ");
    case "modality":
      return wrongWord("MUST", "shall", "must ");
    case "parties":
      return fc.oneof(badPartiesAllowingEmpty, fc.constant<Bad>([]));
    case "optional-parties":
      return badPartiesAllowingEmpty;
    case "cadence":
      return badCadence;
    case "nullable-id":
      return withForeign(fc.oneof(fc.constantFrom<Bad>(5, {}, ["a"], false), unknownId, tooLong(64), huge));
    case "happened-on":
      return fc.oneof(badDate, futureDate);
    case "due-date":
      return fc.oneof(badDate, pastDate);
    case "optional-due-date":
      return fc.oneof(badOptionalDate, pastDate);
    case "step":
      return withForeign(wrongWord("SEND", "sent", "Receive", "close ", "closed", "waive", "defer", "reverse"));
    case "links":
      return badLinks;
    case "route-lines":
      return fc.oneof(
        fc.constantFrom<Bad>(
          "Director of Public Health | 0 months",
          "Director of Public Health | 1 fortnight",
          "Director of Public Health | soon",
          "Director of Public Health | -1 days",
          "Director of Public Health | 1.5 weeks",
          "Director of Public Health | 401 days",
          "Chief Executive\n | 1 month",
          "Strategic Director | 1 month | 2 weeks",
        ),
        tooLong(2000),
        huge,
      );
    case "files":
      return badFiles;
    case "protocol-file":
      return badProtocolFile;
    case "shown-at":
      return badShownAt;
    case "required-shown-at":
      return withForeign(fc.oneof(fc.constant<Bad>(MISSING), badShownAt));
    case "board-ids":
      return withForeign(
        fc.oneof(
          fc.constantFrom<Bad>(MISSING, [], [""], [" "], "", ["a", "a"]),
          unknownId,
          fc.array(unknownId, { minLength: 1, maxLength: 3 }),
          fc.tuple(unknownId, unknownId).map(([a, b]) => [a, b, a]),
          tooLong(64).map((x) => [x, x.slice(1)]),
          huge.map((x) => [x, "b"]),
        ),
      );
    case "protocol-key":
      return withForeign(
        fc.oneof(
          fc.constantFrom<Bad>("Has Spaces", "UPPER-CASE", "a--b", "-lead", "trail-", "under_score", "clé", "a/b"),
          tooLong(80).map((x) => x.replace(/y/g, "k")),
          huge.map((x) => `k${x}`),
        ),
      );
    case "move":
      return wrongWord("UP", "Up", "left", "up ", "first", "top");
    case "evidence-mark":
      return wrongWord("Restrict", "restricted", "true", "restrict ", "hide", "open", "unrestricted");
    case "email":
      return fc.oneof(
        fc.constantFrom<Bad>(MISSING, "not-an-email", "a@", "@example.org", "two@@example.org", "a b@example.org"),
        ...(asText ? [] : [wrongType]),
        blank,
        tooLong(254).map((s) => `${s}@example.org`),
        huge,
      );
    case "role":
      return wrongWord("Administrator", "owner", "chair ", "CHAIR", "super-admin");
    case "role-scope":
      return withForeign(
        fc.oneof(
          fc.constantFrom<Bad>(MISSING, "everything", "board:", "area:", "board", "global:x", "board:a:b", "area:x y"),
          unknownId.map((id) => `board:${id}`),
          unknownId.map((id) => `area:${id}`),
          wrongType,
          blank,
          huge,
        ),
      );
    case "days":
      return badCoercedNumber(fc.integer({ min: -1_000_000, max: 0 }), fc.integer({ min: 31, max: 1_000_000_000 }));
  }
}

/** Not an object at all (through a form: an empty form). */
const garbage = fc.oneof(fc.constantFrom<Bad>(null, undefined, 0, "", "text", [], [1, 2], true), huge);

/** Inputs with at least one wrong field (the rest valid or wrong too), and now and then no object at all. */
export function badInputs(
  m: Mutation,
  valid: Record<string, unknown>,
  foreign: Record<string, string[]>,
): fc.Arbitrary<unknown> {
  const keys = Object.keys(m.fields);
  // Mostly one wrong field at a time (each field's own check), often several, now and then no object.
  const which = fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom(...keys).map((k) => [k]) },
    { weight: 9, arbitrary: fc.subarray(keys, { minLength: 1 }) },
  );
  const corrupted = which.chain((wrong) =>
    fc.tuple(...wrong.map((k) => badValue(m.fields[k]!, foreign[k], m.endpoint.channel))).map((values) => {
      const raw: Record<string, unknown> = { ...valid };
      wrong.forEach((k, i) => {
        if (values[i] === MISSING) delete raw[k];
        else raw[k] = values[i];
      });
      return raw;
    }),
  );
  return fc.oneof({ weight: 19, arbitrary: corrupted }, { weight: 1, arbitrary: garbage });
}

/** Every row of every table, hashed per table: any insert, update or delete changes it. */
export async function snapshotAll(db: Db): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    const delegate = (db as unknown as Record<string, { findMany: () => Promise<unknown[]> }>)[
      model.charAt(0).toLowerCase() + model.slice(1)
    ]!;
    const rows = (await delegate.findMany()).map((r) => JSON.stringify(r)).sort();
    out[model] = `${rows.length} rows, ${createHash("sha256").update(rows.join("\n")).digest("hex").slice(0, 16)}`;
  }
  return out;
}
