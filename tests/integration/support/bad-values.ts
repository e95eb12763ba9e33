import { createHash } from "node:crypto";
import fc from "fast-check";
import { Prisma } from "@/generated/prisma-sqlite/client";
import type { Db } from "@/server/database";
import type { FieldKind, Mutation } from "./mutations";

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
  fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 31 })).filter((t) => !exists(t)).map(dateOf),
  fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.constantFrom(0, 13, 14, 99), fc.integer({ min: 1, max: 28 })).map(dateOf),
  fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(0, 32, 99)).map(dateOf),
  // Real dates out of every range the portal accepts (1990 to 2099 at the widest).
  fc.tuple(fc.oneof(fc.integer({ min: 0, max: 1989 }), fc.integer({ min: 2100, max: 9999 })), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(dateOf),
  fc.constantFrom("2026-02-30", "2026-1-1", "26-01-01", "2026/01/01", "01/02/2026", "2026-01-01T00:00:00Z", " 2026-01-01", "2026-01-01 ", "tomorrow", "20260101"),
  fc.constantFrom<Bad>(20260101, MISSING),
  wrongType,
  blank,
  huge,
);

const badCoercedNumber = (tooSmall: fc.Arbitrary<number>, tooBig: fc.Arbitrary<number>) =>
  fc.oneof(
    fc.constantFrom<Bad>(MISSING, null, "", "abc", "1e", {}, ["x", "y"], [], false, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    tooSmall,
    tooBig,
    fc.double({ min: -1e9, max: 1e9, noNaN: true }).filter((n) => !Number.isInteger(n)),
    huge,
  );

const wrongWord = (...words: string[]) => fc.oneof(fc.constantFrom<Bad>(MISSING, ...words), wrongType, blank, huge);

const party = (id: fc.Arbitrary<string>) => id.map((i) => ({ type: "board", id: i }));
const badPartiesAllowingEmpty = fc.oneof(
  fc.constantFrom<Bad>(MISSING, "board", { type: "board", id: "x" }, [{ type: "board" }], [{ type: "person", id: "abc" }], [{ id: "abc" }], [null], ["board"]),
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
  ),
  fc.integer({ min: 13, max: 1000 }).map((m) => ({ frequency: "annual", window: { fromMonth: m, toMonth: 1 } })),
  huge.map((trigger) => ({ frequency: "on-event", trigger })),
  wrongType,
  huge,
);

/** Values that are wrong for a field of this kind, whatever the rest of the input. */
export function badValue(kind: FieldKind, foreign: readonly string[] = []): fc.Arbitrary<Bad> {
  const withForeign = (a: fc.Arbitrary<Bad>) => (foreign.length > 0 ? fc.oneof(a, fc.constantFrom(...foreign)) : a);
  if (typeof kind === "object") {
    if ("text" in kind) {
      const { min, max } = kind.text;
      const short = min > 1 ? [fc.string({ minLength: 1, maxLength: min - 1 }).filter((s) => s.trim().length < min)] : [];
      return fc.oneof(fc.constantFrom<Bad>(MISSING), wrongType, blank, tooLong(max), huge, ...short);
    }
    return fc.oneof(fc.constantFrom<Bad>(null, 5, {}, ["a"]), tooLong(kind.optionalText.max), huge);
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
        fc.tuple(fc.integer({ min: 24, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([h, m]) => `${h}:${pad(m, 2)}`),
        wrongType,
        blank,
        huge,
      );
    case "version":
      // Never a version a fresh row has: zero or less, or a million and more (stale).
      return badCoercedNumber(fc.integer({ min: -1_000_000_000, max: 0 }), fc.integer({ min: 1_000_000, max: 2_147_483_647 }));
    case "fy":
      return badCoercedNumber(fc.integer({ min: -1_000_000, max: 1999 }), fc.integer({ min: 2099, max: 1_000_000_000 }));
    case "fingerprint":
      return withForeign(
        fc.oneof(
          fc.constantFrom<Bad>(MISSING, "0123456789ABCDEF", "0123456789abcde", "0123456789abcdef0", "not-a-fingerprint"),
          fc.stringMatching(/^[0-9a-f]{16}$/), // well formed, but not this plan's: a conflict
          wrongType,
          blank,
          huge,
        ),
      );
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
  }
}

/** Not an object at all. */
const garbage = fc.oneof(fc.constantFrom<Bad>(null, undefined, 0, "", "text", [], [1, 2], true), huge);

/** Inputs with at least one wrong field (the rest valid or wrong too), and now and then no object at all. */
export function badInputs(m: Mutation, valid: Record<string, unknown>, foreign: Record<string, string[]>): fc.Arbitrary<unknown> {
  const keys = Object.keys(m.fields);
  // Mostly one wrong field at a time (each field's own check), often several, now and then no object.
  const which = fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...keys).map((k) => [k]) }, { weight: 9, arbitrary: fc.subarray(keys, { minLength: 1 }) });
  const corrupted = which.chain((wrong) =>
    fc.tuple(...wrong.map((k) => badValue(m.fields[k]!, foreign[k]))).map((values) => {
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
    const delegate = (db as unknown as Record<string, { findMany: () => Promise<unknown[]> }>)[model.charAt(0).toLowerCase() + model.slice(1)]!;
    const rows = (await delegate.findMany()).map((r) => JSON.stringify(r)).sort();
    out[model] = `${rows.length} rows, ${createHash("sha256").update(rows.join("\n")).digest("hex").slice(0, 16)}`;
  }
  return out;
}
