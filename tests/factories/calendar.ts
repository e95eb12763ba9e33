import type { Prisma } from "@/generated/prisma-sqlite/client";
import type { DbTx } from "@/server/data/database";
import { nextNumber } from "./unique";

const DAY = 24 * 60 * 60 * 1000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const timeOf = (n: number) => `${String(Math.floor(n / 60) % 24).padStart(2, "0")}:${String(n % 60).padStart(2, "0")}`;

/**
 * A meeting of the board. Without a `date`, a Sunday (no seeded meeting is on one) that has happened:
 * 1 November 2026, a week earlier for every 1,440 meetings made; without a `startTime`, a minute of the
 * day that no earlier call used, so defaults never collide.
 */
export function makeMeeting(db: DbTx, fields: { boardId: string } & Partial<Prisma.MeetingUncheckedCreateInput>) {
  const n = nextNumber();
  return db.meeting.create({
    data: { date: addDays("2026-11-01", -7 * Math.floor(n / 1440)), startTime: timeOf(n), ...fields },
  });
}

/**
 * A planned item of the duty in the reporting cycle, due by default on 31 December 2026 (window from
 * 1 September), with no recipient and sequence 1 of 1.
 */
export function makeCalendarItem(
  db: DbTx,
  fields: { obligationId: string; cycleId: string } & Partial<Prisma.CalendarItemUncheckedCreateInput>,
) {
  return db.calendarItem.create({
    data: {
      recipientKey: "none",
      sequence: 1,
      sequenceIndex: 1,
      sequenceOf: 1,
      windowStart: "2026-09-01",
      windowEnd: "2026-12-31",
      dueOn: "2026-12-31",
      ...fields,
    },
  });
}

/**
 * An entry in an item's log written directly, as it stands, without the workflow's checks or the
 * item's status change (make those through the item services when the test is about them). By default
 * a note on 2 November 2026.
 */
export function makeLogEntry(
  db: DbTx,
  fields: { itemId: string; actorId: string } & Partial<Prisma.ItemLogEntryUncheckedCreateInput>,
) {
  return db.itemLogEntry.create({ data: { action: "note", occurredOn: "2026-11-02", ...fields } });
}

/** Evidence on a log entry: by default a link with a unique address; `kind: "file"` gets a stored PDF's details. */
export function makeEvidence(db: DbTx, fields: { logEntryId: string } & Partial<Prisma.EvidenceUncheckedCreateInput>) {
  const n = nextNumber();
  const defaults =
    fields.kind === "file"
      ? {
          fileName: `evidence-${n}.pdf`,
          contentType: "application/pdf",
          sizeBytes: 1200,
          storageKey: `test/evidence-${process.pid}-${n}`,
        }
      : { kind: "link", url: `https://example.org/evidence-${process.pid}-${n}.pdf` };
  return db.evidence.create({ data: { kind: "link", ...defaults, ...fields } });
}
