import { describe, expect, it } from "vitest";
import { formatCivilDate } from "@/lib/dates";
import { renderNoticeMail, type NoticeContent } from "./render-notice";

const digest: NoticeContent = {
  council: "Knowsley",
  title: "Your weekly digest: 1 overdue, 1 due soon",
  intro: "As of 30 November 2026: what your board is owed or owes.",
  lines: [
    {
      text: `Knowsley Safeguarding Children Board: Annual report <draft> & plan, due ${formatCivilDate("2026-09-30")}, overdue`,
      link: "/areas/knowsley/items/item-1",
    },
    {
      text: "Knowsley Strategic Board: Joint review, due 14 December 2026, due soon",
      link: "/areas/knowsley/items/item-2",
    },
  ],
  link: "/",
  reason: "You get this weekly digest as secretariat of Knowsley Safeguarding Children Board.",
};

describe("a digest as mail", () => {
  const mail = renderNoticeMail(digest, {
    baseUrl: "https://portal.example.org/",
    unsubscribeUrl: "https://portal.example.org/unsubscribe/abc.def",
  });

  it("names the council in the subject and the footer", () => {
    expect(mail.subject).toBe("Your weekly digest: 1 overdue, 1 due soon (Knowsley)");
    expect(mail.text).toContain("\n--\nKnowsley. You get this weekly digest");
    expect(mail.html).toContain("Knowsley. You get this weekly digest");
  });

  it("writes dates the UK way", () => {
    expect(formatCivilDate("2026-09-30")).toBe("30 September 2026");
    expect(mail.text).toContain("due 30 September 2026, overdue");
  });

  it("plain text: one line per item with its board, due date and full link", () => {
    const lines = mail.text.split("\n").filter((l) => l.startsWith("- "));
    expect(lines).toEqual([
      "- Knowsley Safeguarding Children Board: Annual report <draft> & plan, due 30 September 2026, overdue: https://portal.example.org/areas/knowsley/items/item-1",
      "- Knowsley Strategic Board: Joint review, due 14 December 2026, due soon: https://portal.example.org/areas/knowsley/items/item-2",
    ]);
    expect(mail.text).toContain("Change what you are sent: https://portal.example.org/account/notifications");
    expect(mail.text).toContain("Stop these messages: https://portal.example.org/unsubscribe/abc.def");
  });

  it("HTML: a language, a title, a heading, a list whose links are words, and escaped text", () => {
    expect(mail.html).toMatch(/^<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>/);
    expect(mail.html).toContain("<h1");
    expect(mail.html.match(/<li>/g)).toHaveLength(2);
    expect(mail.html).toContain("Annual report &lt;draft&gt; &amp; plan");
    expect(mail.html).not.toContain("<draft>");
    // Every link's text is words, never a bare address; no images.
    for (const [, text] of mail.html.matchAll(/<a [^>]*>([^<]*)<\/a>/g)) expect(text).not.toMatch(/^https?:/);
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain('href="https://portal.example.org/unsubscribe/abc.def"');
  });

  it("leaves the unsubscribe line out when there is no link", () => {
    const plain = renderNoticeMail(digest, { baseUrl: "https://portal.example.org", unsubscribeUrl: null });
    expect(plain.text).not.toContain("Stop these messages");
    expect(plain.html).not.toContain("stop these messages");
  });
});
