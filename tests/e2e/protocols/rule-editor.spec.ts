import { expect, expectAccessible, test } from "../fixtures";

/** Kent's protocol: a draft of it is edited here and never signed, so Kent's calendar stays as it is. */
test("an administrator edits a membership rule, creates, retires and restores rules on a draft, with live previews", async ({
  login,
}) => {
  // One journey through a draft (a protocol has one draft at a time), with an axe scan at each step.
  test.setTimeout(180_000);
  const page = await login("admin");
  await page.goto("/areas/kent/protocols");
  await page
    .getByRole("link", { name: /Protocol on the working arrangements between the Kent/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/areas\/kent\/protocols\/[^/]+$/);
  const agreedUrl = page.url();
  await expect(
    page.getByText("This version is agreed: its rules are read-only. Create a new version to change them."),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: /^Edit the rule/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Retire the rule/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Create a new version (draft)" }).click();
  // versions.spec.ts may be copying Knowsley's protocol at the same moment: SQLite runs the two copies in turn.
  await expect(page.getByRole("link", { name: "Previous: version 1 (agreed)" })).toBeVisible({ timeout: 20_000 });
  const draftUrl = page.url();
  expect(draftUrl).not.toBe(agreedUrl);
  await expectAccessible(page);

  // 3.5, the membership rule: its check today is the preview.
  await page.getByRole("link", { name: "Edit the rule: The Chair of the KSCB is a member of the CHWB" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit a rule" })).toBeVisible();
  const preview = page.getByRole("region", { name: /^Preview/ });
  await expect(preview).toContainText("Met");
  await expect(preview).toContainText("Montgomery Specimen (the chair of KSCB) sits on CHWB as member");
  await page.getByLabel("In the capacity").selectOption({ label: "Chair" });
  await expect(preview).toContainText("Not met");
  await expect(preview).toContainText("sits on CHWB as member, not as chair");
  await expectAccessible(page);
  // A bad rule: the message at its field, and no preview.
  await page.getByLabel("Board they must sit on").selectOption({ label: "KSCB: Kent Safeguarding Children Board" });
  await page.getByLabel("In the capacity").selectOption({ label: "Any capacity" });
  await expect(
    page.getByText(
      "That rule would always be met: whoever holds the capacity already sits on the board. Choose a different board or capacity",
    ),
  ).toBeVisible();
  await expect(page.getByLabel("Board they must sit on")).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Save rule" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText(
    "That rule would always be met",
  );
  await expect(page).not.toHaveURL(draftUrl);
  await expectAccessible(page);
  await page
    .getByLabel("Board they must sit on")
    .selectOption({ label: "CHWB: Kent Children's Health and Wellbeing Board" });
  await page.getByLabel("In the capacity").selectOption({ label: "Member" });
  await expect(preview).toContainText("Met");
  await page.getByRole("button", { name: "Save rule" }).click();
  await expect(page).toHaveURL(draftUrl);

  // A new duty, previewed through the calendar engine; an impossible cadence is named at its field.
  await page.getByRole("link", { name: "Add a rule to this draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a rule" })).toBeVisible();
  await page.getByLabel("Clause").selectOption({ label: "3.6" });
  await page.getByLabel("The duty, in a sentence").fill("The KSCB reports on its business plan to the HWB");
  await page.getByRole("group", { name: "Owed by" }).getByLabel("KSCB: Kent Safeguarding Children Board").check();
  await page
    .getByRole("group", { name: "Owed to (one item each)" })
    .getByLabel("HWB: Kent Health and Wellbeing Board")
    .check();
  await page.getByLabel("How often").selectOption("quarterly");
  const items = page.getByRole("table", { name: "Items the rule would produce" });
  await expect(items.getByRole("row")).toHaveCount(5);
  await page.getByLabel("How often").selectOption("min-per-year");
  await expect(page.getByText("min-per-year needs minPerYear: how many times a year, at least 1")).toBeVisible();
  await page.getByLabel("At least how many times a year").fill("2");
  await expect(items.getByRole("row")).toHaveCount(3);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save rule" }).click();
  await expect(page).toHaveURL(draftUrl);
  await expect(page.getByText("The KSCB reports on its business plan to the HWB", { exact: true })).toBeVisible();

  // A new membership rule: the Director of Public Health on the KSCB, not met today.
  await page.getByRole("link", { name: "Add a rule to this draft" }).click();
  await page.getByLabel("Clause").selectOption({ label: "3.5" });
  await page.getByLabel("Kind of duty").selectOption("membership");
  await page.getByLabel("The duty, in a sentence").fill("The Director of Public Health is a member of the KSCB");
  await page.getByLabel("Who must sit on the board").selectOption("post");
  await page.getByLabel("Post", { exact: true }).selectOption({ label: "Director of Public Health" });
  await page.getByLabel("Board they must sit on").selectOption({ label: "KSCB: Kent Safeguarding Children Board" });
  await expect(preview).toContainText("Not met");
  await expect(preview).toContainText("Dr Alistair Dummyfield (the Director of Public Health) does not sit on KSCB");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save rule" }).click();
  await expect(page).toHaveURL(draftUrl);

  // Retire the new duty, then undo it.
  await page.getByRole("button", { name: "Retire the rule: The KSCB reports on its business plan to the HWB" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Retired: “The KSCB reports on its business plan to the HWB”." }),
  ).toBeVisible();
  const restore = page.getByRole("button", {
    name: "Restore the rule: The KSCB reports on its business plan to the HWB",
  });
  await expect(restore).toBeVisible();
  await expect(
    page
      .getByRole("listitem")
      .filter({ hasText: "The KSCB reports on its business plan to the HWB" })
      .getByText("Retired", { exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Edit the rule: The KSCB reports on its business plan to the HWB" }),
  ).toHaveCount(0);
  await expectAccessible(page);
  await restore.click();
  await expect(
    page.getByRole("button", { name: "Retire the rule: The KSCB reports on its business plan to the HWB" }),
  ).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Edit the rule: The KSCB reports on its business plan to the HWB" }),
  ).toBeVisible();

  // The agreed version still reads as before, and is read-only.
  await page.goto(agreedUrl);
  await expect(page.getByText("The KSCB reports on its business plan to the HWB", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Next: version 2 (draft)" })).toBeVisible();
  await expect(
    page.getByText("This version is agreed: its rules are read-only. Rules are changed on a draft version."),
  ).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Membership rules" }).getByRole("row", { name: /3\.5 .* Met / }),
  ).toBeVisible();
  await expectAccessible(page);
});
