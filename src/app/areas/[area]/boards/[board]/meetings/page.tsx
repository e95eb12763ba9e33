import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { formatCivilDateWithDay } from "@/lib/dates";
import { orNotFound, pageReader } from "@/server/auth/page";
import { listBoardMeetings } from "@/server/features/meetings/list-board-meetings";
import { AddMeetingForm } from "../add-meeting-form";

export const metadata: Metadata = { title: "Meetings" };

type Params = { params: Promise<{ area: string; board: string }> };
type Row = Awaited<ReturnType<typeof listBoardMeetings>>["upcoming"][number];

/** A board's meetings, past and future (cancelled ones marked); the secretariat adds one or a series. */
export default async function MeetingsPage({ params }: Params) {
  const { area: slug, board: rawKey } = await params;
  const key = decodeURIComponent(rawKey);
  const page = await orNotFound(listBoardMeetings(await pageReader(), slug, key));
  const base = `/areas/${slug}/boards/${encodeURIComponent(key)}`;
  return (
    <>
      <PageHeader caption={`${page.board.name} (${page.board.key})`} title="Meetings">
        Every meeting of the board. Open a meeting to see what is due at it and to print its list of items.
      </PageHeader>
      <p className="mb-6">
        <Link className="text-brand underline" href={base}>
          Back to the board
        </Link>
      </p>
      {page.manage && (
        <div className="mb-8">
          <p className="mb-4 text-xl">
            <Link className="font-bold text-brand underline" href={`${base}/meetings/series`}>
              Add a series of meetings
            </Link>
          </p>
          <details>
            <summary className="min-h-11 cursor-pointer py-2 text-lg text-brand underline">Add one meeting</summary>
            <AddMeetingForm boardId={page.board.id} returnTo={`${base}/meetings`} />
          </details>
        </div>
      )}
      <SectionHeading>Coming up</SectionHeading>
      <Meetings caption={`Coming meetings of ${page.board.key}`} rows={page.upcoming} slug={slug} />
      <SectionHeading>Past meetings</SectionHeading>
      <Meetings caption={`Past meetings of ${page.board.key}`} rows={page.past} slug={slug} />
    </>
  );
}

function Meetings({ caption, rows, slug }: { caption: string; rows: Row[]; slug: string }) {
  if (rows.length === 0) return <p className="mb-6">None.</p>;
  return (
    <Table caption={caption} captionHidden head={["Date", "Time", "Location", "Status", "Items planned", "Received"]}>
      {rows.map((m) => (
        <tr key={m.id}>
          <Td header>
            <Link className="text-brand underline" href={`/areas/${slug}/meetings/${m.id}`}>
              {formatCivilDateWithDay(m.date)}
            </Link>
          </Td>
          <Td>{m.startTime}</Td>
          <Td>{m.location ?? "—"}</Td>
          <Td>
            {m.cancelled ? (
              <>
                <Tag tone="red">Cancelled</Tag>
                {m.cancelReason && <span className="block text-muted">{m.cancelReason}</span>}
              </>
            ) : (
              <Tag tone="green">Going ahead</Tag>
            )}
          </Td>
          <Td>{m.items}</Td>
          <Td>{m.received}</Td>
        </tr>
      ))}
    </Table>
  );
}
