import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { formatCivilDate } from "@/lib/dates";
import { orNotFound, pageReader } from "@/server/auth/page";
import { listAreaMemberships } from "@/server/services/list-area-pages";

export const metadata: Metadata = { title: "Membership" };

export default async function MembershipPage({ params }: { params: Promise<{ area: string }> }) {
  const { area: slug } = await params;
  const { area, people } = await orNotFound(listAreaMemberships(await pageReader(), slug));
  return (
    <>
      <PageHeader caption={area.name} title="Membership">
        Who sits on which board in {area.name}, in what capacity. People on two or more boards are marked.
      </PageHeader>
      <Table caption={`Current memberships in ${area.name}`} captionHidden head={["Person", "Posts", "Board", "Capacity", "Representing", "Since"]}>
        {people.flatMap((p) =>
          p.seats.map((s, i) => (
            <tr key={`${p.name}-${s.board}-${s.capacity}`}>
              {i === 0 ? (
                <th scope="row" rowSpan={p.seats.length} className="border-b border-line py-2 pr-4 align-top font-bold">
                  {p.name}
                  {p.seats.length > 1 && (
                    <span className="block mt-1">
                      <Tag tone="yellow">{p.seats.length} boards</Tag>
                    </span>
                  )}
                </th>
              ) : null}
              {i === 0 ? (
                <td rowSpan={p.seats.length} className="border-b border-line py-2 pr-4 align-top">
                  {p.posts.join("; ") || "—"}
                </td>
              ) : null}
              <Td>{s.board}</Td>
              <Td>
                {s.capacity}
                {s.source && <span className="block text-muted">Clause {s.source}</span>}
              </Td>
              <Td>{s.organisation}</Td>
              <Td>{formatCivilDate(s.since)}</Td>
            </tr>
          )),
        )}
      </Table>
    </>
  );
}
