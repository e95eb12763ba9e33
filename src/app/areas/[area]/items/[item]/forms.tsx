"use client";

import { useActionState, type ReactNode } from "react";
import { Button, ErrorSummary, SelectField, TextArea, TextField, type Option } from "@/components/ui/form";
import type { ActionResult } from "@/server/core/errors";
import {
  addFollowUpAction,
  addItemNoteAction,
  deferItemAction,
  logStepAction,
  restrictEvidenceAction,
  reverseEntryAction,
  scheduleFromItemAction,
  waiveItemAction,
} from "./actions";

type Action = (prev: ActionResult | null, form: FormData) => Promise<ActionResult>;

/** One item form: success message, error summary linking to fields, hidden item id and version. */
function ItemForm({
  action,
  area,
  itemId,
  version,
  fields,
  submit,
  pendingLabel,
  children,
  encType,
}: {
  action: Action;
  area: string;
  itemId: string;
  version: number;
  fields: Record<string, string>;
  submit: string;
  pendingLabel: string;
  children: (state: { errors: Record<string, string[]>; values: Record<string, string> }) => ReactNode;
  encType?: boolean;
}) {
  // Each result remounts the form (key), so every field, selects included, shows the kept input.
  const [state, formAction, pending] = useActionState(
    async (prev: (ActionResult & { n: number }) | null, form: FormData) => ({
      ...(await action(prev, form)),
      n: (prev?.n ?? 0) + 1,
    }),
    null,
  );
  const failed = state && !state.ok ? state : null;
  return (
    <form
      key={state?.n ?? 0}
      action={formAction}
      noValidate
      className="mb-8 max-w-2xl"
      {...(encType ? { encType: "multipart/form-data" } : {})}
    >
      {state?.ok && (
        <p role="status" className="mb-4 border-4 border-ok p-3 font-bold">
          {state.message}
        </p>
      )}
      <ErrorSummary errors={failed} fields={fields} />
      <input type="hidden" name="area" value={area} />
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="version" value={version} />
      {children({ errors: failed?.fieldErrors ?? {}, values: failed?.values ?? {} })}
      <Button>{pending ? pendingLabel : submit}</Button>
    </form>
  );
}

export function ScheduleItemForm({
  area,
  itemId,
  version,
  options,
}: {
  area: string;
  itemId: string;
  version: number;
  options: Option[];
}) {
  return (
    <ItemForm
      action={scheduleFromItemAction}
      area={area}
      itemId={itemId}
      version={version}
      fields={{ meetingId: "schedule-meeting" }}
      submit="Schedule"
      pendingLabel="Scheduling…"
    >
      {({ errors, values }) => (
        <SelectField
          id="schedule-meeting"
          name="meetingId"
          label="Meeting it goes to"
          options={options}
          errors={errors.meetingId}
          defaultValue={values.meetingId}
        />
      )}
    </ItemForm>
  );
}

const STEP_TEXT = {
  send: {
    submit: "Mark as sent",
    date: "Date it was sent",
    hint: "The date the owing board submitted it; it may be in the past.",
  },
  receive: {
    submit: "Mark as received",
    date: "Date it was considered",
    hint: "The date of the receiving board's meeting that considered it.",
  },
  close: { submit: "Close the item", date: "Date it was closed", hint: "When nothing more is needed." },
} as const;

export function LogStepForm({
  area,
  itemId,
  version,
  step,
  meetings,
  today,
}: {
  area: string;
  itemId: string;
  version: number;
  step: "send" | "receive" | "close";
  meetings: Option[];
  today: string;
}) {
  const t = STEP_TEXT[step];
  return (
    <ItemForm
      action={logStepAction}
      area={area}
      itemId={itemId}
      version={version}
      encType
      fields={{
        step: "log-date",
        occurredOn: "log-date",
        meetingId: "log-meeting",
        minuteRef: "log-minute",
        notes: "log-notes",
        links: "log-links",
        files: "log-files",
      }}
      submit={t.submit}
      pendingLabel="Saving…"
    >
      {({ errors, values }) => (
        <>
          <input type="hidden" name="step" value={step} />
          <TextField
            id="log-date"
            name="occurredOn"
            type="date"
            label={t.date}
            hint={t.hint}
            errors={[...(errors.step ?? []), ...(errors.occurredOn ?? [])]}
            defaultValue={values.occurredOn ?? today}
            width="max-w-xs"
          />
          {step === "receive" && (
            <>
              <SelectField
                id="log-meeting"
                name="meetingId"
                label="Meeting that considered it"
                options={meetings}
                errors={errors.meetingId}
                defaultValue={values.meetingId}
              />
              <TextField
                id="log-minute"
                name="minuteRef"
                label="Minute reference"
                hint="As printed in the minutes, for example 23/45"
                errors={errors.minuteRef}
                defaultValue={values.minuteRef}
                width="max-w-xs"
              />
            </>
          )}
          <TextArea
            id="log-notes"
            name="notes"
            label="Notes (optional)"
            errors={errors.notes}
            defaultValue={values.notes}
            rows={3}
          />
          <TextArea
            id="log-links"
            name="links"
            label="Links to documents (optional)"
            hint="One web address per line, starting https://"
            errors={errors.links}
            defaultValue={values.links}
            rows={2}
          />
          <div className={`mb-6 ${errors.files?.length ? "border-l-4 border-danger pl-4" : ""}`}>
            <label htmlFor="log-files" className="mb-1 block font-bold">
              Upload documents (optional)
            </label>
            <p id="log-files-hint" className="mb-1 text-muted">
              PDF, Word or OpenDocument files, up to 5 at a time.
              {Object.keys(errors).length > 0
                ? " Choose the files again: browsers do not keep them after an error."
                : ""}
            </p>
            {errors.files?.length ? (
              <p id="log-files-error" className="mb-1 font-bold text-danger">
                <span className="sr-only">Error: </span>
                {errors.files.join(". ")}
              </p>
            ) : null}
            <input
              id="log-files"
              name="files"
              type="file"
              multiple
              accept=".pdf,.doc,.docx,.odt,.ods,.odp,application/pdf"
              aria-describedby={["log-files-hint", errors.files?.length ? "log-files-error" : ""]
                .filter(Boolean)
                .join(" ")}
              aria-invalid={errors.files?.length ? true : undefined}
              className="block max-w-full border-2 border-ink p-2"
            />
          </div>
        </>
      )}
    </ItemForm>
  );
}

export function WaiveForm({ area, itemId, version }: { area: string; itemId: string; version: number }) {
  return (
    <ItemForm
      action={waiveItemAction}
      area={area}
      itemId={itemId}
      version={version}
      fields={{ reason: "waive-reason" }}
      submit="Waive this item"
      pendingLabel="Waiving…"
    >
      {({ errors, values }) => (
        <TextArea
          id="waive-reason"
          name="reason"
          label="Why it is waived"
          hint="Recorded in the item's history and the audit trail."
          errors={errors.reason}
          defaultValue={values.reason}
          rows={3}
        />
      )}
    </ItemForm>
  );
}

export function DeferForm({ area, itemId, version }: { area: string; itemId: string; version: number }) {
  return (
    <ItemForm
      action={deferItemAction}
      area={area}
      itemId={itemId}
      version={version}
      fields={{ dueOn: "defer-due", reason: "defer-reason" }}
      submit="Defer this item"
      pendingLabel="Deferring…"
    >
      {({ errors, values }) => (
        <>
          <TextField
            id="defer-due"
            name="dueOn"
            type="date"
            label="New due date"
            errors={errors.dueOn}
            defaultValue={values.dueOn}
            width="max-w-xs"
          />
          <TextArea
            id="defer-reason"
            name="reason"
            label="Why it is deferred"
            errors={errors.reason}
            defaultValue={values.reason}
            rows={3}
          />
        </>
      )}
    </ItemForm>
  );
}

export function ReverseForm({
  area,
  itemId,
  version,
  entryId,
  what,
}: {
  area: string;
  itemId: string;
  version: number;
  entryId: string;
  what: string;
}) {
  return (
    <ItemForm
      action={reverseEntryAction}
      area={area}
      itemId={itemId}
      version={version}
      fields={{ reason: "reverse-reason", entryId: "reverse-reason" }}
      submit={`Reverse “${what}”`}
      pendingLabel="Reversing…"
    >
      {({ errors, values }) => (
        <>
          <input type="hidden" name="entryId" value={entryId} />
          <TextArea
            id="reverse-reason"
            name="reason"
            label={`Why “${what}” is reversed`}
            hint="The entry stays in the history, marked as reversed."
            errors={[...(errors.entryId ?? []), ...(errors.reason ?? [])]}
            defaultValue={values.reason}
            rows={2}
          />
        </>
      )}
    </ItemForm>
  );
}

export function FollowUpForm({
  area,
  itemId,
  version,
  owners,
}: {
  area: string;
  itemId: string;
  version: number;
  owners: Option[];
}) {
  return (
    <ItemForm
      action={addFollowUpAction}
      area={area}
      itemId={itemId}
      version={version}
      fields={{ recommendation: "fu-text", ownerBoardId: "fu-owner", dueOn: "fu-due" }}
      submit="Add follow-up action"
      pendingLabel="Adding…"
    >
      {({ errors, values }) => (
        <>
          <TextArea
            id="fu-text"
            name="recommendation"
            label="Recommendation"
            errors={errors.recommendation}
            defaultValue={values.recommendation}
            rows={3}
          />
          <SelectField
            id="fu-owner"
            name="ownerBoardId"
            label="Board that must act"
            options={owners}
            errors={errors.ownerBoardId}
            defaultValue={values.ownerBoardId}
          />
          <TextField
            id="fu-due"
            name="dueOn"
            type="date"
            label="Report back by"
            errors={errors.dueOn}
            defaultValue={values.dueOn}
            width="max-w-xs"
          />
        </>
      )}
    </ItemForm>
  );
}

export function NoteForm({ area, itemId, version }: { area: string; itemId: string; version: number }) {
  return (
    <ItemForm
      action={addItemNoteAction}
      area={area}
      itemId={itemId}
      version={version}
      fields={{ text: "note-text", itemId: "note-text" }}
      submit="Add note"
      pendingLabel="Adding…"
    >
      {({ errors, values }) => (
        <TextArea
          id="note-text"
          name="text"
          label="Note"
          hint="For example: draft circulated to members for comment. Notes do not change the item's status."
          errors={[...(errors.itemId ?? []), ...(errors.text ?? [])]}
          defaultValue={values.text}
          rows={2}
        />
      )}
    </ItemForm>
  );
}

/**
 * Restricts one file or link (or removes the restriction), beside it in the history: a button whose
 * accessible name says which piece (issue 14). Works without JavaScript (the page reloads).
 */
export function RestrictEvidenceForm({
  area,
  evidenceId,
  restricted,
  name,
}: {
  area: string;
  evidenceId: string;
  restricted: boolean;
  name: string;
}) {
  const [state, action, pending] = useActionState(restrictEvidenceAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="inline">
      <input type="hidden" name="area" value={area} />
      <input type="hidden" name="evidenceId" value={evidenceId} />
      <input type="hidden" name="mark" value={restricted ? "unrestrict" : "restrict"} />
      <button type="submit" className="ml-3 min-h-11 px-1 text-base text-brand underline hover:no-underline">
        {pending ? "Saving…" : restricted ? "Remove restriction" : "Restrict"}
        <span className="sr-only"> {name}</span>
      </button>
      {failed && (
        <span role="alert" className="ml-2 font-bold text-danger">
          {failed.formError ?? Object.values(failed.fieldErrors).flat().join(". ")}
        </span>
      )}
    </form>
  );
}
