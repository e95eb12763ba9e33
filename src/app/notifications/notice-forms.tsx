"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/form";
import { markAllReadAction, openNotificationAction } from "./actions";

/** A notice's title, as a button that marks it read and opens the page it is about. */
export function OpenNoticeForm({ id, title, unread }: { id: string; title: string; unread: boolean }) {
  const [state, action, pending] = useActionState(openNotificationAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="notificationId" value={id} />
      <button
        type="submit"
        className={`min-h-11 py-1 text-left text-lg text-brand underline underline-offset-4 hover:decoration-2 ${unread ? "font-bold" : ""}`}
      >
        {title}
        {pending && <span className="font-normal"> (opening…)</span>}
      </button>
      {state && !state.ok && (
        <p role="alert" className="font-bold text-danger">
          {state.formError ?? Object.values(state.fieldErrors).flat().join(". ")}
        </p>
      )}
    </form>
  );
}

export function MarkAllReadForm({ newestId }: { newestId: string }) {
  const [state, action, pending] = useActionState(markAllReadAction, null);
  return (
    <form action={action} className="mb-6">
      {state?.ok && (
        <p role="status" className="mb-3 border-4 border-ok p-3 font-bold">
          {state.message}
        </p>
      )}
      {state && !state.ok && (
        <p role="alert" className="mb-3 border-4 border-danger p-3 font-bold">
          {state.formError ?? Object.values(state.fieldErrors).flat().join(". ")}
        </p>
      )}
      <input type="hidden" name="newestId" value={newestId} />
      <Button secondary>{pending ? "Marking…" : "Mark all as read"}</Button>
    </form>
  );
}
