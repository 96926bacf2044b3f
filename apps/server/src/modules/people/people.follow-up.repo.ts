import { type Insertable, type Kysely, sql } from "kysely";
import { inSubtree } from "../../db/fragments.ts";
import type { Database, EmploymentStatus, PersonSampleTable } from "../../db/types.ts";
import { WORKING_AGE } from "./people.fields.ts";
import { personDetails } from "./people.repo.ts";

/** Follow-ups due on or before `until` (before `today` when only overdue ones are asked for). */
export async function findFollowUpsDue(
  db: Kysely<Database>,
  filter: {
    regionPath: string;
    until: string;
    overdueBefore?: string;
    status?: EmploymentStatus;
    after?: { due: string; id: string };
    limit: number;
  },
) {
  let query = personDetails(db)
    .where(inSubtree("r.path", filter.regionPath))
    .where("p.follow_up_due", "is not", null)
    .where("p.follow_up_due", filter.overdueBefore ? "<" : "<=", filter.overdueBefore ?? filter.until);
  if (filter.status) query = query.where("p.status", "=", filter.status);
  const after = filter.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb("p.follow_up_due", ">", after.due),
        eb.and([eb("p.follow_up_due", "=", after.due), eb("p.id", ">", after.id)]),
      ]),
    );
  }
  return query.orderBy("p.follow_up_due").orderBy("p.id").limit(filter.limit).execute();
}

/** Born on or before `today` less 16 years, and after `today` less 61: aged 16 to 60. */
function workingAge(today: string) {
  return sql<boolean>`(p.birth_date <= ${today}::date - make_interval(years => ${WORKING_AGE.min})
    and p.birth_date > ${today}::date - make_interval(years => ${WORKING_AGE.max + 1}))`;
}

/**
 * 零就业家庭 in a jurisdiction: at least one working-age member is unemployed and no working-age
 * member is employed (students, retirees and others outside the labour force do not count).
 */
export async function findZeroEmploymentHouseholds(
  db: Kysely<Database>,
  filter: {
    regionPath: string;
    today: string;
    after?: { regionCode: string; reference: string };
    limit: number;
  },
) {
  const members = (statuses: EmploymentStatus[]) =>
    db
      .selectFrom("people as p")
      .select("p.id")
      .where("p.household_id", "=", sql.ref<string>("h.id"))
      .where("p.status", "in", statuses)
      .where(workingAge(filter.today));
  let query = db
    .selectFrom("households as h")
    .innerJoin("regions as r", "r.code", "h.region_code")
    .select(["h.id", "h.region_code", "h.reference", "r.name as region_name"])
    .where(inSubtree("r.path", filter.regionPath))
    .where(({ exists }) => exists(members(["unemployed"])))
    .where(({ exists, not }) => not(exists(members(["employed_stable", "employed_flexible"]))));
  const after = filter.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb("h.region_code", ">", after.regionCode),
        eb.and([eb("h.region_code", "=", after.regionCode), eb("h.reference", ">", after.reference)]),
      ]),
    );
  }
  return query.orderBy("h.region_code").orderBy("h.reference").limit(filter.limit).execute();
}

export async function findHouseholdMembers(db: Kysely<Database>, householdIds: string[]) {
  if (householdIds.length === 0) return [];
  return db
    .selectFrom("people")
    .select(["id", "household_id", "name", "birth_date", "status"])
    .where("household_id", "in", householdIds)
    .orderBy("birth_date")
    .orderBy("id")
    .execute();
}

/** The follow-up settings rows of these regions (a region and its ancestors). */
export async function findSettingsRows(db: Kysely<Database>, regionCodes: string[]) {
  if (regionCodes.length === 0) return [];
  return db.selectFrom("people_settings").selectAll().where("region_code", "in", regionCodes).execute();
}

export async function upsertSettings(
  db: Kysely<Database>,
  values: {
    region_code: string;
    stable_days: number;
    flexible_days: number;
    unemployed_days: number;
    sample_share: number;
    updated_by: string | null;
    updated_at: Date;
  },
) {
  const { region_code: _, ...rest } = values;
  await db
    .insertInto("people_settings")
    .values(values)
    .onConflict((oc) => oc.column("region_code").doUpdateSet(rest))
    .execute();
}

/**
 * Sets the next follow-up of everyone under `rootPath` whose nearest settings are the root's (no
 * region between them has its own) from their last contact or status change and the new intervals.
 */
export async function recomputeFollowUpsUnder(
  db: Kysely<Database>,
  rootPath: string,
  days: { stable: number; flexible: number; unemployed: number },
) {
  const below = `${rootPath}.%`;
  await sql`
    update people p
    set follow_up_due = p.follow_up_base + (case p.status
      when 'employed_stable' then ${days.stable}::int
      when 'employed_flexible' then ${days.flexible}::int
      else ${days.unemployed}::int end)
    from regions r
    where r.code = p.region_code
      and ${inSubtree("r.path", rootPath)}
      and p.status in ('employed_stable', 'employed_flexible', 'unemployed')
      and not exists (
        select 1 from people_settings s join regions sr on sr.code = s.region_code
        where sr.path like ${below} and (r.path = sr.path or r.path like sr.path || '.%')
      )
  `.execute(db);
}

export async function findSample(db: Kysely<Database>, regionCode: string, period: string) {
  return db
    .selectFrom("person_samples")
    .select("id")
    .where("region_code", "=", regionCode)
    .where("period", "=", period)
    .executeTakeFirst();
}

/** Township-checked records under a region: what a county sample draws from. */
export async function findSampleCandidates(db: Kysely<Database>, regionPath: string) {
  return db
    .selectFrom("people as p")
    .innerJoin("regions as r", "r.code", "p.region_code")
    .select(["p.id", "p.check_stage"])
    .where(inSubtree("r.path", regionPath))
    .where("p.check_stage", "=", "township_checked")
    .orderBy("p.id")
    .execute();
}

export async function insertSample(db: Kysely<Database>, values: Insertable<PersonSampleTable>) {
  const { id } = await db
    .insertInto("person_samples")
    .values(values)
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export async function markSampled(db: Kysely<Database>, ids: string[], sampleId: string, at: Date) {
  if (ids.length === 0) return;
  await db
    .updateTable("people")
    .set({ check_stage: "county_sampled", sample_id: sampleId, updated_at: at })
    .where("id", "in", ids)
    .execute();
}
