import { z } from "zod";

/** The account page's feed form: a new secret (which stops the old addresses), or none. */
export const feedTokenSchema = z.object({
  intent: z.enum(["renew", "revoke"], { error: "Choose to create a new address or to stop the old one" }),
});
