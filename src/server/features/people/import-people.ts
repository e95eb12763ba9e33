import { importable, type ImportPlan } from "@/lib/people-import";
import { confirmPeopleImportSchema } from "@/lib/schemas/directory";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { authorizeAreaAdmin } from "@/server/authz/authorize-area";
import type { Viewer } from "@/server/authz/load-viewer";
import { freePersonSlug } from "./create-person";
import { planAreaPeopleImport } from "./plan-people-import";

/** The first errors of a plan, for the message at the file field. */
function errorsOf(plan: ImportPlan): string[] {
  if (plan.fileErrors.length) return plan.fileErrors;
  const rows = plan.rows.filter((r) => Object.keys(r.errors).length > 0);
  const first = rows.slice(0, 3).map((r) => `Row ${r.line}: ${Object.values(r.errors).flat().join("; ")}`);
  return rows.length > 3 ? [...first, `and ${rows.length - 3} more rows in error`] : first;
}

/**
 * Confirms a previewed import (issue 10): plans the same file again, refuses if any row is in error
 * or if what it would write is not what was previewed (the fingerprint), then creates the new people
 * and memberships in one transaction with one audit entry. Rows already recorded change nothing, so
 * importing the same file twice creates nothing the second time.
 */
export async function importPeople(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(confirmPeopleImportSchema, raw, "Check the file");
  const area = await authorizeAreaAdmin(ctx.db, ctx.viewer, input.areaId);
  return inTransaction(
    ctx.db,
    async (tx) => {
      const { plan, fingerprint } = await planAreaPeopleImport(tx, area.id, input.csv);
      if (!importable(plan))
        throw new AppError("VALIDATION", "Nothing was imported: the file has rows in error", { csv: errorsOf(plan) });
      if (fingerprint !== input.fingerprint)
        throw new AppError(
          "CONFLICT",
          "The people or boards of the area changed since the preview, or the file is not the one previewed. Nothing was imported: preview the file again.",
        );
      const counts = { ...plan.counts };
      if (counts.newPeople === 0 && counts.newMemberships === 0) return { area, counts };
      const ids = new Map<string, string>();
      const slugs = new Set<string>();
      for (const p of plan.newPeople) {
        const slug = await freePersonSlug(tx, p.name, slugs);
        slugs.add(slug);
        const person = await tx.person.create({ data: { slug, name: p.name, email: p.email, areaId: area.id } });
        ids.set(p.key, person.id);
      }
      const memberships = plan.rows.flatMap((row) =>
        row.membership === "new" && row.person && row.resolved
          ? [{ personId: row.person.kind === "existing" ? row.person.id : ids.get(row.person.key)!, ...row.resolved }]
          : [],
      );
      await tx.membership.createMany({ data: memberships });
      await appendAudit(tx, actorOf(ctx.viewer), {
        action: "people.import",
        entityType: "Area",
        entityId: area.id,
        after: {
          rows: counts.rows,
          newPeople: counts.newPeople,
          newMemberships: counts.newMemberships,
          alreadyRecorded: counts.existingMemberships,
        },
      });
      return { area, counts };
    },
    { timeout: 60_000 },
  );
}
