/**
 * The users and roles actions' rows of the mutation registry (mutations.ts spreads them in): each
 * setup makes a fresh user, so every matrix case acts on its own account.
 */
import type { Db } from "@/server/data/database";
import { createInvitation } from "@/server/features/users/invitation-token";
import { createUser, grantRole } from "@/server/seed/builders";
import { inviteUserAction } from "@/app/admin/users/new/actions";
import {
  disableUserAction,
  enableUserAction,
  grantRoleAction,
  linkPersonAction,
  renewInvitationAction,
  revokeInvitationAction,
  revokeRoleAction,
} from "@/app/admin/users/[user]/actions";
import { viaForm } from "./action-harness";
import type { Mutation } from "./mutations";

let counter = 0;
const unique = () => `${process.pid}-${++counter}`;
const PAGE = "src/app/admin/users/[user]/actions.ts";
/** Users and roles are administrators' work ("user:manage"): the matrix's administrator manages every board's. */
const access = { permission: "user:manage" } as const;

async function freshUser(db: Db, options: { disabled?: boolean; memberOf?: string } = {}) {
  const n = unique();
  const user = await createUser(db, {
    email: `matrix-user-${n}@example.org`,
    name: `Matrix User ${n}`,
    passwordHash: null,
    disabled: options.disabled ?? false,
  });
  const grant = options.memberOf
    ? await grantRole(db, { userId: user.id, role: "member", boardId: options.memberOf })
    : null;
  return { userId: user.id, grantId: grant?.id ?? "" };
}

export const USER_ROWS: Mutation[] = [
  {
    name: "inviteUserAction",
    file: "src/app/admin/users/new/actions.ts",
    access,
    setup: (_db, { boardId }) => Promise.resolve({ boardId, email: `matrix-invite-${unique()}@example.org` }),
    valid: (t) => ({ email: t.email, name: "Invited Person", role: "member", scope: `board:${t.boardId}`, days: "7" }),
    endpoint: viaForm(inviteUserAction),
    fields: { email: "email", name: { text: { min: 1, max: 200 } }, role: "role", scope: "role-scope", days: "days" },
    audit: () => ({ action: "user.invite", entityType: "User" }),
  },
  {
    name: "grantRoleAction",
    file: PAGE,
    access,
    setup: async (db, { boardId }) => ({ boardId, ...(await freshUser(db)) }),
    valid: (t) => ({ userId: t.userId, role: "chair", scope: `board:${t.boardId}` }),
    endpoint: viaForm(grantRoleAction),
    fields: { userId: "id", role: "role", scope: "role-scope" },
    audit: () => ({ action: "role.grant", entityType: "RoleAssignment" }),
  },
  {
    name: "revokeRoleAction",
    file: PAGE,
    access,
    setup: async (db, { boardId }) => ({ boardId, ...(await freshUser(db, { memberOf: boardId })) }),
    valid: (t) => ({ userId: t.userId, grantId: t.grantId }),
    endpoint: viaForm(revokeRoleAction),
    fields: { userId: "id", grantId: "id" },
    audit: (t) => ({ action: "role.revoke", entityType: "RoleAssignment", entityId: String(t.grantId) }),
  },
  {
    name: "disableUserAction",
    file: PAGE,
    access,
    setup: async (db, { boardId }) => ({ boardId, ...(await freshUser(db, { memberOf: boardId })) }),
    valid: (t) => ({ userId: t.userId, version: "1" }),
    endpoint: viaForm(disableUserAction),
    fields: { userId: "id", version: "version" },
    audit: (t) => ({ action: "user.disable", entityType: "User", entityId: String(t.userId) }),
  },
  {
    name: "enableUserAction",
    file: PAGE,
    access,
    setup: async (db, { boardId }) => ({ boardId, ...(await freshUser(db, { disabled: true, memberOf: boardId })) }),
    valid: (t) => ({ userId: t.userId, version: "1" }),
    endpoint: viaForm(enableUserAction),
    fields: { userId: "id", version: "version" },
    audit: (t) => ({ action: "user.enable", entityType: "User", entityId: String(t.userId) }),
  },
  {
    name: "linkPersonAction",
    file: PAGE,
    access,
    setup: async (db, { boardId }) => {
      const n = unique();
      const person = await db.person.create({ data: { slug: `matrix-linked-${n}`, name: `Linked Person ${n}` } });
      return { boardId, personId: person.id, ...(await freshUser(db, { memberOf: boardId })) };
    },
    valid: (t) => ({ userId: t.userId, personId: t.personId, version: "1" }),
    endpoint: viaForm(linkPersonAction),
    fields: { userId: "id", personId: "nullable-id", version: "version" },
    audit: (t) => ({ action: "user.link-person", entityType: "User", entityId: String(t.userId) }),
  },
  {
    name: "renewInvitationAction",
    file: PAGE,
    access,
    setup: async (db, { boardId }) => ({ boardId, ...(await freshUser(db, { memberOf: boardId })) }),
    valid: (t) => ({ userId: t.userId, days: "7" }),
    endpoint: viaForm(renewInvitationAction),
    fields: { userId: "id", days: "days" },
    audit: () => ({ action: "invitation.create", entityType: "Invitation" }),
  },
  {
    name: "revokeInvitationAction",
    file: PAGE,
    access,
    setup: async (db, { boardId }) => {
      const user = await freshUser(db, { memberOf: boardId });
      const { invitation } = await createInvitation(db, {
        userId: user.userId,
        purpose: "invitation",
        days: 7,
        createdById: null,
        now: new Date(),
      });
      return { boardId, invitationId: invitation.id };
    },
    valid: (t) => ({ invitationId: t.invitationId }),
    endpoint: viaForm(revokeInvitationAction),
    fields: { invitationId: "id" },
    audit: (t) => ({ action: "invitation.revoke", entityType: "Invitation", entityId: String(t.invitationId) }),
  },
];
