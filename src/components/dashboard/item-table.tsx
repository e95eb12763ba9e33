import Link from "next/link";
import { StatusTag } from "@/components/calendar/status-tag";
import { Table, Td } from "@/components/ui/table";
import { formatCivilDate } from "@/lib/dates";
import type { DashItem } from "@/server/features/dashboard/dashboard-board";

/** Items as a home page lists them: linked to their pages, with the counterparty, due date and status. */
export function ItemTable({
  caption,
  items,
  captionHidden,
  counterpartyHead = "Counterparty",
}: {
  caption: string;
  items: DashItem[];
  captionHidden?: boolean;
  counterpartyHead?: string;
}) {
  return (
    <Table caption={caption} captionHidden={captionHidden} head={["Duty", counterpartyHead, "Due", "Status"]}>
      {items.map((i) => (
        <tr key={i.id}>
          <Td header>
            {/* Dozens of item links: prefetching them all would cost more than the page. */}
            <Link className="text-brand underline" href={i.href} prefetch={false}>
              {i.clause} {i.title}
            </Link>
          </Td>
          <Td>{i.counterparty}</Td>
          <Td>
            {formatCivilDate(i.dueOn)}
            {i.meetingDate && i.meetingDate !== i.dueOn && (
              <span className="block text-muted">meeting {formatCivilDate(i.meetingDate)}</span>
            )}
          </Td>
          <Td>
            <StatusTag status={i.status} />
          </Td>
        </tr>
      ))}
    </Table>
  );
}

/** A short list's heading and table, or a plain sentence when it is empty. */
export function ItemList({
  title,
  items,
  empty,
  headingLevel = 3,
}: {
  title: string;
  items: DashItem[];
  empty: string;
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <>
      <Heading className="mt-6 mb-3 text-xl font-bold">
        {title} ({items.length})
      </Heading>
      {items.length === 0 ? <p className="mb-6">{empty}</p> : <ItemTable caption={title} captionHidden items={items} />}
    </>
  );
}
