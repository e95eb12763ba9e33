import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { formatCivilDate, londonToday } from "@/lib/dates";
import { challengeListFilter } from "@/lib/schemas/challenge";
import { orNotFound, pageReader } from "@/server/auth/page";
import { listAreaChallenges } from "@/server/features/challenges/list-area-challenges";
import { ChallengeStatusTag, OverdueTag } from "./status-tag";

export const metadata: Metadata = { title: "Challenges" };

/** Challenges between the area's boards (Halton 44-45, Kent 4.1, Knowsley 10.1), open ones first. */
export default async function ChallengesPage({
  params,
  searchParams,
}: {
  params: Promise<{ area: string }>;
  searchParams: Promise<{ show?: string }>;
}) {
  const { area: slug } = await params;
  const show = challengeListFilter.parse((await searchParams).show);
  const reader = await pageReader();
  const { area, challenges, canRaise } = await orNotFound(listAreaChallenges(reader, slug, show));
  const caption = show === "open" ? "Challenges not yet resolved" : "All challenges";
  return (
    <>
      <PageHeader caption={area.name} title="Challenges">
        One board&apos;s chair calls another board to account under the protocol they share; a formal response is due by
        a date, and an unresolved challenge goes up the protocol&apos;s resolution route.
      </PageHeader>
      {canRaise && (
        <p className="no-print mb-6 text-xl">
          <Link className="font-bold text-brand underline" href={`/areas/${slug}/challenges/new`}>
            Raise a challenge
          </Link>
        </p>
      )}
      <form method="get" className="no-print mb-6 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="show" className="block font-bold">
            Show
          </label>
          <select
            id="show"
            name="show"
            defaultValue={show}
            className="min-h-11 border-2 border-ink bg-white px-2 py-2 text-lg"
          >
            <option value="open">Not yet resolved</option>
            <option value="all">All, including resolved</option>
          </select>
        </div>
        <button type="submit" className="min-h-11 border-2 border-ink bg-panel px-4 py-2 font-bold">
          Show challenges
        </button>
      </form>
      {challenges.length === 0 ? (
        <p>{show === "open" ? "No challenges are open." : "No challenges have been raised."}</p>
      ) : (
        <Table caption={caption} head={["Subject", "From", "To", "Status", "With", "Response due", "Raised"]}>
          {challenges.map((c) => (
            <tr key={c.id}>
              <Td header>
                <Link className="text-brand underline" href={`/areas/${slug}/challenges/${c.id}`}>
                  {c.subject}
                </Link>
              </Td>
              <Td>{c.from.key}</Td>
              <Td>{c.to.key}</Td>
              <Td>
                <ChallengeStatusTag status={c.status} />
              </Td>
              <Td>{c.currentStep}</Td>
              <Td>
                {c.currentDueOn ? formatCivilDate(c.currentDueOn) : "No due date"} {c.overdue && <OverdueTag />}
              </Td>
              <Td>{formatCivilDate(londonToday(c.raisedAt))}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
