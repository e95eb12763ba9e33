import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { Table, Td } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { formatLondonDateTime } from "@/lib/london-time";
import { orNotFound, pageReader } from "@/server/auth/page";
import { getUser } from "@/server/features/users/get-user";
import { disableUserAction, enableUserAction, revokeInvitationAction, revokeRoleAction } from "./actions";
import { ButtonForm, GrantRoleForm, LinkPersonForm, RenewInvitationForm } from "./forms";

export const metadata: Metadata = { title: "User" };

/** One user: roles (grant, remove), account state (disable, enable), their person, their invitation. */
export default async function UserPage({ params }: { params: Promise<{ user: string }> }) {
  const { user: userId } = await params;
  const reader = await pageReader();
  const { user, roles, invitation, manageable, scopes, people } = await orNotFound(getUser(reader, userId));
  const state = user.disabled ? (
    <Tag tone="red">Disabled</Tag>
  ) : !user.hasPassword ? (
    <Tag tone="blue">Invited</Tag>
  ) : (
    <Tag tone="green">Active</Tag>
  );
  return (
    <main id="main" className="py-10">
      <p className="mb-4">
        <Link className="text-brand underline" href="/admin/users">
          Back to users and roles
        </Link>
      </p>
      <PageHeader caption="User" title={user.name} />
      <SummaryList
        rows={[
          { key: "Email", value: user.email },
          { key: "State", value: state },
          { key: "Last sign-in", value: user.lastSignInAt ? formatLondonDateTime(user.lastSignInAt) : "Never" },
          { key: "Person", value: user.person?.name ?? "Not linked" },
        ]}
      />

      <SectionHeading id="roles">Roles</SectionHeading>
      {roles.length === 0 ? (
        <p className="mb-6">No role yet: they can sign in but see no board.</p>
      ) : (
        <Table caption="Roles held" captionHidden head={["Role", "Action"]}>
          {roles.map((r) => (
            <tr key={r.id}>
              <Td header>{r.label}</Td>
              <Td>
                {r.removable ? (
                  <ButtonForm
                    action={revokeRoleAction}
                    hidden={{ userId: user.id, grantId: r.id }}
                    label={`Remove: ${r.label}`}
                    secondary
                  />
                ) : (
                  "Outside the areas you administer"
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <h3 className="mb-3 text-xl font-bold">Grant a role</h3>
      <GrantRoleForm userId={user.id} scopes={scopes} />

      {manageable && (
        <>
          <SectionHeading id="account">Account</SectionHeading>
          {user.disabled ? (
            <>
              <p className="mb-3">Their account is disabled: they cannot sign in.</p>
              <ButtonForm
                action={enableUserAction}
                hidden={{ userId: user.id, version: user.version }}
                label="Enable account"
              />
            </>
          ) : (
            <>
              <p className="mb-3">Disabling signs them out at once and stops them signing in. Their history stays.</p>
              <ButtonForm
                action={disableUserAction}
                hidden={{ userId: user.id, version: user.version }}
                label="Disable account"
                secondary
              />
            </>
          )}

          <SectionHeading id="person">Person</SectionHeading>
          <LinkPersonForm
            userId={user.id}
            version={user.version}
            people={people.map((p) => ({ value: p.id, label: p.name }))}
            current={user.person?.id ?? null}
          />

          <SectionHeading id="invitation">Invitation</SectionHeading>
          {invitation ? (
            <>
              <p className="mb-3">
                {invitation.expired
                  ? `Their link expired on ${formatLondonDateTime(invitation.expiresAt)}.`
                  : `Their link works until ${formatLondonDateTime(invitation.expiresAt)}.`}
              </p>
              <div className="mb-6">
                <ButtonForm
                  action={revokeInvitationAction}
                  hidden={{ invitationId: invitation.id }}
                  label="Withdraw invitation"
                  secondary
                />
              </div>
            </>
          ) : (
            <p className="mb-3">No open invitation.</p>
          )}
          {!user.disabled && (
            <RenewInvitationForm
              userId={user.id}
              label={user.hasPassword ? "Send a link to set a new password" : "Send a new invitation"}
            />
          )}
        </>
      )}
    </main>
  );
}
