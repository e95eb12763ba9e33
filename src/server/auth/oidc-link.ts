import { appendAudit, type Actor } from "@/server/core/audit";
import type { Db } from "@/server/data/database";

/** What the portal requires of an OpenID Connect identity (AUTH_OIDC_* settings). */
export interface OidcLinkPolicy {
  /** AUTH_OIDC_ISSUER: the ID token's `iss` must be exactly this (a trailing slash aside). */
  issuer: string;
  /** AUTH_OIDC_TENANT_ID: when set, the `tid` claim (Entra ID's tenant) must equal it. */
  tenantId?: string;
  /** AUTH_OIDC_TRUST_EMAIL: accept an `email` the provider does not mark as verified. Off by default. */
  trustEmail: boolean;
}

export type OidcRefusal =
  | "wrong-issuer"
  | "wrong-tenant"
  | "no-email"
  | "email-unverified"
  | "no-user"
  | "not-single-sign-on"
  | "disabled"
  | "bound-to-another-identity";

export type OidcLinkResult =
  { ok: true; user: { id: string; email: string; name: string }; linked: boolean } | { ok: false; reason: OidcRefusal };

const SYSTEM: Actor = { type: "system", label: "system" };
const trimSlash = (url: string) => url.replace(/\/+$/, "");
const text = (value: unknown) => (typeof value === "string" && value.length > 0 ? value : null);

/**
 * Decides which portal user, if any, an OpenID Connect identity signs in as (issue 14). The first
 * sign-in links by a verified `email` and binds the user to the identity's issuer + subject; from then
 * on only that issuer + subject signs in as the user, and another identity presenting the same email
 * is refused (so an account created at the provider with an administrator's address cannot become
 * that administrator). Only users marked for single sign-on and not disabled may sign in this way.
 * Roles are never taken from the provider. The link and every refusal are audited, without tokens.
 */
export async function linkOidcIdentity(
  ctx: { db: Db; now: Date; policy: OidcLinkPolicy },
  claims: Record<string, unknown>,
): Promise<OidcLinkResult> {
  const { db, now, policy } = ctx;
  const issuer = text(claims.iss);
  const subject = text(claims.sub);
  const tenant = text(claims.tid);
  const identity = { issuer, subject, ...(tenant ? { tenant } : {}) };
  const refuse = async (reason: OidcRefusal, userId?: string): Promise<OidcLinkResult> => {
    await appendAudit(db, SYSTEM, {
      action: "auth.sso-refused",
      entityType: userId ? "User" : "SignIn",
      entityId: userId ?? "oidc",
      after: { reason, ...identity },
    });
    return { ok: false, reason };
  };

  if (!issuer || !subject || trimSlash(issuer) !== trimSlash(policy.issuer)) return refuse("wrong-issuer");
  if (policy.tenantId && tenant !== policy.tenantId) return refuse("wrong-tenant");

  const bound = await db.user.findUnique({
    where: { oidcIssuer_oidcSubject: { oidcIssuer: issuer, oidcSubject: subject } },
  });
  if (bound) {
    if (bound.disabled) return refuse("disabled", bound.id);
    if (!bound.singleSignOn) return refuse("not-single-sign-on", bound.id);
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: bound.id }, data: { lastSignInAt: now } });
      await appendAudit(tx, { type: "user", userId: bound.id }, signInEntry(bound.id), now);
    });
    return { ok: true, user: { id: bound.id, email: bound.email, name: bound.name }, linked: false };
  }

  const email = text(claims.email)?.trim().toLowerCase();
  if (!email) return refuse("no-email");
  // Entra ID does not send email_verified; its optional claim xms_edov ("email domain owner verified") says the same.
  const verified = claims.email_verified === true || claims.xms_edov === true || policy.trustEmail;
  if (!verified) return refuse("email-unverified");
  const user = await db.user.findUnique({ where: { email } });
  if (!user) return refuse("no-user");
  if (user.disabled) return refuse("disabled", user.id);
  if (!user.singleSignOn) return refuse("not-single-sign-on", user.id);
  if (user.oidcIssuer || user.oidcSubject) return refuse("bound-to-another-identity", user.id);

  // Bind only if still unbound: of two first sign-ins at once, one wins and the other is refused.
  const claimed = await db
    .$transaction(async (tx) => {
      const { count } = await tx.user.updateMany({
        where: { id: user.id, oidcSubject: null, oidcIssuer: null },
        data: { oidcIssuer: issuer, oidcSubject: subject, lastSignInAt: now },
      });
      if (count === 1)
        await appendAudit(
          tx,
          { type: "user", userId: user.id },
          {
            action: "user.sso-link",
            entityType: "User",
            entityId: user.id,
            after: identity,
          },
        );
      if (count === 1) await appendAudit(tx, { type: "user", userId: user.id }, signInEntry(user.id), now);
      return count === 1;
    })
    // The identity was bound to another user meanwhile (the issuer + subject pair is unique).
    .catch((error: unknown) => {
      if ((error as { code?: string }).code === "P2002") return false;
      throw error;
    });
  if (!claimed) return refuse("bound-to-another-identity", user.id);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name }, linked: true };
}

/** The issuer + subject of an identity already accepted by linkOidcIdentity: whom the session is for. */
export async function userForOidcIdentity(db: Db, claims: Record<string, unknown>) {
  const issuer = text(claims.iss);
  const subject = text(claims.sub);
  if (!issuer || !subject) return null;
  return db.user.findUnique({ where: { oidcIssuer_oidcSubject: { oidcIssuer: issuer, oidcSubject: subject } } });
}

/** The policy as the environment sets it (AUTH_OIDC_ISSUER, AUTH_OIDC_TENANT_ID, AUTH_OIDC_TRUST_EMAIL). */
export const oidcLinkPolicy = (e: {
  AUTH_OIDC_ISSUER?: string;
  AUTH_OIDC_TENANT_ID?: string;
  AUTH_OIDC_TRUST_EMAIL: "true" | "false";
}): OidcLinkPolicy => ({
  issuer: e.AUTH_OIDC_ISSUER ?? "",
  tenantId: e.AUTH_OIDC_TENANT_ID,
  trustEmail: e.AUTH_OIDC_TRUST_EMAIL === "true",
});

/** The same audit entry a password sign-in writes (authenticate-user.ts), marked as single sign-on. */
const signInEntry = (userId: string) => ({
  action: "auth.sign-in",
  entityType: "User",
  entityId: userId,
  after: { via: "oidc" },
});
