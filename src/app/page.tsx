import Link from "next/link";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { listMyBoards } from "@/server/services/list-my-boards";
import { listAreas } from "@/server/services/read-models";
import { RuleChecks } from "@/components/rules/rule-checks";
import { checkMembershipRules } from "@/server/services/check-membership-rules";

const ROLE_LABEL: Record<string, string> = { secretariat: "Secretariat", chair: "Chair", member: "Member", administrator: "Administrator" };

export default async function HomePage() {
  const viewer = await requireUser();
  const [boards, areas] = await Promise.all([listMyBoards(db, viewer), listAreas({ db, viewer })]);
  const isAdmin = viewer.grants.some((g) => g.role === "administrator");
  // Chairs (and the secretariat) see the membership rules about their boards that are not met.
  const watched = viewer.grants.filter((g) => g.boardId && (g.role === "chair" || g.role === "secretariat")).map((g) => g.boardId!);
  const watchedAreas = [...new Set(boards.filter((b) => b.roles.some((r) => r === "chair" || r === "secretariat")).map((b) => b.areaSlug))];
  const attention = (await Promise.all(watchedAreas.map((a) => checkMembershipRules({ db, viewer }, a)))).flat().filter((c) => c.status !== "met" && c.boardIds.some((id) => watched.includes(id)));
  return (
    <main id="main" className="py-10">
      <PageHeader title={`Welcome, ${viewer.name}`}>
        {isAdmin ? "You are an administrator: every area is open to you." : "Your boards, and the areas whose boards you work with."}
      </PageHeader>
      {boards.length > 0 && (
        <Table caption="Your boards" head={["Board", "Area", "Your role"]}>
          {boards.map((b) => (
            <tr key={`${b.areaSlug}-${b.key}`}>
              <Td header>
                <Link className="text-brand underline" href={`/areas/${b.areaSlug}/boards/${encodeURIComponent(b.key)}`}>
                  {b.name} ({b.key})
                </Link>
              </Td>
              <Td>{b.areaName}</Td>
              <Td>{b.roles.map((r) => ROLE_LABEL[r] ?? r).join(", ")}</Td>
            </tr>
          ))}
        </Table>
      )}
      {watched.length > 0 && (
        <>
          <SectionHeading>Membership rules needing attention</SectionHeading>
          {attention.length === 0 ? <p className="mb-6">None: every membership rule about your boards is met today.</p> : <RuleChecks caption="Membership rules needing attention" checks={attention} />}
        </>
      )}
      <SectionHeading>Areas</SectionHeading>
      <ul className="list-disc pl-6 space-y-2">
        {areas.map((a) => (
          <li key={a.slug}>
            <Link className="text-brand underline" href={`/areas/${a.slug}/boards`}>
              {a.name}
            </Link>{" "}
            ({a.boards} boards)
          </li>
        ))}
      </ul>
    </main>
  );
}
