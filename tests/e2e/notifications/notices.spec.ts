import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { expect, expectAccessible, otherUser, signIn, test } from "../fixtures";

/**
 * Issue 13's acceptance, end to end: Medway CAN's secretariat chooses a weekly digest; Medway HWB's
 * secretariat marks an item sent to CAN; the notice shows in CAN's header and list, and (after the
 * worker runs, `cli notifications run`, against a real SMTP server started here) in the mailbox;
 * opening it marks it read. Medway CAN's secretariat signs in in no other spec, but other specs may
 * send CAN items too: this spec's notice is told apart by its duty.
 */
test.describe.configure({ mode: "serial" });

const RECIPIENT = "medway.can.secretariat@demo.example.org";
const SENDER = "medway.hwb.secretariat@demo.example.org";
const run = promisify(execFile);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const mailbox: { to: string[]; mail: ParsedMail }[] = [];
let smtp: SMTPServer;
let smtpPort = 0;

test.beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    // No reverse DNS lookup per connection: on a machine with no resolver each one waits for a timeout.
    disableReverseLookup: true,
    logger: false,
    onData: (stream, session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          mailbox.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtpPort = (smtp.server.address() as { port: number }).port;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

test("a secretariat sets a weekly digest, another board marks an item sent to theirs, and the notice reaches their header, their list and their mailbox; opening it marks it read", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // The recipient chooses a weekly digest.
  await signIn(page, RECIPIENT);
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
  await page.goto("/account/notifications");
  await page.getByRole("radio", { name: /^Weekly/ }).check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Your notification settings are saved.");
  await expect(page.getByRole("radio", { name: /^Weekly/ })).toBeChecked();
  await expectAccessible(page);

  // Medway HWB's secretariat marks the item sent to CAN.
  const hwb = await otherUser(browser, SENDER);
  // Next year's calendar, which this spec generates and no other spec touches: the demo history logs
  // items due before the day it was seeded, and items/lifecycle.spec.ts takes this year's HWB items.
  await hwb.page.goto("/areas/medway/boards/HWB/calendar");
  const nextYear = (await hwb.page.getByRole("link", { name: /^Next year/ }).getAttribute("href"))!;
  await hwb.page.goto(nextYear);
  const generate = hwb.page.getByRole("link", { name: /^Generate FY\S+ calendar$/ });
  if ((await generate.count()) > 0) {
    await generate.click();
    await hwb.page.getByRole("button", { name: /^Confirm and generate/ }).click();
    await expect(hwb.page.getByRole("status").filter({ hasText: "Calendar generated" })).toBeVisible();
    await hwb.page.goto(nextYear);
  }
  const candidates: { href: string; duty: string }[] = [];
  const rows = hwb.page.getByRole("row").filter({ has: hwb.page.getByRole("cell", { name: "CAN", exact: true }) });
  for (const r of await rows.all()) {
    const link = r.getByRole("link").nth(1);
    if ((await link.count()) === 0) continue;
    candidates.push({ href: (await link.getAttribute("href"))!, duty: (await link.innerText()).trim() });
  }
  let duty = "";
  // The calendar's counterparty column names the other side either way: the item page says who owes whom.
  const owed = (key: string) =>
    hwb.page.locator("dt", { hasText: new RegExp(`^${key}$`) }).locator("xpath=following-sibling::dd[1]");
  for (const c of candidates) {
    await hwb.page.goto(c.href);
    // Owed by HWB alone (a joint duty's notice goes to no board that owes it) to CAN.
    const owedBy = await owed("Owed by").innerText();
    const toCan = /\bCAN\b/.test(await owed("Owed to").innerText()) && /^[^;]*\bHWB\b[^;]*$/.test(owedBy);
    if (toCan && (await hwb.page.getByLabel("Date it was sent").count()) > 0) {
      duty = c.duty;
      break;
    }
  }
  expect(duty, "an item HWB owes CAN that is still to send").not.toBe("");
  await hwb.page.waitForURL(/\/areas\/medway\/items\//);
  const itemPath = new URL(hwb.page.url()).pathname;
  const sentOn = new Date().toISOString().slice(0, 10);
  await hwb.page.getByLabel("Date it was sent").fill(sentOn);
  // How the notice words that date (lifecycle.spec.ts marks a JSNA item sent to CAN on another day).
  const sentWords = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(sentOn));
  await hwb.page.getByRole("button", { name: "Mark as sent" }).click();
  await expect(hwb.page.getByRole("status").filter({ hasText: "Marked sent." })).toBeVisible();
  await hwb.close();

  // The recipient's header counts it; the list shows it, unread, in words.
  await page.goto("/");
  const header = page.getByRole("banner").getByRole("link", { name: /^Notifications, [1-9]\d* unread$/ });
  await expect(header).toBeVisible();
  await header.click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const notice = page
    .getByRole("list", { name: "Your notices" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("button", { name: new RegExp(`^HWB sent “${escapeRegExp(duty)}`) }) })
    .filter({ hasText: `Marked sent on ${sentWords}` })
    .first();
  await expect(notice).toContainText("Unread");
  await expectAccessible(page);

  // The worker sends the outbox to the SMTP server started above.
  // As of a moment with no items, so no digest is queued: on a Monday morning every officer's weekly
  // digest would be due, and sending hundreds would outlast the test. The outbox is sent by the real clock.
  await run(
    "node_modules/.bin/tsx",
    ["src/cli/index.ts", "notifications", "run", "--as-of", "2000-01-03T08:00:00Z", "--json"],
    {
      env: {
        ...process.env,
        DATABASE_URL: "file:./tmp/e2e/portal.db",
        NEXTAUTH_URL: `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`,
        NEXTAUTH_SECRET: "e2e-only-secret-not-for-any-real-deployment-000",
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        SMTP_FROM: "Medway portal <portal@medway.example.org>",
      },
    },
  );
  const mine = mailbox.filter((m) => m.to.includes(RECIPIENT) && (m.mail.text ?? "").includes(itemPath));
  expect(mine).toHaveLength(1);
  expect(mine[0]!.mail.subject).toMatch(new RegExp(`^HWB sent “${escapeRegExp(duty)}`));
  // mailparser gathers List-* headers under "list"; the header as sent is in its raw lines.
  const unsubscribePost = mine[0]!.mail.headerLines.find((h) => h.key === "list-unsubscribe-post")?.line;
  expect(unsubscribePost).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

  // Opening it goes to the item and marks it read.
  await notice.getByRole("button", { name: new RegExp(`^HWB sent “${escapeRegExp(duty)}`) }).click();
  await page.waitForURL((url) => url.pathname === itemPath);
  await page.goto("/notifications");
  const opened = page
    .getByRole("list", { name: "Your notices" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("button", { name: new RegExp(`^HWB sent “${escapeRegExp(duty)}`) }) })
    .filter({ hasText: `Marked sent on ${sentWords}` })
    .first();
  await expect(opened).toContainText("Read");
  await expect(opened).not.toContainText("Unread");
});
