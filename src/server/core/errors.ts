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
export const forbidden = (message = "You do not have permission to do that") =>
  new AppError("FORBIDDEN", message);

/** Prisma's unique-constraint violation (P2002) becomes ALREADY_EXISTS at the service boundary. */
export function translatePrismaError(error: unknown, what: string): never {
  if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002") {
    throw new AppError("ALREADY_EXISTS", `${what} already exists`);
  }
  throw error;
}

/**
 * A refusal as a form shows it. `code` says why (absent for an unexpected error): forms show the
 * message, route handlers turn the code into an HTTP status, tests tell a refusal from a failure.
 */
export type ActionFailure = { ok: false; code?: ErrorCode; formError?: string; fieldErrors: Record<string, string[]> };

/** What a server action returns: serialisable, rendered by forms as an error summary + field errors. */
export type ActionResult<T = undefined> = { ok: true; data?: T; message?: string } | (ActionFailure & { values?: Record<string, string> });

export function toActionFailure(error: unknown): ActionFailure {
  if (error instanceof AppError) {
    return { ok: false, code: error.code, formError: error.message, fieldErrors: error.fieldErrors };
  }
  console.error(error);
  return { ok: false, formError: "Something went wrong on our side. Nothing was changed; please try again.", fieldErrors: {} };
}
