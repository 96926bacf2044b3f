import { listInbox, readInboxMessage } from "@jiuye/contract/inbox";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Deps } from "../../http/context.ts";
import { mountRoute, requireActor } from "../../http/route.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { presentMessage } from "./inbox.present.ts";
import { countUnread, findMessages } from "./inbox.repo.ts";
import { readMessage } from "./inbox.service.ts";

const cursorKey = z.object({ createdAt: z.iso.datetime(), id: z.string() });

/** Every account's own inbox: nobody reads another's. */
export function inboxRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, deps, listInbox, async ({ query, actor }) => {
    const userId = requireActor(actor).id;
    const before = decodeCursor(query.cursor, cursorKey);
    const rows = await findMessages(deps.db, {
      userId,
      unreadOnly: query.unreadOnly,
      before: before ? { createdAt: new Date(before.createdAt), id: before.id } : undefined,
      limit: query.limit + 1,
    });
    const page = pageOf(rows, query.limit, (r) => ({ createdAt: r.created_at.toISOString(), id: r.id }));
    return {
      items: page.items.map(presentMessage),
      unread: await countUnread(deps.db, userId),
      nextCursor: page.nextCursor,
    };
  });

  mountRoute(app, deps, readInboxMessage, async (ctx) => {
    const row = await readMessage(ctx.deps.db, {
      userId: requireActor(ctx.actor).id,
      id: ctx.params.id,
      now: deps.clock.now(),
    });
    ctx.audit("inbox_message", row.id);
    return { message: presentMessage(row) };
  });
}
