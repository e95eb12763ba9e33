import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import type { AppError } from "@/server/core/errors";
import { exportBoardCalendarCsv } from "@/server/features/calendar/export-calendar";
import { applyCalendarPlan, planCalendar } from "@/server/features/calendar/generate-calendar";
import { getItemPage } from "@/server/features/items/get-item";
import { readEvidence } from "@/server/features/items/read-evidence";
import { setEvidenceRestricted } from "@/server/features/items/restrict-evidence";
import { DEMO_ADMIN_EMAIL, demoEmail } from "@/server/seed/seed-demo-data";
import { evidenceStore } from "@/server/storage/evidence-store";
import {
  grantRole,
  makeCalendarItem,
  makeEvidence,
  makeLogEntry,
  makeObligation,
  makeProtocol,
  makeUser,
} from "../factories";
import { signIn, signOut, useActionHarness } from "./support/action-harness";
import { withTestDatabase } from "./support/test-db";

// The download route runs as under Next: a real session cookie, this file's database.
vi.mock("next/headers", async () => (await import("./support/action-harness")).nextHeaders);
vi.mock("@/server/data/db", async () => (await import("./support/action-harness")).appDb);

/**
 * Issue 14: evidence is for the boards an item concerns. An item Halton's HSCB owes to its Children's
 * Trust (HCT): both boards' roles see its evidence, and administrators of Halton or of everything;
 * another Halton board's chair (who may read the item) and Kent's users do not. A piece the HSCB's
 * secretariat marks restricted is seen only by the two boards' secretariats and chairs, and
 * administrators: listed, downloaded and exported for them alone.
 */
const t = withTestDatabase({ seeded: true });
const NOW = new Date("2026-11-23T10:00:00Z");
useActionHarness(t, NOW);
const v: Record<string, Viewer> = {};
let itemId: string;
const ev: Record<string, string> = {};

const viewerFor = async (email: string) =>
  (await loadViewer(t.db, (await t.db.user.findUniqueOrThrow({ where: { email } })).id))!;
const refusal = (work: Promise<unknown>) => work.then(() => null).catch((e: unknown) => e as AppError);

beforeAll(async () => {
  const board = async (slug: string) => (await t.db.board.findUniqueOrThrow({ where: { slug } })).id;
  const [hscb, hct] = [await board("halton-hscb"), await board("halton-hct")];
  for (const [name, b, role] of [
    ["hscbMember", "HSCB", "member"],
    ["hscbSecretariat", "HSCB", "secretariat"],
    ["hscbChair", "HSCB", "chair"],
    ["hctMember", "HCT", "member"],
    ["hctSecretariat", "HCT", "secretariat"],
    ["hctChair", "HCT", "chair"],
    ["hhwbChair", "HHWB", "chair"],
  ] as const)
    v[name] = await viewerFor(demoEmail("halton", b, role));
  v.kent = await viewerFor(demoEmail("kent", "HWB", "secretariat"));
  v.admin = await viewerFor(DEMO_ADMIN_EMAIL);
  for (const slug of ["halton", "kent"]) {
    const area = await t.db.area.findUniqueOrThrow({ where: { slug } });
    const user = await makeUser(t.db);
    await grantRole(t.db, { userId: user.id, role: "administrator", areaId: area.id });
    v[`${slug}Admin`] = (await loadViewer(t.db, user.id))!;
  }

  // The HSCB's reporting year, made as generation makes it.
  await applyCalendarPlan(t.db, { type: "system", label: "cli" }, await planCalendar(t.db, [hscb], 2026));
  const protocol = await makeProtocol(t.db, { parties: [hscb, hct] });
  const obligation = await makeObligation(t.db, { protocolId: protocol.id, from: [hscb], to: [hct] });
  const cycle = await t.db.reportingCycle.findFirstOrThrow({
    where: { boardId: hscb, startsOn: { lte: "2026-11-23" }, endsOn: { gte: "2026-11-23" } },
  });
  const item = await makeCalendarItem(t.db, {
    obligationId: obligation.id,
    cycleId: cycle.id,
    recipientKey: `board:${hct}`,
    recipientBoardId: hct,
    status: "sent",
  });
  itemId = item.id;
  const entry = await makeLogEntry(t.db, { itemId, actorId: v.admin.userId, action: "send" });
  const store = evidenceStore(t.db);
  for (const name of ["open", "secret"])
    ev[name] = (
      await makeEvidence(t.db, {
        logEntryId: entry.id,
        kind: "file",
        fileName: `${name}.pdf`,
        storageKey: await store.put(new TextEncoder().encode(`%PDF-1.4 ${name}`)),
      })
    ).id;
  ev.link = (await makeEvidence(t.db, { logEntryId: entry.id })).id;
});

const downloads = async (viewer: Viewer, id: string) =>
  readEvidence({ db: t.db, viewer }, id).then(
    (file) => file.fileName,
    (e: AppError) => e.code,
  );
const listed = async (viewer: Viewer) => {
  const page = await getItemPage({ db: t.db, viewer }, "halton", itemId, NOW);
  return page.history.flatMap((e) => e.evidence.map((x) => x.fileName ?? "link")).sort();
};
const exported = async (viewer: Viewer) =>
  (await exportBoardCalendarCsv({ db: t.db, viewer, now: NOW }, { area: "halton", board: "HCT", fy: 2026 })).csv;

describe(`evidence visibility on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("shows an item's evidence to the boards it concerns and administrators of the area, no one else", async () => {
    for (const who of ["hscbMember", "hctMember", "hctSecretariat", "haltonAdmin", "admin"]) {
      expect(await downloads(v[who]!, ev.open!), who).toBe("open.pdf");
      expect(await listed(v[who]!), who).toEqual(["link", "open.pdf", "secret.pdf"]);
    }
    // HHWB's chair may read the item (a board of the same area) but not its papers.
    expect(await listed(v.hhwbChair!)).toEqual([]);
    expect(await exported(v.hhwbChair!)).not.toContain(`/evidence/${ev.open}`);
    for (const who of ["hhwbChair", "kent", "kentAdmin"])
      expect(await downloads(v[who]!, ev.open!), who).toBe("NOT_FOUND");
  });

  it("lets a secretariat of the item's boards mark a piece restricted, once, audited", async () => {
    for (const who of ["hctMember", "hscbMember"])
      expect(
        await refusal(
          setEvidenceRestricted({ db: t.db, viewer: v[who]! }, { evidenceId: ev.secret, mark: "restrict" }),
        ),
      ).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await refusal(setEvidenceRestricted({ db: t.db, viewer: v.kent! }, { evidenceId: ev.secret, mark: "restrict" })),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(
      await refusal(
        setEvidenceRestricted({ db: t.db, viewer: v.hscbSecretariat! }, { evidenceId: ev.secret, mark: "hide" }),
      ),
    ).toMatchObject({ code: "VALIDATION", fieldErrors: { mark: [expect.any(String)] } });
    expect((await t.db.evidence.findUniqueOrThrow({ where: { id: ev.secret } })).restricted).toBe(false);

    const mark = () =>
      setEvidenceRestricted({ db: t.db, viewer: v.hscbSecretariat! }, { evidenceId: ev.secret, mark: "restrict" });
    expect(await mark()).toEqual({ itemId, restricted: true, changed: true });
    expect(await mark()).toEqual({ itemId, restricted: true, changed: false });
    expect(await t.db.auditEntry.count({ where: { entityId: ev.secret, action: "evidence.restrict" } })).toBe(1);
  });

  it("shows restricted evidence only to the boards' secretariats and chairs, and administrators", async () => {
    for (const who of ["hscbSecretariat", "hscbChair", "hctSecretariat", "hctChair", "haltonAdmin", "admin"]) {
      expect(await downloads(v[who]!, ev.secret!), who).toBe("secret.pdf");
      expect(await listed(v[who]!), who).toContain("secret.pdf");
    }
    for (const who of ["hscbMember", "hctMember"]) {
      expect(await downloads(v[who]!, ev.secret!), who).toBe("NOT_FOUND");
      expect(await listed(v[who]!), who).toEqual(["link", "open.pdf"]);
    }
    expect(await exported(v.hctMember!)).toContain(`/evidence/${ev.open}`);
    expect(await exported(v.hctMember!)).not.toContain(`/evidence/${ev.secret}`);
    expect(await exported(v.hctSecretariat!)).toContain(`/evidence/${ev.secret}`);
  });

  it("answers a download of restricted evidence with 404 for a member, the file for a chair", async () => {
    const { GET } = await import("@/app/evidence/[evidence]/route");
    const get = async (viewer: Viewer) => {
      await signIn(viewer);
      const response = await GET(new Request(`http://localhost:3000/evidence/${ev.secret}`), {
        params: Promise.resolve({ evidence: ev.secret! }),
      });
      signOut();
      return { status: response.status, body: await response.text() };
    };
    expect(await get(v.hctMember!)).toEqual({ status: 404, body: "Not found\n" });
    expect(await get(v.hctChair!)).toEqual({ status: 200, body: "%PDF-1.4 secret" });
  });

  it("opens a piece again when the restriction is removed", async () => {
    await setEvidenceRestricted({ db: t.db, viewer: v.hctChair! }, { evidenceId: ev.secret, mark: "unrestrict" });
    expect(await downloads(v.hctMember!, ev.secret!)).toBe("secret.pdf");
    expect(await t.db.auditEntry.count({ where: { entityId: ev.secret, action: "evidence.unrestrict" } })).toBe(1);
  });
});
