import { expect, expectAccessible, otherUser, test } from "../fixtures";

/**
 * Issue 11's timings through the rule editor to a generated calendar. Harrow: no other spec writes
 * its rules or its calendar. The dates below are counted by hand from the HWBB's demo meetings of
 * FY2026/27 (src/seed-data/harrow.ts) and England and Wales bank holidays: fifteen working days
 * after a Tuesday meeting is three weeks later, except across Easter 2027 (Good Friday 26 March,
 * Easter Monday 29 March), which pushes the March meeting's minutes two working days on.
 */
const MINUTES = "The HWBB sends its draft minutes to the LSCB";
const REVIEW = "The boards review this protocol together";
const MINUTES_DUE: [meeting: string, due: string][] = [
  ["2026-06-09", "2026-06-30"],
  ["2026-07-21", "2026-08-11"],
  ["2026-09-22", "2026-10-13"],
  ["2026-11-17", "2026-12-08"],
  ["2027-01-19", "2027-02-09"],
  ["2027-03-16", "2027-04-08"],
];
/** Signed on 15 January 2025: biennially from then falls on 15 January 2027, in FY2026/27. */
const SIGNED = "2025-01-15";
const REVIEW_DUE = "2027-01-15";

const longDate = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });

test("an administrator encodes 'within 15 working days of each meeting' and 'biennially from signature', and the generated year matches", async ({
  login,
  browser,
}) => {
  test.setTimeout(240_000);
  const page = await login("admin");
  await page.goto("/areas/harrow/protocols");
  await page.getByRole("link", { name: "New protocol" }).click();
  const title = `Harrow minutes and review protocol ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Harrow Health and Wellbeing Board (HWBB)").check();
  await page.getByLabel("Harrow Local Safeguarding Children Board (LSCB)").check();
  await page.getByRole("button", { name: "Create the draft protocol" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Clauses" })).toBeVisible();
  for (const [ref, text] of [
    [
      "4.2",
      "Draft minutes will be circulated within 15 working days of each meeting of the Health and Wellbeing Board.",
    ],
    ["9.1", "This protocol will be reviewed biennially from the date of signature."],
  ]) {
    await page.getByLabel("Reference").fill(ref!);
    await page.getByLabel("Text").fill(text!);
    await page.getByRole("button", { name: "Add the clause" }).click();
    await expect(page.getByRole("status")).toContainText(`Clause ${ref} added.`);
  }
  const clausesUrl = page.url();

  // 4.2: each meeting of the HWBB, 15 working days after.
  await page.getByRole("link", { name: "Add a duty from clause 4.2" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a rule" })).toBeVisible();
  await page.getByLabel("The duty, in a sentence").fill(MINUTES);
  await page
    .getByRole("group", { name: "Owed by" })
    .getByLabel(/^HWBB: /)
    .check();
  await page
    .getByRole("group", { name: "Owed to (one item each)" })
    .getByLabel(/^LSCB: /)
    .check();
  await page.getByLabel("How often").selectOption("each-meeting");
  await page.getByLabel("Meetings of").selectOption("HWBB");
  await page.getByLabel("When, against each meeting").selectOption("offset");
  const offset = page.getByRole("group", { name: "How long before or after each meeting" });
  // An offset with no amount is named at its field.
  await expect(page.getByText("The offset must be a number")).toBeVisible();
  await expect(offset.getByLabel("How many")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await offset.getByLabel("How many").fill("15");
  await offset.getByLabel("Counted in").selectOption("working-days");
  await offset.getByLabel("Before or after").selectOption("after");
  const items = page.getByRole("table", { name: "Items the rule would produce" });
  await expect(items.getByRole("row")).toHaveCount(MINUTES_DUE.length + 1);
  for (const [meeting, due] of MINUTES_DUE)
    await expect(items.getByRole("row").filter({ hasText: due })).toContainText(meeting);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save rule" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const protocolUrl = page.url();
  await expectAccessible(page);

  // 9.1: every 2 years from the date of signature.
  await page.goto(clausesUrl);
  await page.getByRole("link", { name: "Add a duty from clause 9.1" }).click();
  await page.getByLabel("Kind of duty").selectOption("review");
  await page.getByLabel("The duty, in a sentence").fill(REVIEW);
  await page
    .getByRole("group", { name: "Owed by" })
    .getByLabel(/^HWBB: /)
    .check();
  await page
    .getByRole("group", { name: "Owed to (one item each)" })
    .getByLabel(/^LSCB: /)
    .check();
  await page.getByLabel("How often").selectOption("interval");
  await page.getByLabel("Every", { exact: true }).fill("2");
  await page.getByLabel("Months or years").selectOption("years");
  await expect(page.getByText("Enter a date as YYYY-MM-DD").first()).toBeVisible();
  await page.getByLabel(/^Counted from/).fill(SIGNED);
  await expect(items.getByRole("row")).toHaveCount(2);
  await expect(items.getByRole("row").nth(1)).toContainText(REVIEW_DUE);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save rule" }).click();
  await expect(page).toHaveURL(protocolUrl);
  await expectAccessible(page);

  // Both chairs sign; the second signature puts it in force.
  for (const [email, expected] of [
    ["harrow.hwbb.chair@demo.example.org", "1 party still to sign"],
    ["harrow.lscb.chair@demo.example.org", "this version is now agreed and in force"],
  ] as const) {
    const chair = await otherUser(browser, email);
    await chair.page.goto(protocolUrl);
    await chair.page.getByRole("button", { name: /^Sign off for / }).click();
    await expect(chair.page.getByRole("status")).toContainText(expected);
    await expectAccessible(chair.page);
    await chair.close();
  }

  // The HWBB's year, regenerated: the new items, on the dates counted by hand.
  await page.goto("/areas/harrow/boards/HWBB/calendar/generate?fy=2026");
  await expect(page.getByRole("heading", { level: 1, name: "Generate the FY2026/27 calendar" })).toBeVisible();
  const created = page.getByRole("table", { name: "New items" });
  const dues = async (duty: string) =>
    (await created.getByRole("row").filter({ hasText: duty }).getByRole("rowheader").allTextContents()).map((t) =>
      t.trim(),
    );
  expect((await dues(MINUTES)).sort()).toEqual(MINUTES_DUE.map(([, due]) => longDate(due)).sort());
  for (const [meeting, due] of MINUTES_DUE)
    await expect(
      created
        .getByRole("row")
        .filter({ hasText: MINUTES })
        .filter({ hasText: longDate(due) }),
    ).toContainText(longDate(meeting));
  expect(await dues(REVIEW)).toEqual([longDate(REVIEW_DUE)]);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirm and generate FY2026/27" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Calendar generated" })).toBeVisible();
  await expectAccessible(page);
  const calendar = page.getByRole("main");
  await expect(calendar).toContainText(MINUTES);
  await expect(calendar).toContainText(REVIEW);
});
