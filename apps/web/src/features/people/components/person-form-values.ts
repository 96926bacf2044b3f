import type { Person, personChangesSchema, personFieldsSchema } from "@jiuye/contract/people";
import type { z } from "zod";

/** A person's fields as the form holds them and the API takes them. */
export type PersonFieldsInput = z.input<typeof personFieldsSchema>;
/** A change to a saved record, where the encrypted numbers may be left out to keep them. */
export type PersonChangesInput = z.input<typeof personChangesSchema>;

/** The numbers kept encrypted, as the server shows them; on an edit they are left blank to keep them. */
export interface MaskedNumbers {
  idNumber: string;
  phone: string | null;
  disabilityCertificate: string | null;
}

/** A saved record as the form's starting values; the masked numbers start blank (blank keeps them). */
export function formValuesOf(person: Person): Omit<PersonFieldsInput, "idNumber"> {
  return {
    name: person.name,
    regionCode: person.regionCode,
    latitude: person.latitude,
    longitude: person.longitude,
    education: person.education,
    experienceYears: person.experienceYears,
    skills: person.skills,
    certificates: person.certificates.map((c) => ({
      kind: c.kind,
      name: c.name,
      occupationCode: c.occupation?.code ?? null,
      level: c.level,
    })),
    desiredOccupations: person.desiredOccupations.map((o) => o.code),
    desiredRegionCodes: person.desiredRegions.map((r) => r.code),
    desiredPayMin: person.desiredPayMin,
    desiredEmploymentTypes: person.desiredEmploymentTypes,
    desiredHoursPerWeek: person.desiredHoursPerWeek,
    availableFrom: person.availableFrom,
    willingElsewhere: person.willingElsewhere,
    graduateYear: person.graduateYear,
    graduateSchool: person.graduateSchool,
    registeredUnemployed: person.registeredUnemployed,
    hardshipCategory: person.hardshipCategory?.code ?? null,
    disabled: person.disabled,
    veteran: person.veteran,
    ruralWorker: person.ruralWorker,
    lowIncome: person.lowIncome,
  };
}

export function maskedNumbersOf(person: Person): MaskedNumbers {
  return {
    idNumber: person.idNumberMasked,
    phone: person.phoneMasked,
    disabilityCertificate: person.disabilityCertificateMasked,
  };
}

/** The person's fields out of a form that holds more (status, consent…): only the registry's own keys. */
export function fieldsOf(values: PersonFieldsInput): PersonFieldsInput {
  const blank = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);
  return {
    name: values.name,
    idNumber: values.idNumber,
    phone: blank(values.phone),
    regionCode: values.regionCode,
    latitude: values.latitude ?? null,
    longitude: values.longitude ?? null,
    education: values.education ?? null,
    experienceYears: values.experienceYears ?? null,
    skills: values.skills ?? [],
    certificates: (values.certificates ?? []).map((c) => ({
      kind: c.kind,
      name: c.name,
      occupationCode: c.occupationCode ?? null,
      level: c.kind === "skill_level" ? (c.level ?? null) : null,
    })),
    desiredOccupations: values.desiredOccupations ?? [],
    desiredRegionCodes: values.desiredRegionCodes ?? [],
    desiredPayMin: values.desiredPayMin ?? null,
    desiredEmploymentTypes: values.desiredEmploymentTypes ?? [],
    desiredHoursPerWeek: values.desiredHoursPerWeek ?? null,
    availableFrom: values.availableFrom ?? null,
    willingElsewhere: values.willingElsewhere ?? false,
    graduateYear: values.graduateYear ?? null,
    graduateSchool: blank(values.graduateSchool),
    registeredUnemployed: values.registeredUnemployed ?? false,
    hardshipCategory: blank(values.hardshipCategory),
    disabled: values.disabled ?? false,
    disabilityCertificate: values.disabled ? blank(values.disabilityCertificate) : null,
    veteran: values.veteran ?? false,
    ruralWorker: values.ruralWorker ?? false,
    lowIncome: values.lowIncome ?? false,
  };
}

/** A change to a saved record out of the form: numbers left blank are kept as stored. */
export function changesOf(values: PersonChangesInput): PersonChangesInput {
  const typed = (text: string | null | undefined) => (text?.trim() ? text.trim() : undefined);
  return {
    ...fieldsOf({ ...values, idNumber: "" }),
    idNumber: typed(values.idNumber),
    phone: typed(values.phone),
    disabilityCertificate: values.disabled ? typed(values.disabilityCertificate) : null,
  };
}
