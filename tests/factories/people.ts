import type { Prisma } from "@/generated/prisma-sqlite/client";
import type { Role } from "@/lib/schemas/vocabulary";
import type { DbTx } from "@/server/data/database";
import { createUser, grantRole } from "@/server/seed/builders";
import { TEST_PASSWORD } from "./seed";
import { nextNumber } from "./unique";

/** The organisation a member represents when a test does not say: the first by slug (needs seeded data). */
const anyOrganisation = async (db: DbTx) => (await db.organisation.findFirstOrThrow({ orderBy: { slug: "asc" } })).id;

/** A person with a unique slug and name. */
export function makePerson(db: DbTx, fields: Partial<Prisma.PersonUncheckedCreateInput> = {}) {
  const n = nextNumber();
  return db.person.create({
    data: { slug: `test-person-${process.pid}-${n}`, name: `Testperson Number${n}`, ...fields },
  });
}

/** A current member of the board from 1 January 2026: a fresh person unless `personId` is given. */
export async function makeMembership(
  db: DbTx,
  fields: { boardId: string } & Partial<Prisma.MembershipUncheckedCreateInput>,
) {
  const personId = fields.personId ?? (await makePerson(db)).id;
  const organisationId = fields.organisationId ?? (await anyOrganisation(db));
  return db.membership.create({
    data: { capacity: "member", startsOn: "2026-01-01", ...fields, personId, organisationId },
  });
}

/**
 * A post with a unique key, held by nobody. It belongs to `areaId`, or to the first area of `boardId`
 * (a board's post, whose holders that board's membership managers record).
 */
export async function makePost(
  db: DbTx,
  fields: ({ areaId: string } | { boardId: string }) & Partial<Prisma.PostUncheckedCreateInput>,
) {
  const n = nextNumber();
  const areaId =
    fields.areaId ??
    (await db.boardArea.findFirstOrThrow({ where: { boardId: fields.boardId! }, orderBy: { areaId: "asc" } })).areaId;
  const organisationId = fields.organisationId ?? (await anyOrganisation(db));
  return db.post.create({
    data: { key: `TEST-POST-${process.pid}-${n}`, title: `Test post ${n}`, ...fields, areaId, organisationId },
  });
}

export interface UserFields {
  email?: string;
  name?: string;
  personId?: string | null;
  disabled?: boolean;
  /** Stored as its hash; TEST_PASSWORD unless given. */
  password?: string;
  /** Instead of `password`: a ready hash, or null for an account that signs in only through single sign-on. */
  passwordHash?: string | null;
  /** A role to grant: on `boardId`, or everywhere (an administrator) without one. */
  role?: Role;
  boardId?: string | null;
}

/** A user with a unique address, through the seed's builders; with `role`, a role on a board (or everywhere). */
export async function makeUser(db: DbTx, fields: UserFields = {}) {
  const n = nextNumber();
  const account = {
    email: fields.email ?? `test-user-${process.pid}-${n}@example.org`,
    name: fields.name ?? `Testuser Number${n}`,
    personId: fields.personId,
    disabled: fields.disabled,
  };
  const user = await createUser(
    db,
    fields.passwordHash !== undefined
      ? { ...account, passwordHash: fields.passwordHash }
      : { ...account, password: fields.password ?? TEST_PASSWORD },
  );
  if (fields.role) await grantRole(db, { userId: user.id, role: fields.role, boardId: fields.boardId });
  return user;
}
