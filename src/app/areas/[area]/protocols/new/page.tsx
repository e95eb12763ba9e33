import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, pageReader } from "@/server/auth/page";
import { listPartyChoices } from "@/server/features/protocols/list-party-choices";
import { NewProtocolForm } from "./new-protocol-form";

export const metadata: Metadata = { title: "New protocol" };

/** Writing a protocol from scratch (issue 10): administrators (protocol:manage) of the area's boards. */
export default async function NewProtocolPage({ params }: { params: Promise<{ area: string }> }) {
  const { area: slug } = await params;
  const { area, here, elsewhere } = await orNotFound(listPartyChoices(await pageReader(), slug));
  if (here.length === 0) notFound();
  return (
    <>
      <PageHeader caption={area.name} title="New protocol">
        The protocol starts as a draft. Add its clauses next, then its duties; it is in force once the chair of every
        party board has signed it off.
      </PageHeader>
      <NewProtocolForm area={area.slug} areaName={area.name} here={here} elsewhere={elsewhere} />
    </>
  );
}
