"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, TextField } from "@/components/ui/form";
import { addVocabularyEntryAction, removeVocabularyEntryAction, renameVocabularyEntryAction } from "./actions";

type Result = Awaited<ReturnType<typeof addVocabularyEntryAction>> | null;

function Outcome({ state, fields }: { state: Result; fields: Record<string, string> }) {
  if (state?.ok)
    return (
      <p role="status" className="mb-4 border-4 border-ok p-3 font-bold">
        {state.message}
      </p>
    );
  return <ErrorSummary errors={state && !state.ok ? state : null} fields={fields} />;
}

/** A new entry: its key (what records refer to) and its name. */
export function AddEntryForm({ vocabulary, noun }: { vocabulary: string; noun: string }) {
  const [state, action, pending] = useActionState(addVocabularyEntryAction, null);
  const errors = state && !state.ok ? state : null;
  const id = (f: string) => `${vocabulary}-new-${f}`;
  return (
    <form action={action} noValidate className="max-w-xl">
      <Outcome state={state} fields={{ key: id("key"), name: id("name") }} />
      <input type="hidden" name="vocabulary" value={vocabulary} />
      <TextField
        id={id("key")}
        name="key"
        label={`Key of the new ${noun}`}
        hint="Lower-case letters, digits and hyphens; it cannot be changed later"
        errors={errors?.fieldErrors.key}
        defaultValue={errors?.values?.key}
        width="max-w-sm"
      />
      <TextField
        id={id("name")}
        name="name"
        label={`Name of the new ${noun}`}
        errors={errors?.fieldErrors.name}
        defaultValue={errors?.values?.name}
      />
      <Button secondary>{pending ? "Adding…" : `Add the ${noun}`}</Button>
    </form>
  );
}

/** A new name for one entry. */
export function RenameEntryForm({
  vocabulary,
  entry,
}: {
  vocabulary: string;
  entry: { id: string; key: string; name: string };
}) {
  const [state, action, pending] = useActionState(renameVocabularyEntryAction, null);
  const errors = state && !state.ok ? state : null;
  const id = `${vocabulary}-${entry.key}-name`;
  return (
    <form action={action} noValidate>
      <Outcome state={state} fields={{ name: id }} />
      <input type="hidden" name="vocabulary" value={vocabulary} />
      <input type="hidden" name="id" value={entry.id} />
      <TextField
        id={id}
        name="name"
        label={`Name of ${entry.key}`}
        errors={errors?.fieldErrors.name}
        defaultValue={errors?.values?.name ?? entry.name}
        width="max-w-sm"
      />
      <Button secondary>
        {pending ? "Renaming…" : "Rename"}
        <span className="sr-only"> {entry.key}</span>
      </Button>
    </form>
  );
}

/** Remove an entry nothing uses. */
export function RemoveEntryForm({ vocabulary, entry }: { vocabulary: string; entry: { id: string; key: string } }) {
  const [state, action, pending] = useActionState(removeVocabularyEntryAction, null);
  return (
    <form action={action}>
      <Outcome state={state} fields={{}} />
      <input type="hidden" name="vocabulary" value={vocabulary} />
      <input type="hidden" name="id" value={entry.id} />
      <Button secondary>
        {pending ? "Removing…" : "Remove"}
        <span className="sr-only"> {entry.key}</span>
      </Button>
    </form>
  );
}
