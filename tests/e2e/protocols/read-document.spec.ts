import { expect, expectAccessible, otherUser, test } from "../fixtures";

/**
 * Issue 12 end to end: a protocol document read into a draft, its proposals reviewed, signed and
 * generated. The text is made up for this test, as a memorandum with lettered sections (unlike the
 * seeds' numbered clauses), between Medway's HWB and MSCB. Medway: the only other spec that writes a
 * Medway protocol leaves it a draft, and this one generates only the MSCB's year.
 */
const TITLE = "MEMORANDUM OF UNDERSTANDING ON CHILDREN'S HEALTH AND SAFETY IN MEDWAY";
const TEXT = `${TITLE}

Between the Medway Health and Wellbeing Board ("the HWB") and the Medway Safeguarding Children Board ("the MSCB")

A. Purpose

A1. This memorandum records how the two boards work together so that the health and safety of children in Medway are planned for jointly.

B. What each board provides

B1. The MSCB will present its annual report to the HWB in October each year.

B2. The HWB will send its draft joint health and wellbeing strategy to the MSCB for comment by 31 January each year.

B3. The MSCB must share its business plan with the HWB between March and April each year.

B4. The HWB will report on the joint strategic needs assessment to the MSCB in July each year.

C. Working arrangements

C1. The boards will share information as appropriate.

C2. The chairs of the HWB and the MSCB will meet at least twice a year.

D. Review

D1. This memorandum will be reviewed by both boards in June each year.
`;
const EDITED = "The HWB sends its draft strategy to the MSCB for comment";

test("an administrator reads a protocol document, reviews its proposals, both chairs sign, and the year is generated", async ({
  login,
  browser,
}) => {
  test.setTimeout(240_000);
  const page = await login("admin");
  await page.goto("/areas/medway/protocols/read");
  await expect(page.getByRole("heading", { level: 1, name: "Read a protocol from a document" })).toBeVisible();
  await page.getByLabel("Protocol document").setInputFiles({
    name: "medway-memorandum.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(TEXT, "utf8"),
  });
  await page.getByRole("button", { name: "Read the document" }).click();

  // The review page: the clauses as printed, the parties matched, a descriptive clause and a gap.
  await expect(page.getByRole("heading", { level: 1, name: "Review the proposed rules" })).toBeVisible({
    timeout: 30_000,
  });
  const reviewUrl = page.url();
  expect(reviewUrl).toMatch(/\/areas\/medway\/protocols\/[^/]+\/review$/);
  await expect(page.getByText("7 of 7 proposals not yet reviewed")).toBeVisible();
  for (const ref of ["A1", "B1", "B2", "B3", "B4", "C1", "C2", "D1"])
    await expect(page.getByRole("heading", { level: 3, name: `Clause ${ref}` })).toBeVisible();
  const parties = page.locator("#parties + ul");
  await expect(
    parties
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Medway Health and Wellbeing Board", exact: true }) }),
  ).toContainText("Medway Health and Wellbeing Board (HWB)");
  await expect(
    parties
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Medway Safeguarding Children Board", exact: true }) }),
  ).toContainText("Medway Safeguarding Children Board (MSCB)");
  await expect(parties).not.toContainText("Not in the area");
  await expect(page.getByText("Descriptive (no duty)")).toHaveCount(1);
  await expect(page.locator("mark").filter({ hasText: /^in October$/ })).toBeVisible();
  const gaps = page.locator("li").filter({ hasText: "Clause C1" }).filter({ hasText: "Missing:" });
  await expect(gaps).toContainText("as appropriate");
  await expectAccessible(page);

  // Accept three, reject the vague one.
  for (const ref of ["B1", "B3", "C2"]) {
    await page.getByRole("button", { name: new RegExp(`^Accept the proposal 1 from clause ${ref}:`) }).click();
    await expect(page.getByRole("status").filter({ hasText: `from clause ${ref}.` })).toBeVisible();
  }
  await page.getByRole("button", { name: /^Reject the proposal 1 from clause C1:/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Rejected the proposal from clause C1." })).toBeVisible();
  await expect(page.getByText("3 of 7 proposals not yet reviewed")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Put back the proposal 1 from clause C1:/ })).toBeVisible();
  await expectAccessible(page);

  // Edit one in the rule editor, filled in from the proposal, its preview working.
  await page.getByRole("link", { name: /^Edit the proposal 1 from clause B2:/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit the proposed rule" })).toBeVisible();
  await expect(page.getByLabel("Clause").locator("option:checked")).toHaveText("B2");
  await expect(page.getByLabel("The duty, in a sentence")).toHaveValue(/^HWB → MSCB: send its draft joint health/);
  const preview = page.getByRole("table", { name: "Items the rule would produce" });
  await expect(preview.getByRole("row")).toHaveCount(2);
  await page.getByLabel("The duty, in a sentence").fill(EDITED);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save rule" }).click();
  await expect(page).toHaveURL(reviewUrl);
  await expect(page.getByText("2 of 7 proposals not yet reviewed")).toBeVisible();
  await expect(page.getByText("3 accepted, 1 edited, 1 rejected.")).toBeVisible();
  await expect(
    page.getByRole("link", { name: /^See the rule made from the proposal 1 from clause B2:/ }),
  ).toBeVisible();

  // Only what is still to review, then the protocol's page for sign-off.
  await page.getByRole("link", { name: /^Not yet reviewed only/ }).click();
  await expect(page.getByRole("heading", { level: 3, name: /^Clause / })).toHaveCount(2);
  await expectAccessible(page);
  const protocolUrl = reviewUrl.replace(/\/review$/, "");
  await page.goto(protocolUrl);
  await expect(page.getByText(EDITED, { exact: true })).toBeVisible();

  for (const [email, expected] of [
    ["medway.hwb.chair@demo.example.org", "1 party still to sign"],
    ["medway.mscb.chair@demo.example.org", "this version is now agreed and in force"],
  ] as const) {
    const chair = await otherUser(browser, email);
    await chair.page.goto(protocolUrl);
    await chair.page.getByRole("button", { name: /^Sign off for / }).click();
    await expect(chair.page.getByRole("status")).toContainText(expected);
    await chair.close();
  }

  // The MSCB's year: the accepted and edited duties it owes or receives are on it; the unreviewed one is not.
  await page.goto("/areas/medway/boards/MSCB/calendar/generate?fy=2026");
  await expect(page.getByRole("heading", { level: 1, name: "Generate the FY2026/27 calendar" })).toBeVisible();
  const created = page.getByRole("table", { name: "New items" });
  await expect(created).toContainText("present its annual report to the HWB in October each year");
  await expect(created).toContainText("share its business plan with the HWB between March and April");
  await expect(created).toContainText(EDITED);
  await expect(created).not.toContainText("joint strategic needs assessment to the MSCB");
  await page.getByRole("button", { name: "Confirm and generate FY2026/27" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Calendar generated" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("present its annual report to the HWB in October each year");

  // Agreed: the review page shows the decisions, and no longer offers any.
  await page.goto(reviewUrl);
  await expect(page.getByText(/its proposals can no longer be reviewed/)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Accept / })).toHaveCount(0);
  await expectAccessible(page);
});
