import Link from "next/link";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { listMyBoards } from "@/server/services/list-my-boards";
import { listAreas } from "@/server/services/read-models";

const ROLE_LABEL: Record<string, string> = { secretariat: "Secretariat", chair: "Chair", member: "Member", administrator: "Administrator" };

export default async function HomePage() {
  const viewer = await requireUser();
  const [boards, areas] = await Promise.all([listMyBoards(db, viewer), listAreas({ db, viewer })]);
  const isAdmin = viewer.grants.some((g) => g.role === "administrator");
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
