import { spawnSync } from "node:child_process";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "../fixtures";
import { E2E_EMPTY_DATABASE_URL } from "./empty-install";

/**
 * A council's own install, end to end, on an EMPTY database (no demo): the first administrator comes
 * from `cli user add --admin`; everything else is done in the browser, and every page visited is
 * checked with axe. Barsetshire is fictional; its boards meet through FY2026/27.
 */
const AREA = "barsetshire";
const ADMIN = {
  email: "ada.admin@barsetshire.example.gov.uk",
  name: "Ada Admin",
  password: "a council's own long password",
};
const BOARDS = [
  { key: "HWB", name: "Barsetshire Health and Wellbeing Board", kind: "Health and Wellbeing Board" },
  { key: "SCP", name: "Barsetshire Safeguarding Children Partnership", kind: "Safeguarding Children Partnership" },
  { key: "CSP", name: "Barsetshire Community Safety Partnership", kind: "Community Safety Partnership" },
] as const;
const PROTOCOL = "Joint working protocol between the HWB and the SCP";
const ORGANISATIONS = [
  { name: "Barsetshire County Council", kind: "Local authority" },
  { name: "Barsetshire Police", kind: "Police" }, // renamed Barsetshire Constabulary below
] as const;
/** Six people, each with a membership; the first two also chair and the third runs the HWB's business. */
const PEOPLE = [
  { name: "Cora Chairwell", board: "HWB", capacity: "Chair", org: "Barsetshire County Council" },
  { name: "Sam Safeguard", board: "SCP", capacity: "Chair", org: "Barsetshire Constabulary" },
  { name: "Bea Business", board: "HWB", capacity: "Supporting officer", org: "Barsetshire County Council" },
  { name: "Dev Director", board: "HWB", capacity: "Statutory member", org: "Barsetshire County Council" },
  { name: "Pat Patrol", board: "CSP", capacity: "Chair", org: "Barsetshire Constabulary" },
  { name: "Nia Nurse", board: "SCP", capacity: "Member", org: "Barsetshire County Council" },
] as const;
const POSTS = [
  { key: "dph", title: "Director of Public Health", org: "Barsetshire County Council", holder: "Dev Director" },
  { key: "ccc", title: "Chief Constable", org: "Barsetshire Constabulary", holder: "Pat Patrol" },
] as const;

function cli(args: string[], input?: string) {
  const run = spawnSync("node_modules/.bin/tsx", ["src/cli/index.ts", ...args], {
    env: { ...process.env, DATABASE_URL: E2E_EMPTY_DATABASE_URL },
    input,
    encoding: "utf8",
  });
  expect(run.status, `cli ${args.join(" ")}: ${run.stderr}`).toBe(0);
  return run;
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome, / })).toBeVisible();
}

/** Invites a user from the users pages (no SMTP here: the link is shown) and returns the link's path. */
async function invite(page: Page, name: string, email: string, role: string, board: string, person: string) {
  await page.goto("/admin/users/new");
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption(role);
  const scope = page.getByLabel("Where the role applies");
  await scope.selectOption(await scope.locator("option", { hasText: new RegExp(`^${board}: `) }).getAttribute("value"));
  await page.getByRole("button", { name: "Send invitation" }).click();
  const link = (await page.getByTestId("invitation-link").textContent())!.trim();
  await expectAccessible(page);
  // The user is the person who sits on the board.
  await page.getByRole("link", { name: "Open their page" }).click();
  await page.getByLabel("The person they are").selectOption({ label: person });
  await page.getByRole("button", { name: "Save person" }).click();
  await expect(page.getByRole("status")).toBeVisible();
  await expectAccessible(page);
  return new URL(link).pathname;
}

/** The invitee opens their link in their own browser, sets a password and is signed in. */
async function accept(browser: Browser, path: string, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: "Set up your account" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Choose a password").fill(`${name} has a long password`);
  await page.getByLabel("Enter the password again").fill(`${name} has a long password`);
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Welcome, ${name}` })).toBeVisible();
  await expectAccessible(page);
  return { page, close: () => context.close() };
}

test("a council sets up its own boards from an empty install, and its year is generated on its own meetings", async ({
  page,
  browser,
}) => {
  test.setTimeout(600_000);

  // The first administrator, from the command line (the password read from standard input).
  const added = cli(
    ["user", "add", "--email", ADMIN.email, "--name", ADMIN.name, "--admin", "--password-stdin", "--json"],
    ADMIN.password,
  );
  expect(JSON.parse(added.stdout)).toMatchObject({ ok: true, user: { email: ADMIN.email } });
  await signIn(page, ADMIN.email, ADMIN.password);
  await expectAccessible(page);

  // The area.
  await page.goto("/admin/areas");
  await page.getByLabel("Key", { exact: true }).fill(AREA);
  await page.getByLabel("Name", { exact: true }).fill("Barsetshire");
  await page.getByRole("button", { name: "Create the area" }).click();
  await expect(page.getByRole("status")).toContainText(`Area Barsetshire (${AREA}) created.`);
  await expectAccessible(page);

  // Three boards.
  for (const b of BOARDS) {
    await page.goto(`/areas/${AREA}/boards/new`);
    if (b === BOARDS[0]) await expectAccessible(page);
    await page.getByLabel("Name", { exact: true }).fill(b.name);
    await page.getByLabel("Key in this area").fill(b.key);
    await page.getByLabel("Acronym").fill(b.key);
    await page.getByLabel("Kind of board").selectOption({ label: b.kind });
    await page.getByLabel("The board is statutory").check();
    await page.getByLabel("Month its year starts").selectOption({ label: "April" });
    await page.getByRole("button", { name: "Add the board" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${b.name} (${b.key})` })).toBeVisible();
    await expectAccessible(page);
  }
  await expectAccessible(page);
  await page.goto(`/areas/${AREA}/boards`);
  for (const b of BOARDS) await expect(page.getByRole("link", { name: b.name })).toBeVisible();
  await expectAccessible(page);

  // Organisations, six people and their memberships.
  for (const o of ORGANISATIONS) {
    await page.goto(`/areas/${AREA}/organisations`);
    await page.getByLabel("Name", { exact: true }).fill(o.name);
    await page.getByLabel("Kind of organisation").selectOption({ label: o.kind });
    await page.getByRole("button", { name: "Add organisation" }).click();
    await expect(page.getByRole("status")).toHaveText(`${o.name} added.`);
  }
  // An organisation's own page: its name corrected, accessibly.
  await page.getByRole("link", { name: "Barsetshire Police", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Barsetshire Police" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Name", { exact: true }).fill("Barsetshire Constabulary");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Barsetshire Constabulary saved.");
  await expectAccessible(page);
  await expectAccessible(page);
  for (const p of PEOPLE) {
    await page.goto(`/areas/${AREA}/people`);
    if (p === PEOPLE[0]) await expectAccessible(page);
    await page.getByLabel("Full name").fill(p.name);
    await page.getByRole("button", { name: "Add person" }).click();
    await expect(page.getByRole("heading", { level: 1, name: p.name })).toBeVisible();
    const board = BOARDS.find((b) => b.key === p.board)!;
    await page.getByLabel("Board", { exact: true }).selectOption({ label: `${board.name} (${board.key})` });
    await page.getByLabel("Capacity").selectOption({ label: p.capacity });
    await page.getByLabel("Representing").selectOption({ label: p.org });
    await page.getByLabel("From", { exact: true }).fill("2026-04-01");
    await page.getByRole("button", { name: "Add membership" }).click();
    await expect(page.getByRole("table", { name: "Board memberships" })).toContainText(board.name);
    await expectAccessible(page);
  }
  await expectAccessible(page);

  // Two posts and their holders.
  for (const post of POSTS) {
    await page.goto(`/areas/${AREA}/posts`);
    await page.getByLabel("Key", { exact: true }).fill(post.key);
    await page.getByLabel("Title", { exact: true }).fill(post.title);
    await page.getByLabel("Organisation").selectOption({ label: post.org });
    await page.getByRole("button", { name: "Add post" }).click();
    await expect(page.getByRole("link", { name: post.title, exact: true })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: post.title, exact: true }).click();
    await page.getByLabel("New holder").selectOption({ label: post.holder });
    await page.getByLabel("Holds the post from").fill("2026-04-01");
    await page.getByRole("button", { name: "Record the new holder" }).click();
    await expect(page.getByRole("status")).toBeVisible();
    await expectAccessible(page);
  }
  await expectAccessible(page);
  await page.goto(`/areas/${AREA}/membership`);
  for (const p of PEOPLE) await expect(page.getByRole("main")).toContainText(p.name);
  await expectAccessible(page);

  // A series of meetings for each board: the HWB on the second Tuesday of every other month.
  const series = [
    { key: "HWB", every: "2", week: "2", day: "tuesday", count: 6 },
    { key: "SCP", every: "1", week: "1", day: "wednesday", count: 12 },
    { key: "CSP", every: "3", week: "last", day: "thursday", count: 4 },
  ];
  for (const s of series) {
    await page.goto(`/areas/${AREA}/boards/${s.key}/meetings/series`);
    await page.getByLabel("How often").selectOption("monthly-weekday");
    await page.getByLabel("Every how many months or weeks").fill(s.every);
    await page.getByLabel("Which week of the month (monthly on a weekday)").selectOption(s.week);
    await page.getByLabel("Day of the week (monthly on a weekday, or weekly)").selectOption(s.day);
    await page.getByLabel("First date").fill("2026-04-01");
    await page.getByLabel("Last date").fill("2027-03-31");
    await page.getByLabel("Start time").fill("14:00");
    await page.getByLabel("Location (optional)").fill("Council House, Barchester");
    await page.getByRole("button", { name: "Preview the dates" }).click();
    // The preview is a new page (a GET form): scan it once it has arrived, not mid-navigation.
    const add = page.getByRole("button", { name: `Add ${s.count} meetings` });
    await expect(add).toBeVisible();
    await expect(page).toHaveTitle(/Add a series of meetings/);
    await expectAccessible(page);
    await add.click();
    await expect(page.getByRole("status")).toContainText(`Added ${s.count} meetings`);
    await expectAccessible(page);
  }
  await expectAccessible(page);

  // A secretariat user and the two chairs, invited; each sets a password and sees only their board.
  const invitees = [
    { name: "Bea Business", email: "bea.business@barsetshire.example.gov.uk", role: "secretariat", board: "HWB" },
    { name: "Cora Chairwell", email: "cora.chairwell@barsetshire.example.gov.uk", role: "chair", board: "HWB" },
    { name: "Sam Safeguard", email: "sam.safeguard@barsetshire.example.gov.uk", role: "chair", board: "SCP" },
  ];
  const users: Record<string, { page: Page; close: () => Promise<void> }> = {};
  for (const u of invitees) {
    const path = await invite(page, u.name, u.email, u.role, u.board, u.name);
    users[u.name] = await accept(browser, path, u.name);
    const own = BOARDS.find((b) => b.key === u.board)!;
    const boards = users[u.name]!.page.getByRole("table", { name: "Your boards" });
    await expect(boards.getByRole("rowheader")).toHaveCount(1);
    await expect(boards.getByRole("rowheader", { name: `${own.name} (${own.key})` })).toBeVisible();
  }

  // A protocol between the HWB and the SCP, with two duties owed to the HWB.
  await page.goto(`/areas/${AREA}/protocols/new`);
  await expectAccessible(page);
  await page.getByLabel("Title").fill(PROTOCOL);
  await page.getByLabel(`${BOARDS[0].name} (HWB)`).check();
  await page.getByLabel(`${BOARDS[1].name} (SCP)`).check();
  await page.getByRole("button", { name: "Create the draft protocol" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Clauses" })).toBeVisible();
  const clauses = [
    { ref: "4.1", text: "The SCP will present its annual report to the HWB in the autumn." },
    { ref: "4.2", text: "The SCP will report on its priorities to the HWB each quarter." },
  ];
  for (const c of clauses) {
    await page.getByLabel("Reference").fill(c.ref);
    await page.getByLabel("Text").fill(c.text);
    await page.getByRole("button", { name: "Add the clause" }).click();
    await expect(page.getByRole("status")).toContainText(`Clause ${c.ref} added.`);
  }
  await expectAccessible(page);
  const duties = [
    { ref: "4.1", summary: "The SCP presents its annual report to the HWB", frequency: "annual", window: ["9", "11"] },
    { ref: "4.2", summary: "The SCP reports on its priorities to the HWB", frequency: "quarterly" },
  ];
  const clausesUrl = page.url();
  for (const d of duties) {
    await page.goto(clausesUrl);
    await page.getByRole("link", { name: `Add a duty from clause ${d.ref}` }).click();
    await page.getByLabel("The duty, in a sentence").fill(d.summary);
    await page
      .getByRole("group", { name: "Owed by" })
      .getByLabel(/^SCP: /)
      .check();
    await page
      .getByRole("group", { name: "Owed to (one item each)" })
      .getByLabel(/^HWB: /)
      .check();
    await page.getByLabel("How often").selectOption(d.frequency);
    if (d.window) {
      await page.getByLabel("From month (optional)").selectOption(d.window[0]!);
      await page.getByLabel("To month (optional)").selectOption(d.window[1]!);
    }
    await expect(page.getByRole("table", { name: "Items the rule would produce" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Save rule" }).click();
    await expect(page.getByRole("heading", { level: 1, name: PROTOCOL })).toBeVisible();
    await expect(page.getByText(d.summary, { exact: true })).toBeVisible();
  }
  const protocolUrl = page.url();
  await expectAccessible(page);

  // Both chairs sign off; the second signature puts it in force.
  for (const [name, expected] of [
    ["Cora Chairwell", "1 party still to sign"],
    ["Sam Safeguard", "this version is now agreed and in force"],
  ] as const) {
    const chair = users[name]!.page;
    await chair.goto(protocolUrl);
    await expect(chair.getByRole("button", { name: /^Sign off for / })).toHaveCount(1);
    await chair.getByRole("button", { name: /^Sign off for / }).click();
    await expect(chair.getByRole("status")).toContainText(expected);
    await expectAccessible(chair);
  }

  // The HWB's secretariat generates the year: the items sit on the HWB's new meetings.
  const secretariat = users["Bea Business"]!.page;
  await secretariat.goto(`/areas/${AREA}/boards/HWB/calendar/generate?fy=2026`);
  await expectAccessible(secretariat);
  await secretariat.getByRole("button", { name: "Confirm and generate FY2026/27" }).click();
  await expect(secretariat.getByRole("status").filter({ hasText: "Calendar generated" })).toBeVisible();
  await expectAccessible(secretariat);
  // The annual report: on the only HWB meeting in September to November (13 October 2026).
  await secretariat.goto(`/areas/${AREA}/boards/HWB/meetings`);
  await expectAccessible(secretariat);
  await secretariat.getByRole("link", { name: "Tuesday 13 October 2026" }).click();
  const due = secretariat.getByRole("main");
  await expect(due).toContainText("The SCP presents its annual report to the HWB");
  await expect(due).toContainText("The SCP reports on its priorities to the HWB");
  await expectAccessible(secretariat);

  // The secretariat moves the October meeting a week and cancels the February one (the last quarter's).
  await secretariat.getByText("Move it, or change its time or location").click();
  await secretariat.getByLabel("Date").fill("2026-10-20");
  await secretariat.getByRole("button", { name: "Save changes" }).click();
  await expect(secretariat.getByRole("status")).toContainText("Meeting changed: now 20 October 2026 at 14:00");
  await secretariat.goto(`/areas/${AREA}/boards/HWB/meetings`);
  await secretariat.getByRole("link", { name: "Tuesday 9 February 2027" }).click();
  await expect(secretariat.getByRole("main")).toContainText("The SCP reports on its priorities to the HWB");
  await secretariat.getByText("Cancel the meeting").click();
  await secretariat.getByLabel("Why is it cancelled?").fill("Purdah before the county elections");
  await secretariat.getByRole("button", { name: "Cancel this meeting" }).click();
  await expect(secretariat.getByText("This meeting is cancelled.")).toBeVisible();
  await expectAccessible(secretariat);

  // The next preview re-plans the moved meeting's items and flags the cancelled one's.
  await secretariat.goto(`/areas/${AREA}/boards/HWB/calendar/generate?fy=2026`);
  await expect(secretariat.getByRole("main")).toContainText("Meeting moved since planned");
  await expect(secretariat.getByRole("main")).toContainText("Meeting cancelled");
  await expectAccessible(secretariat);

  for (const u of Object.values(users)) await u.close();
});
