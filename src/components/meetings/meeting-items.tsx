import Link from "next/link";
import { FlagList, StatusTag } from "@/components/calendar/status-tag";
import { Table, Td } from "@/components/ui/table";
import { formatCivilDate } from "@/lib/dates";
import type { CalendarItemView } from "@/server/features/calendar/calendar-view";

const KIND_LABELS: Record<string, string> = {
  report: "Report",
  consultation: "Consultation",
  review: "Review",
  meeting: "Meeting",
  "information-sharing": "Information",
  attendance: "Attendance",
  plan: "Plan",
  escalation: "Escalation",
};

/** Items at a meeting: clause, kind, duty, who owes it, to whom, due date, status and flags. */
export function MeetingItems({
  caption,
  items,
  slug,
  links = true,
}: {
  caption: string;
  items: CalendarItemView[];
  slug: string;
  links?: boolean;
}) {
  if (items.length === 0) return <p className="mb-6">None.</p>;
  return (
    <Table caption={caption} captionHidden head={["Clause", "Kind", "Duty", "Owed by", "Owed to", "Due", "Status"]}>
      {items.map((i) => (
        <tr key={i.key}>
          <Td header>{i.clause}</Td>
          <Td>{KIND_LABELS[i.kind] ?? i.kind}</Td>
          <Td>
            {links && i.id ? (
              <Link className="text-brand underline" href={`/areas/${slug}/items/${i.id}`}>
                {i.title}
              </Link>
            ) : (
              i.title
            )}
          </Td>
          <Td>{i.from.map((p) => p.key).join(", ") || "—"}</Td>
          <Td>{i.to?.key ?? "Joint"}</Td>
          <Td>{formatCivilDate(i.dueOn)}</Td>
          <Td>
            <StatusTag status={i.status} />
            {i.flags.length > 0 && <FlagList flags={i.flags} />}
          </Td>
        </tr>
      ))}
    </Table>
  );
}
