import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { roleAllows } from "@/domain/permissions";
import { signIn, useActionHarness, useCasesRun, type Outcome } from "./support/action-harness";
import { MATRIX_ROLES, SCOPES, buildWorld, type MatrixRole, type Scope } from "./support/mutation-world";
import { MUTATIONS, NOT_MUTATIONS, NOW, labelOf, type Mutation } from "./support/mutations";
import { withTestDatabase } from "./support/test-db";

// The actions run as under Next, with a real session cookie (support/action-harness.ts); their use
// cases are counted, so that a refusal must come from the action's own authorise step.
vi.mock("next/headers", async () => (await import("./support/action-harness")).nextHeaders);
vi.mock("next/cache", async () => (await import("./support/action-harness")).nextCache);
vi.mock("@/server/data/db", async () => (await import("./support/action-harness")).appDb);
vi.mock("@/server/core/action", async (real) => (await import("./support/action-harness")).counted(await real()));

const t = withTestDatabase({ seeded: true });
useActionHarness(t, NOW);
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  world = await buildWorld(t.db);
}, 300_000);

/** Allowed = the role's permissions include the action's, on a board in scope; administrators always. */
function expectedAllowed(m: Mutation, role: MatrixRole, scope: Scope): boolean {
  const inScope = scope === "in";
  if ("rule" in m.access) return m.access.rule.allows(role, inScope);
  if (role === "administrator") return true;
  if (role === "none") return false;
  return inScope && roleAllows(role, m.access.permission);
}

const root = join(import.meta.dirname, "../..");
function filesNamed(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesNamed(join(dir, e.name), name) : e.name === name ? [join(dir, e.name)] : [],
  );
}

/** Exported functions of every actions.ts (a "use server" file exports nothing else), and the mutating methods of every route handler. */
function mutatingEndpoints(): { name: string; file: string }[] {
  const found: { name: string; file: string }[] = [];
  for (const path of filesNamed(join(root, "src/app"), "actions.ts")) {
    const source = readFileSync(path, "utf8");
    const names = [...source.matchAll(/export\s+(?:async\s+function\s+(\w+)|(?:const|let|var)\s+(\w+)\s*=)/g)].map(
      (m) => m[1] ?? m[2]!,
    );
    for (const name of names) found.push({ name, file: relative(root, path) });
  }
  for (const path of filesNamed(join(root, "src/app"), "route.ts")) {
    const source = readFileSync(path, "utf8");
    const direct = [...source.matchAll(/export\s+(?:async\s+function|const)\s+(POST|PUT|PATCH|DELETE)\b/g)].map(
      (m) => m[1]!,
    );
    const reexported = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) =>
      [...m[1]!.matchAll(/\bas\s+(POST|PUT|PATCH|DELETE)\b/g)].map((n) => n[1]!),
    );
    for (const name of [...direct, ...reexported]) found.push({ name, file: relative(root, path) });
  }
  return found;
}

describe(`the permission matrix on ${t.dialect ?? process.env.TEST_DIALECT ?? "sqlite"}`, () => {
  it("has a registry row for every mutating server action and route handler", () => {
    const endpoints = mutatingEndpoints();
    expect(endpoints.length).toBeGreaterThan(10);
    const known = new Set([...MUTATIONS, ...NOT_MUTATIONS].map((m) => `${m.file}#${m.name}`));
    const missing = endpoints.filter((e) => !known.has(`${e.file}#${e.name}`)).map((e) => `${e.name} in ${e.file}`);
    expect(
      missing,
      `Add these to tests/integration/support/mutations.ts (or NOT_MUTATIONS with a reason):\n${missing.join("\n")}`,
    ).toEqual([]);
    const stale = [...MUTATIONS, ...NOT_MUTATIONS]
      .filter((m) => !endpoints.some((e) => e.file === m.file && e.name === m.name))
      .map((m) => `${m.name} in ${m.file}`);
    expect(stale, "Registry rows for actions that no longer exist").toEqual([]);
  });

  it("allows or denies every action for every role on a board in scope and out of it", async () => {
    const failures: string[] = [];
    let cases = 0;
    const described = (o: Outcome) =>
      o.ok ? "allowed" : `${o.code ?? "an unexpected error"}: ${o.formError ?? JSON.stringify(o.fieldErrors)}`;
    for (const m of MUTATIONS) {
      for (const role of MATRIX_ROLES) {
        for (const scope of SCOPES) {
          cases++;
          const viewer = world.viewers[role];
          const target = await m.setup(t.db, {
            boardId: world.boards[scope],
            avoid: scope === "in" ? [] : [world.boards.in],
            viewer,
          });
          await signIn(viewer);
          const auditsBefore = await t.db.auditEntry.count();
          const useCasesBefore = useCasesRun();
          const outcome = await m.endpoint.send(m.valid(target), target);
          const wrote = (await t.db.auditEntry.count()) - auditsBefore;
          const ran = useCasesRun() - useCasesBefore;
          const label = `${labelOf(m)} as ${role} on ${scope} board`;
          if (expectedAllowed(m, role, scope)) {
            if (!outcome.ok) failures.push(`${label}: expected allowed, got ${described(outcome)}`);
            else if (ran !== 1)
              failures.push(
                `${label}: allowed, but ran ${ran} use cases through the action helper (src/server/core/action.ts)`,
              );
            else if (wrote !== 1) failures.push(`${label}: allowed but wrote ${wrote} audit entries`);
          } else if (outcome.ok || (outcome.code !== "FORBIDDEN" && outcome.code !== "NOT_FOUND")) {
            failures.push(`${label}: expected denied (FORBIDDEN or NOT_FOUND), got ${described(outcome)}`);
          } else if (ran !== 0)
            failures.push(`${label}: denied by the use case, not by the action's own authorise step`);
          else if (wrote !== 0) failures.push(`${label}: denied but wrote ${wrote} audit entries`);
        }
      }
    }
    console.log(
      `permission matrix (${t.dialect}): ${cases} cases = ${MUTATIONS.length} actions × ${MATRIX_ROLES.length} roles × ${SCOPES.length} boards`,
    );
    expect(cases).toBe(MUTATIONS.length * MATRIX_ROLES.length * SCOPES.length);
    expect(failures).toEqual([]);
  }, 600_000);
});
