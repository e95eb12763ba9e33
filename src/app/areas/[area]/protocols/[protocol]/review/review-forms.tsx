"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button, SelectField, type Option } from "@/components/ui/form";
import {
  acceptProposalAction,
  createPartyBoardAction,
  matchPartyAction,
  readAgainAction,
  rejectProposalAction,
  reopenProposalAction,
} from "./actions";

type State = Awaited<ReturnType<typeof acceptProposalAction>> | null;

/** A form's outcome in words: an alert for a refusal, a status for a success. */
function Outcome({ state }: { state: State }) {
  if (!state) return null;
  if (!state.ok)
    return (
      <p role="alert" className="w-full font-bold text-danger">
        {state.formError ?? Object.values(state.fieldErrors).flat().join(". ")}
      </p>
    );
  return state.message ? (
    <p role="status" className="w-full font-bold">
      {state.message}
    </p>
  ) : null;
}

/** Accept, edit or reject one proposal; a rejected one can be put back. */
export function ProposalButtons({
  proposalId,
  status,
  canAccept,
  editHref,
  label,
}: {
  proposalId: string;
  status: string;
  canAccept: boolean;
  editHref: string;
  /** Said after each button to screen readers: which proposal it is. */
  label: string;
}) {
  const [accepted, accept, accepting] = useActionState(acceptProposalAction, null);
  const [rejected, reject, rejecting] = useActionState(rejectProposalAction, null);
  const [reopened, reopen, reopening] = useActionState(reopenProposalAction, null);
  const hidden = <input type="hidden" name="proposalId" value={proposalId} />;
  const sr = <span className="sr-only"> {label}</span>;
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3">
      <Outcome state={accepted} />
      <Outcome state={rejected} />
      <Outcome state={reopened} />
      {status === "unreviewed" && (
        <>
          {canAccept && (
            <form action={accept}>
              {hidden}
              <Button>
                {accepting ? "Accepting…" : "Accept"}
                {sr}
              </Button>
            </form>
          )}
          <Link
            href={editHref}
            className="inline-flex min-h-11 items-center bg-panel px-4 py-2 text-lg font-bold text-ink underline shadow-[0_2px_0_#002d18]"
          >
            Edit{sr}
          </Link>
          <form action={reject}>
            {hidden}
            <Button secondary>
              {rejecting ? "Rejecting…" : "Reject"}
              {sr}
            </Button>
          </form>
        </>
      )}
      {status === "rejected" && (
        <form action={reopen}>
          {hidden}
          <Button secondary>
            {reopening ? "Putting back…" : "Put back"}
            {sr}
          </Button>
        </form>
      )}
    </div>
  );
}

/** What a party the document names is in the area: one of its boards or posts. */
export function MatchPartyForm({
  protocolId,
  fingerprint,
  party,
  name,
  boards,
  posts,
  current,
}: {
  protocolId: string;
  fingerprint: string;
  party: string;
  name: string;
  boards: Option[];
  posts: Option[];
  current: string | null;
}) {
  const [state, action, pending] = useActionState(matchPartyAction, null);
  const id = `match-${party.replace(/[^A-Za-z0-9-]/g, "-")}`;
  return (
    <form action={action} noValidate>
      <Outcome state={state} />
      <input type="hidden" name="protocolId" value={protocolId} />
      <input type="hidden" name="fingerprint" value={fingerprint} />
      <input type="hidden" name="party" value={party} />
      <SelectField
        id={id}
        name="target"
        label={`Match ${name} to`}
        defaultValue={current ?? undefined}
        groups={[
          { label: "Boards", options: boards },
          { label: "Posts", options: posts },
        ]}
        errors={state && !state.ok ? state.fieldErrors.target : undefined}
      />
      <Button secondary>
        {pending ? "Matching…" : "Match"}
        <span className="sr-only"> {name}</span>
      </Button>
    </form>
  );
}

/** "Create this board": a board the document names that the area lacks, added as a party. */
export function CreatePartyBoardForm({
  area,
  protocolId,
  fingerprint,
  party,
  name,
}: {
  area: string;
  protocolId: string;
  fingerprint: string;
  party: string;
  name: string;
}) {
  const [state, action, pending] = useActionState(createPartyBoardAction, null);
  return (
    <form action={action} className="mt-3">
      <Outcome state={state} />
      <input type="hidden" name="area" value={area} />
      <input type="hidden" name="protocolId" value={protocolId} />
      <input type="hidden" name="fingerprint" value={fingerprint} />
      <input type="hidden" name="party" value={party} />
      <Button secondary>
        {pending ? "Creating…" : "Create this board"}
        <span className="sr-only">: {name}</span>
      </Button>
    </form>
  );
}

/** The reader run again over the clauses as they now stand. */
export function ReadAgainForm({ protocolId, fingerprint }: { protocolId: string; fingerprint: string }) {
  const [state, action, pending] = useActionState(readAgainAction, null);
  return (
    <form action={action}>
      <Outcome state={state} />
      <input type="hidden" name="protocolId" value={protocolId} />
      <input type="hidden" name="fingerprint" value={fingerprint} />
      <Button secondary>{pending ? "Reading the clauses…" : "Read the clauses again"}</Button>
    </form>
  );
}
