import { z } from "zod";
import { defineRoute } from "./route.ts";

/**
 * Bulletins of a plan: the 周通报 (every Monday, for the week to Sunday) and the 月排名 (on the 21st,
 * once the month's reports are due), each as .docx, .pdf and .xlsx: headline completion against
 * 序时进度, counties ahead and behind, rankings and late reporters. Kept, and downloadable by the
 * offices of the plan's region.
 */

const OFFICES = ["staff", "leadership", "admin"] as const;

export const BULLETIN_KINDS = ["weekly", "monthly"] as const;
export const BULLETIN_FORMATS = ["docx", "pdf", "xlsx"] as const;

export const bulletinSchema = z.object({
  id: z.string(),
  planId: z.string(),
  kind: z.enum(BULLETIN_KINDS),
  /** `2026-W26` (ISO week) or `2026-06`. */
  period: z.string(),
  /** The day the figures stand on. */
  asOf: z.string(),
  title: z.string(),
  generatedAt: z.string(),
  /** Null when the schedule generated it. */
  generatedBy: z.string().nullable(),
  /** Bytes per format. */
  sizes: z.object({ docx: z.number().int(), pdf: z.number().int(), xlsx: z.number().int() }),
});
export type Bulletin = z.infer<typeof bulletinSchema>;

const planParams = z.object({ id: z.uuid() });

export const listBulletins = defineRoute({
  id: "bulletins.list",
  method: "GET",
  path: "/v1/plans/:id/bulletins",
  summary: "The plan's bulletins, newest first",
  tags: ["bulletins"],
  access: OFFICES,
  params: planParams,
  response: z.object({ items: z.array(bulletinSchema) }),
});

export const generateBulletin = defineRoute({
  id: "bulletins.generate",
  method: "POST",
  path: "/v1/plans/:id/bulletins",
  summary:
    "Generate (or regenerate) a bulletin now: the week or month holding `on` (default: the last one ended)",
  tags: ["bulletins"],
  access: ["staff", "leadership"],
  params: planParams,
  body: z.object({ kind: z.enum(BULLETIN_KINDS), on: z.iso.date().optional() }).strict(),
  response: z.object({ bulletin: bulletinSchema }),
});

export const downloadBulletin = defineRoute({
  id: "bulletins.download",
  method: "GET",
  path: "/v1/bulletins/:id/:format",
  summary: "A bulletin's file: docx, pdf or xlsx",
  tags: ["bulletins"],
  access: OFFICES,
  download: true,
  params: z.object({ id: z.uuid(), format: z.enum(BULLETIN_FORMATS) }),
  response: z.unknown(),
});
export type BulletinFormat = (typeof BULLETIN_FORMATS)[number];
