import { keyFromTitle } from "@/lib/protocol-key";
import { newProtocolSchema } from "@/lib/schemas/protocol";
import { routeToStore } from "@/lib/schemas/resolution-route";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import type { Viewer } from "@/server/authz/load-viewer";
import { authorizeNewProtocol } from "@/server/authz/authorize-protocol";

const CHECK = "Check the protocol's details";
const invalid = (field: string, message: string) => new AppError("VALIDATION", CHECK, { [field]: [message] });

/**
 * A protocol written from scratch (issue 10): a draft with its parties and no clauses yet. Its
 * clauses, then its duties, are added while it is a draft; each party's chair then signs it off
 * (sign-off-protocol), and only then does it feed calendar generation. Parties: two or more boards,
 * at least one of the area it is created in, none archived (docs/decisions/018).
 */
export async function createProtocol(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(newProtocolSchema, raw, CHECK);
  const { area, boards } = await authorizeNewProtocol(ctx.db, ctx.viewer, input.area, input.parties);
  if (area.archivedAt) throw new AppError("CONFLICT", `${area.name} is archived: no new protocols are made in it`);
  const archived = boards.find((b) => b.archivedAt);
  if (archived) throw invalid("parties", `${archived.name} is archived: choose boards that are still running`);
  if (!boards.some((b) => b.areas.some((a) => a.areaId === area.id)))
    throw invalid("parties", `Choose at least one board of ${area.name}`);
  const key = input.key ?? keyFromTitle(input.title);
  if (!key) throw invalid("key", "Enter a key: lower-case letters, digits and hyphens");
  const taken = await ctx.db.protocol.findFirst({ where: { key }, select: { title: true } });
  if (taken)
    throw invalid("key", `The key "${key}" is already used by the protocol "${taken.title}": choose another key`);
  const route = routeToStore(
    input.resolutionRoute,
    input.respondWithinAmount
      ? { amount: input.respondWithinAmount, unit: input.respondWithinUnit ?? "working-days" }
      : undefined,
  );
  const duplicate = {
    message: "Someone made a protocol with this key at the same moment. Nothing was saved.",
    fieldErrors: { key: [`The key "${key}" is already used: choose another key`] },
  };
  return inTransaction(
    ctx.db,
    async (tx) => {
      const protocol = await tx.protocol.create({
        data: {
          key,
          title: input.title,
          version: input.version,
          status: "draft",
          sourceDocument: input.sourceDocument ?? null,
          notes: input.notes ?? null,
          resolutionRoute: route ? JSON.stringify(route) : null,
          parties: { create: input.parties.map((boardId) => ({ boardId })) },
        },
      });
      await appendAudit(tx, actorOf(ctx.viewer), {
        action: "protocol.create",
        entityType: "Protocol",
        entityId: protocol.id,
        after: {
          key,
          title: protocol.title,
          version: protocol.version,
          status: "draft",
          parties: input.parties,
          sourceDocument: protocol.sourceDocument,
          notes: protocol.notes,
          resolutionRoute: route,
        },
      });
      return { id: protocol.id, key, area: area.slug };
    },
    { duplicate },
  );
}
