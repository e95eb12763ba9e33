import type { Metadata } from "next";
import Link from "next/link";
import { BoardForm } from "@/components/boards/board-form";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { orNotFound, pageReader } from "@/server/auth/page";
import { getEditBoardForm } from "@/server/features/boards/get-board-form";
import { editBoardAction } from "./actions";
import { ArchiveBoardForm, AttachBoardForm, DetachBoardForm } from "./forms";

export const metadata: Metadata = { title: "Edit a board" };

export default async function EditBoardPage({ params }: { params: Promise<{ area: string; board: string }> }) {
  const { area: slug, board: rawKey } = await params;
  const { area, kinds, board, joinable } = await orNotFound(
    getEditBoardForm(await pageReader(), slug, decodeURIComponent(rawKey)),
  );
  const { id, version, archived, values } = board;
  return (
    <>
      <PageHeader caption={area.name} title={`Edit ${values.name}`}>
        <Link className="text-brand underline" href={`/areas/${area.slug}/boards/${encodeURIComponent(values.key)}`}>
          Back to the board
        </Link>
        {archived && (
          <span className="ml-3">
            <Tag>Archived</Tag>
          </span>
        )}
      </PageHeader>
      {archived ? (
        <p className="mb-6 max-w-2xl">
          This board is archived: its history stays readable. Bring it back to change it.
        </p>
      ) : (
        <BoardForm
          action={editBoardAction}
          hidden={{ areaId: area.id, boardId: id, version: String(version) }}
          kinds={kinds}
          values={values}
          submit="Save the board"
        />
      )}
      <SectionHeading id="areas">Areas</SectionHeading>
      <Table caption={`Areas ${values.name} belongs to`} captionHidden head={["Area", "Key there", "Home", "Action"]}>
        {board.areas.map((a) => (
          <tr key={a.id}>
            <Td header>{a.name}</Td>
            <Td>{a.key}</Td>
            <Td>{a.home ? "Home area" : "Attached"}</Td>
            <Td>
              {a.home || archived ? (
                "None"
              ) : (
                <DetachBoardForm boardId={id} version={version} areaId={a.id} areaName={a.name} />
              )}
            </Td>
          </tr>
        ))}
      </Table>
      {!archived && joinable.length > 0 && (
        <>
          <SectionHeading id="attach">Attach to another area</SectionHeading>
          <p className="mb-4 max-w-2xl">A board two areas share, like the Kent and Medway Safeguarding Adults Board.</p>
          <AttachBoardForm boardId={id} version={version} areas={joinable} />
        </>
      )}
      <SectionHeading id="archive">{archived ? "Bring back" : "Archive"}</SectionHeading>
      <p className="mb-4 max-w-2xl">
        A board with history is never deleted. An archived board leaves the lists, dashboards and calendar generation;
        its meetings, items and members stay readable.
      </p>
      <ArchiveBoardForm boardId={id} version={version} archived={archived} />
    </>
  );
}
