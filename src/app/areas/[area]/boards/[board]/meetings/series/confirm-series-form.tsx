"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button, ErrorSummary } from "@/components/ui/form";
import { addMeetingSeriesAction } from "../actions";
import { SERIES_FIELD_IDS } from "./field-ids";

/** Adds the previewed series: the same fields again, hidden, so the server expands and checks them afresh. */
export function ConfirmSeriesForm({
  fields,
  count,
  returnTo,
}: {
  fields: Record<string, string>;
  count: number;
  returnTo: string;
}) {
  const [state, action, pending] = useActionState(addMeetingSeriesAction, null);
  const errors = state && !state.ok ? state : null;
  if (state?.ok)
    return (
      <div role="status" className="mb-6 max-w-3xl border-4 border-ok p-4">
        <p className="mb-2 font-bold">{state.message}</p>
        <Link className="text-brand underline" href={returnTo}>
          Go to the board&apos;s meetings
        </Link>
      </div>
    );
  if (count === 0) return <p className="mb-8 font-bold">Every date is taken: there is nothing to add.</p>;
  return (
    <form action={action} noValidate className="mb-8">
      <ErrorSummary errors={errors} fields={SERIES_FIELD_IDS} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="returnTo" value={returnTo} />
      <Button>{pending ? "Adding meetings…" : `Add ${count} meeting${count === 1 ? "" : "s"}`}</Button>
    </form>
  );
}
