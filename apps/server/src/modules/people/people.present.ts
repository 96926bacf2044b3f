import type { Person, PersonSummary } from "@jiuye/contract/people";
import type { peopleImportSchema } from "@jiuye/contract/people-follow-up";
import { ageOn, maskIdNumber, maskPhone } from "@jiuye/identifiers/gb11643";
import type { z } from "zod";
import { daysBetween } from "../../lib/clock.ts";
import type { PiiCipher } from "../../lib/pii.ts";
import type { Catalogue } from "../catalogue/catalogue.cache.ts";
import type { RegionDirectory } from "../regions/regions.directory.ts";
import { COLOUR_OF } from "./people.follow-up.ts";
import type {
  findCertificates,
  findCheckEvents,
  findContacts,
  findStatuses,
  PeopleImportRow,
  PersonRow,
} from "./people.repo.ts";

export interface PresentContext {
  pii: PiiCipher;
  today: string;
}

export interface PersonHistory {
  certificates: Awaited<ReturnType<typeof findCertificates>>;
  statuses: Awaited<ReturnType<typeof findStatuses>>;
  contacts: Awaited<ReturnType<typeof findContacts>>;
  events: Awaited<ReturnType<typeof findCheckEvents>>;
}

/** Identity and phone numbers are decrypted only to be masked here. */
export function presentPersonSummary(row: PersonRow, ctx: PresentContext): PersonSummary {
  return {
    id: row.id,
    name: row.name,
    idNumberMasked: maskIdNumber(ctx.pii.decrypt("id_number", row.id_number_enc)),
    phoneMasked: row.phone_enc ? maskPhone(ctx.pii.decrypt("phone", row.phone_enc)) : null,
    age: ageOn(row.birth_date, ctx.today),
    regionCode: row.region_code,
    regionName: row.region_name,
    status: row.status,
    statusSince: row.status_since,
    followUp: {
      colour: COLOUR_OF[row.status],
      intervalDays: row.follow_up_due ? daysBetween(row.follow_up_base, row.follow_up_due) : null,
      dueOn: row.follow_up_due,
      overdue: row.follow_up_due !== null && row.follow_up_due < ctx.today,
      lastContactOn: row.last_contact_on,
    },
    checkStage: row.check_stage,
    householdId: row.household_id,
  };
}

export function presentPerson(
  row: PersonRow,
  history: PersonHistory,
  ctx: PresentContext & { regions: RegionDirectory; catalogue: Catalogue },
): Person {
  const named = (code: string, entry: { name: string } | undefined) => ({ code, name: entry?.name ?? code });
  return {
    ...presentPersonSummary(row, ctx),
    birthDate: row.birth_date,
    latitude: row.latitude,
    longitude: row.longitude,
    education: row.education as Person["education"],
    experienceYears: row.experience_years,
    skills: row.skills,
    certificates: history.certificates.map((c) => ({
      kind: c.kind,
      name: c.name,
      occupation:
        c.occupation_code && c.occupation_name ? { code: c.occupation_code, name: c.occupation_name } : null,
      level: c.level,
    })),
    desiredOccupations: row.desired_occupations.map((c) => named(c, ctx.catalogue.occupation(c))),
    desiredRegions: row.desired_region_codes.map((c) => named(c, ctx.regions.get(c))),
    desiredPayMin: row.desired_pay_min === null ? null : Number(row.desired_pay_min),
    desiredEmploymentTypes: row.desired_employment_types as Person["desiredEmploymentTypes"],
    desiredHoursPerWeek: row.desired_hours_per_week,
    availableFrom: row.available_from,
    willingElsewhere: row.willing_elsewhere,
    recommendable: row.recommendable,
    graduateYear: row.graduate_year,
    graduateSchool: row.graduate_school,
    registeredUnemployed: row.registered_unemployed,
    hardshipCategory:
      row.hardship_category && row.hardship_category_name
        ? { code: row.hardship_category, name: row.hardship_category_name }
        : null,
    disabled: row.disabled,
    disabilityCertificateMasked: row.disability_certificate_enc
      ? maskIdNumber(ctx.pii.decrypt("disability_certificate", row.disability_certificate_enc))
      : null,
    veteran: row.veteran,
    ruralWorker: row.rural_worker,
    lowIncome: row.low_income,
    household:
      row.household_id && row.household_reference && row.household_region_code
        ? { id: row.household_id, reference: row.household_reference, regionCode: row.household_region_code }
        : null,
    selfRegistered: row.consent_method === "self",
    consent: {
      givenOn: row.consent_on,
      method: row.consent_method,
      purpose: row.consent_purpose,
      statement: row.consent_statement,
      collectedBy: row.consent_collected_by,
    },
    statusHistory: history.statuses.map((s) => ({
      status: s.status,
      since: s.since,
      recordedBy: s.recorded_by_name,
    })),
    contacts: history.contacts.map((c) => ({
      id: c.id,
      contactedOn: c.contacted_on,
      channel: c.channel,
      offered: c.offered as Person["contacts"][number]["offered"],
      postingIds: c.posting_ids,
      note: c.note,
      recordedBy: c.recorded_by_name,
    })),
    check: {
      stage: row.check_stage,
      enteredLevel: row.entered_level,
      note: row.check_note,
      history: history.events.map((e) => ({
        at: e.at.toISOString(),
        actorName: e.actor_name,
        fromStage: e.from_stage,
        toStage: e.to_stage,
        note: e.note,
      })),
    },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

type PeopleImport = z.infer<typeof peopleImportSchema>;

export function presentPeopleImport(row: Omit<PeopleImportRow, "created_by">): PeopleImport {
  return {
    id: row.id,
    fileName: row.file_name,
    dryRun: row.dry_run,
    status: row.status,
    totalRows: row.total_rows,
    processedRows: row.processed_rows,
    consentCollectedBy: row.consent_collected_by,
    consentPurpose: row.consent_purpose,
    summary: (row.summary as PeopleImport["summary"]) ?? null,
    errors: row.errors as PeopleImport["errors"],
  };
}
