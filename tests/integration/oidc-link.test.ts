import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkOidcIdentity, type OidcLinkPolicy } from "@/server/auth/oidc-link";
import {
  entraIdentities,
  idTokenClaimsFor,
  OIDC_TEST_TENANT,
  startOidcServer,
  type OidcTestServer,
} from "../support/oidc-server";
import { makeUser } from "../factories";
import { runCliInProcess } from "./support/run-cli";
import { withTestDatabase } from "./support/test-db";

/**
 * Which portal user an OpenID Connect identity becomes (issue 14), with ID tokens issued by a real
 * provider (tests/support/oidc-server.ts) and checked by openid-client, as next-auth receives them.
 */
const t = withTestDatabase();
const REDIRECT = "http://127.0.0.1:3999/api/auth/callback/oidc";
const ADMIN = "sso.admin@example.org";
const ids = entraIdentities(ADMIN, "Sso Admin");
const other = (email: string, sub: string) => ({ ...entraIdentities(email).verified, sub });
let idp: OidcTestServer;
let policy: OidcLinkPolicy;

const claimsOf = (sub: string) => idTokenClaimsFor(idp, REDIRECT, sub);
const link = async (sub: string, override: Partial<OidcLinkPolicy> = {}) =>
  linkOidcIdentity({ db: t.db, now: new Date(), policy: { ...policy, ...override } }, await claimsOf(sub));
const user = (email: string) => t.db.user.findUniqueOrThrow({ where: { email } });
const auditsFor = (entityId: string) =>
  t.db.auditEntry
    .findMany({ where: { entityId }, orderBy: { at: "asc" } })
    .then((rows) =>
      rows.map((r) => ({ action: r.action, after: JSON.parse(r.after ?? "null") as Record<string, unknown> })),
    );
const markSso = (email: string, disabled = false) =>
  t.db.user.update({ where: { email }, data: { singleSignOn: true, disabled } });

beforeAll(async () => {
  idp = await startOidcServer({
    port: 0,
    redirectUri: REDIRECT,
    identities: [
      ...Object.values(ids),
      other("plain@example.org", "plain"),
      other("gone@example.org", "gone"),
      other("nobody@example.org", "nobody"),
      { ...entraIdentities("trusting@example.org").unverified, sub: "trusting" },
    ],
  });
  policy = { issuer: idp.issuer, tenantId: OIDC_TEST_TENANT, trustEmail: false };
  for (const email of [ADMIN, "plain@example.org", "gone@example.org", "trusting@example.org"])
    await makeUser(t.db, { email, role: email === ADMIN ? "administrator" : undefined });
  await markSso(ADMIN);
  await markSso("gone@example.org", true);
  await markSso("trusting@example.org");
});
afterAll(async () => idp?.close());

describe("linking an OpenID Connect identity to a portal user", () => {
  it("the provider's ID token is Entra ID-shaped", async () => {
    const claims = await claimsOf(ids.verified.sub);
    expect(claims).toMatchObject({
      iss: idp.issuer,
      sub: ids.verified.sub,
      tid: OIDC_TEST_TENANT,
      oid: ids.verified.oid,
      email: ADMIN,
      email_verified: true,
      name: "Sso Admin",
      preferred_username: ADMIN,
    });
  });

  it("refuses an unverified email, and a wrong tenant, before looking at the user", async () => {
    expect(await link(ids.unverified.sub)).toEqual({ ok: false, reason: "email-unverified" });
    expect(await link(ids.wrongTenant.sub)).toEqual({ ok: false, reason: "wrong-tenant" });
    expect(await link(ids.verified.sub, { issuer: "https://login.microsoftonline.com/x/v2.0" })).toEqual({
      ok: false,
      reason: "wrong-issuer",
    });
    const admin = await user(ADMIN);
    expect([admin.oidcIssuer, admin.oidcSubject]).toEqual([null, null]);
    const refusals = await t.db.auditEntry.findMany({ where: { action: "auth.sso-refused", entityId: "oidc" } });
    expect(refusals.map((r) => (JSON.parse(r.after!) as { reason: string }).reason).sort()).toEqual([
      "email-unverified",
      "wrong-issuer",
      "wrong-tenant",
    ]);
  });

  it("binds the issuer and subject at the first link; the same identity signs in again", async () => {
    const first = await link(ids.verified.sub);
    const admin = await user(ADMIN);
    expect(first).toEqual({ ok: true, linked: true, user: { id: admin.id, email: ADMIN, name: admin.name } });
    expect([admin.oidcIssuer, admin.oidcSubject]).toEqual([idp.issuer, ids.verified.sub]);
    expect(await link(ids.verified.sub)).toMatchObject({ ok: true, linked: false, user: { id: admin.id } });
    // Roles stay as the portal granted them.
    expect((await t.db.roleAssignment.findMany({ where: { userId: admin.id } })).map((r) => r.role)).toEqual([
      "administrator",
    ]);
    const audits = await auditsFor(admin.id);
    const linkEntry = audits.find((a) => a.action === "user.sso-link");
    expect(linkEntry?.after).toEqual({ issuer: idp.issuer, subject: ids.verified.sub, tenant: OIDC_TEST_TENANT });
    // Both sign-ins (the binding one and the next) are audited as password sign-ins are.
    expect(audits.filter((a) => a.action === "auth.sign-in").map((a) => a.after)).toEqual([
      { via: "oidc" },
      { via: "oidc" },
    ]);
    // No token, nor any part of one, is written down.
    expect(JSON.stringify(audits)).not.toMatch(/eyJ/);
  });

  it("refuses a second identity that presents a linked user's email", async () => {
    expect(await link(ids.secondIdentity.sub)).toEqual({ ok: false, reason: "bound-to-another-identity" });
    const admin = await user(ADMIN);
    expect(admin.oidcSubject).toBe(ids.verified.sub);
    expect((await auditsFor(admin.id)).at(-1)).toEqual({
      action: "auth.sso-refused",
      after: {
        reason: "bound-to-another-identity",
        issuer: idp.issuer,
        subject: ids.secondIdentity.sub,
        tenant: OIDC_TEST_TENANT,
      },
    });
  });

  it("refuses a user not marked for single sign-on, a disabled user, and an unknown address", async () => {
    expect(await link("plain")).toEqual({ ok: false, reason: "not-single-sign-on" });
    expect(await link("gone")).toEqual({ ok: false, reason: "disabled" });
    expect(await link("nobody")).toEqual({ ok: false, reason: "no-user" });
    for (const email of ["plain@example.org", "gone@example.org"]) {
      const refused = await user(email);
      expect(refused.oidcSubject).toBeNull();
      expect((await auditsFor(refused.id)).at(-1)?.action).toBe("auth.sso-refused");
    }
  });

  it("refuses a bound user once disabled or no longer marked for single sign-on", async () => {
    await markSso(ADMIN, true);
    expect(await link(ids.verified.sub)).toEqual({ ok: false, reason: "disabled" });
    await t.db.user.update({ where: { email: ADMIN }, data: { disabled: false, singleSignOn: false } });
    expect(await link(ids.verified.sub)).toEqual({ ok: false, reason: "not-single-sign-on" });
    await markSso(ADMIN);
    expect(await link(ids.verified.sub)).toMatchObject({ ok: true });
  });

  it("accepts an unverified email only when AUTH_OIDC_TRUST_EMAIL says so", async () => {
    expect(await link("trusting")).toEqual({ ok: false, reason: "email-unverified" });
    expect(await link("trusting", { trustEmail: true })).toMatchObject({ ok: true, linked: true });
  });
});

describe("cli user sso-on | sso-off", () => {
  const cli = (...args: string[]) =>
    runCliInProcess(t.url, ["user", ...args], { env: { NEXTAUTH_URL: "https://portal.example.org" } });

  it("marks a user for single sign-on, and sso-off also forgets the bound identity, each audited", async () => {
    const on = await cli("sso-on", "--email", "PLAIN@example.org");
    expect(on).toMatchObject({ code: 0, stderr: expect.stringContaining("may sign in with single sign-on") as string });
    expect(await link("plain")).toMatchObject({ ok: true, linked: true });
    expect((await cli("sso-on", "--email", "plain@example.org")).stderr).toContain("already marked");
    const linked = await user("plain@example.org");

    expect((await cli("sso-off", "--email", "plain@example.org")).code).toBe(0);
    const off = await user("plain@example.org");
    expect([off.singleSignOn, off.oidcIssuer, off.oidcSubject]).toEqual([false, null, null]);
    // A session that came through the forgotten identity ends too.
    expect(off.sessionVersion).toBe(linked.sessionVersion + 1);
    expect(await link("plain")).toEqual({ ok: false, reason: "not-single-sign-on" });
    const actions = (await auditsFor(off.id)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["user.sso-on", "user.sso-link", "user.sso-off"]));
    const unknown = await cli("sso-on", "--email", "nobody-at-all@example.org");
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("No user has the email address nobody-at-all@example.org");
  });
});
