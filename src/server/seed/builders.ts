import type { Role } from "@/lib/schemas/vocabulary";
import type { DbTx } from "@/server/data/database";
import { hashPassword } from "@/server/auth/password";

/**
 * Builders shared by the seed and the tests' factories (tests/factories re-exports them): rows whose
 * shape carries a rule, written once so that demo data and test data cannot drift apart. They write
 * the row only; callers audit (the seed does, a test's fixture need not).
 */

/**
 * The key that makes a grant unique per user: one grant of a role per board, or one global grant
 * (an administrator's). `RoleAssignment.scopeKey` is unique together with the user.
 */
export const roleScopeKey = (role: Role, boardId?: string | null, areaId?: string | null) =>
  boardId ? `${role}:board:${boardId}` : areaId ? `${role}:area:${areaId}` : `${role}:global`;

/** Grants a role on a board, over an area (administrators), or everywhere when neither is given. */
export function grantRole(
  db: DbTx,
  input: { userId: string; role: Role; boardId?: string | null; areaId?: string | null },
) {
  const boardId = input.boardId ?? null;
  const areaId = boardId ? null : (input.areaId ?? null);
  return db.roleAssignment.create({
    data: {
      userId: input.userId,
      role: input.role,
      scopeKey: roleScopeKey(input.role, boardId, areaId),
      boardId,
      areaId,
    },
  });
}

export type NewUser = {
  email: string;
  name: string;
  personId?: string | null;
  disabled?: boolean;
} & (
  | { /** Hashed here, as sign-in will verify it. */ password: string; passwordHash?: never }
  | {
      /** Already hashed (the seed keeps a hash that still matches), or null for single sign-on only. */ passwordHash:
        string | null;
      password?: never;
    }
);

/** A user account. A password is stored only as its hash. */
export async function createUser(db: DbTx, input: NewUser) {
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : input.passwordHash;
  return db.user.create({
    data: {
      email: input.email,
      name: input.name,
      personId: input.personId ?? null,
      passwordHash,
      disabled: input.disabled ?? false,
    },
  });
}
