/**
 * The one error contract (docs/STYLE): services throw AppError with a typed code; actions turn it
 * into a form result, the CLI into an exit status, route handlers into an HTTP status.
 */
export const ERROR_CODES = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ALREADY_EXISTS: 409,
  RATE_LIMITED: 429,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
  get httpStatus(): number {
    return ERROR_CODES[this.code];
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found`);
export const forbidden = (message = "You do not have permission to do that") => new AppError("FORBIDDEN", message);

/** What to tell the user when a write hits a unique constraint: a message, with field errors if a field is at fault. */
export type DuplicateMessage = string | { message: string; fieldErrors: Record<string, string[]> };

/** Which model and columns a Prisma unique-constraint violation (P2002) names, or null for any other error. */
function uniqueViolation(error: unknown): { model: string | null; fields: string[] } | null {
  if (typeof error !== "object" || error === null || (error as { code?: unknown }).code !== "P2002") return null;
  const meta = (
    error as {
      meta?: {
        modelName?: unknown;
        target?: unknown;
        driverAdapterError?: { cause?: { constraint?: { fields?: unknown } } };
      };
    }
  ).meta;
  // Through a driver adapter the columns are in the adapter's error (quoted by PostgreSQL); without one, in `target`.
  const raw = meta?.driverAdapterError?.cause?.constraint?.fields ?? meta?.target ?? [];
  const fields = (Array.isArray(raw) ? raw : [raw])
    .filter((f): f is string => typeof f === "string")
    .map((f) => f.replace(/"/g, ""));
  return { model: typeof meta?.modelName === "string" ? meta.modelName : null, fields };
}

/** "CalendarItem" as "calendar item", "boardId" as "board": names a person would use. */
const words = (name: string) =>
  name
    .replace(/Id$/, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
const list = (items: string[]) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

/**
 * The one place Prisma's unique-constraint violation (P2002) becomes ALREADY_EXISTS, named by what
 * already exists unless the caller says it better (`duplicate`). An AppError is returned as it is;
 * anything else gives null: a bug, for the caller to log.
 */
export function toAppError(error: unknown, duplicate?: DuplicateMessage): AppError | null {
  if (error instanceof AppError) return error;
  const unique = uniqueViolation(error);
  if (!unique) return null;
  if (typeof duplicate === "string") return new AppError("ALREADY_EXISTS", duplicate);
  if (duplicate) return new AppError("ALREADY_EXISTS", duplicate.message, duplicate.fieldErrors);
  const what = unique.model ? words(unique.model) : "record";
  const same = unique.fields.length > 0 ? ` with the same ${list(unique.fields.map(words))}` : "";
  return new AppError(
    "ALREADY_EXISTS",
    `${/^[aeiou]/.test(what) ? "An" : "A"} ${what}${same} already exists. Nothing was saved.`,
  );
}

/**
 * A refusal as a form shows it. `code` says why (absent for an unexpected error): forms show the
 * message, route handlers turn the code into an HTTP status, tests tell a refusal from a failure.
 */
export type ActionFailure = { ok: false; code?: ErrorCode; formError?: string; fieldErrors: Record<string, string[]> };

/** What a server action returns: serialisable, rendered by forms as an error summary + field errors. */
export type ActionResult<T = undefined> =
  { ok: true; data?: T; message?: string } | (ActionFailure & { values?: Record<string, string> });

export function toActionFailure(error: unknown): ActionFailure {
  const known = toAppError(error);
  if (known) return { ok: false, code: known.code, formError: known.message, fieldErrors: known.fieldErrors };
  console.error(error);
  return {
    ok: false,
    formError: "Something went wrong on our side. Nothing was changed; please try again.",
    fieldErrors: {},
  };
}
