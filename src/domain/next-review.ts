import { addMonths, civil } from "./civil-date";

/**
 * When a protocol is next due for review, from its review rules: "annually (in April)" (Kent 4.2)
 * is the next 1 April; "annually (from the date of initial agreement)" (Halton 2) the next
 * anniversary; "on an annual basis" with no month (Knowsley 9.1) a year after approval. Null when
 * no rule gives a date.
 */
export type ReviewCadence = { frequency: string; windowFromMonth: number | null; anchorDate: string | null };

export function nextReviewDate(
  rules: readonly ReviewCadence[],
  approvedOn: string | null,
  today: string,
): string | null {
  const candidates: string[] = [];
  const year = Number(today.slice(0, 4));
  const firstOnOrAfter = (make: (y: number) => string) => [year, year + 1].map(make).find((d) => d >= today)!;
  for (const r of rules) {
    if (r.frequency === "annual" && r.windowFromMonth)
      candidates.push(firstOnOrAfter((y) => civil(y, r.windowFromMonth!, 1)));
    else if (r.frequency === "anniversary" && r.anchorDate)
      candidates.push(firstOnOrAfter((y) => addMonths(r.anchorDate!, (y - Number(r.anchorDate!.slice(0, 4))) * 12)));
    else if (r.frequency === "annual" && approvedOn)
      candidates.push(firstOnOrAfter((y) => addMonths(approvedOn, (y - Number(approvedOn.slice(0, 4))) * 12)));
  }
  return candidates.sort()[0] ?? null;
}
