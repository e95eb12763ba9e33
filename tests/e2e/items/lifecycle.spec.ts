import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, otherUser, signIn, test } from "../fixtures";

/**
 * An item's life in Medway: the HWB's secretariat schedules what the MSCB owes it, the MSCB's
 * secretariat marks it sent with a link and a PDF, the HWB's marks it received with the minute;
 * the HWB's chair waives another item; two people editing one item get a conflict, input kept.
 * Serial: the first test makes sure the HWB's FY2026/27 calendar exists.
 */
test.describe.configure({ mode: "serial" });

const hwbCalendar = "/areas/medway/boards/HWB/calendar?fy=2026";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

/** Opens the 7.1 item in the HWB's "to schedule" list with this counterparty and words in its title. */
async function openToSchedule(page: Page, counterparty: string, words: string) {
  await page.goto(hwbCalendar);
  if (await page.getByText("No calendar has been generated for FY2026/27 yet.").isVisible()) {
    await page.getByRole("link", { name: "Generate FY2026/27 calendar" }).click();
    await page.getByRole("button", { name: "Confirm and generate FY2026/27" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Calendar generated" })).toBeVisible();
  }
  const row = page
    .getByRole("table", { name: "Items to schedule" })
    .getByRole("row")
    .filter({ hasText: "7.1" })
    .filter({ hasText: words })
    .filter({ has: page.getByRole("cell", { name: counterparty, exact: true }) })
    .first();
  await row.getByRole("link").nth(1).click();
  await page.waitForURL(/\/areas\/medway\/items\//);
  await expect(page.getByRole("heading", { level: 2, name: "History" })).toBeVisible();
  return page.url();
}

test("scheduled, sent with a link and a PDF by the owing board, received with the minute by the recipient, seen by both", async ({
  page,
  browser,
}) => {
  await signIn(page, "medway.hwb.secretariat@demo.example.org");
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
  const itemUrl = await openToSchedule(page, "MSCB, KMSAB", "needs analyses");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("needs analyses");
  await expectAccessible(page);

  await page.getByLabel("Meeting it goes to").selectOption({ label: "HWB: Tuesday 17 November 2026, 14:00" });
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Meeting chosen: the item is scheduled." })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Scheduled" }).first()).toBeVisible();

  // The owing board's secretariat marks it sent, with a link and a PDF.
  const mscb = await otherUser(browser, "medway.mscb.secretariat@demo.example.org");
  await mscb.page.goto(itemUrl);
  await mscb.page.getByLabel("Date it was sent").fill("2026-11-10");
  await mscb.page
    .getByLabel("Links to documents (optional)")
    .fill("https://example.org/medway/mscb-needs-analysis-2026");
  await mscb.page
    .getByLabel("Upload documents (optional)")
    .setInputFiles({ name: "mscb-needs-analysis.pdf", mimeType: "application/pdf", buffer: PDF });
  await mscb.page.getByRole("button", { name: "Mark as sent" }).click();
  await expect(mscb.page.getByRole("status").filter({ hasText: "Marked sent." })).toBeVisible();
  const sentEntry = mscb.page.getByRole("listitem").filter({ has: mscb.page.getByRole("heading", { name: "Sent" }) });
  await expect(sentEntry).toContainText("10 November 2026, recorded by");
  await expect(
    sentEntry.getByRole("link", { name: "https://example.org/medway/mscb-needs-analysis-2026" }),
  ).toBeVisible();
  await expect(sentEntry.getByRole("link", { name: /mscb-needs-analysis\.pdf/ })).toBeVisible();
  await expectAccessible(mscb.page);

  // The recipient's secretariat marks it received at its meeting, with the minute reference.
  await page.goto(itemUrl);
  await expect(page.getByRole("heading", { name: "Record that it was received" })).toBeVisible();
  await page.getByLabel("Meeting that considered it").selectOption({ label: "HWB: Tuesday 17 November 2026, 14:00" });
  await page.getByLabel("Date it was considered").fill("2026-11-17");
  await page.getByRole("button", { name: "Mark as received" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Enter the minute reference");
  await expectAccessible(page);
  await page.getByLabel("Minute reference").fill("HWB 23/45");
  await page.getByRole("button", { name: "Mark as received" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Marked received." })).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Received" }) }),
  ).toContainText("minute HWB 23/45");

  // A recommendation in the report becomes a follow-up on the MSCB's calendar.
  await page.getByLabel("Recommendation", { exact: true }).fill("Report back on the early help needs analysis gaps");
  await page.getByLabel("Board that must act").selectOption({ label: "Medway Safeguarding Children Board (MSCB)" });
  await page.getByLabel("Report back by").fill("2027-03-01");
  await page.getByRole("button", { name: "Add follow-up action" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Follow-up action added" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Follow-up actions" })).toContainText(
    "Report back on the early help needs analysis gaps",
  );
  await expectAccessible(page);

  // The uploaded file downloads for the recipient, as uploaded.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /mscb-needs-analysis\.pdf/ }).click();
  expect((await readFile(await (await downloading).path())).subarray(0, 8).toString()).toBe("%PDF-1.4");

  // Both secretariats see it received on their own board's calendar.
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!;
  for (const [p, url] of [
    [page, hwbCalendar],
    [mscb.page, "/areas/medway/boards/MSCB/calendar?fy=2026"],
  ] as const) {
    await p.goto(url);
    await expect(
      p
        .getByRole("row")
        .filter({ has: p.getByRole("link", { name: title, exact: true }) })
        .first(),
    ).toContainText("Received");
  }
  await mscb.close();
});

test("a chair waives an item with a reason, and the secretariat cannot", async ({ page, browser }) => {
  const secretariat = await otherUser(browser, "medway.hwb.secretariat@demo.example.org");
  const itemUrl = await openToSchedule(secretariat.page, "KMSAB", "outcomes of the JSNA");
  await expect(secretariat.page.getByRole("heading", { name: "Waive" })).toHaveCount(0);
  await secretariat.close();

  await signIn(page, "medway.hwb.chair@demo.example.org");
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
  await page.goto(itemUrl);
  await page.getByText("Waive or defer this item").click();
  await page.getByRole("button", { name: "Waive this item" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "The reason for waiving is required",
  );
  await page
    .getByLabel("Why it is waived")
    .fill("The KMSAB takes the JSNA outcomes through the Kent and Medway joint chapter this year");
  await page.getByRole("button", { name: "Waive this item" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Item waived." })).toBeVisible();
  const entry = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Waived" }) });
  await expect(entry).toContainText("Reason: The KMSAB takes the JSNA outcomes");
  await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText("Waived");
  await expectAccessible(page);
});

test("two people edit the same item: the second is told what changed and keeps what they typed", async ({
  page,
  browser,
}) => {
  await signIn(page, "medway.hwb.secretariat@demo.example.org");
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
  const itemUrl = await openToSchedule(page, "CAN", "outcomes of the JSNA");
  const chair = await otherUser(browser, "medway.hwb.chair@demo.example.org");
  await chair.page.goto(itemUrl);

  await page.getByLabel("Date it was sent").fill("2026-11-20");
  await page.getByLabel("Notes (optional)").fill("Sent to CAN's business manager");
  await page.getByRole("button", { name: "Mark as sent" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Marked sent." })).toBeVisible();

  await chair.page.getByLabel("Notes (optional)").fill("Chair's note: sent with the JSNA summary");
  await chair.page.getByLabel("Links to documents (optional)").fill("https://example.org/medway/jsna-summary");
  await chair.page.getByRole("button", { name: "Mark as sent" }).click();
  const alert = chair.page.getByRole("alert", { name: "There is a problem" });
  await expect(alert).toContainText("Someone changed this item since you opened it: it is now sent");
  await expect(alert).toContainText("Nothing was saved");
  await expect(chair.page.getByLabel("Notes (optional)")).toHaveValue("Chair's note: sent with the JSNA summary");
  await expect(chair.page.getByLabel("Links to documents (optional)")).toHaveValue(
    "https://example.org/medway/jsna-summary",
  );
  await expectAccessible(chair.page);
  await chair.close();

  // Only the first submission was logged.
  await page.goto(itemUrl);
  await expect(page.getByRole("heading", { name: "Sent", exact: true })).toHaveCount(1);
});

test("the secretariat records an event on a duty that arises when something happens, and adds a note to the item it makes", async ({
  page,
}) => {
  await signIn(page, "medway.hwb.secretariat@demo.example.org");
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
  await page.goto(hwbCalendar);
  await page
    .getByRole("link", { name: /^Record event for clause 2\.3/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Record an event" })).toBeVisible();
  await page.getByRole("button", { name: "Record event" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("What happened is required");
  await expectAccessible(page);
  await page.getByLabel("What is happening").fill("The Joint Health and Wellbeing Strategy refresh has started");
  const recipient = page.getByLabel("Who it is for");
  if (await recipient.count()) await recipient.selectOption({ index: 1 });
  await page.getByRole("button", { name: "Record event" }).click();
  await page.waitForURL(/\/areas\/medway\/items\//);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "The Joint Health and Wellbeing Strategy refresh has started",
  );
  await expect(page.getByRole("heading", { level: 3, name: "Event recorded" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Note", { exact: true }).fill("Draft circulated to the safeguarding boards' business managers");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Note added." })).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Note", exact: true }) }),
  ).toContainText("Draft circulated");
});
