"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, FieldError, SelectField, TextArea, TextField, type Option } from "@/components/ui/form";
import type { ActionResult } from "@/server/core/errors";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
].map((label, i) => ({ value: String(i + 1), label }));

export type BoardFormValues = Record<
  | "name"
  | "key"
  | "acronym"
  | "kind"
  | "statutoryBasis"
  | "statutory"
  | "independentChair"
  | "yearStartMonth"
  | "contact",
  string
>;

const FIELDS = {
  name: "board-name",
  key: "board-key",
  acronym: "board-acronym",
  kind: "board-kind",
  statutoryBasis: "board-basis",
  statutory: "board-statutory",
  independentChair: "board-independent-chair",
  yearStartMonth: "board-year-start",
  contact: "board-contact",
};

/** A yes/no as one GOV.UK checkbox, with its error above it. */
function Checkbox({
  id,
  name,
  label,
  hint,
  checked,
  errors,
}: {
  id: string;
  name: string;
  label: string;
  hint: string;
  checked: boolean;
  errors?: string[];
}) {
  return (
    <div className="mb-6">
      <FieldError id={`${id}-error`} errors={errors} />
      <div className="flex items-start gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={checked}
          aria-describedby={`${id}-hint${errors?.length ? ` ${id}-error` : ""}`}
          className="mt-1 size-6 border-2 border-ink"
        />
        <div>
          <label htmlFor={id} className="font-bold">
            {label}
          </label>
          <p id={`${id}-hint`} className="text-muted">
            {hint}
          </p>
        </div>
      </div>
    </div>
  );
}

/**
 * A board's details, for the "Add a board" page and the board's edit page: the same fields, errors
 * at each field (GOV.UK pattern). `hidden` are the ids the action needs (area, board, version).
 */
export function BoardForm({
  action,
  hidden,
  kinds,
  values,
  submit,
}: {
  action: (prev: ActionResult | null, form: FormData) => Promise<ActionResult>;
  hidden: Record<string, string>;
  kinds: Option[];
  values?: BoardFormValues;
  submit: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state : null;
  const shown = (field: keyof BoardFormValues) => errors?.values?.[field] ?? values?.[field];
  const ticked = (field: "statutory" | "independentChair") =>
    errors?.values ? errors.values[field] === "on" : values?.[field] === "on";
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      {state?.ok && (
        <p role="status" className="mb-4 border-4 border-ok p-3 font-bold">
          {state.message}
        </p>
      )}
      <ErrorSummary errors={errors} fields={FIELDS} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField
        id={FIELDS.name}
        name="name"
        label="Name"
        hint="For example, Kent Safeguarding Children Partnership"
        errors={errors?.fieldErrors.name}
        defaultValue={shown("name")}
        width="max-w-2xl"
      />
      <TextField
        id={FIELDS.key}
        name="key"
        label="Key in this area"
        hint="Upper-case letters and digits, as the protocols print it, for example KSCP. No other board of the area may have it."
        errors={errors?.fieldErrors.key}
        defaultValue={shown("key")}
        width="max-w-xs"
      />
      <TextField
        id={FIELDS.acronym}
        name="acronym"
        label="Acronym"
        hint="How the board is known, for example KSCP"
        errors={errors?.fieldErrors.acronym}
        defaultValue={shown("acronym")}
        width="max-w-xs"
      />
      <SelectField
        id={FIELDS.kind}
        name="kind"
        label="Kind of board"
        options={kinds}
        errors={errors?.fieldErrors.kind}
        defaultValue={shown("kind")}
      />
      <Checkbox
        id={FIELDS.statutory}
        name="statutory"
        label="The board is statutory"
        hint="Required by law, for example by the Children Act 2004"
        checked={ticked("statutory")}
        errors={errors?.fieldErrors.statutory}
      />
      <TextField
        id={FIELDS.statutoryBasis}
        name="statutoryBasis"
        label="Statutory basis (optional)"
        hint="The law or guidance that sets the board up, for example Working Together to Safeguard Children 2023"
        errors={errors?.fieldErrors.statutoryBasis}
        defaultValue={shown("statutoryBasis")}
        width="max-w-2xl"
      />
      <Checkbox
        id={FIELDS.independentChair}
        name="independentChair"
        label="The board has an independent chair"
        hint="Chaired by someone from outside the member organisations"
        checked={ticked("independentChair")}
        errors={errors?.fieldErrors.independentChair}
      />
      <SelectField
        id={FIELDS.yearStartMonth}
        name="yearStartMonth"
        label="Month its year starts"
        hint="Most boards use the financial year, starting in April"
        options={MONTHS}
        noBlank
        errors={errors?.fieldErrors.yearStartMonth}
        defaultValue={shown("yearStartMonth") ?? "4"}
      />
      <TextArea
        id={FIELDS.contact}
        name="contact"
        label="Contact (optional)"
        hint="Who to contact about the board: its business manager's name, email or telephone"
        errors={errors?.fieldErrors.contact}
        defaultValue={shown("contact")}
        rows={3}
      />
      <Button>{pending ? "Saving…" : submit}</Button>
    </form>
  );
}
