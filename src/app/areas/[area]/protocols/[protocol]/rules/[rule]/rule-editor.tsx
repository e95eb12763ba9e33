"use client";

import { useEffect, useState, useTransition } from "react";
import { RULE_STATUS } from "@/components/rules/rule-checks";
import { Tag } from "@/components/ui/tag";
import { FLAG_LABELS } from "@/domain/calendar/status";
import { FREQUENCIES } from "@/lib/schemas/cadence";
import { MODALITIES, OBLIGATION_KINDS } from "@/lib/schemas/vocabulary";
import { previewRuleAction, saveRuleAction } from "./actions";

type Party = { type: "board" | "post"; id: string; label: string };
export interface RuleState {
  clauseId: string;
  kind: string;
  summary: string;
  modality: string;
  from: string[];
  to: string[];
  frequency: string;
  fromMonth: string;
  toMonth: string;
  minPerYear: string;
  trigger: string;
  afterMeetingsOf: string;
  daysAfter: string;
  anchorDate: string;
  /** A membership rule: "post" or "board-capacity", and the board (and capacity) to sit on. */
  subjectType: string;
  subjectPostId: string;
  subjectBoardId: string;
  subjectCapacity: string;
  memberBoardId: string;
  memberCapacity: string;
}

type Preview = {
  year: number | null;
  items: {
    recipientKey: string;
    index: number;
    of: number;
    windowStart: string;
    windowEnd: string;
    dueOn: string;
    meeting: string | null;
    flags: string[];
  }[];
  membership: { status: keyof typeof RULE_STATUS; explanation: string } | null;
};

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const orUndefined = (v: string) => (v === "" ? undefined : v);

function toInput(
  protocolId: string,
  obligationId: string | undefined,
  updatedAt: string | undefined,
  s: RuleState,
  parties: Party[],
) {
  const base = {
    protocolId,
    obligationId,
    updatedAt,
    clauseId: s.clauseId,
    kind: s.kind,
    summary: s.summary,
    modality: s.modality,
  };
  if (s.kind === "membership") {
    // Its parties and cadence follow from the rule: the subject owes a standing duty to the board.
    const membership = {
      subjectType: orUndefined(s.subjectType),
      subjectPostId: s.subjectType === "post" ? orUndefined(s.subjectPostId) : undefined,
      subjectBoardId: s.subjectType === "board-capacity" ? orUndefined(s.subjectBoardId) : undefined,
      subjectCapacity: s.subjectType === "board-capacity" ? orUndefined(s.subjectCapacity) : undefined,
      boardId: orUndefined(s.memberBoardId),
      capacity: orUndefined(s.memberCapacity),
    };
    return { ...base, from: [], to: [], cadence: { frequency: "standing" }, membership };
  }
  const ref = (key: string) => {
    const p = parties.find((x) => `${x.type}:${x.id}` === key)!;
    return { type: p.type, id: p.id };
  };
  const cadence: Record<string, unknown> = { frequency: s.frequency };
  if (s.frequency === "annual" && (s.fromMonth || s.toMonth))
    cadence.window = {
      fromMonth: s.fromMonth ? Number(s.fromMonth) : undefined,
      toMonth: s.toMonth ? Number(s.toMonth) : undefined,
    };
  if (s.frequency === "min-per-year") cadence.minPerYear = s.minPerYear === "" ? undefined : Number(s.minPerYear);
  if (s.frequency === "on-event" || (s.frequency === "as-needed" && s.trigger)) cadence.trigger = s.trigger;
  if (s.frequency === "after-every-meeting") {
    cadence.afterMeetingsOf = s.afterMeetingsOf;
    if (s.daysAfter !== "") cadence.daysAfter = Number(s.daysAfter);
  }
  if (s.frequency === "anniversary" || s.frequency === "once") cadence.anchorDate = s.anchorDate;
  return { ...base, from: s.from.map(ref), to: s.to.map(ref), cadence };
}

export function RuleEditor(props: {
  protocolId: string;
  obligationId?: string;
  updatedAt?: string;
  initial: RuleState;
  clauses: { id: string; ref: string }[];
  parties: Party[];
  boardKeys: string[];
  /** The capacities to choose from (the Capacity table, in its order), as listCapacities gives them. */
  capacities: { value: string; label: string }[];
  returnTo: string;
}) {
  const [state, setState] = useState(props.initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [saving, startSaving] = useTransition();
  const set = (patch: Partial<RuleState>) => setState((s) => ({ ...s, ...patch }));

  useEffect(() => {
    const timer = setTimeout(() => {
      void previewRuleAction(toInput(props.protocolId, props.obligationId, props.updatedAt, state, props.parties)).then(
        (result) => {
          if (result.ok && result.data) {
            setPreview(result.data);
            setErrors({});
          } else if (!result.ok) {
            setPreview(null);
            setErrors(result.fieldErrors);
          }
        },
      );
    }, 250);
    return () => clearTimeout(timer);
  }, [state, props.protocolId, props.obligationId, props.updatedAt, props.parties]);

  const err = (key: string) => errors[key]?.join(". ");
  const field = (key: string, label: string, control: (describedBy: string | undefined) => React.ReactNode) => (
    <div className={`mb-5 ${err(key) ? "border-l-4 border-danger pl-4" : ""}`}>
      <label htmlFor={key} className="mb-1 block font-bold">
        {label}
      </label>
      {err(key) && (
        <p id={`${key}-error`} className="mb-1 font-bold text-danger">
          <span className="sr-only">Error: </span>
          {err(key)}
        </p>
      )}
      {control(err(key) ? `${key}-error` : undefined)}
    </div>
  );
  const select = (
    key: keyof RuleState,
    options: [string, string][],
    describedBy: string | undefined,
    id: string = key,
  ) => (
    <select
      id={id}
      value={state[key]}
      onChange={(e) => set({ [key]: e.target.value })}
      aria-describedby={describedBy}
      aria-invalid={describedBy ? true : undefined}
      className="min-h-11 max-w-full border-2 border-ink bg-white px-2 py-2"
    >
      {options.map(([v, l]) => (
        <option key={v} value={v}>
          {l}
        </option>
      ))}
    </select>
  );
  const partyBoxes = (role: "from" | "to", legend: string) => (
    <fieldset id={role} className={`mb-5 ${err(role) ? "border-l-4 border-danger pl-4" : ""}`}>
      <legend className="mb-1 font-bold">{legend}</legend>
      {err(role) && <p className="font-bold text-danger">{err(role)}</p>}
      <div className="grid gap-1 sm:grid-cols-2">
        {props.parties.map((p) => {
          const key = `${p.type}:${p.id}`;
          const id = `${role}-${key}`;
          return (
            <div key={key} className="flex min-h-11 items-center gap-2">
              <input
                id={id}
                type="checkbox"
                className="h-6 w-6"
                checked={state[role].includes(key)}
                onChange={(e) =>
                  set({ [role]: e.target.checked ? [...state[role], key] : state[role].filter((k) => k !== key) })
                }
              />
              <label htmlFor={id}>{p.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
  const boards = props.parties.filter((p) => p.type === "board");
  const posts = props.parties.filter((p) => p.type === "post");
  const capacities = props.capacities.map((c): [string, string] => [c.value, c.label]);
  const label = (key: string) =>
    key === "none" ? "Joint (no recipient)" : (props.parties.find((p) => `${p.type}:${p.id}` === key)?.label ?? key);

  return (
    <div className="grid gap-10 lg:grid-cols-2">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          startSaving(async () => {
            const result = await saveRuleAction(
              toInput(props.protocolId, props.obligationId, props.updatedAt, state, props.parties),
              props.returnTo,
            );
            if (result && !result.ok) {
              setErrors(result.fieldErrors);
              setFormError(result.formError);
            }
          });
        }}
      >
        {formError && (
          <div role="alert" className="mb-6 border-4 border-danger p-4">
            <h2 className="text-xl font-bold">There is a problem</h2>
            <p>{formError}</p>
            <ul className="list-none">
              {Object.entries(errors).flatMap(([key, messages]) =>
                messages.map((m) => (
                  <li key={`${key}-${m}`}>
                    <a href={`#${key}`} className="font-bold text-danger underline">
                      {m}
                    </a>
                  </li>
                )),
              )}
            </ul>
          </div>
        )}
        {field("clauseId", "Clause", (d) =>
          select(
            "clauseId",
            props.clauses.map((c) => [c.id, c.ref]),
            d,
          ),
        )}
        {field("kind", "Kind of duty", (d) =>
          select(
            "kind",
            OBLIGATION_KINDS.map((k) => [k, k]),
            d,
          ),
        )}
        {field("summary", "The duty, in a sentence", (d) => (
          <textarea
            id="summary"
            value={state.summary}
            onChange={(e) => set({ summary: e.target.value })}
            aria-describedby={d}
            aria-invalid={d ? true : undefined}
            rows={3}
            className="block w-full border-2 border-ink p-2"
          />
        ))}
        {field("modality", "Strength of the wording", (d) =>
          select(
            "modality",
            MODALITIES.map((m) => [m, m]),
            d,
          ),
        )}
        {state.kind === "membership" ? (
          <fieldset className="mb-5">
            <legend className="mb-3 text-xl font-bold">Who must sit where</legend>
            {field("membership.subjectType", "Who must sit on the board", (d) =>
              select(
                "subjectType",
                [
                  ["", "Choose…"],
                  ["board-capacity", "Whoever holds a capacity on a board (for example its chair)"],
                  ["post", "The holder of a post"],
                ],
                d,
                "membership.subjectType",
              ),
            )}
            {state.subjectType === "post" &&
              field("membership.subjectPostId", "Post", (d) =>
                select(
                  "subjectPostId",
                  [["", "Choose…"], ...posts.map((p): [string, string] => [p.id, p.label.replace(/^Post: /, "")])],
                  d,
                  "membership.subjectPostId",
                ),
              )}
            {state.subjectType === "board-capacity" && (
              <div className="grid gap-4 sm:grid-cols-2">
                {field("membership.subjectBoardId", "Board they hold it on", (d) =>
                  select(
                    "subjectBoardId",
                    [["", "Choose…"], ...boards.map((b): [string, string] => [b.id, b.label])],
                    d,
                    "membership.subjectBoardId",
                  ),
                )}
                {field("membership.subjectCapacity", "Capacity they hold", (d) =>
                  select("subjectCapacity", [["", "Choose…"], ...capacities], d, "membership.subjectCapacity"),
                )}
              </div>
            )}
            {field("membership.boardId", "Board they must sit on", (d) =>
              select(
                "memberBoardId",
                [["", "Choose…"], ...boards.map((b): [string, string] => [b.id, b.label])],
                d,
                "membership.boardId",
              ),
            )}
            {field("membership.capacity", "In the capacity", (d) =>
              select("memberCapacity", [["", "Any capacity"], ...capacities], d, "membership.capacity"),
            )}
          </fieldset>
        ) : (
          <>
            {partyBoxes("from", "Owed by")}
            {partyBoxes("to", "Owed to (one item each)")}
          </>
        )}
        {state.kind !== "membership" &&
          field("cadence.frequency", "How often", (d) =>
            select(
              "frequency",
              FREQUENCIES.map((f) => [f, f]),
              d,
              "cadence.frequency",
            ),
          )}
        {state.kind === "membership" && err("cadence.frequency") && (
          <p className="mb-4 font-bold text-danger">{err("cadence.frequency")}</p>
        )}
        {state.kind !== "membership" && state.frequency === "annual" && (
          <div className="grid grid-cols-2 gap-4">
            {field("cadence.window.fromMonth", "From month (optional)", (d) =>
              select(
                "fromMonth",
                [["", "Any time"], ...MONTHS.map((m, i): [string, string] => [String(i + 1), m])],
                d,
                "cadence.window.fromMonth",
              ),
            )}
            {field("cadence.window.toMonth", "To month (optional)", (d) =>
              select(
                "toMonth",
                [["", "Any time"], ...MONTHS.map((m, i): [string, string] => [String(i + 1), m])],
                d,
                "cadence.window.toMonth",
              ),
            )}
          </div>
        )}
        {state.kind !== "membership" &&
          state.frequency === "min-per-year" &&
          field("cadence.minPerYear", "At least how many times a year", (d) => (
            <input
              id="cadence.minPerYear"
              inputMode="numeric"
              value={state.minPerYear}
              onChange={(e) => set({ minPerYear: e.target.value })}
              aria-describedby={d}
              aria-invalid={d ? true : undefined}
              className="min-h-11 w-24 border-2 border-ink p-2"
            />
          ))}
        {state.kind !== "membership" &&
          (state.frequency === "on-event" || state.frequency === "as-needed") &&
          field("cadence.trigger", "When (the event)", (d) => (
            <input
              id="cadence.trigger"
              value={state.trigger}
              onChange={(e) => set({ trigger: e.target.value })}
              aria-describedby={d}
              aria-invalid={d ? true : undefined}
              className="block min-h-11 w-full border-2 border-ink p-2"
            />
          ))}
        {state.kind !== "membership" && state.frequency === "after-every-meeting" && (
          <div className="grid grid-cols-2 gap-4">
            {field("cadence.afterMeetingsOf", "After every meeting of", (d) =>
              select(
                "afterMeetingsOf",
                [["", "Choose…"], ...props.boardKeys.map((k): [string, string] => [k, k])],
                d,
                "cadence.afterMeetingsOf",
              ),
            )}
            {field("cadence.daysAfter", "Days after the meeting (optional, 14 if blank)", (d) => (
              <input
                id="cadence.daysAfter"
                inputMode="numeric"
                value={state.daysAfter}
                onChange={(e) => set({ daysAfter: e.target.value })}
                aria-describedby={d}
                aria-invalid={d ? true : undefined}
                className="min-h-11 w-24 border-2 border-ink p-2"
              />
            ))}
          </div>
        )}
        {state.kind !== "membership" &&
          (state.frequency === "anniversary" || state.frequency === "once") &&
          field("cadence.anchorDate", state.frequency === "once" ? "On" : "Counted from", (d) => (
            <input
              id="cadence.anchorDate"
              type="date"
              value={state.anchorDate}
              onChange={(e) => set({ anchorDate: e.target.value })}
              aria-describedby={d}
              aria-invalid={d ? true : undefined}
              className="min-h-11 border-2 border-ink p-2"
            />
          ))}
        <button
          type="submit"
          className="min-h-11 bg-ok px-4 py-2 text-lg font-bold text-white shadow-[0_2px_0_#002d18]"
        >
          {saving ? "Saving…" : "Save rule"}
        </button>
      </form>
      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading" className="mb-3 text-2xl font-bold">
          Preview
          {preview?.year
            ? `: FY${preview.year}/${String((preview.year + 1) % 100).padStart(2, "0")}`
            : preview?.membership
              ? ": checked today"
              : ""}
        </h2>
        <div role="status" aria-live="polite">
          {!preview && (
            <p>
              Fix the problems shown to see{" "}
              {state.kind === "membership" ? "whether this rule is met today" : "the items this rule would produce"}.
            </p>
          )}
          {preview?.membership && (
            <p>
              <Tag tone={RULE_STATUS[preview.membership.status][0]}>{RULE_STATUS[preview.membership.status][1]}</Tag>{" "}
              {preview.membership.explanation}
            </p>
          )}
          {preview && !preview.membership && preview.items.length === 0 && (
            <p>No dated items: this duty is listed as a standing duty.</p>
          )}
          {preview && preview.items.length > 0 && (
            <p>
              {preview.items.length} item{preview.items.length === 1 ? "" : "s"} this year.
            </p>
          )}
        </div>
        {preview && preview.items.length > 0 && (
          <table className="w-full border-collapse text-left text-base">
            <caption className="sr-only">Items the rule would produce</caption>
            <thead>
              <tr>
                {["To", "Window", "Due", "Meeting", "Flags"].map((h) => (
                  <th key={h} scope="col" className="border-b-2 border-ink py-2 pr-3">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.items.map((i) => (
                <tr key={`${i.recipientKey}-${i.index}`}>
                  <th scope="row" className="border-b border-line py-2 pr-3 font-normal">
                    {label(i.recipientKey)}
                  </th>
                  <td className="border-b border-line py-2 pr-3">
                    {i.windowStart} to {i.windowEnd}
                  </td>
                  <td className="border-b border-line py-2 pr-3">{i.dueOn}</td>
                  <td className="border-b border-line py-2 pr-3">{i.meeting ?? "—"}</td>
                  <td className="border-b border-line py-2 pr-3">
                    {i.flags.map((f) => FLAG_LABELS[f] ?? f).join(", ") || "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
