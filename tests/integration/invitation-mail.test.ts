import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import { DEMO_ADMIN_EMAIL } from "@/server/seed/seed-demo-data";
import { loadViewer } from "@/server/authz/load-viewer";
import { smtpSender } from "@/server/mail/send-mail";
import { addUser } from "@/server/features/users/add-user";
import { acceptInvitation } from "@/server/features/users/accept-invitation";
import { withTestDatabase } from "./support/test-db";

/** A real SMTP server on a free local port: the invitation goes over the wire and is read back. */
const t = withTestDatabase({ seeded: true });
const received: { to: string[]; mail: ParsedMail }[] = [];
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("an invitation by email", () => {
  it("is delivered to the SMTP server, and the link in it works", async () => {
    const admin = (await loadViewer(
      t.db,
      (await t.db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL } })).id,
    ))!;
    const mail = smtpSender({ SMTP_URL: `smtp://127.0.0.1:${port}`, SMTP_FROM: "Portal <portal@example.org>" });
    const result = await addUser(
      { db: t.db, viewer: admin },
      { email: "mailed.invitee@example.org", name: "Mailed Invitee", days: 3 },
      { mail, baseUrl: "https://portal.example.org" },
    );
    expect(result).toMatchObject({ emailed: true, link: null });
    expect(result.message).toMatch(/invitation was emailed/);

    expect(received).toHaveLength(1);
    const [{ to, mail: message }] = received as [(typeof received)[number]];
    expect(to).toEqual(["mailed.invitee@example.org"]);
    expect(message.from?.value[0]).toMatchObject({ name: "Portal", address: "portal@example.org" });
    expect(message.subject).toBe("Your invitation to the board governance portal");
    const link = /https:\/\/portal\.example\.org\/invite\/([A-Za-z0-9_-]+)/.exec(message.text ?? "");
    expect(link, "the plain-text body carries the link").not.toBeNull();
    expect(message.html || "").toContain(link![0]);
    expect(message.text).toContain("Dear Mailed Invitee");

    const accepted = await acceptInvitation(t.db, {
      token: link![1],
      password: "a password from the mail",
      confirm: "a password from the mail",
    });
    expect(accepted.user).toMatchObject({ email: "mailed.invitee@example.org" });
    await expect(
      acceptInvitation(t.db, {
        token: link![1],
        password: "a password from the mail",
        confirm: "a password from the mail",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("shows the link when the mail server refuses it, and keeps the invitation", async () => {
    const admin = (await loadViewer(
      t.db,
      (await t.db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL } })).id,
    ))!;
    const mail = smtpSender({ SMTP_URL: "smtp://127.0.0.1:1", SMTP_FROM: "Portal <portal@example.org>" });
    const result = await addUser(
      { db: t.db, viewer: admin },
      { email: "unmailed@example.org", name: "Not Mailed", days: 3 },
      { mail, baseUrl: "https://portal.example.org" },
    );
    expect(result.emailed).toBe(false);
    expect(result.link).toMatch(/^https:\/\/portal\.example\.org\/invite\//);
    expect(result.message).toMatch(/could not be sent/);
  });
});
