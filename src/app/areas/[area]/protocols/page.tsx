import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { formatCivilDate } from "@/lib/dates";
import { orNotFound, pageReader } from "@/server/auth/page";
import { listAreaProtocols } from "@/server/features/protocols/list-area-protocols";
import { mayCreateProtocol } from "@/server/features/protocols/list-party-choices";

export const metadata: Metadata = { title: "Protocols" };

export default async function ProtocolsPage({ params }: { params: Promise<{ area: string }> }) {
  const { area: slug } = await params;
  const reader = await pageReader();
  const { area, protocols } = await orNotFound(listAreaProtocols(reader, slug));
  const mayCreate = await mayCreateProtocol(reader, area.id);
  return (
    <>
      <PageHeader caption={area.name} title="Protocols">
        The agreements between {area.name}&apos;s boards.
      </PageHeader>
      {mayCreate && (
        <p className="mb-6 flex flex-wrap gap-6">
          <Link className="font-bold text-brand underline" href={`/areas/${slug}/protocols/new`}>
            New protocol
          </Link>
          <Link className="font-bold text-brand underline" href={`/areas/${slug}/protocols/read`}>
            Read a protocol from a document
          </Link>
        </p>
      )}
      <Table
        caption={`Protocols in ${area.name}`}
        captionHidden
        head={["Protocol", "Version", "Status", "Approved", "Parties", "Clauses", "Duties"]}
      >
        {protocols.map((p) => (
          <tr key={p.id}>
            <Td header>
              <Link className="text-brand underline" href={`/areas/${slug}/protocols/${p.id}`}>
                {p.title}
              </Link>
            </Td>
            <Td>{p.version}</Td>
            <Td>
              <Tag tone={p.status === "agreed" ? "green" : p.status === "draft" ? "yellow" : "grey"}>{p.status}</Tag>
            </Td>
            <Td>{p.approvedOn ? formatCivilDate(p.approvedOn) : "Not recorded"}</Td>
            <Td>{p.parties.join(", ")}</Td>
            <Td>{p.clauses}</Td>
            <Td>{p.obligations}</Td>
          </tr>
        ))}
      </Table>
    </>
  );
}
