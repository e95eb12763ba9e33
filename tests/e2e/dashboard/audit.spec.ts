import { expect, expectAccessible, signIn, test } from "../fixtures";

test("an administrator reads the audit log, newest first, and filters it", async ({ login }) => {
  const page = await login("admin");
  await page.getByRole("link", { name: /^Administration:/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /^Audit log/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  const status = page.getByRole("status");
  await expect(status).toContainText(/^\d+ entries; page 1 of \d+, newest first\.$/);
  const entries = page.getByRole("table", { name: "Audit entries" });
  expect(await entries.getByRole("row").count()).toBeLessThanOrEqual(51);
  await expectAccessible(page);

  // The seed's calendar generation, by the system actor "seed".
  await page.getByLabel("Actor email (or seed, cli, system)").fill("seed");
  await page.getByLabel("Action").fill("calendar.");
  await page.getByLabel("Entity type").fill("ReportingCycle");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/actor=seed&action=calendar\.&entityType=ReportingCycle/);
  await expect(status).toContainText(/^\d+ entries; page 1 of 1/);
  const rows = entries.getByRole("row");
  expect(await rows.count()).toBeGreaterThan(1);
  for (const text of await entries.locator("tbody tr").allTextContents()) expect(text).toContain("calendar.generate");
  // Before and after, as readable JSON.
  await entries.locator("summary").first().click();
  await expect(entries.locator("pre").first()).toContainText('"created":');
  await expectAccessible(page);

  // An entity id that matches nothing; then a date range that is back to front.
  await page.getByLabel("Entity id").fill("no-such-entity");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(status).toHaveText("No entries match.");
  await page.goto("/admin/audit?from=2026-12-01&to=2026-11-01");
  await expect(page.getByRole("link", { name: "The 'to' date must be on or after the 'from' date" })).toBeVisible();
  await expect(page.getByLabel("To (date, UK time)")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  // Pages of 50.
  await page.goto("/admin/audit");
  await page.getByRole("link", { name: /^Next page/ }).click();
  await expect(status).toContainText(/page 2 of \d+/);
  await expect(page.getByRole("link", { name: /^Previous page/ })).toBeVisible();
});

test("a board member cannot open the audit log", async ({ page }) => {
  test.info().annotations.push({ type: "expects-404" });
  await signIn(page, "knowsley.kscb.member@demo.example.org");
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
  const response = await page.goto("/admin/audit?actor=admin");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("table", { name: "Audit entries" })).toHaveCount(0);
  await expectAccessible(page);
});
