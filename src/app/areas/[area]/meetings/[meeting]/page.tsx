import type { Metadata } from "next";
import Link from "next/link";
import { MeetingItems } from "@/components/meetings/meeting-items";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { Table, Td } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { formatCivilDate, formatCivilDateWithDay } from "@/lib/dates";
import { orNotFound, pageReader } from "@/server/auth/page";
import { getMeeting } from "@/server/features/meetings/get-meeting";
import { CancelMeetingForm, EditMeetingForm } from "./meeting-forms";

export const metadata: Metadata = { title: "Meeting" };

type Params = { params: Promise<{ area: string; meeting: string }> };

const ACTIONS: Record<string, string> = {
  receive: "Received",
  send: "Sent",
  close: "Closed",
  schedule: "Scheduled",
  waive: "Waived",
  defer: "Deferred",
  reverse: "Reversed",
};

/** A meeting: when and where, what is due at it, what the board owes around it, and what was received at it. */
export default async function MeetingPage({ params }: Params) {
  const { area: slug, meeting: id } = await params;
  const page = await orNotFound(getMeeting(await pageReader(), slug, id));
  const { meeting, board } = page;
  const boardBase = `/areas/${slug}/boards/${encodeURIComponent(board.key)}`;
  return (
    <>
      <PageHeader caption={`${board.name} (${board.key})`} title={`Meeting on ${formatCivilDateWithDay(meeting.date)}`}>
        {meeting.cancelled ? null : "What is due at this meeting, and what was received at it."}
      </PageHeader>
      {meeting.cancelled && (
        <div className="mb-6 max-w-3xl border-4 border-danger p-4" role="note" aria-label="Cancelled">
          <p className="text-xl font-bold">This meeting is cancelled.</p>
          {meeting.cancelReason && <p>Reason: {meeting.cancelReason}</p>}
          <p>Items planned on it are flagged in the calendar and re-planned at the next generation.</p>
        </div>
      )}
      <SummaryList
        rows={[
          { key: "Date", value: formatCivilDateWithDay(meeting.date) },
          { key: "Time", value: meeting.startTime },
          { key: "Location", value: meeting.location ?? "Not given" },
          {
            key: "Status",
            value: meeting.cancelled ? (
              <Tag tone="red">Cancelled</Tag>
            ) : meeting.past ? (
              <Tag tone="grey">Held</Tag>
            ) : (
              <Tag tone="green">Going ahead</Tag>
            ),
          },
          ...(meeting.seriesId ? [{ key: "Series", value: "Added as part of a series" }] : []),
        ]}
      />
      <nav aria-label="Meeting links" className="mb-8 flex flex-wrap gap-6 text-lg">
        <Link className="font-bold text-brand underline" href={`/areas/${slug}/meetings/${meeting.id}/print`}>
          Printable list of statutory items
        </Link>
        <Link className="text-brand underline" href={`${boardBase}/meetings`}>
          All meetings of {board.key}
        </Link>
        <Link className="text-brand underline" href={boardBase}>
          {board.name}
        </Link>
      </nav>

      <SectionHeading>Due at this meeting</SectionHeading>
      <p className="mb-4 max-w-3xl">Reports, consultations and reviews to be presented to {board.key} here.</p>
      <MeetingItems caption="Items due at this meeting" items={page.incoming} slug={slug} />
      {page.joint.length > 0 && (
        <>
          <SectionHeading>Joint duties planned here</SectionHeading>
          <MeetingItems caption="Joint duties planned at this meeting" items={page.joint} slug={slug} />
        </>
      )}

      <SectionHeading>Due from {board.key} before its next meeting</SectionHeading>
      <p className="mb-4 max-w-3xl">
        What {board.key} owes other boards, falling due from this meeting
        {page.nextMeetingOn
          ? ` until its next meeting on ${formatCivilDate(page.nextMeetingOn)}`
          : ` until ${formatCivilDate(page.owedUntil)}`}
        : papers this meeting may need to agree or send.
      </p>
      <MeetingItems caption={`Items ${board.key} owes around this meeting`} items={page.outgoing} slug={slug} />

      <SectionHeading>Received at this meeting</SectionHeading>
      {page.received.length === 0 ? (
        <p className="mb-6">Nothing has been logged against this meeting.</p>
      ) : (
        <Table caption="Logged at this meeting" captionHidden head={["Date", "What", "Duty", "Minute", "By"]}>
          {page.received.map((e) => (
            <tr key={e.id}>
              <Td header>{formatCivilDate(e.occurredOn)}</Td>
              <Td>{ACTIONS[e.action] ?? e.action}</Td>
              <Td>
                {e.item?.id ? (
                  <Link className="text-brand underline" href={`/areas/${slug}/items/${e.item.id}`}>
                    {e.item.clause} {e.item.title}
                  </Link>
                ) : (
                  "—"
                )}
              </Td>
              <Td>{e.minuteRef ?? "—"}</Td>
              <Td>{e.actor}</Td>
            </tr>
          ))}
        </Table>
      )}

      {page.manage && !meeting.cancelled && (
        <>
          <SectionHeading>Change this meeting</SectionHeading>
          <details className="mb-4">
            <summary className="min-h-11 cursor-pointer py-2 text-lg text-brand underline">
              Move it, or change its time or location
            </summary>
            <EditMeetingForm meeting={meeting} area={slug} />
          </details>
          <details className="mb-8">
            <summary className="min-h-11 cursor-pointer py-2 text-lg text-brand underline">Cancel the meeting</summary>
            <CancelMeetingForm meeting={meeting} area={slug} />
          </details>
        </>
      )}
    </>
  );
}
