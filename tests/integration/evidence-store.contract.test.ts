import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createDatabase, type Db } from "@/server/data/database";
import { databaseStore, evidenceStore, localDiskStore, type EvidenceStore } from "@/server/storage/evidence-store";
import { withTestDatabase } from "./support/test-db";

/**
 * The evidence store's contract: local disk and database rows behave the same, on the dialect under
 * test (a real database, a real directory). "Another instance" is a second store over the same disk
 * directory or a second client on the same database, as two `next start` processes would have.
 */
const t = withTestDatabase();
const root = mkdtempSync(join(tmpdir(), "portal-evidence-contract-"));
const others: Db[] = [];
afterAll(async () => {
  await Promise.all(others.map((db) => db.$disconnect()));
});

const backends: [string, () => EvidenceStore, () => EvidenceStore][] = [
  ["disk", () => localDiskStore(root), () => localDiskStore(root)],
  [
    "database",
    () => databaseStore(t.db),
    () => {
      const other = createDatabase(t.url);
      others.push(other);
      return databaseStore(other);
    },
  ],
];

const missing = async (work: Promise<unknown>) => {
  const outcome = await work.then(
    () => "resolved",
    (e: unknown) => e,
  );
  expect(outcome).toBeInstanceOf(Error);
};

describe.each(backends)("the %s evidence store", (_name, open, openAnother) => {
  it("gives back exactly the bytes it stored, under a generated key", async () => {
    const store = open();
    const bytes = new Uint8Array([0, 1, 2, 255, 254, 0, 10, 13, ...randomBytes(256 * 1024)]);
    const key = await store.put(bytes);
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const back = await store.get(key);
    expect(Buffer.isBuffer(back)).toBe(true);
    expect(back.equals(Buffer.from(bytes))).toBe(true);
  });

  it("keys two puts of the same bytes apart", async () => {
    const store = open();
    const bytes = new TextEncoder().encode("%PDF-1.7 same bytes twice");
    const [a, b] = await Promise.all([store.put(bytes), store.put(bytes)]);
    expect(a).not.toBe(b);
    expect((await store.get(a)).equals(await store.get(b))).toBe(true);
  });

  it("serves another instance what one instance stored", async () => {
    const key = await open().put(new TextEncoder().encode("stored by instance A"));
    expect((await openAnother().get(key)).toString("utf8")).toBe("stored by instance A");
  });

  it("refuses keys it did not make, and keys never stored", async () => {
    const store = open();
    for (const key of ["../../etc/passwd", "", "not-a-key", `${"0".repeat(8)}-0000-0000-0000-${"0".repeat(12)}/x`])
      await missing(store.get(key));
    await missing(store.remove("../outside"));
    await missing(store.get("00000000-0000-4000-8000-000000000000"));
  });

  it("removes a file, and removing it again is harmless", async () => {
    const store = open();
    const key = await store.put(new TextEncoder().encode("orphan"));
    await store.remove(key);
    await missing(store.get(key));
    await store.remove(key);
  });
});

describe("the configured evidence store (EVIDENCE_STORAGE)", () => {
  const saved = { storage: process.env.EVIDENCE_STORAGE, dir: process.env.UPLOAD_DIR };
  afterEach(() => {
    for (const [name, value] of [
      ["EVIDENCE_STORAGE", saved.storage],
      ["UPLOAD_DIR", saved.dir],
    ] as const)
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  });

  it("is local disk under UPLOAD_DIR by default, writing no row", async () => {
    delete process.env.EVIDENCE_STORAGE;
    process.env.UPLOAD_DIR = mkdtempSync(join(tmpdir(), "portal-evidence-default-"));
    const before = await t.db.evidenceBlob.count();
    const key = await evidenceStore(t.db).put(new TextEncoder().encode("on disk"));
    expect(readdirSync(process.env.UPLOAD_DIR)).toEqual([key]);
    expect(await t.db.evidenceBlob.count()).toBe(before);
  });

  it("is rows of EvidenceBlob with EVIDENCE_STORAGE=database, writing no file", async () => {
    process.env.EVIDENCE_STORAGE = "database";
    process.env.UPLOAD_DIR = join(tmpdir(), `portal-evidence-unused-${process.pid}`);
    const key = await evidenceStore(t.db).put(new TextEncoder().encode("in a row"));
    const row = await t.db.evidenceBlob.findUniqueOrThrow({ where: { key } });
    expect(row.sizeBytes).toBe(8);
    expect(Buffer.from(row.data).toString("utf8")).toBe("in a row");
    expect(existsSync(process.env.UPLOAD_DIR)).toBe(false);
  });

  it("refuses any other value with a message naming the variable", () => {
    process.env.EVIDENCE_STORAGE = "s3";
    expect(() => evidenceStore(t.db)).toThrow(/EVIDENCE_STORAGE must be "disk" or "database"/);
  });
});
