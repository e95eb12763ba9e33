import { CAPACITY_LABELS, type Capacity } from "@/lib/schemas/vocabulary";
import { AppError } from "@/server/core/errors";
import type { DbTx } from "@/server/data/database";

/** The capacities to choose from, in their order (the Capacity table an administrator edits). */
export async function listCapacities(db: DbTx) {
  const rows = await db.capacity.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] });
  return rows.map((c) => ({ value: c.key, label: c.name }));
}

/** How a board's members are listed: the chair first, statutory members before other members. */
const BUILT_IN_ORDER = [
  "chair",
  "vice-chair",
  "statutory-member",
  "member",
  "participant-observer",
  "supporting-officer",
];

/** Each capacity's name and place in order, for showing memberships; a key not in the table shows as itself. */
export async function capacityLabels(db: DbTx) {
  const rows = await db.capacity.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] });
  const names = new Map(rows.map((c) => [c.key, c.name]));
  const order = [...BUILT_IN_ORDER, ...rows.map((c) => c.key).filter((k) => !BUILT_IN_ORDER.includes(k))];
  return {
    label: (key: string) => names.get(key) ?? CAPACITY_LABELS[key as Capacity] ?? key,
    rank: (key: string) => (order.includes(key) ? order.indexOf(key) : order.length),
  };
}

/** Refuses a capacity key that is not in the table, at the form's capacity field (or the one named). */
export async function requireCapacity(db: DbTx, key: string, message: string, field = "capacity") {
  if (await db.capacity.findUnique({ where: { key } })) return;
  const known = await listCapacities(db);
  throw new AppError("VALIDATION", message, {
    [field]: [`Choose a capacity from the list: ${known.map((c) => c.label.toLowerCase()).join(", ")}`],
  });
}
