import type { Metadata } from "next";
import Link from "next/link";
import { StatusTag } from "@/components/calendar/status-tag";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { cycleLabel, formatCivilDate, formatCivilDateWithDay } from "@/lib/dates";
import { orNotFound, pageReader } from "@/server/auth/page";
import type { BoardItem } from "@/server/features/items/board-items";
import { forwardPlan } from "@/server/features/calendar/export-calendar";

export const metadata: Metadata = { title: "Forward plan" };

const parties = (list: { key: string }[]) => list.map((p) => p.key).join(", ") || "—";

/** A printable forward plan of a board's year: by meeting, month by month, then what is still to schedule. */
export default async function ForwardPlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ area: string; board: string }>;
  searchParams: Promise<{ fy?: string }>;
}) {
  const { area, board } = await params;
  const { fy } = await searchParams;
  const plan = await orNotFound(
    forwardPlan(await pageReader(), {
      area,
      board: decodeURIComponent(board),
      fy: fy && /^\d{4}$/.test(fy) ? fy : undefined,
    }),
  );
  const base = `/areas/${area}/boards/${encodeURIComponent(plan.board.key)}`;
  return (
    <>
      <PageHeader caption={`${plan.board.name} (${plan.board.key})`} title={`Forward plan ${plan.label}`}>
        {formatCivilDate(plan.cycle.start)} to {formatCivilDate(plan.cycle.end)}: what the board sends and receives,
        meeting by meeting. Printed on {formatCivilDate(plan.today)}.
      </PageHeader>
      <div className="no-print mb-8 max-w-3xl">
        <p className="mb-3">
          <strong>Print:</strong> use your browser&apos;s Print command (Ctrl+P, or ⌘P on a Mac). The printout leaves
          out the navigation and starts each month on a new page.
        </p>
        <nav aria-label="Years" className="flex flex-wrap gap-4">
          <Link className="text-brand underline" href={`${base}/forward-plan?fy=${plan.year - 1}`}>
            Previous year<span className="sr-only"> (FY{cycleLabel(plan.year - 1)})</span>
          </Link>
          <Link className="text-brand underline" href={`${base}/forward-plan?fy=${plan.year + 1}`}>
            Next year<span className="sr-only"> (FY{cycleLabel(plan.year + 1)})</span>
          </Link>
          <Link className="text-brand underline" href={`${base}/calendar?fy=${plan.year}`}>
            Back to the calendar
          </Link>
        </nav>
      </div>
      {plan.months.length === 0 && plan.toSchedule.length === 0 && (
        <p className="text-xl">No calendar has been generated for {plan.label} yet.</p>
      )}
      {plan.months.map((month, index) => (
        <section
          key={month.key}
          className={index > 0 ? "print:break-before-page" : undefined}
          aria-labelledby={`month-${month.key}`}
        >
          <SectionHeading id={`month-${month.key}`}>{month.label}</SectionHeading>
          <Table
            caption={`Items in ${month.label}`}
            captionHidden
            head={["Date", "Duty", "Owed by", "Owed to", "Status"]}
          >
            {month.days.flatMap((day) =>
              day.items.map((item, i) => (
                <tr key={item.id}>
                  {i === 0 ? (
                    <Td header>
                      {day.meeting ? "Meeting " : "Due "}
                      {formatCivilDateWithDay(day.date)}
                    </Td>
                  ) : (
                    <Td header>
                      <span className="sr-only">
                        {day.meeting ? "Meeting " : "Due "}
                        {formatCivilDateWithDay(day.date)}
                      </span>
                    </Td>
                  )}
                  <DutyCells item={item} />
                </tr>
              )),
            )}
          </Table>
        </section>
      ))}
      {plan.toSchedule.length > 0 && (
        <section className="print:break-before-page" aria-labelledby="to-schedule">
          <SectionHeading id="to-schedule">To schedule</SectionHeading>
          <p className="mb-4 max-w-3xl">No meeting has been chosen for these yet.</p>
          <Table caption="Items to schedule" captionHidden head={["Due by", "Duty", "Owed by", "Owed to", "Status"]}>
            {plan.toSchedule.map((item) => (
              <tr key={item.id}>
                <Td header>{formatCivilDate(item.dueOn)}</Td>
                <DutyCells item={item} />
              </tr>
            ))}
          </Table>
        </section>
      )}
    </>
  );
}

function DutyCells({ item }: { item: BoardItem }) {
  return (
    <>
      <Td>
        <span className="font-bold">{item.clause}</span> {item.title}
      </Td>
      <Td>{parties(item.owing)}</Td>
      <Td>{item.recipient?.key ?? "—"}</Td>
      <Td>
        <StatusTag status={item.status} />
      </Td>
    </>
  );
}
