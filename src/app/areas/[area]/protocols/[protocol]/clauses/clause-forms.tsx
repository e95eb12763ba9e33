"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, TextArea, TextField } from "@/components/ui/form";
import { addClauseAction, editClauseAction, moveClauseAction, removeClauseAction } from "./actions";

type Clause = { id: string; ref: string; heading: string | null; text: string };

function ClauseFields({
  prefix,
  errors,
  clause,
}: {
  prefix: string;
  errors: { fieldErrors: Record<string, string[]>; values?: Record<string, string> } | null;
  clause?: Clause;
}) {
  return (
    <>
      <TextField
        id={`${prefix}-ref`}
        name="ref"
        label="Reference"
        hint="Exactly as printed, for example 3.1, 5.1(c), C4 or App. 1 2.1(a)"
        width="max-w-xs"
        defaultValue={errors?.values?.ref ?? clause?.ref}
        errors={errors?.fieldErrors.ref}
      />
      <TextField
        id={`${prefix}-heading`}
        name="heading"
        label="Heading (optional)"
        defaultValue={errors?.values?.heading ?? clause?.heading ?? undefined}
        errors={errors?.fieldErrors.heading}
      />
      <TextArea
        id={`${prefix}-text`}
        name="text"
        label="Text"
        rows={6}
        defaultValue={errors?.values?.text ?? clause?.text}
        errors={errors?.fieldErrors.text}
      />
    </>
  );
}

const fieldIds = (prefix: string) => ({ ref: `${prefix}-ref`, heading: `${prefix}-heading`, text: `${prefix}-text` });

export function AddClauseForm({ protocolId }: { protocolId: string }) {
  const [state, action, pending] = useActionState(addClauseAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-3xl">
      {state?.ok && (
        <p role="status" className="mb-4 border-4 border-ok p-3 font-bold">
          {state.message}
        </p>
      )}
      <ErrorSummary errors={errors} fields={fieldIds("add-clause")} />
      <input type="hidden" name="protocolId" value={protocolId} />
      {/* Keyed by the last success, so the fields empty for the next clause. */}
      <ClauseFields key={state?.ok ? state.message : "form"} prefix="add-clause" errors={errors} />
      <Button>{pending ? "Adding…" : "Add the clause"}</Button>
    </form>
  );
}

export function EditClauseForm({ clause, returnTo }: { clause: Clause; returnTo: string }) {
  const [state, action, pending] = useActionState(editClauseAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-3xl">
      {state?.ok && (
        <p role="status" className="mb-4 border-4 border-ok p-3 font-bold">
          {state.message}
        </p>
      )}
      <ErrorSummary errors={errors} fields={fieldIds("edit-clause")} />
      <input type="hidden" name="clauseId" value={clause.id} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <ClauseFields prefix="edit-clause" errors={errors} clause={clause} />
      <Button>{pending ? "Saving…" : "Save the clause"}</Button>
    </form>
  );
}

/** Move up, move down and remove: small forms beside each clause, with their outcome in words. */
export function ClauseButtons({
  clause,
  first,
  last,
  cited,
}: {
  clause: Clause;
  first: boolean;
  last: boolean;
  cited: boolean;
}) {
  const [moved, move, moving] = useActionState(moveClauseAction, null);
  const [removed, remove, removing] = useActionState(removeClauseAction, null);
  const outcome = [moved, removed].find((s) => s && !s.ok);
  return (
    <div className="flex flex-wrap items-center gap-3">
      {outcome && !outcome.ok && (
        <p role="alert" className="w-full font-bold text-danger">
          {outcome.formError}
        </p>
      )}
      {!first && (
        <form action={move}>
          <input type="hidden" name="clauseId" value={clause.id} />
          <Button secondary name="direction" value="up">
            {moving ? "Moving…" : "Move up"}
            <span className="sr-only"> clause {clause.ref}</span>
          </Button>
        </form>
      )}
      {!last && (
        <form action={move}>
          <input type="hidden" name="clauseId" value={clause.id} />
          <Button secondary name="direction" value="down">
            {moving ? "Moving…" : "Move down"}
            <span className="sr-only"> clause {clause.ref}</span>
          </Button>
        </form>
      )}
      {!cited && (
        <form action={remove}>
          <input type="hidden" name="clauseId" value={clause.id} />
          <Button secondary>
            {removing ? "Removing…" : "Remove"}
            <span className="sr-only"> clause {clause.ref}</span>
          </Button>
        </form>
      )}
    </div>
  );
}
