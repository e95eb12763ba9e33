"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, TextField } from "@/components/ui/form";
import { recordPostHolderAction } from "./actions";

type Option = { value: string; label: string };

export function RecordPostHolderForm({ postId, people }: { postId: string; people: Option[] }) {
  const [state, action, pending] = useActionState(recordPostHolderAction, null);
  const errors = state && !state.ok ? state : null;
  const personError = errors?.fieldErrors.personId;
  return (
    <form action={action} noValidate className="max-w-xl">
      {state?.ok && (
        <p role="status" className="border-4 border-ok p-3 mb-4 font-bold">
          {state.message}
        </p>
      )}
      <ErrorSummary errors={errors} fields={{ personId: "holder-person", from: "holder-from" }} />
      <input type="hidden" name="postId" value={postId} />
      <div className={`mb-4 ${personError ? "border-l-4 border-danger pl-4" : ""}`}>
        <label htmlFor="holder-person" className="block font-bold mb-1">
          New holder
        </label>
        {personError && (
          <p id="holder-person-error" className="text-danger font-bold mb-1">
            <span className="sr-only">Error: </span>
            {personError.join(". ")}
          </p>
        )}
        <select
          id="holder-person"
          name="personId"
          defaultValue={errors?.values?.personId ?? ""}
          key={errors?.values?.personId ?? "none"}
          aria-invalid={personError ? true : undefined}
          aria-describedby={personError ? "holder-person-error" : undefined}
          className="border-2 border-ink px-2 py-2 min-h-11 bg-white max-w-full"
        >
          <option value="">Choose…</option>
          {people.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <TextField id="holder-from" name="from" type="date" label="Holds the post from" hint="The current holder's term ends the day before." errors={errors?.fieldErrors.from} defaultValue={errors?.values?.from} width="max-w-xs" />
      <Button>{pending ? "Recording…" : "Record the new holder"}</Button>
    </form>
  );
}
