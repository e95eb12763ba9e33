"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, SelectField, TextField, type Option } from "@/components/ui/form";
import { createPostAction } from "./actions";

export function CreatePostForm({
  areaId,
  organisations,
  boards,
}: {
  areaId: string;
  organisations: Option[];
  boards: Option[];
}) {
  const [state, action, pending] = useActionState(createPostAction, null);
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
        fields={{ key: "post-key", title: "post-title", organisationId: "post-organisation", boardId: "post-board" }}
      />
      <input type="hidden" name="areaId" value={areaId} />
      <TextField
        id="post-key"
        name="key"
        label="Key"
        hint="Short, in capitals, unique in the area and never changed, e.g. DCS or HSCB-CHAIR"
        errors={errors?.fieldErrors.key}
        defaultValue={errors?.values?.key}
        width="max-w-xs"
      />
      <TextField
        id="post-title"
        name="title"
        label="Title"
        hint="e.g. Director of Children's Services"
        errors={errors?.fieldErrors.title}
        defaultValue={errors?.values?.title}
      />
      <SelectField
        id="post-organisation"
        name="organisationId"
        label="Organisation"
        options={organisations}
        errors={errors?.fieldErrors.organisationId}
        defaultValue={errors?.values?.organisationId}
      />
      <SelectField
        id="post-board"
        name="boardId"
        label="Board (optional)"
        hint="A board's post (its chair) is kept by that board's secretariat; an area-wide post by an administrator."
        emptyLabel="None: an area-wide post"
        options={boards}
        errors={errors?.fieldErrors.boardId}
        defaultValue={errors?.values?.boardId}
      />
      <Button>{pending ? "Adding…" : "Add post"}</Button>
    </form>
  );
}
