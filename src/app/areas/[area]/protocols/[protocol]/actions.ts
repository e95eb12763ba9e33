"use server";

import { z } from "zod";
import { formFields } from "@/lib/form-data";
import { protocolIdSchema, signOffSchema } from "@/lib/schemas/protocol";
import { ruleStateInputSchema } from "@/lib/schemas/rule";
import { authorizeProtocol, authorizeSignOff } from "@/server/authz/authorize-protocol";
import { formAction } from "@/server/core/action";
import { restoreRule, retireRule } from "@/server/features/protocols/retire-rule";
import { createProtocolVersion } from "@/server/features/protocols/create-protocol-version";
import { signOffProtocol } from "@/server/features/protocols/sign-off-protocol";
import { requestSignOff } from "@/server/features/protocols/request-sign-off";

/** Copies the agreed version into a new draft (protocol:manage on every party board), then opens the draft. */
export const newVersionAction = formAction({
  read: (form) => formFields(form, ["protocolId", "area"]),
  // The area only says where to go next; checked first, so that nothing is copied for a bad one.
  schema: protocolIdSchema.extend({
    area: z
      .string({ error: "Reload the page and try again" })
      .regex(/^[a-z0-9-]{1,80}$/, { error: "Reload the page and try again" }),
  }),
  invalid: "Choose a protocol",
  authorize: (ctx, input) => authorizeProtocol(ctx.db, ctx.viewer, input.protocolId),
  run: (ctx, raw) => createProtocolVersion(ctx, raw),
  done: (draft, { input }) => ({ redirect: `/areas/${input.area}/protocols/${draft.id}` }),
});

/** A party's chair signs off the draft for their board; the last signature makes it agreed. */
export const signOffAction = formAction({
  read: (form) => formFields(form, ["protocolId", "boardId"]),
  schema: signOffSchema,
  invalid: "Choose the board you sign for",
  authorize: (ctx, input) => authorizeSignOff(ctx.db, ctx.viewer, input.protocolId, input.boardId),
  run: (ctx, raw) => signOffProtocol(ctx, raw),
  done: (result) => ({
    message: result.agreed
      ? "Signed. Every party has signed: this version is now agreed and in force."
      : `Signed. ${result.remaining} part${result.remaining === 1 ? "y" : "ies"} still to sign.`,
  }),
});

/** Asks the chairs of the parties still to sign a draft to sign it (protocol:manage on every party board). */
export const requestSignOffAction = formAction({
  read: (form) => formFields(form, ["protocolId"]),
  schema: protocolIdSchema,
  invalid: "Choose a protocol",
  authorize: (ctx, input) => authorizeProtocol(ctx.db, ctx.viewer, input.protocolId),
  run: (ctx, raw) => requestSignOff(ctx, raw),
  done: (result) => ({
    message: `${result.reminder ? "Reminder sent" : "Sign-off requested"}: ${
      result.told === 0
        ? `no chair of the ${result.boards === 1 ? "party" : `${result.boards} parties`} still to sign could be told (none holds a chair's role in the portal, or they have turned these notices off)`
        : `${result.told} chair${result.told === 1 ? "" : "s"} of the ${result.boards === 1 ? "party" : `${result.boards} parties`} still to sign ${result.told === 1 ? "has" : "have"} been told`
    }.`,
  }),
  revalidate: { path: "/areas/[area]/protocols/[protocol]", type: "page" },
});

/** Retiring or restoring a rule of a draft: protocol:manage on every party board. */
const ruleState = (change: typeof retireRule, say: (summary: string) => string) =>
  formAction({
    read: (form) => formFields(form, ["protocolId", "obligationId", "updatedAt"]),
    schema: ruleStateInputSchema,
    invalid: "Reload the page and try again",
    authorize: (ctx, input) => authorizeProtocol(ctx.db, ctx.viewer, input.protocolId),
    run: (ctx, raw) => change(ctx, raw),
    done: (rule) => ({ message: say(rule.summary) }),
    revalidate: { path: "/areas/[area]/protocols/[protocol]", type: "page" },
  });

/** Retires a rule of a draft version: it stays on record, marked retired, and never reaches generation. */
export const retireRuleAction = ruleState(retireRule, (summary) => `Retired: “${summary}”.`);

/** Undoes a retirement on a draft version. */
export const restoreRuleAction = ruleState(restoreRule, (summary) => `Restored: “${summary}”.`);
