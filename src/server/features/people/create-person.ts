import { createPersonSchema } from "@/lib/schemas/directory";
import { slugify, uniqueSlug } from "@/lib/slugify";
import type { Db, DbTx } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { authorizeAreaAdmin } from "@/server/authz/authorize-area";
import type { Viewer } from "@/server/authz/load-viewer";

/** A free slug for a person's name: two people may share a name, so "jo-smith-2" is fine. */
export async function freePersonSlug(tx: DbTx, name: string, alsoTaken: ReadonlySet<string> = new Set()) {
  const base = slugify(name, "person");
  const taken = new Set(
    (await tx.person.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((p) => p.slug),
  );
  return uniqueSlug(base, (s) => taken.has(s) || alsoTaken.has(s));
}

/** Refuses an email address someone else already has: imports match people by it. */
export async function refuseTakenEmail(tx: DbTx, email: string | undefined, invalid: string, exceptId?: string) {
  if (!email) return;
  const other = await tx.person.findFirst({ where: { email, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  if (other)
    throw new AppError("ALREADY_EXISTS", invalid, {
      email: ["Another person already has this email address: find them in the list instead"],
    });
}

/** A new person, created from an area's page and belonging to that area (decision 016); audited. */
export async function createPerson(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(createPersonSchema, raw, "Check the person's details");
  const area = await authorizeAreaAdmin(ctx.db, ctx.viewer, input.areaId);
  return inTransaction(ctx.db, async (tx) => {
    await refuseTakenEmail(tx, input.email, "Check the person's details");
    const person = await tx.person.create({
      data: {
        slug: await freePersonSlug(tx, input.name),
        name: input.name,
        email: input.email ?? null,
        areaId: area.id,
      },
    });
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "person.create",
      entityType: "Person",
      entityId: person.id,
      after: { slug: person.slug, name: person.name, email: person.email, areaId: area.id },
    });
    return { ...person, areaSlug: area.slug };
  });
}
