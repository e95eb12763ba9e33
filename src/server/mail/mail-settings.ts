import { env } from "@/server/core/env";
import { smtpSender } from "./send-mail";

/** Where invitations go from the pages: SMTP_URL's server (or none), and NEXTAUTH_URL for links. */
export function inviteOptionsFromEnv() {
  const e = env();
  return { mail: smtpSender(e), baseUrl: e.NEXTAUTH_URL };
}
