"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/form";
import { feedTokenAction } from "./actions";

export function FeedTokenForm({
  origin,
  boards,
  hasToken,
  expiry,
}: {
  origin: string;
  boards: { slug: string; name: string }[];
  hasToken: boolean;
  /** What the page says about the current addresses' expiry, before any change here. */
  expiry: string | null;
}) {
  const [state, action, pending] = useActionState(feedTokenAction, null);
  const token = state?.ok ? state.data?.token : undefined;
  const expiresOn = state?.ok ? state.data?.expiresOn : undefined;
  return (
    <div>
      {state?.ok && (
        <div role="status" className="mb-6 max-w-3xl border-4 border-ok p-4">
          <p className="font-bold">{state.message}</p>
        </div>
      )}
      {state && !state.ok && (
        <div role="alert" className="mb-6 border-4 border-danger p-4">
          {state.formError ?? Object.values(state.fieldErrors).flat().join(". ")}
        </div>
      )}
      {token && (
        <div className="mb-8">
          <h2 className="mb-2 text-2xl font-bold">Your calendar addresses</h2>
          <p className="mb-4">
            Copy an address into Outlook (Add calendar, From internet) or another calendar. Keep them private: anyone
            with an address can read that calendar. They are shown only now.
          </p>
          <p className="mb-4 font-bold">
            {expiresOn
              ? `These addresses stop working on ${expiresOn}: create new ones before then.`
              : "These addresses work until you create new ones or stop them."}
          </p>
          <dl>
            <dt className="font-bold">All my boards</dt>
            <dd className="mb-3 break-all">
              <code>{`${origin}/feeds/me?token=${token}`}</code>
            </dd>
            {boards.map((b) => (
              <div key={b.slug}>
                <dt className="font-bold">{b.name}</dt>
                <dd className="mb-3 break-all">
                  <code>{`${origin}/feeds/boards/${b.slug}.ics?token=${token}`}</code>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {!state && expiry && <p className="mb-6 max-w-3xl">{expiry}</p>}
      <form action={action} className="flex flex-wrap gap-4">
        <Button name="intent" value="renew">
          {pending
            ? "Working…"
            : hasToken || token
              ? "Create new addresses (stops the old ones)"
              : "Create calendar addresses"}
        </Button>
        {(hasToken || token) && (
          <Button secondary name="intent" value="revoke">
            Stop my calendar addresses
          </Button>
        )}
      </form>
    </div>
  );
}
