import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "../fixtures";

const boardUrl = "/areas/kent/boards/HWB";

async function openAddMeeting(page: Page) {
  await page.goto(boardUrl);
  await page.getByText("Add a meeting").click();
}

test("the board's secretariat adds a meeting and sees it listed", async ({ login }) => {
  const page = await login("kentHwbSecretariat");
  await openAddMeeting(page);
  await page.getByLabel("Date").fill("2027-02-17");
  await page.getByLabel("Start time").fill("09:30");
  await page.getByLabel("Location (optional)").fill("Sessions House, Darent Room");
  await page.getByRole("button", { name: "Add meeting" }).click();
  await expect(page.getByRole("status")).toContainText("Meeting added for 2027-02-17 at 09:30");
  await expect(
    page.getByRole("row", { name: /Wednesday 17 February 2027 09:30 Sessions House, Darent Room/ }),
  ).toBeVisible();
  await expectAccessible(page);
});

test("a bad date is named at its field, the input is kept, and nothing is added", async ({ login }) => {
  const page = await login("kentHwbChair");
  await openAddMeeting(page);
  await page.getByLabel("Date").fill("1999-12-31");
  await page.getByLabel("Location (optional)").fill("Somewhere kept");
  await page.getByRole("button", { name: "Add meeting" }).click();
  await expect(page.getByRole("link", { name: "Enter a date between 2000 and 2099" })).toBeVisible();
  await expect(page.getByLabel("Date")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Location (optional)")).toHaveValue("Somewhere kept");
  await expectAccessible(page);
  await page.goto(boardUrl);
  await expect(page.getByRole("row", { name: /31 December 1999/ })).toHaveCount(0);
});

/** The add-meeting form as the secretariat's browser received it, hidden action fields included. */
async function captureForm(page: Page) {
  await openAddMeeting(page);
  return page.locator("form:has(input[name=boardId])").evaluate((f) => f.outerHTML);
}

/** Posts the captured form's fields from another session as a hand-made request, bypassing the UI. */
async function replay(page: Page, formHtml: string, date: string) {
  await page.goto(boardUrl);
  const fields = await page.evaluate((html) => {
    const holder = document.createElement("div");
    holder.innerHTML = html;
    return [...new FormData(holder.querySelector("form")!).entries()].map(
      ([k, v]) => [k, typeof v === "string" ? v : v.name] as [string, string],
    );
  }, formHtml);
  const multipart = Object.fromEntries(fields.map(([k, v]) => [k, k === "date" ? date : v]));
  const response = await page.request.post(boardUrl, { multipart });
  return response.status();
}

test("the server action refuses a board member even when they post the form by hand", async ({ browser, login }) => {
  const secretariat = await login("kentHwbSecretariat");
  const formHtml = await captureForm(secretariat);

  // Control: the same replay from the secretariat's own session is accepted.
  expect(await replay(secretariat, formHtml, "2027-03-03")).toBe(200);
  await secretariat.goto(boardUrl);
  await expect(secretariat.getByRole("row", { name: /Wednesday 3 March 2027/ })).toBeVisible();

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await member.goto("/sign-in");
  await member.getByLabel("Email address").fill("kent.hwb.member@demo.example.org");
  await member.getByLabel("Password").fill("demo-portal-2026");
  await member.getByRole("button", { name: "Sign in" }).click();
  await expect(member.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
  await member.goto(boardUrl);
  await expect(member.getByText("Add a meeting")).toHaveCount(0);
  await expectAccessible(member);
  expect(await replay(member, formHtml, "2027-03-10")).toBe(200);
  await memberContext.close();

  await secretariat.goto(boardUrl);
  await expect(secretariat.getByRole("row", { name: /Wednesday 10 March 2027/ })).toHaveCount(0);
});
