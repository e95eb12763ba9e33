import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/core/errors";
import { addMeeting } from "@/server/features/meetings/add-meeting";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { DEMO_ADMIN_EMAIL, demoEmail } from "@/server/seed/seed-demo-data";
import { withTestDatabase } from "./support/test-db";

const t = withTestDatabase({ seeded: true });
let kentHwbId: string;
const viewers: Record<string, Viewer> = {};

async function viewerFor(email: string) {
  const user = await t.db.user.findUniqueOrThrow({ where: { email } });
  return (await loadViewer(t.db, user.id))!;
}

beforeAll(async () => {
  kentHwbId = (await t.db.board.findUniqueOrThrow({ where: { slug: "kent-hwb" } })).id;
  viewers.secretariat = await viewerFor(demoEmail("kent", "HWB", "secretariat"));
  viewers.chair = await viewerFor(demoEmail("kent", "HWB", "chair"));
  viewers.member = await viewerFor(demoEmail("kent", "HWB", "member"));
  viewers.otherBoard = await viewerFor(demoEmail("kent", "KSCB", "secretariat"));
  viewers.otherArea = await viewerFor(demoEmail("harrow", "HWBB", "secretariat"));
  viewers.admin = await viewerFor(DEMO_ADMIN_EMAIL);
});

async function refusal(viewer: Viewer, input: Parameters<typeof addMeeting>[1]) {
  const before = { meetings: await t.db.meeting.count(), audit: await t.db.auditEntry.count() };
  const error = await addMeeting({ db: t.db, viewer }, input).then(
    () => null,
    (e: unknown) => e,
  );
  expect({ meetings: await t.db.meeting.count(), audit: await t.db.auditEntry.count() }).toEqual(before);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("adding a meeting (the board's secretariat may; others may not)", () => {
  it.each(["secretariat", "chair", "admin"])("lets the %s add one, with an audit entry", async (who) => {
    const date = { secretariat: "2026-12-01", chair: "2026-12-02", admin: "2026-12-03" }[who]!;
    const meeting = await addMeeting(
      { db: t.db, viewer: viewers[who]! },
      { boardId: kentHwbId, date, startTime: "10:00", location: "Sessions House" },
    );
    const audit = await t.db.auditEntry.findMany({ where: { entityType: "Meeting", entityId: meeting.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "meeting.create", actorId: viewers[who]!.userId });
  });

  it("refuses a member of the board, changing nothing", async () => {
    const error = await refusal(viewers.member!, { boardId: kentHwbId, date: "2026-12-10", startTime: "10:00" });
    expect(error.code).toBe("FORBIDDEN");
  });

  it("refuses the secretariat of another board in the same area", async () => {
    expect(
      (await refusal(viewers.otherBoard!, { boardId: kentHwbId, date: "2026-12-10", startTime: "10:00" })).code,
    ).toBe("FORBIDDEN");
  });

  it("does not even admit the board exists to another area's user", async () => {
    expect(
      (await refusal(viewers.otherArea!, { boardId: kentHwbId, date: "2026-12-10", startTime: "10:00" })).code,
    ).toBe("NOT_FOUND");
  });

  it("names the field at fault for bad input", async () => {
    const error = await refusal(viewers.secretariat!, { boardId: kentHwbId, date: "2026-02-30", startTime: "25:00" });
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({
      date: ["That date does not exist"],
      startTime: ["Enter a start time as HH:mm, for example 14:00"],
    });
  });

  it("refuses a second meeting at the same date and time", async () => {
    const error = await refusal(viewers.secretariat!, { boardId: kentHwbId, date: "2026-12-01", startTime: "10:00" });
    expect(error.code).toBe("ALREADY_EXISTS");
    expect(error.fieldErrors.date).toEqual(["The board already has a meeting on that date at that time"]);
  });
});
