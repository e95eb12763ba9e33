import { editPersonSchema } from "@/lib/schemas/directory";
import type { Db } from "@/server/data/database";
import { actorOf, appendAudit } from "@/server/core/audit";
import { parse } from "@/server/core/parse";
import { inTransaction } from "@/server/core/transaction";
import { requireVersion, updateVersioned } from "@/server/core/versioned";
import { authorizePersonInArea } from "@/server/authz/authorize-area";
import type { Viewer } from "@/server/authz/load-viewer";
import { refuseTakenEmail } from "./create-person";

const INVALID = "Check the person's details";
const CHANGED =
  "Someone changed this person's details since you opened the page. Nothing was saved: reload and try again.";

/** Changes a person's name or email address. Their page's address (slug) stays as it was. */
export async function editPerson(ctx: { db: Db; viewer: Viewer }, raw: unknown) {
  const input = parse(editPersonSchema, raw, INVALID);
  const { person } = await authorizePersonInArea(ctx.db, ctx.viewer, input.areaId, input.personId);
  await requireVersion(person, input.version, CHANGED);
  const email = input.email ?? null;
  return inTransaction(ctx.db, async (tx) => {
    await refuseTakenEmail(tx, input.email, INVALID, person.id);
    await updateVersioned(tx.person, person, { name: input.name, email }, CHANGED);
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: "person.edit",
      entityType: "Person",
      entityId: person.id,
      before: { name: person.name, email: person.email },
      after: { name: input.name, email },
    });
    return { ...person, name: input.name, email };
  });
}
