import { expect, expectAccessible, test } from "../fixtures";

test("the accessibility statement is public and linked from every page's footer", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page.getByRole("heading", { level: 1, name: "Accessibility statement" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Enforcement procedure" })).toBeVisible();
  await expectAccessible(page);
});

test("the notes API answers in JSON: signed out 401, cross-site 403, bad input 400 at its field, unknown item 404", async ({
  login,
  page,
}) => {
  const signedOut = await page.request.post("/api/items/anything/notes", { data: { text: "Hello" } });
  expect(signedOut.status()).toBe(401);
  expect(await signedOut.json()).toMatchObject({ error: expect.stringMatching(/^Sign in/) });

  await login("kentHwbSecretariat");
  await expectAccessible(page);
  const crossSite = await page.request.post("/api/items/anything/notes", {
    data: { text: "Hello" },
    headers: { Origin: "https://attacker.example" },
  });
  expect(crossSite.status()).toBe(403);

  const tooLong = await page.request.post("/api/items/anything/notes", { data: { text: "x".repeat(2001) } });
  expect(tooLong.status()).toBe(400);
  expect(await tooLong.json()).toEqual({
    error: "Check the note",
    fieldErrors: { text: ["Keep the note to 2,000 characters or fewer"] },
  });

  const notJson = await page.request.post("/api/items/anything/notes", {
    data: "text=Hello",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
  expect(notJson.status()).toBe(400);

  const unknown = await page.request.post("/api/items/no-such-item/notes", { data: { text: "Report circulated" } });
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({ error: "The item was not found", fieldErrors: {} });
});
