import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { keptValues } from "@/lib/form-data";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { requireActionUser } from "@/server/auth/session";
import type { Viewer } from "@/server/authz/load-viewer";
import type { Db } from "@/server/data/database";
import { db } from "@/server/data/db";
import { logActionOutcome } from "./request-log";
import { toActionFailure, type ActionFailure, type ActionResult } from "./errors";

/**
 * The one shape of a server action (STYLE.md, "Server actions are public endpoints"):
 *
 *   session → read → zod → authorise → one use case → answer
 *
 * - the viewer comes from the session cookie, never from the input;
 * - `read` turns what the browser sent into the use case's raw input (src/lib/form-data.ts);
 * - `schema` (from src/lib/schemas) parses it; a refusal is field errors, with what was typed kept;
 * - `authorize` checks the viewer against the board of the object itself (the item's boards, the
 *   membership's board, the protocol's parties), loaded by an authz function, before anything runs;
 * - `run` calls one use case with the raw input; the use case parses and authorises again (the CLI
 *   calls it directly) and writes with its audit entry in one transaction;
 * - `done` turns its result into a message for the form, or a page to go to.
 * An AppError anywhere becomes `{ ok: false, code, formError, fieldErrors }`; anything else is
 * logged and becomes a generic message. Action files hold no queries: they pass no `db`.
 */
export type ActionCtx = { db: Db; viewer: Viewer };

/** What a success answers: a message (and data) for the form, or the page to go to. */
export type Answer<D = undefined> = { message?: string; data?: D } | { redirect: string };

/** A page whose cached render a success makes stale (Next's revalidatePath). */
export type Revalidation = { path: string; type?: "page" | "layout" };

export interface ActionSpec<Args extends unknown[], Raw, S extends z.ZodType, R, D> {
  /** The raw input, from the action's arguments (a form, or an object sent by client code). */
  read: (...args: Args) => Raw | Promise<Raw>;
  /** Parses the raw input; a function when the rules depend on the day (today's date in London). */
  schema: S | ((now: Date) => S);
  /** The message above the field errors when the schema refuses (the use case's own words). */
  invalid?: string;
  /** Refuses (throws FORBIDDEN or NOT_FOUND) unless the viewer may act on the object the input names. */
  authorize: (ctx: ActionCtx, input: z.output<S>) => Promise<unknown>;
  run: (ctx: ActionCtx, raw: Raw, input: z.output<S>) => Promise<R>;
  done: (
    result: R,
    step: { input: z.output<S>; raw: Raw; ctx: ActionCtx; args: Args },
  ) => Answer<D> | Promise<Answer<D>>;
  revalidate?: Revalidation | ((input: z.output<S>) => Revalidation | undefined);
  /** What the user typed, put back in the form after a refusal. */
  kept?: (...args: Args) => Record<string, string>;
}

/** The steps after the session: for actions (below) and for route handlers, which authenticate their own way. */
export async function performAction<Args extends unknown[], Raw, S extends z.ZodType, R, D>(
  spec: ActionSpec<Args, Raw, S, R, D>,
  viewer: Viewer,
  args: Args,
): Promise<{ ok: true; answer: Answer<D>; revalidate?: Revalidation } | ActionFailure> {
  const ctx: ActionCtx = { db, viewer };
  try {
    const raw = await spec.read(...args);
    const schema = typeof spec.schema === "function" ? spec.schema(new Date()) : spec.schema;
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
      return {
        ok: false,
        code: "VALIDATION",
        ...(spec.invalid ? { formError: spec.invalid } : {}),
        fieldErrors: fieldErrorsOf(parsed.error),
      };
    const input = parsed.data;
    await spec.authorize(ctx, input);
    const result = await spec.run(ctx, raw, input);
    const answer = await spec.done(result, { input, raw, ctx, args });
    const revalidate = typeof spec.revalidate === "function" ? spec.revalidate(input) : spec.revalidate;
    return { ok: true, answer, ...(revalidate ? { revalidate } : {}) };
  } catch (error) {
    return toActionFailure(error);
  }
}

/**
 * A server action of the one shape, for any arguments: actions called by client code with an
 * object (the rule editor, the area-wide generation) use this directly; forms use formAction.
 */
export function defineAction<Args extends unknown[], Raw, S extends z.ZodType, R, D = undefined>(
  spec: ActionSpec<Args, Raw, S, R, D>,
): (...args: Args) => Promise<ActionResult<D>> {
  return async (...args: Args): Promise<ActionResult<D>> => {
    let outcome: Awaited<ReturnType<typeof performAction<Args, Raw, S, R, D>>>;
    try {
      outcome = await performAction(spec, await requireActionUser(), args);
    } catch (error) {
      outcome = toActionFailure(error);
    }
    await logActionOutcome(outcome);
    if (!outcome.ok) return spec.kept ? { ...outcome, values: spec.kept(...args) } : outcome;
    if (outcome.revalidate) revalidatePath(outcome.revalidate.path, outcome.revalidate.type);
    // redirect() throws Next's redirect signal: outside any try/catch, so nothing swallows it.
    if ("redirect" in outcome.answer) redirect(outcome.answer.redirect);
    const { message, data } = outcome.answer;
    return { ok: true, ...(message !== undefined ? { message } : {}), ...(data !== undefined ? { data } : {}) };
  };
}

export type FormActionSpec<Raw, S extends z.ZodType, R, D> = Omit<ActionSpec<[FormData], Raw, S, R, D>, "kept"> & {
  /** Fields whose typed values are kept after a refusal, each cut to `keepMax` characters. */
  keep?: readonly string[];
  keepMax?: number;
};

/** A server action behind a form (`useActionState`): `(previous state, form data) => ActionResult`. */
export function formAction<Raw, S extends z.ZodType, R, D = undefined>(
  spec: FormActionSpec<Raw, S, R, D>,
): (prev: ActionResult<D> | null, form: FormData) => Promise<ActionResult<D>> {
  const { keep, keepMax, read, done, ...rest } = spec;
  return defineAction<[ActionResult<D> | null, FormData], Raw, S, R, D>({
    ...rest,
    read: (_prev, form) => read(form),
    done: (result, step) => done(result, { ...step, args: [step.args[1]] }),
    ...(keep ? { kept: (_prev: ActionResult<D> | null, form: FormData) => keptValues(form, keep, keepMax) } : {}),
  });
}
