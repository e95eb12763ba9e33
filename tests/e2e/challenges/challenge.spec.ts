import type { Page } from "@playwright/test";
import { expect, expectAccessible, otherUser, signIn, test } from "../fixtures";

/**
 * Challenges between Halton's Health & Wellbeing Board and its Children's Trust under the joint
 * protocol's resolution process (44-45). Only challenges are touched here, and each test makes its
 * own, with a unique subject; the HSCB's flows belong to other tests.
 */

const HHWB_CHAIR = "halton.hhwb.chair@demo.example.org";
const HCT_CHAIR = "halton.hct.chair@demo.example.org";
const HHWB_MEMBER = "halton.hhwb.member@demo.example.org";
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function signedIn(page: Page, email: string) {
  await signIn(page, email);
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome, / })).toBeVisible();
}

async function chooseOption(page: Page, label: string, text: string) {
  const select = page.getByLabel(label, { exact: true });
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  await select.selectOption(value ?? "");
}

test("a chair raises a challenge citing clause 44, the other chair responds, and the first records it resolved", async ({
  page,
  browser,
}) => {
  // Two users, eleven pages, each scanned by axe: more than the default minute on a shared machine.
  test.slow();
  const subject = `Early help commissioning evidence ${unique()}`;
  await signedIn(page, HHWB_CHAIR);
  await page.goto("/areas/halton/boards/HHWB");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Raise a challenge from this board" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Raise a challenge" })).toBeVisible();
  await expect(page.getByLabel("Board raising the challenge")).toHaveValue(/.+/);
  await expectAccessible(page);

  // Nothing chosen: the error summary names each missing field, and the typed subject is kept.
  await page.getByLabel("Subject", { exact: true }).fill(subject);
  await page.getByRole("button", { name: "Raise challenge" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary.getByRole("link", { name: "Choose the board being challenged" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Enter the detail of the challenge" })).toBeVisible();
  await expect(page.getByLabel("Subject", { exact: true })).toHaveValue(subject);
  await expect(page.getByLabel("Board being challenged")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await chooseOption(page, "Board being challenged", "(HCT)");
  await chooseOption(page, "Clause cited (optional)", "44: Resolution Process");
  await page
    .getByLabel("The challenge", { exact: true })
    .fill("The Board asks the Trust for evidence of how early help services for children at risk are commissioned.");
  await page.getByRole("button", { name: "Raise challenge" }).click();

  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Challenge raised");
  await expect(page.getByText("44: Resolution Process")).toBeVisible();
  // The route as a table of steps: the chairs' step is current, with its due date; Halton's route
  // states no times for the steps beyond them.
  const route = page.getByRole("table", { name: `Resolution route of the challenge "${subject}"` });
  const steps = route.getByRole("row").filter({ has: page.getByRole("rowheader") });
  await expect(steps.getByRole("rowheader")).toHaveText([
    /^Between the chairs of HHWB and HCT\s*\(current\)$/,
    /Strategic Director, Children & Enterprise/,
    /Chief Executive/,
  ]);
  await expect(route.locator("[aria-current=step]")).toContainText("Between the chairs of HHWB and HCT");
  await expect(steps.nth(1)).toContainText("No time limit stated: no due date");
  // The raising chair cannot answer their own challenge, and there is nothing to resolve yet.
  await expect(page.getByRole("heading", { name: "Respond" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Record as resolved" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Escalate" })).toBeVisible();
  await expectAccessible(page);
  const challengeUrl = page.url().replace(/\?.*$/, "");

  // The Trust's chair sees it among the open challenges and gives the formal response.
  const hct = await otherUser(browser, HCT_CHAIR);
  await hct.page.goto("/areas/halton");
  await expectAccessible(hct.page);
  await hct.page.getByRole("navigation", { name: "Area sections" }).getByRole("link", { name: "Challenges" }).click();
  await expect(hct.page.getByRole("heading", { level: 1, name: "Challenges" })).toBeVisible();
  const row = hct.page.getByRole("row").filter({ hasText: subject });
  await expect(row).toContainText("Open");
  await expect(row).toContainText("HHWB");
  await expectAccessible(hct.page);
  await row.getByRole("link", { name: subject }).click();
  await expect(hct.page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expectAccessible(hct.page);
  await hct.page
    .getByLabel("Formal response")
    .fill("Commissioning evidence for early help will be presented to the Board in January.");
  await hct.page.getByRole("button", { name: "Send response" }).click();
  await expect(hct.page.getByRole("status")).toHaveText("Response recorded.");
  await expect(
    hct.page.getByRole("term").filter({ hasText: "Status" }).locator("xpath=following-sibling::dd[1]"),
  ).toHaveText("Responded");
  await expectAccessible(hct.page);
  await hct.close();

  // The raising chair records the resolution.
  await page.goto(challengeUrl);
  await expect(page.getByRole("table", { name: /^History of the challenge/ }).getByRole("row")).toHaveCount(3);
  await page.getByLabel("How it was resolved").fill("Evidence received and accepted at the January meeting.");
  await page.getByRole("button", { name: "Record as resolved" }).click();
  await expect(page.getByRole("status")).toHaveText("Challenge recorded as resolved.");
  await expect(
    page.getByRole("term").filter({ hasText: "Status" }).locator("xpath=following-sibling::dd[1]"),
  ).toHaveText("Resolved");
  await expect(page.getByRole("table", { name: /^History of the challenge/ }).getByRole("row")).toHaveCount(4);
  await expect(page.getByRole("heading", { name: "Escalate" })).toHaveCount(0);
  await expectAccessible(page);

  // Resolved, it leaves the open list but stays on record.
  await page.goto("/areas/halton/challenges");
  await expect(page.getByRole("row").filter({ hasText: subject })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByLabel("Show").selectOption("all");
  await page.getByRole("button", { name: "Show challenges" }).click();
  await expect(page.getByRole("row").filter({ hasText: subject })).toContainText("Resolved");
  await expectAccessible(page);
});

test("a board member gets no raise form, and a forged raise from a member is refused", async ({ page, browser }) => {
  test.slow(); // two users and six axe scans, on a shared machine
  await signedIn(page, HHWB_MEMBER);
  await page.goto("/areas/halton/boards/HHWB");
  await expect(page.getByRole("heading", { level: 1, name: /HHWB/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Raise a challenge from this board" })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto("/areas/halton/challenges");
  await expect(page.getByRole("link", { name: "Raise a challenge" })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto("/areas/halton/challenges/new");
  await expect(page.getByText("Only the chair of a board in Halton")).toBeVisible();
  await expect(page.getByRole("button", { name: "Raise challenge" })).toHaveCount(0);
  await expectAccessible(page);

  // The chair's form, as served (without JavaScript): its action reference and the choices.
  const chair = await otherUser(browser, HHWB_CHAIR);
  await chair.page.goto("/areas/halton/challenges/new");
  await expectAccessible(chair.page);
  const from = await chair.page.getByLabel("Board raising the challenge").inputValue();
  const to = await chair.page
    .getByLabel("Board being challenged")
    .locator("option", { hasText: "(HCT)" })
    .getAttribute("value");
  const protocol = await chair.page.getByLabel("Protocol the challenge is made under").inputValue();
  const html = await (await chair.page.request.get("/areas/halton/challenges/new")).text();
  const unescape = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const hidden = Object.fromEntries(
    [...html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)].map((m) => [
      m[1]!,
      unescape(m[2] ?? ""),
    ]),
  );
  expect(Object.keys(hidden).length).toBeGreaterThan(0);
  const forge = (request: typeof page.request, subject: string) =>
    request.post("/areas/halton/challenges/new", {
      multipart: {
        ...hidden,
        area: "halton",
        fromBoardId: from,
        toBoardId: to!,
        protocolId: protocol,
        clauseId: "",
        subject,
        detail: "Forged.",
        responseDueOn: "",
      },
      headers: { Origin: new URL(page.url()).origin },
      maxRedirects: 0,
    });

  // The same request from the chair works (so the forgery below is a real attempt)...
  const genuine = `Posted without the form ${unique()}`;
  const ok = await forge(chair.page.request, genuine);
  expect(ok.status()).toBe(303);
  // ...and from the member it is refused: no redirect to a new challenge, and nothing recorded.
  const forged = `Forged by a member ${unique()}`;
  const refused = await forge(page.request, forged);
  expect(refused.status()).toBe(200);
  await chair.close();

  await page.goto("/areas/halton/challenges?show=all");
  await expect(page.getByRole("row").filter({ hasText: genuine })).toHaveCount(1);
  await expect(page.getByRole("row").filter({ hasText: forged })).toHaveCount(0);
  await expectAccessible(page);
});
