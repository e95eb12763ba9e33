"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, TextField } from "@/components/ui/form";
import { acceptInvitationAction } from "./actions";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState(acceptInvitationAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl">
      <ErrorSummary errors={errors} fields={{ password: "password", confirm: "confirm", token: "password" }} />
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account the password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField
        id="password"
        name="password"
        type="password"
        label="Choose a password"
        hint="At least 12 characters. A few unrelated words make a good one."
        autoComplete="new-password"
        errors={errors?.fieldErrors.password}
      />
      <TextField
        id="confirm"
        name="confirm"
        type="password"
        label="Enter the password again"
        autoComplete="new-password"
        errors={errors?.fieldErrors.confirm}
      />
      <Button>{pending ? "Setting up…" : "Set password and sign in"}</Button>
    </form>
  );
}
