import { expect, expectAccessible, test } from "../fixtures";

test("an administrator adds an organisation and a person, gives them a membership, and imports people from a CSV file", async ({
  login,
}) => {
  const page = await login("admin");
  const n = Date.now().toString(36).replace(/\d/g, "");
  const organisation = `Widnes Youth Trust ${n}`;
  const person = `Zara Testington${n}`;

  // An organisation of Halton.
  await page.goto("/areas/halton/organisations");
  await expect(page.getByRole("heading", { level: 1, name: "Organisations" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Add organisation" }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toContainText("Organisation name is required");
  await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await page.getByLabel("Name", { exact: true }).fill(organisation);
  await page.getByLabel("Kind of organisation").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page.getByRole("status")).toHaveText(`${organisation} added.`);
  await expect(page.getByRole("table", { name: "Organisations in Halton" })).toContainText(organisation);

  // A person, then their page.
  await page.goto("/areas/halton/people");
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Full name").fill(person);
  await page.getByLabel("Email address (optional)").fill("not-an-email");
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Enter an email address in the correct format",
  );
  await page.getByLabel("Email address (optional)").fill(`zara.${n}@example.org`);
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("heading", { level: 1, name: person })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(`${person} added.`);
  await expectAccessible(page);

  // A membership from their page.
  await page.getByLabel("Board", { exact: true }).selectOption({ label: "Halton Safeguarding Children Board (HSCB)" });
  await page.getByLabel("Capacity").selectOption({ label: "Member" });
  await page.getByLabel("Representing").selectOption({ label: organisation });
  await page.getByLabel("From", { exact: true }).fill("2026-04-01");
  await page.getByRole("button", { name: "Add membership" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Member added." })).toBeVisible();
  await expect(page.getByRole("table", { name: "Board memberships" })).toContainText(
    "Halton Safeguarding Children Board (HSCB)",
  );
  await expect(page.getByText("Change or end membership of HSCB (Member)")).toBeVisible();
  await expectAccessible(page);

  // A file with one bad row: the row's error at its field, and nothing written.
  await page.goto("/areas/halton/people/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import people and memberships" })).toBeVisible();
  await expectAccessible(page);
  const header = "name,email,organisation,board,capacity,from,to";
  const rows = (board: string) =>
    [
      header,
      `Ivy Importer${n},ivy.${n}@example.org,${organisation},HSCB,Vice-chair,01/04/2026,`,
      `Otto Onboard${n},,${organisation},${board},member,2026-05-01,2027-03-31`,
    ].join("\n");
  const upload = async (csv: string) => {
    await page
      .getByLabel("CSV file")
      .setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Preview the import" }).click();
  };
  await upload(rows("NOPE"));
  await expect(page.getByText("1 of 2 rows is in error")).toBeVisible();
  const preview = page.getByRole("table", { name: "What importing the file would do, row by row" });
  await expect(preview.getByRole("row", { name: /Row 3/ })).toContainText('No board of this area has the key "NOPE"');
  await expect(preview.getByRole("row", { name: /Row 2/ })).toContainText("New person");
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto("/areas/halton/people");
  await expect(page.getByRole("table", { name: "People in Halton" })).not.toContainText(`Ivy Importer${n}`);

  // Corrected: previewed, then imported.
  await page.goto("/areas/halton/people/import");
  await upload(rows("HHWB"));
  await expect(page.getByRole("status")).toHaveText("2 rows: 2 new people, 2 new memberships, 0 already recorded.");
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByRole("status")).toHaveText("Imported 2 new people and 2 new memberships.");
  await expectAccessible(page);
  await page.goto("/areas/halton/people");
  const people = page.getByRole("table", { name: "People in Halton" });
  await expect(people).toContainText(`Ivy Importer${n}`);
  await people.getByRole("link", { name: `Otto Onboard${n}` }).click();
  await expect(page.getByRole("table", { name: "Board memberships" })).toContainText("1 May 2026 to 31 March 2027");
  await expectAccessible(page);
});
