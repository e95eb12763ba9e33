import { AppError } from "@/server/core/errors";

/** Why a protocol file could not be read. Each has its own message; none stores anything. */
export type ProtocolFileErrorCode =
  | "EMPTY_FILE"
  | "TOO_LARGE"
  | "WRONG_TYPE"
  | "UNSUPPORTED_TYPE"
  | "NOT_A_WORD_DOCUMENT"
  | "NOT_AN_OPENDOCUMENT_TEXT"
  | "PASSWORD_PROTECTED"
  | "NO_TEXT_LAYER"
  | "NO_TEXT"
  | "CORRUPT_FILE"
  | "TEXT_ENCODING";

/**
 * A protocol file we cannot read, with a message written for the person who uploaded it. `code`
 * says which problem; `toAppError()` gives the app's one error contract (VALIDATION, at the form's
 * file field) for an action to return.
 */
export class ProtocolFileError extends Error {
  constructor(
    readonly code: ProtocolFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ProtocolFileError";
  }

  toAppError(field = "file"): AppError {
    return new AppError("VALIDATION", this.message, { [field]: [this.message] });
  }
}
