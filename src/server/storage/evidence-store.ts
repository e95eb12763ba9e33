import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import { randomUUID } from "node:crypto";
import { workflowEnv } from "@/server/core/env";

/**
 * Where evidence files live. Local disk by default; another store (S3, SharePoint) implements the
 * same two calls. Keys are generated here, never taken from users, so no path can escape the root.
 */
export interface EvidenceStore {
  put(bytes: Uint8Array): Promise<string>;
  get(key: string): Promise<Buffer>;
  /** Removes a file whose row was never written (its transaction failed), so none is left orphaned. */
  remove(key: string): Promise<void>;
}

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

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
      if (!KEY.test(key)) throw new Error("Invalid storage key");
      return readFile(join(dir, key));
    },
    async remove(key) {
      if (!KEY.test(key)) throw new Error("Invalid storage key");
      await rm(join(dir, key), { force: true });
    },
  };
}

export function evidenceStore(): EvidenceStore {
  return localDiskStore(workflowEnv().UPLOAD_DIR);
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
