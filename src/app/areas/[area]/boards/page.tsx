import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { orNotFound, pageReader } from "@/server/auth/page";
import { findArea } from "@/server/features/areas/find-area";
import { listArchivedBoards, listBoards } from "@/server/features/boards/list-boards";
import { viewerCanManageArea } from "@/server/authz/authorize-area";

export const metadata: Metadata = { title: "Boards" };

export default async function BoardsPage({ params }: { params: Promise<{ area: string }> }) {
  const { area: slug } = await params;
  const reader = await pageReader();
  const [area, boards, archived] = await orNotFound(
    Promise.all([findArea(reader, slug), listBoards(reader, slug), listArchivedBoards(reader, slug)]),
  );
  const canManage = viewerCanManageArea(reader.viewer, area.id);
  return (
    <>
      <PageHeader caption={area.name} title="Boards">
        The partnership boards of {area.name}, including boards shared with another area.
      </PageHeader>
      {canManage && (
        <p className="mb-6">
          <Link className="text-lg font-bold text-brand underline" href={`/areas/${slug}/boards/new`}>
            Add a board
          </Link>
        </p>
      )}
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
      {canManage && archived.length > 0 && (
        <>
          <h2 className="mt-8 mb-2 text-2xl font-bold">Archived boards</h2>
          <ul className="list-disc pl-6">
            {archived.map((b) => (
              <li key={b.key}>
                <Link className="text-brand underline" href={`/areas/${slug}/boards/${encodeURIComponent(b.key)}`}>
                  {b.name}
                </Link>{" "}
                ({b.key})
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
