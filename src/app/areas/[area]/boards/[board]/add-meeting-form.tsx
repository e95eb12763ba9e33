"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, TextField } from "@/components/ui/form";
import { addMeetingAction } from "./actions";

export function AddMeetingForm({ boardId, returnTo }: { boardId: string; returnTo: string }) {
  const [state, action, pending] = useActionState(addMeetingAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl border-l-4 border-line pl-4">
      {state?.ok && (
        <p role="status" className="mb-4 border-4 border-ok p-3 font-bold">
          {state.message}
        </p>
      )}
      <ErrorSummary
        errors={errors}
        fields={{ date: "meeting-date", startTime: "meeting-time", location: "meeting-location" }}
      />
      <input type="hidden" name="boardId" value={boardId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <TextField
        id="meeting-date"
        name="date"
        type="date"
        label="Date"
        hint="For example, 2026-09-30"
        errors={errors?.fieldErrors.date}
        width="max-w-xs"
        defaultValue={errors?.values?.date}
      />
      <TextField
        id="meeting-time"
        name="startTime"
        type="time"
        label="Start time"
        hint="24-hour clock, for example 14:00"
        errors={errors?.fieldErrors.startTime}
        width="max-w-xs"
        defaultValue={errors?.values?.startTime ?? "14:00"}
      />
      <TextField
        id="meeting-location"
        name="location"
        label="Location (optional)"
        errors={errors?.fieldErrors.location}
        defaultValue={errors?.values?.location}
      />
      <Button>{pending ? "Adding meeting…" : "Add meeting"}</Button>
    </form>
  );
}
