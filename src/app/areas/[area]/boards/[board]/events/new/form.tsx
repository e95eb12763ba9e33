"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, SelectField, TextArea, TextField, type Option } from "@/components/ui/form";
import { recordEventAction } from "./actions";

export function RecordEventForm({
  area,
  boardId,
  obligationId,
  recipients,
  today,
  days,
}: {
  area: string;
  boardId: string;
  obligationId: string;
  recipients: Option[];
  today: string;
  days: number;
}) {
  const [state, action, pending] = useActionState(recordEventAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const values = failed?.values ?? {};
  return (
    <form action={action} noValidate className="max-w-2xl">
      <ErrorSummary
        errors={failed}
        fields={{
          obligationId: "event-description",
          boardId: "event-description",
          recipient: "event-recipient",
          description: "event-description",
          eventOn: "event-date",
          dueOn: "event-due",
        }}
      />
      <input type="hidden" name="area" value={area} />
      <input type="hidden" name="boardId" value={boardId} />
      <input type="hidden" name="obligationId" value={obligationId} />
      {recipients.length > 1 && (
        <SelectField
          id="event-recipient"
          name="recipient"
          label="Who it is for"
          options={recipients}
          errors={errors.recipient}
          defaultValue={values.recipient}
        />
      )}
      <TextArea
        id="event-description"
        name="description"
        label="What is happening"
        hint="For example: the Children and Young People's Plan is being drafted"
        errors={[...(errors.obligationId ?? []), ...(errors.boardId ?? []), ...(errors.description ?? [])]}
        defaultValue={values.description}
        rows={2}
      />
      <TextField
        id="event-date"
        name="eventOn"
        type="date"
        label="Date it started"
        errors={errors.eventOn}
        defaultValue={values.eventOn ?? today}
        width="max-w-xs"
      />
      <TextField
        id="event-due"
        name="dueOn"
        type="date"
        label="Closing or due date (optional)"
        hint={`Leave blank for ${days} days after the date it started.`}
        errors={errors.dueOn}
        defaultValue={values.dueOn}
        width="max-w-xs"
      />
      <Button>{pending ? "Recording…" : "Record event"}</Button>
    </form>
  );
}
