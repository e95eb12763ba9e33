import { expect, expectAccessible, signIn, test } from "../fixtures";

/**
 * The "two-instances" project only (scripts/two-instances.ts): two `next start` instances on one
 * PostgreSQL behind a proxy that alternates requests. Each instance names itself in X-Instance
 * (INSTANCE_ID), so these tests see both answer: one signed-in session, and one uploaded file,
 * served by either. Knowsley's boards are used by no other spec of this project.
 */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const today = new Date();
const thisFy = today.getUTCMonth() >= 3 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;

test("the proxy alternates between two instances, and a session made on one is honoured by both", async ({ page }) => {
  const served = new Set<string>();
  for (let i = 0; i < 6; i++) {
    const response = await page.request.get("/sign-in");
    expect(response.status()).toBe(200);
    served.add(response.headers()["x-instance"] ?? "none");
  }
  expect([...served].sort()).toEqual(["a", "b"]);

  await signIn(page, "knowsley.hwb.chair@demo.example.org");
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
  const signedIn = new Set<string>();
  for (let i = 0; i < 6; i++) {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
    signedIn.add(response?.headers()["x-instance"] ?? "none");
  }
  expect([...signedIn].sort()).toEqual(["a", "b"]);
  await expectAccessible(page);
});

test("a file uploaded through one instance is served by both, from the database", async ({ page }) => {
  await signIn(page, "knowsley.kscb.secretariat@demo.example.org");
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
  await page.goto(`/areas/knowsley/boards/KSCB/calendar?fy=${thisFy}`);
  const hrefs = [
    ...new Set(
      await page
        .locator('a[href*="/areas/knowsley/items/"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? "")),
    ),
  ];
  let found = false;
  for (const href of hrefs) {
    await page.goto(href);
    if (await page.getByRole("button", { name: "Mark as sent" }).isVisible()) {
      found = true;
      break;
    }
  }
  expect(found, "an item the KSCB's secretariat can mark sent").toBe(true);

  await page.getByLabel("Date it was sent").fill(daysAgo(2));
  await page
    .getByLabel("Upload documents (optional)")
    .setInputFiles({ name: "two-instances.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Mark as sent" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Marked sent." })).toBeVisible();
  const link = page.getByRole("link", { name: /two-instances\.pdf/ });
  await expect(link).toBeVisible();
  await expectAccessible(page);

  const href = (await link.getAttribute("href"))!;
  const servedBy = new Set<string>();
  for (let i = 0; i < 6; i++) {
    const response = await page.request.get(href);
    expect(response.status()).toBe(200);
    expect((await response.body()).equals(PDF)).toBe(true);
    servedBy.add(response.headers()["x-instance"] ?? "none");
  }
  expect([...servedBy].sort()).toEqual(["a", "b"]);
});
