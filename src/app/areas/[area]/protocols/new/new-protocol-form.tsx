"use client";

import { useActionState, useState } from "react";
import { Button, ErrorSummary, FieldError, SelectField, TextArea, TextField } from "@/components/ui/form";
import { keyFromTitle } from "@/lib/protocol-key";
import { createProtocolAction } from "./actions";

type Choice = { id: string; label: string; areas: string };

const FIELDS = {
  title: "protocol-title",
  key: "protocol-key",
  version: "protocol-version",
  parties: "protocol-parties",
  sourceDocument: "protocol-source",
  notes: "protocol-notes",
  resolutionRoute: "protocol-route",
  respondWithinAmount: "protocol-respond-amount",
  respondWithinUnit: "protocol-respond-unit",
};

const UNIT_OPTIONS = [
  { value: "working-days", label: "working days" },
  { value: "days", label: "days" },
  { value: "weeks", label: "weeks" },
  { value: "months", label: "calendar months" },
];

/** The new protocol's details; the key follows the title until it is edited. */
export function NewProtocolForm({
  area,
  areaName,
  here,
  elsewhere,
}: {
  area: string;
  areaName: string;
  here: Choice[];
  elsewhere: Choice[];
}) {
  const [state, action, pending] = useActionState(createProtocolAction, null);
  const errors = state && !state.ok ? state : null;
  const [title, setTitle] = useState("");
  const [key, setKey] = useState("");
  const [keyEdited, setKeyEdited] = useState(false);
  const [parties, setParties] = useState<string[]>([]);
  const box = (c: Choice, group: string) => {
    const id = `party-${group}-${c.id}`;
    return (
      <div key={c.id} className="flex min-h-11 items-center gap-2">
        <input
          id={id}
          type="checkbox"
          name="parties"
          value={c.id}
          className="h-6 w-6"
          checked={parties.includes(c.id)}
          onChange={(e) => setParties(e.target.checked ? [...parties, c.id] : parties.filter((p) => p !== c.id))}
        />
        <label htmlFor={id}>
          {c.label}
          {group === "elsewhere" && <span className="text-muted"> – {c.areas}</span>}
        </label>
      </div>
    );
  };
  const partyError = errors?.fieldErrors.parties;
  return (
    <form action={action} noValidate className="max-w-3xl">
      <ErrorSummary errors={errors} fields={FIELDS} />
      <input type="hidden" name="area" value={area} />
      <div className="mb-6">
        <label htmlFor={FIELDS.title} className="mb-1 block font-bold">
          Title
        </label>
        <p id={`${FIELDS.title}-hint`} className="mb-1 text-muted">
          As printed on the protocol.
        </p>
        <FieldError id={`${FIELDS.title}-error`} errors={errors?.fieldErrors.title} />
        <input
          id={FIELDS.title}
          name="title"
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            if (!keyEdited) setKey(keyFromTitle(e.target.value));
          }}
          aria-describedby={`${FIELDS.title}-hint${errors?.fieldErrors.title ? ` ${FIELDS.title}-error` : ""}`}
          aria-invalid={errors?.fieldErrors.title ? true : undefined}
          className="block min-h-11 w-full border-2 border-ink px-2 py-2 text-lg"
        />
      </div>
      <div className="mb-6">
        <label htmlFor={FIELDS.key} className="mb-1 block font-bold">
          Key
        </label>
        <p id={`${FIELDS.key}-hint`} className="mb-1 text-muted">
          Made from the title; change it if you like. Lower-case letters, digits and hyphens, used once across the
          portal.
        </p>
        <FieldError id={`${FIELDS.key}-error`} errors={errors?.fieldErrors.key} />
        <input
          id={FIELDS.key}
          name="key"
          value={key}
          onChange={(e) => {
            setKey(e.target.value);
            setKeyEdited(true);
          }}
          aria-describedby={`${FIELDS.key}-hint${errors?.fieldErrors.key ? ` ${FIELDS.key}-error` : ""}`}
          aria-invalid={errors?.fieldErrors.key ? true : undefined}
          className="block min-h-11 w-full max-w-md border-2 border-ink px-2 py-2 text-lg"
        />
      </div>
      <TextField
        id={FIELDS.version}
        name="version"
        label="Version"
        hint="For example 1.0"
        width="max-w-xs"
        defaultValue={errors?.values?.version ?? "1.0"}
        errors={errors?.fieldErrors.version}
      />
      <fieldset
        id={FIELDS.parties}
        aria-describedby={partyError ? `${FIELDS.parties}-error` : undefined}
        className={`mb-6 ${partyError ? "border-l-4 border-danger pl-4" : ""}`}
      >
        <legend className="mb-1 text-xl font-bold">Parties</legend>
        <p className="mb-2 text-muted">
          Two or more boards, at least one of {areaName}. Each party&apos;s chair signs the protocol off.
        </p>
        <FieldError id={`${FIELDS.parties}-error`} errors={partyError} />
        <p className="mt-2 mb-1 font-bold">Boards of {areaName}</p>
        <div className="grid gap-1 sm:grid-cols-2">{here.map((c) => box(c, "here"))}</div>
        {elsewhere.length > 0 && (
          <>
            <p className="mt-4 mb-1 font-bold">Boards of other areas (for a cross-area protocol)</p>
            <div className="grid gap-1 sm:grid-cols-2">{elsewhere.map((c) => box(c, "elsewhere"))}</div>
          </>
        )}
      </fieldset>
      <TextField
        id={FIELDS.sourceDocument}
        name="sourceDocument"
        label="Source document (optional)"
        hint="The file name or title of the signed document"
        defaultValue={errors?.values?.sourceDocument}
        errors={errors?.fieldErrors.sourceDocument}
      />
      <TextArea
        id={FIELDS.notes}
        name="notes"
        label="Notes (optional)"
        defaultValue={errors?.values?.notes}
        errors={errors?.fieldErrors.notes}
      />
      <TextArea
        id={FIELDS.resolutionRoute}
        name="resolutionRoute"
        label="Resolution route (optional)"
        hint="Who an unresolved disagreement goes to after the chairs: one step a line, in order. If the protocol gives a step a time to respond, add it after a vertical bar, e.g. Director of Public Health | 1 month (units: days, working days, weeks, months). A step with no time has no due date."
        defaultValue={errors?.values?.resolutionRoute}
        errors={errors?.fieldErrors.resolutionRoute}
      />
      <fieldset className="mb-6">
        <legend className="mb-2 text-lg font-bold">Time for the formal response (optional)</legend>
        <p className="mb-2 text-muted">
          How long the challenged board&apos;s chair has to respond. Leave blank for 20 working days.
        </p>
        <div className="flex flex-wrap gap-4">
          <TextField
            id={FIELDS.respondWithinAmount}
            name="respondWithinAmount"
            label="Number"
            width="max-w-[8rem]"
            defaultValue={errors?.values?.respondWithinAmount}
            errors={errors?.fieldErrors.respondWithinAmount}
          />
          <SelectField
            id={FIELDS.respondWithinUnit}
            name="respondWithinUnit"
            label="Unit"
            noBlank
            options={UNIT_OPTIONS}
            defaultValue={errors?.values?.respondWithinUnit ?? "working-days"}
            errors={errors?.fieldErrors.respondWithinUnit}
          />
        </div>
      </fieldset>
      <Button>{pending ? "Creating the draft…" : "Create the draft protocol"}</Button>
    </form>
  );
}
