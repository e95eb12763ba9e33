import { describe, expect, it, vi } from "vitest";
import { DEMO_ADMIN_EMAIL } from "@/server/seed/seed-demo-data";
import { loadViewer, type Viewer } from "@/server/authz/load-viewer";
import { verifyPassword } from "@/server/auth/password";
import { addUser } from "@/server/features/users/add-user";
import { acceptInvitation, openInvitation } from "@/server/features/users/accept-invitation";
import { grantUserRole, revokeUserRole } from "@/server/features/users/grant-role";
import { setUserDisabled } from "@/server/features/users/set-user-disabled";
import { getUser } from "@/server/features/users/get-user";
import { listUsers } from "@/server/features/users/list-users";
import { hashToken } from "@/server/features/users/invitation-token";
import { feedTokenAction } from "@/app/account/feeds/actions";
import { disableUserAction, enableUserAction, revokeRoleAction } from "@/app/admin/users/[user]/actions";
import { acceptInvitationAction } from "@/app/invite/[token]/actions";
import { currentViewer } from "@/server/auth/session";
import { hashPassword } from "@/server/auth/password";
import { authenticateUser, throttlePolicy } from "@/server/auth/authenticate-user";
import { createUser, grantRole } from "../factories";
import { TEST_PASSWORD, seedAll } from "../factories/seed";
import { formDataOf, signIn, signOut, useActionHarness } from "./support/action-harness";
import { withTestDatabase } from "./support/test-db";

/** A string matching the pattern, inside toMatchObject (typed, for the lint rule on `any`). */
const like = (pattern: RegExp) => expect.stringMatching(pattern) as unknown as string;

vi.mock("next/headers", async () => (await import("./support/action-harness")).nextHeaders);
vi.mock("next/cache", async () => (await import("./support/action-harness")).nextCache);
vi.mock("@/server/data/db", async () => (await import("./support/action-harness")).appDb);

const t = withTestDatabase({ seeded: true });
const NOW = new Date("2026-11-23T10:00:00Z");
useActionHarness(t, NOW);
const env = { AUTH_MAX_FAILURES_PER_ACCOUNT: 5, AUTH_MAX_FAILURES_PER_ADDRESS: 20, AUTH_LOCKOUT_MINUTES: 15 };
const noMail = { mail: null, baseUrl: "http://portal.test" };
let n = 0;
const fresh = () => `user-test-${process.pid}-${++n}@example.org`;

async function viewerOf(email: string): Promise<Viewer> {
  const user = await t.db.user.findUniqueOrThrow({ where: { email } });
  return (await loadViewer(t.db, user.id))!;
}
const tokenOf = (link: string | null) => link!.split("/invite/")[1]!;
const halton = () => t.db.area.findUniqueOrThrow({ where: { slug: "halton" } });
const board = (slug: string) => t.db.board.findUniqueOrThrow({ where: { slug } });
const settle = async (p: Promise<unknown>) => {
  try {
    return await p;
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (digest?.startsWith("NEXT_REDIRECT;")) return { ok: true, redirect: digest.split(";")[2] };
    throw error;
  }
};

describe("the last administrator of everything", () => {
  it("cannot lose the role or be disabled: a clear message, and nothing changes", async () => {
    const admin = await viewerOf(DEMO_ADMIN_EMAIL);
    const globals = await t.db.roleAssignment.findMany({
      where: { role: "administrator", boardId: null, areaId: null },
    });
    expect(globals.map((g) => g.userId)).toEqual([admin.userId]);
    // A second administrator (the acting one) so that disabling oneself is not what refuses it.
    const other = await createUser(t.db, { email: fresh(), name: "Second Admin", password: TEST_PASSWORD });
    const grant = await grantRole(t.db, { userId: other.id, role: "administrator" });
    const actor = (await loadViewer(t.db, other.id))!;
    await revokeUserRole({ db: t.db, viewer: actor }, { userId: other.id, grantId: grant.id });

    // Now the demo administrator is the last one: through the pages' actions, as themselves.
    await signIn(admin);
    const before = await t.db.auditEntry.count();
    const user = await t.db.user.findUniqueOrThrow({ where: { id: admin.userId } });
    const revoked = await revokeRoleAction(null, formDataOf({ userId: admin.userId, grantId: globals[0]!.id }));
    expect(revoked).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(!revoked.ok && revoked.formError).toMatch(/last administrator of the whole portal/);
    // Disabling is refused by the use case too, whoever asks (the console here).
    await expect(
      setUserDisabled({ db: t.db, viewer: null }, { userId: admin.userId, version: user.version }, true),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: like(/cannot disable the last administrator/),
    });
    expect(await t.db.roleAssignment.count({ where: { id: globals[0]!.id } })).toBe(1);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: admin.userId } })).toMatchObject({ disabled: false });
    expect(await t.db.auditEntry.count()).toBe(before);
    signOut();
  });
});

describe("disabling an account", () => {
  it("ends its existing session on the next request, even after it is enabled again", async () => {
    const email = fresh();
    const user = await createUser(t.db, { email, name: "Soon Disabled", password: TEST_PASSWORD });
    await grantRole(t.db, { userId: user.id, role: "member", boardId: (await board("halton-hscb")).id });
    const viewer = (await loadViewer(t.db, user.id))!;
    await signIn(viewer);
    expect(await feedTokenAction(null, formDataOf({ intent: "renew" }))).toMatchObject({ ok: true });

    const admin = await viewerOf(DEMO_ADMIN_EMAIL);
    // The administrator disables it from their own session; then the user's cookie is back in the jar.
    const cookie = await captureSession();
    await signIn(admin);
    expect(await disableUserAction(null, formDataOf({ userId: user.id, version: 1 }))).toMatchObject({ ok: true });
    const row = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await enableUserAction(null, formDataOf({ userId: user.id, version: row.version }))).toMatchObject({
      ok: true,
    });
    await restoreSession(cookie);
    expect(await currentViewer()).toBeNull();
    expect(await feedTokenAction(null, formDataOf({ intent: "renew" }))).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    signOut();
  });
});

/** The session cookie in the harness's jar, to put back later (one browser's cookie while another acts). */
async function captureSession() {
  const { cookies } = await import("next/headers");
  const jar = await cookies();
  return jar.getAll().map((c) => ({ name: c.name, value: c.value }));
}
async function restoreSession(saved: { name: string; value: string }[]) {
  const { cookies } = await import("next/headers");
  const jar = await cookies();
  for (const c of jar.getAll()) jar.delete(c.name);
  for (const c of saved) jar.set(c.name, c.value);
}

describe("an invitation link", () => {
  it("works once, signs the invitee in, and then says it was used", async () => {
    const admin = await viewerOf(DEMO_ADMIN_EMAIL);
    const hscb = await board("halton-hscb");
    const email = fresh();
    const invited = await addUser(
      { db: t.db, viewer: admin },
      { email: email.toUpperCase(), name: "New Chair", role: "chair", scope: `board:${hscb.id}`, days: 7 },
      noMail,
    );
    expect(invited).toMatchObject({ emailed: false, user: { email } });
    expect(invited.message).toMatch(/give them this one-time link yourself/);
    const token = tokenOf(invited.link);
    const row = await t.db.invitation.findFirstOrThrow({ where: { userId: invited.user.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(await openInvitation(t.db, token, new Date())).toMatchObject({ open: true, name: "New Chair", email });

    signOut();
    const weak = await acceptInvitationAction(null, formDataOf({ token, password: "short", confirm: "short" }));
    expect(weak).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { password: [like(/12/)] },
    });
    const password = "correct horse battery staple";
    const accepted = await settle(acceptInvitationAction(null, formDataOf({ token, password, confirm: password })));
    expect(accepted).toMatchObject({ ok: true, redirect: "/" });
    const viewer = await currentViewer();
    expect(viewer).toMatchObject({ email, grants: [{ role: "chair", boardId: hscb.id }] });
    const user = await t.db.user.findUniqueOrThrow({ where: { email } });
    expect(await verifyPassword(user.passwordHash!, password)).toBe(true);
    expect(user.lastSignInAt).not.toBeNull();

    signOut();
    const again = await acceptInvitationAction(null, formDataOf({ token, password, confirm: password }));
    expect(again).toMatchObject({ ok: false, code: "CONFLICT", formError: like(/already been used/) });
    expect(await openInvitation(t.db, token, new Date())).toMatchObject({ open: false, reason: "used" });
  });

  it("expires after its days, and a withdrawn or unknown link gives its own message", async () => {
    const admin = await viewerOf(DEMO_ADMIN_EMAIL);
    const invited = await addUser({ db: t.db, viewer: admin }, { email: fresh(), name: "Late Comer", days: 1 }, noMail);
    const token = tokenOf(invited.link);
    const later = new Date(Date.now() + 25 * 60 * 60 * 1000);
    expect(await openInvitation(t.db, token, later)).toMatchObject({ open: false, reason: "expired" });
    await expect(
      acceptInvitation(t.db, { token, password: "long enough password", confirm: "long enough password" }, later),
    ).rejects.toMatchObject({ code: "CONFLICT", message: like(/expired/) });
    expect(await openInvitation(t.db, "x".repeat(43), new Date())).toMatchObject({ open: false, reason: "unknown" });
    const user = await t.db.user.findUniqueOrThrow({ where: { id: invited.user.id } });
    expect(user.passwordHash).toBeNull();
  });
});

describe("an area's administrator", () => {
  it("grants roles on their area's boards only, and never an administrator of everything", async () => {
    const area = await halton();
    const email = fresh();
    const adminUser = await createUser(t.db, { email, name: "Halton Admin", password: TEST_PASSWORD });
    await grantRole(t.db, { userId: adminUser.id, role: "administrator", areaId: area.id });
    const areaAdmin = (await loadViewer(t.db, adminUser.id))!;
    const target = await createUser(t.db, { email: fresh(), name: "Target User", passwordHash: null });
    const ctx = { db: t.db, viewer: areaAdmin };
    const hscb = await board("halton-hscb");
    await expect(
      grantUserRole(ctx, { userId: target.id, role: "member", scope: `board:${hscb.id}` }),
    ).resolves.toMatchObject({ message: like(/Target User is now Member of/) });
    await expect(
      grantUserRole(ctx, { userId: target.id, role: "administrator", scope: "global" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const kent = await board("kent-chwb");
    await expect(
      grantUserRole(ctx, { userId: target.id, role: "member", scope: `board:${kent.id}` }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Kent's chair is outside their areas: they cannot disable them.
    const kentChair = await t.db.roleAssignment.findFirstOrThrow({
      where: { role: "chair", boardId: kent.id },
      include: { user: true },
    });
    await expect(
      setUserDisabled(ctx, { userId: kentChair.userId, version: kentChair.user.version }, true),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("users with no role", () => {
  it("are seen only by administrators of everything and by the administrator who invited them", async () => {
    const area = await halton();
    const adminUser = await createUser(t.db, { email: fresh(), name: "Halton Admin Two", password: TEST_PASSWORD });
    await grantRole(t.db, { userId: adminUser.id, role: "administrator", areaId: area.id });
    const areaAdmin = (await loadViewer(t.db, adminUser.id))!;
    const reader = { db: t.db, viewer: areaAdmin };
    // Made at the command line (or every role revoked by someone else): no area's business.
    const stranger = await createUser(t.db, { email: fresh(), name: "Stranger No Role", passwordHash: null });
    const invitee = await createUser(t.db, { email: fresh(), name: "Invitee No Role", passwordHash: null });
    await t.db.invitation.create({
      data: {
        userId: invitee.id,
        purpose: "invitation",
        tokenHash: hashToken(`no-role-${invitee.id}`),
        expiresAt: new Date(NOW.getTime() + 86_400_000),
        createdById: adminUser.id,
      },
    });
    const listed = (await listUsers(reader)).map((u) => u.name);
    expect(listed).toContain("Invitee No Role");
    expect(listed).not.toContain("Stranger No Role");
    await expect(getUser(reader, stranger.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      setUserDisabled({ db: t.db, viewer: areaAdmin }, { userId: stranger.id, version: stranger.version }, true),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: stranger.id } })).disabled).toBe(false);
    await expect(getUser(reader, invitee.id)).resolves.toMatchObject({ manageable: true });
    const global = { db: t.db, viewer: await viewerOf(DEMO_ADMIN_EMAIL) };
    expect((await listUsers(global)).map((u) => u.name)).toContain("Stranger No Role");
  });
});

describe("signing in", () => {
  it("records the last sign-in on success only", async () => {
    const email = fresh();
    const user = await createUser(t.db, { email, name: "Signs In", password: TEST_PASSWORD });
    const ctx = { db: t.db, now: new Date("2026-11-23T09:30:00Z"), policy: throttlePolicy(env) };
    await authenticateUser(ctx, { email, password: "wrong password", address: null });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeNull();
    expect(await authenticateUser(ctx, { email, password: TEST_PASSWORD, address: null })).toMatchObject({ ok: true });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toEqual(ctx.now);
  });
});

describe("the demo seed", () => {
  it("never resets a password someone changed", async () => {
    const admin = await t.db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL } });
    expect(await verifyPassword(admin.passwordHash!, TEST_PASSWORD)).toBe(true);
    await t.db.user.update({
      where: { id: admin.id },
      data: { passwordHash: await hashPassword("changed after install") },
    });
    const again = await seedAll(t.db);
    const after = await t.db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL } });
    expect(await verifyPassword(after.passwordHash!, "changed after install")).toBe(true);
    expect(await verifyPassword(after.passwordHash!, TEST_PASSWORD)).toBe(false);
    expect(again.users.updated).toBe(0);
  });
});
