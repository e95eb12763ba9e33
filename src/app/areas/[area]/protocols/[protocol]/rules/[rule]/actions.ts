"use server";

import { z } from "zod";
import { authorizeProtocol } from "@/server/authz/authorize-protocol";
import { defineAction } from "@/server/core/action";
import { previewRule } from "@/server/features/protocols/preview-rule";
import { saveRule } from "@/server/features/protocols/save-rule";

/**
 * The rule editor sends the rule as an object (parties and cadence nested). The action parses only
 * the protocol, to authorise against every party board (protocol:manage); the use case parses the
 * rule, reporting a cadence's problems at the cadence field they concern (cadence.window.fromMonth).
 */
const ofProtocol = z.object({
  protocolId: z
    .string({ error: "Choose a protocol" })
    .min(1, { error: "Choose a protocol" })
    .max(64, { error: "Choose a protocol" }),
});
/** The protocol's page, or its review page (a rule made from a reader's proposal). */
const returnTo = /^\/areas\/[a-z0-9-]+\/protocols\/[A-Za-z0-9-]+(?:\/review)?$/;

/** The live preview: the items the rule would produce this year, or whether a membership rule is met. Writes nothing. */
export const previewRuleAction = defineAction({
  read: (input: unknown) => input,
  schema: ofProtocol,
  invalid: "Check the rule",
  authorize: (ctx, input) => authorizeProtocol(ctx.db, ctx.viewer, input.protocolId),
  run: (ctx, raw) => previewRule(ctx, raw),
  done: (preview) => ({ data: preview }),
});

/** Saves the rule on the draft, then goes back to the protocol's page (`returnTo`). */
export const saveRuleAction = defineAction({
  read: (input: unknown, _returnTo: string) => input,
  schema: ofProtocol,
  invalid: "Check the rule",
  authorize: (ctx, input) => authorizeProtocol(ctx.db, ctx.viewer, input.protocolId),
  run: (ctx, raw) => saveRule(ctx, raw),
  done: (_saved, { args: [, back] }) => ({ redirect: typeof back === "string" && returnTo.test(back) ? back : "/" }),
});
