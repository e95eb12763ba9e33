import type { ReactNode } from "react";

export interface FormErrors {
  formError?: string;
  fieldErrors: Record<string, string[]>;
}

/** GOV.UK error summary: focusable, at the top, each error linking to its field. */
export function ErrorSummary({
  errors,
  fields,
}: {
  errors: FormErrors | null | undefined;
  fields: Record<string, string>;
}) {
  if (!errors || (!errors.formError && Object.keys(errors.fieldErrors).length === 0)) return null;
  const items = Object.entries(errors.fieldErrors).flatMap(([field, messages]) =>
    messages.map((message) => ({ field, message, href: `#${fields[field] ?? field}` })),
  );
  return (
    <div
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      className="mb-6 max-w-3xl border-4 border-danger p-4"
      id="error-summary"
    >
      <h2 id="error-summary-title" className="mb-2 text-xl font-bold">
        There is a problem
      </h2>
      {errors.formError && <p className="mb-2">{errors.formError}</p>}
      <ul className="list-none">
        {items.map((item) => (
          <li key={`${item.field}-${item.message}`}>
            <a href={item.href} className="font-bold text-danger underline">
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A field's error message, for the frame below and for fields that are not a single control. */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mb-1 font-bold text-danger">
      <span className="sr-only">Error: </span>
      {errors.join(". ")}
    </p>
  );
}

interface Frame {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
}

/**
 * Every field's label, hint and error, wired to the control by aria-describedby: the one frame the
 * text, select and text-area fields share (GOV.UK's form group).
 */
function FieldFrame({
  id,
  label,
  hint,
  errors,
  children,
}: Frame & {
  children: (wiring: { "aria-describedby"?: string; "aria-invalid"?: true; invalid: boolean }) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={`mb-6 ${errorId ? "border-l-4 border-danger pl-4" : ""}`}>
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mb-1 text-muted">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} errors={errors} />
      {children({
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
        "aria-invalid": errorId ? true : undefined,
        invalid: Boolean(errorId),
      })}
    </div>
  );
}

interface FieldProps extends Frame {
  name: string;
  type?: string;
  defaultValue?: string;
  autoComplete?: string;
  width?: string;
  required?: boolean;
}

/** A labelled input with its hint and error message wired up by aria-describedby. */
export function TextField({
  id,
  name,
  type = "text",
  defaultValue,
  autoComplete,
  width = "max-w-md",
  required,
  ...frame
}: FieldProps) {
  return (
    <FieldFrame id={id} {...frame}>
      {({ invalid, ...aria }) => (
        <input
          id={id}
          name={name}
          type={type}
          defaultValue={defaultValue}
          autoComplete={autoComplete}
          required={required}
          {...aria}
          className={`block w-full ${width} border-2 ${invalid ? "border-danger" : "border-ink"} min-h-11 px-2 py-2 text-lg`}
        />
      )}
    </FieldFrame>
  );
}

export function Button({
  children,
  secondary,
  name,
  value,
}: {
  children: ReactNode;
  secondary?: boolean;
  name?: string;
  value?: string;
}) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={`min-h-11 px-4 py-2 text-lg font-bold shadow-[0_2px_0_#002d18] ${secondary ? "bg-panel text-ink" : "bg-ok text-white"} hover:brightness-90`}
    >
      {children}
    </button>
  );
}

export type Option = { value: string; label: string };
export type OptionGroup = { label: string; options: Option[] };

/** A labelled select with its error wired up; the first option asks for a choice unless `noBlank`. */
export function SelectField({
  id,
  name,
  options = [],
  groups = [],
  defaultValue,
  noBlank,
  emptyLabel = "Choose…",
  ...frame
}: Frame & {
  name: string;
  options?: Option[];
  groups?: OptionGroup[];
  defaultValue?: string;
  noBlank?: boolean;
  emptyLabel?: string;
}) {
  const list = (items: Option[]) =>
    items.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  return (
    <FieldFrame id={id} {...frame}>
      {({ invalid, ...aria }) => (
        // Keyed by its default: React's reset after a form action keeps a select's first default, so a
        // kept value after an error needs a fresh element to show.
        <select
          key={defaultValue ?? ""}
          id={id}
          name={name}
          defaultValue={defaultValue ?? ""}
          {...aria}
          className={`block border-2 ${invalid ? "border-danger" : "border-ink"} min-h-11 max-w-full bg-white px-2 py-2 text-lg`}
        >
          {!noBlank && <option value="">{emptyLabel}</option>}
          {list(options)}
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {list(g.options)}
            </optgroup>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** A labelled multi-line text box with its hint and error. */
export function TextArea({
  id,
  name,
  defaultValue,
  rows = 4,
  ...frame
}: Frame & { name: string; defaultValue?: string; rows?: number }) {
  return (
    <FieldFrame id={id} {...frame}>
      {({ invalid, ...aria }) => (
        <textarea
          id={id}
          name={name}
          rows={rows}
          defaultValue={defaultValue}
          {...aria}
          className={`block w-full max-w-2xl border-2 ${invalid ? "border-danger" : "border-ink"} px-2 py-2 text-lg`}
        />
      )}
    </FieldFrame>
  );
}
