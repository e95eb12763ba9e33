import type { Metadata } from "next";
import Link from "next/link";
import { FlagList, StatusTag } from "@/components/calendar/status-tag";
import { FilterSelect } from "@/components/ui/filter-select";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { ITEM_STATUSES, STATUS_LABELS } from "@/domain/calendar/status";
import { cycleLabel, formatCivilDate, monthName } from "@/lib/dates";
import { describeCadence } from "@/lib/describe-cadence";
import { monthWeeks } from "@/lib/month-grid";
import { fyParam } from "@/lib/schemas/calendar";
import { orNotFound, pageReader } from "@/server/auth/page";
import { getBoardCalendar } from "@/server/features/calendar/get-board-calendar";
import type { CalendarItemView } from "@/server/features/calendar/calendar-view";
import { ScheduleForm } from "./schedule-form";

export const metadata: Metadata = { title: "Board calendar" };

type Search = {
  fy?: string;
  kind?: string;
  status?: string;
  counterparty?: string;
  view?: string;
  created?: string;
  updated?: string;
  retired?: string;
  scheduled?: string;
};

const KINDS = [
  "report",
  "consultation",
  "review",
  "meeting",
  "attendance",
  "information-sharing",
  "plan",
  "escalation",
  "other",
];
const pick = (value: string | undefined, allowed: readonly string[]) =>
  value && allowed.includes(value) ? value : undefined;

export default async function BoardCalendarPage({
  params,
  searchParams,
}: {
  params: Promise<{ area: string; board: string }>;
  searchParams: Promise<Search>;
}) {
  const { area: slug, board: rawKey } = await params;
  const search = await searchParams;
  const key = decodeURIComponent(rawKey);
  const fy = fyParam.safeParse(search.fy);
  const reader = await pageReader();
  const statuses = [...ITEM_STATUSES, "overdue", "retired"];
  const cal = await orNotFound(
    getBoardCalendar(reader, slug, key, fy.success ? fy.data : null, {
      kind: pick(search.kind, KINDS),
      status: pick(search.status, statuses),
      counterparty: search.counterparty && search.counterparty.length < 100 ? search.counterparty : undefined,
    }),
  );
  const base = `/areas/${slug}/boards/${encodeURIComponent(key)}/calendar`;
  const label = `FY${cycleLabel(cal.year, cal.board.yearStartMonth)}`;
  const grid = search.view === "grid";
  const months = new Map<string, CalendarItemView[]>();
  for (let i = 0; i < 12; i++) {
    const m = ((cal.cycle.startMonth - 1 + i) % 12) + 1;
    const y = cal.cycle.startYear + (cal.cycle.startMonth - 1 + i >= 12 ? 1 : 0);
    months.set(`${y}-${String(m).padStart(2, "0")}`, []);
  }
  for (const item of cal.items) {
    const k = item.dueOn.slice(0, 7);
    (months.get(k) ?? months.set(k, []).get(k)!).push(item);
  }
  const clauseHref = (i: CalendarItemView) => `/areas/${slug}/protocols/${i.protocolId}#clause-${i.clauseId}`;
  const generated = search.created !== undefined;
  return (
    <>
      <PageHeader caption={`${cal.board.name} (${cal.board.key})`} title={`Calendar ${label}`}>
        {formatCivilDate(cal.cycle.start)} to {formatCivilDate(cal.cycle.end)}. What the board owes and is owed under
        its protocols.
      </PageHeader>
      {generated && (
        <div role="status" className="mb-6 max-w-3xl border-4 border-ok p-4">
          <h2 className="text-xl font-bold">Calendar generated</h2>
          <p>
            {Number(search.created) || 0} new, {Number(search.updated) || 0} changed, {Number(search.retired) || 0}{" "}
            retired.
          </p>
        </div>
      )}
      {search.scheduled && /^\d{4}-\d{2}-\d{2}$/.test(search.scheduled) && (
        <div role="status" className="mb-6 max-w-3xl border-4 border-ok p-4">
          <p className="font-bold">Item scheduled for the meeting of {formatCivilDate(search.scheduled)}.</p>
        </div>
      )}
      {cal.gapWarnings.length > 0 && (
        <div className="mb-6 max-w-3xl border-l-8 border-danger bg-panel p-4">
          <h2 className="text-xl font-bold">More than six months apart</h2>
          <ul className="list-disc pl-6">
            {cal.gapWarnings.map((w) => (
              <li key={`${w.clause}-${w.from}`}>
                Clause {w.clause}: &ldquo;{w.summary}&rdquo; happened on {formatCivilDate(w.from)} and next on{" "}
                {formatCivilDate(w.to)}, more than six months later.
              </li>
            ))}
          </ul>
        </div>
      )}
      <nav aria-label="Years and views" className="no-print mb-6 flex flex-wrap gap-4">
        <Link className="text-brand underline" href={`${base}?fy=${cal.year - 1}`}>
          Previous year<span className="sr-only"> (FY{cycleLabel(cal.year - 1)})</span>
        </Link>
        <Link className="text-brand underline" href={`${base}?fy=${cal.year + 1}`}>
          Next year<span className="sr-only"> (FY{cycleLabel(cal.year + 1)})</span>
        </Link>
        <Link className="text-brand underline" href={`${base}?fy=${cal.year}${grid ? "" : "&view=grid"}`}>
          {grid ? "Show as a list" : "Show as month grids"}
        </Link>
        <a className="text-brand underline" href={`${base}/download`} download>
          Download calendar (.ics)
        </a>
        <a className="text-brand underline" href={`${base}/export?fy=${cal.year}`} download>
          Download {label} items (CSV)
        </a>
        <Link
          className="text-brand underline"
          href={`/areas/${slug}/boards/${encodeURIComponent(key)}/forward-plan?fy=${cal.year}`}
        >
          Printable forward plan {label}
        </Link>
        <Link className="text-brand underline" href="/account/feeds">
          Subscribe in Outlook or another calendar
        </Link>
        {cal.permissions.generate && (
          <Link className="font-bold text-brand underline" href={`${base}/generate?fy=${cal.year}`}>
            Generate {label} calendar
          </Link>
        )}
      </nav>

      {cal.total === 0 ? (
        <p className="mb-8 text-xl">
          No calendar has been generated for {label} yet.
          {cal.permissions.generate ? " Use “Generate” to preview it." : " The board's secretariat can generate it."}
        </p>
      ) : (
        <>
          <form method="get" className="no-print mb-4 flex flex-wrap items-end gap-3" aria-label="Filter items">
            <input type="hidden" name="fy" value={cal.year} />
            {grid && <input type="hidden" name="view" value="grid" />}
            <FilterSelect
              id="kind"
              label="Kind"
              value={search.kind}
              options={KINDS.map((k) => [k, k.replace("-", " ")])}
            />
            <FilterSelect
              id="status"
              label="Status"
              value={search.status}
              options={statuses.map((s) => [s, STATUS_LABELS[s as keyof typeof STATUS_LABELS]])}
            />
            <FilterSelect
              id="counterparty"
              label="Counterparty"
              value={search.counterparty}
              options={cal.counterparties.map((c) => [c, c])}
            />
            <button type="submit" className="min-h-11 border-2 border-ink bg-panel px-4 py-2 font-bold">
              Filter
            </button>
          </form>
          <p role="status" className="mb-6">
            Showing {cal.items.length} of {cal.total} items.
          </p>

          {cal.toSchedule.length > 0 && (
            <>
              <SectionHeading id="to-schedule">To schedule</SectionHeading>
              <p className="mb-4 max-w-3xl">
                These duties fall due any time in the year; the protocol names no month, so no meeting was chosen for
                them. Pick the meeting each is presented at.
              </p>
              <Table
                caption="Items to schedule"
                captionHidden
                head={["Duty", "Counterparty", "Window", cal.permissions.schedule ? "Meeting" : "Status"]}
              >
                {cal.toSchedule.map((i) => (
                  <tr key={i.key}>
                    <DutyCells
                      item={i}
                      href={clauseHref(i)}
                      itemHref={`/areas/${slug}/items/${i.id}`}
                      counterparty={cal.counterpartyOf(i)}
                      header
                    />
                    <Td>
                      {cal.permissions.schedule ? (
                        <ScheduleForm
                          itemId={i.id!}
                          version={i.version}
                          title={i.title}
                          options={cal.options.get(i.id!) ?? []}
                          returnTo={`${base}?fy=${cal.year}`}
                        />
                      ) : (
                        <StatusTag status={i.status} />
                      )}
                    </Td>
                  </tr>
                ))}
              </Table>
            </>
          )}

          <SectionHeading>{grid ? "Month by month" : "Items by month"}</SectionHeading>
          {[...months.entries()].map(([month, list]) => {
            const [y, m] = month.split("-").map(Number) as [number, number];
            const caption = `${monthName(m)} ${y}`;
            if (grid)
              return (
                <MonthGrid
                  key={month}
                  year={y}
                  month={m}
                  caption={caption}
                  items={list}
                  itemBase={`/areas/${slug}/items`}
                />
              );
            if (list.length === 0) return null;
            return (
              <Table
                key={month}
                caption={caption}
                head={["Due", "Duty", "Counterparty", "Window", "Meeting", "Status", "Flags"]}
              >
                {list.map((i) => (
                  <tr key={i.key}>
                    <Td header>{formatCivilDate(i.dueOn)}</Td>
                    <DutyCells
                      item={i}
                      href={clauseHref(i)}
                      itemHref={`/areas/${slug}/items/${i.id}`}
                      counterparty={cal.counterpartyOf(i)}
                    />
                    <Td>
                      {i.meeting ? (
                        <Link className="text-brand underline" href={`/areas/${slug}/meetings/${i.meeting.id}`}>
                          {formatCivilDate(i.meeting.date)}
                        </Link>
                      ) : (
                        "—"
                      )}
                    </Td>
                    <Td>
                      <StatusTag status={i.status} />
                    </Td>
                    <Td>
                      <FlagList flags={i.flags} />
                    </Td>
                  </tr>
                ))}
              </Table>
            );
          })}
        </>
      )}

      <SectionHeading id="standing">Standing duties</SectionHeading>
      <p className="mb-4 max-w-3xl">
        Duties with no dates of their own: they apply all year, or when something happens.
      </p>
      <Table
        caption="Standing duties"
        captionHidden
        head={["Clause", "Duty", "When", "Owed by", "Owed to", ...(cal.permissions.log ? ["Record"] : [])]}
      >
        {cal.standing.map((s) => (
          <tr key={s.obligationId}>
            <Td header>{s.clause}</Td>
            <Td>{s.summary}</Td>
            <Td>
              {describeCadence({
                frequency: s.frequency,
                trigger: s.trigger,
                window: null,
                minPerYear: null,
                afterMeetingsOf: null,
                anchorDate: null,
              })}
            </Td>
            <Td>{s.from.map((f) => f.key).join(", ")}</Td>
            <Td>{s.to.map((f) => f.key).join(", ") || "—"}</Td>
            {cal.permissions.log && (
              <Td>
                {s.from.some((f) => f.type === "board" && f.key === cal.board.key) ? (
                  <Link
                    className="text-brand underline"
                    href={`/areas/${slug}/boards/${encodeURIComponent(key)}/events/new?duty=${s.obligationId}`}
                  >
                    Record event<span className="sr-only"> for clause {s.clause}</span>
                  </Link>
                ) : (
                  "—"
                )}
              </Td>
            )}
          </tr>
        ))}
      </Table>
    </>
  );
}

/** The duty (linked to its clause), its counterparty and its window: shared by both tables. */
function DutyCells({
  item,
  href,
  itemHref,
  counterparty,
  header,
}: {
  item: CalendarItemView;
  href: string;
  itemHref: string;
  counterparty: string;
  header?: boolean;
}) {
  return (
    <>
      <Td header={header}>
        <Link className="text-brand underline" href={href}>
          {item.clause}
          <span className="sr-only"> (clause)</span>
        </Link>{" "}
        {item.id ? (
          <Link className="text-brand underline" href={itemHref}>
            {item.title}
          </Link>
        ) : (
          item.title
        )}
      </Td>
      <Td>{counterparty}</Td>
      <Td>
        {formatCivilDate(item.windowStart)} to {formatCivilDate(item.windowEnd)}
      </Td>
    </>
  );
}

function MonthGrid({
  year,
  month,
  caption,
  items,
  itemBase,
}: {
  year: number;
  month: number;
  caption: string;
  items: CalendarItemView[];
  itemBase: string;
}) {
  const weeks = monthWeeks(year, month);
  return (
    <div className="mb-8 overflow-x-auto">
      <table className="w-full table-fixed border-collapse text-sm">
        <caption className="mb-2 text-left text-xl font-bold">{caption}</caption>
        <thead>
          <tr>
            {["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].map((d) => (
              <th key={d} scope="col" className="border border-line p-1 text-left">
                <abbr title={d} className="no-underline">
                  {d.slice(0, 3)}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day, d) =>
                day ? (
                  <td key={day} className="h-20 border border-line p-1 align-top">
                    <span className="font-bold">{Number(day.slice(8))}</span>
                    <ul className="list-none">
                      {items
                        .filter((i) => i.dueOn === day)
                        .map((i) => (
                          <li key={i.key} className="mt-1">
                            {i.id ? (
                              <Link className="text-brand underline" href={`${itemBase}/${i.id}`}>
                                {i.clause} {i.to?.key ?? "Joint"} <span className="sr-only">{i.title}</span>
                              </Link>
                            ) : (
                              <>
                                {i.clause} {i.to?.key ?? "Joint"} <span className="sr-only">{i.title}</span>
                              </>
                            )}
                            <StatusTag status={i.status} />
                          </li>
                        ))}
                    </ul>
                  </td>
                ) : (
                  <td key={`e${w}-${d}`} className="border border-line bg-panel" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
