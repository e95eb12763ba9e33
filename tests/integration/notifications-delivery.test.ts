import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDatabase } from "@/server/data/database";
import { loadViewer } from "@/server/authz/load-viewer";
import { DEMO_ADMIN_EMAIL } from "@/server/seed/seed-demo-data";
import { notifyUser } from "@/server/features/notifications/notify";
import { retryOutboxMessage } from "@/server/features/notifications/outbox-admin";
import { MAX_ATTEMPTS, messageIdOf, sendOutbox } from "@/server/features/notifications/outbox-worker";
import { smtpSender } from "@/server/mail/send-mail";
import { runCliInProcess } from "./support/run-cli";
import { SmtpSink } from "./support/smtp-sink";
import { withTestDatabase } from "./support/test-db";

/**
 * Delivery of the notices (issue 13, points 4 and 5; decision 021): through a real SMTP server,
 * with faults (refusals, a killed worker, two workers at once), each message arrives exactly once.
 */
const t = withTestDatabase({ seeded: true });
const sink = new SmtpSink();
const FROM = "Portal <no-reply@portal.example.org>";
const options = { baseUrl: "https://portal.example.org", secret: "s".repeat(40) };
let users: { id: string; email: string }[] = [];
let n = 0;

beforeAll(async () => {
  await sink.start();
  users = await t.db.user.findMany({ where: { disabled: false }, orderBy: { email: "asc" }, take: 3 });
  // No digests here (notifications-digests.test.ts has them): what `notifications run` queues would
  // otherwise depend on the day and hour the suite runs (a Monday morning queues the weekly digests).
  const everyone = await t.db.user.findMany({ select: { id: true } });
  await t.db.notificationPreference.createMany({ data: everyone.map((u) => ({ userId: u.id, digest: "off" })) });
});
afterAll(() => sink.stop());
beforeEach(async () => {
  sink.clear();
  // Each test starts from an outbox with nothing left to send.
  await t.db.outboxMessage.updateMany({ where: { status: { not: "sent" } }, data: { status: "sent" } });
});

/** Queues `count` notices (spread over the users) as the code that causes them does: in a transaction. */
async function queue(count: number) {
  const keys: string[] = [];
  await t.db.$transaction(async (tx) => {
    for (let i = 0; i < count; i++) {
      const user = users[i % users.length]!;
      const key = `test-delivery:${++n}`;
      await notifyUser(
        tx,
        user,
        {
          kind: "item-sent",
          key,
          content: {
            council: "Kent County Council",
            title: `Item ${n} was sent to your board`,
            lines: [{ text: `Annual report, due 30 September 2026`, link: `/areas/kent/items/${n}` }],
            link: `/areas/kent/items/${n}`,
            reason: "You are the secretariat of the board.",
          },
        },
        options,
      );
      keys.push(`${key}:${user.id}`);
    }
  });
  return keys;
}

/** A header as it was on the wire (mailparser folds the List-* headers into one structure). */
const headerLine = (mail: ParsedMail, key: string) =>
  mail.headerLines.find((h) => h.key === key)?.line.replace(/\r?\n\s+/g, " ");

const sender = () => smtpSender({ SMTP_URL: sink.url, SMTP_FROM: FROM })!;
const MINUTE = 60_000;

describe("sending the outbox", () => {
  it("delivers each queued notice with its headers, and a second run sends nothing", async () => {
    const keys = await queue(3);
    const first = await sendOutbox(t.db, { sender: sender(), messageIdDomain: "portal.example.org" });
    expect(first).toEqual({ sent: 3, failed: 0, skipped: 0 });
    expect(sink.received).toHaveLength(3);
    const user = users[0]!;
    const mine = sink.received.find((m) => m.to[0] === user.email)!;
    expect(mine.mail.subject).toMatch(/^Item \d+ was sent to your board \(Kent County Council\)$/);
    expect(mine.mail.from?.value[0]).toMatchObject({ address: "no-reply@portal.example.org" });
    expect(headerLine(mine.mail, "list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(headerLine(mine.mail, "list-unsubscribe")).toMatch(
      /^List-Unsubscribe: <https:\/\/portal\.example\.org\/unsubscribe\/[^>]+>$/,
    );
    expect(mine.mail.text).toContain("Annual report, due 30 September 2026");
    expect(mine.mail.html || "").toContain("<h1");
    expect([...sink.countsByMessageId().keys()].sort()).toEqual(
      keys.map((k) => messageIdOf(k, "portal.example.org")).sort(),
    );
    const rows = await t.db.outboxMessage.findMany({ where: { idempotencyKey: { in: keys } } });
    expect(rows.every((r) => r.status === "sent" && r.sentAt && r.attempts === 1 && !r.claimedBy)).toBe(true);

    expect(await sendOutbox(t.db, { sender: sender() })).toEqual({ sent: 0, failed: 0, skipped: 0 });
    expect(sink.received).toHaveLength(3);
  });

  it("`cli notifications run --json` prints queued, sent, failed and skipped", async () => {
    await queue(2);
    const run = await runCliInProcess(t.url, ["notifications", "run", "--json"], {
      env: { SMTP_URL: sink.url, SMTP_FROM: FROM },
    });
    expect(run.code, run.stderr).toBe(0);
    // The digests due now (today's real date) are the digests' tests' concern: here, the contract's names.
    const printed = JSON.parse(run.stdout) as Record<string, number>;
    expect(Object.keys(printed).sort()).toEqual(["failed", "queued", "sent", "skipped"]);
    expect(printed).toMatchObject({ sent: 2 + printed.queued!, failed: 0 });
    expect(sink.received).toHaveLength(2 + printed.queued!);
    const again = await runCliInProcess(t.url, ["notifications", "run", "--json"], {
      env: { SMTP_URL: sink.url, SMTP_FROM: FROM },
    });
    expect(JSON.parse(again.stdout)).toMatchObject({ queued: 0, sent: 0, failed: 0 });
    expect(sink.received).toHaveLength(2 + printed.queued!);

    const bad = await runCliInProcess(t.url, ["notifications", "run", "--as-of", "30/11/2026"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--as-of takes an ISO date and time/);
  });

  it("retries with backoff while the server refuses, then delivers every message exactly once", async () => {
    const keys = await queue(4);
    const start = Date.now();
    sink.refuse = "451 Try again later";
    const at = (minutes: number) => new Date(start + minutes * MINUTE);

    expect(await sendOutbox(t.db, { sender: sender(), now: at(0) })).toEqual({ sent: 0, failed: 4, skipped: 0 });
    const waiting = await t.db.outboxMessage.findMany({ where: { idempotencyKey: { in: keys } } });
    expect(
      waiting.every((r) => r.status === "queued" && r.attempts === 1 && /Try again later/.test(r.lastError!)),
    ).toBe(true);
    // Not due again before the first backoff (1 minute).
    expect(await sendOutbox(t.db, { sender: sender(), now: at(0.5) })).toEqual({ sent: 0, failed: 0, skipped: 0 });
    // Second attempt refused: the next wait is 5 minutes.
    expect(await sendOutbox(t.db, { sender: sender(), now: at(1.5) })).toMatchObject({ failed: 4 });
    expect(await sendOutbox(t.db, { sender: sender(), now: at(4) })).toMatchObject({ sent: 0, failed: 0 });

    sink.refuse = false;
    expect(await sendOutbox(t.db, { sender: sender(), now: at(7) })).toEqual({ sent: 4, failed: 0, skipped: 0 });
    expect(await sendOutbox(t.db, { sender: sender(), now: at(600) })).toEqual({ sent: 0, failed: 0, skipped: 0 });
    const counts = sink.countsByMessageId();
    expect(counts.size).toBe(4);
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
    expect(sink.offered).toBe(4 + 4 + 4);
  });

  it("leaves a message as failed after the last attempt, and an administrator can queue it again", async () => {
    const [key] = await queue(1);
    sink.refuse = "550 No such mailbox";
    let clock = Date.now();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await sendOutbox(t.db, { sender: sender(), now: new Date(clock) })).toMatchObject({ failed: 1 });
      clock += 24 * 60 * MINUTE;
    }
    const row = await t.db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: key } });
    expect(row).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    expect(row.lastError).toMatch(/No such mailbox/);
    // Never tried again on its own.
    expect(await sendOutbox(t.db, { sender: sender(), now: new Date(clock + 365 * 24 * 60 * MINUTE) })).toEqual({
      sent: 0,
      failed: 0,
      skipped: 0,
    });

    const admin = (await loadViewer(
      t.db,
      (await t.db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL } })).id,
    ))!;
    await retryOutboxMessage({ db: t.db, viewer: admin }, { id: row.id });
    await expect(retryOutboxMessage({ db: t.db, viewer: admin }, { id: row.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    sink.refuse = false;
    expect(await sendOutbox(t.db, { sender: sender() })).toEqual({ sent: 1, failed: 0, skipped: 0 });
    expect(sink.received).toHaveLength(1);
  });

  it("loses nothing and sends nothing twice when a worker is killed in the middle of a batch", async () => {
    const keys = await queue(5);
    let exited: Promise<unknown> = Promise.resolve();
    // The real command as a process; killed as the second message's data arrives, before it is accepted.
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/index.ts", "notifications", "run", "--json"], {
      env: {
        ...process.env,
        DATABASE_URL: t.url,
        SMTP_URL: sink.url,
        SMTP_FROM: FROM,
        NOTIFICATIONS_LEASE_SECONDS: "1",
      },
      stdio: "ignore",
    });
    exited = new Promise((resolve) => child.once("exit", resolve));
    sink.beforeAccept = async (offered) => {
      if (offered !== 2) return;
      child.kill("SIGKILL");
      await exited;
      throw new Error("the worker has gone");
    };
    await exited;
    expect(sink.received).toHaveLength(1);
    const rows = await t.db.outboxMessage.findMany({ where: { idempotencyKey: { in: keys } } });
    expect(rows.filter((r) => r.status === "sent")).toHaveLength(1);
    expect(rows.filter((r) => r.status === "sending")).toHaveLength(1);

    // Its claim runs out after a second; the rerun takes the message over and sends the rest.
    sink.beforeAccept = null;
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const rerun = await runCliInProcess(t.url, ["notifications", "run", "--json"], {
      env: { SMTP_URL: sink.url, SMTP_FROM: FROM },
    });
    expect(JSON.parse(rerun.stdout)).toMatchObject({ sent: 4, failed: 0 });
    const counts = sink.countsByMessageId();
    expect(counts.size).toBe(5);
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
  }, 60_000);

  it("sends each message once when two workers run at once, each with its own connection", async () => {
    const keys = await queue(30);
    const a = createDatabase(t.url);
    const b = createDatabase(t.url);
    try {
      const [ra, rb] = await Promise.all([
        sendOutbox(a, { sender: sender(), workerId: "worker-a" }),
        sendOutbox(b, { sender: sender(), workerId: "worker-b" }),
      ]);
      expect(ra.sent + rb.sent).toBe(30);
      expect(ra.failed + rb.failed).toBe(0);
    } finally {
      await a.$disconnect();
      await b.$disconnect();
    }
    const counts = sink.countsByMessageId();
    expect(counts.size).toBe(30);
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
    const rows = await t.db.outboxMessage.findMany({ where: { idempotencyKey: { in: keys } } });
    expect(rows.every((r) => r.status === "sent")).toBe(true);
  }, 60_000);

  it("writes .eml files to MAIL_DIR when no SMTP server is configured", async () => {
    const dir = mkdtempSync(join(tmpdir(), "portal-mail-"));
    try {
      const [key] = await queue(1);
      const saved = process.env.SMTP_URL;
      delete process.env.SMTP_URL;
      const run = await runCliInProcess(t.url, ["notifications", "run"], {
        env: { MAIL_DIR: dir, SMTP_FROM: FROM },
      }).finally(() => {
        if (saved !== undefined) process.env.SMTP_URL = saved;
      });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/sent 1/);
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/\.eml$/);
      const mail = await simpleParser(readFileSync(join(dir, files[0]!)));
      expect(mail.messageId).toBe(messageIdOf(key!, "portal.example.org"));
      expect(headerLine(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
      expect(mail.text).toContain("Annual report");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
