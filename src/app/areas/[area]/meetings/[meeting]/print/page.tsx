import type { Metadata } from "next";
import Link from "next/link";
import { MeetingItems } from "@/components/meetings/meeting-items";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { formatCivilDate, formatCivilDateWithDay, londonToday } from "@/lib/dates";
import { orNotFound, pageReader } from "@/server/auth/page";
import { getMeeting } from "@/server/features/meetings/get-meeting";

export const metadata: Metadata = { title: "Meeting: statutory items" };

/** A meeting's statutory items for the papers: what the protocols require at it, printable (as the forward plan). */
export default async function MeetingPrintPage({ params }: { params: Promise<{ area: string; meeting: string }> }) {
  const { area: slug, meeting: id } = await params;
  const page = await orNotFound(getMeeting(await pageReader(), slug, id));
  const { meeting, board } = page;
  return (
    <>
      <PageHeader
        caption={`${board.name} (${board.key})`}
        title={`Statutory items: meeting on ${formatCivilDateWithDay(meeting.date)}`}
      >
        {meeting.startTime}
        {meeting.location ? `, ${meeting.location}` : ""}.{meeting.cancelled ? " This meeting is cancelled." : ""}{" "}
        Printed on {formatCivilDate(londonToday(new Date()))}.
      </PageHeader>
      <div className="no-print mb-8 max-w-3xl">
        <p className="mb-3">
          <strong>Print:</strong> use your browser&apos;s Print command (Ctrl+P, or ⌘P on a Mac). The printout leaves
          out the navigation.
        </p>
        <Link className="text-brand underline" href={`/areas/${slug}/meetings/${meeting.id}`}>
          Back to the meeting
        </Link>
      </div>
      <section aria-labelledby="due-here">
        <SectionHeading id="due-here">Due at this meeting</SectionHeading>
        <MeetingItems
          caption="Items due at this meeting"
          items={[...page.incoming, ...page.joint]}
          slug={slug}
          links={false}
        />
      </section>
      <section aria-labelledby="owed" className="print:break-before-page">
        <SectionHeading id="owed">Due from {board.key} before its next meeting</SectionHeading>
        <MeetingItems
          caption={`Items ${board.key} owes around this meeting`}
          items={page.outgoing}
          slug={slug}
          links={false}
        />
      </section>
    </>
  );
}
