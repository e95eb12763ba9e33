import { createHash } from "node:crypto";
import { planPeopleImport, readPeopleCsv, type ImportLookups, type ImportPlan } from "@/lib/people-import";
import { previewPeopleImportSchema } from "@/lib/schemas/directory";
import type { Db, DbTx } from "@/server/data/database";
import { parse } from "@/server/core/parse";
import { authorizeAreaAdmin, organisationInArea, personInArea } from "@/server/authz/authorize-area";
import type { Viewer } from "@/server/authz/load-viewer";

/** What the area holds that a file of people may name: its boards, organisations, capacities, people. */
async function loadLookups(db: DbTx, areaId: string, text: string): Promise<ImportLookups> {
  const emails = [
    ...new Set(
      readPeopleCsv(text)
        .rows.map((r) => r.values.email.toLowerCase())
        .filter((e) => e.includes("@")),
    ),
  ];
  const [organisations, links, capacities, people] = await Promise.all([
    // The area's own organisations first, then shared ones (the seed's): a name matches the first.
    db.organisation.findMany({
      where: { OR: [organisationInArea(areaId), { areaId: null }] },
      orderBy: [{ name: "asc" }],
    }),
    db.boardArea.findMany({ where: { areaId, board: { archivedAt: null } }, include: { board: true } }),
    db.capacity.findMany({ orderBy: { position: "asc" } }),
    db.person.findMany({
      where: { OR: [personInArea(areaId), ...(emails.length ? [{ email: { in: emails } }] : [])] },
      include: { memberships: { where: { board: { areas: { some: { areaId } } } } } },
    }),
  ]);
  const inArea = new Set(
    (await db.person.findMany({ where: personInArea(areaId), select: { id: true } })).map((p) => p.id),
  );
  return {
    organisations: [...organisations].sort((a, b) => Number(b.areaId === areaId) - Number(a.areaId === areaId)),
    boards: links.map((l) => ({ id: l.boardId, key: l.key, acronym: l.board.acronym, name: l.board.name })),
    capacities: capacities.map((c) => ({ key: c.key, name: c.name })),
    people: people.map((p) => ({ id: p.id, name: p.name, email: p.email, inArea: inArea.has(p.id) })),
    memberships: people.flatMap((p) => p.memberships),
  };
}

/** A short digest of what confirming would write: the confirm refuses if it is not the one previewed. */
export function fingerprintOf(plan: ImportPlan): string {
  const essence = plan.rows.map((r) => [r.line, r.person, r.membership, r.resolved]);
  return createHash("sha256")
    .update(JSON.stringify([essence, plan.newPeople]))
    .digest("hex")
    .slice(0, 16);
}

/** Plans an import for the area (read-only): the preview, and the first step of the confirm. */
export async function planAreaPeopleImport(db: DbTx, areaId: string, csv: string) {
  const plan = planPeopleImport(csv, await loadLookups(db, areaId, csv));
  return { plan, fingerprint: fingerprintOf(plan) };
}

/** The preview of a file of people and memberships: what each row would do, and each row's errors. Writes nothing. */
export async function previewPeopleImport(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(previewPeopleImportSchema, raw, "Choose a CSV file to preview");
  await authorizeAreaAdmin(ctx.db, ctx.viewer, input.areaId);
  return planAreaPeopleImport(ctx.db, input.areaId, input.csv);
}
