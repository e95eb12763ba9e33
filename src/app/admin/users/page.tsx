import type { Metadata } from "next";
import Link from "next/link";
import { Button, TextField } from "@/components/ui/form";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { formatLondonDateTime } from "@/lib/london-time";
import { orNotFound, pageReader } from "@/server/auth/page";
import { listUsers } from "@/server/features/users/list-users";

export const metadata: Metadata = { title: "Users and roles" };

type Search = Record<string, string | string[] | undefined>;

/** Administrators' list of users: their roles, last sign-in and state; filtered by name or email. */
export default async function UsersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const q = (Array.isArray(search.q) ? search.q[0] : search.q)?.slice(0, 200) ?? "";
  const reader = await pageReader();
  const users = await orNotFound(listUsers(reader, { q }));
  return (
    <main id="main" className="py-10">
      <PageHeader title="Users and roles">
        <p>Who can sign in, and what each person may do. Invite someone to give them an account.</p>
      </PageHeader>
      <p className="mb-6">
        <Link className="text-lg font-bold text-brand underline" href="/admin/users/new">
          Invite a user
        </Link>
      </p>
      <form
        method="get"
        aria-label="Filter users"
        className="mb-8 flex max-w-3xl flex-wrap items-end gap-4 bg-panel p-4"
      >
        <TextField id="q" name="q" label="Name or email" defaultValue={q} />
        <div className="mb-6">
          <Button secondary>Filter</Button>
        </div>
      </form>
      <Table
        caption={`${users.length} user${users.length === 1 ? "" : "s"}`}
        head={["Name", "Email", "Roles", "Last sign-in", "State"]}
      >
        {users.map((u) => (
          <tr key={u.id}>
            <Td header>
              <Link className="text-brand underline" href={`/admin/users/${u.id}`}>
                {u.name}
              </Link>
            </Td>
            <Td>{u.email}</Td>
            <Td>
              {u.roles.length === 0 ? (
                "No role"
              ) : (
                <ul className="list-none">
                  {u.roles.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              )}
            </Td>
            <Td>{u.lastSignInAt ? formatLondonDateTime(u.lastSignInAt) : "Never"}</Td>
            <Td>
              {u.disabled ? (
                <Tag tone="red">Disabled</Tag>
              ) : u.invited ? (
                <Tag tone="blue">Invited</Tag>
              ) : (
                <Tag tone="green">Active</Tag>
              )}
            </Td>
          </tr>
        ))}
      </Table>
    </main>
  );
}
