"use client";

import { useActionState } from "react";
import { Button, ErrorSummary } from "@/components/ui/form";
import { retryOutboxMessageAction } from "./actions";

/** "Send again" for one failed message. */
export function RetryForm({ id, to }: { id: string; to: string }) {
  const [state, action, pending] = useActionState(retryOutboxMessageAction, null);
  return (
    <form action={action}>
      {state?.ok ? (
        <p role="status" className="mb-2 font-bold">
          {state.message}
        </p>
      ) : (
        <ErrorSummary errors={state && !state.ok ? state : null} fields={{}} />
      )}
      <input type="hidden" name="id" value={id} />
      <Button secondary>
        {pending ? "Queuing…" : "Send again"}
        <span className="sr-only"> to {to}</span>
      </Button>
    </form>
  );
}
