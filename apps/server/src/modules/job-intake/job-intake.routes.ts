import {
  checkPosting,
  createFeedSource as createFeedSourceRoute,
  type feedSourceSchema,
  getImport,
  getImportTemplate,
  type importSummarySchema,
  listFeedSources as listFeedSourcesRoute,
  revokeFeedSource as revokeFeedSourceRoute,
  rotateFeedToken as rotateFeedTokenRoute,
  startImport,
  submitFeedBatch,
} from "@jiuye/contract/job-intake";
import type { FastifyInstance } from "fastify";
import type { z } from "zod";
import type { Deps } from "../../http/context.ts";
import { mountRoute, requireActor } from "../../http/route.ts";
import { authorize, rolesWithin } from "../../lib/access.ts";
import { AppError } from "../../lib/errors.ts";
import { tableFile } from "../../lib/tabular.ts";
import { checkDraft } from "../jobs/jobs.rules.ts";
import { requireRegion } from "../regions/regions.directory.ts";
import { processImportTask } from "./job-intake.import.ts";
import {
  authenticateFeed,
  createFeedSource,
  intakeRawItems,
  listFeedSources,
  requireFeedSource,
  revokeFeedSource,
  rotateFeedToken,
  summarise,
} from "./job-intake.service.ts";
import { postingTemplateSheets } from "./job-intake.template.ts";

type ImportRow = {
  id: string;
  source: string;
  file_name: string;
  dry_run: boolean;
  status: "queued" | "running" | "done" | "failed";
  total_rows: number;
  processed_rows: number;
  summary: unknown;
  errors: unknown;
};

function presentImport(row: ImportRow): z.infer<typeof importSummarySchema> {
  return {
    id: row.id,
    source: row.source,
    fileName: row.file_name,
    dryRun: row.dry_run,
    status: row.status,
    totalRows: row.total_rows,
    processedRows: row.processed_rows,
    summary: (row.summary as z.infer<typeof importSummarySchema>["summary"]) ?? null,
    errors: row.errors as z.infer<typeof importSummarySchema>["errors"],
  };
}

const IMPORT_COLUMNS = [
  "id",
  "source",
  "file_name",
  "dry_run",
  "status",
  "total_rows",
  "processed_rows",
  "summary",
  "errors",
] as const;

function presentFeedSource(
  row: Awaited<ReturnType<typeof requireFeedSource>>,
): z.infer<typeof feedSourceSchema> {
  return {
    name: row.name,
    displayName: row.display_name,
    regionCode: row.region_code,
    refreshDays: row.refresh_days,
    autoPublish: row.auto_publish,
    createdAt: row.created_at.toISOString(),
    revokedAt: row.revoked_at?.toISOString() ?? null,
    lastReceivedAt: row.last_received_at ? new Date(row.last_received_at).toISOString() : null,
  };
}

export function jobIntakeRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(
    app,
    deps,
    checkPosting,
    async ({ body }) => ({ findings: checkDraft(body, deps.clock.now()) }),
    {
      rateLimitPerMinute: 60,
    },
  );

  mountRoute(app, deps, getImportTemplate, async ({ query, reply }) => {
    const file = await tableFile(postingTemplateSheets(), query.format);
    reply
      .type(file.contentType)
      .header("content-disposition", `attachment; filename="job-postings-template.${query.format}"`);
    return file.body;
  });

  mountRoute(
    app,
    deps,
    submitFeedBatch,
    async (ctx) => {
      const feed = await authenticateFeed(ctx.deps.db, ctx.request.headers.authorization);
      const outcomes = await intakeRawItems(ctx.deps, {
        source: feed.name,
        actor: { id: null, name: `feed:${feed.name}` },
        cleanStatus: feed.auto_publish ? "published" : "pending_review",
        regionPath: deps.regions.get(feed.region_code)?.path ?? null,
        items: ctx.body.items.map((value, i) => ({
          label: `$.items[${i}]`,
          sourceId:
            typeof (value as { sourceId?: unknown })?.sourceId === "string"
              ? (value as { sourceId: string }).sourceId
              : `#${i}`,
          value,
        })),
      });
      const summary = summarise(outcomes);
      ctx.audit("feed_batch", feed.name, { ...summary });
      return { ...summary, outcomes };
    },
    { rateLimitPerMinute: 120, bodyLimit: 20 * 1024 * 1024 },
  );

  mountRoute(app, deps, createFeedSourceRoute, async (ctx) => {
    const region = requireRegion(deps.regions, ctx.body.regionCode);
    authorize(rolesWithin(["admin"]), requireActor(ctx.actor), { regionPath: region.path });
    const created = await createFeedSource(ctx.deps, ctx.body);
    ctx.audit("feed_source", created.name);
    return created;
  });

  mountRoute(app, deps, listFeedSourcesRoute, async ({ actor }) => {
    const caller = requireActor(actor);
    const rows = await listFeedSources(deps, { regionPath: caller.regionPath });
    return { items: rows.map(presentFeedSource) };
  });

  mountRoute(app, deps, rotateFeedTokenRoute, async (ctx) => {
    const source = await requireFeedSource(ctx.deps, ctx.params.name);
    authorize(rolesWithin(["admin"]), requireActor(ctx.actor), { regionPath: source.region_path });
    const rotated = await rotateFeedToken(ctx.deps, { name: source.name });
    ctx.audit("feed_source.token", source.name);
    return rotated;
  });

  mountRoute(app, deps, revokeFeedSourceRoute, async (ctx) => {
    const source = await requireFeedSource(ctx.deps, ctx.params.name);
    authorize(rolesWithin(["admin"]), requireActor(ctx.actor), { regionPath: source.region_path });
    const revoked = await revokeFeedSource(ctx.deps, { name: source.name });
    ctx.audit("feed_source.revoke", source.name);
    return { source: presentFeedSource(revoked) };
  });

  mountRoute(app, deps, startImport, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const row = await ctx.deps.db
      .insertInto("job_imports")
      .values({
        source: ctx.query.source,
        file_name: ctx.query.fileName,
        format: ctx.query.format,
        dry_run: ctx.query.dryRun,
        status: "queued",
        errors: "[]",
        summary: null,
        file: ctx.file ?? new Uint8Array(),
        created_by: actor.id,
      })
      .returning(IMPORT_COLUMNS)
      .executeTakeFirstOrThrow();
    await deps.tasks.enqueue(
      processImportTask,
      { importId: row.id, regionPath: actor.regionPath },
      { db: ctx.deps.db },
    );
    ctx.audit("job_import", row.id, { fileName: row.file_name, dryRun: row.dry_run });
    return { import: presentImport(row) };
  });

  mountRoute(app, deps, getImport, async ({ params, actor }) => {
    const caller = requireActor(actor);
    const row = await deps.db
      .selectFrom("job_imports")
      .select([...IMPORT_COLUMNS, "created_by"])
      .where("id", "=", params.id)
      .executeTakeFirst();
    // An import (and the rows of its file) is its uploader's alone.
    if (!row || row.created_by !== caller.id) {
      throw new AppError("JOBS_IMPORT_NOT_FOUND", "No such import");
    }
    return { import: presentImport(row) };
  });
}
