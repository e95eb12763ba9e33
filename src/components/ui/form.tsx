import type { ReactNode } from "react";

export interface FormErrors {
  formError?: string;
  fieldErrors: Record<string, string[]>;
}

/** GOV.UK error summary: focusable, at the top, each error linking to its field. */
export function ErrorSummary({ errors, fields }: { errors: FormErrors | null | undefined; fields: Record<string, string> }) {
  if (!errors || (!errors.formError && Object.keys(errors.fieldErrors).length === 0)) return null;
  const items = Object.entries(errors.fieldErrors).flatMap(([field, messages]) =>
    messages.map((message) => ({ field, message, href: `#${fields[field] ?? field}` })),
  );
  return (
    <div role="alert" aria-labelledby="error-summary-title" tabIndex={-1} className="border-4 border-danger p-4 mb-6 max-w-3xl" id="error-summary">
      <h2 id="error-summary-title" className="text-xl font-bold mb-2">
        There is a problem
      </h2>
      {errors.formError && <p className="mb-2">{errors.formError}</p>}
      <ul className="list-none">
        {items.map((item) => (
          <li key={`${item.field}-${item.message}`}>
            <a href={item.href} className="text-danger font-bold underline">
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  type?: string;
  defaultValue?: string;
  autoComplete?: string;
  width?: string;
  required?: boolean;
}

/** A labelled input with its hint and error message wired up by aria-describedby. */
export function TextField({ id, name, label, hint, errors, type = "text", defaultValue, autoComplete, width = "max-w-md", required }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={`mb-6 ${errorId ? "border-l-4 border-danger pl-4" : ""}`}>
      <label htmlFor={id} className="block font-bold mb-1">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-muted mb-1">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="text-danger font-bold mb-1">
          <span className="sr-only">Error: </span>
          {errors!.join(". ")}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`block w-full ${width} border-2 ${errorId ? "border-danger" : "border-ink"} px-2 py-2 text-lg min-h-11`}
      />
    </div>
  );
}

export function Button({ children, secondary, name, value }: { children: ReactNode; secondary?: boolean; name?: string; value?: string }) {
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

/** A labelled select with its error wired up; the first option asks for a choice unless `noBlank`. */
export function SelectField({ id, name, label, options, errors, defaultValue, hint, noBlank }: { id: string; name: string; label: string; options: Option[]; errors?: string[]; defaultValue?: string; hint?: string; noBlank?: boolean }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={`mb-6 ${errorId ? "border-l-4 border-danger pl-4" : ""}`}>
      <label htmlFor={id} className="block font-bold mb-1">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-muted mb-1">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="text-danger font-bold mb-1">
          <span className="sr-only">Error: </span>
          {errors!.join(". ")}
        </p>
      )}
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`block border-2 ${errorId ? "border-danger" : "border-ink"} px-2 py-2 min-h-11 bg-white max-w-full`}
      >
        {!noBlank && <option value="">Choose…</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled multi-line text box with its hint and error. */
export function TextArea({ id, name, label, hint, errors, defaultValue, rows = 4 }: { id: string; name: string; label: string; hint?: string; errors?: string[]; defaultValue?: string; rows?: number }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={`mb-6 ${errorId ? "border-l-4 border-danger pl-4" : ""}`}>
      <label htmlFor={id} className="block font-bold mb-1">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-muted mb-1">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="text-danger font-bold mb-1">
          <span className="sr-only">Error: </span>
          {errors!.join(". ")}
        </p>
      )}
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`block w-full max-w-2xl border-2 ${errorId ? "border-danger" : "border-ink"} px-2 py-2 text-lg`}
      />
    </div>
  );
}
