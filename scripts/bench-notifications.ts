/**
 * `npm run bench:notifications`: a benchmark, not a test. On a fresh SQLite database with the national
 * dataset of `bench:calendar` (600 boards, its financial year's calendar) and four users per board (a secretariat, a chair and two
 * members: 2,400 users), it times one run that computes and queues every digest, then the outbox
 * worker delivering them to a local SMTP sink (smtp-server, discarding), and nodemailer alone sending
 * the same messages to the same sink; prints JSON with both rates and their ratio.
 * The moment is Monday 30 November 2026, 07:00 UK time: secretariat and chairs get their weekly
 * digest by default (members none), and empty digests are skipped.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { cpus } from "node:os";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { createDatabase, type Db } from "@/server/data/database";
import { queueDueDigests } from "@/server/features/notifications/digests";
import { messageIdOf, sendOutbox } from "@/server/features/notifications/outbox-worker";
import { smtpSender } from "@/server/mail/send-mail";
import { roleScopeKey } from "@/server/seed/builders";
import { applyCalendarPlan, planCalendar } from "@/server/features/calendar/generate-calendar";
import { buildDataset, YEAR } from "./bench-national-dataset";

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const FROM = "Bench portal <no-reply@bench.example.org>";

async function addUsers(db: Db) {
  const boards = await db.board.findMany({ select: { id: true, slug: true } });
  const roles = ["secretariat", "chair", "member", "member"] as const;
  for (const board of boards) {
    for (const [i, role] of roles.entries()) {
      const user = await db.user.create({
        data: { email: `${role}-${i}@${board.slug}.bench.example.org`, name: `${role} ${i} of ${board.slug}` },
      });
      await db.roleAssignment.create({
        data: { userId: user.id, role, boardId: board.id, scopeKey: roleScopeKey(role, board.id) },
      });
    }
  }
  return db.user.count();
}

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  // No reverse DNS lookup of each client: it costs a lookup per connection on a machine with no resolver.
  disableReverseLookup: true,
  logger: false,
  onData(stream, _session, callback) {
    stream.on("data", () => undefined);
    stream.on("end", () => callback());
  },
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as { port: number }).port}`;

mkdirSync("tmp/bench", { recursive: true });
const file = `tmp/bench/notifications-${Date.now()}.db`;
const url = `file:./${file}`;
execFileSync("node_modules/.bin/prisma", ["migrate", "deploy", "--config", "prisma/sqlite.config.ts"], {
  env: { ...process.env, DATABASE_URL: url },
  stdio: "ignore",
});
const db = createDatabase(url);
try {
  let t = process.hrtime.bigint();
  const dataset = await buildDataset(db);
  const users = await addUsers(db);
  // The year's calendar for every board, as bench:calendar writes it: what the digests report on.
  const boardIds = (await db.board.findMany({ select: { id: true } })).map((b) => b.id);
  await applyCalendarPlan(db, { type: "system", label: "cli" }, await planCalendar(db, boardIds, YEAR));
  const buildMs = ms(t);

  const asOf = new Date(`${YEAR}-11-30T07:00:00Z`);
  t = process.hrtime.bigint();
  const digests = await queueDueDigests(db, asOf, { baseUrl: "https://portal.example.org", secret: "b".repeat(40) });
  const queueMs = ms(t);

  t = process.hrtime.bigint();
  const sender = smtpSender({ SMTP_URL, SMTP_FROM: FROM })!;
  const sent = await sendOutbox(db, { sender, batch: 1_000_000 });
  const workerMs = ms(t);

  // The same messages through nodemailer alone: one connection per message, as the worker's sender.
  const rows = await db.outboxMessage.findMany();
  const transport = nodemailer.createTransport(SMTP_URL);
  t = process.hrtime.bigint();
  for (const row of rows)
    await transport.sendMail({
      from: FROM,
      to: row.toAddress,
      subject: row.subject,
      text: row.text,
      html: row.html,
      headers: JSON.parse(row.headers) as Record<string, string>,
      messageId: messageIdOf(row.idempotencyKey),
    });
  const rawMs = ms(t);

  const workerRate = sent.sent / (workerMs / 1000);
  const rawRate = rows.length / (rawMs / 1000);
  console.log(
    JSON.stringify(
      {
        machine: { cores: cpus().length, node: process.version },
        dialect: "sqlite",
        dataset: { ...dataset, mix: undefined, users, buildSeconds: +(buildMs / 1000).toFixed(1) },
        digests: { asOf: asOf.toISOString(), ...digests, seconds: +(queueMs / 1000).toFixed(2) },
        worker: { ...sent, seconds: +(workerMs / 1000).toFixed(2), messagesPerSecond: Math.round(workerRate) },
        nodemailerAlone: {
          messages: rows.length,
          seconds: +(rawMs / 1000).toFixed(2),
          messagesPerSecond: Math.round(rawRate),
        },
        ratio: +(workerRate / rawRate).toFixed(2),
        peakRssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
      },
      null,
      2,
    ),
  );
} finally {
  await db.$disconnect();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(file, { force: true });
}
