import { expect, expectAccessible, signIn, test } from "../fixtures";

test("an administrator creates a new protocol version, each party's chair signs off, and it comes into force", async ({
  login,
  browser,
}) => {
  const page = await login("admin");
  await page.goto("/areas/knowsley/protocols");
  await page
    .getByRole("link", { name: /Partnership Protocol between the Knowsley/ })
    .first()
    .click();
  await expect(page.getByText("Next review")).toBeVisible();
  await page.getByRole("button", { name: "Create a new version (draft)" }).click();
  // Another spec may be copying a protocol at the same moment: SQLite runs the two copies one after the other.
  await expect(page.getByRole("link", { name: "Previous: version 2 (agreed)" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("draft", { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  const draftUrl = page.url();

  // Edit a rule on the draft with the preview open: 9.1's annual review, now "in April".
  await page.getByRole("link", { name: "Edit the rule: Review the protocol annually" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit a rule" })).toBeVisible();
  const preview = page.getByRole("table", { name: "Items the rule would produce" });
  await expect(preview.getByRole("row")).toHaveCount(2);
  await expect(preview).toContainText("To schedule");
  await page.getByLabel("From month (optional)").selectOption({ label: "April" });
  await expect(page.getByText("A window needs both a fromMonth and a toMonth")).toBeVisible();
  await page.getByLabel("To month (optional)").selectOption({ label: "April" });
  await expect(preview).toContainText(/\d{4}-04-01 to \d{4}-04-30/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save rule" }).click();
  await expect(page).toHaveURL(draftUrl);
  await expect(page.getByText("Review the protocol annually (annual, will)")).toBeVisible();

  for (const board of ["Health and Wellbeing Board", "Safeguarding Children Board"]) {
    const context = await browser.newContext();
    const chair = await context.newPage();
    await signIn(
      chair,
      board.startsWith("Health") ? "knowsley.hwb.chair@demo.example.org" : "knowsley.kscb.chair@demo.example.org",
    );
    await expect(chair.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
    await chair.goto(draftUrl);
    // A chair sees only their own board's button.
    await expect(chair.getByRole("button", { name: /^Sign off for / })).toHaveCount(1);
    await chair.getByRole("button", { name: `Sign off for Knowsley ${board}` }).click();
    await expect(chair.getByRole("status")).toContainText(
      board.startsWith("Health") ? "1 party still to sign" : "this version is now agreed and in force",
    );
    await expectAccessible(chair);
    await context.close();
  }

  await page.reload();
  await expect(page.getByRole("link", { name: "Previous: version 2 (superseded)" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create a new version (draft)" })).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: "Membership rules" })
      .getByRole("row", { name: /6\.8 .* Met/ })
      .first(),
  ).toBeVisible();
});
