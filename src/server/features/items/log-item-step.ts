import { TRANSITIONS, stepAllowed } from "@/domain/item-lifecycle";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { logStepSchema } from "@/lib/schemas/item";
import { actorOf, appendAudit } from "@/server/core/audit";
import { AppError } from "@/server/core/errors";
import { inTransaction } from "@/server/core/transaction";
import { updateVersioned } from "@/server/core/versioned";
import { moveFollowingItems } from "@/server/features/calendar/move-following-items";
import { noticeItemSent } from "@/server/features/notifications/immediate-notices";
import { evidenceStore, withStoredFiles } from "@/server/storage/evidence-store";
import { checkFiles, type UploadedFile } from "./evidence-files";
import { itemConflict, loadItemForChange, stateOf, todayOf, type WorkflowCtx } from "./item-change";

/** Sent, received or closed, with the date it really happened and its evidence (links and checked files). */
export async function logStep(ctx: WorkflowCtx, raw: unknown, files: readonly UploadedFile[] = []) {
  const day = todayOf(ctx);
  // The fields and the files are checked together, so the form shows every problem at once.
  const parsed = logStepSchema(day).safeParse(raw);
  const fileCheck = checkFiles(files);
  const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  if (fileCheck.errors.length > 0) fieldErrors.files = fileCheck.errors;
  if (!parsed.success || fileCheck.errors.length > 0)
    throw new AppError("VALIDATION", "Check what you logged", fieldErrors);
  const input = parsed.data;
  const { item, presentingBoards, owingBoards, recipientBoardId } = await loadItemForChange(
    ctx,
    input.itemId,
    input.version,
    "item:log",
  );
  if (!stepAllowed(input.step, item.status)) {
    throw new AppError(
      "VALIDATION",
      `This item is ${item.status}: it cannot be marked ${TRANSITIONS[input.step].to} now`,
      {
        step: [`An item that is ${item.status} cannot be marked ${TRANSITIONS[input.step].to}`],
      },
    );
  }
  let meetingId = item.meetingId;
  if (input.step === "receive") {
    const errors: Record<string, string[]> = {};
    if (!input.minuteRef)
      errors.minuteRef = ["Enter the minute reference of the meeting that considered it, e.g. 23/45"];
    const meeting = input.meetingId ? await ctx.db.meeting.findUnique({ where: { id: input.meetingId } }) : null;
    if (!meeting || !presentingBoards.includes(meeting.boardId))
      errors.meetingId = ["Choose the receiving board's meeting that considered it"];
    else if (meeting.cancelledAt)
      errors.meetingId = ["That meeting was cancelled: choose the meeting that considered it"];
    else if (meeting.date > day)
      errors.meetingId = ["That meeting has not happened yet: choose a meeting on or before today"];
    if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", "Check what you logged", errors);
    meetingId = meeting!.id;
  }
  const to = TRANSITIONS[input.step].to;
  // Files are stored first and removed again if the transaction fails (someone else changed the item).
  const entry = await withStoredFiles(ctx.store ?? evidenceStore(ctx.db), fileCheck.files, (stored) =>
    inTransaction(ctx.db, async (tx) => {
      await updateVersioned(tx.calendarItem, item, { status: to, meetingId }, () => itemConflict(tx, item, day));
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
              ...stored.map((f) => ({
                kind: "file",
                fileName: f.cleanName,
                contentType: f.contentType,
                sizeBytes: f.bytes.length,
                storageKey: f.storageKey,
              })),
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
        after: {
          status: to,
          meetingId,
          dueOn: item.dueOn,
          version: item.version + 1,
          logEntryId: entry.id,
          occurredOn: input.occurredOn,
          minuteRef: input.minuteRef ?? null,
          evidence: entry.evidence.map((e) => e.url ?? e.fileName),
        },
      });
      // The receiving board's secretariat hears of it at once (issue 13), in this transaction.
      if (input.step === "send")
        await noticeItemSent(tx, {
          item,
          logEntryId: entry.id,
          occurredOn: input.occurredOn,
          owingBoardIds: owingBoards,
          recipientBoardId,
          actorId: ctx.viewer.userId,
        });
      return entry;
    }),
  );
  // A duty that follows this one counts from the date just logged (decision 019).
  await moveFollowingItems(ctx.db, actorOf(ctx.viewer), item.id, ctx.now);
  return entry;
}
