import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { viewerCanManageArea } from "@/server/authz/authorize-area";
import { orNotFound, pageReader } from "@/server/auth/page";
import { findArea } from "@/server/features/areas/find-area";
import { mayCreateProtocol } from "@/server/features/protocols/list-party-choices";
import { ReadProtocolForm } from "./read-protocol-form";

export const metadata: Metadata = { title: "Read a protocol from a document" };

/** Reading a protocol document into a new draft (issue 12): for those who may create protocols in the area. */
export default async function ReadProtocolPage({ params }: { params: Promise<{ area: string }> }) {
  const { area: slug } = await params;
  const reader = await pageReader();
  const area = await orNotFound(findArea(reader, slug));
  if (!(await mayCreateProtocol(reader, area.id))) notFound();
  return (
    <>
      <PageHeader caption={area.name} title="Read a protocol from a document">
        The portal reads the document into a draft protocol: its clauses as printed, the boards it names, and a proposed
        rule for each duty it finds. You review every proposal before anything reaches a calendar, and the document is
        kept as the protocol&apos;s source.
      </PageHeader>
      <ReadProtocolForm area={area.slug} canCreateBoards={viewerCanManageArea(reader.viewer, area.id)} />
    </>
  );
}
