import { readFile } from "node:fs/promises";
import { expect, expectAccessible, test } from "../fixtures";

test("a secretariat user browses every section of their area, each page accessible", async ({ login }) => {
  const page = await login("kentHwbSecretariat");
  await page.getByRole("link", { name: "Kent Health and Wellbeing Board (HWB)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kent Health and Wellbeing Board (HWB)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Duties owed to this board" })).toBeVisible();
  await expectAccessible(page);

  const nav = page.getByRole("navigation", { name: "Area sections" });
  await nav.getByRole("link", { name: "Boards" }).click();
  await expect(page.getByRole("link", { name: "Kent and Medway Safeguarding Adults Board" })).toBeVisible();
  await expect(page.getByText("Shared: Medway and Kent")).toBeVisible();
  await expectAccessible(page);

  await nav.getByRole("link", { name: "Calendar" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Calendar" })).toBeVisible();
  await expect(page.getByRole("table", { name: "April 2026" })).toBeVisible();
  await expectAccessible(page);

  await nav.getByRole("link", { name: "Obligations" }).click();
  await expect(page.getByRole("rowheader", { name: "4.2" }).first()).toBeVisible();
  await page.getByLabel("Kind of duty").selectOption("review");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/kind=review/);
  await expect(page.getByRole("status")).toContainText(/Showing \d+ of \d+ duties/);
  await expectAccessible(page);

  await nav.getByRole("link", { name: "Membership" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Membership" })).toBeVisible();
  await expect(page.getByText(/\d boards/).first()).toBeVisible();
  await expectAccessible(page);

  await nav.getByRole("link", { name: "Protocols" }).click();
  await page
    .getByRole("link", { name: /Kent Health and Wellbeing Board/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 3, name: /^4\.2/ })).toBeVisible();
  // Kent 3.5: "The Chair of the KSCB will be a member of the CHWB", checked against today's members.
  await expect(
    page.getByRole("table", { name: "Membership rules" }).getByRole("row", { name: /3\.5 .* Met .*sits on CHWB/ }),
  ).toBeVisible();
  await expectAccessible(page);
});

test("a user cannot reach another area's boards", async ({ login }) => {
  test.info().annotations.push({ type: "expects-404" });
  const page = await login("kentHwbSecretariat");
  await expect(page.getByRole("link", { name: "Harrow" })).toHaveCount(0);
  const response = await page.goto("/areas/harrow/boards/LSCB");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expectAccessible(page);
});

test("an administrator switches between all five areas", async ({ login }) => {
  const page = await login("admin");
  await page.getByRole("link", { name: "Kent" }).click();
  const switcher = page.getByLabel("Switch area");
  // Other specs may add areas of their own (admin-areas-boards.spec.ts): the five demo areas are all there.
  await expect(switcher.locator("option", { hasText: "Halton" })).toHaveCount(1);
  expect(await switcher.locator("option").allTextContents()).toEqual(
    expect.arrayContaining(["Halton", "Harrow", "Kent", "Knowsley", "Medway"]),
  );
  await switcher.selectOption("knowsley");
  await page.getByRole("button", { name: "Go" }).click();
  await expect(page).toHaveURL(/\/areas\/knowsley\/boards$/);
  await expect(page.getByRole("link", { name: "Knowsley Strategic Board" })).toBeVisible();
  await expectAccessible(page);
});

test("Knowsley's membership table (6.8) is recognisable in its membership matrix, which exports as CSV", async ({
  login,
}) => {
  const page = await login("knowsleyHwbMember");
  await page.goto("/areas/knowsley/membership");
  const matrix = page.getByRole("table", { name: /Membership matrix for Knowsley/ });
  // 6.8: the DCS sits on the KSCB and the HWB, and supports the Strategic Board.
  const dcs = matrix.getByRole("row").filter({ hasText: "Director of Children's Services" });
  await expect(dcs).toContainText("Supporting officer");
  await expect(dcs.getByText("clause 6.8").first()).toBeVisible();
  await expect(matrix.getByRole("row").filter({ hasText: "Leader of the Council" })).toContainText("Chair");
  await expectAccessible(page);

  await page.getByLabel("Capacity").selectOption("supporting-officer");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Showing 2 of \d+ people\.$/);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download as CSV/ }).click();
  const csv = await readFile(await (await downloading).path(), "utf8");
  expect(csv.split("\r\n")[0]).toBe("person,posts,board,capacity,organisation,from,to,source");
  expect(csv).toContain(",KSB,Supporting officer,");

  await dcs.getByRole("link").first().click();
  await expect(page.getByRole("table", { name: "Board memberships" })).toContainText("Knowsley Strategic Board (KSB)");
  await expectAccessible(page);
});
