import type { Metadata } from "next";
import Link from "next/link";
import { StatusTag } from "@/components/calendar/status-tag";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { Table, Td } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { STATUS_LABELS, type DisplayStatus } from "@/domain/calendar/status";
import { STEP_LABELS, type LogAction } from "@/domain/item-lifecycle";
import { formatCivilDate } from "@/lib/dates";
import { orNotFound, pageReader } from "@/server/auth/page";
import { getItemPage } from "@/server/features/items/get-item";
import {
  DeferForm,
  FollowUpForm,
  LogStepForm,
  NoteForm,
  RestrictEvidenceForm,
  ReverseForm,
  ScheduleItemForm,
  WaiveForm,
} from "./forms";

export const metadata: Metadata = { title: "Calendar item" };

const party = (p: { key: string; name: string } | null) =>
  p ? `${p.name} (${p.key})` : "Joint: presented at the boards' own meetings";
const size = (bytes: number | null) =>
  bytes === null
    ? ""
    : bytes < 1024 * 1024
      ? `${Math.max(1, Math.round(bytes / 1024))} KB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const DONE: Record<string, string> = {
  schedule: "Meeting chosen: the item is scheduled.",
  send: "Marked sent.",
  receive: "Marked received.",
  close: "Item closed.",
  waive: "Item waived.",
  defer: "Item deferred.",
  reverse: "Change reversed.",
  "follow-up": "Follow-up action added: it is on the owning board's calendar.",
  note: "Note added.",
  restrict:
    "Evidence restricted: only the secretariats and chairs of the boards this item concerns, and administrators, see it.",
  unrestrict: "Restriction removed: every board this item concerns sees the evidence again.",
};

export default async function ItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ area: string; item: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const { area: slug, item: itemId } = await params;
  const { done } = await searchParams;
  const reader = await pageReader();
  const page = await orNotFound(getItemPage(reader, slug, itemId));
  const { item, stored, duty, permissions } = page;
  const step = page.nextSteps.find((s) => s === "send" || s === "receive" || s === "close");
  const reversible = page.history.find((e) => e.id === page.reversibleEntryId);
  return (
    <>
      <PageHeader caption={`${duty.protocolTitle}, clause ${duty.clauseRef}`} title={item.title}>
        <StatusTag status={item.status} /> Due {formatCivilDate(item.dueOn)}.
      </PageHeader>
      {done && DONE[done] && (
        <p role="status" className="mb-6 max-w-3xl border-4 border-ok p-4 font-bold">
          {DONE[done]}
        </p>
      )}
      <SummaryList
        rows={[
          { key: "Duty", value: duty.summary },
          { key: "Owed by", value: item.from.map(party).join("; ") || "—" },
          { key: "Owed to", value: party(item.to) },
          { key: "Window", value: `${formatCivilDate(item.windowStart)} to ${formatCivilDate(item.windowEnd)}` },
          { key: "Due", value: formatCivilDate(item.dueOn) },
          { key: "Meeting", value: item.meeting ? formatCivilDate(item.meeting.date) : "Not yet chosen" },
          { key: "Status", value: <StatusTag status={item.status} /> },
          ...(stored.origin === "event" ? [{ key: "Made by", value: "A recorded event on this duty" }] : []),
          ...(page.parent
            ? [
                {
                  key: "Follows up",
                  value: (
                    <Link className="text-brand underline" href={`/areas/${slug}/items/${page.parent.id}`}>
                      {page.parent.title}
                    </Link>
                  ),
                },
              ]
            : []),
          {
            key: "Clause",
            value: (
              <>
                <Link
                  className="text-brand underline"
                  href={`/areas/${slug}/protocols/${duty.protocolId}#clause-${item.clauseId}`}
                >
                  {duty.clauseRef}
                  {duty.clauseHeading ? ` ${duty.clauseHeading}` : ""}
                </Link>
                <blockquote className="mt-2 border-l-4 border-line pl-4 text-muted">{duty.clauseText}</blockquote>
              </>
            ),
          },
        ]}
      />
      {stored.retired && (
        <p className="my-6 max-w-3xl border-4 border-line p-4 font-bold">
          This item has been retired: the rule that produced it is no longer in force. Its history is kept.
        </p>
      )}

      {(permissions.log || permissions.schedule || permissions.waive) && !stored.retired && (
        <>
          <SectionHeading id="next">What happens next</SectionHeading>
          {permissions.schedule && page.scheduleOptions.length > 0 && (
            <section aria-labelledby="schedule-heading">
              <h3 id="schedule-heading" className="mb-2 text-xl font-bold">
                {item.meeting ? "Change the meeting" : "Choose the meeting"}
              </h3>
              <ScheduleItemForm area={slug} itemId={item.id!} version={stored.version} options={page.scheduleOptions} />
            </section>
          )}
          {permissions.log && step && (
            <section aria-labelledby="log-heading">
              <h3 id="log-heading" className="mb-2 text-xl font-bold">
                {step === "send"
                  ? "Record that it was sent"
                  : step === "receive"
                    ? "Record that it was received"
                    : "Close the item"}
              </h3>
              <LogStepForm
                area={slug}
                itemId={item.id!}
                version={stored.version}
                step={step}
                meetings={page.receiveOptions}
                today={page.today}
              />
            </section>
          )}
          {permissions.waive && (page.nextSteps.includes("waive") || page.nextSteps.includes("defer")) && (
            <details className="mb-8 max-w-2xl border-l-4 border-line pl-4">
              <summary className="cursor-pointer py-2 text-xl font-bold">Waive or defer this item</summary>
              {page.nextSteps.includes("waive") && (
                <section aria-labelledby="waive-heading">
                  <h3 id="waive-heading" className="mb-2 text-xl font-bold">
                    Waive
                  </h3>
                  <WaiveForm area={slug} itemId={item.id!} version={stored.version} />
                </section>
              )}
              {page.nextSteps.includes("defer") && (
                <section aria-labelledby="defer-heading">
                  <h3 id="defer-heading" className="mb-2 text-xl font-bold">
                    Defer
                  </h3>
                  <DeferForm area={slug} itemId={item.id!} version={stored.version} />
                </section>
              )}
            </details>
          )}
          {permissions.log && (stored.status === "received" || stored.status === "closed") && (
            <section aria-labelledby="followup-heading">
              <h3 id="followup-heading" className="mb-2 text-xl font-bold">
                Recommendations to follow up
              </h3>
              <FollowUpForm area={slug} itemId={item.id!} version={stored.version} owners={page.ownerOptions} />
            </section>
          )}
        </>
      )}
      {permissions.challenge && (
        <p className="my-6">
          <Link className="text-brand underline" href={`/areas/${slug}/challenges/new?item=${item.id}`}>
            Raise a challenge about this item
          </Link>
        </p>
      )}

      <SectionHeading id="history">History</SectionHeading>
      <p className="mb-4 max-w-3xl text-muted">
        {permissions.seeEvidence
          ? "Files and links are seen only by the boards this item concerns and administrators; a restricted one only by those boards' secretariats and chairs, and administrators."
          : "Files and links logged here are seen only by the boards this item concerns and administrators."}
      </p>
      {page.history.length === 0 ? (
        <p>Nothing has been logged yet.</p>
      ) : (
        <ol className="max-w-3xl space-y-6 border-l-4 border-line pl-6">
          {page.history.map((e) => (
            <li key={e.id} id={`entry-${e.id}`}>
              <h3 className="text-lg font-bold">
                {STEP_LABELS[e.action as LogAction] ?? e.action}
                {e.toStatus && e.action !== "reverse"
                  ? ""
                  : e.toStatus
                    ? `: back to ${STATUS_LABELS[e.toStatus as DisplayStatus]?.toLowerCase() ?? e.toStatus}`
                    : ""}
                {e.reversed && <span className="ml-2 font-normal">(reversed)</span>}
              </h3>
              <p className="text-muted">
                {formatCivilDate(e.occurredOn)}, recorded by {e.actor}
                {e.meeting ? `; meeting of ${e.meeting.board} on ${formatCivilDate(e.meeting.date)}` : ""}
                {e.minuteRef ? `; minute ${e.minuteRef}` : ""}
              </p>
              {e.reason && <p>Reason: {e.reason}</p>}
              {e.notes && <p>{e.notes}</p>}
              {e.evidence.length > 0 && (
                <ul className="list-disc pl-6">
                  {e.evidence.map((v) => (
                    <li key={v.id}>
                      {v.kind === "link" ? (
                        <a className="break-all text-brand underline" href={v.url!} rel="noopener noreferrer">
                          {v.url}
                        </a>
                      ) : (
                        <a className="text-brand underline" href={`/evidence/${v.id}`}>
                          {v.fileName} <span className="text-muted">({size(v.sizeBytes)})</span>
                        </a>
                      )}
                      {v.restricted && (
                        <span className="ml-2">
                          <Tag tone="yellow">Restricted</Tag>
                        </span>
                      )}
                      {permissions.restrictEvidence && (
                        <RestrictEvidenceForm
                          area={slug}
                          evidenceId={v.id}
                          restricted={v.restricted}
                          name={v.kind === "link" ? (v.url ?? "link") : (v.fileName ?? "file")}
                        />
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {permissions.log && (
        <section aria-labelledby="note-heading" className="mt-8">
          <h3 id="note-heading" className="mb-2 text-xl font-bold">
            Add a note
          </h3>
          <NoteForm area={slug} itemId={item.id!} version={stored.version} />
        </section>
      )}
      {reversible && (
        <section aria-labelledby="reverse-heading" className="mt-8">
          <h3 id="reverse-heading" className="mb-2 text-xl font-bold">
            Reverse the last change
          </h3>
          <ReverseForm
            area={slug}
            itemId={item.id!}
            version={stored.version}
            entryId={reversible.id}
            what={STEP_LABELS[reversible.action as LogAction] ?? reversible.action}
          />
        </section>
      )}

      {page.followUps.length > 0 && (
        <>
          <SectionHeading id="follow-ups">Follow-up actions</SectionHeading>
          <Table caption="Follow-up actions" captionHidden head={["Action", "Owner", "Due", "Status"]}>
            {page.followUps.map((f) => (
              <tr key={f.id}>
                <Td header>
                  <Link className="text-brand underline" href={`/areas/${slug}/items/${f.id}`}>
                    {f.title}
                  </Link>
                </Td>
                <Td>{f.from.map((p) => p.key).join(", ")}</Td>
                <Td>{formatCivilDate(f.dueOn)}</Td>
                <Td>
                  <StatusTag status={f.status} />
                </Td>
              </tr>
            ))}
          </Table>
        </>
      )}
      {page.challenges.length > 0 && (
        <>
          <SectionHeading id="challenges">Challenges about this item</SectionHeading>
          <ul className="list-disc pl-6">
            {page.challenges.map((c) => (
              <li key={c.id}>
                <Link className="text-brand underline" href={`/areas/${slug}/challenges/${c.id}`}>
                  {c.subject}
                </Link>{" "}
                ({c.status})
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
