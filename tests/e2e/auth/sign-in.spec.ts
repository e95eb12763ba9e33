import { accounts, expect, expectAccessible, otherUser, signIn, test } from "../fixtures";

test("a signed-out visitor is sent to the sign-in page, which is accessible", async ({ page }) => {
  await page.goto("/areas/kent/boards");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expectAccessible(page);
});

test("wrong credentials get one generic message, at the top, with the email kept", async ({ page }) => {
  await signIn(page, accounts.kentKscbSecretariat, "not-the-password");
  const summary = page.locator("#error-summary");
  await expect(summary).toContainText("There is a problem");
  await expect(summary).toContainText("The email address or password is not right");
  await expect(page.getByLabel("Email address")).toHaveValue(accounts.kentKscbSecretariat);
  await expect(page.getByLabel("Password")).toHaveValue("");
  await expectAccessible(page);
  // An address with no account gets exactly the same words.
  await signIn(page, "nobody-here@demo.example.org", "not-the-password");
  await expect(summary).toContainText("The email address or password is not right");
});

test("an empty form names each missing field, and the summary links to it", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: "Enter your email address" })).toHaveAttribute("href", "#email");
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});

test("repeated failures make the account wait from this address, whatever X-Forwarded-For the client sends", async ({
  page,
  browser,
}) => {
  const email = accounts.harrowHwbbMember;
  // Each try claims to come from a different address; the server counts them by the socket's.
  let forged = 1;
  const tryWith = async (password?: string) => {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": `198.51.100.${forged++}` });
    await signIn(page, email, password);
  };
  for (let i = 0; i < 2; i++) {
    await tryWith(`wrong-${i}`);
    await expect(page.locator("#error-summary")).toContainText("not right");
  }
  await tryWith("wrong-2");
  await expect(page.locator("#error-summary")).toContainText(
    "Too many failed attempts. Sign-in is locked for 1 minute; try again after that.",
  );
  await tryWith();
  await expect(page.locator("#error-summary")).toContainText("Too many failed attempts");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expectAccessible(page);

  // The lock-out is audited with the address the socket had, not any address the client claimed.
  const admin = await otherUser(browser, accounts.admin);
  await admin.page.goto("/admin/audit?action=auth.lock-out");
  const entries = admin.page.getByRole("table", { name: "Audit entries" });
  await entries.locator("summary").first().click();
  await expect(entries.locator("pre").first()).toContainText('"address": "127.0.0.1"');
  await admin.close();
});

test("a user signs in, sees their boards, and signs out", async ({ page }) => {
  // Signing out ends every session of the account, so this one is used by no other test.
  await signIn(page, accounts.medwayKmsabSecretariat);
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome, / })).toBeVisible();
  const yourBoards = page.getByRole("table", { name: "Your boards" });
  await expect(yourBoards.getByRole("row", { name: /\(KMSAB\).*Secretariat/ })).toBeVisible();
  await expectAccessible(page);
  const before = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  // Sign-out ended the session on the server: the old cookie, put back, no longer signs anyone in.
  await page.context().addCookies(before);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
});
