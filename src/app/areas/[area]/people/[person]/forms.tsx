"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, SelectField, TextField, type Option } from "@/components/ui/form";
import { addMemberAction } from "@/app/areas/[area]/boards/[board]/members/actions";
import { recordPostHolderAction } from "@/app/areas/[area]/posts/[post]/actions";
import { editPersonAction, endPostHoldingAction } from "./actions";

/**
 * The forms of a person's page. Adding a membership and a post holding use the board members page's
 * and the post page's own actions (and so their authorisation), with this person fixed.
 */

function Done({ message }: { message?: string | undefined }) {
  return (
    <p role="status" className="mb-4 border-4 border-ok p-3 font-bold">
      {message}
    </p>
  );
}

export function EditPersonForm({
  areaId,
  person,
}: {
  areaId: string;
  person: { id: string; name: string; email: string | null; version: number };
}) {
  const [state, action, pending] = useActionState(editPersonAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl">
      {state?.ok && <Done message={state.message} />}
      <ErrorSummary errors={errors} fields={{ name: "edit-name", email: "edit-email" }} />
      <input type="hidden" name="areaId" value={areaId} />
      <input type="hidden" name="personId" value={person.id} />
      <input type="hidden" name="version" value={person.version} />
      <TextField
        id="edit-name"
        name="name"
        label="Full name"
        autoComplete="off"
        errors={errors?.fieldErrors.name}
        defaultValue={errors?.values?.name ?? person.name}
      />
      <TextField
        id="edit-email"
        name="email"
        type="email"
        label="Email address (optional)"
        autoComplete="off"
        errors={errors?.fieldErrors.email}
        defaultValue={errors?.values?.email ?? person.email ?? ""}
      />
      <Button>{pending ? "Saving…" : "Save details"}</Button>
    </form>
  );
}

export function EndHoldingForm({ holdingId, title }: { holdingId: string; title: string }) {
  const [state, action, pending] = useActionState(endPostHoldingAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate>
      {state?.ok && <Done message={state.message} />}
      {errors?.formError && (
        <p role="alert" className="font-bold text-danger">
          {errors.formError}
        </p>
      )}
      <input type="hidden" name="holdingId" value={holdingId} />
      <TextField
        id={`end-holding-${holdingId}`}
        name="endsOn"
        type="date"
        label={`Last day as ${title}`}
        errors={errors?.fieldErrors.endsOn}
        defaultValue={errors?.values?.endsOn}
        width="max-w-xs"
      />
      <Button secondary>{pending ? "Ending…" : "End holding"}</Button>
    </form>
  );
}

export function AddHoldingForm({ personId, posts }: { personId: string; posts: Option[] }) {
  const [state, action, pending] = useActionState(recordPostHolderAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl">
      {state?.ok && <Done message={state.message} />}
      <ErrorSummary errors={errors} fields={{ postId: "holding-post", from: "holding-from" }} />
      <input type="hidden" name="personId" value={personId} />
      <SelectField
        id="holding-post"
        name="postId"
        label="Post"
        options={posts}
        errors={errors?.fieldErrors.postId ?? errors?.fieldErrors.personId}
      />
      <TextField
        id="holding-from"
        name="from"
        type="date"
        label="Holds the post from"
        hint="The post's current holder, if any, stops holding it the day before."
        errors={errors?.fieldErrors.from}
        defaultValue={errors?.values?.from}
        width="max-w-xs"
      />
      <Button>{pending ? "Recording…" : "Record as holder"}</Button>
    </form>
  );
}

export function AddMembershipForm({
  personId,
  boards,
  capacities,
  organisations,
}: {
  personId: string;
  boards: Option[];
  capacities: Option[];
  organisations: Option[];
}) {
  const [state, action, pending] = useActionState(addMemberAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl">
      {state?.ok && <Done message={state.message} />}
      <ErrorSummary
        errors={errors}
        fields={{
          boardId: "member-board",
          capacity: "member-capacity",
          organisationId: "member-organisation",
          startsOn: "member-from",
          endsOn: "member-to",
        }}
      />
      <input type="hidden" name="personId" value={personId} />
      <SelectField
        id="member-board"
        name="boardId"
        label="Board"
        options={boards}
        errors={errors?.fieldErrors.boardId ?? errors?.fieldErrors.personId}
      />
      <SelectField
        id="member-capacity"
        name="capacity"
        label="Capacity"
        options={capacities}
        errors={errors?.fieldErrors.capacity}
        defaultValue={errors?.values?.capacity}
      />
      <SelectField
        id="member-organisation"
        name="organisationId"
        label="Representing"
        options={organisations}
        errors={errors?.fieldErrors.organisationId}
        defaultValue={errors?.values?.organisationId}
      />
      <TextField
        id="member-from"
        name="startsOn"
        type="date"
        label="From"
        errors={errors?.fieldErrors.startsOn}
        defaultValue={errors?.values?.startsOn}
        width="max-w-xs"
      />
      <TextField
        id="member-to"
        name="endsOn"
        type="date"
        label="To (optional)"
        hint="Leave empty if the term has no set end."
        errors={errors?.fieldErrors.endsOn}
        defaultValue={errors?.values?.endsOn}
        width="max-w-xs"
      />
      <Button>{pending ? "Adding…" : "Add membership"}</Button>
    </form>
  );
}
