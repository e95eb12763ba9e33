import type { Db, DbTx } from "@/server/data/database";
import { toAppError, type DuplicateMessage } from "./errors";

/**
 * Runs a service's writes in one transaction. A unique-constraint violation leaves it as
 * ALREADY_EXISTS (toAppError), worded by `duplicate` where the service can say what collided,
 * e.g. someone else doing the same thing at the same moment.
 */
export async function inTransaction<T>(
  db: Db,
  work: (tx: DbTx) => Promise<T>,
  options: { duplicate?: DuplicateMessage; timeout?: number; maxWait?: number } = {},
): Promise<T> {
  const { duplicate, ...transactionOptions } = options;
  try {
    return await db.$transaction(work, transactionOptions);
  } catch (error) {
    throw toAppError(error, duplicate) ?? error;
  }
}
