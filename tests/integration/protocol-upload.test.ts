import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { readProtocol } from "@/domain/protocol-reading/read-protocol";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { DEMO_ADMIN_EMAIL, demoEmail } from "@/server/seed/seed-demo-data";
import { readProtocolDocumentAction } from "@/app/areas/[area]/protocols/read/actions";
import { GET as getSource } from "@/app/areas/[area]/protocols/[protocol]/source/route";
import {
  TINY_PNG,
  docxFromParagraphs,
  paragraphsOf,
  passwordProtectedPdf,
  pdfFromParagraphs,
} from "../factories/protocol-documents";
import { signIn, signOut, useActionHarness, type Outcome } from "./support/action-harness";
import { withTestDatabase } from "./support/test-db";

// The upload runs as under Next: the action with a real session cookie (support/action-harness.ts).
vi.mock("next/headers", async () => (await import("./support/action-harness")).nextHeaders);
vi.mock("next/cache", async () => (await import("./support/action-harness")).nextCache);
vi.mock("@/server/data/db", async () => (await import("./support/action-harness")).appDb);

const t = withTestDatabase({ seeded: true });
useActionHarness(t, new Date("2026-11-23T10:00:00Z"));
const v: Record<string, Viewer> = {};
const viewerFor = async (email: string) =>
  (await loadViewer(t.db, (await t.db.user.findUniqueOrThrow({ where: { email } })).id))!;

const SEEDS = join(import.meta.dirname, "../fixtures/seeds");
const HALTON = readFileSync(
  join(
    SEEDS,
    readdirSync(SEEDS).find((f) => f.startsWith("004_"))!,
  ),
  "utf8",
);
const MB = 1024 * 1024;
// The harness points the evidence store (and so the protocol documents) at this folder.
const uploadDir = process.env.UPLOAD_DIR!;
const filesStored = () => (existsSync(uploadDir) ? readdirSync(uploadDir).length : 0);
const counts = async () => ({
  protocols: await t.db.protocol.count(),
  sources: await t.db.protocolSource.count(),
  proposals: await t.db.protocolProposal.count(),
  clauses: await t.db.clause.count(),
  boards: await t.db.board.count(),
  audit: await t.db.auditEntry.count(),
  files: filesStored(),
});

/** Posts the upload form as a browser does: text fields and the one file. */
async function upload(fields: Record<string, string>, file?: File): Promise<Outcome> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file) form.append("file", file);
  try {
    const answer = await readProtocolDocumentAction(null, form);
    return answer.ok ? { ok: true } : answer;
  } catch (error) {
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;"))
      return { ok: true, redirect: digest.split(";")[2] };
    throw error;
  }
}
const fileOf = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name);
const protocolIdOf = (outcome: Outcome) => {
  expect(outcome).toMatchObject({ ok: true });
  const match = /^\/areas\/halton\/protocols\/([^/]+)\/review$/.exec((outcome as { redirect?: string }).redirect ?? "");
  expect(match, JSON.stringify(outcome)).not.toBeNull();
  return match![1]!;
};
const download = (area: string, protocol: string) =>
  getSource(new Request(`http://localhost/areas/${area}/protocols/${protocol}/source`), {
    params: Promise.resolve({ area, protocol }),
  });

beforeAll(async () => {
  v.admin = await viewerFor(DEMO_ADMIN_EMAIL);
  v.member = await viewerFor(demoEmail("halton", "HSCB", "member"));
  v.kentChair = await viewerFor(demoEmail("kent", "KSCB", "chair"));
});

describe(`uploading a protocol document through the action on ${process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("refuses each bad file with its own message at the file field, and stores nothing", async () => {
    await signIn(v.admin!);
    const otherZip = new JSZip();
    otherZip.file(`notes-${Math.random().toString(36).slice(2)}.txt`, `Random text ${Math.random()}`);
    const bad: [string, File][] = [
      ["an empty file", fileOf(new Uint8Array(0), "halton-protocol.pdf")],
      ["a 50 MB file", new File([Buffer.alloc(50 * MB)], "halton-protocol.pdf", { type: "application/pdf" })],
      ["a PNG renamed .pdf", fileOf(TINY_PNG, "halton-protocol.pdf")],
      ["a password-protected PDF", fileOf(await passwordProtectedPdf(), "halton-protocol.pdf")],
      [
        "a .docx that is a zip of something else",
        fileOf(await otherZip.generateAsync({ type: "uint8array" }), "halton-protocol.docx"),
      ],
    ];
    const before = await counts();
    const read = vi.spyOn(File.prototype, "arrayBuffer");
    const messages = new Map<string, string>();
    for (const [what, file] of bad) {
      read.mockClear();
      const outcome = await upload({ area: "halton" }, file);
      expect(outcome.ok, what).toBe(false);
      if (outcome.ok) continue;
      expect(outcome.code, what).toBe("VALIDATION");
      const message = outcome.fieldErrors.file?.join(" ") ?? "";
      expect(message.length, `${what}: ${JSON.stringify(outcome)}`).toBeGreaterThan(20);
      expect(Object.keys(outcome.fieldErrors), what).toEqual(["file"]);
      messages.set(what, message);
      // The 50 MB file is refused by its size: its bytes are never read.
      if (what === "a 50 MB file") expect(read).not.toHaveBeenCalled();
      else if (what !== "an empty file") expect(read, what).toHaveBeenCalled();
    }
    read.mockRestore();
    expect(messages.get("an empty file")).toMatch(/empty/i);
    expect(messages.get("a 50 MB file")).toMatch(/50\.0 MB.*limit is 20 MB/);
    expect(messages.get("a PNG renamed .pdf")).toMatch(/PNG/);
    expect(messages.get("a password-protected PDF")).toMatch(/password/i);
    expect(messages.get("a .docx that is a zip of something else")).toMatch(/Word/);
    expect(new Set(messages.values()).size).toBe(bad.length);
    expect(await counts()).toEqual(before);
  });

  it("refuses a missing file and several files at the file field", async () => {
    await signIn(v.admin!);
    const before = await counts();
    const none = await upload({ area: "halton" });
    expect(none).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((none as { fieldErrors: Record<string, string[]> }).fieldErrors.file?.[0]).toMatch(/Choose the protocol/);
    const form = new FormData();
    form.append("area", "halton");
    form.append("file", fileOf(new TextEncoder().encode(HALTON), "a.txt"));
    form.append("file", fileOf(new TextEncoder().encode(HALTON), "b.txt"));
    const several = await readProtocolDocumentAction(null, form);
    expect(several).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringMatching(/Choose one file/)] } });
    expect(await counts()).toEqual(before);
  });

  it("refuses a board member (no protocol:manage) and an outsider before reading the file", async () => {
    const before = await counts();
    await signIn(v.member!);
    expect(await upload({ area: "halton" }, fileOf(new TextEncoder().encode(HALTON), "halton.txt"))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    await signIn(v.kentChair!);
    expect(await upload({ area: "halton" }, fileOf(new TextEncoder().encode(HALTON), "halton.txt"))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await counts()).toEqual(before);
  });

  it("reads the Halton seed as text, PDF and Word into the same clauses, keeps each file, and serves it back", async () => {
    await signIn(v.admin!);
    const fromText = readProtocol(HALTON).clauses.map((c) => c.ref);
    const paragraphs = paragraphsOf(HALTON);
    const documents: [string, Uint8Array, string][] = [
      ["halton-protocol.txt", new TextEncoder().encode(HALTON), "text/plain; charset=utf-8"],
      ["Halton protocol – signed.pdf", await pdfFromParagraphs(paragraphs), "application/pdf"],
      [
        "halton-protocol.docx",
        await docxFromParagraphs(paragraphs),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      ],
    ];
    for (const [name, bytes, contentType] of documents) {
      const before = await counts();
      const protocolId = protocolIdOf(await upload({ area: "halton" }, fileOf(bytes, name)));
      const refs = (await t.db.clause.findMany({ where: { protocolId }, orderBy: { position: "asc" } })).map(
        (c) => c.ref,
      );
      expect(refs, name).toEqual(fromText);
      const after = await counts();
      expect(after.protocols - before.protocols, name).toBe(1);
      expect(after.sources - before.sources, name).toBe(1);
      expect(after.files - before.files, name).toBe(1);
      expect(after.proposals - before.proposals, name).toBeGreaterThan(10);
      expect(after.audit - before.audit, name).toBe(1);

      const response = await download("halton", protocolId);
      expect(response.status, name).toBe(200);
      expect(response.headers.get("content-type")).toBe(contentType);
      expect(response.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent(name)}`);
      expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(bytes)), name).toBe(true);

      // Not for someone who cannot read the protocol, nor from another area's address, nor signed out.
      await signIn(v.kentChair!);
      expect((await download("halton", protocolId)).status).toBe(404);
      await signIn(v.admin!);
      expect((await download("kent", protocolId)).status).toBe(404);
      signOut();
      expect((await download("halton", protocolId)).status).toBe(401);
      await signIn(v.admin!);
    }
    // A protocol with no source document has none to download.
    const seeded = await t.db.protocol.findFirstOrThrow({ where: { source: null, key: { startsWith: "halton" } } });
    expect((await download("halton", seeded.id)).status).toBe(404);
  });

  it("reads the other four seeds as PDF and as Word into the same clauses as their text", async () => {
    await signIn(v.admin!);
    const areas: [string, string][] = [
      ["000_", "kent"],
      ["001_", "medway"],
      ["002_", "knowsley"],
      ["003_", "harrow"],
    ];
    for (const [prefix, area] of areas) {
      const text = readFileSync(
        join(
          SEEDS,
          readdirSync(SEEDS).find((f) => f.startsWith(prefix))!,
        ),
        "utf8",
      );
      const fromText = readProtocol(text).clauses.map((c) => c.ref);
      const paragraphs = paragraphsOf(text);
      for (const [name, bytes] of [
        [`${area}.pdf`, await pdfFromParagraphs(paragraphs)],
        [`${area}.docx`, await docxFromParagraphs(paragraphs)],
      ] as const) {
        const outcome = await upload({ area }, fileOf(bytes, name));
        const match = new RegExp(`^/areas/${area}/protocols/([^/]+)/review$`).exec(
          (outcome as { redirect?: string }).redirect ?? "",
        );
        expect(match, `${name}: ${JSON.stringify(outcome)}`).not.toBeNull();
        const refs = (
          await t.db.clause.findMany({ where: { protocolId: match![1]! }, orderBy: { position: "asc" } })
        ).map((c) => c.ref);
        expect(refs, name).toEqual(fromText);
      }
    }
  });

  it("reads a document into a draft with no rules, once", async () => {
    await signIn(v.admin!);
    const boards = await t.db.board.findMany({ where: { slug: { in: ["halton-hct", "halton-hscb"] } } });
    const draft = await t.db.protocol.create({
      data: {
        key: `upload-draft-${process.pid}`,
        title: "Halton draft typed in",
        version: "1",
        status: "draft",
        parties: { create: boards.map((b) => ({ boardId: b.id })) },
        clauses: { create: [{ ref: "1", text: "A placeholder clause.", position: 0 }] },
      },
    });
    const bytes = new TextEncoder().encode(HALTON);
    const id = protocolIdOf(await upload({ area: "halton", protocolId: draft.id }, fileOf(bytes, "halton.txt")));
    expect(id).toBe(draft.id);
    expect(await t.db.protocolSource.count({ where: { protocolId: draft.id } })).toBe(1);
    expect((await t.db.clause.findMany({ where: { protocolId: draft.id } })).map((c) => c.ref)).toContain("33");
    const before = await counts();
    const again = await upload({ area: "halton", protocolId: draft.id }, fileOf(bytes, "halton.txt"));
    expect(again).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((again as { fieldErrors: Record<string, string[]> }).fieldErrors.file?.[0]).toMatch(/already been read/);
    expect(await counts()).toEqual(before);
  });
});
