import Link from "next/link";
import { ItemList, ItemTable } from "@/components/dashboard/item-table";
import { OnTimeChart } from "@/components/dashboard/on-time-chart";
import { RuleChecks } from "@/components/rules/rule-checks";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { BUCKETS, BUCKET_LABELS } from "@/domain/dashboard";
import { cycleLabel, formatCivilDate, formatCivilDateWithDay } from "@/lib/dates";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { checkMembershipRules } from "@/server/features/membership/check-membership-rules";
import { getHome } from "@/server/features/dashboard/get-home";
import type { ChairDashboard, Direction } from "@/server/features/dashboard/chair-dashboard";
import { listMyBoards } from "@/server/features/boards/list-my-boards";
import { listAreas } from "@/server/features/areas/list-areas";

const ROLE_LABEL: Record<string, string> = {
  secretariat: "Secretariat",
  chair: "Chair",
  member: "Member",
  administrator: "Administrator",
};
const CHALLENGE_STATUS: Record<string, string> = { open: "Open", responded: "Responded", escalated: "Escalated" };

export default async function HomePage() {
  const viewer = await requireUser();
  const [boards, areas, home] = await Promise.all([
    listMyBoards(db, viewer),
    listAreas({ db, viewer }),
    getHome({ db, viewer }),
  ]);
  // Chairs (and the secretariat) see the membership rules about their boards that are not met.
  const watched = viewer.grants
    .filter((g) => g.boardId && (g.role === "chair" || g.role === "secretariat"))
    .map((g) => g.boardId!);
  const watchedAreas = [
    ...new Set(boards.filter((b) => b.roles.some((r) => r === "chair" || r === "secretariat")).map((b) => b.areaSlug)),
  ];
  const attention = (await Promise.all(watchedAreas.map((a) => checkMembershipRules({ db, viewer }, a))))
    .flat()
    .filter((c) => c.status !== "met" && c.boardIds.some((id) => watched.includes(id)));
  return (
    <main id="main" className="py-10">
      <PageHeader title={`Welcome, ${viewer.name}`}>
        {home.isAdmin
          ? "You are an administrator: every area is open to you."
          : "Your boards, and the areas whose boards you work with."}
      </PageHeader>
      {boards.length > 0 && (
        <Table caption="Your boards" head={["Board", "Area", "Your role"]}>
          {boards.map((b) => (
            <tr key={`${b.areaSlug}-${b.key}`}>
              <Td header>
                <Link
                  className="text-brand underline"
                  href={`/areas/${b.areaSlug}/boards/${encodeURIComponent(b.key)}`}
                >
                  {b.name} ({b.key})
                </Link>
              </Td>
              <Td>{b.areaName}</Td>
              <Td>{b.roles.map((r) => ROLE_LABEL[r] ?? r).join(", ")}</Td>
            </tr>
          ))}
        </Table>
      )}

      {home.chair.map((d) => (
        <ChairSection key={d.board.id} d={d} />
      ))}

      {watched.length > 0 && (
        <>
          <SectionHeading>Membership rules needing attention</SectionHeading>
          {attention.length === 0 ? (
            <p className="mb-6">None: every membership rule about your boards is met today.</p>
          ) : (
            <RuleChecks caption="Membership rules needing attention" checks={attention} />
          )}
        </>
      )}

      {home.secretariat.map((s) => (
        <section key={s.board.id} aria-labelledby={`next-${s.board.id}`}>
          <SectionHeading id={`next-${s.board.id}`}>
            What {s.board.name} ({s.board.key}) must do next
          </SectionHeading>
          <p className="mb-4">
            <Link
              className="text-brand underline"
              href={`/areas/${s.board.areaSlug}/boards/${encodeURIComponent(s.board.key)}/calendar`}
            >
              Open the {s.board.key} calendar
            </Link>
          </p>
          <ItemList title={`${s.board.key}: overdue`} items={s.overdue} empty="Nothing the board owes is overdue." />
          <ItemList title={`${s.board.key}: to schedule`} items={s.toSchedule} empty="Every item has a meeting." />
          <ItemList
            title={`${s.board.key}: due in the next 30 days`}
            items={s.dueSoon}
            empty="Nothing the board owes falls due in the next 30 days."
          />
          <ItemList
            title={`${s.board.key}: sent, waiting to be marked received`}
            items={s.awaitingReceipt}
            empty="Nothing sent to the board is waiting to be marked received."
          />
        </section>
      ))}

      {home.member.map((m) => (
        <section key={m.board.id} aria-labelledby={`meetings-${m.board.id}`}>
          <SectionHeading id={`meetings-${m.board.id}`}>
            {m.board.name} ({m.board.key}): next meetings
          </SectionHeading>
          {m.meetings.length === 0 ? (
            <p className="mb-6">No meetings are planned yet.</p>
          ) : (
            m.meetings.map((meeting) => (
              <div key={meeting.id}>
                <h3 className="mt-6 mb-2 text-xl font-bold">
                  {formatCivilDateWithDay(meeting.date)} at {meeting.startTime}
                  {meeting.title ? `: ${meeting.title}` : ""}
                </h3>
                {meeting.location && <p className="mb-2">{meeting.location}</p>}
                {meeting.items.length === 0 ? (
                  <p className="mb-6">No items are planned for this meeting.</p>
                ) : (
                  <ItemTable
                    caption={`Items due at the ${m.board.key} meeting of ${formatCivilDate(meeting.date)}`}
                    captionHidden
                    items={meeting.items}
                    counterpartyHead="From or to"
                  />
                )}
              </div>
            ))
          )}
          <p className="mb-6">
            <Link
              className="text-brand underline"
              href={`/areas/${m.board.areaSlug}/boards/${encodeURIComponent(m.board.key)}/calendar`}
            >
              The {m.board.key} calendar
            </Link>
          </p>
        </section>
      ))}

      <SectionHeading>Areas</SectionHeading>
      <ul className="list-disc space-y-2 pl-6">
        {areas.map((a) => (
          <li key={a.slug}>
            <Link className="text-brand underline" href={`/areas/${a.slug}/boards`}>
              {a.name}
            </Link>{" "}
            ({a.boards} boards)
          </li>
        ))}
      </ul>
      {home.canReadAudit && (
        <>
          <SectionHeading>Administration</SectionHeading>
          <p>
            <Link className="text-brand underline" href="/admin">
              Administration: areas, boards, people, users and the audit log
            </Link>
          </p>
        </>
      )}
    </main>
  );
}

function ChairSection({ d }: { d: ChairDashboard }) {
  const key = d.board.key;
  const lastLabel = `FY${cycleLabel(d.lastYear, d.board.yearStartMonth)}`;
  const thisLabel = `FY${cycleLabel(d.thisYear, d.board.yearStartMonth)}`;
  return (
    <section aria-labelledby={`dashboard-${d.board.id}`}>
      <SectionHeading id={`dashboard-${d.board.id}`}>
        Chair&apos;s dashboard: {d.board.name} ({key})
      </SectionHeading>
      <p className="mb-6 max-w-3xl">
        As of {formatCivilDate(d.today)}, for {lastLabel} and {thisLabel}.{" "}
        <Link
          className="text-brand underline"
          href={`/areas/${d.board.areaSlug}/boards/${encodeURIComponent(key)}/calendar`}
        >
          Open the {key} calendar
        </Link>
      </p>
      <DirectionSection title={`Owed by ${key}`} direction={d.owedBy} counterpartyHead="Owed to" />
      <DirectionSection title={`Owed to ${key}`} direction={d.owedTo} counterpartyHead="Owed by" />
      <h3 className="mt-8 mb-3 text-xl font-bold">On time</h3>
      <p className="mb-4 max-w-3xl">
        Items sent on or before their due date, out of those sent or overdue. Waived items are not counted.
      </p>
      <OnTimeChart
        title={`${key} on-time rates`}
        lastLabel={lastLabel}
        thisLabel={thisLabel}
        rows={d.onTime.map((r) => ({
          label: r.direction === "owed-by" ? `Owed by ${key}` : `Owed to ${key}`,
          lastCycle: r.lastCycle,
          thisCycle: r.thisCycle,
        }))}
      />
      <h3 className="mt-8 mb-3 text-xl font-bold">Open challenges ({d.challenges.length})</h3>
      {d.challenges.length === 0 ? (
        <p className="mb-6">No open challenges from or to {key}.</p>
      ) : (
        <Table
          caption={`Open challenges from or to ${key}`}
          captionHidden
          head={["Challenge", "From", "To", "Response due", "Status"]}
        >
          {d.challenges.map((c) => (
            <tr key={c.id}>
              <Td header>
                <Link className="text-brand underline" href={c.href} prefetch={false}>
                  {c.subject}
                </Link>
                {c.clause && <span className="block text-muted">Clause {c.clause}</span>}
              </Td>
              <Td>{c.from}</Td>
              <Td>{c.to}</Td>
              <Td>{c.responseDueOn ? formatCivilDate(c.responseDueOn) : "No due date"}</Td>
              <Td>
                <Tag tone={c.status === "escalated" ? "red" : c.status === "responded" ? "blue" : "yellow"}>
                  {CHALLENGE_STATUS[c.status] ?? c.status}
                </Tag>
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}

function DirectionSection({
  title,
  direction,
  counterpartyHead,
}: {
  title: string;
  direction: Direction;
  counterpartyHead: string;
}) {
  return (
    <>
      <h3 className="mt-8 mb-3 text-xl font-bold">{title}</h3>
      {direction.total === 0 ? (
        <p className="mb-6">Nothing overdue, due in the next 60 days, to schedule or recently done.</p>
      ) : (
        <>
          <Table
            caption={`${title}: items by counterparty`}
            head={[counterpartyHead, ...BUCKETS.map((b) => BUCKET_LABELS[b])]}
          >
            {direction.summary.map((row) => (
              <tr key={row.counterparty}>
                <Td header>{row.counterparty}</Td>
                {BUCKETS.map((b) => (
                  <Td key={b}>{row.counts[b]}</Td>
                ))}
              </tr>
            ))}
          </Table>
          {direction.buckets
            .filter((b) => b.count > 0)
            .map((b) => (
              <div key={b.bucket}>
                <h4 className="mt-4 mb-2 text-lg font-bold">
                  {title}: {BUCKET_LABELS[b.bucket].toLowerCase()} ({b.count})
                </h4>
                <ItemTable
                  caption={`${title}: ${BUCKET_LABELS[b.bucket].toLowerCase()}`}
                  captionHidden
                  items={b.groups.flatMap((g) => g.items)}
                  counterpartyHead={counterpartyHead}
                />
              </div>
            ))}
        </>
      )}
    </>
  );
}
