import { addDays } from "@/domain/civil-date";
import { recordEventSchema } from "@/lib/schemas/item";
import { workflowEnv } from "@/server/core/env";
import { AppError } from "@/server/core/errors";
import { parse } from "@/server/core/parse";
import { authorizeBoard } from "@/server/authz/load-viewer";
import { createManualItem } from "./create-manual-item";
import type { WorkflowCtx } from "./item-change";

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
    throw new AppError("VALIDATION", "Check the event", {
      obligationId: ["Events are recorded only on duties that arise when something happens, as needed, or standing"],
    });
  }
  const owing = obligation.parties.filter((p) => p.role === "from").map((p) => p.boardId ?? p.post?.boardId ?? null);
  if (!owing.includes(input.boardId))
    throw new AppError("VALIDATION", "Check the event", {
      boardId: ["Record the event as one of the boards that owes this duty"],
    });
  const recipients = obligation.parties.filter((p) => p.role === "to");
  const keyOf = (p: (typeof recipients)[number]) => (p.boardId ? `board:${p.boardId}` : `post:${p.postId}`);
  const recipient = input.recipient
    ? recipients.find((p) => keyOf(p) === input.recipient)
    : recipients.length <= 1
      ? recipients[0]
      : undefined;
  if (input.recipient && !recipient)
    throw new AppError("VALIDATION", "Check the event", { recipient: ["Choose one of the duty's recipients"] });
  if (!recipient && recipients.length > 1)
    throw new AppError("VALIDATION", "Check the event", { recipient: ["Choose who the item is for"] });
  const dueOn = input.dueOn ?? addDays(input.eventOn, workflowEnv().CONSULTATION_DAYS);
  if (dueOn < input.eventOn)
    throw new AppError("VALIDATION", "Check the event", {
      dueOn: ["The closing date must be on or after the event's date"],
    });
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
    {
      action: "record-event",
      after: {
        obligationId: obligation.id,
        boardId: input.boardId,
        recipientKey,
        eventOn: input.eventOn,
        dueOn,
        title: input.description,
      },
    },
    "Someone recorded an event on this duty at the same moment",
  );
}
