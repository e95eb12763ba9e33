import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { Table, Td } from "@/components/ui/table";
import { describeWithin } from "@/domain/challenges";
import { formatCivilDate } from "@/lib/dates";
import { orNotFound, pageReader } from "@/server/auth/page";
import { getChallenge } from "@/server/features/challenges/get-challenge";
import { ChallengeTransitionForm } from "../forms";
import { ChallengeStatusTag, OverdueTag } from "../status-tag";

export const metadata: Metadata = { title: "Challenge" };

const DONE: Record<string, string> = {
  raised: "Challenge raised. The other board's chair can now see it and respond.",
  respond: "Response recorded.",
  resolve: "Challenge recorded as resolved.",
  escalate: "Challenge escalated to the next step of the resolution route.",
};
const EVENT_WORDS: Record<string, string> = {
  raised: "Raised",
  responded: "Formal response",
  resolved: "Resolved",
  escalated: "Escalated",
};

/** One challenge: what it is about, where it is on the route, its history, and the viewer's next step. */
export default async function ChallengePage({
  params,
  searchParams,
}: {
  params: Promise<{ area: string; challenge: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const { area: slug, challenge: id } = await params;
  const done = DONE[(await searchParams).done ?? ""];
  const reader = await pageReader();
  const { area, challenge: c, permissions } = await orNotFound(getChallenge(reader, slug, decodeURIComponent(id)));
  const outcome = (s: (typeof c.routeSteps)[number]) =>
    [
      s.respondedOn && `Answered ${formatCivilDate(s.respondedOn)}`,
      s.escalatedOn && `Escalated ${formatCivilDate(s.escalatedOn)}`,
      s.resolvedOn && `Resolved ${formatCivilDate(s.resolvedOn)}`,
    ]
      .filter(Boolean)
      .join("; ") || (s.reachedOn ? "Not yet" : "");
  return (
    <>
      <PageHeader caption={`${area.name}: challenge from ${c.from.key} to ${c.to.key}`} title={c.subject} />
      {done && (
        <p role="status" className="mb-6 max-w-3xl border-4 border-ok p-3 font-bold">
          {done}
        </p>
      )}
      <SummaryList
        rows={[
          { key: "Status", value: <ChallengeStatusTag status={c.status} /> },
          { key: "From", value: `${c.from.name} (${c.from.key})` },
          { key: "To", value: `${c.to.name} (${c.to.key})` },
          { key: "Raised by", value: c.raisedBy },
          {
            key: c.escalationLevel > 0 ? `Due from the ${c.currentStep}` : "Response due",
            value: c.currentDueOn ? (
              <>
                {formatCivilDate(c.currentDueOn)} {c.overdue && <OverdueTag />}
              </>
            ) : (
              "No due date: the protocol gives this step no time limit"
            ),
          },
          {
            key: "Protocol",
            value: (
              <Link className="text-brand underline" href={`/areas/${slug}/protocols/${c.protocol.id}`}>
                {c.protocol.title} (version {c.protocol.version})
              </Link>
            ),
          },
          {
            key: "Clause cited",
            value: c.clause ? (
              <>
                <strong>
                  {c.clause.ref}
                  {c.clause.heading ? `: ${c.clause.heading}` : ""}
                </strong>
                <span className="block whitespace-pre-line">{c.clause.text}</span>
              </>
            ) : (
              "None"
            ),
          },
          {
            key: "About",
            value: c.item ? (
              <Link className="text-brand underline" href={`/areas/${slug}/items/${c.item.id}`}>
                {c.item.label}
              </Link>
            ) : (
              "The boards' work in general"
            ),
          },
          { key: "The challenge", value: <span className="whitespace-pre-line">{c.detail}</span> },
        ]}
      />

      <SectionHeading>Resolution route</SectionHeading>
      <p className="mb-3">
        {c.route.steps.length === 0
          ? "This protocol names no one beyond the chairs: it is resolved between them."
          : "Where an issue is not resolved, the protocol takes it to each step in turn."}
      </p>
      <Table
        caption={`Resolution route of the challenge "${c.subject}"`}
        captionHidden
        head={["Step", "Time to respond", "Reached", "Due by", "Answered or escalated"]}
      >
        {c.routeSteps.map((s) => {
          const current = s.level === c.escalationLevel;
          return (
            <tr key={s.level} aria-current={current ? "step" : undefined}>
              <Td header>
                <span className={current ? "font-bold" : undefined}>
                  {s.level === 0 ? `Between the chairs of ${c.from.key} and ${c.to.key}` : s.name}
                </span>
                {current && <span className="block">(current{c.status === "resolved" ? ", resolved here" : ""})</span>}
              </Td>
              <Td>{s.timeLimit ?? "No time limit stated: no due date"}</Td>
              <Td>{s.reachedOn ? formatCivilDate(s.reachedOn) : "Not reached"}</Td>
              <Td>{s.dueOn ? formatCivilDate(s.dueOn) : s.reachedOn ? "No due date" : ""}</Td>
              <Td>{outcome(s)}</Td>
            </tr>
          );
        })}
      </Table>

      <SectionHeading>History</SectionHeading>
      <Table
        caption={`History of the challenge "${c.subject}"`}
        captionHidden
        head={["Date", "What happened", "By", "Details"]}
      >
        {c.events.map((e) => (
          <tr key={e.id}>
            <Td header>{formatCivilDate(e.occurredOn)}</Td>
            <Td>
              {EVENT_WORDS[e.action] ?? e.action}
              {e.step && <span className="block">to the {e.step}</span>}
            </Td>
            <Td>{e.actor}</Td>
            <Td>
              <span className="whitespace-pre-line">{e.text}</span>
            </Td>
          </tr>
        ))}
      </Table>

      {permissions.respond && (
        <>
          <SectionHeading>Respond</SectionHeading>
          <ChallengeTransitionForm kind="respond" area={slug} challengeId={c.id} version={c.version} />
        </>
      )}
      {permissions.resolve && (
        <>
          <SectionHeading>Record as resolved</SectionHeading>
          <ChallengeTransitionForm kind="resolve" area={slug} challengeId={c.id} version={c.version} />
        </>
      )}
      {permissions.escalate && c.nextStep && (
        <>
          <SectionHeading>Escalate</SectionHeading>
          <ChallengeTransitionForm
            kind="escalate"
            area={slug}
            challengeId={c.id}
            version={c.version}
            hint={`It goes to the ${c.nextStep}, ${c.nextStepTime ? `who has ${describeWithin(c.nextStepTime)} from today to respond` : "for whom the protocol sets no time limit"}.`}
          />
        </>
      )}
      <p className="no-print mt-10">
        <Link className="text-brand underline" href={`/areas/${slug}/challenges`}>
          All challenges in {area.name}
        </Link>
      </p>
    </>
  );
}
