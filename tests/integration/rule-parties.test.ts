import { beforeAll, describe, expect, it } from "vitest";
import type { AppError } from "@/server/core/errors";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { previewRule } from "@/server/features/protocols/preview-rule";
import { saveRule } from "@/server/features/protocols/save-rule";
import { DEMO_ADMIN_EMAIL } from "@/server/seed/seed-demo-data";
import { makeMeeting, makeObligation, makePost, makeProtocol } from "../factories";
import { snapshotAll } from "./support/bad-values";
import { withTestDatabase } from "./support/test-db";

/**
 * Issue 14: a duty's parties are the protocol's parties. A draft between Halton's Children's Trust
 * (HCT) and Safeguarding Board (HSCB) may name those boards, their posts and the area's posts that
 * belong to no board, never another board (of this area or another) or a post of another board,
 * whose calendar the duty's items would land on; and its preview reads no other board's meetings.
 */
const t = withTestDatabase({ seeded: true });
const NOW = new Date("2026-11-23T12:00:00Z");
let admin: Viewer;
const id: Record<string, string> = {};
let protocolId: string;
let clauseId: string;

const refusal = (work: Promise<unknown>) => work.then(() => null).catch((e: unknown) => e as AppError);

beforeAll(async () => {
  admin = (await loadViewer(t.db, (await t.db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL } })).id))!;
  for (const b of await t.db.board.findMany({
    where: { slug: { in: ["halton-hct", "halton-hscb", "halton-hhwb", "kent-kscb"] } },
  }))
    id[b.slug] = b.id;
  const halton = await t.db.area.findUniqueOrThrow({ where: { slug: "halton" } });
  const draft = await makeProtocol(t.db, { parties: [id["halton-hct"]!, id["halton-hscb"]!], status: "draft" });
  protocolId = draft.id;
  clauseId = draft.clauses[0]!.id;
  id.hwbPost = (await makePost(t.db, { boardId: id["halton-hhwb"]! })).id;
  id.hctPost = (await makePost(t.db, { boardId: id["halton-hct"]! })).id;
  id.officer = (await makePost(t.db, { areaId: halton.id })).id;
  id.kentPost = (await t.db.post.findFirstOrThrow({ where: { area: { slug: "kent" }, boardId: null } })).id;
});

const duty = (extra: Record<string, unknown> = {}) => ({
  protocolId,
  clauseId,
  kind: "report",
  summary: "The HSCB reports to the HCT on safeguarding each year",
  modality: "will",
  from: [{ type: "board", id: id["halton-hscb"] }],
  to: [{ type: "board", id: id["halton-hct"] }],
  cadence: { frequency: "annual", window: { fromMonth: 9, toMonth: 11 } },
  ...extra,
});

describe(`a duty's parties on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it.each([
    ["another area's board", "to", () => ({ type: "board", id: id["kent-kscb"] })],
    ["a board of the area that is not a party", "to", () => ({ type: "board", id: id["halton-hhwb"] })],
    ["a post of a board that is not a party", "from", () => ({ type: "post", id: id.hwbPost })],
    ["another area's post", "from", () => ({ type: "post", id: id.kentPost })],
  ] as const)("refuses %s at the party field, saving and previewing nothing", async (_name, field, party) => {
    const before = await snapshotAll(t.db);
    const input = duty({ [field]: [party()] });
    const message =
      party().type === "board"
        ? "Choose the protocol's boards: that board is not a party to it"
        : "Choose posts of the protocol's areas and boards from the list";
    // One at a time: a second promise made up front could reject before anything awaits it.
    for (const work of [
      () => saveRule({ db: t.db, viewer: admin }, input),
      () => previewRule({ db: t.db, viewer: admin }, input),
    ])
      expect(await refusal(work())).toMatchObject({ code: "VALIDATION", fieldErrors: { [field]: [message] } });
    expect(await snapshotAll(t.db)).toEqual(before);
  });

  it("accepts the protocol's boards, their posts and the area's posts of no board", async () => {
    const saved = await saveRule(
      { db: t.db, viewer: admin },
      duty({
        from: [
          { type: "post", id: id.hctPost },
          { type: "post", id: id.officer },
        ],
      }),
    );
    const parties = await t.db.obligationParty.findMany({ where: { obligationId: saved.id } });
    expect(parties.map((p) => p.postId ?? p.boardId).sort()).toEqual([id.hctPost, id.officer, id["halton-hct"]].sort());
  });

  it("previews with the protocol's boards' meetings only, whatever a saved duty it follows names", async () => {
    // A duty saved before parties were checked, owed to a post of a board outside the protocol (HHWB),
    // whose first meeting in the window falls on a date no other board meets on.
    const legacy = await makeObligation(t.db, { protocolId, clauseId, from: [id["halton-hct"]!] });
    await t.db.obligationParty.create({
      data: { obligationId: legacy.id, role: "to", position: 0, postId: id.hwbPost },
    });
    const secret = await makeMeeting(t.db, { boardId: id["halton-hhwb"]!, date: "2026-09-06" });
    expect(await t.db.meeting.count({ where: { date: secret.date } })).toBe(1);
    const preview = await previewRule(
      { db: t.db, viewer: admin, now: NOW },
      duty({ cadence: { frequency: "follows", atNextMeeting: true }, comesAfterId: legacy.id }),
    );
    expect(preview.items.length).toBeGreaterThan(0);
    expect(JSON.stringify(preview.items)).not.toContain(secret.date);
  });

  it("holds for every duty of the five seeded protocols, so each can still be edited and saved", async () => {
    const parties = await t.db.obligationParty.findMany({
      where: { postId: { not: null }, obligation: { protocolId: { not: protocolId } } },
      include: { post: true, obligation: { include: { protocol: { include: { parties: true } } } } },
    });
    expect(parties.length).toBeGreaterThan(0);
    const outside = parties.filter(
      (p) => p.post!.boardId && !p.obligation.protocol.parties.some((q) => q.boardId === p.post!.boardId),
    );
    expect(outside.map((p) => `${p.obligation.protocol.key} ${p.obligation.key}: ${p.post!.key}`)).toEqual([]);
  });
});
