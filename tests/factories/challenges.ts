import type { Prisma } from "@/generated/prisma-sqlite/client";
import type { DbTx } from "@/server/data/database";
import { nextNumber } from "./unique";

/**
 * A challenge from one board to another under a protocol, made directly in the state a test needs
 * (open by default, a response due on 21 December 2026), with a unique subject.
 */
export function makeChallenge(
  db: DbTx,
  fields: {
    fromBoardId: string;
    toBoardId: string;
    protocolId: string;
    raisedById: string;
  } & Partial<Prisma.ChallengeUncheckedCreateInput>,
) {
  return db.challenge.create({
    data: {
      subject: `Test challenge ${process.pid}-${nextNumber()}`,
      detail: "The annual report did not cover the board's statutory duties.",
      responseDueOn: "2026-12-21",
      status: "open",
      ...fields,
    },
  });
}
