import type {
  Invitation,
  OwnApplication,
  OwnInvitation,
  ReceivedApplication,
} from "@jiuye/contract/applications";
import { ageOn } from "@jiuye/identifiers/gb11643";
import type { ApplicationStatus } from "../../db/types.ts";
import type { PiiCipher } from "../../lib/pii.ts";
import type {
  ApplicationRow,
  findApplicationEvents,
  findCertificatesOf,
  InvitationRow,
} from "./applications.repo.ts";

type EventRow = Awaited<ReturnType<typeof findApplicationEvents>>[number];
type CertificateRow = Awaited<ReturnType<typeof findCertificatesOf>>[number];

/** The posting's side sees how to reach the applicant only while the application stands. */
export function showsContact(row: ApplicationRow): boolean {
  return row.status !== "withdrawn";
}

function historyOf(row: ApplicationRow, events: EventRow[]) {
  return events
    .filter((e) => e.application_id === row.id)
    .map((e) => ({
      at: e.at.toISOString(),
      fromStatus: e.from_status,
      toStatus: e.to_status,
      actorName: e.actor_name,
      note: e.note,
    }));
}

export function presentOwnApplication(row: ApplicationRow, events: EventRow[]): OwnApplication {
  return {
    id: row.id,
    posting: {
      id: row.posting_id,
      title: row.posting_title,
      employerName: row.employer_name,
      regionName: row.posting_region_name,
    },
    status: row.status,
    origin: row.origin,
    note: row.note,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    history: historyOf(row, events),
  };
}

/** Only what the job needs to know about the applicant, and their phone number decrypted. */
export function presentReceivedApplication(
  row: ApplicationRow,
  ctx: { events: EventRow[]; certificates: CertificateRow[]; pii: PiiCipher; today: string },
): ReceivedApplication {
  return {
    id: row.id,
    postingId: row.posting_id,
    postingTitle: row.posting_title,
    status: row.status,
    origin: row.origin,
    note: row.note,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    applicant: {
      personId: row.person_id,
      name: row.person_name,
      age: ageOn(row.birth_date, ctx.today),
      education: row.education as ReceivedApplication["applicant"]["education"],
      skills: row.skills,
      certificates: ctx.certificates
        .filter((c) => c.person_id === row.person_id)
        .map((c) => ({ kind: c.kind, name: c.name, level: c.level })),
      regionCode: row.person_region_code,
      regionName: row.person_region_name,
      phone: row.phone_enc && showsContact(row) ? ctx.pii.decrypt("phone", row.phone_enc) : null,
    },
    history: historyOf(row, ctx.events),
  };
}

export function presentInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    postingId: row.posting_id,
    personId: row.person_id,
    createdAt: row.created_at.toISOString(),
    answeredAt: row.answered_at?.toISOString() ?? null,
    answer: row.answer,
  };
}

export function presentOwnInvitation(row: InvitationRow): OwnInvitation {
  return {
    id: row.id,
    posting: {
      id: row.posting_id,
      title: row.posting_title,
      employerName: row.employer_name,
      regionName: row.posting_region_name,
    },
    createdAt: row.created_at.toISOString(),
    answeredAt: row.answered_at?.toISOString() ?? null,
    answer: row.answer,
  };
}

/** Applications per status, every status named. */
export function presentCounts(
  rows: { status: ApplicationStatus; n: string }[],
): Record<ApplicationStatus, number> {
  const counts = { submitted: 0, viewed: 0, interview: 0, offer: 0, hired: 0, rejected: 0, withdrawn: 0 };
  for (const row of rows) counts[row.status] = Number(row.n);
  return counts;
}
