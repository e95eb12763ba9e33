import { describe, expect, it } from "vitest";
import { exportArea } from "@/server/features/areas/export-area";
import { importAreaFile, planAreaImport } from "@/server/features/areas/import-area";
import { createArea } from "@/server/features/areas/create-area";
import { AppError } from "@/server/core/errors";
import { withTestDatabase } from "./support/test-db";

/** Importing an area file into a database that already holds the area and its neighbours. */
const t = withTestDatabase({ seeded: true });
const cli = () => ({ db: t.db, viewer: null });

describe("importing an area file over existing data", () => {
  it("previews, then applies, the area's own changes; leaves another area's board alone; retires a dropped duty", async () => {
    const file = await exportArea(cli(), "kent");
    const hwb = file.boards.find((b) => b.slug === "kent-hwb")!;
    hwb.name = "Kent Health and Wellbeing Board (renamed)";
    const kmsab = file.boards.find((b) => b.slug === "medway-kmsab")!;
    kmsab.name = "Renamed from Kent's file";
    const protocol = file.protocols.find((p) => p.key === "kent-hwb-chwb-kscb")!;
    // The last duty, so that no other duty's position moves.
    const dropped = protocol.obligations.pop()!;
    expect(protocol.obligations.some((o) => o.comesAfter === dropped.key)).toBe(false);
    file.meetings.push({ board: "kent-hwb", date: "2027-05-19", startTime: "14:00", location: "County Hall" });

    const audits = await t.db.auditEntry.count({ where: { action: "area.import" } });
    const plan = await planAreaImport(cli(), file);
    expect(plan).toMatchObject({ area: "kent", created: 1, updated: 2, written: false });
    expect(plan.changes).toEqual([
      { change: "update", entity: "Board", key: "kent-hwb", fields: ["name"] },
      { change: "create", entity: "Meeting", key: "kent-hwb 2027-05-19 14:00" },
      { change: "retire", entity: "Obligation", key: `kent-hwb-chwb-kscb 1 ${dropped.key}` },
    ]);
    // The preview wrote nothing.
    expect((await t.db.board.findUniqueOrThrow({ where: { slug: "kent-hwb" } })).name).not.toMatch(/renamed/);
    expect(await t.db.meeting.count({ where: { date: "2027-05-19" } })).toBe(0);

    const result = await importAreaFile(cli(), file);
    expect(result).toMatchObject({ created: 1, updated: 2, written: true, changes: plan.changes });
    expect((await t.db.board.findUniqueOrThrow({ where: { slug: "kent-hwb" } })).name).toBe(hwb.name);
    expect((await t.db.board.findUniqueOrThrow({ where: { slug: "medway-kmsab" } })).name).toBe(
      "Kent and Medway Safeguarding Adults Board",
    );
    const retired = await t.db.obligation.findFirstOrThrow({
      where: { key: dropped.key, protocol: { key: protocol.key } },
    });
    expect(retired.retiredAt).not.toBeNull();
    expect(await t.db.auditEntry.count({ where: { action: "area.import" } })).toBe(audits + 1);

    // The re-export shows the retired duty as retired; importing that changes nothing.
    const again = await exportArea(cli(), "kent");
    expect(
      again.protocols.find((p) => p.key === protocol.key)!.obligations.find((o) => o.key === dropped.key),
    ).toMatchObject({ retired: true });
    expect(await importAreaFile(cli(), again)).toMatchObject({ created: 0, updated: 0, changes: [] });
  });

  it("refuses a board key already taken in an area by a board the file does not hold, and writes nothing", async () => {
    const file = await exportArea(cli(), "harrow");
    const board = file.boards.find((b) => b.areas.some((a) => a.area === "harrow" && a.home))!;
    // Consistent within the file, but Medway already has a board with the key HWB.
    file.otherAreas.push({ slug: "medway", name: "Medway" });
    file.boards.push({
      ...board,
      slug: "harrow-impostor",
      name: "An impostor",
      areas: [
        { area: "harrow", key: "IMPOSTOR", home: true },
        { area: "medway", key: "HWB", home: false },
      ],
    });
    await expect(importAreaFile(cli(), file)).rejects.toThrow(
      new AppError("CONFLICT", "Another board already has the key HWB in medway: harrow-impostor cannot take it"),
    );
    expect(await t.db.board.findUnique({ where: { slug: "harrow-impostor" } })).toBeNull();
  });

  it("creates an area once, with an audit entry; a second time is ALREADY_EXISTS", async () => {
    const made = await createArea(cli(), { slug: "rutland", name: "Rutland" });
    expect(made).toEqual({ area: { slug: "rutland", name: "Rutland" }, message: "Area Rutland (rutland) created." });
    expect(await t.db.auditEntry.count({ where: { action: "area.create", after: { contains: "rutland" } } })).toBe(1);
    await expect(createArea(cli(), { slug: "rutland", name: "Rutland again" })).rejects.toMatchObject({
      code: "ALREADY_EXISTS",
    });
    await expect(createArea(cli(), { slug: "Rut land", name: "" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { slug: [expect.any(String)], name: ["Area name is required"] },
    });
  });

  it("brings an own board's contact and archiving and an own meeting's cancellation in line, with new versions", async () => {
    const file = await exportArea(cli(), "knowsley");
    const own = file.boards.find((b) => b.areas.some((a) => a.area === "knowsley" && a.home))!;
    own.contact = "Business manager";
    own.archivedOn = "2026-11-30";
    const meeting = file.meetings.find((m) => m.board === own.slug)!;
    Object.assign(meeting, { cancelledOn: "2026-11-02", cancelReason: "Room unavailable" });
    const existingPerson = file.people[0]!;
    file.people.push({ slug: "new-knowsley-officer", name: "New Officer" });
    file.postHoldings.push({
      post: file.posts.find((p) => !p.area)!.key,
      person: "new-knowsley-officer",
      from: "2026-11-30",
    });
    const before = await t.db.board.findUniqueOrThrow({ where: { slug: own.slug } });

    const result = await importAreaFile(cli(), file);
    expect(result.changes).toEqual(
      expect.arrayContaining([
        { change: "update", entity: "Board", key: own.slug, fields: ["contact", "archivedAt"] },
        {
          change: "update",
          entity: "Meeting",
          key: `${own.slug} ${meeting.date} ${meeting.startTime}`,
          fields: ["cancelledAt", "cancelReason"],
        },
        { change: "create", entity: "Person", key: "new-knowsley-officer" },
      ]),
    );
    const after = await t.db.board.findUniqueOrThrow({ where: { slug: own.slug } });
    expect(after).toMatchObject({ contact: "Business manager", version: before.version + 1 });
    expect(after.archivedAt).toEqual(new Date("2026-11-30T00:00:00Z"));
    const knowsley = await t.db.area.findUniqueOrThrow({ where: { slug: "knowsley" } });
    expect(await t.db.person.findUniqueOrThrow({ where: { slug: "new-knowsley-officer" } })).toMatchObject({
      areaId: knowsley.id,
    });
    // An existing person keeps the area it had (the seed's people are shared).
    expect(await t.db.person.findUniqueOrThrow({ where: { slug: existingPerson.slug } })).toMatchObject({
      areaId: null,
    });
    expect(await importAreaFile(cli(), file)).toMatchObject({ created: 0, updated: 0, changes: [] });

    // A file without them brings the board and the meeting back.
    delete own.contact;
    delete own.archivedOn;
    delete meeting.cancelledOn;
    delete meeting.cancelReason;
    expect((await importAreaFile(cli(), file)).updated).toBe(2);
    expect(await t.db.board.findUniqueOrThrow({ where: { slug: own.slug } })).toMatchObject({
      contact: null,
      archivedAt: null,
    });
  });

  it("refuses to import over an archived area, and writes nothing", async () => {
    const file = await exportArea(cli(), "halton");
    await t.db.area.update({ where: { slug: "halton" }, data: { archivedAt: new Date() } });
    try {
      file.area.name = "Halton (renamed)";
      await expect(importAreaFile(cli(), file)).rejects.toMatchObject({ code: "CONFLICT" });
      expect((await t.db.area.findUniqueOrThrow({ where: { slug: "halton" } })).name).toBe("Halton");
    } finally {
      await t.db.area.update({ where: { slug: "halton" }, data: { archivedAt: null } });
    }
  });
});
