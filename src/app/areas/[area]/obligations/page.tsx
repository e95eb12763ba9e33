import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { londonToday } from "@/lib/dates";
import { describeCadence } from "@/lib/describe-cadence";
import { orNotFound, pageReader } from "@/server/auth/page";
import { findArea } from "@/server/features/areas/find-area";
import { listObligations } from "@/server/features/protocols/list-obligations";

export const metadata: Metadata = { title: "Obligations" };

const KIND_LABEL: Record<string, string> = {
  report: "Report",
  consultation: "Consultation",
  review: "Review",
  meeting: "Meeting",
  attendance: "Attendance",
  "information-sharing": "Information sharing",
  plan: "Plan",
  escalation: "Escalation",
  membership: "Membership",
  other: "Other",
};

export default async function ObligationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ area: string }>;
  searchParams: Promise<{ kind?: string }>;
}) {
  const { area: slug } = await params;
  const { kind } = await searchParams;
  const reader = await pageReader();
  const [area, all] = await orNotFound(Promise.all([findArea(reader, slug), listObligations(reader, slug)]));
  const obligations = kind && kind in KIND_LABEL ? all.filter((o) => o.kind === kind) : all;
  return (
    <>
      <PageHeader caption={area.name} title="Obligations">
        Every duty in the protocols {area.name}&apos;s boards are party to, with the clause it comes from.
      </PageHeader>
      <form method="get" className="no-print mb-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="kind" className="block font-bold">
            Kind of duty
          </label>
          <select
            id="kind"
            name="kind"
            defaultValue={kind ?? ""}
            className="min-h-11 border-2 border-ink bg-white px-2 py-2 text-lg"
          >
            <option value="">All kinds</option>
            {Object.entries(KIND_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 border-2 border-ink bg-panel px-4 py-2 font-bold">
          Filter
        </button>
      </form>
      <p className="mb-4" role="status">
        Showing {obligations.length} of {all.length} duties.
      </p>
      <Table
        caption={`Duties in ${area.name}`}
        captionHidden
        head={["Clause", "Kind", "Duty", "Owed by", "Owed to", "When", "Strength"]}
      >
        {obligations.map((o) => (
          <tr key={o.id} id={`obligation-${o.id}`}>
            <Td header>{o.clause}</Td>
            <Td>{KIND_LABEL[o.kind] ?? o.kind}</Td>
            <Td>
              {o.summary}
              {o.documents.length > 0 && <span className="block text-muted">About: {o.documents.join(", ")}</span>}
              {o.notes && (
                <details className="mt-1">
                  <summary className="cursor-pointer text-brand underline">Reading of the text</summary>
                  <p className="text-muted">{o.notes}</p>
                </details>
              )}
            </Td>
            <Td>{o.from.map((p) => p.key).join(", ")}</Td>
            <Td>{o.to.map((p) => p.key).join(", ") || "—"}</Td>
            <Td>{describeCadence(o.cadence, { today: londonToday(new Date()), comesAfter: o.comesAfter })}</Td>
            <Td>
              <Tag tone={o.modality === "must" ? "red" : o.modality === "will" ? "blue" : "grey"}>{o.modality}</Tag>
            </Td>
          </tr>
        ))}
      </Table>
    </>
  );
}
