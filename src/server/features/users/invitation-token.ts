import { createHash, randomBytes } from "node:crypto";
import type { DbTx } from "@/server/data/database";
import { escapeHtml, type Mail } from "@/server/mail/send-mail";
import { formatLondonDateTime } from "@/lib/london-time";

/**
 * One-time links. The secret is 32 random bytes in the link; only its SHA-256 is stored, so a
 * copy of the database does not let anyone sign in. A link works once, until it expires or is
 * revoked (decision record 014).
 */
export const newToken = () => randomBytes(32).toString("base64url");
export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");
export const invitationLink = (baseUrl: string, token: string) => `${baseUrl.replace(/\/$/, "")}/invite/${token}`;

const DAY = 24 * 60 * 60 * 1000;

/** Writes a new invitation for the user (revoking any still open) and returns its secret. */
export async function createInvitation(
  tx: DbTx,
  input: { userId: string; purpose: "invitation" | "sign-in"; days: number; createdById: string | null; now: Date },
) {
  await tx.invitation.updateMany({
    where: { userId: input.userId, usedAt: null, revokedAt: null },
    data: { revokedAt: input.now },
  });
  const token = newToken();
  const invitation = await tx.invitation.create({
    data: {
      userId: input.userId,
      purpose: input.purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(input.now.getTime() + input.days * DAY),
      createdById: input.createdById,
    },
  });
  return { token, invitation };
}

/** The invitation email: who it is for, the link, and until when it works. */
export function invitationMail(input: {
  to: string;
  name: string;
  link: string;
  expiresAt: Date;
  by: string | null;
}): Mail {
  const until = formatLondonDateTime(input.expiresAt);
  const by = input.by ? `${input.by} has invited you` : "You have been invited";
  const text = [
    `Dear ${input.name},`,
    "",
    `${by} to the board governance portal. Open this link to choose your password and sign in:`,
    "",
    input.link,
    "",
    `The link works once, until ${until}. If you did not expect this email, you can ignore it.`,
  ].join("\n");
  const html = [
    `<p>Dear ${escapeHtml(input.name)},</p>`,
    `<p>${escapeHtml(by)} to the board governance portal. Open this link to choose your password and sign in:</p>`,
    `<p><a href="${escapeHtml(input.link)}">${escapeHtml(input.link)}</a></p>`,
    `<p>The link works once, until ${escapeHtml(until)}. If you did not expect this email, you can ignore it.</p>`,
  ].join("\n");
  return { to: input.to, subject: "Your invitation to the board governance portal", text, html };
}
