/**
 * A URL key made from a name: "Kent County Council" -> "kent-county-council". Accents are dropped,
 * anything else that is not a letter or digit becomes one hyphen. Never empty (a name of symbols
 * only gives `fallback`), and at most 60 characters, so that a suffix ("-2") still fits a slug.
 */
export function slugify(name: string, fallback = "item"): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return base === "" ? fallback : base;
}

/** The first of `base`, `base-2`, `base-3`... that `taken` does not hold. */
export function uniqueSlug(base: string, taken: (candidate: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
