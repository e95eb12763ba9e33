"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, SelectField, TextField, type Option } from "@/components/ui/form";
import { archiveBoardAction, attachBoardAction, detachBoardAction } from "./actions";

type Result = Awaited<ReturnType<typeof attachBoardAction>> | null;

function Outcome({ state, fields }: { state: Result; fields: Record<string, string> }) {
  if (state?.ok)
    return (
      <p role="status" className="mb-4 border-4 border-ok p-3 font-bold">
        {state.message}
      </p>
    );
  return <ErrorSummary errors={state && !state.ok ? state : null} fields={fields} />;
}

/** Attach the board to a second area, under its key there. */
export function AttachBoardForm({ boardId, version, areas }: { boardId: string; version: number; areas: Option[] }) {
  const [state, action, pending] = useActionState(attachBoardAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl">
      <Outcome state={state} fields={{ areaId: "attach-area", key: "attach-key" }} />
      <input type="hidden" name="boardId" value={boardId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        id="attach-area"
        name="areaId"
        label="Area"
        options={areas}
        errors={errors?.fieldErrors.areaId}
        defaultValue={errors?.values?.areaId}
      />
      <TextField
        id="attach-key"
        name="key"
        label="Key in that area"
        hint="As that area's protocols print it, for example KMSAB"
        errors={errors?.fieldErrors.key}
        defaultValue={errors?.values?.key}
        width="max-w-xs"
      />
      <Button secondary>{pending ? "Attaching…" : "Attach to this area"}</Button>
    </form>
  );
}

/** Detach the board from one area (never its home). */
export function DetachBoardForm({
  boardId,
  version,
  areaId,
  areaName,
}: {
  boardId: string;
  version: number;
  areaId: string;
  areaName: string;
}) {
  const [state, action, pending] = useActionState(detachBoardAction, null);
  return (
    <form action={action}>
      <Outcome state={state} fields={{}} />
      <input type="hidden" name="boardId" value={boardId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="areaId" value={areaId} />
      <Button secondary>
        {pending ? "Detaching…" : "Detach"}
        <span className="sr-only"> from {areaName}</span>
      </Button>
    </form>
  );
}

/** Archive the board (its history stays), or bring it back. */
export function ArchiveBoardForm({
  boardId,
  version,
  archived,
}: {
  boardId: string;
  version: number;
  archived: boolean;
}) {
  const [state, action, pending] = useActionState(archiveBoardAction, null);
  return (
    <form action={action}>
      <Outcome state={state} fields={{}} />
      <input type="hidden" name="boardId" value={boardId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="archived" value={archived ? "restore" : "archive"} />
      <Button secondary>{pending ? "Saving…" : archived ? "Bring the board back" : "Archive the board"}</Button>
    </form>
  );
}
