import { beforeAll, describe, expect, it } from "vitest";
import { runBoardCommand } from "@/cli/board-command";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { AppError } from "@/server/core/errors";
import { archiveArea } from "@/server/features/areas/archive-area";
import { createArea } from "@/server/features/areas/create-area";
import { listAreas } from "@/server/features/areas/list-areas";
import { renameArea } from "@/server/features/areas/rename-area";
import { archiveBoard } from "@/server/features/boards/archive-board";
import { attachBoard } from "@/server/features/boards/attach-board";
import { createBoard } from "@/server/features/boards/create-board";
import { detachBoard } from "@/server/features/boards/detach-board";
import { editBoard } from "@/server/features/boards/edit-board";
import { getBoard } from "@/server/features/boards/get-board";
import { getHome } from "@/server/features/dashboard/get-home";
import { listBoards } from "@/server/features/boards/list-boards";
import { listMyBoards } from "@/server/features/boards/list-my-boards";
import { addMeeting } from "@/server/features/meetings/add-meeting";
import { previewAreaCalendar } from "@/server/features/calendar/preview-area-calendar";
import { DEMO_ADMIN_EMAIL, demoEmail } from "@/server/seed/seed-demo-data";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
let admin: Viewer;
let secretariat: Viewer;
let kent: string;
let medway: string;

async function viewerFor(email: string) {
  const user = await t.db.user.findUniqueOrThrow({ where: { email } });
  return (await loadViewer(t.db, user.id))!;
}

beforeAll(async () => {
  admin = await viewerFor(DEMO_ADMIN_EMAIL);
  secretariat = await viewerFor(demoEmail("kent", "HWB", "secretariat"));
  kent = (await t.db.area.findUniqueOrThrow({ where: { slug: "kent" } })).id;
  medway = (await t.db.area.findUniqueOrThrow({ where: { slug: "medway" } })).id;
});

const as = (viewer: Viewer) => ({ db: t.db, viewer });
const counts = async () => ({
  boards: await t.db.board.count(),
  links: await t.db.boardArea.count(),
  audit: await t.db.auditEntry.count(),
});
const refusal = (work: Promise<unknown>) =>
  work.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: unknown) => {
      expect(e).toBeInstanceOf(AppError);
      return e as AppError;
    },
  );
const csp = (key: string) => ({
  name: "Kent Community Safety Partnership",
  key,
  acronym: "KCSP",
  kind: "community-safety-partnership",
  statutory: "on",
  statutoryBasis: "Crime and Disorder Act 1998",
  yearStartMonth: "4",
  contact: "csp@kent.example.org",
});

describe("areas (administrators of the whole portal)", () => {
  it("creates, renames and archives an area; an archived area leaves every list and refuses new boards", async () => {
    const { area } = await createArea(as(admin), { slug: "west-sussex", name: "West Sussex" });
    const row = await t.db.area.findUniqueOrThrow({ where: { slug: area.slug } });
    admin = await viewerFor(DEMO_ADMIN_EMAIL); // as on the next request: the new area is in view
    await renameArea(as(admin), { areaId: row.id, name: "West Sussex County", version: "1" });
    const stale = await refusal(renameArea(as(admin), { areaId: row.id, name: "Again", version: "1" }));
    expect(stale.code).toBe("CONFLICT");
    expect((await t.db.area.findUniqueOrThrow({ where: { id: row.id } })).name).toBe("West Sussex County");

    const { board } = await createBoard(as(admin), { areaId: row.id, ...csp("WSCSP") });
    await archiveArea(as(admin), { areaId: row.id, archived: "archive", version: "2" });
    expect((await listAreas(as(admin))).map((a) => a.slug)).not.toContain("west-sussex");
    const refused = await refusal(createBoard(as(admin), { areaId: row.id, ...csp("WSCSP2") }));
    expect(refused.code).toBe("CONFLICT");
    const meeting = { boardId: board.id, date: "2027-01-12", startTime: "10:00" };
    expect((await refusal(addMeeting(as(admin), meeting))).message).toMatch(/West Sussex County is archived/);
    await archiveArea(as(admin), { areaId: row.id, archived: "restore", version: "3" });
    expect((await listAreas(as(admin))).map((a) => a.slug)).toContain("west-sussex");
    const audit = await t.db.auditEntry.findMany({ where: { entityId: row.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["area.create", "area.rename", "area.archive", "area.restore"]);
    await addMeeting(as(admin), meeting);
  });

  it("keeps an area's bank holidays: England and Wales by default, changed with its name, audited, a wrong one refused at its field", async () => {
    const { area } = await createArea(as(admin), { slug: "fife", name: "Fife", nation: "scotland" });
    const row = await t.db.area.findUniqueOrThrow({ where: { slug: area.slug } });
    expect(row.nation).toBe("scotland");
    admin = await viewerFor(DEMO_ADMIN_EMAIL);
    const wrong = await refusal(renameArea(as(admin), { areaId: row.id, name: "Fife", nation: "wales", version: "1" }));
    expect(wrong.fieldErrors.nation?.[0]).toMatch(/England and Wales, Scotland or Northern Ireland/);
    expect(await t.db.area.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
    const done = await renameArea(as(admin), {
      areaId: row.id,
      name: "Fife",
      nation: "northern-ireland",
      version: "1",
    });
    expect(done.message).toMatch(/Northern Ireland/);
    // Left out (the command line's rename): the nation stays.
    await renameArea(as(admin), { areaId: row.id, name: "Fife Council area", version: "2" });
    expect(await t.db.area.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      name: "Fife Council area",
      nation: "northern-ireland",
      version: 3,
    });
    const audit = await t.db.auditEntry.findMany({ where: { entityId: row.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => [a.action, (JSON.parse(a.after ?? "{}") as { nation?: string }).nation])).toEqual([
      ["area.create", "scotland"],
      ["area.rename", "northern-ireland"],
      ["area.rename", "northern-ireland"],
    ]);
    const plain = await createArea(as(admin), { slug: "surrey", name: "Surrey" });
    expect((await t.db.area.findUniqueOrThrow({ where: { slug: plain.area.slug } })).nation).toBe("england-and-wales");
  });

  it("refuses anyone but an administrator of everything", async () => {
    expect((await refusal(createArea(as(secretariat), { slug: "nope", name: "Nope" }))).code).toBe("FORBIDDEN");
    expect((await refusal(renameArea(as(secretariat), { areaId: kent, name: "Nope", version: "1" }))).code).toBe(
      "FORBIDDEN",
    );
  });
});

describe("boards (area:manage)", () => {
  it("adds a board with its home area, slug from the area and key, and one audit entry", async () => {
    const before = await counts();
    const { board } = await createBoard(as(admin), { areaId: kent, ...csp("KCSP") });
    expect(board).toMatchObject({ slug: "kent-kcsp", key: "KCSP", area: "kent" });
    const row = await t.db.board.findUniqueOrThrow({
      where: { slug: "kent-kcsp" },
      include: { areas: true, kind: true },
    });
    expect(row).toMatchObject({ statutory: true, independentChair: false, contact: "csp@kent.example.org" });
    expect(row.kind.key).toBe("community-safety-partnership");
    expect(row.areas).toEqual([expect.objectContaining({ areaId: kent, key: "KCSP", home: true })]);
    expect(await counts()).toEqual({ boards: before.boards + 1, links: before.links + 1, audit: before.audit + 1 });
    expect((await listBoards(as(admin), "kent")).map((b) => b.key)).toContain("KCSP");
  });

  it("refuses a key another board has in the area with a field message, changing nothing", async () => {
    const before = await counts();
    const error = await refusal(createBoard(as(admin), { areaId: kent, ...csp("HWB") }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors.key).toEqual([
      expect.stringMatching(/already has the key HWB in Kent: choose another key/),
    ]);
    const kind = await refusal(createBoard(as(admin), { areaId: kent, ...csp("KCSP2"), kind: "no-such-kind" }));
    expect(kind.fieldErrors.kind).toEqual([expect.stringMatching(/Choose a kind of board/)]);
    expect(await counts()).toEqual(before);
  });

  it("refuses the board's secretariat: setting up boards is for administrators", async () => {
    const before = await counts();
    expect((await refusal(createBoard(as(secretariat), { areaId: kent, ...csp("KCSP3") }))).code).toBe("FORBIDDEN");
    expect(await counts()).toEqual(before);
  });

  it("edits a board and its key in the area; a stale version or a taken key changes nothing", async () => {
    const { board } = await createBoard(as(admin), { areaId: kent, ...csp("KCSP4") });
    const edit = { areaId: kent, boardId: board.id, version: "1", ...csp("KCSPX"), name: "Renamed partnership" };
    await editBoard(as(admin), edit);
    const row = await t.db.board.findUniqueOrThrow({ where: { id: board.id }, include: { areas: true } });
    expect(row).toMatchObject({ name: "Renamed partnership", slug: "kent-kcsp4", version: 2 });
    expect(row.areas[0]!.key).toBe("KCSPX");
    const before = await counts();
    expect((await refusal(editBoard(as(admin), { ...edit, name: "Stale" }))).code).toBe("CONFLICT");
    const taken = await refusal(editBoard(as(admin), { ...edit, version: "2", key: "HWB" }));
    expect(taken.fieldErrors.key).toBeDefined();
    expect(await counts()).toEqual(before);
    expect((await t.db.board.findUniqueOrThrow({ where: { id: board.id } })).name).toBe("Renamed partnership");
  });

  it("attaches a board to a second area under its key there, and detaches it; never from its home", async () => {
    const { board } = await createBoard(as(admin), { areaId: kent, ...csp("KMCSP") });
    await attachBoard(as(admin), { boardId: board.id, areaId: medway, key: "KMCSP", version: "1" });
    expect((await listBoards(as(admin), "medway")).find((b) => b.key === "KMCSP")?.areas).toEqual(["kent", "medway"]);
    const home = await refusal(detachBoard(as(admin), { boardId: board.id, areaId: kent, version: "2" }));
    expect(home.fieldErrors.areaId).toEqual([expect.stringMatching(/home area/)]);
    const again = await refusal(attachBoard(as(admin), { boardId: board.id, areaId: medway, key: "X", version: "2" }));
    expect(again.fieldErrors.areaId).toBeDefined();
    await detachBoard(as(admin), { boardId: board.id, areaId: medway, version: "2" });
    expect((await listBoards(as(admin), "medway")).map((b) => b.key)).not.toContain("KMCSP");
    const actions = await t.db.auditEntry.findMany({ where: { entityId: board.id }, orderBy: { at: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["board.create", "board.attach", "board.detach"]);
  });

  it("archives a board with history: it leaves lists, dashboards and generation; its history stays readable", async () => {
    const hwb = await t.db.board.findUniqueOrThrow({ where: { slug: "kent-hwb" } });
    const history = {
      meetings: await t.db.meeting.count({ where: { boardId: hwb.id } }),
      memberships: await t.db.membership.count({ where: { boardId: hwb.id } }),
      items: await t.db.calendarItem.count({ where: { recipientBoardId: hwb.id } }),
    };
    expect(history.meetings).toBeGreaterThan(0);
    expect((await listMyBoards(t.db, secretariat)).map((b) => b.key)).toContain("HWB");
    expect((await getHome(as(secretariat))).secretariat.map((s) => s.board.id)).toContain(hwb.id);
    await archiveBoard(as(admin), { boardId: hwb.id, archived: "archive", version: String(hwb.version) });

    expect((await listBoards(as(admin), "kent")).map((b) => b.key)).not.toContain("HWB");
    expect((await listMyBoards(t.db, secretariat)).map((b) => b.key)).not.toContain("HWB");
    expect((await getHome(as(secretariat))).secretariat.map((s) => s.board.id)).not.toContain(hwb.id);
    expect((await previewAreaCalendar(as(admin), "kent", 2026)).previews.map((p) => p.key)).not.toContain("HWB");
    const page = await getBoard(as(admin), "kent", "HWB");
    expect(page.board.archived).toBe(true);
    expect(page.meetings).toHaveLength(history.meetings);
    expect({
      meetings: await t.db.meeting.count({ where: { boardId: hwb.id } }),
      memberships: await t.db.membership.count({ where: { boardId: hwb.id } }),
      items: await t.db.calendarItem.count({ where: { recipientBoardId: hwb.id } }),
    }).toEqual(history);
    const edit = await refusal(
      editBoard(as(admin), { areaId: kent, boardId: hwb.id, version: String(hwb.version + 1), ...csp("HWB") }),
    );
    expect(edit.code).toBe("CONFLICT");
    await archiveBoard(as(admin), { boardId: hwb.id, archived: "restore", version: String(hwb.version + 1) });
    expect((await listBoards(as(admin), "kent")).map((b) => b.key)).toContain("HWB");
  });
});

describe("cli board add", () => {
  const io = () => {
    const lines = { out: [] as string[], err: [] as string[] };
    return { lines, io: { out: (s: string) => lines.out.push(s), err: (s: string) => lines.err.push(s) } };
  };
  const args = (key: string) =>
    ["add", "--area", "medway", "--key", key, "--name", "Medway Community Safety Partnership", "--acronym", "MCSP"]
      .concat(["--kind", "community-safety-partnership", "--statutory", "--year-start-month", "4"])
      .concat(["--statutory-basis", "Crime and Disorder Act 1998", "--contact", "csp@medway.example.org"]);

  it("adds a board as the page does, and says so in JSON", async () => {
    const { lines, io: out } = io();
    expect(await runBoardCommand(t.db, [...args("MCSP"), "--json"], out)).toBe(0);
    expect(JSON.parse(lines.out.join("\n"))).toMatchObject({
      ok: true,
      board: { slug: "medway-mcsp", key: "MCSP", area: "medway" },
    });
    const row = await t.db.board.findUniqueOrThrow({ where: { slug: "medway-mcsp" } });
    expect(row).toMatchObject({ statutory: true, independentChair: false, contact: "csp@medway.example.org" });
  });

  it("refuses a taken key with the page's field message (exit 2), and bad usage (exit 2)", async () => {
    const { lines, io: out } = io();
    expect(await runBoardCommand(t.db, [...args("MCSP"), "--json"], out)).toBe(2);
    expect(JSON.parse(lines.out.join("\n"))).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { key: [expect.stringMatching(/already has the key MCSP in Medway/)] },
    });
    const usage = io();
    expect(await runBoardCommand(t.db, ["add", "--area", "medway"], usage.io)).toBe(2);
    expect(usage.lines.err.join("\n")).toMatch(/board add needs --key, --name, --acronym, --kind/);
    const unknown = io();
    expect(
      await runBoardCommand(
        t.db,
        args("ZZ").map((a) => (a === "medway" ? "nowhere" : a)),
        unknown.io,
      ),
    ).toBe(2);
    expect(unknown.lines.err.join("\n")).toMatch(/area was not found/);
  });
});
