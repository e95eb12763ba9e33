import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { itemBoards } from "@/server/authz/authorize-item";
import { runNotifications } from "@/server/features/notifications/run-notifications";
import { smtpSender } from "@/server/mail/send-mail";
import { demoEmail } from "@/server/seed/seed-demo-data";
import { seedDemoHistory } from "@/server/seed/seed-demo-history";
import { SmtpSink } from "./support/smtp-sink";
import { withTestDatabase } from "./support/test-db";

/**
 * Issue 13's first acceptance point end to end below the browser: the digests due on a Monday morning
 * for a seeded area, sent by the worker through a real SMTP server and parsed as they arrive. The
 * right people get them, every line is about one of the recipient's own boards, and a second run for
 * the same moment sends nothing.
 */
const t = withTestDatabase({ seeded: true });
const sink = new SmtpSink();
const FROM = "Knowsley portal <portal@knowsley.example.org>";
// Monday 30 November 2026, 07:30 GMT: the weekly digests are due.
const monday = new Date("2026-11-30T07:30:00Z");

beforeAll(async () => {
  await sink.start();
  await seedDemoHistory(t.db, { areas: ["knowsley"], now: new Date("2026-11-20T12:00:00Z") });
  // Only Knowsley's people are measured here: everyone else's digests are off.
  const knowsley = await t.db.area.findUniqueOrThrow({ where: { slug: "knowsley" } });
  const outsiders = await t.db.user.findMany({
    where: { roles: { none: { board: { areas: { some: { areaId: knowsley.id } } } } } },
    select: { id: true },
  });
  await t.db.notificationPreference.createMany({ data: outsiders.map((u) => ({ userId: u.id, digest: "off" })) });
}, 300_000);
afterAll(() => sink.stop());

describe(`the Monday digests through a real SMTP server on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("reach Knowsley's secretariat and chairs, each about their own boards only, and a second run sends nothing", async () => {
    const sender = smtpSender({ SMTP_URL: sink.url, SMTP_FROM: FROM })!;
    const first = await runNotifications(t.db, { asOf: monday, sender });
    expect(first.failed).toBe(0);
    expect(first.queued).toBeGreaterThan(0);
    expect(first.sent).toBe(first.queued);
    expect(sink.received).toHaveLength(first.sent);

    const recipients = sink.received.flatMap((m) => m.to);
    expect(new Set(recipients).size).toBe(recipients.length); // one digest each
    expect(recipients).toContain(demoEmail("knowsley", "KSCB", "secretariat"));
    expect(recipients).toContain(demoEmail("knowsley", "HWB", "chair"));
    expect(recipients.some((r) => r === demoEmail("knowsley", "KSCB", "member"))).toBe(false);

    for (const { to, mail } of sink.received) {
      const user = await t.db.user.findUniqueOrThrow({
        where: { email: to[0]! },
        include: { roles: { include: { board: true } } },
      });
      const boardIds = user.roles.flatMap((r) => (r.boardId ? [r.boardId] : []));
      const names = user.roles.flatMap((r) => (r.board ? [r.board.name] : []));
      expect(
        user.roles.some((r) => r.role === "secretariat" || r.role === "chair"),
        to[0],
      ).toBe(true);
      const lines = (mail.text ?? "").split("\n").filter((l) => l.startsWith("- "));
      expect(lines.length, to[0]).toBeGreaterThan(0);
      for (const line of lines) {
        expect(
          names.some((name) => line.startsWith(`- ${name}: `)),
          `${to[0]}: ${line}`,
        ).toBe(true);
        const item = /\/items\/([^\s/?#]+)/.exec(line)?.[1];
        if (item)
          expect(
            (await itemBoards(t.db, item)).boards.some((b) => boardIds.includes(b)),
            line,
          ).toBe(true);
      }
      expect(mail.subject).toMatch(/Knowsley/);
      expect(mail.html).toContain('<html lang="en-GB">');
    }

    const again = await runNotifications(t.db, { asOf: monday, sender });
    expect(again).toMatchObject({ queued: 0, sent: 0, failed: 0 });
    expect(sink.received).toHaveLength(first.sent);
  });
});
