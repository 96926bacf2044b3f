import type { Person, PersonChanges, PersonFields, PII_FIELDS } from "@jiuye/contract/people";
import type { Kysely, Updateable } from "kysely";
import type { Database, EmploymentStatus, PersonTable } from "../../db/types.ts";
import type { Actor, Deps } from "../../http/context.ts";
import { authorize } from "../../lib/access.ts";
import { todayInChina } from "../../lib/clock.ts";
import { AppError } from "../../lib/errors.ts";
import { levelOfPath } from "../../lib/jurisdiction.ts";
import { type PiiCipher, piiCipher } from "../../lib/pii.ts";
import { requireRegion } from "../regions/regions.directory.ts";
import { personPolicy } from "./people.access.ts";
import { type CheckedFields, contentHash, requireValidFields } from "./people.fields.ts";
import { nextFollowUp, type Recorder, settingsFor } from "./people.follow-up.ts";
import { presentPerson } from "./people.present.ts";
import {
  deletePersonRow,
  findCertificates,
  findCheckEvents,
  findContacts,
  findHardshipCategories,
  findHousehold,
  findPersonById,
  findPersonByIdNumberHash,
  findStatuses,
  insertAnonymised,
  insertCheckEvents,
  insertHousehold,
  insertPerson,
  insertStatus,
  type PersonRow,
  replaceCertificates,
  updatePersonRow,
} from "./people.repo.ts";
import type { PersonExport } from "./people.template.ts";

/** What the people use cases need: the platform's dependencies and the cipher for personal data. */
export type PeopleDeps = Pick<Deps, "db" | "clock" | "regions" | "catalogue"> & { pii: PiiCipher };

export function peopleDeps(deps: Deps, db: Deps["db"] = deps.db): PeopleDeps {
  return {
    db,
    clock: deps.clock,
    regions: deps.regions,
    catalogue: deps.catalogue,
    pii: piiCipher(deps.config.secret),
  };
}

export function recorderOf(actor: Actor): Recorder {
  return {
    id: actor.id,
    name: actor.username,
    level: actor.role === "seeker" || !actor.regionPath ? null : levelOfPath(actor.regionPath),
  };
}

/** How a person agreed to be registered, and who took it down. */
export interface ConsentRecord {
  method: "self" | "staff" | "import";
  purpose: string;
  statement: string | null;
  collectedBy: string;
  givenOn?: string;
  importId?: string | null;
}

export async function loadPerson(db: Kysely<Database>, id: string): Promise<PersonRow> {
  const row = await findPersonById(db, id);
  if (!row) throw new AppError("PEOPLE_NOT_FOUND", "No such person");
  return row;
}

/** Every 就业困难人员 category code with the region that defines it. */
export async function hardshipCategoryMap(db: Kysely<Database>): Promise<Map<string, string>> {
  return new Map((await findHardshipCategories(db)).map((c) => [c.code, c.region_code]));
}

/** Checks a person's fields (throwing one located error for all problems) and normalises them. */
export async function checkFields(deps: PeopleDeps, input: PersonFields): Promise<CheckedFields> {
  return requireValidFields(deps, input, {
    today: todayInChina(deps.clock.now()),
    categories: await hardshipCategoryMap(deps.db),
  });
}

/** The record's columns for its fields: identity, phone and certificate numbers encrypted and hashed. */
function fieldColumns(pii: PiiCipher, checked: CheckedFields, householdId: string | null) {
  const f = checked.fields;
  return {
    name: f.name,
    id_number_enc: pii.encrypt("id_number", checked.idNumber),
    id_number_hash: pii.lookupHash("id_number", checked.idNumber),
    phone_enc: checked.phone ? pii.encrypt("phone", checked.phone) : null,
    phone_hash: checked.phone ? pii.lookupHash("phone", checked.phone) : null,
    birth_date: checked.birthDate,
    region_code: f.regionCode,
    latitude: f.latitude ?? null,
    longitude: f.longitude ?? null,
    education: f.education ?? null,
    experience_years: f.experienceYears ?? null,
    skills: f.skills,
    desired_occupations: f.desiredOccupations,
    desired_region_codes: f.desiredRegionCodes,
    desired_pay_min: f.desiredPayMin ?? null,
    desired_employment_types: f.desiredEmploymentTypes,
    desired_hours_per_week: f.desiredHoursPerWeek ?? null,
    available_from: f.availableFrom ?? null,
    willing_elsewhere: f.willingElsewhere,
    graduate_year: f.graduateYear ?? null,
    graduate_school: f.graduateSchool ?? null,
    registered_unemployed: f.registeredUnemployed,
    hardship_category: f.hardshipCategory ?? null,
    disabled: f.disabled,
    disability_certificate_enc: f.disabilityCertificate
      ? pii.encrypt("disability_certificate", f.disabilityCertificate)
      : null,
    veteran: f.veteran,
    rural_worker: f.ruralWorker,
    low_income: f.lowIncome,
    household_id: householdId,
    content_hash: contentHash(f, householdId),
  };
}

function certificateRows(fields: PersonFields) {
  return fields.certificates.map((c) => ({
    kind: c.kind,
    name: c.name,
    occupation_code: c.occupationCode ?? null,
    level: c.level ?? null,
  }));
}

function alreadyRegistered(): AppError {
  return new AppError("PEOPLE_ALREADY_REGISTERED", "A person with this 公民身份号码 is already registered", [
    { path: "$.idNumber", message: "already registered" },
  ]);
}

/** Registers a person with their consent and first status; refused when the identity number is taken. */
export async function registerPerson(
  deps: PeopleDeps,
  opts: {
    checked: CheckedFields;
    status: { status: EmploymentStatus; since?: string };
    householdId: string | null;
    recommendable: boolean;
    userId: string | null;
    consent: ConsentRecord;
    recorder: Recorder;
  },
): Promise<string> {
  const now = deps.clock.now();
  const today = todayInChina(now);
  const columns = fieldColumns(deps.pii, opts.checked, opts.householdId);
  if (await findPersonByIdNumberHash(deps.db, columns.id_number_hash)) throw alreadyRegistered();
  const since = opts.status.since ?? today;
  for (const [date, path] of [
    [since, "$.status.since"],
    [opts.consent.givenOn ?? today, "$.consent.givenOn"],
  ] as const) {
    if (date > today)
      throw new AppError("VALIDATION_FAILED", "This date is in the future", [
        { path, message: "after today" },
      ]);
  }
  const settings = await settingsFor(deps, opts.checked.fields.regionCode);
  const id = await insertPerson(deps.db, {
    ...columns,
    user_id: opts.userId,
    recommendable: opts.recommendable,
    consent_on: opts.consent.givenOn ?? today,
    consent_method: opts.consent.method,
    consent_purpose: opts.consent.purpose,
    consent_statement: opts.consent.statement,
    consent_collected_by: opts.consent.collectedBy,
    consent_recorded_by: opts.recorder.id,
    consent_import_id: opts.consent.importId ?? null,
    status: opts.status.status,
    status_since: since,
    follow_up_base: today,
    follow_up_due: nextFollowUp(today, opts.status.status, settings),
    last_contact_on: null,
    check_note: null,
    sample_id: null,
    entered_by: opts.recorder.id,
    entered_level: opts.recorder.level,
    created_at: now,
    updated_at: now,
  });
  if (id === null) throw alreadyRegistered();
  await replaceCertificates(deps.db, id, certificateRows(opts.checked.fields));
  await insertStatus(deps.db, {
    person_id: id,
    status: opts.status.status,
    since,
    recorded_at: now,
    recorded_by: opts.recorder.id,
    recorded_by_name: opts.recorder.name,
    note: null,
  });
  await insertCheckEvents(deps.db, [
    {
      person_id: id,
      at: now,
      actor_id: opts.recorder.id,
      actor_name: opts.recorder.name,
      from_stage: null,
      to_stage: "entered",
      note: null,
      sample_id: null,
    },
  ]);
  return id;
}

/**
 * Corrects a record. A real change of its fields (or resubmitting a returned record) sends it back
 * to the data checks as entered by whoever changed it; an unchanged one stays where it stands.
 */
export async function correctPerson(
  deps: PeopleDeps,
  opts: {
    row: PersonRow;
    checked: CheckedFields;
    householdId: string | null;
    recommendable?: boolean;
    recorder: Recorder;
  },
): Promise<"updated" | "unchanged"> {
  const { row } = opts;
  const columns = fieldColumns(deps.pii, opts.checked, opts.householdId);
  if (columns.id_number_hash !== row.id_number_hash) {
    const other = await findPersonByIdNumberHash(deps.db, columns.id_number_hash);
    if (other && other.id !== row.id) throw alreadyRegistered();
  }
  const changed = columns.content_hash !== row.content_hash;
  const recheck = changed || row.check_stage === "returned";
  const now = deps.clock.now();
  if (!recheck && (opts.recommendable === undefined || opts.recommendable === row.recommendable))
    return "unchanged";
  const values: Updateable<PersonTable> = { updated_at: now };
  if (opts.recommendable !== undefined) values.recommendable = opts.recommendable;
  if (changed) {
    Object.assign(values, columns);
    if (columns.region_code !== row.region_code) {
      const settings = await settingsFor(deps, columns.region_code);
      values.follow_up_due = nextFollowUp(row.follow_up_base, row.status, settings);
    }
    await replaceCertificates(deps.db, row.id, certificateRows(opts.checked.fields));
  }
  if (recheck) {
    Object.assign(values, {
      check_stage: "entered",
      check_note: null,
      sample_id: null,
      entered_by: opts.recorder.id,
      entered_level: opts.recorder.level,
    });
    await insertCheckEvents(deps.db, [
      {
        person_id: row.id,
        at: now,
        actor_id: opts.recorder.id,
        actor_name: opts.recorder.name,
        from_stage: row.check_stage,
        to_stage: "entered",
        note: changed ? "corrected" : "resubmitted",
        sample_id: null,
      },
    ]);
  }
  await updatePersonRow(deps.db, row.id, values);
  return changed ? "updated" : "unchanged";
}

/** A household the actor may link people to, or a located error. */
export async function requireHousehold(deps: PeopleDeps, actor: Actor, householdId: string) {
  const household = await findHousehold(deps.db, { id: householdId });
  if (!household)
    throw new AppError("PEOPLE_UNKNOWN_CODE", "No such household", [
      { path: "$.householdId", message: "unknown household" },
    ]);
  authorize(personPolicy.manage, actor, { regionPath: household.region_path });
  return household;
}

/** Registers a household by its register number, once per region. */
export async function createHousehold(
  deps: PeopleDeps,
  opts: { actor: Actor; regionCode: string; reference: string },
) {
  const region = requireRegion(deps.regions, opts.regionCode);
  authorize(personPolicy.manage, opts.actor, { regionPath: region.path });
  if (await findHousehold(deps.db, { regionCode: region.code, reference: opts.reference })) {
    throw new AppError("PEOPLE_HOUSEHOLD_TAKEN", "This household is already registered", [
      { path: "$.reference", message: "already registered in this region" },
    ]);
  }
  const id = await insertHousehold(deps.db, {
    region_code: region.code,
    reference: opts.reference,
    created_by: opts.actor.id,
  });
  return { id, regionCode: region.code, regionName: region.name, reference: opts.reference };
}

/** The masked fields asked for, in full. */
export function revealFields(pii: PiiCipher, row: PersonRow, fields: readonly (typeof PII_FIELDS)[number][]) {
  const out: { idNumber?: string; phone?: string | null; disabilityCertificate?: string | null } = {};
  for (const field of new Set(fields)) {
    if (field === "idNumber") out.idNumber = pii.decrypt("id_number", row.id_number_enc);
    if (field === "phone") out.phone = row.phone_enc ? pii.decrypt("phone", row.phone_enc) : null;
    if (field === "disabilityCertificate")
      out.disabilityCertificate = row.disability_certificate_enc
        ? pii.decrypt("disability_certificate", row.disability_certificate_enc)
        : null;
  }
  return out;
}

/** A correction's fields, with the encrypted numbers it left out kept as stored. */
export function withKeptNumbers<T extends PersonChanges>(pii: PiiCipher, row: PersonRow, changes: T) {
  const left = (["phone", "disabilityCertificate"] as const).filter((f) => changes[f] === undefined);
  return {
    ...changes,
    ...revealFields(pii, row, left),
    idNumber: changes.idNumber ?? pii.decrypt("id_number", row.id_number_enc),
  };
}

export async function personHistory(db: Kysely<Database>, personId: string) {
  const [certificates, statuses, contacts, events] = await Promise.all([
    findCertificates(db, personId),
    findStatuses(db, personId),
    findContacts(db, personId),
    findCheckEvents(db, personId),
  ]);
  return { certificates, statuses, contacts, events };
}

/** The full (masked) view of a person, reloaded from the database. */
export async function personView(deps: PeopleDeps, personId: string): Promise<Person> {
  const row = await loadPerson(deps.db, personId);
  return presentPerson(row, await personHistory(deps.db, row.id), {
    ...deps,
    today: todayInChina(deps.clock.now()),
  });
}

/** Everything held about a person, with identity, phone and certificate numbers in full. */
export async function exportPerson(deps: PeopleDeps, row: PersonRow): Promise<PersonExport> {
  const {
    idNumberMasked: _,
    phoneMasked: __,
    disabilityCertificateMasked: ___,
    ...view
  } = await personView(deps, row.id);
  const plain = revealFields(deps.pii, row, ["idNumber", "phone", "disabilityCertificate"]);
  return {
    ...view,
    idNumber: plain.idNumber ?? "",
    phone: plain.phone ?? null,
    disabilityCertificate: plain.disabilityCertificate ?? null,
  };
}

/**
 * Deletes a person's record. Statistics keep region, birth year, key-group flags and the dates of
 * their statuses and contacts under a new id; name, numbers, notes and the household link go.
 */
export async function erasePerson(deps: PeopleDeps, row: PersonRow): Promise<void> {
  const { statuses, contacts } = await personHistory(deps.db, row.id);
  await insertAnonymised(deps.db, {
    region_code: row.region_code,
    birth_year: Number(row.birth_date.slice(0, 4)),
    registered_on: todayInChina(row.created_at),
    erased_on: todayInChina(deps.clock.now()),
    graduate_year: row.graduate_year,
    registered_unemployed: row.registered_unemployed,
    hardship_category: row.hardship_category,
    disabled: row.disabled,
    veteran: row.veteran,
    rural_worker: row.rural_worker,
    low_income: row.low_income,
    status_history: JSON.stringify(statuses.map((s) => ({ status: s.status, since: s.since }))),
    contacts: JSON.stringify(
      contacts.map((c) => ({ on: c.contacted_on, channel: c.channel, offered: c.offered })),
    ),
  });
  await deletePersonRow(deps.db, row.id);
}
