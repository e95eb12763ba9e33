import { expect, expectAccessible, test } from "../fixtures";

test("a global administrator creates an area, adds a board to it, and edits the board", async ({ login }) => {
  const page = await login("admin");
  const slug = `e2e-sussex-${Date.now().toString(36)}`;

  await page.goto("/admin");
  await page.getByRole("link", { name: /^Areas: create, rename and archive areas/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Areas" })).toBeVisible();
  await expectAccessible(page);

  // A bad key is named at its field, and nothing is created.
  await page.getByLabel("Key", { exact: true }).fill("West Sussex");
  await page.getByLabel("Name", { exact: true }).fill("West Sussex");
  await page.getByRole("button", { name: "Create the area" }).click();
  await expect(page.getByRole("link", { name: /A key may contain only lower-case letters/ })).toBeVisible();
  await expect(page.getByLabel("Key", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await page.getByLabel("Key", { exact: true }).fill(slug);
  await page.getByRole("button", { name: "Create the area" }).click();
  await expect(page.getByRole("status")).toContainText(`Area West Sussex (${slug}) created.`);

  await page.goto(`/areas/${slug}/boards`);
  await page.getByRole("link", { name: "Add a board" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a board" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Name", { exact: true }).fill("West Sussex Community Safety Partnership");
  await page.getByLabel("Key in this area").fill("WSCSP");
  await page.getByLabel("Acronym").fill("WSCSP");
  await page.getByLabel("Kind of board").selectOption({ label: "Community Safety Partnership" });
  await page.getByLabel("The board is statutory").check();
  await page.getByLabel("Statutory basis (optional)").fill("Crime and Disorder Act 1998");
  await page.getByLabel("Month its year starts").selectOption({ label: "April" });
  await page.getByLabel("Contact (optional)").fill("csp@westsussex.example.org");
  await page.getByRole("button", { name: "Add the board" }).click();

  await expect(
    page.getByRole("heading", { level: 1, name: "West Sussex Community Safety Partnership (WSCSP)" }),
  ).toBeVisible();
  await expect(page.getByText("csp@westsussex.example.org")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Edit the board" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Edit West Sussex/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Name", { exact: true }).fill("West Sussex Safer Communities Partnership");
  await page.getByLabel("The board has an independent chair").check();
  await page.getByRole("button", { name: "Save the board" }).click();

  await expect(
    page.getByRole("heading", { level: 1, name: "West Sussex Safer Communities Partnership (WSCSP)" }),
  ).toBeVisible();
  await expect(page.getByText("Independent chair")).toBeVisible();
  await page.goto(`/areas/${slug}/boards`);
  await expect(page.getByRole("link", { name: "West Sussex Safer Communities Partnership" })).toBeVisible();
  await expectAccessible(page);
});

test("a global administrator edits the vocabularies and is told what is wrong with an area file", async ({ login }) => {
  const page = await login("admin");
  const key = `e2e-co-opted-${Date.now().toString(36)}`;

  await page.goto("/admin");
  await page.getByRole("link", { name: /^Vocabularies:/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vocabularies" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "community-safety-partnership", exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Key of the new capacity").fill(key);
  await page.getByLabel("Name of the new capacity").fill("Co-opted member");
  await page.getByRole("button", { name: "Add the capacity" }).click();
  await expect(page.getByRole("status")).toContainText(`Added the capacity Co-opted member (${key}).`);
  await expect(page.getByRole("rowheader", { name: key, exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/admin");
  await page.getByRole("link", { name: /^Import an area from its file/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import an area" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Area file").setInputFiles({
    name: "area.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ format: "board-governance-portal/area", version: 1 })),
  });
  await page.getByRole("button", { name: "Preview the import" }).click();
  await expect(page.getByRole("link", { name: /^area: / }).first()).toBeVisible();
  await expect(page.getByLabel("Area file")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});
