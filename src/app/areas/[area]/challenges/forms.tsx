"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, FieldError, SelectField, TextArea, TextField, type Option } from "@/components/ui/form";
import type { ActionResult } from "@/server/core/errors";
import {
  escalateChallengeAction,
  raiseChallengeAction,
  resolveChallengeAction,
  respondChallengeAction,
} from "./actions";

const failed = (state: ActionResult | null) => (state && !state.ok ? state : null);

export interface RaiseFormProps {
  area: string;
  from: Option[];
  to: Option[];
  protocols: { id: string; label: string; clauses: Option[] }[];
  item: { id: string; label: string } | null;
  prefill: { fromBoardId?: string; toBoardId?: string; protocolId?: string; clauseId?: string };
  defaultDueLabel: string;
}

export function RaiseChallengeForm({ area, from, to, protocols, item, prefill, defaultDueLabel }: RaiseFormProps) {
  const [state, action, pending] = useActionState(raiseChallengeAction, null);
  const errors = failed(state);
  const value = (key: string, fallback?: string) => (errors?.values ? errors.values[key] : fallback);
  return (
    <form action={action} noValidate className="max-w-3xl">
      <ErrorSummary
        errors={errors}
        fields={{
          fromBoardId: "raise-from",
          toBoardId: "raise-to",
          protocolId: "raise-protocol",
          clauseId: "raise-clause",
          itemId: "raise-item",
          subject: "raise-subject",
          detail: "raise-detail",
          responseDueOn: "raise-due",
        }}
      />
      <input type="hidden" name="area" value={area} />
      <SelectField
        id="raise-from"
        name="fromBoardId"
        label="Board raising the challenge"
        options={from}
        errors={errors?.fieldErrors.fromBoardId}
        defaultValue={value("fromBoardId", prefill.fromBoardId ?? (from.length === 1 ? from[0]!.value : undefined))}
      />
      <SelectField
        id="raise-to"
        name="toBoardId"
        label="Board being challenged"
        hint="A board that shares an agreed protocol with yours."
        options={to}
        errors={errors?.fieldErrors.toBoardId}
        defaultValue={value("toBoardId", prefill.toBoardId)}
      />
      <SelectField
        id="raise-protocol"
        name="protocolId"
        label="Protocol the challenge is made under"
        options={protocols.map((p) => ({ value: p.id, label: p.label }))}
        errors={errors?.fieldErrors.protocolId}
        defaultValue={value("protocolId", prefill.protocolId)}
      />
      <SelectField
        id="raise-clause"
        name="clauseId"
        label="Clause cited (optional)"
        hint="For example the protocol's resolution process (Halton 44)."
        groups={protocols.map((p) => ({ label: p.label, options: p.clauses }))}
        errors={errors?.fieldErrors.clauseId}
        defaultValue={value("clauseId", prefill.clauseId)}
        emptyLabel="No particular clause"
      />
      {item ? (
        <div className={`mb-6 ${errors?.fieldErrors.itemId ? "border-l-4 border-danger pl-4" : ""}`}>
          <p className="mb-1 font-bold" id="raise-item-label">
            About the item
          </p>
          <FieldError id="raise-item-error" errors={errors?.fieldErrors.itemId} />
          <p id="raise-item" tabIndex={-1}>
            {item.label}
          </p>
          <input type="hidden" name="itemId" value={item.id} />
        </div>
      ) : (
        errors?.fieldErrors.itemId && <FieldError id="raise-item" errors={errors.fieldErrors.itemId} />
      )}
      <TextField
        id="raise-subject"
        name="subject"
        label="Subject"
        errors={errors?.fieldErrors.subject}
        defaultValue={value("subject")}
        width="max-w-2xl"
      />
      <TextArea
        id="raise-detail"
        name="detail"
        label="The challenge"
        hint="What the board is asked to account for, and the evidence it should give."
        errors={errors?.fieldErrors.detail}
        defaultValue={value("detail")}
      />
      <TextField
        id="raise-due"
        name="responseDueOn"
        type="date"
        label="Formal response due by"
        hint={`Leave blank for the time the protocol's resolution route gives: 20 working days (${defaultDueLabel}) unless the protocol states another.`}
        errors={errors?.fieldErrors.responseDueOn}
        defaultValue={value("responseDueOn")}
        width="max-w-xs"
      />
      <Button>{pending ? "Raising…" : "Raise challenge"}</Button>
    </form>
  );
}

const TRANSITION_FORMS = {
  respond: {
    action: respondChallengeAction,
    label: "Formal response",
    hint: "This is recorded as the board's formal response.",
    button: "Send response",
    pending: "Sending…",
  },
  resolve: {
    action: resolveChallengeAction,
    label: "How it was resolved",
    hint: undefined,
    button: "Record as resolved",
    pending: "Recording…",
  },
  escalate: {
    action: escalateChallengeAction,
    label: "Why it needs escalating",
    hint: undefined,
    button: "Escalate",
    pending: "Escalating…",
  },
} as const;

export function ChallengeTransitionForm({
  kind,
  area,
  challengeId,
  version,
  hint,
}: {
  kind: keyof typeof TRANSITION_FORMS;
  area: string;
  challengeId: string;
  version: number;
  hint?: string;
}) {
  const config = TRANSITION_FORMS[kind];
  const [state, action, pending] = useActionState(config.action, null);
  const errors = failed(state);
  const id = `${kind}-text`;
  return (
    <form action={action} noValidate className="max-w-3xl">
      {errors && (errors.formError || Object.keys(errors.fieldErrors).length > 0) && (
        <div role="alert" className="mb-4 border-4 border-danger p-4">
          <h3 className="mb-1 text-xl font-bold">There is a problem</h3>
          {errors.formError && <p>{errors.formError}</p>}
          {errors.fieldErrors.text && (
            <a href={`#${id}`} className="font-bold text-danger underline">
              {errors.fieldErrors.text.join(". ")}
            </a>
          )}
        </div>
      )}
      <input type="hidden" name="area" value={area} />
      <input type="hidden" name="challengeId" value={challengeId} />
      <input type="hidden" name="version" value={version} />
      <TextArea
        id={id}
        name="text"
        label={config.label}
        hint={hint ?? config.hint}
        errors={errors?.fieldErrors.text}
        defaultValue={errors?.values?.text}
      />
      <Button secondary={kind !== "respond"}>{pending ? config.pending : config.button}</Button>
    </form>
  );
}
