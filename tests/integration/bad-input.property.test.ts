import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/core/errors";
import { badInputs, snapshotAll } from "./support/bad-values";
import { buildWorld } from "./support/mutation-world";
import { MUTATIONS, labelOf } from "./support/mutations";
import { withTestDatabase } from "./support/test-db";

const RUNS = 1000;
const REFUSALS = ["VALIDATION", "NOT_FOUND", "CONFLICT", "FORBIDDEN"];
const t = withTestDatabase({ seeded: true });
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  world = await buildWorld(t.db);
}, 300_000);

/** Why a refusal is not acceptable, or null: a known code, a specific message, errors at real fields. */
function problemWith(error: unknown, fields: string[]): string | null {
  if (!(error instanceof AppError)) return `not an AppError: ${error instanceof Error ? error.stack : String(error)}`;
  if (!REFUSALS.includes(error.code)) return `code ${error.code}: ${error.message}`;
  if (error.message.trim().length < 10 || /something went wrong/i.test(error.message)) return `unspecific message "${error.message}"`;
  if (error.code !== "VALIDATION") return null;
  const entries = Object.entries(error.fieldErrors);
  if (entries.length === 0) return `VALIDATION without field errors: ${error.message}`;
  for (const [field, messages] of entries) {
    if (field !== "form" && !fields.includes(field.split(".")[0]!)) return `field error on unknown field "${field}"`;
    if (messages.length === 0 || messages.some((s) => s.trim().length === 0)) return `empty message for "${field}"`;
  }
  return null;
}

describe(`${RUNS} bad inputs per action on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  for (const m of MUTATIONS) {
    it(`${labelOf(m)}: every bad input is refused with a specific message, and no row changes`, async () => {
      const viewer = world.viewers[m.actor ?? "administrator"];
      const target = await m.setup(t.db, { boardId: world.boards.in, avoid: [], viewer });
      const valid = m.valid(target);
      const foreign = (await m.foreign?.(t.db, target)) ?? {};
      const before = await snapshotAll(t.db);
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(badInputs(m, valid, foreign), async (raw) => {
          const error = await m.run({ db: t.db, viewer }, raw).then(() => new Error("accepted: the input was not refused"), (e: unknown) => e);
          const problem = problemWith(error, Object.keys(m.fields));
          if (problem) throw new Error(problem);
          refused++;
        }),
        { numRuns: RUNS },
      );
      expect(refused).toBeGreaterThanOrEqual(RUNS);
      expect(await snapshotAll(t.db)).toEqual(before);
      // The same target takes the valid input: the refusals were about the input, not the setup.
      await m.run({ db: t.db, viewer }, valid);
    }, 300_000);
  }
});
