import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { signIn, useActionHarness, type Outcome } from "./support/action-harness";
import { badInputs, snapshotAll } from "./support/bad-values";
import { buildWorld } from "./support/mutation-world";
import { MUTATIONS, NOW, labelOf } from "./support/mutations";
import { withTestDatabase } from "./support/test-db";

// The actions run as under Next, with a real session cookie (support/action-harness.ts).
vi.mock("next/headers", async () => (await import("./support/action-harness")).nextHeaders);
vi.mock("next/cache", async () => (await import("./support/action-harness")).nextCache);
vi.mock("@/server/data/db", async () => (await import("./support/action-harness")).appDb);
// 29,000 calls: the session step answers with the signed-in viewer (the matrix tests the real one).
vi.mock("@/server/auth/session", async () => (await import("./support/action-harness")).signedInSession);

const RUNS = 1000;
const REFUSALS = ["VALIDATION", "NOT_FOUND", "CONFLICT", "FORBIDDEN"];
const t = withTestDatabase({ seeded: true });
useActionHarness(t, NOW);
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  world = await buildWorld(t.db);
}, 300_000);

/**
 * Why a refusal is not acceptable, or null: a known code and a specific message; for a VALIDATION,
 * field errors at fields the input has, each with a message (the form shows them by the fields; the
 * message above them is optional there, as when the action's own schema refuses).
 */
function problemWith(outcome: Outcome, fields: string[]): string | null {
  if (outcome.ok) return "accepted: the input was not refused";
  if (!outcome.code) return `an unexpected error: ${outcome.formError ?? ""}`;
  if (!REFUSALS.includes(outcome.code)) return `code ${outcome.code}: ${outcome.formError ?? ""}`;
  const message = outcome.formError;
  if (
    (message === undefined && outcome.code !== "VALIDATION") ||
    (message !== undefined && (message.trim().length < 10 || /something went wrong/i.test(message)))
  ) {
    return `unspecific message "${message ?? ""}"`;
  }
  if (outcome.code !== "VALIDATION") return null;
  const entries = Object.entries(outcome.fieldErrors);
  if (entries.length === 0) return `VALIDATION without field errors: ${message ?? ""}`;
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
      await signIn(viewer);
      const target = await m.setup(t.db, { boardId: world.boards.in, avoid: [], viewer });
      const valid = m.valid(target);
      const foreign = (await m.foreign?.(t.db, target)) ?? {};
      // The fields the property corrupts, and the hidden ones the form sends anyway (area, returnTo).
      const fields = [...new Set([...Object.keys(m.fields), ...Object.keys(valid)])];
      const before = await snapshotAll(t.db);
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(badInputs(m, valid, foreign), async (raw) => {
          const problem = problemWith(await m.endpoint.send(raw, target), fields);
          if (problem) throw new Error(problem);
          refused++;
        }),
        { numRuns: RUNS },
      );
      expect(refused).toBeGreaterThanOrEqual(RUNS);
      expect(await snapshotAll(t.db)).toEqual(before);
      // The same target takes the valid input: the refusals were about the input, not the setup.
      expect(await m.endpoint.send(valid, target)).toMatchObject({ ok: true });
    }, 600_000);
  }
});
