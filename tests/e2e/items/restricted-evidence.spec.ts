import { expect, expectAccessible, otherUser, signIn, test } from "../fixtures";

/**
 * Issue 14: evidence is for the boards an item concerns, and a secretariat can restrict a piece to
 * those boards' secretariats and chairs. In Halton, the Children's Trust (HCT) formally consults the
 * Safeguarding Children Board (HSCB) on its plan: the HCT's secretariat records the consultation,
 * sends the draft as a PDF and restricts it; a member of the HSCB, the recipient board, then no longer
 * sees the file, and its address answers 404.
 */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const today = new Date().toISOString().slice(0, 10);

test("a secretariat restricts a file, and the recipient board's member no longer sees it", async ({
  page,
  browser,
}) => {
  await signIn(page, "halton.hct.secretariat@demo.example.org");
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
  await page.goto("/areas/halton/boards/HCT/calendar?fy=2026");
  await page
    .getByRole("row")
    .filter({ hasText: "Formally consult the HSCB when the Children & Young People's Plan is being drafted" })
    .getByRole("link", { name: /^Record event/ })
    .click();
  await page.getByLabel("What is happening").fill("Consultation on the draft Children and Young People's Plan");
  const recipient = page.getByLabel("Who it is for");
  if (await recipient.count()) await recipient.selectOption({ index: 1 });
  await page.getByRole("button", { name: "Record event" }).click();
  await page.waitForURL(/\/areas\/halton\/items\//);
  const itemUrl = page.url();

  await page.getByLabel("Date it was sent").fill(today);
  await page
    .getByLabel("Upload documents (optional)")
    .setInputFiles({ name: "cypp-draft-safeguarding.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Mark as sent" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Marked sent." })).toBeVisible();
  const file = page.getByRole("link", { name: /cypp-draft-safeguarding\.pdf/ });
  const fileUrl = new URL((await file.getAttribute("href"))!, page.url()).toString();

  // The recipient board's member sees the file until it is restricted.
  const member = await otherUser(browser, "halton.hscb.member@demo.example.org");
  await member.page.goto(itemUrl);
  await expect(member.page.getByRole("link", { name: /cypp-draft-safeguarding\.pdf/ })).toBeVisible();
  await expect(member.page.getByRole("button", { name: /^Restrict/ })).toHaveCount(0);

  await page.getByRole("button", { name: "Restrict cypp-draft-safeguarding.pdf" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Evidence restricted" })).toBeVisible();
  const entry = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: /cypp-draft-safeguarding/ }) });
  await expect(entry.getByText("Restricted", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove restriction cypp-draft-safeguarding.pdf" })).toBeVisible();
  await expectAccessible(page);

  await member.page.reload();
  await expect(member.page.getByRole("heading", { level: 2, name: "History" })).toBeVisible();
  await expect(member.page.getByRole("link", { name: /cypp-draft-safeguarding\.pdf/ })).toHaveCount(0);
  await expect(member.page.getByText("Restricted", { exact: true })).toHaveCount(0);
  await expectAccessible(member.page);
  expect((await member.page.request.get(fileUrl)).status()).toBe(404);
  expect((await page.request.get(fileUrl)).status()).toBe(200);
  await member.close();
});
