"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, TextField } from "@/components/ui/form";
import { signInAction } from "./actions";

export function SignInForm() {
  const [state, action, pending] = useActionState(signInAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl">
      <ErrorSummary errors={errors} fields={{ email: "email", password: "password" }} />
      <TextField
        id="email"
        name="email"
        type="email"
        label="Email address"
        autoComplete="username"
        errors={errors?.fieldErrors.email}
        defaultValue={errors?.values?.email}
      />
      <TextField
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        errors={errors?.fieldErrors.password}
      />
      <Button>{pending ? "Signing in…" : "Sign in"}</Button>
    </form>
  );
}
