"use client";

import { useActionState } from "react";
import { Button, ErrorSummary } from "@/components/ui/form";
import { generateCalendarAction } from "../actions";

export function ConfirmGenerateForm({
  boardId,
  fy,
  fingerprint,
  label,
  changes,
}: {
  boardId: string;
  fy: number;
  fingerprint: string;
  label: string;
  changes: number;
}) {
  const [state, action, pending] = useActionState(generateCalendarAction, null);
  const errors = state && !state.ok ? state : null;
  return (
    <form action={action} className="mb-8">
      <ErrorSummary errors={errors} fields={{}} />
      <input type="hidden" name="boardId" value={boardId} />
      <input type="hidden" name="fy" value={fy} />
      <input type="hidden" name="fingerprint" value={fingerprint} />
      <Button>
        {pending
          ? `Generating ${label}…`
          : changes > 0
            ? `Confirm and generate ${label}`
            : `Nothing to change: generate anyway`}
      </Button>
    </form>
  );
}
