"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/form";
import { newVersionAction, signOffAction } from "./actions";

export function NewVersionForm({ area, protocolId }: { area: string; protocolId: string }) {
  const [state, action, pending] = useActionState(newVersionAction, null);
  return (
    <form action={action} className="mb-6">
      {state && !state.ok && (
        <p role="alert" className="mb-3 border-4 border-danger p-3 font-bold">
          {state.formError}
        </p>
      )}
      <input type="hidden" name="area" value={area} />
      <input type="hidden" name="protocolId" value={protocolId} />
      <Button secondary>{pending ? "Creating the draft…" : "Create a new version (draft)"}</Button>
    </form>
  );
}

export function SignOffForm({
  protocolId,
  boardId,
  boardName,
}: {
  protocolId: string;
  boardId: string;
  boardName: string;
}) {
  const [state, action, pending] = useActionState(signOffAction, null);
  if (state?.ok)
    return (
      <p role="status" className="font-bold">
        {state.message}
      </p>
    );
  return (
    <form action={action}>
      {state && !state.ok && (
        <p role="alert" className="font-bold text-danger">
          {state.formError}
        </p>
      )}
      <input type="hidden" name="protocolId" value={protocolId} />
      <input type="hidden" name="boardId" value={boardId} />
      <Button>{pending ? "Signing…" : `Sign off for ${boardName}`}</Button>
    </form>
  );
}
