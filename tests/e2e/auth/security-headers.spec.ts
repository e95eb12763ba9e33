import { expect, expectAccessible, signIn, test } from "../fixtures";

/**
 * Issue 14: every page carries the security headers, with a CSP nonce new on each request that Next
 * puts on its own scripts (the page fixture fails the test on any CSP violation the browser logs); a
 * body over the small limit is refused outside the upload pages, while an upload of 5 MB still works.
 */
const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

test("a page carries CSP, HSTS-ready headers and Permissions-Policy, with a nonce per request that its scripts carry", async ({
  page,
}) => {
  const first = await page.request.get("/sign-in");
  const second = await page.request.get("/sign-in");
  const headers = first.headers();
  const csp = headers["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"])
    expect(csp).toContain(directive);
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("microphone=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  // The E2E server's public URL is http: no HSTS (see README, Security).
  expect(headers["strict-transport-security"]).toBeUndefined();

  const nonce = nonceOf(csp);
  expect(nonce).toBeTruthy();
  expect(nonceOf(second.headers()["content-security-policy"])).not.toBe(nonce);
  expect(second.headers()["x-request-id"]).not.toBe(headers["x-request-id"]);
  const html = await first.text();
  expect(html).toContain(`nonce="${nonce}"`);

  // The page runs under that policy: signing in works, and no violation reaches the console.
  await signIn(page, "knowsley.hwb.secretariat@demo.example.org");
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome, / })).toBeVisible();
  await expectAccessible(page);
});

test("a 2 MB POST to the sign-in action is refused with 413; a small one is not", async ({ page }) => {
  const post = (bytes: number) =>
    page.request.post("/sign-in", {
      headers: {
        "Next-Action": "0000000000000000000000000000000000000000",
        "Content-Type": "text/plain;charset=UTF-8",
      },
      data: "x".repeat(bytes),
    });
  const large = await post(2 * 1024 * 1024);
  expect(large.status()).toBe(413);
  expect(await large.text()).toMatch(/too large/);
  expect((await post(1000)).status()).not.toBe(413);
});

test("an evidence file of 5 MB still uploads on an item page", async ({ page }) => {
  await signIn(page, "admin@demo.example.org");
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome, / })).toBeVisible();
  await page.goto("/areas/halton/boards/HSCB/calendar?fy=2026");
  const links = await page
    .locator('main a[href*="/items/"]')
    .evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).pathname))]);
  expect(links.length).toBeGreaterThan(0);
  let found = false;
  for (const link of links.slice(0, 15)) {
    await page.goto(link);
    if (await page.getByRole("button", { name: "Mark as sent" }).isVisible()) {
      found = true;
      break;
    }
  }
  expect(found, "an item the administrator can mark sent").toBe(true);
  const pdf = Buffer.concat([
    Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"),
    Buffer.alloc(5 * 1024 * 1024, "%"),
    Buffer.from("\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
  ]);
  await page.getByLabel("Date it was sent").fill("2026-11-10");
  await page
    .getByLabel("Upload documents (optional)")
    .setInputFiles({ name: "five-megabytes.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Mark as sent" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Marked sent." })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("link", { name: /five-megabytes\.pdf/ })).toBeVisible();
});
