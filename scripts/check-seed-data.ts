/**
 * Checks the area data files beyond their schema: reference keys exist, meetings fall on weekdays
 * inside FY2026/27, every board has a chair and a member, and every clause cited exists.
 * Usage: npx tsx scripts/check-seed-data.ts [area-slug]
 */
import { areaSeedSchema } from "@/lib/schemas/area-seed";
import { areaSeedInputs } from "../src/seed-data/index";
import { boardKinds, documentTypes, organisationKinds } from "../src/seed-data/reference";

const only = process.argv[2];
let problems = 0;
const problem = (area: string, message: string) => {
  problems++;
  console.error(`${area}: ${message}`);
};
const kinds = new Set<string>(boardKinds.map((k) => k.key));
const orgKinds = new Set<string>(organisationKinds.map((k) => k.key));
const docs = new Set<string>(documentTypes.map((k) => k.key));

for (const input of areaSeedInputs) {
  const area = input.area.slug;
  if (only && area !== only) continue;
  const parsed = areaSeedSchema.safeParse(input);
  if (!parsed.success) {
    for (const i of parsed.error.issues) problem(area, `${i.path.join(".")}: ${i.message}`);
    continue;
  }
  const seed = parsed.data;
  for (const b of seed.boards) if (!kinds.has(b.kind)) problem(area, `board ${b.key}: unknown kind ${b.kind}`);
  for (const o of seed.organisations)
    if (!orgKinds.has(o.kind)) problem(area, `organisation ${o.key}: unknown kind ${o.kind}`);
  for (const o of seed.protocol.obligations)
    for (const d of o.documents) if (!docs.has(d)) problem(area, `obligation ${o.key}: unknown document ${d}`);
  for (const m of seed.meetings) {
    const day = new Date(`${m.date}T12:00:00Z`).getUTCDay();
    if (day === 0 || day === 6) problem(area, `meeting of ${m.board} on ${m.date} falls on a weekend`);
    if (m.date < "2026-04-01" || m.date > "2027-03-31")
      problem(area, `meeting of ${m.board} on ${m.date} is outside FY2026/27`);
  }
  for (const b of seed.boards) {
    const current = seed.memberships.filter((m) => m.board === b.key && !m.to);
    if (!current.some((m) => m.capacity === "chair")) problem(area, `board ${b.key} has no current chair`);
    if (!current.some((m) => m.capacity !== "chair"))
      problem(area, `board ${b.key} has no current member besides the chair`);
    const meetings = seed.meetings.filter((m) => m.board === b.key).length;
    if (meetings < 4) problem(area, `board ${b.key} has only ${meetings} meetings in FY2026/27`);
  }
  console.log(
    `${area}: ${seed.boards.length} boards, ${seed.people.length} people, ${seed.memberships.length} memberships, ` +
      `${seed.meetings.length} meetings, ${seed.protocol.clauses.length} clauses, ` +
      `${seed.protocol.obligations.length} obligations, ${seed.protocol.membershipRules.length} membership rules`,
  );
}
if (problems > 0) {
  console.error(`${problems} problem(s)`);
  process.exit(1);
}
