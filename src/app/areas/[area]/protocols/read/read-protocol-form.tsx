"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, FieldError } from "@/components/ui/form";
import { readProtocolDocumentAction } from "./actions";

const FIELDS = { file: "protocol-file", createBoards: "protocol-create-boards" };

/**
 * The protocol document to read: a new draft from it, or (with `protocolId`) the clauses of a draft
 * that has none. The boards checkbox is offered only to those who may set up the area.
 */
export function ReadProtocolForm({
  area,
  protocolId,
  canCreateBoards,
  submit = "Read the document",
}: {
  area: string;
  protocolId?: string;
  canCreateBoards: boolean;
  submit?: string;
}) {
  const [state, action, pending] = useActionState(readProtocolDocumentAction, null);
  const errors = state && !state.ok ? state : null;
  const fileErrors = errors?.fieldErrors.file;
  const otherErrors = errors
    ? Object.entries(errors.fieldErrors)
        .filter(([field]) => field !== "file" && field !== "createBoards")
        .flatMap(([, messages]) => messages)
    : [];
  return (
    <form action={action} className="max-w-3xl">
      <ErrorSummary errors={errors} fields={FIELDS} />
      <input type="hidden" name="area" value={area} />
      {protocolId && <input type="hidden" name="protocolId" value={protocolId} />}
      {otherErrors.length > 0 && <FieldError id="protocol-read-error" errors={otherErrors} />}
      <div className={`mb-6 ${fileErrors ? "border-l-4 border-danger pl-4" : ""}`}>
        <label htmlFor={FIELDS.file} className="mb-1 block font-bold">
          Protocol document
        </label>
        <p id={`${FIELDS.file}-hint`} className="mb-1 text-muted">
          A PDF, Word (.docx), OpenDocument text (.odt) or plain text (.txt) file, up to 20 MB. A scanned PDF has no
          text to read: upload the Word or text version instead.
        </p>
        <FieldError id={`${FIELDS.file}-error`} errors={fileErrors} />
        <input
          id={FIELDS.file}
          name="file"
          type="file"
          accept=".pdf,.docx,.odt,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text,text/plain"
          aria-describedby={`${FIELDS.file}-hint${fileErrors ? ` ${FIELDS.file}-error` : ""}`}
          aria-invalid={fileErrors ? true : undefined}
          className="block min-h-11 w-full border-2 border-ink px-2 py-2 text-lg"
        />
      </div>
      {canCreateBoards && (
        <div className="mb-6">
          <FieldError id={`${FIELDS.createBoards}-error`} errors={errors?.fieldErrors.createBoards} />
          <div className="flex min-h-11 items-center gap-2">
            <input
              id={FIELDS.createBoards}
              name="createBoards"
              type="checkbox"
              value="yes"
              className="h-6 w-6"
              aria-describedby={`${FIELDS.createBoards}-hint`}
            />
            <label htmlFor={FIELDS.createBoards}>Create the boards it names that the area does not have yet</label>
          </div>
          <p id={`${FIELDS.createBoards}-hint`} className="text-muted">
            Otherwise only the area&apos;s existing boards become parties; you can add the others later.
          </p>
        </div>
      )}
      <Button>{pending ? "Reading the document…" : submit}</Button>
      {pending && (
        <p role="status" className="mt-2">
          Reading the document: this takes a few seconds for a long PDF.
        </p>
      )}
    </form>
  );
}
