import { describe, expect, it } from "vitest";
import { TEST_DIALECT } from "./support/dialect";
import { withTestDatabase } from "./support/test-db";

/**
 * Every foreign-key column must lead an index (a primary key, unique constraint or plain index
 * whose first column(s) are the key's columns). Without one, a lookup or delete on the referenced
 * row scans the whole referencing table. Introspects the migrated database, not the schema file,
 * so a migration that forgets an index fails here.
 */

const t = withTestDatabase();

interface ForeignKey {
  table: string;
  columns: string[];
}
interface Index {
  table: string;
  name: string;
  columns: string[];
}

/** SQLite returns integers as number or bigint depending on the adapter; only their order matters here. */
type Int = number | bigint;

async function sqliteSchema(): Promise<{ foreignKeys: ForeignKey[]; indexes: Index[] }> {
  const tables = await t.db.$queryRawUnsafe<{ name: string }[]>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
  );
  const foreignKeys: ForeignKey[] = [];
  const indexes: Index[] = [];
  for (const { name } of tables) {
    const table = name;
    const quoted = `"${table.replaceAll('"', '""')}"`;
    // One row per column of each key; a composite key shares its id, ordered by seq.
    const fkRows = await t.db.$queryRawUnsafe<{ id: Int; seq: Int; from: string }[]>(
      `PRAGMA foreign_key_list(${quoted})`,
    );
    const byId = new Map<number, { seq: number; from: string }[]>();
    for (const row of fkRows) {
      const id = Number(row.id);
      byId.set(id, [...(byId.get(id) ?? []), { seq: Number(row.seq), from: row.from }]);
    }
    for (const cols of byId.values()) {
      foreignKeys.push({ table, columns: cols.sort((a, b) => a.seq - b.seq).map((c) => c.from) });
    }
    for (const index of await t.db.$queryRawUnsafe<{ name: string; partial: Int }[]>(`PRAGMA index_list(${quoted})`)) {
      if (Number(index.partial) !== 0) continue;
      const indexName = index.name;
      const info = await t.db.$queryRawUnsafe<{ seqno: Int; name: string | null }[]>(
        `PRAGMA index_info("${indexName.replaceAll('"', '""')}")`,
      );
      const columns = info.sort((a, b) => Number(a.seqno) - Number(b.seqno)).map((c) => c.name ?? "(expression)");
      indexes.push({ table, name: indexName, columns });
    }
  }
  return { foreignKeys, indexes };
}

async function postgresSchema(): Promise<{ foreignKeys: ForeignKey[]; indexes: Index[] }> {
  // Names are cast to text: the adapter cannot deserialize the catalog type `name`.
  const fkRows = await t.db.$queryRawUnsafe<{ table: string; columns: string }[]>(`
    SELECT t.relname::text AS "table",
           string_agg(a.attname::text, ',' ORDER BY k.ord) AS "columns"
    FROM pg_constraint c
    JOIN pg_class t ON t.oid = c.conrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
    WHERE c.contype = 'f' AND n.nspname = current_schema()
    GROUP BY c.oid, t.relname`);
  const indexRows = await t.db.$queryRawUnsafe<{ table: string; name: string; columns: string }[]>(`
    SELECT t.relname::text AS "table", ic.relname::text AS "name",
           string_agg(COALESCE(a.attname::text, '(expression)'), ',' ORDER BY k.ord) AS "columns"
    FROM pg_index i
    JOIN pg_class t ON t.oid = i.indrelid
    JOIN pg_class ic ON ic.oid = i.indexrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
    LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
    WHERE n.nspname = current_schema() AND i.indpred IS NULL AND k.ord <= i.indnkeyatts
    GROUP BY i.indexrelid, t.relname, ic.relname`);
  return {
    foreignKeys: fkRows.map((r) => ({ table: r.table, columns: r.columns.split(",") })),
    indexes: indexRows.map((r) => ({ table: r.table, name: r.name, columns: r.columns.split(",") })),
  };
}

/** True if the index's first n columns are exactly the key's n columns (in any order). */
function leads(index: Index, fk: ForeignKey): boolean {
  if (index.table !== fk.table || index.columns.length < fk.columns.length) return false;
  const leading = new Set(index.columns.slice(0, fk.columns.length));
  return fk.columns.every((c) => leading.has(c));
}

describe(`foreign-key indexes on ${TEST_DIALECT}`, () => {
  it("every foreign-key column leads an index", async () => {
    const { foreignKeys, indexes } = TEST_DIALECT === "sqlite" ? await sqliteSchema() : await postgresSchema();
    const named = foreignKeys.map((fk) => `${fk.table}.${fk.columns.join("+")}`);

    // The introspection found the keys at all (an empty list would pass vacuously).
    expect(foreignKeys.length).toBeGreaterThan(30);
    expect(named).toEqual(
      expect.arrayContaining(["CalendarItem.parentItemId", "Challenge.itemId", "BoardArea.boardId"]),
    );
    expect(indexes.length).toBeGreaterThan(foreignKeys.length);

    const unindexed = foreignKeys
      .filter((fk) => !indexes.some((index) => leads(index, fk)))
      .map((fk) => `${fk.table}.${fk.columns.join("+")}`)
      .sort();
    expect(unindexed, `foreign keys without an index leading with their column(s): ${unindexed.join(", ")}`).toEqual(
      [],
    );
  });
});
