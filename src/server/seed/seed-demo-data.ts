import type { AreaSeed } from "@/lib/schemas/area-seed";
import type { Role } from "@/lib/schemas/vocabulary";
import type { Db } from "@/server/data/database";
import type { Actor } from "@/server/core/audit";
import { appendAudit } from "@/server/core/audit";
import { hashPassword } from "@/server/auth/password";
import { createUser, grantRole, roleScopeKey } from "./builders";
import { importAreaSeed } from "./import-area-seed";
import { boardSlug } from "./import-boards-and-people";
import { importReferenceData, type ReferenceData } from "./import-reference-data";
import type { ImportStats } from "./sync-row";

export interface SeedSummary {
  reference: ImportStats;
  areas: { area: string; stats: ImportStats }[];
  users: ImportStats;
}

/** The demo accounts' shared password. Demo only: README says so, and `DEMO_PASSWORD` can change it. */
export const DEFAULT_DEMO_PASSWORD = "demo-portal-2026";

export const demoEmail = (areaSlug: string, boardKey: string, role: string) =>
  `${areaSlug}.${boardKey.toLowerCase()}.${role}@demo.example.org`;
export const DEMO_ADMIN_EMAIL = "admin@demo.example.org";

/**
 * Loads reference data and every area's file (boards, people, the five protocols): no users, no
 * history, so a real install may load the protocols as data (`cli seed --protocols-only`).
 */
export async function seedAreaData(
  db: Db,
  input: { reference: ReferenceData; areas: AreaSeed[]; actor?: Actor },
): Promise<Omit<SeedSummary, "users">> {
  const actor: Actor = input.actor ?? { type: "system", label: "seed" };
  const reference = await importReferenceData(db, input.reference);
  // Areas first, so a board that also belongs to another area (Kent and Medway SAB) can link to it.
  for (const seed of input.areas) {
    const existing = await db.area.findUnique({ where: { slug: seed.area.slug } });
    if (!existing) await db.area.create({ data: seed.area });
  }
  const areas: SeedSummary["areas"] = [];
  for (const seed of input.areas) areas.push({ area: seed.area.slug, stats: await importAreaSeed(db, actor, seed) });
  return { reference, areas };
}

/**
 * Loads reference data, every area's file and the demo users. Idempotent: a second run reports
 * everything unchanged and writes nothing. A demo account that already exists keeps its password
 * (someone may have changed it): the demo password is set only when the account is created.
 */
export async function seedDemoData(
  db: Db,
  input: { reference: ReferenceData; areas: AreaSeed[]; demoPassword: string; actor?: Actor },
): Promise<SeedSummary> {
  const actor: Actor = input.actor ?? { type: "system", label: "seed" };
  const { reference, areas } = await seedAreaData(db, { ...input, actor });
  const users = await seedDemoUsers(db, actor, input.areas, input.demoPassword);
  return { reference, areas, users };
}

async function seedDemoUsers(db: Db, actor: Actor, seeds: AreaSeed[], password: string): Promise<ImportStats> {
  const stats: ImportStats = { created: 0, updated: 0, unchanged: 0, retired: 0 };
  const ensureUser = async (
    email: string,
    name: string,
    personId: string | null,
    role: Role,
    scope: { boardId?: string },
  ) => {
    const existing = await db.user.findUnique({ where: { email } });
    let userId: string;
    if (!existing) {
      const created = await createUser(db, { email, name, personId, passwordHash: await hashPassword(password) });
      await appendAudit(db, actor, {
        action: "user.create",
        entityType: "User",
        entityId: created.id,
        after: { email, name },
      });
      stats.created++;
      userId = created.id;
    } else if (existing.name !== name || existing.personId !== personId) {
      // Never the password: a re-seed must not undo a change (or reopen an account with a known one).
      await db.user.update({ where: { id: existing.id }, data: { name, personId } });
      await appendAudit(db, actor, {
        action: "user.update",
        entityType: "User",
        entityId: existing.id,
        after: { email, name },
      });
      stats.updated++;
      userId = existing.id;
    } else {
      stats.unchanged++;
      userId = existing.id;
    }
    const scopeKey = roleScopeKey(role, scope.boardId);
    const grant = await db.roleAssignment.findUnique({ where: { userId_scopeKey: { userId, scopeKey } } });
    if (!grant) {
      const created = await grantRole(db, { userId, role, boardId: scope.boardId });
      await appendAudit(db, actor, {
        action: "role.grant",
        entityType: "RoleAssignment",
        entityId: created.id,
        after: { email, role, scopeKey },
      });
    }
  };

  await ensureUser(DEMO_ADMIN_EMAIL, "Demo Administrator", null, "administrator", {});
  for (const seed of seeds) {
    for (const b of seed.boards) {
      const board = await db.board.findUniqueOrThrow({ where: { slug: boardSlug(seed.area.slug, b.key) } });
      const current = seed.memberships.filter((m) => m.board === b.key && !m.to);
      const chair = current.find((m) => m.capacity === "chair");
      const member = current.find((m) => m.capacity === "member") ?? current.find((m) => m.capacity !== "chair");
      const people: { role: Role; key: string | undefined }[] = [
        { role: "secretariat", key: b.secretariat },
        { role: "chair", key: chair?.person },
        { role: "member", key: member?.person },
      ];
      for (const { role, key } of people) {
        if (!key) continue;
        const person = await db.person.findUniqueOrThrow({ where: { slug: key } });
        await ensureUser(demoEmail(seed.area.slug, b.key, role), person.name, person.id, role, { boardId: board.id });
      }
    }
  }
  return stats;
}
