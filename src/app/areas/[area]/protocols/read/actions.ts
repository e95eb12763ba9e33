"use server";

import { formFields } from "@/lib/form-data";
import { authorizeProtocolImport } from "@/server/authz/authorize-protocol";
import { formAction } from "@/server/core/action";
import { importProtocol } from "@/server/features/protocol-import/import-protocol";
import { protocolUploadOf, protocolUploadSchema } from "@/server/features/protocol-import/protocol-upload";

/**
 * Reads a protocol document into a new draft, or into a draft with no rules (`protocolId`), then
 * opens the review of what was proposed. A file over the limit is refused by its size, unread; a
 * refusal of any kind stores nothing (no protocol, no source document, no file).
 */
export const readProtocolDocumentAction = formAction({
  read: async (form) => ({
    ...formFields(form, ["area", "protocolId", "createBoards"], { max: 200, emptyIsAbsent: true }),
    file: await protocolUploadOf(form),
  }),
  schema: protocolUploadSchema,
  invalid: "Check the protocol document",
  authorize: (ctx, input) => authorizeProtocolImport(ctx.db, ctx.viewer, input),
  run: (ctx, raw, input) =>
    importProtocol(
      ctx,
      { area: raw.area, protocolId: raw.protocolId, createBoards: raw.createBoards },
      { fileName: input.file.name, bytes: input.file.bytes },
    ),
  done: (result) => ({ redirect: `/areas/${result.area}/protocols/${result.protocolId}/review` }),
  revalidate: { path: "/areas/[area]/protocols", type: "layout" },
});
