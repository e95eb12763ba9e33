"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, FieldError, TextField } from "@/components/ui/form";
import { immediateField, MAX_LEAD_DAYS, MIN_LEAD_DAYS } from "@/server/features/notifications/preferences-schema";
import {
  IMMEDIATE_KINDS,
  NOTICE_LABELS,
  type DigestFrequency,
  type ImmediateKind,
} from "@/server/features/notifications/kinds";
import { saveNotificationPreferencesAction } from "./actions";

const FIELDS: Record<string, string> = {
  digest: "prefs-digest-off",
  leadDays: "prefs-lead-days",
  meetingDigest: "prefs-meeting-digest",
  ...Object.fromEntries(IMMEDIATE_KINDS.map((k) => [immediateField(k), `prefs-${k}`])),
};

const FREQUENCIES: { value: DigestFrequency; label: string; hint: string }[] = [
  { value: "off", label: "Never", hint: "No digest by email or in your notifications" },
  { value: "daily", label: "Daily", hint: "Every morning from 7am (UK time)" },
  { value: "weekly", label: "Weekly", hint: "On Monday morning from 7am (UK time)" },
];

export interface PreferenceValues {
  digest: DigestFrequency;
  leadDays: string;
  meetingDigest: boolean;
  immediate: Record<ImmediateKind, boolean>;
}

function Tick({
  id,
  name,
  label,
  checked,
  errors,
}: {
  id: string;
  name: string;
  label: string;
  checked: boolean;
  errors?: string[];
}) {
  return (
    <div className="mb-3">
      <FieldError id={`${id}-error`} errors={errors} />
      <div className="flex items-start gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={checked}
          aria-describedby={errors?.length ? `${id}-error` : undefined}
          aria-invalid={errors?.length ? true : undefined}
          className="mt-1 size-6 shrink-0 border-2 border-ink"
        />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}

export function NotificationPreferencesForm({
  values,
  version,
  isMember,
}: {
  values: PreferenceValues;
  version: number;
  isMember: boolean;
}) {
  const [state, formAction, pending] = useActionState(saveNotificationPreferencesAction, null);
  const errors = state && !state.ok ? state : null;
  const kept = errors?.values;
  const digest = kept?.digest ?? values.digest;
  const ticked = (field: string, saved: boolean) => (kept ? kept[field] === "on" : saved);
  const savedVersion = state?.ok ? state.data?.version : undefined;
  const digestError = errors?.fieldErrors.digest;
  const immediateErrors = IMMEDIATE_KINDS.flatMap((k) => errors?.fieldErrors[immediateField(k)] ?? []);
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      {state?.ok && (
        <p role="status" className="mb-6 border-4 border-ok p-3 font-bold">
          {state.message}
        </p>
      )}
      <ErrorSummary errors={errors} fields={FIELDS} />
      <input type="hidden" name="version" value={String(savedVersion ?? version)} />

      <fieldset
        className={`mb-6 ${digestError ? "border-l-4 border-danger pl-4" : ""}`}
        aria-describedby={`prefs-digest-hint${digestError ? " prefs-digest-error" : ""}`}
      >
        <legend className="mb-1 text-xl font-bold">Digest</legend>
        <p id="prefs-digest-hint" className="mb-2 text-muted">
          For secretariat and chairs: what your boards owe or are owed that is overdue or due soon, items still to
          schedule, and open challenges.
        </p>
        <FieldError id="prefs-digest-error" errors={digestError} />
        {FREQUENCIES.map((f) => (
          <div key={f.value} className="mb-2 flex items-start gap-3">
            <input
              id={`prefs-digest-${f.value}`}
              name="digest"
              type="radio"
              value={f.value}
              defaultChecked={digest === f.value}
              aria-describedby={`prefs-digest-${f.value}-hint`}
              className="mt-1 size-6 shrink-0"
            />
            <div>
              <label htmlFor={`prefs-digest-${f.value}`} className="font-bold">
                {f.label}
              </label>
              <p id={`prefs-digest-${f.value}-hint`} className="text-muted">
                {f.hint}
              </p>
            </div>
          </div>
        ))}
      </fieldset>

      <TextField
        id={FIELDS.leadDays!}
        name="leadDays"
        type="number"
        label="How many days ahead counts as due soon"
        hint={`A number of days from ${MIN_LEAD_DAYS} to ${MAX_LEAD_DAYS}. Meetings in this time are in the meeting digest too.`}
        defaultValue={kept?.leadDays ?? values.leadDays}
        errors={errors?.fieldErrors.leadDays}
        width="max-w-32"
      />

      <fieldset className="mb-6">
        <legend className="mb-1 text-xl font-bold">Meeting digest</legend>
        <p className="mb-2 text-muted">
          {isMember
            ? "For boards where you are a member: the items at their meetings coming up, sent as often as your digest (weekly if the digest is off)."
            : "Only for boards where you are a member; you hold no member role now."}
        </p>
        <Tick
          id={FIELDS.meetingDigest!}
          name="meetingDigest"
          label={NOTICE_LABELS["meeting-digest"]}
          checked={ticked("meetingDigest", values.meetingDigest)}
          errors={errors?.fieldErrors.meetingDigest}
        />
      </fieldset>

      <fieldset className={`mb-6 ${immediateErrors.length ? "border-l-4 border-danger pl-4" : ""}`}>
        <legend className="mb-1 text-xl font-bold">Notices at once</legend>
        <p className="mb-2 text-muted">Tick each kind of notice you want by email and in your notifications.</p>
        {IMMEDIATE_KINDS.map((k) => (
          <Tick
            key={k}
            id={FIELDS[immediateField(k)]!}
            name={immediateField(k)}
            label={NOTICE_LABELS[k]}
            checked={ticked(immediateField(k), values.immediate[k])}
            errors={errors?.fieldErrors[immediateField(k)]}
          />
        ))}
      </fieldset>

      <Button>{pending ? "Saving…" : "Save settings"}</Button>
    </form>
  );
}
