import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { formatCivilDate } from "@/lib/dates";
import { orNotFound, pageReader } from "@/server/auth/page";
import { getBoard } from "@/server/features/boards/get-board";
import { viewerCan } from "@/server/authz/load-viewer";
import { listCapacities } from "@/server/features/vocabularies/capacities";
import { AddMemberForm, ChangeCapacityForm, EndMembershipForm } from "./forms";

export const metadata: Metadata = { title: "Manage members" };

export default async function ManageMembersPage({ params }: { params: Promise<{ area: string; board: string }> }) {
  const { area: slug, board: rawKey } = await params;
  const reader = await pageReader();
  const { area, board, members } = await orNotFound(getBoard(reader, slug, decodeURIComponent(rawKey)));
  const boardRow = await reader.db.board.findUniqueOrThrow({ where: { id: board.id }, include: { areas: true } });
  if (!viewerCan(reader.viewer, "membership:manage", boardRow)) notFound();
  const [people, organisations, versions] = await Promise.all([
    reader.db.person.findMany({
      where: {
        OR: [
          { memberships: { some: { board: { areas: { some: { areaId: area.id } } } } } },
          { postHoldings: { some: { post: { areaId: area.id } } } },
        ],
      },
      orderBy: { name: "asc" },
    }),
    reader.db.organisation.findMany({
      where: {
        OR: [
          { slug: { startsWith: `${area.slug}-` } },
          { memberships: { some: { board: { areas: { some: { areaId: area.id } } } } } },
        ],
      },
      orderBy: { name: "asc" },
    }),
    reader.db.membership.findMany({
      where: { id: { in: members.map((m) => m.id) } },
      select: { id: true, version: true },
    }),
  ]);
  const version = new Map(versions.map((v) => [v.id, v.version]));
  const capacityOptions = await listCapacities(reader.db);
  return (
    <>
      <PageHeader caption={`${board.name} (${board.key})`} title="Manage members">
        Add members, end memberships and change capacities. Nothing is deleted: an ended term stays on record.
      </PageHeader>
      <SectionHeading>Current members</SectionHeading>
      <ul className="max-w-4xl list-none space-y-6">
        {members.map((m) => (
          <li key={m.id} className="border-l-4 border-line pl-4">
            <h3 className="text-xl font-bold">
              {m.person}, {m.capacity}
            </h3>
            <p className="mb-2">
              Representing {m.organisation}, since {formatCivilDate(m.startsOn)}.
            </p>
            <div className="grid gap-6 md:grid-cols-2">
              <EndMembershipForm membershipId={m.id} version={version.get(m.id) ?? 1} name={m.person} />
              <ChangeCapacityForm
                membershipId={m.id}
                version={version.get(m.id) ?? 1}
                name={m.person}
                capacityOptions={capacityOptions}
              />
            </div>
          </li>
        ))}
      </ul>
      <SectionHeading>Add a member</SectionHeading>
      <AddMemberForm
        boardId={board.id}
        people={people.map((p) => ({ value: p.id, label: p.name }))}
        organisations={organisations.map((o) => ({ value: o.id, label: o.name }))}
        capacityOptions={capacityOptions}
      />
    </>
  );
}
