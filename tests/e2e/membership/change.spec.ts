import { expect, expectAccessible, otherUser, test } from "../fixtures";

test("an administrator ends the membership that satisfies a rule and sees the rule turn 'not met'", async ({
  login,
  browser,
}) => {
  const page = await login("admin");
  await page.goto("/areas/harrow/protocols");
  await page.getByRole("link", { name: /Protocol to set out joint arrangements/ }).click();
  const rules = page.getByRole("table", { name: "Membership rules" });
  await expect(rules.getByRole("row", { name: /^11 .* Met / })).toBeVisible();
  const protocolUrl = page.url();

  await page.goto("/areas/harrow/boards/LSCB");
  await page.getByRole("link", { name: "Manage members" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Manage members" })).toBeVisible();
  await expectAccessible(page);
  const leadMember = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: /Councillor Ophelia Placeholder, Member/ }) });

  // No date: named at the field, nothing ended.
  await leadMember.getByRole("button", { name: "End membership" }).click();
  await expect(leadMember.getByText("Enter a date as YYYY-MM-DD")).toBeVisible();
  await expect(leadMember.getByLabel("End date for Councillor Ophelia Placeholder")).toHaveAttribute(
    "aria-invalid",
    "true",
  );

  await leadMember.getByLabel("End date for Councillor Ophelia Placeholder").fill("2026-11-01");
  await leadMember.getByRole("button", { name: "End membership" }).click();
  await expect(page.getByRole("heading", { name: /Councillor Ophelia Placeholder, Member/ })).toHaveCount(0);

  await page.goto(protocolUrl);
  const row = page.getByRole("table", { name: "Membership rules" }).getByRole("row", { name: /^11 / });
  await expect(row).toContainText("Not met");
  await expect(row).toContainText("does not sit on LSCB");
  await expectAccessible(page);

  // The board page lists the vacancy; its secretariat sees it on their home page.
  await page.goto("/areas/harrow/boards/LSCB");
  await expect(
    page.getByRole("heading", { name: "Vacancies against the protocols" }).locator("xpath=following-sibling::ul[1]"),
  ).toContainText("does not sit on LSCB");
  const secretariat = await otherUser(browser, "harrow.lscb.secretariat@demo.example.org");
  await expect(
    secretariat.page
      .getByRole("table", { name: "Membership rules needing attention" })
      .getByRole("row", { name: /^11 .* Not met/ }),
  ).toBeVisible();
  await expectAccessible(secretariat.page);
  await secretariat.close();

  // The LSCB's chair sees it on the chair's dashboard.
  const chair = await otherUser(browser, "harrow.lscb.chair@demo.example.org");
  await expect(
    chair.page
      .getByRole("table", { name: "Membership rules needing attention" })
      .getByRole("row", { name: /^11 .* Not met/ }),
  ).toBeVisible();
  await expectAccessible(chair.page);
  await chair.close();
});
