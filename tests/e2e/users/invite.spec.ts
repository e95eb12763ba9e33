import { expect, expectAccessible, test } from "../fixtures";

test("an administrator invites a chair, who opens the link, sets a password and sees only their board", async ({
  login,
  browser,
}) => {
  const page = await login("admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: /^Users and roles/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Users and roles" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Invite a user" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Invite a user" })).toBeVisible();
  await expectAccessible(page);
  // A refusal first: errors at the fields, accessible.
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
  await expectAccessible(page);

  const email = `e2e.invitee.${Date.now()}@example.org`;
  await page.getByLabel("Full name").fill("Ellis Invitee");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("chair");
  const scope = page.getByLabel("Where the role applies");
  const hscb = await scope
    .locator("option", { hasText: "HSCB: Halton Safeguarding Children Board" })
    .getAttribute("value");
  await scope.selectOption(hscb);
  await page.getByRole("button", { name: "Send invitation" }).click();
  // No SMTP_URL on the test server: the link is shown to pass on.
  await expect(page.getByRole("status")).toContainText("give them this one-time link yourself");
  const link = (await page.getByTestId("invitation-link").textContent())!.trim();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Open their page" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ellis Invitee" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: /^Chair of HSCB/ })).toBeVisible();
  await expectAccessible(page);

  // The invitee, in their own browser.
  const context = await browser.newContext();
  const invitee = await context.newPage();
  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByRole("heading", { level: 1, name: "Set up your account" })).toBeVisible();
  await expect(invitee.getByText(`This invitation is for Ellis Invitee (${email})`)).toBeVisible();
  await expectAccessible(invitee);
  await invitee.getByLabel("Choose a password").fill("a long and private password");
  await invitee.getByLabel("Enter the password again").fill("a long and private password");
  await invitee.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(invitee.getByRole("heading", { level: 1, name: "Welcome, Ellis Invitee" })).toBeVisible();
  const boards = invitee.getByRole("table", { name: "Your boards" });
  await expect(boards.getByRole("row")).toHaveCount(2);
  await expect(boards.getByRole("rowheader", { name: "Halton Safeguarding Children Board (HSCB)" })).toBeVisible();
  await expectAccessible(invitee);

  // The link worked once.
  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByRole("heading", { level: 1, name: "This link cannot be used" })).toBeVisible();
  await expect(invitee.getByText("This link has already been used")).toBeVisible();
  await expectAccessible(invitee);
  await context.close();
});
