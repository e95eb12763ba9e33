"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/form";
import { formatCivilDateWithDay } from "@/lib/dates";
import { scheduleItemAction } from "./actions";

export function ScheduleForm({
  itemId,
  version,
  title,
  options,
  returnTo,
}: {
  itemId: string;
  version: number;
  title: string;
  options: { id: string; date: string; startTime: string; board: string }[];
  returnTo: string;
}) {
  const [state, action, pending] = useActionState(scheduleItemAction, null);
  const selectId = `meeting-${itemId}`;
  const error =
    state && !state.ok
      ? (state.fieldErrors.meetingId?.join(". ") ??
        state.formError ??
        Object.values(state.fieldErrors).flat().join(". "))
      : null;
  if (options.length === 0)
    return <p>No meeting of the receiving board falls inside the window: add one on the board&apos;s page.</p>;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <div>
        <label htmlFor={selectId} className="block font-bold">
          Meeting<span className="sr-only"> for {title}</span>
        </label>
        {error && (
          <p id={`${selectId}-error`} className="font-bold text-danger">
            <span className="sr-only">Error: </span>
            {error}
          </p>
        )}
        <select
          id={selectId}
          name="meetingId"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${selectId}-error` : undefined}
          className="min-h-11 max-w-full border-2 border-ink bg-white px-2 py-2"
        >
          {options.map((m) => (
            <option key={m.id} value={m.id}>
              {m.board}: {formatCivilDateWithDay(m.date)}, {m.startTime}
            </option>
          ))}
        </select>
      </div>
      <Button secondary>{pending ? "Scheduling…" : "Schedule"}</Button>
    </form>
  );
}
