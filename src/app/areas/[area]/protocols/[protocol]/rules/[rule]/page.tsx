import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, pageReader } from "@/server/auth/page";
import { boardKeyIn } from "@/server/core/board-key";
import { findArea } from "@/server/features/areas/find-area";
import { listCapacities } from "@/server/features/vocabularies/capacities";
import { viewerCan } from "@/server/authz/load-viewer";
import type { Offset } from "@/lib/schemas/cadence";
import type { RuleInput } from "@/lib/schemas/rule";
import { cadenceFields } from "@/server/features/protocols/cadence-from-row";
import { partyPostWhere } from "@/server/features/protocols/rule-draft";
import { loadProposal, ruleOfProposal } from "@/server/features/protocol-import/review-proposal";
import { RuleStateForm } from "../../rule-state-form";
import { RuleEditor, type RuleState } from "./rule-editor";

/** The editor's membership fields for a saved rule, or empty for a new one. */
function membershipState(
  rule: {
    subjectPostId: string | null;
    subjectBoardId: string | null;
    subjectCapacity: string | null;
    boardId: string;
    capacity: string | null;
  } | null,
) {
  return {
    subjectType: rule ? (rule.subjectPostId ? "post" : "board-capacity") : "",
    subjectPostId: rule?.subjectPostId ?? "",
    subjectBoardId: rule?.subjectBoardId ?? "",
    subjectCapacity: rule?.subjectCapacity ?? "",
    memberBoardId: rule?.boardId ?? "",
    memberCapacity: rule?.capacity ?? "",
  };
}

/** The editor's fields for the decision-019 parts of a cadence (blank defaults for a new rule). */
function cadenceState(raw: Record<string, unknown>) {
  const c = raw as {
    quarter?: number;
    deadline?: { month: number; day: number } | { from: string; offset: Offset };
    duration?: { amount: number; unit: string };
    months?: number[];
    day?: number;
    every?: number;
    unit?: string;
    anchorIsOccurrence?: boolean;
    precision?: string;
    meetingsOf?: string;
    offset?: Offset;
    which?: string;
    after?: { month: number; day: number };
    atNextMeeting?: boolean;
  };
  const deadline = c.deadline;
  const offset = c.offset ?? (deadline && "offset" in deadline ? deadline.offset : undefined);
  const text = (n: number | undefined) => (n === undefined ? "" : String(n));
  return {
    annualMode: c.quarter
      ? "quarter"
      : !deadline
        ? "window"
        : "month" in deadline
          ? "deadline-day"
          : deadline.from === "cycle-start"
            ? "deadline-start"
            : "deadline-end",
    quarter: text(c.quarter),
    deadlineMonth: deadline && "month" in deadline ? String(deadline.month) : "",
    deadlineDay: deadline && "month" in deadline ? String(deadline.day) : "",
    timing:
      raw.frequency === "follows"
        ? c.atNextMeeting
          ? "next-meeting"
          : c.offset
            ? "offset"
            : "done"
        : c.offset
          ? "offset"
          : "at",
    offsetAmount: text(offset?.amount),
    offsetUnit: offset?.unit ?? "working-days",
    offsetDirection: offset?.direction ?? "after",
    offsetClear: offset?.clear ?? false,
    durationAmount: text(c.duration?.amount),
    durationUnit: c.duration?.unit ?? "days",
    months: (c.months ?? []).map(String),
    day: text(c.day),
    every: text(c.every),
    unit: c.unit ?? "years",
    anchorIsOccurrence: c.anchorIsOccurrence ?? false,
    precision: c.precision ?? "day",
    meetingsOf: c.meetingsOf ?? "",
    which: c.which ?? "last",
    afterMonth: text(c.after?.month),
    afterDay: text(c.after?.day),
  };
}

/** The editor's fields for a rule a reader proposed (issue 12): its parties as the editor keys them, its cadence as typed. */
function proposalState(input: RuleInput): RuleState {
  const c = input.cadence as Record<string, unknown> & {
    frequency: string;
    window?: { fromMonth?: number; toMonth?: number } | null;
    minPerYear?: number | null;
    trigger?: string | null;
    afterMeetingsOf?: string | null;
    daysAfter?: number | null;
    anchorDate?: string | null;
  };
  const keyOf = (p: { type: string; id: string }) => `${p.type}:${p.id}`;
  const text = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));
  const m = input.membership;
  return {
    clauseId: input.clauseId,
    kind: input.kind,
    summary: input.summary,
    modality: input.modality,
    from: input.from.map(keyOf),
    to: (input.to ?? []).map(keyOf),
    frequency: c.frequency,
    fromMonth: text(c.window?.fromMonth),
    toMonth: text(c.window?.toMonth),
    minPerYear: text(c.minPerYear),
    trigger: c.trigger ?? "",
    afterMeetingsOf: c.afterMeetingsOf ?? "",
    daysAfter: text(c.daysAfter),
    anchorDate: c.anchorDate ?? "",
    comesAfterId: input.comesAfterId ?? "",
    ...cadenceState(c),
    ...membershipState(
      m
        ? {
            subjectPostId: m.subjectType === "post" ? (m.subjectPostId ?? null) : null,
            subjectBoardId: m.subjectType === "board-capacity" ? (m.subjectBoardId ?? null) : null,
            subjectCapacity: m.subjectCapacity ?? null,
            boardId: m.boardId,
            capacity: m.capacity ?? null,
          }
        : null,
    ),
  };
}

const proposalQuote = (stored: Awaited<ReturnType<typeof ruleOfProposal>>["stored"]) =>
  stored.type === "duty" ? stored.duty.quote : stored.rule.quote;

export const metadata: Metadata = { title: "Edit rule" };

export default async function RuleEditPage({
  params,
  searchParams,
}: {
  params: Promise<{ area: string; protocol: string; rule: string }>;
  /**
   * `clause`: for a new rule, the clause it comes from (the "Add a duty" link of each clause).
   * `proposal`: a new rule filled in from a reader's proposal (issue 12's review page, "Edit").
   */
  searchParams: Promise<{ clause?: string | string[]; proposal?: string | string[] }>;
}) {
  const { area: slug, protocol: protocolId, rule } = await params;
  const { clause: chosenClause, proposal: proposalId } = await searchParams;
  const reader = await pageReader();
  const area = await orNotFound(findArea(reader, slug));
  const protocol = await reader.db.protocol.findUnique({
    where: { id: protocolId },
    include: {
      clauses: { orderBy: { position: "asc" } },
      parties: { include: { board: { include: { areas: true } } } },
    },
  });
  if (
    !protocol ||
    protocol.status !== "draft" ||
    !protocol.parties.every((p) => viewerCan(reader.viewer, "protocol:manage", p.board))
  )
    notFound();
  const existing =
    rule === "new"
      ? null
      : await reader.db.obligation.findFirst({
          where: { id: rule, protocolId },
          include: {
            parties: { orderBy: [{ role: "asc" }, { position: "asc" }] },
            afterMeetingsOf: { include: { areas: true } },
            membershipRule: true,
          },
        });
  if (rule !== "new" && !existing) notFound();
  // A proposal still to review, of this draft: the editor opens filled in from it, and saving marks it edited.
  const proposal =
    rule === "new" && typeof proposalId === "string"
      ? await loadProposal(reader.db, reader.viewer, proposalId).catch(() => null)
      : null;
  if (typeof proposalId === "string" && (!proposal || proposal.row.protocolId !== protocol.id)) notFound();
  const proposed =
    proposal && proposal.row.status === "unreviewed"
      ? await ruleOfProposal(
          reader.db,
          proposal.row,
          protocol.parties.map((p) => p.boardId),
        )
      : null;
  const keyIn = (b: Parameters<typeof boardKeyIn>[0]) => boardKeyIn(b, area.id);
  const boards = protocol.parties.map((p) => ({
    type: "board" as const,
    id: p.boardId,
    label: `${keyIn(p.board)}: ${p.board.name}`,
  }));
  const posts = await reader.db.post.findMany({
    where: partyPostWhere(
      protocol.parties.map((p) => p.boardId),
      [...new Set(protocol.parties.flatMap((p) => p.board.areas.map((a) => a.areaId)))],
    ),
    orderBy: { title: "asc" },
  });
  const capacities = await listCapacities(reader.db);
  // A saved rule naming a capacity no longer in the table still shows it, rather than an empty choice.
  for (const key of [existing?.membershipRule?.subjectCapacity, existing?.membershipRule?.capacity])
    if (key && !capacities.some((c) => c.value === key)) capacities.push({ value: key, label: key });
  const parties = [...boards, ...posts.map((p) => ({ type: "post" as const, id: p.id, label: `Post: ${p.title}` }))];
  const keyOf = (p: { boardId: string | null; postId: string | null }) =>
    p.boardId ? `board:${p.boardId}` : `post:${p.postId}`;
  const initial: RuleState = proposed
    ? proposalState(proposed.rule.input)
    : existing
      ? {
          clauseId: existing.clauseId,
          kind: existing.kind,
          summary: existing.summary,
          modality: existing.modality,
          from: existing.parties.filter((p) => p.role === "from").map(keyOf),
          to: existing.parties.filter((p) => p.role === "to").map(keyOf),
          frequency: existing.frequency,
          fromMonth: existing.windowFromMonth ? String(existing.windowFromMonth) : "",
          toMonth: existing.windowToMonth ? String(existing.windowToMonth) : "",
          minPerYear: existing.minPerYear ? String(existing.minPerYear) : "",
          trigger: existing.triggerText ?? "",
          afterMeetingsOf: existing.afterMeetingsOf ? keyIn(existing.afterMeetingsOf) : "",
          daysAfter: existing.daysAfter !== null ? String(existing.daysAfter) : "",
          anchorDate: existing.anchorDate ?? "",
          comesAfterId: existing.comesAfterId ?? "",
          ...cadenceState(cadenceFields(existing, existing.afterMeetingsOf ? keyIn(existing.afterMeetingsOf) : null)),
          ...membershipState(existing.membershipRule),
        }
      : {
          ...membershipState(null),
          clauseId: protocol.clauses.find((c) => c.id === chosenClause)?.id ?? protocol.clauses[0]?.id ?? "",
          kind: "report",
          summary: "",
          modality: "will",
          from: [],
          to: [],
          frequency: "annual",
          fromMonth: "",
          toMonth: "",
          minPerYear: "",
          trigger: "",
          afterMeetingsOf: "",
          daysAfter: "",
          anchorDate: "",
          comesAfterId: "",
          ...cadenceState({ frequency: "annual" }),
        };
  // "Comes after": the draft's other live duties (a duty cannot come after itself).
  const others = (
    await reader.db.obligation.findMany({
      where: { protocolId: protocol.id, retiredAt: null, kind: { not: "membership" }, id: { not: existing?.id } },
      include: { clause: true },
      orderBy: { position: "asc" },
    })
  ).map((o) => ({ id: o.id, label: `${o.clause.ref}: ${o.summary}` }));
  const returnTo = `/areas/${slug}/protocols/${protocol.id}${proposal ? "/review" : ""}`;
  if (existing?.retiredAt) {
    return (
      <>
        <PageHeader caption={`${protocol.title}, version ${protocol.version} (draft)`} title="A retired rule">
          “{existing.summary}” is retired on this draft: it will not reach the calendar or the membership checks.
          Restore it to edit it.
        </PageHeader>
        <RuleStateForm
          protocolId={protocol.id}
          obligationId={existing.id}
          updatedAt={existing.updatedAt.toISOString()}
          summary={existing.summary}
          retired
        />
        <p className="mt-6">
          <Link className="text-brand underline" href={returnTo}>
            Back to the protocol
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader
        caption={`${protocol.title}, version ${protocol.version} (draft)`}
        title={existing ? "Edit a rule" : proposal ? "Edit the proposed rule" : "Add a rule"}
      >
        {proposal && !proposed && (
          <p className="mb-2 font-bold">
            That proposal has already been {proposal.row.status}: this is a new rule, not filled in from it.
          </p>
        )}
        {proposed && (
          <p className="mb-2">
            Filled in from the rule proposed from clause {proposal!.row.clauseRef}: “{proposalQuote(proposed.stored)}”.
          </p>
        )}
        The preview shows, as you type, the items this rule would produce this year. Nothing is saved until you save.
      </PageHeader>
      <RuleEditor
        protocolId={protocol.id}
        obligationId={existing?.id}
        updatedAt={existing?.updatedAt.toISOString()}
        proposalId={proposed ? proposal!.row.id : undefined}
        initial={initial}
        clauses={protocol.clauses.map((c) => ({ id: c.id, ref: c.ref }))}
        parties={parties}
        boardKeys={protocol.parties.map((p) => keyIn(p.board))}
        others={others}
        capacities={capacities}
        returnTo={returnTo}
      />
    </>
  );
}
