"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, SelectField, TextField } from "@/components/ui/form";
import type { Option } from "@/components/ui/form";
import { addMemberAction, changeCapacityAction, endMembershipAction } from "./actions";

export function AddMemberForm({
  boardId,
  people,
  organisations,
  capacityOptions,
}: {
  boardId: string;
  people: Option[];
  organisations: Option[];
  /** From the Capacity table, which administrators edit. */
  capacityOptions: Option[];
}) {
  const [state, action, pending] = useActionState(addMemberAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl">
      {state?.ok && (
        <p role="status" className="mb-4 border-4 border-ok p-3 font-bold">
          {state.message}
        </p>
      )}
      <ErrorSummary
        errors={errors}
        fields={{
          personId: "add-person",
          capacity: "add-capacity",
          organisationId: "add-organisation",
          startsOn: "add-starts",
        }}
      />
      <input type="hidden" name="boardId" value={boardId} />
      <SelectField
        id="add-person"
        name="personId"
        label="Person"
        options={people}
        errors={errors?.fieldErrors.personId}
        defaultValue={errors?.values?.personId}
      />
      <SelectField
        id="add-capacity"
        name="capacity"
        label="Capacity"
        options={capacityOptions}
        errors={errors?.fieldErrors.capacity}
        defaultValue={errors?.values?.capacity}
      />
      <SelectField
        id="add-organisation"
        name="organisationId"
        label="Representing"
        options={organisations}
        errors={errors?.fieldErrors.organisationId}
        defaultValue={errors?.values?.organisationId}
      />
      <TextField
        id="add-starts"
        name="startsOn"
        type="date"
        label="Start date"
        errors={errors?.fieldErrors.startsOn}
        defaultValue={errors?.values?.startsOn}
        width="max-w-xs"
      />
      <Button>{pending ? "Adding…" : "Add member"}</Button>
    </form>
  );
}

export function EndMembershipForm({
  membershipId,
  version,
  name,
}: {
  membershipId: string;
  version: number;
  name: string;
}) {
  const [state, action, pending] = useActionState(endMembershipAction, null);
  const errors = state && !state.ok ? state : null;
  const id = `end-${membershipId}`;
  return (
    <form action={action} noValidate>
      {errors?.formError && (
        <p role="alert" className="font-bold text-danger">
          {errors.formError}
        </p>
      )}
      <input type="hidden" name="membershipId" value={membershipId} />
      <input type="hidden" name="version" value={version} />
      <TextField
        id={id}
        name="endsOn"
        type="date"
        label={`End date for ${name}`}
        errors={errors?.fieldErrors.endsOn}
        defaultValue={errors?.values?.endsOn}
        width="max-w-xs"
      />
      <Button secondary>{pending ? "Ending…" : "End membership"}</Button>
    </form>
  );
}

export function ChangeCapacityForm({
  membershipId,
  version,
  name,
  capacityOptions,
}: {
  membershipId: string;
  version: number;
  name: string;
  capacityOptions: Option[];
}) {
  const [state, action, pending] = useActionState(changeCapacityAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate>
      {errors?.formError && (
        <p role="alert" className="font-bold text-danger">
          {errors.formError}
        </p>
      )}
      <input type="hidden" name="membershipId" value={membershipId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        id={`cap-${membershipId}`}
        name="capacity"
        label={`New capacity for ${name}`}
        options={capacityOptions}
        errors={errors?.fieldErrors.capacity}
        defaultValue={errors?.values?.capacity}
      />
      <TextField
        id={`from-${membershipId}`}
        name="from"
        type="date"
        label="From"
        errors={errors?.fieldErrors.from}
        defaultValue={errors?.values?.from}
        width="max-w-xs"
      />
      <Button secondary>{pending ? "Changing…" : "Change capacity"}</Button>
    </form>
  );
}
