import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { Table, Td } from "@/components/ui/table";
import { FlagList, StatusTag } from "@/components/calendar/status-tag";
import { Tag } from "@/components/ui/tag";
import { FLAG_LABELS } from "@/domain/calendar/status";
import { cycleLabel, formatCivilDate } from "@/lib/dates";
import { fyParam } from "@/lib/schemas/calendar";
import { orNotFound, pageReader } from "@/server/auth/page";
import type { CalendarItemView } from "@/server/features/calendar/calendar-view";
import { previewCalendar } from "@/server/features/calendar/preview-calendar";
import { ConfirmGenerateForm } from "./confirm-form";

export const metadata: Metadata = { title: "Generate calendar" };

export default async function GeneratePage({
  params,
  searchParams,
}: {
  params: Promise<{ area: string; board: string }>;
  searchParams: Promise<{ fy?: string }>;
}) {
  const { area: slug, board: rawKey } = await params;
  const fy = fyParam.safeParse((await searchParams).fy);
  const key = decodeURIComponent(rawKey);
  const preview = await orNotFound(previewCalendar(await pageReader(), slug, key, fy.success ? fy.data : null));
  const label = `FY${cycleLabel(preview.year, preview.board.yearStartMonth)}`;
  const changes = preview.created.length + preview.updated.length + preview.retired.length;
  return (
    <>
      <PageHeader caption={`${preview.board.name} (${preview.board.key})`} title={`Generate the ${label} calendar`}>
        Check what will change. Nothing is written until you confirm. Items already logged keep their status and
        evidence.
      </PageHeader>
      <SummaryList
        rows={[
          { key: "New items", value: String(preview.created.length) },
          { key: "Changed items", value: String(preview.updated.length) },
          { key: "Retired items", value: String(preview.retired.length) },
          { key: "Unchanged items", value: String(preview.unchanged) },
          ...(preview.attention.length > 0
            ? [{ key: "Logged items whose meeting changed", value: String(preview.attention.length) }]
            : []),
        ]}
      />
      <div className="mt-8">
        <ConfirmGenerateForm
          boardId={preview.board.id}
          fy={preview.year}
          fingerprint={preview.fingerprint}
          label={label}
          changes={changes}
        />
        <Link
          className="text-brand underline"
          href={`/areas/${slug}/boards/${encodeURIComponent(key)}/calendar?fy=${preview.year}`}
        >
          Cancel and go back to the calendar
        </Link>
      </div>
      {preview.created.length > 0 && (
        <>
          <SectionHeading>New items</SectionHeading>
          <Items caption="New items" items={preview.created} />
        </>
      )}
      {preview.updated.length > 0 && (
        <>
          <SectionHeading>Changed items</SectionHeading>
          <Table caption="Changed items" captionHidden head={["Duty", "Was due", "Will be due", "Meeting", "Why"]}>
            {preview.updated.map(({ before, after, change }) => (
              <tr key={after.key}>
                <Td header>
                  {after.clause} {after.title}
                </Td>
                <Td>{formatCivilDate(before.dueOn)}</Td>
                <Td>{formatCivilDate(after.dueOn)}</Td>
                <Td>{after.meeting ? formatCivilDate(after.meeting.date) : "None in window"}</Td>
                <Td>
                  {change ? (
                    <Tag tone={change === "meeting-cancelled" ? "red" : "yellow"}>{FLAG_LABELS[change]}</Tag>
                  ) : (
                    "Rules or meetings changed"
                  )}
                  {after.flags.length > 0 && <FlagList flags={after.flags} />}
                </Td>
              </tr>
            ))}
          </Table>
        </>
      )}
      {preview.attention.length > 0 && (
        <>
          <SectionHeading>Logged items whose meeting changed</SectionHeading>
          <p className="mb-4 max-w-3xl">
            Generation never changes an item once something is logged against it. Check each of these yourself: its
            meeting was cancelled or moved after it was planned there.
          </p>
          <Table
            caption="Logged items whose meeting changed"
            captionHidden
            head={["Due", "Duty", "Status", "Meeting", "Flag"]}
          >
            {preview.attention.map(({ item, change }) => (
              <tr key={item.key}>
                <Td header>{formatCivilDate(item.dueOn)}</Td>
                <Td>
                  <Link className="text-brand underline" href={`/areas/${slug}/items/${item.id}`}>
                    {item.clause} {item.title}
                  </Link>
                </Td>
                <Td>
                  <StatusTag status={item.status} />
                </Td>
                <Td>
                  {item.meeting ? (
                    <Link className="text-brand underline" href={`/areas/${slug}/meetings/${item.meeting.id}`}>
                      {formatCivilDate(item.meeting.date)}
                    </Link>
                  ) : (
                    "—"
                  )}
                </Td>
                <Td>
                  <Tag tone={change === "meeting-cancelled" ? "red" : "yellow"}>{FLAG_LABELS[change]}</Tag>
                </Td>
              </tr>
            ))}
          </Table>
        </>
      )}
      {preview.retired.length > 0 && (
        <>
          <SectionHeading>Retired items</SectionHeading>
          <p className="mb-4">
            No rule produces these any more. They are kept, marked retired, with anything logged against them.
          </p>
          <Items caption="Retired items" items={preview.retired} />
        </>
      )}
    </>
  );
}

function Items({ caption, items }: { caption: string; items: CalendarItemView[] }) {
  return (
    <Table caption={caption} captionHidden head={["Due", "Duty", "To", "Window", "Meeting", "Flags"]}>
      {items.map((i) => (
        <tr key={i.key}>
          <Td header>{formatCivilDate(i.dueOn)}</Td>
          <Td>
            {i.clause} {i.title}
          </Td>
          <Td>{i.to?.key ?? "Joint"}</Td>
          <Td>
            {formatCivilDate(i.windowStart)} to {formatCivilDate(i.windowEnd)}
          </Td>
          <Td>{i.meeting ? formatCivilDate(i.meeting.date) : "—"}</Td>
          <Td>
            <FlagList flags={i.flags} />
          </Td>
        </tr>
      ))}
    </Table>
  );
}
