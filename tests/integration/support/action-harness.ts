import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, vi } from "vitest";
import type { Viewer } from "@/server/authz/load-viewer";
import type * as ActionModule from "@/server/core/action";
import type { ActionFailure, ActionResult, ErrorCode } from "@/server/core/errors";
import type { Db } from "@/server/data/database";

/**
 * Calling server actions (and the item-note route) from integration tests as Next calls them, with
 * three seams replaced, each in one place:
 * - `next/headers`: the cookie jar below. signIn() puts a real session cookie in it (startSession
 *   encodes a next-auth JWT with the test secret), so each action's session step runs for real:
 *   the cookie is decoded and the viewer loaded from the database.
 * - `next/cache`: revalidatePath does nothing (there is no page cache outside Next).
 * - `@/server/data/db`: the app's client singleton (created from DATABASE_URL in the app) is the
 *   test file's own database, through a getter, so the actions write where the test looks.
 * vi.mock is hoisted only within the test file, so each test file that calls actions declares:
 *
 *   vi.mock("next/headers", async () => (await import("./support/action-harness")).nextHeaders);
 *   vi.mock("next/cache", async () => (await import("./support/action-harness")).nextCache);
 *   vi.mock("@/server/data/db", async () => (await import("./support/action-harness")).appDb);
 *
 * and calls useActionHarness(t) after withTestDatabase. Next's redirect (a thrown NEXT_REDIRECT)
 * counts as success. This module imports nothing that imports the mocked modules.
 */

// The session needs a secret (32+ characters); evidence goes to a temporary folder, never data/.
process.env.NEXTAUTH_SECRET ??= "integration-tests-only-secret-0123456789abcdef";
process.env.UPLOAD_DIR = join(tmpdir(), `portal-action-evidence-${process.pid}`);

let database: Db | undefined;
export const appDb = {
  get db(): Db {
    if (!database) throw new Error("No test database yet: call useActionHarness(t) after withTestDatabase()");
    return database;
  },
};

const jar = new Map<string, string>();
const cookieStore = {
  get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
  getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  has: (name: string) => jar.has(name),
  set: (name: string, value: string) => void jar.set(name, value),
  delete: (name: string) => void jar.delete(name),
};
export const nextHeaders = {
  cookies: () => Promise.resolve(cookieStore),
  headers: () => Promise.resolve(new Headers()),
};
export const nextCache = { revalidatePath: () => undefined, revalidateTag: () => undefined };

/** The viewer's session, as signing in makes it (the same cookie, the same JWT). */
export async function signIn(viewer: Viewer) {
  const { startSession } = await import("@/server/auth/session");
  await startSession({ id: viewer.userId, email: viewer.email, name: viewer.name });
  signedIn.viewer = viewer;
}
export const signOut = () => {
  jar.clear();
  signedIn.viewer = undefined;
};

/**
 * For the bad-input property test only (29,000 calls): the session step answers with the signed-in
 * viewer instead of decoding the cookie and loading the viewer each time. The permission matrix and
 * the audit test keep the real session step; this one is about what the input does. Declared as
 *
 *   vi.mock("@/server/auth/session", async () => (await import("./support/action-harness")).signedInSession);
 */
const signedIn: { viewer: Viewer | undefined } = { viewer: undefined };
export const signedInSession = {
  requireActionUser: () => {
    if (!signedIn.viewer) throw new Error("Nobody is signed in: call signIn(viewer) first");
    return Promise.resolve(signedIn.viewer);
  },
  currentViewer: () => Promise.resolve(signedIn.viewer ?? null),
  // signIn() records the viewer above; there is no cookie to write.
  startSession: () => Promise.resolve(),
};

/**
 * Points the actions at the test file's database and fixes the clock at `now` (advancing from
 * there), since the registry's dates are relative to it and the use cases read the real clock.
 */
export function useActionHarness(t: { db: Db }, now: Date) {
  beforeAll(() => {
    database = t.db;
    vi.useFakeTimers({ now, toFake: ["Date"], shouldAdvanceTime: true });
  });
  afterAll(() => {
    vi.useRealTimers();
    signOut();
    database = undefined;
  });
}

/** What an endpoint answered, whatever its kind: success (a message or a redirect), or a refusal. */
export type Outcome = { ok: true; redirect?: string } | ActionFailure;

async function settle(result: Promise<ActionResult<unknown>>): Promise<Outcome> {
  try {
    const answer = await result;
    return answer.ok ? { ok: true } : answer;
  } catch (error) {
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;"))
      return { ok: true, redirect: digest.split(";")[2] };
    throw error;
  }
}

/**
 * How the browser reaches an action: a form (FormData, so every value is text or a file), a call
 * from client code (any serialisable value), or an HTTP request to a route handler.
 */
export interface Endpoint<T> {
  channel: "form" | "call" | "route";
  send: (values: unknown, target: T) => Promise<Outcome>;
}

type UploadLike = { name: string; type: string; size: number; bytes: Uint8Array };
const isUpload = (v: unknown): v is UploadLike =>
  typeof v === "object" && v !== null && (v as { bytes?: unknown }).bytes instanceof Uint8Array;

/**
 * A file whose size is larger than its bytes: stands for an upload over the limit (up to 2 GB in
 * the bad values) without allocating it. The action reads `size` and, over the limit, not the bytes.
 */
class LargeFile extends File {
  constructor(
    bytes: Uint8Array,
    name: string,
    type: string,
    private readonly claimed: number,
  ) {
    super([new Uint8Array(bytes)], name, { type });
  }
  override get size() {
    return this.claimed;
  }
}
const fileOf = (u: UploadLike) =>
  u.size === u.bytes.length
    ? new File([new Uint8Array(u.bytes)], u.name, { type: u.type })
    : new LargeFile(u.bytes, u.name, u.type, u.size);

/** A value as text, as a form field or a URL carries it: objects and arrays as JSON. */
const textOf = (value: unknown) =>
  typeof value === "string"
    ? value
    : typeof value === "object" && value !== null
      ? JSON.stringify(value)
      : String(value);

/**
 * The form a browser (or anyone posting to the action) could send for these values: absent ones
 * left out, files as files, other values as their text (objects and arrays as JSON). A value that
 * is not an object at all sends an empty form.
 */
export function formDataOf(values: unknown, lists: readonly string[] = []): FormData {
  const form = new FormData();
  if (typeof values !== "object" || values === null || Array.isArray(values)) return form;
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    // A group of checkboxes sharing a name: one value each (an empty list sends none).
    if (lists.includes(key) && Array.isArray(value)) for (const v of value) form.append(key, textOf(v));
    else if (Array.isArray(value) && value.length > 0 && value.every(isUpload))
      for (const u of value) form.append(key, fileOf(u));
    else form.append(key, textOf(value));
  }
  return form;
}

type FormAction = (prev: never, form: FormData) => Promise<ActionResult<unknown>>;
/** `lists`: the fields that are checkbox groups, sent as one value per element of an array. */
export const viaForm = <T>(action: FormAction, lists: readonly string[] = []): Endpoint<T> => ({
  channel: "form",
  send: (values) => settle(action(null as never, formDataOf(values, lists))),
});
export const viaCall = <T>(call: (values: unknown, target: T) => Promise<ActionResult<unknown>>): Endpoint<T> => ({
  channel: "call",
  send: (values, target) => settle(call(values, target)),
});

const STATUS_CODES: Record<number, ErrorCode> = {
  400: "VALIDATION",
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  409: "CONFLICT",
  429: "RATE_LIMITED",
};
type ItemRoute = (request: Request, context: { params: Promise<{ item: string }> }) => Promise<Response>;

/** A same-origin JSON POST to /api/items/{itemId}/...: the item from the values' itemId, the rest as the body. */
export const viaItemRoute = <T>(post: ItemRoute, path: string): Endpoint<T> => ({
  channel: "route",
  send: async (values) => {
    const { itemId, ...body } =
      typeof values === "object" && values !== null && !Array.isArray(values)
        ? (values as Record<string, unknown>)
        : { itemId: undefined };
    const item = itemId === undefined ? "" : textOf(itemId);
    const origin = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
    const request = new Request(`${origin}/api/items/${encodeURIComponent(item)}/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin },
      body:
        JSON.stringify(typeof values === "object" && values !== null && !Array.isArray(values) ? body : values) ?? "",
    });
    const response = await post(request, { params: Promise.resolve({ item }) });
    if (response.ok) return { ok: true };
    const json = (await response.json()) as { error?: string; fieldErrors?: Record<string, string[]> };
    const code = STATUS_CODES[response.status];
    return {
      ok: false,
      ...(code ? { code } : {}),
      ...(json.error ? { formError: json.error } : {}),
      fieldErrors: json.fieldErrors ?? {},
    };
  },
});

/**
 * For the permission matrix: counts the use cases the actions run, by wrapping `run` of every
 * action built with the helper (src/server/core/action.ts). A refusal must come before the use
 * case (the action's own authorise step), and an action not built with the helper runs none.
 *   vi.mock("@/server/core/action", async (real) => (await import("./support/action-harness")).counted(await real()));
 */
let useCases = 0;
export const useCasesRun = () => useCases;
export function counted(real: typeof ActionModule): typeof ActionModule {
  const count = <S extends { run: (...args: never[]) => Promise<unknown> }>(spec: S): S => ({
    ...spec,
    run: (...args: never[]) => {
      useCases++;
      return spec.run(...args);
    },
  });
  return {
    ...real,
    defineAction: (spec) => real.defineAction(count(spec)),
    formAction: (spec) => real.formAction(count(spec)),
    performAction: (spec, viewer, args) => real.performAction(count(spec), viewer, args),
  };
}
