/**
 * The registry rows (mutations.ts) of the notices' outbox page (issue 13): administrators of the
 * whole portal send a failed message again. Kept in their own file, spread into MUTATIONS.
 */
import { retryOutboxMessageAction } from "@/app/admin/outbox/actions";
import { viaForm } from "./action-harness";
import { globalAdminOnly } from "./mutations-administration";
import type { Mutation } from "./mutations";

let counter = 0;

export const OUTBOX_ROWS: Mutation[] = [
  {
    name: "retryOutboxMessageAction",
    file: "src/app/admin/outbox/actions.ts",
    access: {
      rule: {
        why: "the outbox holds every user's mail: only an administrator of everything sees it or sends it again",
        allows: globalAdminOnly.rule.allows,
      },
    },
    setup: async (db, { boardId }) => {
      const n = `${process.pid}-${++counter}`;
      const message = await db.outboxMessage.create({
        data: {
          toAddress: `matrix-${n}@example.org`,
          subject: `Matrix notice ${n}`,
          text: "Text",
          html: "<p>Text</p>",
          idempotencyKey: `matrix:${n}`,
          status: "failed",
          attempts: 6,
          lastError: "550 mailbox unavailable",
        },
      });
      return { boardId, id: message.id };
    },
    valid: (t) => ({ id: t.id }),
    endpoint: viaForm(retryOutboxMessageAction),
    fields: { id: "id" },
    audit: (t) => ({ action: "outbox.retry", entityType: "OutboxMessage", entityId: String(t.id) }),
  },
];
