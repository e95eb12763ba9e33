import { expect, expectAccessible, test } from "../fixtures";

test("a member reveals a capacity's term in the matrix by keyboard focus and by hover, and dismisses it with Escape", async ({
  login,
}) => {
  const page = await login("kentHwbMember");
  await page.goto("/areas/kent/membership");
  const matrix = page.getByRole("table", { name: /Membership matrix for Kent/ });
  const row = matrix.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Montgomery Specimen/ }) });
  const chwbTerm = row.locator("[data-term-popover]").first();
  await expect(chwbTerm).toHaveText("Representing Independent, from 2 October 2023 with no end date");
  await expect(chwbTerm).toBeHidden();

  // Keyboard: from the person's link, Tab reaches the first capacity (CHWB, member) and shows its term.
  await row.getByRole("link", { name: "Montgomery Specimen" }).focus();
  await page.keyboard.press("Tab");
  const member = row.getByRole("button", {
    name: /^Member\W+Representing Independent, from 2 October 2023 with no end date$/,
  });
  await expect(member).toBeFocused();
  await expect(chwbTerm).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(chwbTerm).toBeHidden();
  await expect(member).toBeFocused();

  // Pointer: hovering the KSCB chair shows its term, which stays while the pointer moves onto it.
  await page.getByRole("heading", { level: 1, name: "Membership" }).click();
  await expect(member).not.toBeFocused();
  await expect(chwbTerm).toBeHidden();
  const chair = row.getByRole("button", { name: /^Chair\W+Representing Independent/ });
  await chair.hover();
  const chairTerm = chair.locator("xpath=following-sibling::*[@data-term-popover][1]");
  await expect(chairTerm).toBeVisible();
  // It stays while the pointer moves from the capacity onto the term (WCAG 2.2 1.4.13, hoverable).
  const from = (await chair.boundingBox())!;
  const box = (await chairTerm.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, box.y + 4, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  await expect(chairTerm).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(chairTerm).toBeHidden();
});
