import type { CadenceJson } from "@/lib/describe-cadence";
import { cadenceSchema, type Cadence } from "@/lib/schemas/cadence";
import type { DbTx } from "@/server/data/database";
import { AppError } from "@/server/core/errors";
import type { Viewer } from "@/server/authz/load-viewer";

/**
 * Read use cases shared by the pages and the CLI. `viewer: null` means the trusted CLI (an
 * operator at the server's console); a viewer limits everything to the areas they can see.
 */
export type Reader = { db: DbTx; viewer: Viewer | null };

/**
 * A board's key as known in an area: keys are per area (docs/ARCHITECTURE.md), so a board shared by
 * two areas is named by the area being viewed, else by its home area, else by its acronym.
 */
export function boardKeyIn(board: { acronym: string; areas: { areaId: string; key: string; home?: boolean }[] }, areaId: string | null): string {
  return board.areas.find((a) => a.areaId === areaId)?.key ?? board.areas.find((a) => a.home)?.key ?? board.areas[0]?.key ?? board.acronym;
}

/** The fields every board listing shows, shared by the Boards page, the board page and the CLI. */
export function boardSummary(board: { id: string; name: string; acronym: string; statutory: boolean; statutoryBasis: string | null; independentChair: boolean; yearStartMonth: number; kind: { name: string } }) {
  return {
    id: board.id,
    name: board.name,
    acronym: board.acronym,
    kind: board.kind.name,
    statutory: board.statutory,
    statutoryBasis: board.statutoryBasis,
    independentChair: board.independentChair,
    yearStartMonth: board.yearStartMonth,
  };
}

export async function listAreas({ db, viewer }: Reader) {
  const areas = await db.area.findMany({
    where: viewer ? { id: { in: viewer.areaIds } } : {},
    orderBy: { name: "asc" },
    include: { _count: { select: { boards: true } } },
  });
  return areas.map((a) => ({ id: a.id, slug: a.slug, name: a.name, boards: a._count.boards }));
}

export async function findArea(reader: Reader, slug: string) {
  const areas = await listAreas(reader);
  const area = areas.find((a) => a.slug === slug);
  if (!area) {
    throw new AppError("NOT_FOUND", `Unknown area "${slug}". Valid areas: ${areas.map((a) => a.slug).join(", ")}`);
  }
  return area;
}

export async function listBoards(reader: Reader, areaSlug: string) {
  const area = await findArea(reader, areaSlug);
  const links = await reader.db.boardArea.findMany({
    where: { areaId: area.id },
    include: {
      board: {
        include: {
          kind: true,
          areas: { include: { area: true } },
          _count: { select: { meetings: true } },
          memberships: { where: { endsOn: null }, select: { id: true } },
        },
      },
    },
    orderBy: { key: "asc" },
  });
  return links.map(({ key, board }) => ({
    ...boardSummary(board),
    slug: board.slug,
    key,
    areas: board.areas.map((a) => a.area.slug),
    meetings: board._count.meetings,
    currentMembers: board.memberships.length,
  }));
}

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
  cadence: CadenceJson;
  modality: string;
  notes: string | null;
  documents: string[];
  comesAfter: string | null;
}

export async function listObligations(reader: Reader, areaSlug: string): Promise<ObligationJson[]> {
  const area = await findArea(reader, areaSlug);
  const obligations = await reader.db.obligation.findMany({
    where: {
      retiredAt: null,
      protocol: { status: { not: "superseded" }, parties: { some: { board: { areas: { some: { areaId: area.id } } } } } },
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
      },
      modality: o.modality,
      notes: o.notes,
      documents: o.documents.map((d) => d.documentType.key).sort(),
      comesAfter: o.comesAfter ? `${o.comesAfter.clause.ref}: ${o.comesAfter.summary}` : null,
    };
  });
}

/** Rebuilds and re-validates a stored cadence: a row that no longer parses is a bug, loudly. */
export function cadenceFromRow(
  row: { frequency: string; windowFromMonth: number | null; windowToMonth: number | null; minPerYear: number | null; triggerText: string | null; daysAfter: number | null; anchorDate: string | null },
  afterMeetingsOfKey: string | null,
): Cadence {
  const raw: Record<string, unknown> = { frequency: row.frequency };
  if (row.windowFromMonth !== null || row.windowToMonth !== null) raw.window = { fromMonth: row.windowFromMonth ?? undefined, toMonth: row.windowToMonth ?? undefined };
  if (row.minPerYear !== null) raw.minPerYear = row.minPerYear;
  if (row.triggerText !== null) raw.trigger = row.triggerText;
  if (afterMeetingsOfKey !== null) raw.afterMeetingsOf = afterMeetingsOfKey;
  if (row.daysAfter !== null) raw.daysAfter = row.daysAfter;
  if (row.anchorDate !== null) raw.anchorDate = row.anchorDate;
  return cadenceSchema.parse(raw);
}

/** Duties with no dated items (on-event, as-needed, standing) that concern a plan's boards. */
export async function listStandingDuties(reader: Reader, areaSlug: string, plan: { context: { obligations: { id: string; cadence: { frequency: string } }[]; concernsScope: (o: never) => boolean } }) {
  const ids = new Set(
    plan.context.obligations
      .filter((o) => ["on-event", "as-needed", "standing"].includes(o.cadence.frequency) && plan.context.concernsScope(o as never))
      .map((o) => o.id),
  );
  const all = await listObligations(reader, areaSlug);
  return all
    .filter((o) => ids.has(o.id))
    .map((o) => ({ obligationId: o.id, clause: o.clause, kind: o.kind, summary: o.summary, frequency: o.cadence.frequency, trigger: o.cadence.trigger, from: o.from, to: o.to }));
}
