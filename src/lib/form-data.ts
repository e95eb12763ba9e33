/**
 * Reading a submitted form (FormData) for a server action: the one place that decides what an
 * absent field, a file where text was expected, an empty field and an over-long value become.
 * Values are cut to `max` characters before anything else sees them, so a hostile client cannot
 * make the server parse, log or echo back megabytes; the schemas then refuse what is still too long.
 */
export interface FormTextOptions {
  /** Characters kept of each value (default 10,000). */
  max?: number;
  /** Read an empty field ("") as absent, as for an unchosen option of a select. */
  emptyIsAbsent?: boolean;
}

/** One text field: undefined when absent or a file, else its value cut to `max`. */
export function formText(
  form: FormData,
  key: string,
  { max = 10_000, emptyIsAbsent = false }: FormTextOptions = {},
): string | undefined {
  const value = form.get(key);
  if (typeof value !== "string" || (emptyIsAbsent && value === "")) return undefined;
  return value.slice(0, max);
}

/** The named text fields, as the raw input of a use case (absent ones undefined). */
export function formFields<K extends string>(
  form: FormData,
  keys: readonly K[],
  options: FormTextOptions = {},
): Record<K, string | undefined> {
  return Object.fromEntries(keys.map((key) => [key, formText(form, key, options)])) as Record<K, string | undefined>;
}

/** What the user typed in the named fields ("" when absent), to put back in the form after a refusal. */
export function keptValues(form: FormData, keys: readonly string[], max = 10_000): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, formText(form, key, { max }) ?? ""]));
}
