"use server";

import { formFields } from "@/lib/form-data";
import { addClauseSchema, clauseIdSchema, editClauseSchema, moveClauseSchema } from "@/lib/schemas/protocol";
import { authorizeClause, authorizeProtocol } from "@/server/authz/authorize-protocol";
import { formAction, type Revalidation } from "@/server/core/action";
import { addClause } from "@/server/features/protocols/add-clause";
import { editClause } from "@/server/features/protocols/edit-clause";
import { moveClause } from "@/server/features/protocols/move-clause";
import { removeClause } from "@/server/features/protocols/remove-clause";

/** Each action: protocol:manage on every party board of the clause's protocol, a draft. */
const clauses: Revalidation = { path: "/areas/[area]/protocols/[protocol]/clauses", type: "page" };
const CLAUSE = ["ref", "heading", "text"] as const;
const read = (keys: readonly string[]) => (form: FormData) =>
  formFields(form, keys, { max: 25_000, emptyIsAbsent: true });

export const addClauseAction = formAction({
  read: read(["protocolId", ...CLAUSE]),
  schema: addClauseSchema,
  invalid: "Check the clause",
  authorize: (ctx, input) => authorizeProtocol(ctx.db, ctx.viewer, input.protocolId),
  run: (ctx, raw) => addClause(ctx, raw),
  done: (clause) => ({ message: `Clause ${clause.ref} added.` }),
  revalidate: clauses,
  keep: CLAUSE,
  keepMax: 25_000,
});

/** Saves a clause's reference, heading and text, then goes back to the protocol's clauses (`returnTo`). */
export const editClauseAction = formAction({
  read: read(["clauseId", ...CLAUSE]),
  schema: editClauseSchema,
  invalid: "Check the clause",
  authorize: (ctx, input) => authorizeClause(ctx.db, ctx.viewer, input.clauseId),
  run: (ctx, raw) => editClause(ctx, raw),
  done: (clause, { args: [form] }) => {
    const back = form.get("returnTo");
    return typeof back === "string" && /^\/areas\/[a-z0-9-]+\/protocols\/[A-Za-z0-9-]+\/clauses$/.test(back)
      ? { redirect: back }
      : { message: `Clause ${clause.ref} saved.` };
  },
  keep: CLAUSE,
  keepMax: 25_000,
});

export const moveClauseAction = formAction({
  read: read(["clauseId", "direction"]),
  schema: moveClauseSchema,
  invalid: "Choose to move the clause up or down",
  authorize: (ctx, input) => authorizeClause(ctx.db, ctx.viewer, input.clauseId),
  run: (ctx, raw) => moveClause(ctx, raw),
  done: (moved) => ({ message: `Clause ${moved.ref} moved ${moved.direction}.` }),
  revalidate: clauses,
});

/** Removes a clause no duty cites. */
export const removeClauseAction = formAction({
  read: read(["clauseId"]),
  schema: clauseIdSchema,
  invalid: "Choose a clause",
  authorize: (ctx, input) => authorizeClause(ctx.db, ctx.viewer, input.clauseId),
  run: (ctx, raw) => removeClause(ctx, raw),
  done: (removed) => ({ message: `Clause ${removed.ref} removed.` }),
  revalidate: clauses,
});
