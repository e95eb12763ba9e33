import { addMonths, type CivilDate } from "../civil-date";

/**
 * Halton 36: meetings "not less than on a 6 monthly basis". Two items a year can both be met and
 * still leave more than six months between two occurrences (March, then October). Given the dates
 * a six-monthly duty actually happened, returns each later date that came more than six calendar
 * months after the one before it.
 */
export function sixMonthGaps(happened: readonly CivilDate[]): { from: CivilDate; to: CivilDate }[] {
  const dates = [...new Set(happened)].sort();
  const gaps: { from: CivilDate; to: CivilDate }[] = [];
  for (let i = 1; i < dates.length; i++) {
    if (dates[i]! > addMonths(dates[i - 1]!, 6)) gaps.push({ from: dates[i - 1]!, to: dates[i]! });
  }
  return gaps;
}
