"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, SelectField, TextField, type Option } from "@/components/ui/form";
import { createOrganisationAction, editOrganisationAction } from "./actions";

export function CreateOrganisationForm({ areaId, kinds }: { areaId: string; kinds: Option[] }) {
  const [state, action, pending] = useActionState(createOrganisationAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl">
      {state?.ok && (
        <p role="status" className="mb-4 border-4 border-ok p-3 font-bold">
          {state.message}
        </p>
      )}
      <ErrorSummary errors={errors} fields={{ name: "org-name", kindId: "org-kind" }} />
      <input type="hidden" name="areaId" value={areaId} />
      <TextField
        id="org-name"
        name="name"
        label="Name"
        hint="As the organisation calls itself, e.g. Halton Borough Council"
        errors={errors?.fieldErrors.name}
        defaultValue={errors?.values?.name}
      />
      <SelectField
        id="org-kind"
        name="kindId"
        label="Kind of organisation"
        options={kinds}
        errors={errors?.fieldErrors.kindId}
        defaultValue={errors?.values?.kindId}
      />
      <Button>{pending ? "Adding…" : "Add organisation"}</Button>
    </form>
  );
}

export function EditOrganisationForm({
  areaId,
  organisation,
  kinds,
}: {
  areaId: string;
  organisation: { id: string; name: string; kindId: string; version: number };
  kinds: Option[];
}) {
  const [state, action, pending] = useActionState(editOrganisationAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl">
      {state?.ok && (
        <p role="status" className="mb-4 border-4 border-ok p-3 font-bold">
          {state.message}
        </p>
      )}
      <ErrorSummary errors={errors} fields={{ name: "org-name", kindId: "org-kind" }} />
      <input type="hidden" name="areaId" value={areaId} />
      <input type="hidden" name="organisationId" value={organisation.id} />
      <input type="hidden" name="version" value={organisation.version} />
      <TextField
        id="org-name"
        name="name"
        label="Name"
        errors={errors?.fieldErrors.name}
        defaultValue={errors?.values?.name ?? organisation.name}
      />
      <SelectField
        id="org-kind"
        name="kindId"
        label="Kind of organisation"
        options={kinds}
        noBlank
        errors={errors?.fieldErrors.kindId}
        defaultValue={errors?.values?.kindId ?? organisation.kindId}
      />
      <Button>{pending ? "Saving…" : "Save changes"}</Button>
    </form>
  );
}
