import type { CadenceJson } from "@/lib/describe-cadence";
import type { Cadence } from "@/lib/schemas/cadence";
import type { Reader } from "@/server/authz/reader";
import { findArea } from "../areas/find-area";
import { boardKeyIn } from "@/server/core/board-key";
import { cadenceFromRow } from "./cadence-from-row";

export interface PartyJson {
  type: "board" | "post";
  key: string;
  name: string;
}

/** The `obligations --json` contract (issue 2), also rendered by the Obligations page. */
export interface ObligationJson {
  id: string;
  protocol: string;
  clause: string;
  kind: string;
  summary: string;
  from: PartyJson[];
  to: PartyJson[];
  /** For a duty that follows another (decision 019), `follows` is the followed duty's key. */
  cadence: CadenceJson & { follows?: string };
  modality: string;
  notes: string | null;
  documents: string[];
  comesAfter: string | null;
}

/** The fields of decision 019's forms, each present only when the duty's cadence has it. */
const NEW_FIELDS = [
  "quarter",
  "deadline",
  "duration",
  "months",
  "day",
  "every",
  "unit",
  "anchorIsOccurrence",
  "precision",
  "meetingsOf",
  "offset",
  "which",
  "after",
  "atNextMeeting",
] as const satisfies readonly (keyof CadenceJson)[];

function newCadenceFields(cadence: Cadence): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const field of NEW_FIELDS) {
    const value = (cadence as Record<string, unknown>)[field];
    if (value !== undefined && value !== null) fields[field] = value;
  }
  return fields;
}

/** The duties in force (or in draft) of the protocols an area's boards are party to. */
export async function listObligations(reader: Reader, areaSlug: string): Promise<ObligationJson[]> {
  const area = await findArea(reader, areaSlug);
  const obligations = await reader.db.obligation.findMany({
    where: {
      retiredAt: null,
      protocol: {
        status: { not: "superseded" },
        parties: { some: { board: { areas: { some: { areaId: area.id } } } } },
      },
    },
    include: {
      protocol: true,
      clause: true,
      afterMeetingsOf: { include: { areas: true } },
      comesAfter: { include: { clause: true } },
      documents: { include: { documentType: true } },
      parties: { orderBy: { position: "asc" }, include: { board: { include: { areas: true } }, post: true } },
    },
    orderBy: [{ protocol: { key: "asc" } }, { position: "asc" }],
  });
  const keyIn = (board: Parameters<typeof boardKeyIn>[0]) => boardKeyIn(board, area.id);
  const party = (p: (typeof obligations)[number]["parties"][number]): PartyJson =>
    p.board
      ? { type: "board", key: keyIn(p.board), name: p.board.name }
      : { type: "post", key: p.post!.key, name: p.post!.title };
  return obligations.map((o) => {
    const cadence = cadenceFromRow(o, o.afterMeetingsOf ? keyIn(o.afterMeetingsOf) : null);
    return {
      id: o.id,
      protocol: o.protocol.title,
      clause: o.clause.ref,
      kind: o.kind,
      summary: o.summary,
      from: o.parties.filter((p) => p.role === "from").map(party),
      to: o.parties.filter((p) => p.role === "to").map(party),
      cadence: {
        frequency: cadence.frequency,
        window: "window" in cadence && cadence.window ? cadence.window : null,
        minPerYear: "minPerYear" in cadence ? cadence.minPerYear : null,
        trigger: "trigger" in cadence ? (cadence.trigger ?? null) : null,
        afterMeetingsOf: "afterMeetingsOf" in cadence ? cadence.afterMeetingsOf : null,
        anchorDate: "anchorDate" in cadence ? cadence.anchorDate : null,
        ...newCadenceFields(cadence),
        ...(cadence.frequency === "follows" && o.comesAfter ? { follows: o.comesAfter.key } : {}),
      },
      modality: o.modality,
      notes: o.notes,
      documents: o.documents.map((d) => d.documentType.key).sort(),
      comesAfter: o.comesAfter ? `${o.comesAfter.clause.ref}: ${o.comesAfter.summary}` : null,
    };
  });
}
