import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { Table, Td } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { formatCivilDate, formatCivilDateWithDay, londonToday, monthName } from "@/lib/dates";
import { describeCadence } from "@/lib/describe-cadence";
import { orNotFound, pageReader } from "@/server/auth/page";
import { RuleChecks } from "@/components/rules/rule-checks";
import { checkMembershipRules } from "@/server/features/membership/check-membership-rules";
import { getBoard } from "@/server/features/boards/get-board";
import { listObligations } from "@/server/features/protocols/list-obligations";
import { AddMeetingForm } from "./add-meeting-form";

type Params = { params: Promise<{ area: string; board: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { board } = await params;
  return { title: decodeURIComponent(board) };
}

export default async function BoardPage({ params }: Params) {
  const { area: slug, board: rawKey } = await params;
  const key = decodeURIComponent(rawKey);
  const reader = await pageReader();
  const { area, board, members, meetings, protocols, permissions } = await orNotFound(getBoard(reader, slug, key));
  const obligations = await listObligations(reader, slug);
  const checks = (await checkMembershipRules(reader, slug)).filter((c) => c.boardIds.includes(board.id));
  const owes = obligations.filter((o) => o.from.some((p) => p.type === "board" && p.key === key));
  const owed = obligations.filter((o) => o.to.some((p) => p.type === "board" && p.key === key));
  const returnTo = `/areas/${slug}/boards/${encodeURIComponent(key)}`;
  return (
    <>
      <PageHeader caption={area.name} title={`${board.name} (${board.key})`} />
      {board.archived && (
        <p className="mb-6 text-xl">
          <Tag>Archived</Tag> This board is archived: its history stays readable.
        </p>
      )}
      {permissions.manageBoard && (
        <p className="mb-6 text-xl">
          <Link className="font-bold text-brand underline" href={`${returnTo}/edit`}>
            Edit the board
          </Link>
        </p>
      )}
      <p className="mb-6 text-xl">
        <Link className="font-bold text-brand underline" href={`${returnTo}/calendar`}>
          Calendar: what this board owes and is owed this year
        </Link>
      </p>
      {permissions.raiseChallenge && (
        <p className="mb-6 text-xl">
          <Link className="font-bold text-brand underline" href={`/areas/${slug}/challenges/new?from=${board.id}`}>
            Raise a challenge from this board
          </Link>
        </p>
      )}
      <SummaryList
        rows={[
          { key: "Kind", value: board.kind },
          {
            key: "Statutory basis",
            value: board.statutory ? (board.statutoryBasis ?? "Statutory") : "Non-statutory partnership",
          },
          { key: "Chair", value: board.independentChair ? "Independent chair" : "Chaired by a member" },
          { key: "Reporting year", value: `Starts 1 ${monthName(board.yearStartMonth)}` },
          { key: "Areas", value: board.areas.join(" and ") },
          ...(board.contact ? [{ key: "Contact", value: board.contact }] : []),
          ...(board.notes ? [{ key: "Notes", value: board.notes }] : []),
        ]}
      />

      <SectionHeading>Members</SectionHeading>
      <Table
        caption={`Current members of ${board.key}`}
        captionHidden
        head={["Name", "Capacity", "Posts", "Representing", "Since"]}
      >
        {members.map((m) => (
          <tr key={m.id}>
            <Td header>{m.person}</Td>
            <Td>
              {m.capacity}
              {m.source && <span className="block text-muted">Protocol clause {m.source}</span>}
            </Td>
            <Td>{m.posts.join("; ") || "—"}</Td>
            <Td>{m.organisation}</Td>
            <Td>{formatCivilDate(m.startsOn)}</Td>
          </tr>
        ))}
      </Table>

      {permissions.manageMembers && (
        <p className="mb-6">
          <Link className="text-brand underline" href={`${returnTo}/members`}>
            Manage members
          </Link>
        </p>
      )}

      <SectionHeading>Terms ending in the next 90 days</SectionHeading>
      {members.some((m) => m.endingSoon) ? (
        <ul className="mb-6 list-disc pl-6">
          {members
            .filter((m) => m.endingSoon)
            .map((m) => (
              <li key={m.id}>
                {m.person}, {m.capacity}: ends {formatCivilDate(m.endsOn!)}
              </li>
            ))}
        </ul>
      ) : (
        <p className="mb-6">None.</p>
      )}

      <SectionHeading>Vacancies against the protocols</SectionHeading>
      {checks.some((c) => c.boardIds[0] === board.id && c.status !== "met") ? (
        <ul className="mb-6 list-disc pl-6">
          {checks
            .filter((c) => c.boardIds[0] === board.id && c.status !== "met")
            .map((c, i) => (
              <li key={`${c.clause}-${i}`}>{c.explanation}</li>
            ))}
        </ul>
      ) : (
        <p className="mb-6">None: every seat the protocols require on this board is filled.</p>
      )}

      <SectionHeading>Membership rules, checked today</SectionHeading>
      <RuleChecks caption={`Membership rules about ${board.key}`} checks={checks} />

      <SectionHeading>Meetings</SectionHeading>
      {meetings.length === 0 ? (
        <p>No meetings are scheduled.</p>
      ) : (
        <Table caption={`Meetings of ${board.key}`} captionHidden head={["Date", "Time", "Location", "Status"]}>
          {meetings.map((m) => (
            <tr key={m.id}>
              <Td header>
                <Link className="text-brand underline" href={`/areas/${slug}/meetings/${m.id}`}>
                  {formatCivilDateWithDay(m.date)}
                </Link>
              </Td>
              <Td>{m.startTime}</Td>
              <Td>{m.location ?? "—"}</Td>
              <Td>{m.cancelled ? <Tag tone="red">Cancelled</Tag> : "—"}</Td>
            </tr>
          ))}
        </Table>
      )}
      <p className="mb-6">
        <Link className="text-brand underline" href={`${returnTo}/meetings`}>
          {permissions.manageMeetings ? "Meetings: add a series, move or cancel a meeting" : "All meetings"}
        </Link>
      </p>
      {permissions.manageMeetings && (
        <details className="mb-8">
          <summary className="min-h-11 cursor-pointer py-2 text-lg text-brand underline">Add a meeting</summary>
          <AddMeetingForm boardId={board.id} returnTo={returnTo} />
        </details>
      )}

      <SectionHeading>Duties this board owes</SectionHeading>
      <DutyTable caption={`Duties ${board.key} owes`} rows={owes} slug={slug} counterparty="to" />
      <SectionHeading>Duties owed to this board</SectionHeading>
      <DutyTable caption={`Duties owed to ${board.key}`} rows={owed} slug={slug} counterparty="from" />

      <SectionHeading>Protocols</SectionHeading>
      <ul className="list-disc pl-6">
        {protocols.map((p) => (
          <li key={p.id}>
            <Link className="text-brand underline" href={`/areas/${slug}/protocols/${p.id}`}>
              {p.title}
            </Link>{" "}
            (version {p.version}) <Tag tone={p.status === "agreed" ? "green" : "grey"}>{p.status}</Tag>
          </li>
        ))}
      </ul>
    </>
  );
}

function DutyTable({
  caption,
  rows,
  slug,
  counterparty,
}: {
  caption: string;
  rows: Awaited<ReturnType<typeof listObligations>>;
  slug: string;
  counterparty: "to" | "from";
}) {
  if (rows.length === 0) return <p className="mb-6">None.</p>;
  return (
    <Table
      caption={caption}
      captionHidden
      head={["Clause", "Duty", counterparty === "to" ? "Owed to" : "Owed by", "When"]}
    >
      {rows.map((o) => (
        <tr key={o.id}>
          <Td header>
            <Link className="text-brand underline" href={`/areas/${slug}/obligations#obligation-${o.id}`}>
              {o.clause}
            </Link>
          </Td>
          <Td>{o.summary}</Td>
          <Td>{(counterparty === "to" ? o.to : o.from).map((p) => p.key).join(", ") || "—"}</Td>
          <Td>{describeCadence(o.cadence, { today: londonToday(new Date()), comesAfter: o.comesAfter })}</Td>
        </tr>
      ))}
    </Table>
  );
}
