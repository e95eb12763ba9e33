import type { Metadata } from "next";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import Link from "next/link";
import { nextReviewDate } from "@/domain/next-review";
import { formatCivilDate, londonToday } from "@/lib/dates";
import { viewerCan } from "@/server/authz/load-viewer";
import { viewerCanManageArea } from "@/server/authz/authorize-area";
import { RuleStateForm } from "./rule-state-form";
import { NewVersionForm, RequestSignOffForm, SignOffForm } from "./version-forms";
import { orNotFound, pageReader } from "@/server/auth/page";
import { RuleChecks } from "@/components/rules/rule-checks";
import { checkMembershipRules } from "@/server/features/membership/check-membership-rules";
import { getProtocol } from "@/server/features/protocols/get-protocol";
import { lastSignOffRequest } from "@/server/features/protocols/request-sign-off";
import { ReadProtocolForm } from "../read/read-protocol-form";

export const metadata: Metadata = { title: "Protocol" };

const FORMATS: Record<string, string> = {
  pdf: "PDF",
  docx: "Word (.docx)",
  odt: "OpenDocument text (.odt)",
  text: "Plain text",
};

/** "1.4 MB", "86 KB", "512 bytes": sizes as people read them, with en-GB digits. */
function formatSize(bytes: number) {
  const number = (n: number, digits: number) => n.toLocaleString("en-GB", { maximumFractionDigits: digits });
  if (bytes < 1024) return `${number(bytes, 0)} bytes`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 0)} KB`;
  return `${number(bytes / 1024 / 1024, 1)} MB`;
}

export default async function ProtocolPage({ params }: { params: Promise<{ area: string; protocol: string }> }) {
  const { area: slug, protocol: id } = await params;
  const reader = await pageReader();
  const { area, protocol } = await orNotFound(getProtocol(reader, slug, id));
  const checks = (await checkMembershipRules(reader, slug)).filter((c) => c.protocolId === protocol.id);
  const today = londonToday(new Date());
  const nextReview =
    protocol.status === "agreed" ? nextReviewDate(protocol.obligations, protocol.approvedOn, today) : null;
  const canVersion =
    protocol.status === "agreed" &&
    !protocol.nextVersion &&
    protocol.parties.every((p) => viewerCan(reader.viewer, "protocol:manage", p.board));
  const canEditRules =
    protocol.status === "draft" && protocol.parties.every((p) => viewerCan(reader.viewer, "protocol:manage", p.board));
  const canReadDocument = canEditRules && !protocol.source && protocol.clauses.every((c) => c.obligations.length === 0);
  const canRequestSignOff = canEditRules && protocol.parties.some((p) => !p.signedOn);
  const lastRequest = canRequestSignOff ? await lastSignOffRequest(reader.db, protocol.id) : null;
  const chairOf = (boardId: string) => reader.viewer.grants.some((g) => g.role === "chair" && g.boardId === boardId);
  return (
    <>
      <PageHeader caption={`${area.name} protocol`} title={protocol.title} />
      <SummaryList
        rows={[
          { key: "Version", value: protocol.version },
          { key: "Status", value: <Tag tone={protocol.status === "agreed" ? "green" : "grey"}>{protocol.status}</Tag> },
          { key: "Approved", value: protocol.approvedOn ? formatCivilDate(protocol.approvedOn) : "Not recorded" },
          {
            key: "Parties and sign-off",
            value: (
              <ul className="list-disc pl-6">
                {protocol.parties.map((p) => (
                  <li key={p.boardId}>
                    {p.board.name}:{" "}
                    {p.signedOn
                      ? `signed${p.signedBy ? ` by ${p.signedBy.name}` : ""} on ${formatCivilDate(p.signedOn)}`
                      : p.signedBy
                        ? `signed by ${p.signedBy.name}`
                        : "no sign-off recorded"}
                    {protocol.status === "draft" && !p.signedOn && chairOf(p.boardId) && (
                      <SignOffForm protocolId={protocol.id} boardId={p.boardId} boardName={p.board.name} />
                    )}
                  </li>
                ))}
              </ul>
            ),
          },
          {
            key: "Next review",
            value: nextReview
              ? formatCivilDate(nextReview)
              : protocol.status === "agreed"
                ? "No review date follows from its rules"
                : "Not in force",
          },
          {
            key: "Versions",
            value: (
              <>
                {protocol.previousVersion && (
                  <Link
                    className="block text-brand underline"
                    href={`/areas/${slug}/protocols/${protocol.previousVersion.id}`}
                  >
                    Previous: version {protocol.previousVersion.version} ({protocol.previousVersion.status})
                  </Link>
                )}
                {protocol.nextVersion && (
                  <Link
                    className="block text-brand underline"
                    href={`/areas/${slug}/protocols/${protocol.nextVersion.id}`}
                  >
                    Next: version {protocol.nextVersion.version} ({protocol.nextVersion.status})
                  </Link>
                )}
                {!protocol.previousVersion && !protocol.nextVersion && "This is the only version"}
              </>
            ),
          },
          ...(protocol.source ? [] : [{ key: "Source document", value: protocol.sourceDocument ?? "—" }]),
          ...(protocol.notes ? [{ key: "Notes", value: protocol.notes }] : []),
        ]}
      />
      {protocol.source && (
        <>
          <SectionHeading>Source document</SectionHeading>
          <SummaryList
            rows={[
              { key: "File", value: protocol.source.fileName },
              { key: "Format", value: FORMATS[protocol.source.format] ?? protocol.source.format },
              { key: "Size", value: formatSize(protocol.source.sizeBytes) },
              ...(protocol.source.pages !== null
                ? [{ key: "Pages", value: protocol.source.pages.toLocaleString("en-GB") }]
                : []),
              {
                key: "Uploaded",
                value: `${formatCivilDate(londonToday(protocol.source.createdAt))}${protocol.source.uploadedBy ? ` by ${protocol.source.uploadedBy.name}` : " from the command line"}`,
              },
              {
                key: "SHA-256",
                value: (
                  <code title={protocol.source.sha256} className="font-mono">
                    {protocol.source.sha256.slice(0, 12)}…
                  </code>
                ),
              },
            ]}
          />
          <p className="mt-4 mb-6 flex flex-wrap gap-6">
            <a
              className="font-bold text-brand underline"
              href={`/areas/${slug}/protocols/${protocol.id}/source`}
              download
            >
              Download the source document<span className="sr-only"> ({protocol.source.fileName})</span>
            </a>
            {protocol._count.proposals > 0 && (
              <Link className="font-bold text-brand underline" href={`/areas/${slug}/protocols/${protocol.id}/review`}>
                Review proposals ({protocol._count.proposals.toLocaleString("en-GB")})
              </Link>
            )}
          </p>
        </>
      )}
      {canRequestSignOff && (
        <RequestSignOffForm
          protocolId={protocol.id}
          lastRequest={lastRequest ? `on ${formatCivilDate(lastRequest.day)} by ${lastRequest.by}` : null}
        />
      )}
      {canVersion && (
        <div className="mt-6">
          <NewVersionForm area={slug} protocolId={protocol.id} />
        </div>
      )}
      {canReadDocument && (
        <section aria-labelledby="read-document" className="mt-6 max-w-3xl border-l-4 border-line pl-4">
          <h2 id="read-document" className="mb-2 text-xl font-bold">
            Read its clauses from a document
          </h2>
          <p className="mb-4">
            This draft has no rules yet. Upload the protocol document to read its clauses and propose its rules; the
            clauses it reads replace the draft&apos;s {protocol.clauses.length > 0 ? "current ones" : "empty list"}.
          </p>
          <ReadProtocolForm
            area={slug}
            protocolId={protocol.id}
            canCreateBoards={viewerCanManageArea(reader.viewer, area.id)}
            submit="Read the clauses"
          />
        </section>
      )}
      <SectionHeading>Membership rules, checked today</SectionHeading>
      <RuleChecks caption="Membership rules" checks={checks} />
      <SectionHeading>Clauses and the duties taken from them</SectionHeading>
      {canEditRules && (
        <p className="mb-6 flex flex-wrap gap-6">
          <Link className="font-bold text-brand underline" href={`/areas/${slug}/protocols/${protocol.id}/clauses`}>
            Edit the clauses
          </Link>
          {protocol.clauses.length > 0 ? (
            <Link className="font-bold text-brand underline" href={`/areas/${slug}/protocols/${protocol.id}/rules/new`}>
              Add a rule to this draft
            </Link>
          ) : (
            <span>Add a clause first: every rule comes from a clause.</span>
          )}
        </p>
      )}
      {protocol.status !== "draft" &&
        protocol.parties.every((p) => viewerCan(reader.viewer, "protocol:manage", p.board)) && (
          <p className="mb-6 max-w-3xl">
            This version is {protocol.status}: its rules are read-only.{" "}
            {protocol.status === "agreed" && !protocol.nextVersion
              ? "Create a new version to change them."
              : "Rules are changed on a draft version."}
          </p>
        )}
      <ol className="max-w-4xl list-none space-y-6">
        {protocol.clauses.map((c) => (
          <li key={c.id} id={`clause-${c.id}`} className="border-l-4 border-line pl-4">
            <h3 className="text-xl font-bold">
              {c.ref}
              {c.heading && <span className="font-normal text-muted"> – {c.heading}</span>}
            </h3>
            <p className="whitespace-pre-line">{c.text}</p>
            {c.obligations.length > 0 && (
              <ul className="mt-2 list-disc pl-6">
                {c.obligations.map((o) => (
                  <li key={o.id} className="mb-2">
                    <Tag tone="blue">{o.kind}</Tag> {o.retiredAt && <Tag tone="grey">Retired</Tag>}{" "}
                    <span className={o.retiredAt ? "line-through" : ""}>{o.summary}</span>{" "}
                    <span className="text-muted">
                      ({o.frequency}, {o.modality})
                    </span>
                    {canEditRules && (
                      <span className="mt-1 flex flex-wrap items-center gap-4">
                        {!o.retiredAt && (
                          <Link
                            className="text-brand underline"
                            href={`/areas/${slug}/protocols/${protocol.id}/rules/${o.id}`}
                          >
                            Edit<span className="sr-only"> the rule: {o.summary}</span>
                          </Link>
                        )}
                        <RuleStateForm
                          protocolId={protocol.id}
                          obligationId={o.id}
                          updatedAt={o.updatedAt.toISOString()}
                          summary={o.summary}
                          retired={o.retiredAt !== null}
                        />
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
