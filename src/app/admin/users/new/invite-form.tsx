"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button, ErrorSummary, SelectField, TextField, type OptionGroup } from "@/components/ui/form";
import { ROLE_OPTIONS } from "@/components/users/role-options";
import { inviteUserAction } from "./actions";

export function InviteUserForm({ scopes }: { scopes: OptionGroup[] }) {
  const [state, action, pending] = useActionState(inviteUserAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl">
      {state?.ok && (
        <div role="status" className="mb-6 border-4 border-ok p-3">
          <p className="font-bold">{state.message}</p>
          {state.data?.link && (
            <p className="mt-2 break-all">
              One-time link: <code data-testid="invitation-link">{state.data.link}</code>
            </p>
          )}
          {state.data?.userId && (
            <p className="mt-2">
              <Link className="text-brand underline" href={`/admin/users/${state.data.userId}`}>
                Open their page
              </Link>
            </p>
          )}
        </div>
      )}
      <ErrorSummary
        errors={errors}
        fields={{
          name: "invite-name",
          email: "invite-email",
          role: "invite-role",
          scope: "invite-scope",
          days: "invite-days",
        }}
      />
      <TextField
        id="invite-name"
        name="name"
        label="Full name"
        autoComplete="off"
        errors={errors?.fieldErrors.name}
        defaultValue={errors?.values?.name}
      />
      <TextField
        id="invite-email"
        name="email"
        type="email"
        label="Email address"
        autoComplete="off"
        errors={errors?.fieldErrors.email}
        defaultValue={errors?.values?.email}
      />
      <SelectField
        id="invite-role"
        name="role"
        label="Role"
        options={ROLE_OPTIONS}
        errors={errors?.fieldErrors.role}
        defaultValue={errors?.values?.role}
      />
      <SelectField
        id="invite-scope"
        name="scope"
        label="Where the role applies"
        hint="Administrators: an area, or everything. Secretariat, chair and member: one board."
        groups={scopes}
        errors={errors?.fieldErrors.scope}
        defaultValue={errors?.values?.scope}
      />
      <TextField
        id="invite-days"
        name="days"
        type="number"
        label="Days the link works"
        hint="From 1 to 30"
        width="max-w-32"
        errors={errors?.fieldErrors.days}
        defaultValue={errors?.values?.days ?? "7"}
      />
      <Button>{pending ? "Inviting…" : "Send invitation"}</Button>
    </form>
  );
}
