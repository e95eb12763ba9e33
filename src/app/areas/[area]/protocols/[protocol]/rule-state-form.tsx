"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/form";
import { restoreRuleAction, retireRuleAction } from "./actions";

/** "Retire" (or, for a retired rule, "Restore") one rule of a draft version. */
export function RuleStateForm({
  protocolId,
  obligationId,
  updatedAt,
  summary,
  retired,
}: {
  protocolId: string;
  obligationId: string;
  updatedAt: string;
  summary: string;
  retired: boolean;
}) {
  const [state, action, pending] = useActionState(retired ? restoreRuleAction : retireRuleAction, null);
  return (
    <form action={action} className="inline-block">
      {state && !state.ok && (
        <p role="alert" className="font-bold text-danger">
          {state.formError}
        </p>
      )}
      {state?.ok && (
        <p role="status" className="font-bold">
          {state.message}
        </p>
      )}
      <input type="hidden" name="protocolId" value={protocolId} />
      <input type="hidden" name="obligationId" value={obligationId} />
      <input type="hidden" name="updatedAt" value={updatedAt} />
      <Button secondary>
        {pending ? (retired ? "Restoring…" : "Retiring…") : retired ? "Restore" : "Retire"}
        <span className="sr-only"> the rule: {summary}</span>
      </Button>
    </form>
  );
}
