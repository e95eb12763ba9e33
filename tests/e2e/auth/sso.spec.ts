import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Page } from "@playwright/test";
import { entraIdentities, OIDC_TEST_NAME, startOidcServer, type OidcTestServer } from "../../support/oidc-server";
import { E2E_OIDC_PORT } from "../../support/oidc-test-client";
import { accounts, expect, expectAccessible, test } from "../fixtures";

/**
 * Single sign-on through a real OpenID Connect server (oidc-provider, Entra ID-shaped claims),
 * started here on E2E_OIDC_PORT: scripts/e2e-server.ts points the portal's AUTH_OIDC_ISSUER at it.
 * The demo administrator is marked for single sign-on with the operator's command; the first
 * verified sign-in binds their identity, and a second identity with the same address is refused.
 */
const PORTAL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const ids = entraIdentities(accounts.admin, "Demo Administrator");
let idp: OidcTestServer;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  idp = await startOidcServer({
    port: E2E_OIDC_PORT,
    redirectUri: `${PORTAL}/api/auth/callback/oidc`,
    identities: Object.values(ids),
  });
  const marked = await promisify(execFile)(
    "node_modules/.bin/tsx",
    ["src/cli/index.ts", "user", "sso-on", "--email", accounts.admin],
    {
      env: {
        ...process.env,
        DATABASE_URL: "file:./tmp/e2e/portal.db",
        NEXTAUTH_URL: PORTAL,
        NEXTAUTH_SECRET: "e2e-only-secret-not-for-any-real-deployment-000",
      },
    },
  ).catch((error: { stderr?: string }) => ({ stderr: error.stderr ?? "" }));
  // A rerun on the same servers finds the mark already there.
  expect(marked.stderr).toMatch(/may sign in with single sign-on|already marked/);
});
test.afterAll(async () => idp?.close());

async function signInThroughProvider(page: Page, account: string) {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: `Sign in with ${OIDC_TEST_NAME}` }).click();
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/interaction/`));
  await page.getByLabel("Account").fill(account);
  await page.getByRole("button", { name: "Continue" }).click();
}

test("a user marked for single sign-on signs in through the identity provider", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 2, name: "Or use your organisation's account" })).toBeVisible();
  await expectAccessible(page);
  await signInThroughProvider(page, ids.verified.sub);
  await expect(page).toHaveURL(`${PORTAL}/`);
  await expect(page.getByRole("heading", { level: 1, name: "Welcome, Demo Administrator" })).toBeVisible();
  // Roles come from the portal: the administrator's own menu is there.
  await expect(page.getByRole("link", { name: /^Administration:/ })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("an unverified email and a second identity with a linked user's address are refused, with one message", async ({
  page,
}) => {
  for (const account of [ids.secondIdentity.sub, ids.unverified.sub, ids.wrongTenant.sub]) {
    await page.context().clearCookies();
    await signInThroughProvider(page, account);
    await expect(page).toHaveURL(`${PORTAL}/sign-in?error=AccessDenied`);
    const message = page.locator("#sso-error");
    await expect(message).toContainText(`${OIDC_TEST_NAME} could not sign you in to this portal`);
    await expect(message).toContainText("Ask your board administrator to check");
    await expectAccessible(page);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in$/);
  }
});
