"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, SelectField, TextField } from "@/components/ui/form";
import { NATIONS, NATION_NAMES } from "@/domain/working-days";
import { archiveAreaAction, createAreaAction, renameAreaAction } from "./actions";

type Result = Awaited<ReturnType<typeof createAreaAction>> | null;

const nationOptions = NATIONS.map((n) => ({ value: n, label: NATION_NAMES[n] }));
const NATION_HINT = 'Working days in the area\'s duties ("within 15 working days") skip these bank holidays.';

function Done({ state }: { state: Result }) {
  if (!state?.ok) return null;
  return (
    <p role="status" className="mb-4 border-4 border-ok p-3 font-bold">
      {state.message}
    </p>
  );
}

/** A new area: its key (in every link to it) and its name. */
export function CreateAreaForm() {
  const [state, action, pending] = useActionState(createAreaAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl">
      <Done state={state} />
      <ErrorSummary errors={errors} fields={{ slug: "area-slug", name: "area-name", nation: "area-nation" }} />
      <TextField
        id="area-slug"
        name="slug"
        label="Key"
        hint="Lower-case letters, digits and hyphens, used in links, for example west-sussex. It cannot be changed later."
        errors={errors?.fieldErrors.slug}
        defaultValue={errors?.values?.slug}
        width="max-w-sm"
      />
      <TextField
        id="area-name"
        name="name"
        label="Name"
        hint="For example, West Sussex"
        errors={errors?.fieldErrors.name}
        defaultValue={errors?.values?.name}
      />
      <SelectField
        id="area-nation"
        name="nation"
        label="Bank holidays"
        hint={NATION_HINT}
        options={nationOptions}
        noBlank
        errors={errors?.fieldErrors.nation}
        defaultValue={errors?.values?.nation ?? "england-and-wales"}
      />
      <Button>{pending ? "Creating…" : "Create the area"}</Button>
    </form>
  );
}

/** A new name, or other bank holidays, for one area. */
export function RenameAreaForm({
  area,
}: {
  area: { id: string; slug: string; name: string; nation: string; version: number };
}) {
  const [state, action, pending] = useActionState(renameAreaAction, null);
  const errors = state && !state.ok ? state : null;
  const id = `rename-${area.slug}`;
  return (
    <form action={action} noValidate>
      <Done state={state} />
      <ErrorSummary errors={errors} fields={{ name: id, nation: `${id}-nation` }} />
      <input type="hidden" name="areaId" value={area.id} />
      <input type="hidden" name="version" value={area.version} />
      <TextField
        id={id}
        name="name"
        label={`New name for ${area.name}`}
        errors={errors?.fieldErrors.name}
        defaultValue={errors?.values?.name ?? area.name}
        width="max-w-sm"
      />
      <SelectField
        id={`${id}-nation`}
        name="nation"
        label={`Bank holidays of ${area.name}`}
        options={nationOptions}
        noBlank
        errors={errors?.fieldErrors.nation}
        defaultValue={errors?.values?.nation ?? area.nation}
      />
      <Button secondary>{pending ? "Saving…" : "Save"}</Button>
    </form>
  );
}

/** Archive an area (hidden, kept) or bring it back. */
export function ArchiveAreaForm({ area }: { area: { id: string; name: string; version: number; archived: boolean } }) {
  const [state, action, pending] = useActionState(archiveAreaAction, null);
  return (
    <form action={action}>
      <Done state={state} />
      <ErrorSummary errors={state && !state.ok ? state : null} fields={{}} />
      <input type="hidden" name="areaId" value={area.id} />
      <input type="hidden" name="version" value={area.version} />
      <input type="hidden" name="archived" value={area.archived ? "restore" : "archive"} />
      <Button secondary>
        {pending ? "Saving…" : area.archived ? "Bring back" : "Archive"}
        <span className="sr-only"> {area.name}</span>
      </Button>
    </form>
  );
}
