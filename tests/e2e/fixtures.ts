import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-portal-2026";

/** Demo accounts by what they are, so specs read as roles, not addresses. */
export const accounts = {
  admin: "admin@demo.example.org",
  kentHwbSecretariat: "kent.hwb.secretariat@demo.example.org",
  kentHwbChair: "kent.hwb.chair@demo.example.org",
  kentHwbMember: "kent.hwb.member@demo.example.org",
  kentKscbSecretariat: "kent.kscb.secretariat@demo.example.org",
  knowsleyHwbMember: "knowsley.hwb.member@demo.example.org",
  harrowLscbChair: "harrow.lscb.chair@demo.example.org",
  /** Locked by the sign-in throttling test: no other test may use it. */
  harrowHwbbMember: "harrow.hwbb.member@demo.example.org",
  /** Signs out in the sign-in test, which ends every session it has: no other test may use it. */
  medwayKmsabSecretariat: "medway.kmsab.secretariat@demo.example.org",
} as const;
export type Account = keyof typeof accounts;

/** Fails the test with the list of WCAG 2.2 AA violations axe finds on the page as it is now. */
export async function expectAccessible(page: Page) {
  // Next streams a dynamic page's <title> after its body: scan the page once it has fully arrived,
  // not mid-navigation (else axe reports a missing title that the user never sees).
  await page.waitForLoadState("load");
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * Another signed-in user in their own browser context (a second person at another desk). Its
 * `close()` fails the test on any console error that page logged, as the `page` fixture does.
 */
export async function otherUser(browser: Browser, email: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await signIn(page, email);
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome, / })).toBeVisible();
  return {
    page,
    close: async () => {
      expect(errors, `browser console errors for ${email}`).toEqual([]);
      await context.close();
    },
  };
}

export const test: ReturnType<typeof base.extend<{ login: (who: Account) => Promise<Page> }>> = base.extend<{
  login: (who: Account) => Promise<Page>;
}>({
  login: async ({ page }, use) => {
    await use(async (who) => {
      await signIn(page, accounts[who]);
      await expect(page.getByRole("heading", { level: 1, name: /^Welcome, / })).toBeVisible();
      return page;
    });
  },
  page: async ({ page }, use) => {
    // Any error the browser logs fails the test.
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await use(page);
    // A test that visits a page expected to be missing marks it: the browser logs that 404.
    const expects404 = test.info().annotations.some((a) => a.type === "expects-404");
    const unexpected = errors.filter((e) => !(expects404 && /status of 404/.test(e)));
    expect(unexpected, "browser console errors").toEqual([]);
  },
});
export { expect };
