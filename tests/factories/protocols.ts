import type { Prisma } from "@/generated/prisma-sqlite/client";
import type { DbTx } from "@/server/data/database";
import { nextNumber, uniqueKey } from "./unique";

type ClauseFields = Partial<Omit<Prisma.ClauseUncheckedCreateInput, "protocolId">>;

/**
 * A protocol between `parties` (board ids), agreed on 1 January 2026 unless `status` says otherwise,
 * with a unique key and, unless `clauses` says otherwise, one clause (ref "1"). Returns it with its
 * parties and clauses.
 */
export function makeProtocol(
  db: DbTx,
  fields: { parties: readonly string[]; clauses?: readonly ClauseFields[] } & Partial<
    Omit<Prisma.ProtocolUncheckedCreateInput, "parties" | "clauses">
  >,
) {
  const { parties, clauses = [{}], ...rest } = fields;
  const n = nextNumber();
  const status = rest.status ?? "agreed";
  return db.protocol.create({
    data: {
      key: `test-protocol-${process.pid}-${n}`,
      title: `Test protocol ${n}`,
      version: "1",
      approvedOn: status === "agreed" ? "2026-01-01" : null,
      ...rest,
      status,
      parties: { create: parties.map((boardId) => ({ boardId })) },
      clauses: {
        create: clauses.map((c, i) => ({
          ref: String(i + 1),
          text: "The boards will report to each other annually.",
          position: i,
          ...c,
        })),
      },
    },
    include: { parties: true, clauses: { orderBy: { position: "asc" } } },
  });
}

/** A clause of the protocol, with a unique ref. */
export function makeClause(db: DbTx, fields: { protocolId: string } & ClauseFields) {
  return db.clause.create({
    data: { ref: uniqueKey("test"), text: "The boards will report to each other annually.", position: 0, ...fields },
  });
}

/**
 * A duty (obligation) of the protocol under `clauseId` (by default the protocol's first clause), owed
 * by the `from` boards to the `to` boards. Unless `frequency` is given it is an annual report due
 * between September and December; its key is unique.
 */
export async function makeObligation(
  db: DbTx,
  fields: { protocolId: string; from?: readonly string[]; to?: readonly string[] } & Partial<
    Omit<Prisma.ObligationUncheckedCreateInput, "parties">
  >,
) {
  const { from = [], to = [], ...rest } = fields;
  const clauseId =
    rest.clauseId ??
    (await db.clause.findFirstOrThrow({ where: { protocolId: rest.protocolId }, orderBy: { position: "asc" } })).id;
  const cadence = rest.frequency ? {} : { frequency: "annual", windowFromMonth: 9, windowToMonth: 12 };
  const party = (role: "from" | "to") => (boardId: string, position: number) => ({ role, position, boardId });
  return db.obligation.create({
    data: {
      key: uniqueKey("test-duty"),
      kind: "report",
      summary: "The board reports on its work once a year",
      modality: "must",
      frequency: "annual",
      position: 0,
      ...cadence,
      ...rest,
      clauseId,
      parties: { create: [...from.map(party("from")), ...to.map(party("to"))] },
    },
  });
}
