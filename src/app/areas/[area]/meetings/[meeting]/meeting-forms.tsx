"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, TextArea, TextField } from "@/components/ui/form";
import { cancelMeetingAction, editMeetingAction } from "./actions";

type Meeting = { id: string; version: number; date: string; startTime: string; location: string | null };

/** Moves the meeting, or changes its time or venue. */
export function EditMeetingForm({ meeting, area }: { meeting: Meeting; area: string }) {
  const [state, action, pending] = useActionState(editMeetingAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl border-l-4 border-line pl-4">
      {state?.ok && (
        <p role="status" className="mb-4 border-4 border-ok p-3 font-bold">
          {state.message}
        </p>
      )}
      <ErrorSummary errors={errors} fields={{ date: "edit-date", startTime: "edit-time", location: "edit-location" }} />
      <input type="hidden" name="meetingId" value={meeting.id} />
      <input type="hidden" name="version" value={meeting.version} />
      <input type="hidden" name="area" value={area} />
      <TextField
        id="edit-date"
        name="date"
        type="date"
        label="Date"
        width="max-w-xs"
        errors={errors?.fieldErrors.date}
        defaultValue={errors?.values?.date ?? meeting.date}
      />
      <TextField
        id="edit-time"
        name="startTime"
        type="time"
        label="Start time"
        hint="24-hour clock, for example 14:00"
        width="max-w-xs"
        errors={errors?.fieldErrors.startTime}
        defaultValue={errors?.values?.startTime ?? meeting.startTime}
      />
      <TextField
        id="edit-location"
        name="location"
        label="Location (optional)"
        errors={errors?.fieldErrors.location}
        defaultValue={errors?.values?.location ?? meeting.location ?? ""}
      />
      <Button>{pending ? "Saving…" : "Save changes"}</Button>
    </form>
  );
}

/** Cancels the meeting, with the reason. */
export function CancelMeetingForm({ meeting, area }: { meeting: Meeting; area: string }) {
  const [state, action, pending] = useActionState(cancelMeetingAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl border-l-4 border-line pl-4">
      {state?.ok && (
        <p role="status" className="mb-4 border-4 border-ok p-3 font-bold">
          {state.message}
        </p>
      )}
      <ErrorSummary errors={errors} fields={{ reason: "cancel-reason" }} />
      <input type="hidden" name="meetingId" value={meeting.id} />
      <input type="hidden" name="version" value={meeting.version} />
      <input type="hidden" name="area" value={area} />
      <TextArea
        id="cancel-reason"
        name="reason"
        label="Why is it cancelled?"
        hint="Shown with the meeting. Items planned on it are flagged in the next calendar preview."
        errors={errors?.fieldErrors.reason}
        defaultValue={errors?.values?.reason}
      />
      <Button secondary>{pending ? "Cancelling…" : "Cancel this meeting"}</Button>
    </form>
  );
}
