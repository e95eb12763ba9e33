import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { orNotFound, pageReader } from "@/server/auth/page";
import { findArea } from "@/server/features/areas/find-area";
import { listBoards } from "@/server/features/boards/list-boards";

export const metadata: Metadata = { title: "Boards" };

export default async function BoardsPage({ params }: { params: Promise<{ area: string }> }) {
  const { area: slug } = await params;
  const reader = await pageReader();
  const [area, boards] = await orNotFound(Promise.all([findArea(reader, slug), listBoards(reader, slug)]));
  return (
    <>
      <PageHeader caption={area.name} title="Boards">
        The partnership boards of {area.name}, including boards shared with another area.
      </PageHeader>
      <Table
        caption={`Boards in ${area.name}`}
        captionHidden
        head={["Board", "Kind", "Statutory basis", "Chair", "Meetings", "Members"]}
      >
        {boards.map((b) => (
          <tr key={b.id}>
            <Td header>
              <Link className="text-brand underline" href={`/areas/${slug}/boards/${encodeURIComponent(b.key)}`}>
                {b.name}
              </Link>{" "}
              ({b.key}){b.areas.length > 1 && <span className="block text-muted">Shared: {b.areas.join(" and ")}</span>}
            </Td>
            <Td>{b.kind}</Td>
            <Td>{b.statutory ? (b.statutoryBasis ?? "Statutory") : <Tag>Non-statutory</Tag>}</Td>
            <Td>{b.independentChair ? "Independent chair" : "Chair from members"}</Td>
            <Td>{b.meetings}</Td>
            <Td>{b.currentMembers}</Td>
          </tr>
        ))}
      </Table>
    </>
  );
}
