/**
 * The registry rows (mutations.ts) of evidence restriction (issue 14): a secretariat or chair of a
 * board the item concerns (item:log there), or an administrator, marks a file or link restricted.
 * Kept in their own file, spread into MUTATIONS.
 */
import { restrictEvidenceAction } from "@/app/areas/[area]/items/[item]/actions";
import type { Db } from "@/server/data/database";
import { DEMO_ADMIN_EMAIL } from "@/server/seed/seed-demo-data";
import { makeCalendarItem, makeEvidence, makeLogEntry, makeObligation, makeProtocol } from "../../factories";
import { viaForm } from "./action-harness";
import type { Mutation } from "./mutations";

/**
 * A fresh item that only the board owes and concerns (a one-party protocol, no recipient), in its
 * current reporting year, with one unrestricted file logged against it.
 */
async function evidenceOn(db: Db, boardId: string) {
  const protocol = await makeProtocol(db, { parties: [boardId] });
  const obligation = await makeObligation(db, { protocolId: protocol.id, from: [boardId] });
  const cycle = await db.reportingCycle.findFirstOrThrow({
    where: { boardId, startsOn: { lte: "2026-11-23" }, endsOn: { gte: "2026-11-23" } },
  });
  const item = await makeCalendarItem(db, { obligationId: obligation.id, cycleId: cycle.id, status: "sent" });
  const actor = await db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL } });
  const entry = await makeLogEntry(db, { itemId: item.id, actorId: actor.id, action: "send" });
  const evidence = await makeEvidence(db, { logEntryId: entry.id, kind: "file" });
  return { itemId: item.id, evidenceId: evidence.id };
}

export const EVIDENCE_ROWS: Mutation[] = [
  {
    name: "restrictEvidenceAction",
    file: "src/app/areas/[area]/items/[item]/actions.ts",
    access: { permission: "item:log" },
    setup: async (db, { boardId }) => ({ boardId, ...(await evidenceOn(db, boardId)) }),
    valid: (t) => ({ evidenceId: t.evidenceId, mark: "restrict", area: "halton" }),
    endpoint: viaForm(restrictEvidenceAction),
    fields: { evidenceId: "id", mark: "evidence-mark" },
    audit: (t) => ({ action: "evidence.restrict", entityType: "Evidence", entityId: String(t.evidenceId) }),
  },
];
