/**
 * The load generator of `npm run bench:load -- --two-instances` (scripts/bench-load-two.ts), run as
 * its own process. Each user signs in through the proxy and loops: the dashboard, the static page, a
 * note (POST /api/items/<id>/notes), then the next write on one of its own items as the item page's
 * form sends it (the server action, by its id from the build's manifest, with the form's fields encoded
 * as React encodes them): schedule → mark sent with a PDF → reverse "Sent" → schedule ..., and every
 * third round a conflict: the user and a colleague on the same board both open the same item and both
 * submit a schedule at once. Exactly one must be saved (the action redirects) and the other answered
 * CONFLICT. Prints one JSON object.
 */
import { signInForBench, type BenchTwoUser } from "./bench-support";

const base = process.env.BENCH_BASE!;
const seconds = Number(process.env.BENCH_SECONDS ?? "60");
const password = process.env.DEMO_PASSWORD ?? "demo-portal-2026";
type BenchUser = BenchTwoUser;
const users = JSON.parse(process.env.BENCH_USERS_JSON ?? "[]") as BenchUser[];
/** Server action ids by exported name (scheduleFromItemAction, logStepAction, reverseEntryAction). */
const actions = JSON.parse(process.env.BENCH_ACTIONS_JSON ?? "{}") as Record<string, string>;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

const KINDS = ["dashboard", "static", "note", "itemPage", "schedule", "send", "reverse", "conflict"] as const;
type Kind = (typeof KINDS)[number];
const latencies = Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as Record<Kind, number[]>;
const errorCounts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
const errors: string[] = [];
const done = { note: 0, schedule: 0, send: 0, reverse: 0 };
const conflicts = { rounds: 0, saved: 0, detected: 0, undetected: 0 };
const servedBy: Record<string, number> = {};
const instanceSeen = new Set<string>();
let signIns = 0;

const fail = (kind: Kind, message: string) => {
  errorCounts[kind]++;
  if (errors.length < 30) errors.push(`${kind}: ${message}`);
};

const signIn = (email: string) => signInForBench(base, email, password);

/** One timed request; its body read. Counts which instance answered (X-Instance). */
async function timed(kind: Kind | null, request: () => Promise<Response>) {
  const start = performance.now();
  try {
    const response = await request();
    const body = await response.text();
    if (kind) latencies[kind].push(performance.now() - start);
    const instance = response.headers.get("x-instance") ?? "none";
    instanceSeen.add(instance);
    servedBy[instance] = (servedBy[instance] ?? 0) + 1;
    return { response, body };
  } catch (error) {
    if (kind) fail(kind, error instanceof Error ? error.message : String(error));
    return null;
  }
}

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name.replace(/\$/g, "\\$")}="([^"]*)"`).exec(tag);
  return m ? unescape(m[1]!) : undefined;
};

/** The form whose submit button reads `submit`: its hidden fields (server action ones included) and option values. */
function formOf(html: string, submit: RegExp) {
  for (const [form] of html.matchAll(/<form[\s\S]*?<\/form>/g)) {
    if (!submit.test(form)) continue;
    const hidden: Record<string, string> = {};
    for (const [tag] of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
      const name = attr(tag, "name");
      if (name) hidden[name] = attr(tag, "value") ?? "";
    }
    const options = [...form.matchAll(/<option[^>]*value="([^"]+)"/g)].map((m) => unescape(m[1]!));
    return { hidden, options };
  }
  return null;
}

/**
 * Calls a server action as the browser's form does: `Next-Action` names it, the body is React's reply
 * encoding of its arguments (no previous state, the form's fields under the "_1_" prefix).
 */
function action(path: string, cookie: string, name: string, fields: Record<string, string>, file?: string) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(`_1_${k}`, v);
  if (file) body.append("_1_files", new Blob([PDF], { type: "application/pdf" }), file);
  body.append("0", '[null,"$K1"]');
  return () =>
    fetch(`${base}${path}`, {
      method: "POST",
      redirect: "manual",
      headers: { Cookie: cookie, Origin: base, "Next-Action": actions[name]!, Accept: "text/x-component" },
      body,
    });
}

/** Saved: the action redirected back to the item with ?done=. Otherwise the ActionResult's code and message. */
const saved = (answer: { response: Response } | null) =>
  /\?done=/.test(answer?.response.headers.get("x-action-redirect") ?? "");
const problem = (body: string) => {
  const m = /"code":"([A-Z_]+)","formError":"([^"]*)"/.exec(body);
  return m ? `${m[1]}: ${m[2]}` : body.slice(0, 160);
};

const londonYesterday = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date(Date.now() - 86_400_000));

const STEPS = [
  { kind: "schedule", submit: /Schedule</, action: "scheduleFromItemAction" },
  { kind: "send", submit: /Mark as sent</, action: "logStepAction" },
  { kind: "reverse", submit: /Reverse “Sent”</, action: "reverseEntryAction" },
] as const;

async function user(u: BenchUser, index: number, until: number, cookie: string, partnerCookie: string) {
  const get =
    (path: string, c = cookie) =>
    () =>
      fetch(`${base}${path}`, { headers: { Cookie: c }, redirect: "manual" });
  // Warm-up (not counted): each route's first render pays one-off costs.
  await timed(null, get("/"));
  await timed(null, get("/accessibility"));
  const phase = new Map(u.itemIds.map((id) => [id, 0]));
  let n = 0;
  while (performance.now() < until) {
    const home = await timed("dashboard", get("/"));
    if (home && home.response.status !== 200) fail("dashboard", `HTTP ${home.response.status}`);
    const page = await timed("static", get("/accessibility"));
    if (page && page.response.status !== 200) fail("static", `HTTP ${page.response.status}`);

    const noteItem = u.itemIds[n % u.itemIds.length]!;
    const note = await timed("note", () =>
      fetch(`${base}/api/items/${noteItem}/notes`, {
        method: "POST",
        headers: { Cookie: cookie, "Content-Type": "application/json", Origin: base },
        body: JSON.stringify({ text: `Two-instance load note ${index}-${n}` }),
      }),
    );
    if (note?.response.status === 201) done.note++;
    else if (note) fail("note", `HTTP ${note.response.status} ${note.body.slice(0, 120)}`);

    // The next step of one of its own items.
    const itemId = u.itemIds[n % u.itemIds.length]!;
    const step = STEPS[phase.get(itemId)! % STEPS.length]!;
    const path = `/areas/${u.area}/items/${itemId}`;
    const shown = await timed("itemPage", get(path));
    const form = shown ? formOf(shown.body, step.submit) : null;
    if (!form) fail(step.kind, `no "${step.submit.source}" form on ${path} (HTTP ${shown?.response.status})`);
    else {
      const fields: Record<string, string> =
        step.kind === "schedule"
          ? { ...form.hidden, meetingId: form.options[n % Math.max(1, form.options.length)] ?? "" }
          : step.kind === "send"
            ? { ...form.hidden, occurredOn: londonYesterday(), notes: `Sent in the load run ${index}-${n}`, links: "" }
            : { ...form.hidden, reason: `Load run ${index}-${n}: sent by mistake` };
      const file = step.kind === "send" ? `load-${index}-${n}.pdf` : undefined;
      const answer = await timed(step.kind, action(path, cookie, step.action, fields, file));
      if (saved(answer)) {
        done[step.kind]++;
        phase.set(itemId, phase.get(itemId)! + 1);
      } else if (answer) fail(step.kind, `HTTP ${answer.response.status} ${problem(answer.body)}`);
    }

    if (n % 3 === 2) await conflictRound(u, cookie, partnerCookie);
    n++;
  }
}

async function conflictRound(u: BenchUser, cookie: string, partnerCookie: string) {
  const path = `/areas/${u.area}/items/${u.conflictItemId}`;
  const get = (c: string) => () => fetch(`${base}${path}`, { headers: { Cookie: c }, redirect: "manual" });
  const pages = await Promise.all([timed("itemPage", get(cookie)), timed("itemPage", get(partnerCookie))]);
  const forms = pages.map((p) => (p ? formOf(p.body, /Schedule</) : null));
  if (!forms[0] || !forms[1] || forms[0].hidden.version !== forms[1].hidden.version) {
    fail("conflict", `both could not open ${path} at one version`);
    return;
  }
  conflicts.rounds++;
  const answers = await Promise.all(
    forms.map((f, i) =>
      timed(
        "conflict",
        action(path, i === 0 ? cookie : partnerCookie, "scheduleFromItemAction", {
          ...f!.hidden,
          meetingId: f!.options[i % f!.options.length]!,
        }),
      ),
    ),
  );
  const wins = answers.filter(saved).length;
  const told = answers.filter((a) => a && /"code":"CONFLICT"/.test(a.body)).length;
  conflicts.saved += wins;
  if (wins === 1 && told === 1) conflicts.detected++;
  else {
    conflicts.undetected++;
    fail("conflict", `saved ${wins}, told ${told}: ${answers.map((a) => problem(a?.body ?? "")).join(" | ")}`);
  }
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1));
};

async function main() {
  // Everyone signs in first, once per account (a user may also be a colleague's partner; concurrent
  // tries at one account count against its throttle until they succeed), then the clock starts.
  const emails = [...new Set(users.flatMap((u) => [u.email, u.partner]))];
  const cookies = new Map(await Promise.all(emails.map(async (e) => [e, await signIn(e)] as const)));
  signIns = emails.length;
  const until = performance.now() + seconds * 1000;
  await Promise.all(users.map((u, i) => user(u, i, until, cookies.get(u.email)!, cookies.get(u.partner)!)));
  const kinds = Object.fromEntries(
    KINDS.map((k) => [
      k,
      {
        requests: latencies[k].length,
        errors: errorCounts[k],
        p50: percentile(latencies[k], 50),
        p95: percentile(latencies[k], 95),
      },
    ]),
  );
  process.stdout.write(JSON.stringify({ kinds, errors, done, conflicts, servedBy, signIns }));
}

main().catch((error: unknown) => {
  process.stderr.write(`load client failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
