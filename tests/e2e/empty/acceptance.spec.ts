import { expect, test } from "@playwright/test";
import { expectAccessible } from "../fixtures";

test("an empty install shows the sign-in page and no demo data", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Email address").fill("admin@demo.example.org");
  await page.getByLabel("Password").fill("demo-portal-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/email address or password/i).first()).toBeVisible();
});
