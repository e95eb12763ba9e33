import { z } from "zod";
import { ROLES } from "./vocabulary";

/** An email address as accounts store it: trimmed and lower-cased. */
export const emailAddress = z
  .string({ error: "Enter an email address" })
  .trim()
  .min(1, { error: "Enter an email address" })
  .max(254, { error: "Enter an email address of 254 characters or fewer" })
  .pipe(z.email({ error: "Enter an email address in the correct format, like name@example.org" }))
  .transform((e) => e.toLowerCase());

/** The rules for a password a person chooses (an invitation, `cli user add --password-stdin`). */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;
export const newPassword = z.string({ error: "Enter a password" }).superRefine((password, ctx) => {
  // One message at a time, the first rule broken.
  const problem =
    password.length === 0
      ? "Enter a password"
      : password.length > PASSWORD_MAX
        ? `Choose a password of ${PASSWORD_MAX} characters or fewer`
        : password.trim().length < PASSWORD_MIN
          ? `Choose a password of at least ${PASSWORD_MIN} characters, not counting spaces at either end`
          : new Set(password).size < 4
            ? "Choose a password with more than three different characters"
            : null;
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const id = (what: string) =>
  z
    .string({ error: `Choose ${what}` })
    .trim()
    .min(1, { error: `Choose ${what}` })
    .max(64, { error: `Choose ${what}` });

const version = z.coerce
  .number({ error: "Reload the page and try again" })
  .int({ error: "Reload the page and try again" })
  .min(1, { error: "Reload the page and try again" });

const role = z.enum(ROLES, { error: "Choose a role: administrator, secretariat, chair or member" });

/**
 * Where a role applies, as one form value: "global" (administrators of everything), "area:<id>"
 * (administrators of an area) or "board:<id>" (secretariat, chair, member of a board).
 */
export type RoleScope = { type: "global" } | { type: "area"; areaId: string } | { type: "board"; boardId: string };
const SCOPE_ERROR = "Choose where the role applies: everything, an area or a board";
export const roleScope = z
  .string({ error: SCOPE_ERROR })
  .trim()
  .min(1, { error: SCOPE_ERROR })
  .max(80, { error: SCOPE_ERROR })
  .regex(/^(global|area:[A-Za-z0-9_-]{1,64}|board:[A-Za-z0-9_-]{1,64})$/, { error: SCOPE_ERROR })
  .transform((value): RoleScope => {
    if (value === "global") return { type: "global" };
    const [type, scopeId] = value.split(":") as ["area" | "board", string];
    return type === "area" ? { type, areaId: scopeId } : { type, boardId: scopeId };
  });

/** Administrators hold a role over an area or everything; the others over a board. */
const SCOPE_FITS_ROLE = {
  path: ["scope"],
  error: "An administrator's role covers an area or everything; secretariat, chair and member cover one board",
};
const scopeFitsRole = (v: { role?: string | undefined; scope?: RoleScope | undefined }) =>
  !v.role || !v.scope || (v.role === "administrator" ? v.scope.type !== "board" : v.scope.type === "board");

export const grantRoleSchema = z
  .object({ userId: id("a user"), role, scope: roleScope })
  .refine(scopeFitsRole, SCOPE_FITS_ROLE);
export type GrantRoleInput = z.output<typeof grantRoleSchema>;

export const revokeRoleSchema = z.object({ userId: id("a user"), grantId: id("a role") });

export const setUserDisabledSchema = z.object({ userId: id("a user"), version });

export const linkPersonSchema = z.object({
  userId: id("a user"),
  personId: z
    .union([z.literal("").transform(() => null), z.null(), id("a person")], { error: "Choose a person" })
    .optional()
    .transform((v) => v ?? null),
  version,
});

const days = z.coerce
  .number({ error: "Enter how many days the link is valid, from 1 to 30" })
  .int({ error: "Enter a whole number of days, from 1 to 30" })
  .min(1, { error: "Enter how many days the link is valid, from 1 to 30" })
  .max(30, { error: "A link can be valid for 30 days at most" });

const name = z
  .string({ error: "Enter their name" })
  .trim()
  .min(1, { error: "Enter their name" })
  .max(200, { error: "Enter a name of 200 characters or fewer" });

/** The invitation form: a person, their first role, and how long the link lasts. */
export const inviteUserSchema = z
  .object({ email: emailAddress, name, role, scope: roleScope, days })
  .refine(scopeFitsRole, SCOPE_FITS_ROLE);

/**
 * A new user as the command line makes one: a role is optional there (`user add` without
 * `--admin`), a password optional (`--password-stdin`), the link's days default to 7.
 */
export const addUserSchema = z
  .object({
    email: emailAddress,
    name,
    days: days.default(7),
    role: role.optional(),
    scope: roleScope.optional(),
    password: newPassword.optional(),
  })
  .refine(
    (v) => !v.role || !v.scope || (v.role === "administrator" ? v.scope.type !== "board" : v.scope.type === "board"),
    {
      path: ["scope"],
      error: "An administrator's role covers an area or everything; secretariat, chair and member cover one board",
    },
  )
  .refine((v) => !v.role === !v.scope, { path: ["scope"], error: "A role needs where it applies, and the reverse" });
export type AddUserInput = z.output<typeof addUserSchema>;

export const renewInvitationSchema = z.object({ userId: id("a user"), days });
export const revokeInvitationSchema = z.object({ invitationId: id("an invitation") });

/** Opening an invitation: the secret from the link, and the password chosen twice. */
export const acceptInvitationSchema = z
  .object({
    token: z.string().min(20).max(200),
    password: newPassword,
    confirm: z.string({ error: "Enter the password again" }).max(PASSWORD_MAX, { error: "The passwords do not match" }),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], error: "The passwords do not match" });
