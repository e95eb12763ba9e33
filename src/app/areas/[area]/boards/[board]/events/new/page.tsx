import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { londonToday } from "@/lib/dates";
import { orNotFound, pageReader } from "@/server/auth/page";
import { workflowEnv } from "@/server/core/env";
import { getBoard } from "@/server/features/boards/get-board";
import { authorizeBoard } from "@/server/authz/load-viewer";
import { listObligations } from "@/server/features/protocols/list-obligations";
import { RecordEventForm } from "./form";

export const metadata: Metadata = { title: "Record an event" };

/** "Record event" on a duty that arises when something happens: makes a dated item on the calendar. */
export default async function RecordEventPage({
  params,
  searchParams,
}: {
  params: Promise<{ area: string; board: string }>;
  searchParams: Promise<{ duty?: string }>;
}) {
  const { area, board: rawKey } = await params;
  const { duty } = await searchParams;
  const reader = await pageReader();
  const { board } = await orNotFound(getBoard(reader, area, decodeURIComponent(rawKey)));
  await orNotFound(authorizeBoard(reader.db, reader.viewer, board.id, "item:log"));
  const obligation = (await listObligations(reader, area)).find(
    (o) => o.id === duty && ["on-event", "as-needed", "standing"].includes(o.cadence.frequency),
  );
  if (!obligation || !obligation.from.some((f) => f.type === "board" && f.key === board.key)) notFound();
  const parties = await reader.db.obligationParty.findMany({
    where: { obligationId: obligation.id, role: "to" },
    orderBy: { position: "asc" },
    include: { board: true, post: true },
  });
  const recipients = parties.map((p) =>
    p.board
      ? { value: `board:${p.board.id}`, label: p.board.name }
      : { value: `post:${p.postId}`, label: p.post?.title ?? "Post" },
  );
  return (
    <>
      <PageHeader caption={`${board.name} (${board.key})`} title="Record an event">
        The event makes a dated item on the calendar, due by its closing date.
      </PageHeader>
      <SummaryList
        rows={[
          { key: "Duty", value: `${obligation.clause}: ${obligation.summary}` },
          { key: "When it applies", value: obligation.cadence.trigger ?? "As needed" },
          { key: "Owed to", value: recipients.map((r) => r.label).join("; ") || "—" },
        ]}
      />
      <div className="mt-8">
        <RecordEventForm
          area={area}
          boardId={board.id}
          obligationId={obligation.id}
          recipients={recipients}
          today={londonToday(new Date())}
          days={workflowEnv().CONSULTATION_DAYS}
        />
      </div>
    </>
  );
}
