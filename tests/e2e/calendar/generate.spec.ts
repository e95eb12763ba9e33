import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import { expect, expectAccessible, signIn, test } from "../fixtures";

const calendarUrl = "/areas/halton/boards/HSCB/calendar";

test("a secretariat user previews and confirms a board's calendar, schedules an item, and takes the feed", async ({ page }) => {
  await signIn(page, "halton.hscb.secretariat@demo.example.org");
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
  await page.goto(`${calendarUrl}?fy=2026`);
  await expect(page.getByText("No calendar has been generated for FY2026/27 yet.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Standing duties" })).toBeVisible();
  await expectAccessible(page);

  // Preview: nothing is written yet.
  await page.getByRole("link", { name: "Generate FY2026/27 calendar" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Generate the FY2026/27 calendar" })).toBeVisible();
  const newCount = Number(await page.locator("dt:has-text('New items') + dd").textContent());
  expect(newCount).toBeGreaterThan(10);
  await expect(page.getByRole("table", { name: "New items" }).getByRole("row", { name: /quarter 1 of 4/ }).first()).toBeVisible();
  await expectAccessible(page);

  // Confirm.
  await page.getByRole("button", { name: "Confirm and generate FY2026/27" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Calendar generated" })).toContainText(`${newCount} new, 0 changed, 0 retired`);
  await expect(page.getByRole("table", { name: "July 2026" })).toBeVisible();
  await expectAccessible(page);

  // Generating again finds nothing to do.
  await page.getByRole("link", { name: "Generate FY2026/27 calendar" }).click();
  await expect(page.locator("dt:has-text('New items') + dd")).toHaveText("0");
  await expect(page.getByRole("button", { name: "Nothing to change: generate anyway" })).toBeVisible();
  await page.goto(`${calendarUrl}?fy=2026`);

  // Schedule a "to schedule" item onto a meeting.
  const toSchedule = page.getByRole("table", { name: "Items to schedule" });
  const before = await toSchedule.getByRole("row").count();
  const firstRow = toSchedule.getByRole("row").nth(1);
  // The last meeting in the window is still ahead (today is after most of FY2026/27's first half).
  const options = firstRow.getByRole("combobox").locator("option");
  const meeting = (await options.last().textContent())!;
  await firstRow.getByRole("combobox").selectOption({ label: meeting });
  await firstRow.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Item scheduled for the meeting of" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Items to schedule" }).getByRole("row")).toHaveCount(before - 1);
  expect(meeting).toMatch(/^HSCB: /);
  // Scheduled, or overdue if that meeting has already passed (the status is derived from today).
  const meetingDay = new Date(`${meeting.replace(/^HSCB: \w+ /, "").replace(/,.*$/, "")} UTC`);
  const expectedStatus = meetingDay.getTime() >= Date.now() - 86_400_000 ? "Scheduled" : "Overdue";
  await expect(page.getByRole("cell", { name: expectedStatus }).first()).toBeVisible();

  // Month grids.
  await page.getByRole("link", { name: "Show as month grids" }).click();
  await expect(page.getByRole("table", { name: "April 2026" })).toBeVisible();
  await expectAccessible(page);

  // Download the board's feed and read it with an iCalendar parser.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download calendar (.ics)" }).click();
  const file = await (await downloading).path();
  const events = new ICAL.Component(ICAL.parse(await readFile(file, "utf8")) as unknown[]).getAllSubcomponents("vevent");
  expect(events.length).toBeGreaterThanOrEqual(newCount);

  // Subscription addresses with a secret: shown once, and they work without a session.
  await page.getByRole("link", { name: "Calendar feeds" }).click();
  await page.getByRole("button", { name: "Create calendar addresses" }).click();
  const address = await page.locator("dt:has-text('All my boards') + dd code").textContent();
  expect(address).toMatch(/\/feeds\/me\?token=/);
  await expectAccessible(page);
  const feed = await page.context().browser()!.newContext();
  const response = await feed.request.get(address!.replace(/^https?:\/\/[^/]+/, "http://127.0.0.1:3100"));
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  expect(await response.text()).toContain("BEGIN:VEVENT");
  await page.getByRole("button", { name: "Stop my calendar addresses" }).click();
  await expect(page.getByRole("status")).toContainText("stopped working");
  expect((await feed.request.get(address!.replace(/^https?:\/\/[^/]+/, "http://127.0.0.1:3100"))).status()).toBe(404);
  await feed.close();
});

test("a board member sees the calendar but cannot generate or schedule", async ({ login }) => {
  const page = await login("kentHwbMember");
  await page.goto("/areas/kent/boards/HWB/calendar?fy=2026");
  await expect(page.getByRole("heading", { level: 1, name: "Calendar FY2026/27" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Generate FY/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Schedule" })).toHaveCount(0);
  await expectAccessible(page);
});

test("an administrator generates every board of an area, with progress in words and numbers", async ({ login }) => {
  const page = await login("admin");
  await page.goto("/areas/harrow/calendar");
  await page.getByRole("link", { name: "Generate this year's calendar for every board in Harrow" }).click();
  const preview = page.getByRole("table", { name: "Preview by board" });
  await expect(preview.getByRole("row")).toHaveCount(3);
  await expectAccessible(page);
  await page.getByRole("button", { name: /^Generate FY\d{4}\/\d{2} for all 2 boards$/ }).click();
  await expect(page.getByRole("status")).toHaveText("Finished: 2 of 2 boards generated.");
  const results = page.getByRole("table", { name: "Results" });
  await expect(results.getByRole("row", { name: /Harrow Health and Wellbeing Board \d+ new, 0 changed, 0 retired/ })).toBeVisible();
  await expectAccessible(page);
});
