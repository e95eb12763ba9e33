import { z } from "zod";

/** A protocol version, to copy into a new draft (issue 5). */
export const protocolIdSchema = z.object({ protocolId: z.string().min(1, { error: "Choose a protocol" }).max(64) });

/** A party's chair signing a draft off for their board. */
export const signOffSchema = protocolIdSchema.extend({
  boardId: z.string().min(1, { error: "Choose the board you sign for" }).max(64),
});
