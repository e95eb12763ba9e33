import type { Metadata } from "next";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { formatCivilDate } from "@/lib/dates";
import { orNotFound, pageReader } from "@/server/auth/page";
import { RuleChecks } from "@/components/rules/rule-checks";
import { checkMembershipRules } from "@/server/services/check-membership-rules";
import { getProtocol } from "@/server/services/list-area-pages";

export const metadata: Metadata = { title: "Protocol" };

export default async function ProtocolPage({ params }: { params: Promise<{ area: string; protocol: string }> }) {
  const { area: slug, protocol: id } = await params;
  const reader = await pageReader();
  const { area, protocol } = await orNotFound(getProtocol(reader, slug, id));
  const checks = (await checkMembershipRules(reader, slug)).filter((c) => c.protocolId === protocol.id);
  return (
    <>
      <PageHeader caption={`${area.name} protocol`} title={protocol.title} />
      <SummaryList
        rows={[
          { key: "Version", value: protocol.version },
          { key: "Status", value: <Tag tone={protocol.status === "agreed" ? "green" : "grey"}>{protocol.status}</Tag> },
          { key: "Approved", value: protocol.approvedOn ? formatCivilDate(protocol.approvedOn) : "Not recorded" },
          {
            key: "Parties and sign-off",
            value: (
              <ul className="list-disc pl-6">
                {protocol.parties.map((p) => (
                  <li key={p.boardId}>
                    {p.board.name}:{" "}
                    {p.signedBy ? `signed by ${p.signedBy.name}${p.signedOn ? ` on ${formatCivilDate(p.signedOn)}` : ""}` : "no sign-off recorded"}
                  </li>
                ))}
              </ul>
            ),
          },
          { key: "Source document", value: protocol.sourceDocument ?? "—" },
          ...(protocol.notes ? [{ key: "Notes", value: protocol.notes }] : []),
        ]}
      />
      <SectionHeading>Membership rules, checked today</SectionHeading>
      <RuleChecks caption="Membership rules" checks={checks} />
      <SectionHeading>Clauses and the duties taken from them</SectionHeading>
      <ol className="list-none space-y-6 max-w-4xl">
        {protocol.clauses.map((c) => (
          <li key={c.id} id={`clause-${c.id}`} className="border-l-4 border-line pl-4">
            <h3 className="text-xl font-bold">
              {c.ref}
              {c.heading && <span className="font-normal text-muted"> – {c.heading}</span>}
            </h3>
            <p className="whitespace-pre-line">{c.text}</p>
            {c.obligations.length > 0 && (
              <ul className="mt-2 list-disc pl-6">
                {c.obligations.map((o) => (
                  <li key={o.id}>
                    <Tag tone="blue">{o.kind}</Tag> {o.summary} <span className="text-muted">({o.frequency}, {o.modality})</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
