import { expect, expectAccessible, signIn, test } from "../fixtures";

test("a board's secretariat records a new holder of the board's post; an area-wide post is left to administrators", async ({
  page,
}) => {
  await signIn(page, "kent.chwb.secretariat@demo.example.org");
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome, / })).toBeVisible();
  await page.goto("/areas/kent/membership");
  await page.getByRole("link", { name: "Posts and their holders" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Posts" })).toBeVisible();
  const posts = page.getByRole("table", { name: "Posts in Kent" });
  const chairPost = posts
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Chair of the Children's Health and Wellbeing Board" }) });
  await expect(chairPost).toContainText("Councillor Henrietta Trialby, since 10 June 2025");
  await expect(
    posts
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "Director of Public Health" }) })
      .getByRole("link", { name: /Record a new holder/ }),
  ).toHaveCount(0);
  await expectAccessible(page);

  await chairPost
    .getByRole("link", { name: "Record a new holder of Chair of the Children's Health and Wellbeing Board" })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Chair of the Children's Health and Wellbeing Board" }),
  ).toBeVisible();

  // Nothing chosen: each problem named at its field, nothing recorded.
  await page.getByRole("button", { name: "Record the new holder" }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toContainText("Choose a person");
  await expect(summary).toContainText("Enter a date as YYYY-MM-DD");
  await expect(page.getByLabel("New holder")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  // A date on which a holder's term already starts is refused.
  await page.getByLabel("New holder").selectOption({ label: "Dr Alistair Dummyfield" });
  await page.getByLabel("Holds the post from").fill("2025-06-10");
  await page.getByRole("button", { name: "Record the new holder" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "10 June 2025 is already the start of a holder's term: choose a later date",
  );
  await expect(page.getByLabel("New holder")).toHaveValue(/.+/);

  await page.getByLabel("Holds the post from").fill("2026-12-01");
  await page.getByRole("button", { name: "Record the new holder" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Dr Alistair Dummyfield is recorded as the holder from 1 December 2026. The previous holder's term ends the day before.",
  );
  const holders = page.getByRole("table", { name: "Holders of Chair of the Children's Health and Wellbeing Board" });
  await expect(
    holders.getByRole("row", { name: /Dr Alistair Dummyfield 1 December 2026 Now From then/ }),
  ).toBeVisible();
  await expect(
    holders.getByRole("row", { name: /Councillor Henrietta Trialby 10 June 2025 30 November 2026 Current/ }),
  ).toBeVisible();
  await expectAccessible(page);

  // The person page lists the post, with its way back to the post.
  await holders.getByRole("link", { name: "Dr Alistair Dummyfield" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dr Alistair Dummyfield" })).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: "Posts" })
      .getByRole("row", { name: /Chair of the Children's Health and Wellbeing Board .* From then/ }),
  ).toBeVisible();
  await expectAccessible(page);
});
