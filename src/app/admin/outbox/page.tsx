import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { formatLondonDateTime } from "@/lib/london-time";
import { orNotFound, pageReader } from "@/server/auth/page";
import { loadOutbox } from "@/server/features/notifications/outbox-admin";
import { MAX_ATTEMPTS, type OutboxStatus } from "@/server/features/notifications/outbox-worker";
import { RetryForm } from "./forms";

export const metadata: Metadata = { title: "Outbox" };

const STATUS: Record<OutboxStatus, { label: string; tone: "grey" | "blue" | "green" | "red" }> = {
  queued: { label: "Queued", tone: "blue" },
  sending: { label: "Sending", tone: "grey" },
  sent: { label: "Sent", tone: "green" },
  failed: { label: "Failed", tone: "red" },
};

function StatusTag({ status }: { status: string }) {
  const s = STATUS[status as OutboxStatus] ?? { label: status, tone: "grey" as const };
  return <Tag tone={s.tone}>{s.label}</Tag>;
}

/** Administrators' view of the notices' mail (issue 13): counts, failures to send again, the latest. */
export default async function OutboxPage() {
  const reader = await pageReader();
  const { counts, failed, recent } = await orNotFound(loadOutbox(reader));
  return (
    <main id="main" className="py-10">
      <PageHeader caption="Administration" title="Outbox">
        <p>
          The notices&apos; email, sent by <code>cli notifications run</code> (or the server&apos;s timer). A message
          that cannot be sent is tried again later, then left here as failed after {MAX_ATTEMPTS} attempts.
        </p>
      </PageHeader>

      <Table caption="Messages by state" head={["State", "Messages"]}>
        {(Object.keys(STATUS) as OutboxStatus[]).map((s) => (
          <tr key={s}>
            <Td header>{STATUS[s].label}</Td>
            <Td>{counts[s]}</Td>
          </tr>
        ))}
      </Table>

      <section aria-labelledby="failed-heading">
        <SectionHeading id="failed-heading">Failed messages</SectionHeading>
        {failed.length === 0 ? (
          <p className="mb-8">No message has failed.</p>
        ) : (
          <Table caption="Failed messages" captionHidden head={["To", "Subject", "Attempts", "Last error", "Action"]}>
            {failed.map((m) => (
              <tr key={m.id}>
                <Td header>{m.toAddress}</Td>
                <Td>
                  <Link className="text-brand underline" href={`/admin/outbox/${m.id}`}>
                    {m.subject}
                  </Link>
                </Td>
                <Td>{m.attempts}</Td>
                <Td>{m.lastError ?? "None recorded"}</Td>
                <Td>
                  <RetryForm id={m.id} to={m.toAddress} />
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </section>

      <section aria-labelledby="recent-heading">
        <SectionHeading id="recent-heading">Latest messages</SectionHeading>
        {recent.length === 0 ? (
          <p>No message has been queued yet.</p>
        ) : (
          <Table caption="The 50 latest messages" captionHidden head={["Queued", "To", "Subject", "State", "Sent"]}>
            {recent.map((m) => (
              <tr key={m.id}>
                <Td>{formatLondonDateTime(m.createdAt)}</Td>
                <Td>{m.toAddress}</Td>
                <Td>
                  <Link className="text-brand underline" href={`/admin/outbox/${m.id}`}>
                    {m.subject}
                  </Link>
                </Td>
                <Td>
                  <StatusTag status={m.status} />
                </Td>
                <Td>{m.sentAt ? formatLondonDateTime(m.sentAt) : "Not yet"}</Td>
              </tr>
            ))}
          </Table>
        )}
      </section>
    </main>
  );
}
