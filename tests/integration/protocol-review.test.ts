import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { AppError } from "@/server/core/errors";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { createPartyBoard } from "@/server/features/protocol-import/create-party-board";
import { importProtocol } from "@/server/features/protocol-import/import-protocol";
import { matchParty } from "@/server/features/protocol-import/match-party";
import { readAgain } from "@/server/features/protocol-import/read-again";
import { acceptProposal, rejectProposal, reopenProposal } from "@/server/features/protocol-import/review-proposal";
import { parseReading, readingFingerprint } from "@/server/features/protocol-import/stored-reading";
import { editClause } from "@/server/features/protocols/edit-clause";
import { localDiskStore } from "@/server/storage/evidence-store";
import { DEMO_ADMIN_EMAIL, demoEmail } from "@/server/seed/seed-demo-data";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
const v: Record<string, Viewer> = {};
const viewerFor = async (email: string) =>
  (await loadViewer(t.db, (await t.db.user.findUniqueOrThrow({ where: { email } })).id))!;
const refusal = (work: Promise<unknown>) => work.then(() => null).catch((e: unknown) => e as AppError);

const SEEDS = join(import.meta.dirname, "../fixtures/seeds");
const HALTON = readFileSync(
  join(
    SEEDS,
    readdirSync(SEEDS).find((f) => f.startsWith("004_"))!,
  ),
  "utf8",
);
const store = localDiskStore(mkdtempSync(join(tmpdir(), "protocol-review-")));

const source = async (protocolId: string) => {
  const row = await t.db.protocolSource.findUniqueOrThrow({ where: { protocolId } });
  return { reading: parseReading(row.reading), fingerprint: readingFingerprint(row.reading) };
};
const partiesOf = async (protocolId: string) =>
  (await t.db.protocolParty.findMany({ where: { protocolId } })).map((p) => p.boardId).sort();
const actions = async (entityId: string) =>
  (await t.db.auditEntry.findMany({ where: { entityId }, orderBy: { at: "asc" } })).map((e) => e.action);

beforeAll(async () => {
  v.admin = await viewerFor(DEMO_ADMIN_EMAIL);
  v.secretariat = await viewerFor(demoEmail("halton", "HCT", "secretariat"));
});

describe(`reviewing a protocol read from a document on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  let protocolId: string;
  const ctx = () => ({ db: t.db, viewer: v.admin! });

  beforeAll(async () => {
    protocolId = (
      await importProtocol(
        { db: t.db, viewer: v.admin!, store },
        { area: "halton" },
        {
          fileName: "halton.txt",
          bytes: new TextEncoder().encode(HALTON),
        },
      )
    ).protocolId;
  });

  it("matches a party the reader could not place to a board of the area, which becomes a party of the draft", async () => {
    const { reading, fingerprint } = await source(protocolId);
    const unmatched = reading.parties.find((p) => p.kind === "board" && !p.match)!;
    expect(unmatched).toBeDefined();
    const parties = await partiesOf(protocolId);
    const other = await t.db.boardArea.findFirst({
      where: { area: { slug: "halton" }, boardId: { notIn: parties }, board: { archivedAt: null } },
    });
    const target = other ?? (await t.db.boardArea.findFirstOrThrow({ where: { area: { slug: "halton" } } }));
    const result = await matchParty(ctx(), {
      protocolId,
      party: unmatched.key,
      target: `board:${target.boardId}`,
      fingerprint,
    });
    expect(result.partyAdded).toBe(other !== null);
    const after = await source(protocolId);
    expect(after.reading.parties.find((p) => p.key === unmatched.key)?.match).toEqual({
      kind: "board",
      id: target.boardId,
      by: "chosen",
    });
    expect(await partiesOf(protocolId)).toEqual([...new Set([...parties, target.boardId])].sort());
    expect((await actions(protocolId)).filter((a) => a === "protocol.match-party")).toHaveLength(1);

    // The page shown before that match is out of date: a second change from it is refused, and changes nothing.
    const stale = await refusal(
      matchParty(ctx(), { protocolId, party: unmatched.key, target: `board:${parties[0]}`, fingerprint }),
    );
    expect(stale?.code).toBe("CONFLICT");
    expect((await source(protocolId)).fingerprint).toBe(after.fingerprint);
  });

  it("matches a party to a post, and refuses boards and posts of another area, unknown parties and other users", async () => {
    const { reading, fingerprint } = await source(protocolId);
    const post = await t.db.post.findFirstOrThrow({ where: { area: { slug: "halton" } } });
    const party = reading.parties.find((p) => p.kind === "post")!;
    await matchParty(ctx(), { protocolId, party: party.key, target: `post:${post.id}`, fingerprint });
    expect((await source(protocolId)).reading.parties.find((p) => p.key === party.key)?.match).toMatchObject({
      kind: "post",
      id: post.id,
    });
    const now = (await source(protocolId)).fingerprint;
    const kent = await t.db.board.findFirstOrThrow({ where: { slug: "kent-chwb" } });
    const kentPost = await t.db.post.findFirstOrThrow({ where: { area: { slug: "kent" } } });
    for (const [input, field] of [
      [{ party: party.key, target: `board:${kent.id}` }, "target"],
      [{ party: party.key, target: `post:${kentPost.id}` }, "target"],
      [{ party: "NOT-NAMED", target: `post:${post.id}` }, "party"],
      [{ party: party.key, target: "person:abc" }, "target"],
    ] as const) {
      const refused = await refusal(matchParty(ctx(), { protocolId, fingerprint: now, ...input }));
      expect(refused?.code).toBe("VALIDATION");
      expect(Object.keys(refused?.fieldErrors ?? {})).toEqual([field]);
    }
    const outsider = await refusal(
      matchParty(
        { db: t.db, viewer: v.secretariat! },
        { protocolId, party: party.key, target: `post:${post.id}`, fingerprint: now },
      ),
    );
    expect(outsider?.code).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
    expect((await source(protocolId)).fingerprint).toBe(now);
  });

  it("creates a board the document names that the area lacks, as a party of the draft, once", async () => {
    const { reading, fingerprint } = await source(protocolId);
    const party = reading.parties.find((p) => p.kind === "board" && !p.match && /^[A-Z]/.test(p.key))!;
    expect(party).toBeDefined();
    const boards = await t.db.board.count();
    const created = await createPartyBoard(ctx(), { area: "halton", protocolId, party: party.key, fingerprint });
    expect(created.key).toBe(party.key.toUpperCase());
    expect(await t.db.board.count()).toBe(boards + 1);
    const board = await t.db.board.findUniqueOrThrow({ where: { id: created.boardId }, include: { areas: true } });
    expect(board.name).toBe(party.name);
    expect(board.areas).toMatchObject([{ key: created.key, home: true }]);
    expect(await partiesOf(protocolId)).toContain(created.boardId);
    const after = await source(protocolId);
    expect(after.reading.parties.find((p) => p.key === party.key)?.match).toEqual({
      kind: "board",
      id: created.boardId,
      by: "created",
    });
    expect(await actions(created.boardId)).toEqual(["board.create"]);
    // Now matched: a second creation is refused at the party, and nothing changes.
    const again = await refusal(
      createPartyBoard(ctx(), { area: "halton", protocolId, party: party.key, fingerprint: after.fingerprint }),
    );
    expect(again?.code).toBe("VALIDATION");
    expect(again?.fieldErrors).toHaveProperty("party");
    expect(await t.db.board.count()).toBe(boards + 1);
  });

  it("reads the edited clauses again: unreviewed proposals replaced, decided ones kept and not offered twice", async () => {
    const rows = await t.db.protocolProposal.findMany({ where: { protocolId }, orderBy: { position: "asc" } });
    const acceptable = rows.find((r) => {
      const p = JSON.parse(r.proposal) as { dated?: boolean; from?: string[]; cadence?: { frequency: string } };
      return r.type === "duty" && p.dated && p.from?.length && p.cadence?.frequency === "annual";
    })!;
    const accepted = await acceptProposal(ctx(), { proposalId: acceptable.id });
    const rejected = rows.find((r) => r.id !== acceptable.id && r.status === "unreviewed")!;
    await rejectProposal(ctx(), { proposalId: rejected.id });
    // A clause edited to hold a new dated duty.
    const clause = await t.db.clause.findFirstOrThrow({
      where: { protocolId, id: { not: acceptable.clauseId ?? undefined } },
      orderBy: { position: "desc" },
    });
    const added = "The HSCB will present its annual report to the HHWB by 30 September each year.";
    await editClause(ctx(), { clauseId: clause.id, ref: clause.ref, text: `${clause.text}\n\n${added}` });
    const unreviewedBefore = rows.length - 2;

    const { fingerprint } = await source(protocolId);
    const result = await readAgain(ctx(), { protocolId, fingerprint });
    expect(result.kept).toBe(2);
    expect(result.removed).toBe(unreviewedBefore);
    const after = await t.db.protocolProposal.findMany({ where: { protocolId }, orderBy: { position: "asc" } });
    expect(after.find((r) => r.id === acceptable.id)).toMatchObject({
      status: "accepted",
      obligationId: accepted.obligationId,
    });
    expect(after.find((r) => r.id === rejected.id)?.status).toBe("rejected");
    // The accepted and rejected ones are not proposed again beside themselves.
    for (const decided of [acceptable, rejected])
      expect(after.filter((r) => r.proposal === decided.proposal && r.clauseRef === decided.clauseRef)).toHaveLength(1);
    // The new sentence is proposed, unreviewed, from its clause.
    const fresh = after.filter((r) => r.clauseId === clause.id && r.proposal.includes("30 September each year"));
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.every((r) => r.status === "unreviewed")).toBe(true);
    expect(after.map((r) => r.position)).toEqual(after.map((_, i) => i));
    expect(after).toHaveLength(result.proposals + 2);
    expect(await actions(protocolId)).toContain("protocol.read-again");
    // Reading the same clauses again proposes the same again: nothing decided is touched.
    const twice = await readAgain(ctx(), { protocolId, fingerprint: (await source(protocolId)).fingerprint });
    expect(twice).toMatchObject({ kept: 2, proposals: result.proposals, removed: result.proposals });
  });

  it("decides nothing on an agreed protocol: its proposals and reading stay as they are", async () => {
    const open = await t.db.protocolProposal.findMany({ where: { protocolId }, orderBy: { position: "asc" } });
    const unreviewed = open.find((r) => r.status === "unreviewed")!;
    const rejected = open.find((r) => r.status === "rejected")!;
    await t.db.protocol.update({ where: { id: protocolId }, data: { status: "agreed", approvedOn: "2026-11-01" } });
    const { reading, fingerprint } = await source(protocolId);
    const audit = await t.db.auditEntry.count();
    const post = await t.db.post.findFirstOrThrow({ where: { area: { slug: "halton" } } });
    const refused = [
      await refusal(acceptProposal(ctx(), { proposalId: unreviewed.id })),
      await refusal(rejectProposal(ctx(), { proposalId: unreviewed.id })),
      await refusal(reopenProposal(ctx(), { proposalId: rejected.id })),
      await refusal(readAgain(ctx(), { protocolId, fingerprint })),
      await refusal(
        matchParty(ctx(), { protocolId, party: reading.parties[0]!.key, target: `post:${post.id}`, fingerprint }),
      ),
    ];
    expect(refused.map((e) => e?.code)).toEqual(["CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT"]);
    expect(await t.db.protocolProposal.findMany({ where: { protocolId }, orderBy: { position: "asc" } })).toEqual(open);
    expect((await source(protocolId)).fingerprint).toBe(fingerprint);
    expect(await t.db.auditEntry.count()).toBe(audit);
  });
});
