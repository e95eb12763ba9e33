"use client";

import { useActionState, useId, type ReactNode } from "react";
import { Button, ErrorSummary, SelectField, TextField, type Option, type OptionGroup } from "@/components/ui/form";
import { ROLE_OPTIONS } from "@/components/users/role-options";
import type { ActionResult } from "@/server/core/errors";
import { grantRoleAction, linkPersonAction, renewInvitationAction } from "./actions";

type ButtonAction = (prev: ActionResult | null, form: FormData) => Promise<ActionResult>;

function Outcome({ state }: { state: ActionResult<{ link?: string | null } | undefined> | null }) {
  if (!state?.ok) return null;
  return (
    <div role="status" className="mb-4 border-4 border-ok p-3">
      <p className="font-bold">{state.message}</p>
      {state.data?.link && (
        <p className="mt-2 break-all">
          One-time link: <code data-testid="invitation-link">{state.data.link}</code>
        </p>
      )}
    </div>
  );
}

/** A form of hidden fields and one button (remove a role, disable, withdraw an invitation). */
export function ButtonForm({
  action,
  hidden,
  label,
  secondary,
}: {
  action: ButtonAction;
  hidden: Record<string, string | number>;
  label: string;
  secondary?: boolean;
}) {
  const [state, run, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={run} noValidate>
      <Outcome state={state} />
      {errors && (
        <ErrorSummary errors={{ formError: errors.formError ?? "That did not work.", fieldErrors: {} }} fields={{}} />
      )}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button secondary={secondary}>{pending ? "Working…" : label}</Button>
    </form>
  );
}

function Frame({
  children,
  state,
  fields,
}: {
  children: ReactNode;
  state: ActionResult<{ link?: string | null }> | null;
  fields: Record<string, string>;
}) {
  const errors = state && !state.ok ? state : null;
  return (
    <>
      <Outcome state={state} />
      <ErrorSummary errors={errors} fields={fields} />
      {children}
    </>
  );
}

export function GrantRoleForm({ userId, scopes }: { userId: string; scopes: OptionGroup[] }) {
  const [state, run, pending] = useActionState(grantRoleAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={run} noValidate className="max-w-xl">
      <Frame state={state} fields={{ role: "grant-role", scope: "grant-scope" }}>
        <input type="hidden" name="userId" value={userId} />
        <SelectField
          id="grant-role"
          name="role"
          label="Role"
          options={ROLE_OPTIONS}
          errors={errors?.fieldErrors.role}
          defaultValue={errors?.values?.role}
        />
        <SelectField
          id="grant-scope"
          name="scope"
          label="Where the role applies"
          hint="Administrators: an area, or everything. Secretariat, chair and member: one board."
          groups={scopes}
          errors={errors?.fieldErrors.scope}
          defaultValue={errors?.values?.scope}
        />
        <Button>{pending ? "Granting…" : "Grant role"}</Button>
      </Frame>
    </form>
  );
}

export function LinkPersonForm({
  userId,
  version,
  people,
  current,
}: {
  userId: string;
  version: number;
  people: Option[];
  current: string | null;
}) {
  const [state, run, pending] = useActionState(linkPersonAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={run} noValidate className="max-w-xl">
      <Frame state={state} fields={{ personId: "link-person" }}>
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="version" value={version} />
        <SelectField
          id="link-person"
          name="personId"
          label="The person they are"
          hint="Links their account to the person who sits on boards. Choose none to unlink."
          options={people}
          emptyLabel="None"
          errors={errors?.fieldErrors.personId}
          defaultValue={errors?.values?.personId ?? current ?? ""}
        />
        <Button secondary>{pending ? "Saving…" : "Save person"}</Button>
      </Frame>
    </form>
  );
}

export function RenewInvitationForm({ userId, label }: { userId: string; label: string }) {
  const [state, run, pending] = useActionState(renewInvitationAction, null);
  const errors = state && !state.ok ? state : null;
  const id = useId();
  return (
    <form action={run} noValidate className="max-w-xl">
      <Frame state={state} fields={{ days: `${id}-days` }}>
        <input type="hidden" name="userId" value={userId} />
        <TextField
          id={`${id}-days`}
          name="days"
          type="number"
          label="Days the new link works"
          hint="From 1 to 30. Any earlier link stops working."
          width="max-w-32"
          errors={errors?.fieldErrors.days}
          defaultValue={errors?.values?.days ?? "7"}
        />
        <Button secondary>{pending ? "Sending…" : label}</Button>
      </Frame>
    </form>
  );
}
