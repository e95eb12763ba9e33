"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/form";
import { newVersionAction, requestSignOffAction, signOffAction } from "./actions";

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

/** For those who manage a draft: asks the chairs still to sign (once a day at most; later, as a reminder). */
export function RequestSignOffForm({ protocolId, lastRequest }: { protocolId: string; lastRequest: string | null }) {
  const [state, action, pending] = useActionState(requestSignOffAction, null);
  return (
    <form action={action} className="mt-6 max-w-3xl border-l-4 border-line pl-4">
      <h2 className="mb-2 text-xl font-bold">Ask the chairs to sign</h2>
      <p className="mb-3">
        The chairs of the parties that have not signed are told in the portal and by email.
        {lastRequest ? ` Sign-off was last requested ${lastRequest}.` : " Sign-off has not been requested yet."}
      </p>
      {state?.ok && (
        <p role="status" className="mb-3 border-4 border-ok p-3 font-bold">
          {state.message}
        </p>
      )}
      {state && !state.ok && (
        <p role="alert" className="mb-3 border-4 border-danger p-3 font-bold">
          {state.formError}
        </p>
      )}
      <input type="hidden" name="protocolId" value={protocolId} />
      <Button secondary>
        {pending ? "Telling the chairs…" : lastRequest ? "Remind the chairs to sign" : "Request sign-off"}
      </Button>
    </form>
  );
}
