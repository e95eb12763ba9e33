import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { formatLondonDateTime } from "@/lib/london-time";
import { orNotFound, pageReader } from "@/server/auth/page";
import { loadOutboxMessage } from "@/server/features/notifications/outbox-admin";

export const metadata: Metadata = { title: "Outbox message" };

/**
 * One message as it was sent: its headers and its plain-text version. The HTML version is shown as
 * source text, never rendered, so nothing in a message runs or loads in an administrator's browser.
 */
export default async function OutboxMessagePage({ params }: { params: Promise<{ message: string }> }) {
  const { message: id } = await params;
  const reader = await pageReader();
  const m = await orNotFound(loadOutboxMessage(reader, id));
  let headers: Record<string, unknown> = {};
  try {
    headers = JSON.parse(m.headers) as Record<string, unknown>;
  } catch {
    headers = {};
  }
  return (
    <main id="main" className="py-10">
      <p className="mb-4">
        <Link className="text-brand underline" href="/admin/outbox">
          Back to the outbox
        </Link>
      </p>
      <PageHeader caption="Outbox" title={m.subject} />
      <SummaryList
        rows={[
          { key: "To", value: m.toAddress },
          { key: "State", value: <Tag tone={m.status === "failed" ? "red" : "grey"}>{m.status}</Tag> },
          { key: "Queued", value: formatLondonDateTime(m.createdAt) },
          { key: "Sent", value: m.sentAt ? formatLondonDateTime(m.sentAt) : "Not yet" },
          { key: "Attempts", value: String(m.attempts) },
          ...(m.lastError ? [{ key: "Last error", value: m.lastError }] : []),
          ...Object.entries(headers).map(([key, value]) => ({ key, value: String(value) })),
        ]}
      />
      <section aria-labelledby="text-heading" className="mt-8">
        <SectionHeading id="text-heading">Plain text</SectionHeading>
        <pre className="max-w-4xl border border-line bg-panel p-4 text-base break-words whitespace-pre-wrap">
          {m.text}
        </pre>
      </section>
      <details className="mt-8 max-w-4xl">
        <summary className="cursor-pointer text-lg font-bold text-brand underline">HTML version (source)</summary>
        <pre className="mt-4 border border-line bg-panel p-4 text-sm break-words whitespace-pre-wrap">{m.html}</pre>
      </details>
    </main>
  );
}
