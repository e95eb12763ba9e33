import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ErrorSummary, SelectField, TextField } from "@/components/ui/form";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { formatCivilDate, formatCivilDateWithDay } from "@/lib/dates";
import { orNotFound, pageReader } from "@/server/auth/page";
import { AppError } from "@/server/core/errors";
import { findBoardIn } from "@/server/features/meetings/list-board-meetings";
import { planMeetingSeries } from "@/server/features/meetings/preview-meeting-series";
import { viewerCan } from "@/server/authz/load-viewer";
import { ConfirmSeriesForm } from "./confirm-series-form";
import { SERIES_FIELD_IDS } from "./field-ids";

export const metadata: Metadata = { title: "Add a series of meetings" };

const FIELDS = ["frequency", "interval", "weekday", "week", "dayOfMonth", "from", "until", "startTime", "location"];
const WEEKDAY_OPTIONS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map((d) => ({
  value: d,
  label: d.charAt(0).toUpperCase() + d.slice(1),
}));
const WEEK_OPTIONS = [
  { value: "1", label: "First" },
  { value: "2", label: "Second" },
  { value: "3", label: "Third" },
  { value: "4", label: "Fourth" },
  { value: "last", label: "Last" },
];

type Props = {
  params: Promise<{ area: string; board: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * A series of meetings in two steps that work without JavaScript: the pattern (a GET form, so the
 * preview is a plain page), then the dates it gives, taken ones marked, and a button to add them.
 */
export default async function SeriesPage({ params, searchParams }: Props) {
  const { area: slug, board: rawKey } = await params;
  const key = decodeURIComponent(rawKey);
  const reader = await pageReader();
  const { board } = await orNotFound(findBoardIn(reader, slug, key));
  if (!viewerCan(reader.viewer, "meeting:manage", board)) notFound();
  const query = await searchParams;
  const values = Object.fromEntries(FIELDS.map((f) => [f, typeof query[f] === "string" ? query[f].slice(0, 300) : ""]));
  const submitted = query.frequency !== undefined;
  let plan: Awaited<ReturnType<typeof planMeetingSeries>> | null = null;
  let errors: { formError?: string; fieldErrors: Record<string, string[]> } | null = null;
  if (submitted) {
    try {
      plan = await planMeetingSeries(reader, { ...values, boardId: board.id });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "VALIDATION") throw error;
      errors = { formError: error.message, fieldErrors: error.fieldErrors };
    }
  }
  const base = `/areas/${slug}/boards/${encodeURIComponent(key)}`;
  const v = (f: string, fallback = "") => (submitted ? values[f] : fallback);
  return (
    <>
      <PageHeader caption={`${board.name} (${key})`} title="Add a series of meetings">
        For example, the second Tuesday of every other month from September to July. You will see the dates before
        anything is added.
      </PageHeader>
      <p className="mb-6">
        <Link className="text-brand underline" href={`${base}/meetings`}>
          Back to the board&apos;s meetings
        </Link>
      </p>
      <ErrorSummary errors={errors} fields={SERIES_FIELD_IDS} />
      <form method="get" noValidate className="max-w-xl">
        <SelectField
          id="series-frequency"
          name="frequency"
          label="How often"
          noBlank
          options={[
            { value: "monthly-weekday", label: "Monthly, on a weekday (for example the second Tuesday)" },
            { value: "monthly-day", label: "Monthly, on a day of the month (for example the 15th)" },
            { value: "weekly", label: "Weekly" },
          ]}
          defaultValue={v("frequency", "monthly-weekday")}
          errors={errors?.fieldErrors.frequency}
        />
        <TextField
          id="series-interval"
          name="interval"
          label="Every how many months or weeks"
          hint="1 for every month (or week), 2 for every other one, up to 12"
          width="max-w-24"
          defaultValue={v("interval", "1")}
          errors={errors?.fieldErrors.interval}
        />
        <SelectField
          id="series-week"
          name="week"
          label="Which week of the month (monthly on a weekday)"
          options={WEEK_OPTIONS}
          defaultValue={v("week")}
          errors={errors?.fieldErrors.week}
        />
        <SelectField
          id="series-weekday"
          name="weekday"
          label="Day of the week (monthly on a weekday, or weekly)"
          options={WEEKDAY_OPTIONS}
          defaultValue={v("weekday")}
          errors={errors?.fieldErrors.weekday}
        />
        <TextField
          id="series-day"
          name="dayOfMonth"
          label="Day of the month (monthly on a day of the month)"
          hint="From 1 to 28, so that every month has it"
          width="max-w-24"
          defaultValue={v("dayOfMonth")}
          errors={errors?.fieldErrors.dayOfMonth}
        />
        <TextField
          id="series-from"
          name="from"
          type="date"
          label="First date"
          hint="The series starts on or after this date; months are counted from its month"
          width="max-w-xs"
          defaultValue={v("from")}
          errors={errors?.fieldErrors.from}
        />
        <TextField
          id="series-until"
          name="until"
          type="date"
          label="Last date"
          hint="No meeting is added after this date"
          width="max-w-xs"
          defaultValue={v("until")}
          errors={errors?.fieldErrors.until}
        />
        <TextField
          id="series-time"
          name="startTime"
          type="time"
          label="Start time"
          hint="24-hour clock, London time, for example 14:00"
          width="max-w-xs"
          defaultValue={v("startTime", "14:00")}
          errors={errors?.fieldErrors.startTime}
        />
        <TextField
          id="series-location"
          name="location"
          label="Location (optional)"
          defaultValue={v("location")}
          errors={errors?.fieldErrors.location}
        />
        <button
          type="submit"
          className="mb-8 min-h-11 bg-panel px-4 py-2 text-lg font-bold text-ink shadow-[0_2px_0_#002d18] hover:brightness-90"
        >
          Preview the dates
        </button>
      </form>
      {plan && (
        <section aria-labelledby="series-preview">
          <SectionHeading id="series-preview">
            {plan.dates.length} date{plan.dates.length === 1 ? "" : "s"}: {plan.description}
          </SectionHeading>
          <p className="mb-4 max-w-3xl">
            From {formatCivilDate(plan.input.from)} to {formatCivilDate(plan.input.until)}, at {plan.input.startTime}
            {plan.input.location ? `, ${plan.input.location}` : ""}.{" "}
            {plan.taken.length > 0
              ? `${plan.taken.length} of these dates already have a meeting at that time and will not be added again.`
              : "None of these dates has a meeting at that time yet."}
          </p>
          <Table caption="Dates of the series" captionHidden head={["Date", "Will it be added?"]}>
            {plan.dates.map((d) => (
              <tr key={d.date}>
                <Td header>{formatCivilDateWithDay(d.date)}</Td>
                <Td>
                  {d.taken ? (
                    <Tag tone="yellow">Already taken{d.taken.cancelled ? " (a cancelled meeting)" : ""}: not added</Tag>
                  ) : (
                    <Tag tone="green">Added</Tag>
                  )}
                </Td>
              </tr>
            ))}
          </Table>
          {/* Always rendered, so that its success message outlives the page's refresh (every date now taken). */}
          <ConfirmSeriesForm
            fields={{ ...values, boardId: board.id }}
            count={plan.free.length}
            returnTo={`${base}/meetings`}
          />
        </section>
      )}
    </>
  );
}
