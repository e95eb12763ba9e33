import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, pageReader } from "@/server/auth/page";
import { viewerCan } from "@/server/authz/load-viewer";
import { getProtocol } from "@/server/features/protocols/get-protocol";
import { EditClauseForm } from "../clause-forms";

export const metadata: Metadata = { title: "Edit a clause" };

export default async function EditClausePage({
  params,
}: {
  params: Promise<{ area: string; protocol: string; clause: string }>;
}) {
  const { area: slug, protocol: id, clause: clauseId } = await params;
  const reader = await pageReader();
  const { protocol } = await orNotFound(getProtocol(reader, slug, id));
  const clause = protocol.clauses.find((c) => c.id === clauseId);
  if (
    !clause ||
    protocol.status !== "draft" ||
    !protocol.parties.every((p) => viewerCan(reader.viewer, "protocol:manage", p.board))
  )
    notFound();
  const back = `/areas/${slug}/protocols/${protocol.id}/clauses`;
  return (
    <>
      <PageHeader
        caption={`${protocol.title}, version ${protocol.version} (draft)`}
        title={`Edit clause ${clause.ref}`}
      >
        The duties taken from this clause stay with it.
      </PageHeader>
      <EditClauseForm clause={clause} returnTo={back} />
      <p className="mt-6">
        <Link className="text-brand underline" href={back}>
          Back to the clauses
        </Link>
      </p>
    </>
  );
}
