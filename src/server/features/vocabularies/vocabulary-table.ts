import type { Vocabulary } from "@/lib/schemas/vocabulary-admin";
import type { DbTx } from "@/server/data/database";

export interface VocabularyEntry {
  id: string;
  key: string;
  name: string;
  /** Capacities the product's rules rely on (chair...): renamed, never removed. */
  builtIn: boolean;
}

/** One vocabulary's table, whichever it is: read, add, rename, remove, and how often an entry is in use. */
export interface VocabularyTable {
  entity: "BoardKind" | "OrganisationKind" | "Capacity";
  /** What an entry is, in messages: "kind of board". */
  noun: string;
  list(): Promise<VocabularyEntry[]>;
  find(id: string): Promise<VocabularyEntry | null>;
  findKey(key: string): Promise<VocabularyEntry | null>;
  create(key: string, name: string): Promise<VocabularyEntry>;
  rename(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
  /** How many rows use the entry (boards, organisations, memberships and membership rules). */
  uses(entry: VocabularyEntry): Promise<number>;
  /** The same for every entry at once, by id (a few grouped counts, not one query per entry). */
  usage(): Promise<Map<string, number>>;
}

/** Adds grouped counts into one map, keyed by `keyOf(value)`. */
function tally<V>(rows: { value: V; count: number }[][], keyOf: (value: V) => string | undefined) {
  const uses = new Map<string, number>();
  for (const row of rows.flat()) {
    const key = keyOf(row.value);
    if (key !== undefined) uses.set(key, (uses.get(key) ?? 0) + row.count);
  }
  return uses;
}

const plain = (r: { id: string; key: string; name: string; builtIn?: boolean }): VocabularyEntry => ({
  id: r.id,
  key: r.key,
  name: r.name,
  builtIn: r.builtIn ?? false,
});
const maybe = (r: { id: string; key: string; name: string; builtIn?: boolean } | null) => (r ? plain(r) : null);

export function vocabularyTable(tx: DbTx, vocabulary: Vocabulary): VocabularyTable {
  switch (vocabulary) {
    case "board-kind":
      return {
        entity: "BoardKind",
        noun: "kind of board",
        list: async () => (await tx.boardKind.findMany({ orderBy: { name: "asc" } })).map(plain),
        find: async (id) => maybe(await tx.boardKind.findUnique({ where: { id } })),
        findKey: async (key) => maybe(await tx.boardKind.findUnique({ where: { key } })),
        create: async (key, name) => plain(await tx.boardKind.create({ data: { key, name } })),
        rename: async (id, name) => void (await tx.boardKind.update({ where: { id }, data: { name } })),
        remove: async (id) => void (await tx.boardKind.delete({ where: { id } })),
        uses: (e) => tx.board.count({ where: { kindId: e.id } }),
        usage: async () =>
          tally(
            [
              (await tx.board.groupBy({ by: ["kindId"], _count: { _all: true } })).map((g) => ({
                value: g.kindId,
                count: g._count._all,
              })),
            ],
            (id) => id,
          ),
      };
    case "organisation-kind":
      return {
        entity: "OrganisationKind",
        noun: "kind of organisation",
        list: async () => (await tx.organisationKind.findMany({ orderBy: { name: "asc" } })).map(plain),
        find: async (id) => maybe(await tx.organisationKind.findUnique({ where: { id } })),
        findKey: async (key) => maybe(await tx.organisationKind.findUnique({ where: { key } })),
        create: async (key, name) => plain(await tx.organisationKind.create({ data: { key, name } })),
        rename: async (id, name) => void (await tx.organisationKind.update({ where: { id }, data: { name } })),
        remove: async (id) => void (await tx.organisationKind.delete({ where: { id } })),
        uses: (e) => tx.organisation.count({ where: { kindId: e.id } }),
        usage: async () =>
          tally(
            [
              (await tx.organisation.groupBy({ by: ["kindId"], _count: { _all: true } })).map((g) => ({
                value: g.kindId,
                count: g._count._all,
              })),
            ],
            (id) => id,
          ),
      };
    case "capacity":
      return {
        entity: "Capacity",
        noun: "capacity",
        list: async () => (await tx.capacity.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] })).map(plain),
        find: async (id) => maybe(await tx.capacity.findUnique({ where: { id } })),
        findKey: async (key) => maybe(await tx.capacity.findUnique({ where: { key } })),
        create: async (key, name) => {
          const last = await tx.capacity.findFirst({ orderBy: { position: "desc" } });
          return plain(await tx.capacity.create({ data: { key, name, position: (last?.position ?? 0) + 1 } }));
        },
        rename: async (id, name) => void (await tx.capacity.update({ where: { id }, data: { name } })),
        remove: async (id) => void (await tx.capacity.delete({ where: { id } })),
        uses: async (e) =>
          (await tx.membership.count({ where: { capacity: e.key } })) +
          (await tx.membershipRule.count({ where: { OR: [{ capacity: e.key }, { subjectCapacity: e.key }] } })),
        usage: async () => {
          // Counted by key (memberships and rules name a capacity by key), then given to each entry by id.
          const byKey = tally<string | null>(
            [
              (await tx.membership.groupBy({ by: ["capacity"], _count: { _all: true } })).map((g) => ({
                value: g.capacity,
                count: g._count._all,
              })),
              (await tx.membershipRule.groupBy({ by: ["capacity"], _count: { _all: true } })).map((g) => ({
                value: g.capacity,
                count: g._count._all,
              })),
              (await tx.membershipRule.groupBy({ by: ["subjectCapacity"], _count: { _all: true } })).map((g) => ({
                value: g.subjectCapacity,
                count: g._count._all,
              })),
            ],
            (key) => key ?? undefined,
          );
          const capacities = await tx.capacity.findMany({ select: { id: true, key: true } });
          return new Map(capacities.map((c) => [c.id, byKey.get(c.key) ?? 0]));
        },
      };
  }
}
