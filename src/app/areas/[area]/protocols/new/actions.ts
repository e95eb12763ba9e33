"use server";

import { formFields } from "@/lib/form-data";
import { newProtocolSchema } from "@/lib/schemas/protocol";
import { authorizeNewProtocol } from "@/server/authz/authorize-protocol";
import { formAction } from "@/server/core/action";
import { createProtocol } from "@/server/features/protocols/create-protocol";

const TEXT = [
  "area",
  "title",
  "key",
  "version",
  "sourceDocument",
  "notes",
  "resolutionRoute",
  "respondWithinAmount",
  "respondWithinUnit",
] as const;

/**
 * Creates a draft protocol between the chosen boards (protocol:manage on every one of them), then
 * opens its clauses. The parties are a group of checkboxes, one value each.
 */
export const createProtocolAction = formAction({
  read: (form) => ({
    ...formFields(form, TEXT, { max: 5000, emptyIsAbsent: true }),
    parties: form
      .getAll("parties")
      .slice(0, 50)
      .filter((v): v is string => typeof v === "string")
      .map((v) => v.slice(0, 100)),
  }),
  schema: newProtocolSchema,
  invalid: "Check the protocol's details",
  authorize: (ctx, input) => authorizeNewProtocol(ctx.db, ctx.viewer, input.area, input.parties),
  run: (ctx, raw) => createProtocol(ctx, raw),
  done: (created) => ({ redirect: `/areas/${created.area}/protocols/${created.id}/clauses` }),
  // Every text field but the area (it comes from the page) goes back into the form after an error.
  keep: TEXT.filter((field) => field !== "area"),
  keepMax: 5000,
});
