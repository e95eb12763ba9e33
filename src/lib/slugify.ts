/**
 * A URL key made from a name: "Kent County Council" -> "kent-county-council". Accents are dropped,
 * "&" becomes "and", anything else that is not a letter or digit becomes one hyphen. At most `max`
 * characters (60 by default, so that a suffix ("-2") still fits a slug), cut at a whole word where
 * one fits. A name of symbols only gives `fallback`.
 */
export function slugify(name: string, fallback = "item", max = 60): string {
  const whole = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (whole === "") return fallback;
  if (whole.length <= max) return whole;
  const cut = whole.slice(0, max + 1);
  const lastWord = cut.lastIndexOf("-");
  return cut.slice(0, lastWord > 0 ? lastWord : max).replace(/-+$/, "");
}

/** The first of `base`, `base-2`, `base-3`... that `taken` does not hold. */
export function uniqueSlug(base: string, taken: (candidate: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
