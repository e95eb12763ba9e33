import { expect, expectAccessible, test } from "../fixtures";

/** Medway: no other spec touches it. The new protocol stays a draft, so no calendar changes. */
test("an administrator writes a protocol between two boards: its details, two clauses and a duty", async ({
  login,
}) => {
  test.setTimeout(180_000);
  const page = await login("admin");
  await page.goto("/areas/medway/protocols");
  await expectAccessible(page);
  await page.getByRole("link", { name: "New protocol" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New protocol" })).toBeVisible();
  await expectAccessible(page);

  // One party only: the message at the parties, nothing made.
  const title = `Medway joint working protocol ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await expect(page.getByLabel("Key")).toHaveValue(/^medway-joint-working-protocol-\d+$/);
  await page.getByLabel("Medway Health and Wellbeing Board (HWB)").check();
  await page.getByRole("button", { name: "Create the draft protocol" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText(
    "Choose at least two boards: a protocol is an agreement between boards",
  );
  await expectAccessible(page);

  await page.getByLabel("Medway Safeguarding Children Board (MSCB)").check();
  await page.getByLabel("Resolution route (optional)").fill("Director of Children's Services\nChief Executive");
  await page.getByRole("button", { name: "Create the draft protocol" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Clauses" })).toBeVisible();
  await expect(page.getByText("No clauses yet.")).toBeVisible();
  await expectAccessible(page);

  // Two clauses, references as printed; a repeated reference is refused at its field.
  await page.getByLabel("Reference").fill("3.1");
  await page.getByLabel("Heading (optional)").fill("Reports");
  await page.getByLabel("Text").fill("The MSCB will present its annual report to the HWB each autumn.");
  await page.getByRole("button", { name: "Add the clause" }).click();
  await expect(page.getByRole("status")).toContainText("Clause 3.1 added.");
  await page.getByLabel("Reference").fill("3.1");
  await page.getByLabel("Text").fill("Again.");
  await page.getByRole("button", { name: "Add the clause" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText(
    "This protocol already has a clause 3.1: each reference is used once",
  );
  await expect(page.getByLabel("Reference")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await page.getByLabel("Reference").fill("5.1(c)");
  await page.getByLabel("Text").fill("The chairs will meet at least twice a year.");
  await page.getByRole("button", { name: "Add the clause" }).click();
  await expect(page.getByRole("status")).toContainText("Clause 5.1(c) added.");
  await expect(page.getByRole("heading", { level: 2, name: "5.1(c)" })).toBeVisible();
  await expectAccessible(page);

  // Edit the second clause's heading, then move it first.
  await page.getByRole("link", { name: "Edit clause 5.1(c)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit clause 5.1(c)" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Heading (optional)").fill("Chairs' meetings");
  await page.getByRole("button", { name: "Save the clause" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Clauses" })).toBeVisible();
  await page.getByRole("button", { name: "Move up clause 5.1(c)" }).click();
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText("5.1(c) – Chairs' meetings");
  await expectAccessible(page);

  // A duty from clause 3.1, in the rule editor, the clause already chosen.
  await page.getByRole("link", { name: "Add a duty from clause 3.1" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a rule" })).toBeVisible();
  await expect(page.getByLabel("Clause")).toHaveValue(/.+/);
  await expect(page.getByLabel("Clause").locator("option:checked")).toHaveText("3.1");
  await page.getByLabel("The duty, in a sentence").fill("The MSCB presents its annual report to the HWB");
  await page
    .getByRole("group", { name: "Owed by" })
    .getByLabel(/^MSCB: /)
    .check();
  await page
    .getByRole("group", { name: "Owed to (one item each)" })
    .getByLabel(/^HWB: /)
    .check();
  await expect(page.getByRole("table", { name: "Items the rule would produce" }).getByRole("row")).toHaveCount(2);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save rule" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("The MSCB presents its annual report to the HWB", { exact: true })).toBeVisible();
  await expect(page.getByText("draft", { exact: true })).toBeVisible();
  await expectAccessible(page);
});
