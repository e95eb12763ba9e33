import { expect, expectAccessible, test } from "../fixtures";

/**
 * The secretariat's year of meetings: a series ("the second Tuesday of every other month from
 * September to July"), one meeting moved, one cancelled, a meeting's page and its printable list.
 * In 2034/35, where no other test puts a meeting.
 */
test("the secretariat adds a series, moves a meeting, cancels one and prints a meeting's items", async ({ login }) => {
  test.setTimeout(120_000);
  const page = await login("kentHwbSecretariat");
  await page.goto("/areas/kent/boards/HWB");
  await page.getByRole("link", { name: "Meetings: add a series, move or cancel a meeting" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
  await expectAccessible(page);

  // The series, previewed before anything is added.
  await page.getByRole("link", { name: "Add a series of meetings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a series of meetings" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("How often").selectOption("monthly-weekday");
  await page.getByLabel("Every how many months or weeks").fill("2");
  await page.getByLabel("Which week of the month (monthly on a weekday)").selectOption("2");
  await page.getByLabel("Day of the week (monthly on a weekday, or weekly)").selectOption("tuesday");
  await page.getByLabel("First date").fill("2034-09-01");
  await page.getByLabel("Last date").fill("2035-07-31");
  await page.getByLabel("Start time").fill("16:15");
  await page.getByLabel("Location (optional)").fill("Sessions House");
  await page.getByRole("button", { name: "Preview the dates" }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: "6 dates: the second Tuesday of every other month" }),
  ).toBeVisible();
  for (const date of [
    "Tuesday 12 September 2034",
    "Tuesday 14 November 2034",
    "Tuesday 9 January 2035",
    "Tuesday 13 March 2035",
    "Tuesday 8 May 2035",
    "Tuesday 10 July 2035",
  ])
    await expect(page.getByRole("row", { name: new RegExp(`${date} Added`) })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Add 6 meetings" }).click();
  await expect(page.getByRole("status")).toContainText("Added 6 meetings: the second Tuesday of every other month.");
  await expectAccessible(page);

  // Move the first meeting a week later.
  await page.getByRole("link", { name: "Go to the board's meetings" }).click();
  await page.getByRole("link", { name: "Tuesday 12 September 2034" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Meeting on Tuesday 12 September 2034" })).toBeVisible();
  await expectAccessible(page);
  await page.getByText("Move it, or change its time or location").click();
  await page.getByLabel("Date").fill("2034-09-19");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toContainText("Meeting changed: now 19 September 2034 at 16:15");
  await expectAccessible(page);

  // Cancel the second, with the reason; it stays, marked cancelled.
  await page.goto("/areas/kent/boards/HWB/meetings");
  await page.getByRole("link", { name: "Tuesday 14 November 2034" }).click();
  await page.getByText("Cancel the meeting").click();
  await page.getByLabel("Why is it cancelled?").fill("Clashes with the election count");
  await page.getByRole("button", { name: "Cancel this meeting" }).click();
  // The page refreshes as the cancelled meeting's, without the forms to change it.
  await expect(page.getByText("This meeting is cancelled.")).toBeVisible();
  await expect(page.getByText("Move it, or change its time or location")).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("This meeting is cancelled.")).toBeVisible();
  await expect(page.getByText("Reason: Clashes with the election count")).toBeVisible();
  await expectAccessible(page);

  // The meetings page lists it as cancelled, and the moved one on its new date.
  await page.goto("/areas/kent/boards/HWB/meetings");
  await expect(
    page.getByRole("row", { name: /Tuesday 14 November 2034 16:15 Sessions House Cancelled/ }),
  ).toBeVisible();
  await expect(page.getByRole("row", { name: /Tuesday 19 September 2034 16:15/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /Tuesday 12 September 2034/ })).toHaveCount(0);

  // A meeting's page and its printable list of statutory items.
  await page.getByRole("link", { name: "Tuesday 9 January 2035" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Due at this meeting" })).toBeVisible();
  await page.getByRole("link", { name: "Printable list of statutory items" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Statutory items: meeting on Tuesday 9 January 2035" }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("link", { name: "Back to the meeting" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 2, name: "Due at this meeting" })).toBeVisible();
});
