import type { AreaFile } from "@/lib/schemas/area-file";
import type { DbTx } from "@/server/data/database";
import { instantOnDay } from "./area-file-fields";
import type { Tally } from "./area-import-changes";
import type { AreaImportScope } from "./area-import-scope";

/**
 * The memberships and meetings of the file's boards; only those of the area's own boards are updated.
 * A changed row gets a new version, so that a form opened before the import refuses to overwrite it.
 */
export async function importAreaMembershipsAndMeetings(
  tx: DbTx,
  t: Tally,
  file: AreaFile,
  scope: AreaImportScope,
  ids: { board: (slug: string) => string; person: (slug: string) => string; organisationIds: Map<string, string> },
) {
  const { ownBoards } = scope;
  const { board, person, organisationIds } = ids;
  for (const m of file.memberships) {
    const key = { personId: person(m.person), boardId: board(m.board), capacity: m.capacity, startsOn: m.from };
    const where = { personId_boardId_capacity_startsOn: key };
    const data = {
      organisationId: organisationIds.get(m.representing)!,
      endsOn: m.to ?? null,
      source: m.source ?? null,
    };
    // A changed membership gets a new version, so a form opened before the import refuses to overwrite it.
    await t.sync(
      { entity: "Membership", key: `${m.board} ${m.person} ${m.capacity} ${m.from}`, own: ownBoards.has(m.board) },
      await tx.membership.findUnique({ where }),
      data,
      () => tx.membership.create({ data: { ...key, ...data } }),
      () => tx.membership.update({ where, data: { ...data, version: { increment: 1 } } }),
    );
  }

  // Meetings that start a series (named by their own date and time) come first, so that the others
  // can take their id as the series id; a series is never split across boards.
  const at = (m: { board: string; date: string; startTime: string }) => `${m.board} ${m.date}T${m.startTime}`;
  const startsSeries = (m: AreaFile["meetings"][number]) => m.series === `${m.date}T${m.startTime}`;
  const meetingIds = new Map<string, string>();
  for (const m of [...file.meetings.filter(startsSeries), ...file.meetings.filter((x) => !startsSeries(x))]) {
    const key = { boardId: board(m.board), date: m.date, startTime: m.startTime };
    const where = { boardId_date_startTime: key };
    const existing = await tx.meeting.findUnique({ where });
    const data = {
      title: m.title ?? null,
      location: m.location ?? null,
      seriesId: m.series ? (startsSeries(m) ? existing?.id : meetingIds.get(`${m.board} ${m.series}`)) : null,
      cancelledAt: instantOnDay(m.cancelledOn, existing?.cancelledAt),
      cancelReason: m.cancelReason ?? null,
    };
    const row = await t.sync(
      { entity: "Meeting", key: `${m.board} ${m.date} ${m.startTime}`, own: ownBoards.has(m.board) },
      existing,
      data,
      async () => {
        const created = await tx.meeting.create({ data: { ...key, ...data } });
        if (!startsSeries(m)) return created;
        return tx.meeting.update({ where: { id: created.id }, data: { seriesId: created.id } });
      },
      () => tx.meeting.update({ where, data: { ...data, version: { increment: 1 } } }),
    );
    meetingIds.set(at(m), row.id);
  }
}
