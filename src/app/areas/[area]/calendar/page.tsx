import type { Metadata } from "next";
import Link from "next/link";
import { Tag } from "@/components/ui/tag";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { cycleLabel, cycleStartYear, formatCivilDateWithDay, monthName } from "@/lib/dates";
import { orNotFound, pageReader } from "@/server/auth/page";
import { viewerCan } from "@/server/authz/load-viewer";
import { listAreaMeetings } from "@/server/features/meetings/list-area-meetings";

export const metadata: Metadata = { title: "Calendar" };

/** The area's meeting calendar, month by month. Dated duties join it when the calendar engine lands. */
export default async function CalendarPage({ params }: { params: Promise<{ area: string }> }) {
  const { area: slug } = await params;
  const reader = await pageReader();
  const { area, meetings } = await orNotFound(listAreaMeetings(reader, slug));
  const boards = await reader.db.board.findMany({
    where: { areas: { some: { areaId: area.id } }, archivedAt: null },
    include: { areas: true },
  });
  const canGenerateAll = boards.length > 0 && boards.every((b) => viewerCan(reader.viewer, "calendar:generate", b));
  const months = new Map<string, typeof meetings>();
  for (const m of meetings) {
    const key = m.date.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), m]);
  }
  const years = [...new Set(meetings.map((m) => cycleStartYear(m.date)))];
  return (
    <>
      <PageHeader caption={area.name} title="Calendar">
        Board meetings in {area.name}
        {years.length > 0 && <> for {years.map((y) => `FY${cycleLabel(y)}`).join(", ")}</>}, by month.
      </PageHeader>
      {canGenerateAll && (
        <p className="no-print mb-6">
          <Link className="font-bold text-brand underline" href={`/areas/${slug}/calendar/generate`}>
            Generate this year&apos;s calendar for every board in {area.name}
          </Link>
        </p>
      )}
      <p className="mb-6">
        Each board&apos;s duties, month by month, are on its own calendar page (Boards, then the board).
      </p>
      {meetings.length === 0 && <p>No meetings are scheduled.</p>}
      {[...months.entries()].map(([month, list]) => {
        const [y, m] = month.split("-").map(Number) as [number, number];
        return (
          <Table key={month} caption={`${monthName(m)} ${y}`} head={["Date", "Time", "Board", "Location"]}>
            {list.map((meeting) => (
              <tr key={meeting.id}>
                <Td header>
                  <Link className="text-brand underline" href={`/areas/${slug}/meetings/${meeting.id}`}>
                    {formatCivilDateWithDay(meeting.date)}
                  </Link>
                  {meeting.cancelled && (
                    <span className="block">
                      <Tag tone="red">Cancelled</Tag>
                    </span>
                  )}
                </Td>
                <Td>{meeting.startTime}</Td>
                <Td>
                  <Link
                    className="text-brand underline"
                    href={`/areas/${slug}/boards/${encodeURIComponent(meeting.boardKey)}`}
                  >
                    {meeting.boardName}
                  </Link>
                </Td>
                <Td>{meeting.location ?? "—"}</Td>
              </tr>
            ))}
          </Table>
        );
      })}
    </>
  );
}
