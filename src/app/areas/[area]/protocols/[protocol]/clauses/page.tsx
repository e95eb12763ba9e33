import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { orNotFound, pageReader } from "@/server/auth/page";
import { viewerCan } from "@/server/authz/load-viewer";
import { getProtocol } from "@/server/features/protocols/get-protocol";
import { AddClauseForm, ClauseButtons } from "./clause-forms";

export const metadata: Metadata = { title: "Clauses" };

/** A draft's clauses, as printed (issue 10): add, edit, reorder, and remove those no duty cites. */
export default async function ClausesPage({ params }: { params: Promise<{ area: string; protocol: string }> }) {
  const { area: slug, protocol: id } = await params;
  const reader = await pageReader();
  const { protocol } = await orNotFound(getProtocol(reader, slug, id));
  if (!protocol.parties.every((p) => viewerCan(reader.viewer, "protocol:manage", p.board))) notFound();
  const base = `/areas/${slug}/protocols/${protocol.id}`;
  const draft = protocol.status === "draft";
  return (
    <>
      <PageHeader caption={`${protocol.title}, version ${protocol.version} (${protocol.status})`} title="Clauses">
        {draft
          ? "Each clause with its reference exactly as printed. Duties are then added from a clause."
          : `Version ${protocol.version} is ${protocol.status}: its clauses are what its parties signed, and do not change. A new version is how they change.`}
      </PageHeader>
      <p className="mb-6 flex flex-wrap gap-6">
        <Link className="text-brand underline" href={base}>
          Back to the protocol
        </Link>
        {protocol.source && (
          // Read from a document (issue 12): once the clauses are right, the proposals are read again from them there.
          <Link className="text-brand underline" href={`${base}/review`}>
            Back to the review of the proposed rules
          </Link>
        )}
      </p>
      {protocol.clauses.length === 0 ? (
        <p className="mb-6">No clauses yet.</p>
      ) : (
        <ol className="max-w-4xl list-none space-y-6">
          {protocol.clauses.map((c, i) => (
            <li key={c.id} className="border-l-4 border-line pl-4">
              <h2 className="text-xl font-bold">
                {c.ref}
                {c.heading && <span className="font-normal text-muted"> – {c.heading}</span>}
              </h2>
              <p className="mb-2 whitespace-pre-line">{c.text}</p>
              {draft && (
                <div className="flex flex-wrap items-center gap-4">
                  <Link className="text-brand underline" href={`${base}/clauses/${c.id}`}>
                    Edit<span className="sr-only"> clause {c.ref}</span>
                  </Link>
                  <Link className="text-brand underline" href={`${base}/rules/new?clause=${c.id}`}>
                    Add a duty<span className="sr-only"> from clause {c.ref}</span>
                  </Link>
                  <ClauseButtons
                    clause={c}
                    first={i === 0}
                    last={i === protocol.clauses.length - 1}
                    cited={c.obligations.length > 0}
                  />
                </div>
              )}
              {draft && c.obligations.length > 0 && (
                <p className="mt-1 text-muted">
                  Cited by {c.obligations.length} dut{c.obligations.length === 1 ? "y" : "ies"}, so it cannot be
                  removed.
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {draft && (
        <>
          <SectionHeading>Add a clause</SectionHeading>
          <AddClauseForm protocolId={protocol.id} />
        </>
      )}
    </>
  );
}
