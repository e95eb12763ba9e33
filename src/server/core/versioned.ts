import { AppError } from "./errors";

/**
 * Optimistic locking. A form carries the version of the row it showed; a change is refused when
 * the row has moved on since (someone changed it after the page was opened), and the update itself
 * matches the version read, so of two changes at the same moment only one is saved.
 */

/** The refusal: a message, or a function that builds it (it may read what the row is now). */
export type Conflict = string | (() => AppError | Promise<AppError>);

const refusal = async (conflict: Conflict) =>
  typeof conflict === "string" ? new AppError("CONFLICT", conflict) : conflict();

/** Refuses a change made against an older version than the row's. */
export async function requireVersion(row: { version: number }, shown: number, conflict: Conflict): Promise<void> {
  if (row.version !== shown) throw await refusal(conflict);
}

/** A Prisma model delegate, as far as a conditional update needs it. */
interface UpdateMany<W, D> {
  updateMany(args: { where: W; data: D }): PromiseLike<{ count: number }>;
}

/**
 * Updates exactly the one row `where` still matches (its version, a timestamp, a state), or refuses.
 * `where` and `data` are typed by the model (NoInfer), so a misspelt column does not compile.
 */
export async function updateOnce<W, D>(
  model: UpdateMany<W, D>,
  where: NoInfer<W>,
  data: NoInfer<D>,
  conflict: Conflict,
): Promise<void> {
  const { count } = await model.updateMany({ where, data });
  if (count !== 1) throw await refusal(conflict);
}

/** Updates a row if it is still at the version read, and moves it to the next version; otherwise refuses. */
export async function updateVersioned<D>(
  model: UpdateMany<{ id: string; version: number }, D>,
  row: { id: string; version: number },
  data: NoInfer<D>,
  conflict: Conflict,
): Promise<void> {
  await updateOnce(model, { id: row.id, version: row.version }, { ...data, version: { increment: 1 } }, conflict);
}
