import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import { randomUUID } from "node:crypto";
import { workflowEnv } from "@/server/core/env";
import type { DbTx } from "@/server/data/database";

/**
 * Where evidence files live: local disk by default, or rows of the database (EVIDENCE_STORAGE=database)
 * for installs with several app instances and no shared disk or object storage. Another store (S3,
 * SharePoint) implements the same three calls. Keys are generated here, never taken from users, so no
 * path can escape the root and no row can be chosen by a caller.
 */
export interface EvidenceStore {
  put(bytes: Uint8Array): Promise<string>;
  /** The stored bytes; throws when the key was never stored or has been removed. */
  get(key: string): Promise<Buffer>;
  /** Removes a file whose row was never written (its transaction failed), so none is left orphaned. */
  remove(key: string): Promise<void>;
}

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function checkKey(key: string) {
  if (typeof key !== "string" || !KEY.test(key)) throw new Error("Invalid storage key");
}

export function localDiskStore(root: string): EvidenceStore {
  // A configured directory outside the build: tell the bundler not to trace it.
  const dir = isAbsolute(root) ? root : resolve(/*turbopackIgnore: true*/ process.cwd(), root);
  return {
    async put(bytes) {
      const key = randomUUID();
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, key), bytes, { flag: "wx" });
      return key;
    },
    async get(key) {
      checkKey(key);
      return readFile(join(dir, key));
    },
    async remove(key) {
      checkKey(key);
      await rm(join(dir, key), { force: true });
    },
  };
}

/** Files as rows of EvidenceBlob: every instance on the same database reads what any other stored. */
export function databaseStore(db: DbTx): EvidenceStore {
  return {
    async put(bytes) {
      const key = randomUUID();
      await db.evidenceBlob.create({ data: { key, data: Buffer.from(bytes), sizeBytes: bytes.byteLength } });
      return key;
    },
    async get(key) {
      checkKey(key);
      const blob = await db.evidenceBlob.findUnique({ where: { key }, select: { data: true } });
      if (!blob) throw new Error("No stored file has that key");
      return Buffer.from(blob.data);
    },
    async remove(key) {
      checkKey(key);
      await db.evidenceBlob.deleteMany({ where: { key } });
    },
  };
}

/** The configured store (EVIDENCE_STORAGE, UPLOAD_DIR); `db` is the client the database store writes through. */
export function evidenceStore(db: DbTx): EvidenceStore {
  const settings = workflowEnv();
  return settings.EVIDENCE_STORAGE === "database" ? databaseStore(db) : localDiskStore(settings.UPLOAD_DIR);
}

/**
 * Stores files, then runs `write`, the transaction that records them; if it fails (a lost version
 * race, a refusal, a crash of the database) the files it stored are removed, so none is left orphaned.
 */
export async function withStoredFiles<F extends { bytes: Uint8Array }, T>(
  store: EvidenceStore,
  files: readonly F[],
  write: (stored: (F & { storageKey: string })[]) => Promise<T>,
): Promise<T> {
  const stored: (F & { storageKey: string })[] = [];
  try {
    for (const f of files) stored.push({ ...f, storageKey: await store.put(f.bytes) });
    return await write(stored);
  } catch (error) {
    await Promise.all(stored.map((f) => store.remove(f.storageKey).catch(() => undefined)));
    throw error;
  }
}
