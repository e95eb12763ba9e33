import { readFile } from "node:fs/promises";
import { parseCsv } from "../../support/csv";
import { expect, expectAccessible, signIn, test } from "../fixtures";

// Knowsley's KSCB: nobody else's specs change its items. The demo seed logs its past, leaving some overdue.
const chair = "knowsley.kscb.chair@demo.example.org";
const secretariat = "knowsley.kscb.secretariat@demo.example.org";
const member = "knowsley.kscb.member@demo.example.org";
const today = new Date();
const thisFy = today.getUTCMonth() >= 3 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
const fyLabel = `FY${thisFy}/${String((thisFy + 1) % 100).padStart(2, "0")}`;

test("a chair sees what the board owes and is owed, with overdue items, on-time rates and challenges", async ({
  page,
}) => {
  await signIn(page, chair);
  await expect(
    page.getByRole("heading", { level: 2, name: "Chair's dashboard: Knowsley Safeguarding Children Board (KSCB)" }),
  ).toBeVisible();
  const overdue = page.getByRole("table", { name: "Owed by KSCB: overdue" });
  await expect(overdue.getByRole("row").nth(1)).toBeVisible();
  await expect(overdue.getByRole("cell", { name: "Overdue" }).first()).toBeVisible();
  // Each item links to its page in the board's area.
  await expect(overdue.getByRole("link").first()).toHaveAttribute("href", /^\/areas\/knowsley\/items\/[\w-]+$/);
  // The summary by counterparty counts the same overdue items.
  const overdueRows = (await overdue.getByRole("row").count()) - 1;
  const summary = page.getByRole("table", { name: "Owed by KSCB: items by counterparty" });
  const counts = await summary.locator("tbody tr td:nth-child(2)").allTextContents();
  expect(counts.reduce((n, c) => n + Number(c), 0)).toBe(overdueRows);
  await expect(page.getByRole("heading", { name: "Owed to KSCB", exact: true })).toBeVisible();
  // The chart has a text alternative, and the same numbers are in a table.
  await expect(
    page.getByRole("img", { name: /^KSCB on-time rates\. Owed by KSCB: FY\d{4}\/\d{2} (\d+%|No items due yet)/ }),
  ).toBeVisible();
  const rates = page.getByRole("table", { name: "KSCB on-time rates, in numbers" });
  await expect(
    rates.getByRole("row", { name: /^Owed by KSCB \d+% \d+ \(\d+ on time, \d+ late, \d+ not sent\)/ }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Open challenges \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Membership rules needing attention" })).toBeVisible();
  await expectAccessible(page);
});

test("the secretariat sees what the board must do next, and downloads the year's items as CSV", async ({ page }) => {
  await signIn(page, secretariat);
  const section = page.getByRole("region", { name: "What Knowsley Safeguarding Children Board (KSCB) must do next" });
  await expect(section.getByRole("heading", { name: /^KSCB: overdue \([1-9]\d*\)$/ })).toBeVisible();
  await expect(section.getByRole("table", { name: "KSCB: overdue" }).getByRole("link").first()).toHaveAttribute(
    "href",
    /^\/areas\/knowsley\/items\//,
  );
  await expect(section.getByRole("heading", { name: /^KSCB: to schedule \(\d+\)$/ })).toBeVisible();
  await expect(section.getByRole("heading", { name: /^KSCB: due in the next 30 days \(\d+\)$/ })).toBeVisible();
  await expect(
    section.getByRole("heading", { name: /^KSCB: sent, waiting to be marked received \(\d+\)$/ }),
  ).toBeVisible();
  await expectAccessible(page);

  await section.getByRole("link", { name: "Open the KSCB calendar" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: `Download ${fyLabel} items (CSV)` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`calendar-knowsley-kscb-${fyLabel.replace("/", "-")}.csv`);
  const rows = parseCsv(await readFile(await download.path(), "utf8"));
  expect(rows[0]).toEqual([
    "due",
    "window",
    "duty",
    "clause",
    "owing board(s)",
    "recipient",
    "meeting",
    "status",
    "last logged",
    "minute ref",
    "evidence",
  ]);
  const data = rows.slice(1);
  expect(data.length).toBeGreaterThan(5);
  expect(data.every((r) => r.length === 11 && /^\d{4}-\d{2}-\d{2}$/.test(r[0]!))).toBe(true);
  // In due-date order; most fall in the year (an item after the year's last meeting may fall due after it).
  expect(data.map((r) => r[0])).toEqual(data.map((r) => r[0]).sort());
  expect(data.filter((r) => r[0]! >= `${thisFy}-04-01` && r[0]! <= `${thisFy + 1}-03-31`).length).toBeGreaterThan(
    data.length / 2,
  );
  // History from the demo seed: a received item carries its minute reference and logged date.
  const received = data.find((r) => r[7] === "Received");
  expect(received?.[9]).toMatch(/ minutes \d{4}-\d{2}-\d{2}, item \d+$/);
  expect(received?.[8]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(data.some((r) => r[7] === "Overdue" && r[8] === "")).toBe(true);
});

test("the printable forward plan lists the year by meeting, and prints without navigation", async ({ page }) => {
  await signIn(page, member);
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
  await page.goto(`/areas/knowsley/boards/KSCB/calendar?fy=${thisFy}`);
  await page.getByRole("link", { name: `Printable forward plan ${fyLabel}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Forward plan ${fyLabel}` })).toBeVisible();
  await expect(page.getByText("Print:", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: `July ${thisFy}` })).toBeVisible();
  // Knowsley's duties are sent between meetings (by their due dates) or still need a meeting.
  await expect(page.getByRole("rowheader", { name: /^(Meeting|Due) \w+day \d{1,2} \w+ \d{4}$/ }).first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Items to schedule" }).getByRole("row").nth(1)).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Board governance portal" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Years" })).toBeHidden();
  expect(await page.locator("button:visible").count()).toBe(0);
  expect(
    await page
      .locator("section")
      .nth(1)
      .evaluate((s) => getComputedStyle(s).breakBefore),
  ).toBe("page");
  await expect(page.getByRole("heading", { level: 2, name: `July ${thisFy}` })).toBeVisible();
});

test("a member sees their board's next meetings and what is due at each", async ({ page }) => {
  await signIn(page, member);
  const section = page.getByRole("region", { name: "Knowsley Safeguarding Children Board (KSCB): next meetings" });
  await expect(section.getByRole("heading", { level: 3 }).first()).toContainText(/ at 10:00$/);
  await expect(section.getByRole("link", { name: "The KSCB calendar" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Chair's dashboard/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Audit log/ })).toHaveCount(0);
  await expectAccessible(page);
});
