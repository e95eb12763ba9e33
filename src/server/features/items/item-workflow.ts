import { addDays } from "@/domain/civil-date";
import { cycleFor } from "@/domain/calendar/generate";
import { STATUS_LABELS, displayStatus } from "@/domain/calendar/status";
import { ACCEPTED_FILES, cleanFileName, sniffFileType } from "@/domain/file-type";
import { REVERSIBLE, STEP_LABELS, TRANSITIONS, reversibleEntry, stepAllowed, type ItemState, type LogAction } from "@/domain/item-lifecycle";
import type { Permission } from "@/domain/permissions";
import { cycleLabel, cycleStartYear, formatCivilDate, londonToday } from "@/lib/dates";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { deferSchema, followUpSchema, logStepSchema, recordEventSchema, reverseSchema, waiveSchema } from "@/lib/schemas/item";
import type { Db, DbTx } from "@/server/data/database";
import { appendAudit } from "@/server/core/audit";
import { workflowEnv } from "@/server/core/env";
import { AppError, notFound } from "@/server/core/errors";
import { evidenceStore, type EvidenceStore } from "@/server/storage/evidence-store";
import { authorizeBoard, type Viewer } from "@/server/authz/load-viewer";
import { authorizeItem } from "@/server/authz/authorize-item";

/**
 * An item's life after generation (issue 4): the secretariat logs that it was sent, received and
 * closed, with evidence; a chair waives or defers it; any change can be reversed with a reason.
 * Every change is checked against the version the form showed, writes a log entry (the item's
 * history) and one audit entry in the same transaction, and never overwrites what was logged.
 */

export type WorkflowCtx = { db: Db; viewer: Viewer; now?: Date; store?: EvidenceStore };

/** A file from a form, already read into memory (the action reads it; the service checks it). */
export interface UploadedFile {
  name: string;
  type: string;
  size: number;
  bytes: Uint8Array;
}

export const MAX_FILES = 5;

const today = (ctx: { now?: Date }) => londonToday(ctx.now ?? new Date());
const actorOf = (viewer: Viewer) => ({ type: "user" as const, userId: viewer.userId });

function parse<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: Parameters<typeof fieldErrorsOf>[0] } }, raw: unknown, message: string): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", message, fieldErrorsOf(parsed.error));
  return parsed.data;
}

const stateOf = (item: { status: string; meetingId: string | null; dueOn: string; flags: string }): ItemState => ({
  status: item.status,
  meetingId: item.meetingId,
  dueOn: item.dueOn,
  flags: item.flags,
});

/** The refusal for a form submitted against an older version: what the item is now, and who changed it. */
async function conflict(db: DbTx, item: { id: string; status: string; dueOn: string; retiredAt: Date | null }, today: string): Promise<AppError> {
  const last = await db.itemLogEntry.findFirst({ where: { itemId: item.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: { actor: { select: { name: true } } } });
  const now = STATUS_LABELS[displayStatus({ status: item.status, dueOn: item.dueOn, retired: item.retiredAt !== null }, today)].toLowerCase();
  const change = last ? ` ${last.actor.name} recorded "${STEP_LABELS[last.action as LogAction] ?? last.action}" on ${formatCivilDate(londonToday(last.createdAt))}.` : "";
  return new AppError("CONFLICT", `Someone changed this item since you opened it: it is now ${now}, due ${formatCivilDate(item.dueOn)}.${change} Nothing was saved. Your entries are kept below: reload the page to see the item as it is now, then submit again if it is still needed.`);
}

async function loadForChange(ctx: WorkflowCtx, itemId: string, version: number, permission: Permission) {
  const found = await authorizeItem(ctx.db, ctx.viewer, itemId, permission);
  if (found.item.retiredAt) throw new AppError("CONFLICT", "This item has been retired: no rule produces it any more, so nothing more can be logged against it");
  if (found.item.version !== version) throw await conflict(ctx.db, found.item, today(ctx));
  return found;
}

/** Checks uploaded files: at most MAX_FILES, none empty, none over the limit, each really a PDF, Word or ODF file. */
export function checkFiles(files: readonly UploadedFile[]): { files: (UploadedFile & { contentType: string; cleanName: string })[]; errors: string[] } {
  const maxBytes = workflowEnv().UPLOAD_MAX_MB * 1024 * 1024;
  const errors: string[] = [];
  const real = files.filter((f) => !(f.size === 0 && f.name === ""));
  if (real.length > MAX_FILES) errors.push(`Upload at most ${MAX_FILES} files at once`);
  const checked = [];
  for (const f of real.slice(0, MAX_FILES)) {
    const name = cleanFileName(f.name);
    if (f.size > maxBytes || f.bytes.length > maxBytes) {
      errors.push(`${name} is larger than ${workflowEnv().UPLOAD_MAX_MB} MB`);
      continue;
    }
    if (f.size === 0 || f.bytes.length === 0) {
      errors.push(`${name} is empty`);
      continue;
    }
    const kind = sniffFileType(f.bytes, name);
    if (!kind) {
      errors.push(`${name} must be a PDF, Word (.doc, .docx) or OpenDocument (.odt, .ods, .odp) file`);
      continue;
    }
    checked.push({ ...f, contentType: ACCEPTED_FILES[kind].contentType, cleanName: name });
  }
  return { files: checked, errors };
}

/** Sent, received or closed, with the date it really happened and its evidence. */
export async function logStep(ctx: WorkflowCtx, raw: unknown, files: readonly UploadedFile[] = []) {
  const day = today(ctx);
  const parsed = logStepSchema(day).safeParse(raw);
  const fileCheck = checkFiles(files);
  const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  if (fileCheck.errors.length > 0) fieldErrors.files = fileCheck.errors;
  if (!parsed.success || fileCheck.errors.length > 0) throw new AppError("VALIDATION", "Check what you logged", fieldErrors);
  const input = parsed.data;
  const { item, presentingBoards } = await loadForChange(ctx, input.itemId, input.version, "item:log");
  if (!stepAllowed(input.step, item.status)) {
    throw new AppError("VALIDATION", `This item is ${item.status}: it cannot be marked ${TRANSITIONS[input.step].to} now`, {
      step: [`An item that is ${item.status} cannot be marked ${TRANSITIONS[input.step].to}`],
    });
  }
  let meetingId = item.meetingId;
  if (input.step === "receive") {
    const errors: Record<string, string[]> = {};
    if (!input.minuteRef) errors.minuteRef = ["Enter the minute reference of the meeting that considered it, e.g. 23/45"];
    const meeting = input.meetingId ? await ctx.db.meeting.findUnique({ where: { id: input.meetingId } }) : null;
    if (!meeting || !presentingBoards.includes(meeting.boardId)) errors.meetingId = ["Choose the receiving board's meeting that considered it"];
    else if (meeting.date > day) errors.meetingId = ["That meeting has not happened yet: choose a meeting on or before today"];
    if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", "Check what you logged", errors);
    meetingId = meeting!.id;
  }
  const store = ctx.store ?? evidenceStore();
  const stored: ((typeof fileCheck.files)[number] & { storageKey: string })[] = [];
  for (const f of fileCheck.files) stored.push({ ...f, storageKey: await store.put(f.bytes) });
  const to = TRANSITIONS[input.step].to;
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.calendarItem.updateMany({ where: { id: item.id, version: item.version }, data: { status: to, meetingId, version: { increment: 1 } } });
    if (count !== 1) throw await conflict(tx, item, day);
    const entry = await tx.itemLogEntry.create({
      data: {
        itemId: item.id,
        actorId: ctx.viewer.userId,
        action: input.step,
        fromStatus: item.status,
        toStatus: to,
        occurredOn: input.occurredOn,
        meetingId: input.step === "receive" ? meetingId : null,
        minuteRef: input.minuteRef ?? null,
        notes: input.notes ?? null,
        previous: JSON.stringify(stateOf(item)),
        evidence: {
          create: [
            ...(input.links ?? []).map((url) => ({ kind: "link", url })),
            ...stored.map((f) => ({ kind: "file", fileName: f.cleanName, contentType: f.contentType, sizeBytes: f.bytes.length, storageKey: f.storageKey })),
          ],
        },
      },
      include: { evidence: true },
    });
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: `item.${input.step}`,
      entityType: "CalendarItem",
      entityId: item.id,
      before: { ...stateOf(item), version: item.version },
      after: { status: to, meetingId, dueOn: item.dueOn, version: item.version + 1, logEntryId: entry.id, occurredOn: input.occurredOn, minuteRef: input.minuteRef ?? null, evidence: entry.evidence.map((e) => e.url ?? e.fileName) },
    });
    return entry;
  });
}

/** A chair waives an item that will not be done, with a reason. */
export async function waiveItem(ctx: WorkflowCtx, raw: unknown) {
  const input = parse(waiveSchema, raw, "Check the reason for waiving");
  const { item } = await loadForChange(ctx, input.itemId, input.version, "item:waive");
  if (!stepAllowed("waive", item.status)) throw new AppError("VALIDATION", `This item is ${item.status}: it cannot be waived`, { reason: [`An item that is ${item.status} cannot be waived`] });
  return changeState(ctx, item, { action: "waive", to: { ...stateOf(item), status: "waived" }, reason: input.reason });
}

/** A chair defers an open item to a new due date, with a reason. */
export async function deferItem(ctx: WorkflowCtx, raw: unknown) {
  const input = parse(deferSchema(today(ctx)), raw, "Check the new due date and the reason");
  const { item } = await loadForChange(ctx, input.itemId, input.version, "item:waive");
  if (!stepAllowed("defer", item.status)) throw new AppError("VALIDATION", `This item is ${item.status}: it cannot be deferred`, { dueOn: [`An item that is ${item.status} cannot be deferred`] });
  return changeState(ctx, item, { action: "defer", to: { ...stateOf(item), status: "deferred", dueOn: input.dueOn }, reason: input.reason });
}

async function changeState(
  ctx: WorkflowCtx,
  item: { id: string; version: number; status: string; meetingId: string | null; dueOn: string; flags: string; retiredAt: Date | null },
  change: { action: LogAction; to: ItemState; reason: string; reversesId?: string },
) {
  const day = today(ctx);
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.calendarItem.updateMany({
      where: { id: item.id, version: item.version },
      data: { status: change.to.status, meetingId: change.to.meetingId, dueOn: change.to.dueOn, flags: change.to.flags, version: { increment: 1 } },
    });
    if (count !== 1) throw await conflict(tx, item, day);
    const entry = await tx.itemLogEntry.create({
      data: {
        itemId: item.id,
        actorId: ctx.viewer.userId,
        action: change.action,
        fromStatus: item.status,
        toStatus: change.to.status,
        occurredOn: day,
        reason: change.reason,
        previous: JSON.stringify(stateOf(item)),
        reversesId: change.reversesId ?? null,
      },
    });
    await appendAudit(tx, actorOf(ctx.viewer), {
      action: `item.${change.action}`,
      entityType: "CalendarItem",
      entityId: item.id,
      before: { ...stateOf(item), version: item.version },
      after: { ...change.to, version: item.version + 1, logEntryId: entry.id, reason: change.reason, ...(change.reversesId ? { reverses: change.reversesId } : {}) },
    });
    return entry;
  });
}

/**
 * Reverses the newest change (a status step, a scheduling, a waiver or deferral) with a reason:
 * the item goes back to the state before it, and both entries stay in the history.
 */
export async function reverseEntry(ctx: WorkflowCtx, raw: unknown) {
  const input = parse(reverseSchema, raw, "Check the reason for reversing");
  const { item } = await loadForChange(ctx, input.itemId, input.version, "item:log");
  const entries = await ctx.db.itemLogEntry.findMany({ where: { itemId: item.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { reversedBy: { select: { id: true } } } });
  const target = entries.find((e) => e.id === input.entryId);
  if (!target) throw new AppError("VALIDATION", "Choose an entry of this item's history", { entryId: ["That entry is not in this item's history"] });
  const allowed = reversibleEntry(entries.map((e) => ({ id: e.id, action: e.action, reversed: e.reversedBy !== null, reversesId: e.reversesId })));
  if (allowed !== target.id) {
    const why = target.reversedBy ? "it has already been reversed" : (REVERSIBLE as readonly string[]).includes(target.action) ? "only the most recent change can be reversed" : "it did not change the item";
    throw new AppError("VALIDATION", `That entry cannot be reversed: ${why}`, { entryId: [`That entry cannot be reversed: ${why}`] });
  }
  if (target.action === "waive" || target.action === "defer") await authorizeItem(ctx.db, ctx.viewer, item.id, "item:waive");
  const previous = target.previous ? (JSON.parse(target.previous) as Partial<ItemState>) : null;
  const restored: ItemState = {
    status: previous?.status ?? target.fromStatus ?? "planned",
    meetingId: previous && "meetingId" in previous ? (previous.meetingId ?? null) : item.meetingId,
    dueOn: previous?.dueOn ?? item.dueOn,
    flags: previous?.flags ?? item.flags,
  };
  try {
    return await changeState(ctx, item, { action: "reverse", to: restored, reason: input.reason, reversesId: target.id });
  } catch (error) {
    if ((error as { code?: unknown }).code === "P2002") throw new AppError("CONFLICT", "Someone reversed that entry at the same moment. Nothing was saved; reload the page.");
    throw error;
  }
}

async function cycleIdFor(tx: DbTx, boardId: string, date: string) {
  const board = await tx.board.findUniqueOrThrow({ where: { id: boardId }, select: { yearStartMonth: true } });
  const cycle = cycleFor(cycleStartYear(date, board.yearStartMonth), board.yearStartMonth);
  const existing = await tx.reportingCycle.findUnique({ where: { boardId_startsOn: { boardId, startsOn: cycle.start } } });
  if (existing) return existing.id;
  const created = await tx.reportingCycle.create({ data: { boardId, startsOn: cycle.start, endsOn: cycle.end, label: `FY${cycleLabel(cycle.startYear, cycle.startMonth)}` } });
  return created.id;
}

/** Items made by people (events, follow-ups) take sequences from here up, clear of generated ones. */
const MANUAL_SEQUENCE_BASE = 1_000_000;

async function nextManualSequence(tx: DbTx, where: { obligationId: string; recipientKey: string; cycleId: string }) {
  const last = await tx.calendarItem.findFirst({ where: { ...where, sequence: { gte: MANUAL_SEQUENCE_BASE } }, orderBy: { sequence: "desc" }, select: { sequence: true } });
  return (last?.sequence ?? MANUAL_SEQUENCE_BASE) + 1;
}

interface ManualItem {
  obligationId: string;
  recipientKey: string;
  recipientBoardId: string | null;
  recipientPostId: string | null;
  windowStart: string;
  windowEnd: string;
  dueOn: string;
  origin: "event" | "follow-up";
  title: string;
  parentItemId?: string;
  ownerBoardId?: string;
}

/**
 * Creates an item people made (an event or a follow-up) in the cycle of `cycleOf.boardId` holding
 * `cycleOf.date`, with the next manual sequence, its log entry (on `onItemId`, else on itself) and
 * its audit entry, in one transaction. Two made at once collide on the natural key: CONFLICT.
 */
async function createManualItem(
  ctx: WorkflowCtx,
  cycleOf: { boardId: string; date: string },
  fields: ManualItem,
  record: { onItemId?: string; action: LogAction; after: Record<string, unknown> },
  busy: string,
) {
  const day = today(ctx);
  try {
    return await ctx.db.$transaction(async (tx) => {
      const cycleId = await cycleIdFor(tx, cycleOf.boardId, cycleOf.date);
      const sequence = await nextManualSequence(tx, { obligationId: fields.obligationId, recipientKey: fields.recipientKey, cycleId });
      const created = await tx.calendarItem.create({ data: { ...fields, cycleId, sequence, sequenceIndex: 1, sequenceOf: 1 } });
      await tx.itemLogEntry.create({ data: { itemId: record.onItemId ?? created.id, actorId: ctx.viewer.userId, action: record.action, occurredOn: day, notes: fields.title } });
      await appendAudit(tx, actorOf(ctx.viewer), { action: `item.${record.action}`, entityType: "CalendarItem", entityId: created.id, after: record.after });
      return created;
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === "P2002") throw new AppError("CONFLICT", `${busy}. Nothing was saved; submit again.`);
    throw error;
  }
}

/**
 * A recommendation in a received report becomes a follow-up action: an item owned by the board
 * that must act, due on a date, on that board's calendar, reporting back to the board that made it.
 */
export async function addFollowUp(ctx: WorkflowCtx, raw: unknown) {
  const day = today(ctx);
  const input = parse(followUpSchema(day), raw, "Check the follow-up action");
  const { item } = await loadForChange(ctx, input.itemId, input.version, "item:log");
  if (item.status !== "received" && item.status !== "closed") {
    throw new AppError("VALIDATION", "Record recommendations once the report has been received", { recommendation: [`The item is ${item.status}: mark it received before recording its recommendations`] });
  }
  const parties = await ctx.db.protocolParty.findMany({ where: { protocolId: item.obligation.protocolId }, select: { boardId: true } });
  if (!parties.some((p) => p.boardId === input.ownerBoardId)) {
    throw new AppError("VALIDATION", "Check the follow-up action", { ownerBoardId: ["Choose one of the boards party to this protocol"] });
  }
  await authorizeBoard(ctx.db, ctx.viewer, input.ownerBoardId, "board:read");
  return createManualItem(
    ctx,
    { boardId: input.ownerBoardId, date: input.dueOn },
    {
      obligationId: item.obligationId,
      recipientKey: item.recipientKey,
      recipientBoardId: item.recipientBoardId,
      recipientPostId: item.recipientPostId,
      windowStart: day,
      windowEnd: input.dueOn,
      dueOn: input.dueOn,
      origin: "follow-up",
      title: input.recommendation,
      parentItemId: item.id,
      ownerBoardId: input.ownerBoardId,
    },
    // The follow-up is logged on the report it came from.
    { onItemId: item.id, action: "follow-up", after: { parentItemId: item.id, ownerBoardId: input.ownerBoardId, dueOn: input.dueOn, title: input.recommendation } },
    "Someone added a follow-up at the same moment",
  );
}

const EVENT_FREQUENCIES = ["on-event", "as-needed", "standing"];

/**
 * "Record event" on an on-event, as-needed or standing duty (e.g. "the Children and Young People's
 * Plan is being drafted"): a dated item, due by the closing date (by default the event's date plus
 * the configured consultation length), on the owing board's calendar.
 */
export async function recordEvent(ctx: WorkflowCtx, raw: unknown) {
  const input = parse(recordEventSchema, raw, "Check the event");
  await authorizeBoard(ctx.db, ctx.viewer, input.boardId, "item:log");
  const obligation = await ctx.db.obligation.findUnique({
    where: { id: input.obligationId },
    include: { protocol: true, parties: { include: { post: true }, orderBy: { position: "asc" } } },
  });
  if (!obligation || obligation.retiredAt || obligation.protocol.status !== "agreed") {
    throw new AppError("VALIDATION", "Check the event", { obligationId: ["Choose a duty of a protocol in force"] });
  }
  if (!EVENT_FREQUENCIES.includes(obligation.frequency)) {
    throw new AppError("VALIDATION", "Check the event", { obligationId: ["Events are recorded only on duties that arise when something happens, as needed, or standing"] });
  }
  const owing = obligation.parties.filter((p) => p.role === "from").map((p) => p.boardId ?? p.post?.boardId ?? null);
  if (!owing.includes(input.boardId)) throw new AppError("VALIDATION", "Check the event", { boardId: ["Record the event as one of the boards that owes this duty"] });
  const recipients = obligation.parties.filter((p) => p.role === "to");
  const keyOf = (p: (typeof recipients)[number]) => (p.boardId ? `board:${p.boardId}` : `post:${p.postId}`);
  const recipient = input.recipient ? recipients.find((p) => keyOf(p) === input.recipient) : recipients.length <= 1 ? recipients[0] : undefined;
  if (input.recipient && !recipient) throw new AppError("VALIDATION", "Check the event", { recipient: ["Choose one of the duty's recipients"] });
  if (!recipient && recipients.length > 1) throw new AppError("VALIDATION", "Check the event", { recipient: ["Choose who the item is for"] });
  const dueOn = input.dueOn ?? addDays(input.eventOn, workflowEnv().CONSULTATION_DAYS);
  if (dueOn < input.eventOn) throw new AppError("VALIDATION", "Check the event", { dueOn: ["The closing date must be on or after the event's date"] });
  const recipientKey = recipient ? keyOf(recipient) : "none";
  return createManualItem(
    ctx,
    { boardId: input.boardId, date: input.eventOn },
    {
      obligationId: obligation.id,
      recipientKey,
      recipientBoardId: recipient?.boardId ?? null,
      recipientPostId: recipient?.postId ?? null,
      windowStart: input.eventOn,
      windowEnd: dueOn,
      dueOn,
      origin: "event",
      title: input.description,
    },
    { action: "record-event", after: { obligationId: obligation.id, boardId: input.boardId, recipientKey, eventOn: input.eventOn, dueOn, title: input.description } },
    "Someone recorded an event on this duty at the same moment",
  );
}

/** An evidence file, if the viewer may read the item it belongs to. */
export async function readEvidence(ctx: { db: Db; viewer: Viewer; store?: EvidenceStore }, evidenceId: string) {
  if (typeof evidenceId !== "string" || evidenceId.length > 64) throw notFound("The file");
  const evidence = await ctx.db.evidence.findUnique({ where: { id: evidenceId }, include: { logEntry: { select: { itemId: true } } } });
  if (!evidence || evidence.kind !== "file" || !evidence.storageKey) throw notFound("The file");
  await authorizeItem(ctx.db, ctx.viewer, evidence.logEntry.itemId, "board:read");
  const bytes = await (ctx.store ?? evidenceStore()).get(evidence.storageKey);
  return { bytes, fileName: evidence.fileName ?? "evidence", contentType: evidence.contentType ?? "application/octet-stream" };
}
