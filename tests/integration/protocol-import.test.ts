import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readProtocol } from "@/domain/protocol-reading/read-protocol";
import { type AppError } from "@/server/core/errors";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { importProtocol } from "@/server/features/protocol-import/import-protocol";
import { acceptProposal, rejectProposal, reopenProposal } from "@/server/features/protocol-import/review-proposal";
import { localDiskStore } from "@/server/storage/evidence-store";
import { DEMO_ADMIN_EMAIL, demoEmail } from "@/server/seed/seed-demo-data";
import { docxFromParagraphs, paragraphsOf, pdfFromParagraphs } from "../factories/protocol-documents";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
const v: Record<string, Viewer> = {};
const viewerFor = async (email: string) =>
  (await loadViewer(t.db, (await t.db.user.findUniqueOrThrow({ where: { email } })).id))!;
const refusal = (work: Promise<unknown>) => work.then(() => null).catch((e: unknown) => e as AppError);

const SEEDS = join(import.meta.dirname, "../fixtures/seeds");
const seed = (prefix: string) => {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return readFileSync(join(SEEDS, name), "utf8");
};
const HALTON = seed("004_");
const KENT = seed("000_");
const uploads = mkdtempSync(join(tmpdir(), "protocol-import-"));
const store = localDiskStore(uploads);
const file = (text: string, fileName = "halton-protocol.txt") => ({
  fileName,
  bytes: new TextEncoder().encode(text),
});
const counts = async () => ({
  protocols: await t.db.protocol.count(),
  sources: await t.db.protocolSource.count(),
  proposals: await t.db.protocolProposal.count(),
  boards: await t.db.board.count(),
  audit: await t.db.auditEntry.count(),
  files: readdirSync(uploads).length,
});

beforeAll(async () => {
  v.admin = await viewerFor(DEMO_ADMIN_EMAIL);
  v.hctSecretariat = await viewerFor(demoEmail("halton", "HCT", "secretariat"));
});

describe(`reading a protocol document into a draft on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  let protocolId: string;

  it("keeps the file, its clauses as printed, the parties matched, and one unreviewed proposal per duty", async () => {
    const before = await counts();
    const result = await importProtocol({ db: t.db, viewer: v.admin!, store }, { area: "halton" }, file(HALTON));
    protocolId = result.protocolId;
    const reading = readProtocol(HALTON);
    expect(result.status).toBe("draft");
    expect(result.clauses).toBe(reading.clauses.length);
    expect(result.proposals).toBe(reading.duties.length + reading.membershipRules.length);
    const clauses = await t.db.clause.findMany({ where: { protocolId }, orderBy: { position: "asc" } });
    expect(clauses.map((c) => c.ref)).toEqual(reading.clauses.map((c) => c.ref));
    const proposals = await t.db.protocolProposal.findMany({ where: { protocolId } });
    expect(proposals).toHaveLength(result.proposals);
    expect(proposals.every((p) => p.status === "unreviewed" && p.clauseId)).toBe(true);
    // The boards the text names are matched to Halton's, and are the draft's parties.
    const boards = await t.db.board.findMany({ where: { slug: { in: ["halton-hct", "halton-hscb", "halton-hhwb"] } } });
    const parties = await t.db.protocolParty.findMany({ where: { protocolId } });
    expect(parties.map((p) => p.boardId).sort()).toEqual(boards.map((b) => b.id).sort());
    const source = await t.db.protocolSource.findUniqueOrThrow({ where: { protocolId } });
    expect(source.format).toBe("text");
    expect(readFileSync(join(uploads, source.storageKey), "utf8")).toBe(HALTON);
    // Nothing reaches a calendar: no rules yet, and the protocol is a draft.
    expect(await t.db.obligation.count({ where: { protocolId } })).toBe(0);
    const after = await counts();
    expect(after.boards).toBe(before.boards);
    expect(after.files).toBe(before.files + 1);
    const audit = await t.db.auditEntry.findFirstOrThrow({
      where: { entityId: protocolId, action: "protocol.import" },
    });
    expect(audit.actorId).toBe(v.admin!.userId);
  });

  it("accepts a dated proposal as a rule of the draft, once, with its clause and cadence", async () => {
    const rows = await t.db.protocolProposal.findMany({ where: { protocolId }, orderBy: { position: "asc" } });
    const dated = rows.find((r) => {
      const p = JSON.parse(r.proposal) as { dated?: boolean; from?: string[]; cadence?: { frequency: string } };
      return r.type === "duty" && p.dated && p.from?.length && p.cadence?.frequency === "annual";
    })!;
    expect(dated).toBeDefined();
    const accepted = await acceptProposal({ db: t.db, viewer: v.admin! }, { proposalId: dated.id });
    const rule = await t.db.obligation.findUniqueOrThrow({ where: { id: accepted.obligationId } });
    expect(rule.clauseId).toBe(dated.clauseId);
    expect(rule.frequency).toBe("annual");
    const row = await t.db.protocolProposal.findUniqueOrThrow({ where: { id: dated.id } });
    expect(row).toMatchObject({ status: "accepted", obligationId: rule.id, reviewedById: v.admin!.userId });
    // One audit entry: the rule created, naming the proposal it accepted.
    const entries = await t.db.auditEntry.findMany({ where: { entityId: rule.id } });
    expect(entries.map((e) => e.action)).toEqual(["rule.create"]);
    expect(JSON.parse(entries[0]!.after!)).toMatchObject({ proposal: { id: dated.id, status: "accepted" } });
    const again = await refusal(acceptProposal({ db: t.db, viewer: v.admin! }, { proposalId: dated.id }));
    expect(again?.code).toBe("CONFLICT");
    expect(await t.db.obligation.count({ where: { protocolId } })).toBe(1);
  });

  it("rejects a proposal and puts it back, each audited", async () => {
    const row = await t.db.protocolProposal.findFirstOrThrow({ where: { protocolId, status: "unreviewed" } });
    await rejectProposal({ db: t.db, viewer: v.admin! }, { proposalId: row.id });
    expect((await t.db.protocolProposal.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("rejected");
    expect((await refusal(rejectProposal({ db: t.db, viewer: v.admin! }, { proposalId: row.id })))?.code).toBe(
      "CONFLICT",
    );
    await reopenProposal({ db: t.db, viewer: v.admin! }, { proposalId: row.id });
    expect((await t.db.protocolProposal.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("unreviewed");
    const actions = (await t.db.auditEntry.findMany({ where: { entityId: row.id }, orderBy: { at: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["proposal.reject", "proposal.reopen"]);
  });

  it("refuses a proposal that names no owner, saying why, and changes nothing", async () => {
    const rows = await t.db.protocolProposal.findMany({ where: { protocolId, status: "unreviewed", type: "duty" } });
    const ownerless = rows.find((r) => (JSON.parse(r.proposal) as { from: string[] }).from.length === 0);
    if (!ownerless) return expect(rows.length).toBeGreaterThan(0);
    const rules = await t.db.obligation.count({ where: { protocolId } });
    const error = await refusal(acceptProposal({ db: t.db, viewer: v.admin! }, { proposalId: ownerless.id }));
    expect(error?.code).toBe("VALIDATION");
    expect(error?.fieldErrors?.proposalId?.join(" ")).toMatch(/names no one who owes/);
    expect(await t.db.obligation.count({ where: { protocolId } })).toBe(rules);
  });

  it("reads a PDF and a Word copy of the text into the same clauses", async () => {
    const paragraphs = paragraphsOf(KENT);
    const fromText = readProtocol(KENT).clauses.map((c) => c.ref);
    for (const [name, bytes] of [
      ["kent.pdf", await pdfFromParagraphs(paragraphs)],
      ["kent.docx", await docxFromParagraphs(paragraphs)],
    ] as const) {
      const result = await importProtocol(
        { db: t.db, viewer: v.admin!, store },
        { area: "kent" },
        { fileName: name, bytes },
      );
      const refs = (
        await t.db.clause.findMany({ where: { protocolId: result.protocolId }, orderBy: { position: "asc" } })
      ).map((c) => c.ref);
      expect(refs, name).toEqual(fromText);
    }
  });

  it("refuses a secretariat of one board, a document naming fewer than two of the area's boards, and bad files, storing nothing", async () => {
    const before = await counts();
    const forbidden = await refusal(
      importProtocol({ db: t.db, viewer: v.hctSecretariat!, store }, { area: "halton" }, file(HALTON)),
    );
    expect(forbidden?.code).toBe("FORBIDDEN");
    const oneBoard = await refusal(
      importProtocol(
        { db: t.db, viewer: v.admin!, store },
        { area: "halton" },
        file(
          "1. The Halton Children's Trust (HCT) will meet four times a year.\n\n2. The HCT will publish an annual report by 30 June each year.",
        ),
      ),
    );
    expect(oneBoard?.fieldErrors?.file?.[0]).toMatch(/two or more boards/);
    const empty = await refusal(
      importProtocol(
        { db: t.db, viewer: v.admin!, store },
        { area: "halton" },
        { fileName: "x.pdf", bytes: new Uint8Array() },
      ),
    );
    expect(empty?.fieldErrors?.file?.[0]).toMatch(/empty/i);
    expect(await counts()).toEqual(before);
  });

  it("with --create-boards adds the boards the area lacks; with accept-all and agreed-on records a signed protocol", async () => {
    const before = await counts();
    const result = await importProtocol(
      { db: t.db, viewer: null, store },
      { area: "medway", createBoards: true, acceptAll: true, agreedOn: "2025-03-14" },
      file(KENT, "kent-protocol.txt"),
    );
    expect(result.boardsCreated.length).toBeGreaterThan(0);
    expect((await counts()).boards).toBe(before.boards + result.boardsCreated.length);
    expect(result.status).toBe("agreed");
    expect(result.accepted).toBeGreaterThan(5);
    expect(result.accepted + result.leftForReview.length).toBe(result.proposals);
    const protocol = await t.db.protocol.findUniqueOrThrow({
      where: { id: result.protocolId },
      include: { parties: true },
    });
    expect(protocol).toMatchObject({ status: "agreed", approvedOn: "2025-03-14" });
    expect(protocol.parties.every((p) => p.signedOn === "2025-03-14")).toBe(true);
    expect(await t.db.obligation.count({ where: { protocolId: result.protocolId } })).toBe(result.accepted);
  });
});
