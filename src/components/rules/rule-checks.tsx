import { Table, Td } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import type { RuleCheck } from "@/server/features/membership/check-membership-rules";

/** Each rule status in words, with the tone that repeats it. */
export const RULE_STATUS = {
  met: ["green", "Met"],
  "not-met": ["red", "Not met"],
  unknown: ["yellow", "Cannot tell"],
} as const;

/** Membership rules with their status in words (colour only repeats it) and the people involved. */
export function RuleChecks({ caption, checks }: { caption: string; checks: RuleCheck[] }) {
  if (checks.length === 0) return <p className="mb-6">No membership rules.</p>;
  return (
    <Table caption={caption} captionHidden head={["Clause", "Rule", "Status", "Why"]}>
      {checks.map((c, i) => (
        <tr key={`${c.clause}-${i}`}>
          <Td header>{c.clause}</Td>
          <Td>{c.rule}</Td>
          <Td>
            <Tag tone={RULE_STATUS[c.status][0]}>{RULE_STATUS[c.status][1]}</Tag>
          </Td>
          <Td>{c.explanation}</Td>
        </tr>
      ))}
    </Table>
  );
}
