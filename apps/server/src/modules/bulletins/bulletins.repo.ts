import type { BulletinFormat } from "@jiuye/contract/bulletins";
import type { Insertable, Kysely } from "kysely";
import type { BulletinTable, Database } from "../../db/types.ts";

/** A bulletin without its files, with their sizes. */
function bulletinSummaries(db: Kysely<Database>) {
  return db
    .selectFrom("bulletins as b")
    .leftJoin("users as u", "u.id", "b.generated_by")
    .select((eb) => [
      "b.id",
      "b.plan_id",
      "b.kind",
      "b.period",
      "b.as_of",
      "b.title",
      "b.generated_at",
      "u.display_name as generated_by_name",
      eb.fn<number>("octet_length", ["b.docx"]).as("docx_size"),
      eb.fn<number>("octet_length", ["b.pdf"]).as("pdf_size"),
      eb.fn<number>("octet_length", ["b.xlsx"]).as("xlsx_size"),
    ]);
}

export type BulletinSummaryRow = Awaited<ReturnType<ReturnType<typeof bulletinSummaries>["execute"]>>[number];

export function findBulletins(db: Kysely<Database>, planId: string) {
  return bulletinSummaries(db)
    .where("b.plan_id", "=", planId)
    .orderBy("b.as_of", "desc")
    .orderBy("b.kind")
    .execute();
}

/** Inserts a bulletin, or replaces the files of the plan's bulletin of that kind and period. */
export async function upsertBulletin(db: Kysely<Database>, values: Insertable<BulletinTable>) {
  const { id } = await db
    .insertInto("bulletins")
    .values(values)
    .onConflict((oc) =>
      oc.columns(["plan_id", "kind", "period"]).doUpdateSet((eb) => ({
        as_of: eb.ref("excluded.as_of"),
        title: eb.ref("excluded.title"),
        docx: eb.ref("excluded.docx"),
        pdf: eb.ref("excluded.pdf"),
        xlsx: eb.ref("excluded.xlsx"),
        generated_at: eb.ref("excluded.generated_at"),
        generated_by: eb.ref("excluded.generated_by"),
      })),
    )
    .returning("id")
    .executeTakeFirstOrThrow();
  return bulletinSummaries(db).where("b.id", "=", id).executeTakeFirstOrThrow();
}

/** A bulletin's plan, title and one of its files. */
export function findBulletinFile(db: Kysely<Database>, id: string, format: BulletinFormat) {
  return db
    .selectFrom("bulletins")
    .select(["plan_id", "kind", "period", `${format} as file`])
    .where("id", "=", id)
    .executeTakeFirst();
}
