import type { Reader } from "@/server/authz/reader";
import { listObligations } from "./list-obligations";

/** Duties with no dated items (on-event, as-needed, standing) that concern a plan's boards. */
export async function listStandingDuties(
  reader: Reader,
  areaSlug: string,
  plan: {
    context: { obligations: { id: string; cadence: { frequency: string } }[]; concernsScope: (o: never) => boolean };
  },
) {
  const ids = new Set(
    plan.context.obligations
      .filter(
        (o) =>
          ["on-event", "as-needed", "standing"].includes(o.cadence.frequency) && plan.context.concernsScope(o as never),
      )
      .map((o) => o.id),
  );
  const all = await listObligations(reader, areaSlug);
  return all
    .filter((o) => ids.has(o.id))
    .map((o) => ({
      obligationId: o.id,
      clause: o.clause,
      kind: o.kind,
      summary: o.summary,
      frequency: o.cadence.frequency,
      trigger: o.cadence.trigger,
      from: o.from,
      to: o.to,
    }));
}
