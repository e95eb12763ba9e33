import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { formatCivilDate } from "@/lib/dates";
import { orNotFound, pageReader } from "@/server/auth/page";
import { getPerson } from "@/server/features/membership/get-person";

export const metadata: Metadata = { title: "Person" };

const term = (from: string, to: string | null) => `${formatCivilDate(from)} to ${to ? formatCivilDate(to) : "now"}`;

export default async function PersonPage({ params }: { params: Promise<{ area: string; person: string }> }) {
  const { area: slug, person } = await params;
  const p = await orNotFound(getPerson(await pageReader(), slug, person));
  return (
    <>
      <PageHeader caption={p.area.name} title={p.person.name} />
      <SectionHeading>Posts</SectionHeading>
      {p.posts.length === 0 ? (
        <p>No posts recorded.</p>
      ) : (
        <Table caption="Posts" captionHidden head={["Post", "Organisation", "Term", ""]}>
          {p.posts.map((h) => (
            <tr key={`${h.title}-${h.from}`}>
              <Td header>
                {h.inArea ? (
                  <Link className="text-brand underline" href={`/areas/${slug}/posts/${encodeURIComponent(h.key)}`}>
                    {h.title}
                  </Link>
                ) : (
                  h.title
                )}
              </Td>
              <Td>{h.organisation}</Td>
              <Td>{term(h.from, h.to)}</Td>
              <Td>
                {h.current ? (
                  <Tag tone="green">Current</Tag>
                ) : h.future ? (
                  <Tag tone="blue">From then</Tag>
                ) : (
                  <Tag>Past</Tag>
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <p className="mb-6">
        <Link className="text-brand underline" href={`/areas/${slug}/posts`}>
          Every post in {p.area.name}, with its holder (and where you may, record a new holder)
        </Link>
      </p>
      <SectionHeading>Boards</SectionHeading>
      <Table caption="Board memberships" captionHidden head={["Board", "Capacity", "Representing", "Term", ""]}>
        {p.memberships.map((m) => (
          <tr key={`${m.key}-${m.capacity}-${m.from}`}>
            <Td header>
              {m.board} ({m.key})
            </Td>
            <Td>{m.capacity}</Td>
            <Td>{m.organisation}</Td>
            <Td>{term(m.from, m.to)}</Td>
            <Td>{m.current ? <Tag tone="green">Current</Tag> : <Tag>Past</Tag>}</Td>
          </tr>
        ))}
      </Table>
    </>
  );
}
