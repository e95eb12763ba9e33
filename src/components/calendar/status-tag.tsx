import { FLAG_LABELS, STATUS_LABELS, type DisplayStatus } from "@/domain/calendar/status";
import { Tag } from "@/components/ui/tag";

const TONE: Record<DisplayStatus, "grey" | "blue" | "green" | "red" | "yellow"> = {
  planned: "grey",
  scheduled: "blue",
  sent: "green",
  received: "green",
  closed: "green",
  waived: "yellow",
  deferred: "yellow",
  overdue: "red",
  retired: "grey",
};

export function StatusTag({ status }: { status: DisplayStatus }) {
  return <Tag tone={TONE[status]}>{STATUS_LABELS[status]}</Tag>;
}

export function FlagList({ flags }: { flags: string[] }) {
  if (flags.length === 0) return <>—</>;
  return (
    <ul className="list-none">
      {flags.map((f) => (
        <li key={f}>
          <Tag
            tone={
              f === "meeting-cancelled"
                ? "red"
                : f === "before-dependency" || f === "no-meeting-in-window" || f === "meeting-moved"
                  ? "yellow"
                  : "grey"
            }
          >
            {FLAG_LABELS[f] ?? f}
          </Tag>
        </li>
      ))}
    </ul>
  );
}
