/**
 * Test data. A test makes the rows it needs through these factories, never with a raw
 * `db.<model>.create`: `await makeMeeting(t.db, { boardId })`, `await makeProtocol(t.db, { parties: [a, b] })`.
 * Each takes the database (or a transaction) and the fields that matter to the test, fills the rest
 * with sensible defaults (required references, such as a board or an actor, are always given), and
 * makes keys, slugs, emails and meeting times unique per call (process id and a counter), so tests
 * never collide with each other or with the seeded world; pass a field to override its default. Rows
 * whose shape carries a rule (users, role grants) come from `src/server/seed/builders.ts`, the builders
 * the seed itself uses, re-exported here. Most files start from the seeded template
 * (`withTestDatabase({ seeded: true })`: the five real protocols and the demo users, as `seedAll` loads
 * them) and find what already exists with `db.*.find*`; reads and assertions stay plain Prisma calls.
 * When a test is about a change (sending an item, adding a member), make that change through the
 * service, not a factory.
 */
export { createUser, grantRole, roleScopeKey, type NewUser } from "@/server/seed/builders";
export { makeAuditEntry } from "./audit";
export { makeCalendarItem, makeEvidence, makeLogEntry, makeMeeting } from "./calendar";
export { makeChallenge } from "./challenges";
export { makeMembership, makePerson, makePost, makeUser, type UserFields } from "./people";
export { makeClause, makeObligation, makeProtocol } from "./protocols";
export { TEST_PASSWORD, seedAll } from "./seed";
export { nextNumber, uniqueKey } from "./unique";
