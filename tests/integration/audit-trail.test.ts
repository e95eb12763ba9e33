import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { signOffProtocol } from "@/server/features/protocols/sign-off-protocol";
import { signIn, useActionHarness } from "./support/action-harness";
import { buildWorld } from "./support/mutation-world";
import { MUTATIONS, NOW, labelOf, partnerOf } from "./support/mutations";
import { withTestDatabase } from "./support/test-db";

// The actions run as under Next, with a real session cookie (support/action-harness.ts).
vi.mock("next/headers", async () => (await import("./support/action-harness")).nextHeaders);
vi.mock("next/cache", async () => (await import("./support/action-harness")).nextCache);
vi.mock("@/server/data/db", async () => (await import("./support/action-harness")).appDb);

const t = withTestDatabase({ seeded: true });
useActionHarness(t, NOW);
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  world = await buildWorld(t.db);
}, 300_000);

/** The audit entries written since `ids` was taken. */
async function newEntries(ids: Set<string>) {
  return (await t.db.auditEntry.findMany({ orderBy: { at: "asc" } })).filter((e) => !ids.has(e.id));
}
const auditIds = async () => new Set((await t.db.auditEntry.findMany({ select: { id: true } })).map((e) => e.id));

const root = join(import.meta.dirname, "../..");
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === "generated"
        ? []
        : sources(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );

describe(`the audit trail on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  for (const m of MUTATIONS) {
    it(`${labelOf(m)} writes exactly one audit entry, and a refused input none`, async () => {
      const viewer = world.viewers[m.actor ?? "administrator"];
      const target = await m.setup(t.db, { boardId: world.boards.in, avoid: [], viewer });
      const expected = m.audit(target);

      // Refused: nonsense input, and the valid input from someone with no role in the area.
      let ids = await auditIds();
      await signIn(viewer);
      expect(await m.endpoint.send({}, target)).toMatchObject({ ok: false, code: "VALIDATION" });
      // (A user's own feed secret is the one thing someone with no role in the area may change.)
      const outsiderMay = "rule" in m.access && m.access.rule.allows("none", true);
      if (!outsiderMay) {
        await signIn(world.viewers.none);
        const outsider = await m.endpoint.send(m.valid(target), target);
        expect(outsider.ok ? "allowed" : outsider.code).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
      }
      expect(await newEntries(ids)).toEqual([]);

      ids = await auditIds();
      await signIn(viewer);
      expect(await m.endpoint.send(m.valid(target), target)).toMatchObject({ ok: true });
      const written = await newEntries(ids);
      expect(written.map((e) => ({ action: e.action, entityType: e.entityType, actorId: e.actorId }))).toEqual([
        { action: expected.action, entityType: expected.entityType, actorId: viewer.userId },
      ]);
      const entry = written[0]!;
      if (expected.entityId) expect(entry.entityId).toBe(expected.entityId);
      else {
        const delegate = (t.db as unknown as Record<string, { findUnique: (q: unknown) => Promise<unknown> }>)[
          expected.entityType.charAt(0).toLowerCase() + expected.entityType.slice(1)
        ]!;
        expect(
          await delegate.findUnique({ where: { id: entry.entityId } }),
          `the ${expected.entityType} the entry names exists`,
        ).not.toBeNull();
      }
      expect(entry.after ?? entry.before, "the entry says what changed").not.toBeNull();
    });
  }

  it("the last party's signature writes the sign-off and the agreement, one entry each", async () => {
    const partner = await partnerOf(t.db, world.boards.in);
    const protocol = await t.db.protocol.create({
      data: {
        key: "audit-last-signature",
        title: "Audit test protocol",
        version: "1",
        status: "draft",
        parties: { create: [{ boardId: world.boards.in }, { boardId: partner, signedOn: "2026-11-01" }] },
      },
    });
    const ids = await auditIds();
    await signOffProtocol(
      { db: t.db, viewer: world.viewers.chair },
      { protocolId: protocol.id, boardId: world.boards.in },
    );
    expect((await newEntries(ids)).map((e) => [e.action, e.entityType, e.entityId]).sort()).toEqual([
      ["protocol.agreed", "Protocol", protocol.id],
      ["protocol.sign-off", "Protocol", protocol.id],
    ]);
  });

  it("no code path updates or deletes an audit entry", () => {
    const offenders = sources(join(root, "src")).flatMap((path) => {
      const text = readFileSync(path, "utf8");
      const hits = [
        ...text.matchAll(/auditEntry\s*\.\s*(update|updateMany|upsert|delete|deleteMany)\b/g),
        ...text.matchAll(/(UPDATE|DELETE\s+FROM)\s+"?AuditEntry"?/gi),
      ];
      return hits.map((h) => `${relative(root, path)}: ${h[0]}`);
    });
    expect(offenders).toEqual([]);
  });
});
