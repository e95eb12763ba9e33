/** The series form's fields by name, as element ids (an error summary links to them). */
export const SERIES_FIELD_IDS: Record<string, string> = {
  frequency: "series-frequency",
  interval: "series-interval",
  weekday: "series-weekday",
  week: "series-week",
  dayOfMonth: "series-day",
  from: "series-from",
  until: "series-until",
  startTime: "series-time",
  location: "series-location",
};
