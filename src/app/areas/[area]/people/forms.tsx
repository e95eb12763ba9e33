"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, TextField } from "@/components/ui/form";
import { createPersonAction } from "./actions";

export function CreatePersonForm({ areaId }: { areaId: string }) {
  const [state, action, pending] = useActionState(createPersonAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl">
      <ErrorSummary errors={errors} fields={{ name: "person-name", email: "person-email" }} />
      <input type="hidden" name="areaId" value={areaId} />
      <TextField
        id="person-name"
        name="name"
        label="Full name"
        autoComplete="off"
        errors={errors?.fieldErrors.name}
        defaultValue={errors?.values?.name}
      />
      <TextField
        id="person-email"
        name="email"
        type="email"
        label="Email address (optional)"
        hint="Used to recognise the person in files of people you import"
        autoComplete="off"
        errors={errors?.fieldErrors.email}
        defaultValue={errors?.values?.email}
      />
      <Button>{pending ? "Adding…" : "Add person"}</Button>
    </form>
  );
}
