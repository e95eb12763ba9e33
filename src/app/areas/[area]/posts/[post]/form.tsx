"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, SelectField, TextField, type Option } from "@/components/ui/form";
import { editPostAction, recordPostHolderAction } from "./actions";

export function RecordPostHolderForm({ postId, people }: { postId: string; people: Option[] }) {
  const [state, action, pending] = useActionState(recordPostHolderAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl">
      {state?.ok && (
        <p role="status" className="mb-4 border-4 border-ok p-3 font-bold">
          {state.message}
        </p>
      )}
      <ErrorSummary errors={errors} fields={{ personId: "holder-person", from: "holder-from" }} />
      <input type="hidden" name="postId" value={postId} />
      <SelectField
        id="holder-person"
        name="personId"
        label="New holder"
        options={people}
        errors={errors?.fieldErrors.personId}
        defaultValue={errors?.values?.personId}
      />
      <TextField
        id="holder-from"
        name="from"
        type="date"
        label="Holds the post from"
        hint="The current holder's term ends the day before."
        errors={errors?.fieldErrors.from}
        defaultValue={errors?.values?.from}
        width="max-w-xs"
      />
      <Button>{pending ? "Recording…" : "Record the new holder"}</Button>
    </form>
  );
}

export function EditPostForm({
  post,
  organisations,
  boards,
}: {
  post: { id: string; title: string; organisationId: string; boardId: string | null };
  organisations: Option[];
  boards: Option[];
}) {
  const [state, action, pending] = useActionState(editPostAction, null);
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
        fields={{ title: "edit-title", organisationId: "edit-organisation", boardId: "edit-board" }}
      />
      <input type="hidden" name="postId" value={post.id} />
      <TextField
        id="edit-title"
        name="title"
        label="Title"
        errors={errors?.fieldErrors.title}
        defaultValue={errors?.values?.title ?? post.title}
      />
      <SelectField
        id="edit-organisation"
        name="organisationId"
        label="Organisation"
        options={organisations}
        noBlank
        errors={errors?.fieldErrors.organisationId}
        defaultValue={errors?.values?.organisationId ?? post.organisationId}
      />
      <SelectField
        id="edit-board"
        name="boardId"
        label="Board (optional)"
        emptyLabel="None: an area-wide post"
        options={boards}
        errors={errors?.fieldErrors.boardId}
        defaultValue={errors?.values?.boardId ?? post.boardId ?? ""}
      />
      <Button>{pending ? "Saving…" : "Save changes"}</Button>
    </form>
  );
}
