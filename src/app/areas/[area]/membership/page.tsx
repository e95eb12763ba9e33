import type { Metadata } from "next";
import Link from "next/link";
import { TermPopover } from "@/components/membership/term-popover";
import { FilterSelect } from "@/components/ui/filter-select";
import { PageHeader } from "@/components/ui/page-header";
import { Tag } from "@/components/ui/tag";
import { formatCivilDate } from "@/lib/dates";
import { listCapacities } from "@/server/features/vocabularies/capacities";
import { orNotFound, pageReader } from "@/server/auth/page";
import { membershipMatrix } from "@/server/features/membership/membership-matrix";

export const metadata: Metadata = { title: "Membership" };

type Search = { board?: string; organisation?: string; capacity?: string };

export default async function MembershipPage({
  params,
  searchParams,
}: {
  params: Promise<{ area: string }>;
  searchParams: Promise<Search>;
}) {
  const { area: slug } = await params;
  const search = await searchParams;
  const reader = await pageReader();
  const capacities = await listCapacities(reader.db);
  const filters = {
    board: search.board && search.board.length <= 20 ? search.board : undefined,
    organisation: search.organisation && search.organisation.length <= 200 ? search.organisation : undefined,
    capacity: search.capacity && capacities.some((c) => c.value === search.capacity) ? search.capacity : undefined,
  };
  const m = await orNotFound(membershipMatrix(reader, slug, filters));
  const query = new URLSearchParams(
    Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();
  return (
    <>
      <PageHeader caption={m.area.name} title="Membership">
        Who sits on which board in {m.area.name}, in what capacity, since when: hover over or tab to a capacity to see
        its term. People on two or more boards are marked.
      </PageHeader>
      <p className="no-print mb-4">
        <Link className="text-brand underline" href={`/areas/${slug}/people`}>
          People
        </Link>
        {" · "}
        <Link className="text-brand underline" href={`/areas/${slug}/organisations`}>
          Organisations
        </Link>
      </p>
      <form method="get" className="no-print mb-4 flex flex-wrap items-end gap-3" aria-label="Filter the matrix">
        <FilterSelect
          id="board"
          label="Board"
          value={filters.board}
          options={m.boards.map((b) => [b.key, `${b.key}: ${b.name}`])}
        />
        <FilterSelect
          id="organisation"
          label="Organisation"
          value={filters.organisation}
          options={m.organisations.map((o) => [o, o])}
        />
        <FilterSelect
          id="capacity"
          label="Capacity"
          value={filters.capacity}
          options={capacities.map((c) => [c.value, c.label])}
        />
        <button type="submit" className="min-h-11 border-2 border-ink bg-panel px-4 py-2 font-bold">
          Filter
        </button>
      </form>
      <p className="no-print mb-4 flex flex-wrap gap-x-8">
        <a
          className="text-brand underline"
          href={`/areas/${slug}/membership/export${query ? `?${query}` : ""}`}
          download
        >
          Download as CSV (every membership, past terms included)
        </a>
        <Link className="text-brand underline" href={`/areas/${slug}/posts`}>
          Posts and their holders
        </Link>
      </p>
      <p role="status" className="mb-4">
        Showing {m.people.length} of {m.totalPeople} people.
      </p>
      {/* Room below the last row for a capacity's term, which would otherwise be clipped by the scroll box. */}
      <div className="mb-8 overflow-x-auto pb-24">
        <table className="border-collapse text-left text-base">
          <caption className="sr-only">Membership matrix for {m.area.name}: people down, boards across</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-ink py-2 pr-4 align-bottom">
                Person
              </th>
              <th scope="col" className="border-b-2 border-ink py-2 pr-4 align-bottom">
                Posts
              </th>
              {m.boards.map((b) => (
                <th key={b.id} scope="col" className="border-b-2 border-ink px-2 py-2 align-bottom">
                  <abbr title={b.name} className="no-underline">
                    {b.key}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {m.people.map((p) => (
              <tr key={p.slug} className={p.boardCount > 1 ? "bg-[#fff7bf]" : ""}>
                <th scope="row" className="border-b border-line py-2 pr-4 align-top font-bold">
                  <Link className="text-brand underline" href={`/areas/${slug}/people/${p.slug}`}>
                    {p.name}
                  </Link>
                  {p.boardCount > 1 && (
                    <span className="block">
                      <Tag tone="yellow">{p.boardCount} boards</Tag>
                    </span>
                  )}
                </th>
                <td className="border-b border-line py-2 pr-4 align-top">{p.posts.join("; ") || "—"}</td>
                {m.boards.map((b) => {
                  const seats = p.cells.get(b.id) ?? [];
                  return (
                    <td key={b.id} className="border-b border-line px-2 py-2 align-top">
                      {seats.length === 0 ? (
                        <span className="sr-only">Not a member</span>
                      ) : (
                        seats.map((s) => (
                          <span key={s.capacity} className="block">
                            <TermPopover
                              label={s.label}
                              term={`Representing ${s.organisation}, from ${formatCivilDate(s.from)} ${s.to ? `to ${formatCivilDate(s.to)}` : "with no end date"}`}
                            />
                            {s.source && <span className="block text-sm text-muted">clause {s.source}</span>}
                          </span>
                        ))
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
