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
  /** The duty this one comes after (its order; with "follows", where its dates come from). */
  comesAfterId: string;
  // Decision 019's forms. An annual duty's timing: "window" (any time, or between months),
  // "quarter", or a deadline: "deadline-day", "deadline-start" or "deadline-end" of the year.
  annualMode: string;
  quarter: string;
  deadlineMonth: string;
  deadlineDay: string;
  /** Each meeting: "at" the meeting, or "offset" before or after it. Follows: "next-meeting", "offset" or "done". */
  timing: string;
  offsetAmount: string;
  offsetUnit: string;
  offsetDirection: string;
  offsetClear: boolean;
  durationAmount: string;
  durationUnit: string;
  months: string[];
  day: string;
  every: string;
  unit: string;
  anchorIsOccurrence: boolean;
  precision: string;
  /** A board key; blank: the receiving board's meetings. */
  meetingsOf: string;
  which: string;
  afterMonth: string;
  afterDay: string;
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

/** The editor's fields that hold one string (a select's or a text input's value). */
type TextKey = { [K in keyof RuleState]: RuleState[K] extends string ? K : never }[keyof RuleState];

/** The frequencies in plain words, as the protocols say them (the value stays the schema's). */
const FREQUENCY_LABELS: Record<(typeof FREQUENCIES)[number], string> = {
  annual: "Once a year (any time, in some months, a quarter, or by a deadline)",
  quarterly: "Every quarter",
  "six-monthly": "At least every six months",
  "min-per-year": "At least a number of times a year",
  "after-every-meeting": "A number of days after every meeting of a board",
  anniversary: "Every year from a date",
  once: "Once, on a date",
  "on-event": "When something happens",
  "as-needed": "As needed, at any time",
  standing: "A standing duty (no dates)",
  monthly: "Every month",
  "named-months": "In named months (for example each March and September)",
  interval: "Every so many months or years from a date (for example biennially)",
  "each-meeting": "Before, at or after each meeting",
  "meeting-of-year": "At the first or last meeting of the year",
  "first-meeting-after": "At the first meeting after a yearly date",
  follows: "After another duty of this protocol is done",
};

const UNIT_OPTIONS: [string, string][] = [
  ["days", "days"],
  ["working-days", "working days"],
  ["weeks", "weeks"],
  ["months", "calendar months"],
];
const MONTH_OPTIONS: [string, string][] = [
  ["", "Choose…"],
  ...MONTHS.map((m, i): [string, string] => [String(i + 1), m]),
];

const orUndefined = (v: string) => (v === "" ? undefined : v);

function toInput(
  protocolId: string,
  obligationId: string | undefined,
  updatedAt: string | undefined,
  s: RuleState,
  parties: Party[],
  proposalId?: string,
) {
  const base = {
    protocolId,
    obligationId,
    updatedAt,
    // A rule made from a reader's proposal (issue 12): saving it marks the proposal edited.
    ...(proposalId ? { proposalId } : {}),
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
  const cadence = cadenceOf(s);
  return {
    ...base,
    comesAfterId: orUndefined(s.comesAfterId),
    from: s.from.map(ref),
    to: s.to.map(ref),
    cadence,
  };
}

/** A number as typed: blank is "not given" (the schema names what is missing), anything else is sent as typed. */
const num = (v: string) => (v.trim() === "" ? undefined : Number(v));

/** The editor's fields as the cadence the schema parses (decision 019), only the chosen form's parts. */
function cadenceOf(s: RuleState): Record<string, unknown> {
  const cadence: Record<string, unknown> = { frequency: s.frequency };
  const offset = () => ({
    amount: num(s.offsetAmount),
    unit: s.offsetUnit,
    direction: s.offsetDirection,
    // Clear days leave out both end days: they mean something only for days counted one by one.
    ...(s.offsetClear && (s.offsetUnit === "days" || s.offsetUnit === "working-days") ? { clear: true } : {}),
  });
  const duration = () =>
    s.durationAmount.trim() === "" ? {} : { duration: { amount: num(s.durationAmount), unit: s.durationUnit } };
  const meetingsOf = s.meetingsOf ? { meetingsOf: s.meetingsOf } : {};
  const day = s.day.trim() === "" ? {} : { day: num(s.day) };
  switch (s.frequency) {
    case "annual":
      // A quarter not yet chosen is sent as null, so it is named at its field, not read as "any time".
      if (s.annualMode === "quarter") cadence.quarter = s.quarter === "" ? null : Number(s.quarter);
      else if (s.annualMode === "deadline-day")
        Object.assign(cadence, { deadline: { month: num(s.deadlineMonth), day: num(s.deadlineDay) } }, duration());
      else if (s.annualMode === "deadline-start" || s.annualMode === "deadline-end")
        Object.assign(
          cadence,
          { deadline: { from: s.annualMode === "deadline-start" ? "cycle-start" : "cycle-end", offset: offset() } },
          duration(),
        );
      else if (s.fromMonth || s.toMonth)
        cadence.window = {
          fromMonth: s.fromMonth ? Number(s.fromMonth) : undefined,
          toMonth: s.toMonth ? Number(s.toMonth) : undefined,
        };
      break;
    case "monthly":
      Object.assign(cadence, day);
      break;
    case "named-months":
      Object.assign(cadence, { months: s.months.map(Number).sort((a, b) => a - b) }, day, duration());
      break;
    case "interval":
      Object.assign(
        cadence,
        { every: num(s.every), unit: s.unit, anchorDate: s.anchorDate },
        s.anchorIsOccurrence ? { anchorIsOccurrence: true } : {},
        s.precision === "month" ? { precision: "month" } : {},
        duration(),
      );
      break;
    case "each-meeting":
      Object.assign(cadence, meetingsOf, s.timing === "offset" ? { offset: offset() } : {});
      break;
    case "meeting-of-year":
      Object.assign(cadence, { which: s.which }, meetingsOf);
      break;
    case "first-meeting-after":
      Object.assign(cadence, { after: { month: num(s.afterMonth), day: num(s.afterDay) } }, meetingsOf);
      break;
    case "follows":
      if (s.timing === "next-meeting") Object.assign(cadence, { atNextMeeting: true }, meetingsOf);
      if (s.timing === "offset") cadence.offset = offset();
      Object.assign(cadence, duration());
      break;
  }
  if (s.frequency === "min-per-year") cadence.minPerYear = s.minPerYear === "" ? undefined : Number(s.minPerYear);
  if (s.frequency === "on-event" || (s.frequency === "as-needed" && s.trigger)) cadence.trigger = s.trigger;
  if (s.frequency === "after-every-meeting") {
    cadence.afterMeetingsOf = s.afterMeetingsOf;
    if (s.daysAfter !== "") cadence.daysAfter = Number(s.daysAfter);
  }
  if (s.frequency === "anniversary" || s.frequency === "once") cadence.anchorDate = s.anchorDate;
  return cadence;
}

export function RuleEditor(props: {
  protocolId: string;
  obligationId?: string;
  updatedAt?: string;
  /** The reader's proposal this new rule is made from, if any. */
  proposalId?: string;
  initial: RuleState;
  clauses: { id: string; ref: string }[];
  parties: Party[];
  boardKeys: string[];
  /** The draft's other live duties, for "comes after" ("8.2: The annual report"). */
  others: { id: string; label: string }[];
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
      void previewRuleAction(
        toInput(props.protocolId, props.obligationId, props.updatedAt, state, props.parties, props.proposalId),
      ).then((result) => {
        if (result.ok && result.data) {
          setPreview(result.data);
          setErrors({});
        } else if (!result.ok) {
          setPreview(null);
          setErrors(result.fieldErrors);
        }
      });
    }, 250);
    return () => clearTimeout(timer);
  }, [state, props.protocolId, props.obligationId, props.updatedAt, props.parties, props.proposalId]);

  const err = (key: string) => errors[key]?.join(". ");
  /** The duty's frequency, when it has one: a membership rule has no timing fields. */
  const timing = state.kind !== "membership" ? state.frequency : null;
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
  const select = (key: TextKey, options: [string, string][], describedBy: string | undefined, id: string = key) => (
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
  const textInput = (key: TextKey, id: string, describedBy: string | undefined, width = "w-24") => (
    <input
      id={id}
      inputMode="numeric"
      value={state[key]}
      onChange={(e) => set({ [key]: e.target.value })}
      aria-describedby={describedBy}
      aria-invalid={describedBy ? true : undefined}
      className={`min-h-11 ${width} border-2 border-ink p-2`}
    />
  );
  const checkbox = (key: "offsetClear" | "anchorIsOccurrence", id: string, text: string) => (
    <div className={`mb-5 flex min-h-11 items-center gap-2 ${err(id) ? "border-l-4 border-danger pl-4" : ""}`}>
      <input
        id={id}
        type="checkbox"
        className="h-6 w-6"
        checked={state[key]}
        onChange={(e) => set({ [key]: e.target.checked })}
        aria-describedby={err(id) ? `${id}-error` : undefined}
        aria-invalid={err(id) ? true : undefined}
      />
      <label htmlFor={id}>{text}</label>
      {err(id) && (
        <p id={`${id}-error`} className="font-bold text-danger">
          <span className="sr-only">Error: </span>
          {err(id)}
        </p>
      )}
    </div>
  );
  /** A group of fields with its own legend, showing a problem with the group as a whole (cadence.deadline). */
  const group = (id: string, legend: string, children: React.ReactNode) => (
    <fieldset id={id} className={`mb-5 border-2 border-line p-4 ${err(id) ? "border-l-4 border-l-danger" : ""}`}>
      <legend className="px-1 font-bold">{legend}</legend>
      {err(id) && (
        <p className="mb-2 font-bold text-danger">
          <span className="sr-only">Error: </span>
          {err(id)}
        </p>
      )}
      {children}
    </fieldset>
  );
  /** Offset fields: "15 working days after", "7 clear working days before" (ids under `at`, e.g. cadence.offset). */
  const offsetFields = (at: string, legend: string) =>
    group(
      at,
      legend,
      <>
        <div className="grid gap-4 sm:grid-cols-3">
          {field(`${at}.amount`, "How many", (d) => textInput("offsetAmount", `${at}.amount`, d))}
          {field(`${at}.unit`, "Counted in", (d) => select("offsetUnit", UNIT_OPTIONS, d, `${at}.unit`))}
          {field(`${at}.direction`, "Before or after", (d) =>
            select(
              "offsetDirection",
              [
                ["after", "after"],
                ["before", "before"],
              ],
              d,
              `${at}.direction`,
            ),
          )}
        </div>
        {(state.offsetUnit === "days" || state.offsetUnit === "working-days") &&
          checkbox("offsetClear", `${at}.clear`, "Clear days (leave out both the day counted from and the day due)")}
      </>,
    );
  const durationFields = (legend: string) =>
    group(
      "cadence.duration",
      legend,
      <div className="grid gap-4 sm:grid-cols-2">
        {field("cadence.duration.amount", "How long (optional)", (d) =>
          textInput("durationAmount", "cadence.duration.amount", d),
        )}
        {field("cadence.duration.unit", "Counted in", (d) =>
          select("durationUnit", UNIT_OPTIONS, d, "cadence.duration.unit"),
        )}
      </div>,
    );
  const meetingsOfField = () =>
    field("cadence.meetingsOf", "Meetings of", (d) =>
      select(
        "meetingsOf",
        [["", "The receiving board"], ...props.boardKeys.map((k): [string, string] => [k, k])],
        d,
        "cadence.meetingsOf",
      ),
    );
  const dayField = (hint: string) => field("cadence.day", hint, (d) => textInput("day", "cadence.day", d));

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
              toInput(props.protocolId, props.obligationId, props.updatedAt, state, props.parties, props.proposalId),
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
              FREQUENCIES.map((f) => [f, FREQUENCY_LABELS[f]]),
              d,
              "cadence.frequency",
            ),
          )}
        {state.kind !== "membership" &&
          field(
            "comesAfterId",
            state.frequency === "follows" ? "The duty it comes after" : "Comes after (optional)",
            (d) =>
              select(
                "comesAfterId",
                [
                  ["", state.frequency === "follows" ? "Choose…" : "No other duty"],
                  ...props.others.map((o): [string, string] => [o.id, o.label]),
                ],
                d,
                "comesAfterId",
              ),
          )}
        {state.kind === "membership" && err("cadence.frequency") && (
          <p className="mb-4 font-bold text-danger">{err("cadence.frequency")}</p>
        )}
        {timing === "annual" &&
          field("cadence.annualMode", "When in the year", (d) =>
            select(
              "annualMode",
              [
                ["window", "Any time, or between two months"],
                ["quarter", "During a quarter of the year"],
                ["deadline-day", "By a date each year"],
                ["deadline-start", "Counted from the start of the year"],
                ["deadline-end", "Counted from the close of the year"],
              ],
              d,
              "cadence.annualMode",
            ),
          )}
        {timing === "annual" &&
          state.annualMode === "quarter" &&
          field("cadence.quarter", "Quarter of the board's year", (d) =>
            select(
              "quarter",
              [
                ["", "Choose…"],
                ["1", "First quarter"],
                ["2", "Second quarter"],
                ["3", "Third quarter"],
                ["4", "Fourth quarter"],
              ],
              d,
              "cadence.quarter",
            ),
          )}
        {timing === "annual" &&
          state.annualMode === "deadline-day" &&
          group(
            "cadence.deadline",
            "Due by",
            <div className="grid gap-4 sm:grid-cols-2">
              {field("cadence.deadline.day", "Day", (d) => textInput("deadlineDay", "cadence.deadline.day", d))}
              {field("cadence.deadline.month", "Month", (d) =>
                select("deadlineMonth", MONTH_OPTIONS, d, "cadence.deadline.month"),
              )}
            </div>,
          )}
        {timing === "annual" &&
          (state.annualMode === "deadline-start" || state.annualMode === "deadline-end") &&
          offsetFields(
            "cadence.deadline.offset",
            state.annualMode === "deadline-start"
              ? "Due, counted from the start of the year"
              : "Due, counted from the close of the year",
          )}
        {timing === "annual" &&
          state.annualMode.startsWith("deadline") &&
          durationFields("Open for at least (optional: how long it runs up to the deadline)")}
        {timing === "monthly" && dayField("Day of the month (optional: else at the month's first meeting)")}
        {timing === "named-months" && (
          <>
            <fieldset
              id="cadence.months"
              aria-describedby={err("cadence.months") ? "cadence.months-error" : undefined}
              className={`mb-5 ${err("cadence.months") ? "border-l-4 border-danger pl-4" : ""}`}
            >
              <legend className="mb-1 font-bold">In which months</legend>
              {err("cadence.months") && (
                <p id="cadence.months-error" className="font-bold text-danger">
                  <span className="sr-only">Error: </span>
                  {err("cadence.months")}
                </p>
              )}
              <div className="grid grid-cols-2 gap-1 sm:grid-cols-3">
                {MONTHS.map((m, i) => {
                  const value = String(i + 1);
                  return (
                    <div key={m} className="flex min-h-11 items-center gap-2">
                      <input
                        id={`cadence.months-${value}`}
                        type="checkbox"
                        className="h-6 w-6"
                        checked={state.months.includes(value)}
                        onChange={(e) =>
                          set({
                            months: e.target.checked
                              ? [...state.months, value]
                              : state.months.filter((x) => x !== value),
                          })
                        }
                      />
                      <label htmlFor={`cadence.months-${value}`}>{m}</label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
            {dayField("Day of the month (optional: else at a meeting in the month)")}
            {durationFields("Open for at least (optional)")}
          </>
        )}
        {timing === "interval" && (
          <>
            <div className="grid gap-4 sm:grid-cols-2">
              {field("cadence.every", "Every", (d) => textInput("every", "cadence.every", d))}
              {field("cadence.unit", "Months or years", (d) =>
                select(
                  "unit",
                  [
                    ["years", "years"],
                    ["months", "months"],
                  ],
                  d,
                  "cadence.unit",
                ),
              )}
            </div>
            {field("cadence.anchorDate", "Counted from (the date of signature, or when it was last done)", (d) => (
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
            {checkbox(
              "anchorIsOccurrence",
              "cadence.anchorIsOccurrence",
              "The date is itself an occurrence (the next one falls then)",
            )}
            {field("cadence.precision", "Due", (d) =>
              select(
                "precision",
                [
                  ["day", "On the day"],
                  ["month", "During the month (at a meeting in it, else its last day)"],
                ],
                d,
                "cadence.precision",
              ),
            )}
            {durationFields("Open for at least (optional)")}
          </>
        )}
        {timing === "each-meeting" && (
          <>
            {meetingsOfField()}
            {field("cadence.timing", "When, against each meeting", (d) =>
              select(
                "timing",
                [
                  ["at", "At the meeting"],
                  ["offset", "Before or after it"],
                ],
                d,
                "cadence.timing",
              ),
            )}
            {state.timing === "offset" && offsetFields("cadence.offset", "How long before or after each meeting")}
          </>
        )}
        {timing === "meeting-of-year" && (
          <>
            {field("cadence.which", "Which meeting", (d) =>
              select(
                "which",
                [
                  ["last", "The last meeting of the year"],
                  ["first", "The first meeting of the year"],
                ],
                d,
                "cadence.which",
              ),
            )}
            {meetingsOfField()}
          </>
        )}
        {timing === "first-meeting-after" && (
          <>
            {group(
              "cadence.after",
              "The first meeting after, each year",
              <div className="grid gap-4 sm:grid-cols-2">
                {field("cadence.after.day", "Day", (d) => textInput("afterDay", "cadence.after.day", d))}
                {field("cadence.after.month", "Month", (d) =>
                  select("afterMonth", MONTH_OPTIONS, d, "cadence.after.month"),
                )}
              </div>,
            )}
            {meetingsOfField()}
          </>
        )}
        {timing === "follows" && (
          <>
            {field("cadence.atNextMeeting", "When, after the other duty is done", (d) =>
              select(
                "timing",
                [
                  ["next-meeting", "At the next meeting"],
                  ["offset", "Within a time after it"],
                  ["done", "Once it is done"],
                ],
                d,
                "cadence.atNextMeeting",
              ),
            )}
            {state.timing === "next-meeting" && meetingsOfField()}
            {state.timing === "offset" && offsetFields("cadence.offset", "How long after the other duty")}
            {durationFields("Open for at least (optional)")}
          </>
        )}
        {timing === "annual" && state.annualMode === "window" && (
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
        {timing === "min-per-year" &&
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
        {timing === "after-every-meeting" && (
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
