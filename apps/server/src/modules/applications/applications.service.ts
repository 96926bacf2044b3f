import type { ApplicationStatus, EmploymentStatus } from "../../db/types.ts";
import type { Actor } from "../../http/context.ts";
import { authorize } from "../../lib/access.ts";
import { todayInChina } from "../../lib/clock.ts";
import { AppError } from "../../lib/errors.ts";
import { deliverMessage, SEEKER_CHANNELS } from "../inbox/inbox.service.ts";
import type { PostingRow } from "../jobs/jobs.repo.ts";
import { loadPosting } from "../jobs/jobs.service.ts";
import { changeStatus } from "../people/people.follow-up.ts";
import { findPersonById, findPersonByUserId } from "../people/people.repo.ts";
import { loadPerson, type PeopleDeps, recorderOf } from "../people/people.service.ts";
import { applicationPolicy } from "./applications.access.ts";
import { decisionNotice, hireNote, invitationNotice } from "./applications.notices.ts";
import { presentOwnApplication, presentReceivedApplication, showsContact } from "./applications.present.ts";
import {
  type ApplicationRow,
  answerOpenInvitation,
  findApplication,
  findApplicationEvents,
  findApplicationFor,
  findCertificatesOf,
  findInvitation,
  type InvitationRow,
  insertApplication,
  insertApplicationEvents,
  insertInvitation,
  insertPlacement,
  markViewed,
  updateApplication,
} from "./applications.repo.ts";
import { requireTransition, statusOnHire } from "./applications.rules.ts";

/** What the use cases need: the database, the clock, the regions and the cipher of personal data. */
type ApplicationDeps = Omit<PeopleDeps, "catalogue">;

/** Statuses of people still looking for work, whom employers may invite. */
const LOOKING_FOR_WORK: readonly EmploymentStatus[] = ["unemployed", "employed_flexible"];

function notFound(): AppError {
  return new AppError("APPLICATIONS_NOT_FOUND", "No such application");
}

async function loadApplication(db: ApplicationDeps["db"], id: string): Promise<ApplicationRow> {
  const row = await findApplication(db, id);
  if (!row) throw notFound();
  return row;
}

/** One of the caller's own applications; other people's do not exist for them. */
async function loadOwnApplication(db: ApplicationDeps["db"], actor: Actor, id: string) {
  const row = await findApplication(db, id);
  if (row?.user_id !== actor.id) throw notFound();
  return row;
}

/** One of the caller's own invitations; other people's do not exist for them. */
export async function loadOwnInvitation(
  db: ApplicationDeps["db"],
  actor: Actor,
  id: string,
): Promise<InvitationRow> {
  const row = await findInvitation(db, { id });
  if (row?.user_id !== actor.id) throw new AppError("APPLICATIONS_NOT_FOUND", "No such invitation");
  return row;
}

/** Published and not past its closing date. */
function requireOpen(posting: PostingRow, today: string): void {
  const pastDate = posting.valid_until !== null && posting.valid_until < today;
  if (posting.status !== "published" || pastDate) {
    throw new AppError(
      "APPLICATIONS_POSTING_CLOSED",
      `This posting takes no applications: it is ${pastDate ? "past its closing date" : posting.status}`,
    );
  }
}

async function moveApplication(
  deps: ApplicationDeps,
  opts: { row: ApplicationRow; to: ApplicationStatus; actor: Actor; note?: string; now: Date },
) {
  await updateApplication(deps.db, opts.row.id, { status: opts.to, updated_at: opts.now });
  await insertApplicationEvents(deps.db, [
    {
      application_id: opts.row.id,
      from_status: opts.row.status,
      to_status: opts.to,
      at: opts.now,
      actor_id: opts.actor.id,
      actor_name: opts.actor.username,
      note: opts.note ?? null,
    },
  ]);
}

/**
 * Applies to an open posting with the caller's registry record and answers any invitation to it.
 * A repeat answers the application made before; a withdrawn one is submitted again.
 */
export async function applyToPosting(
  deps: ApplicationDeps,
  opts: { actor: Actor; postingId: string; note?: string; origin: "apply" | "invitation" },
): Promise<{ id: string; created: boolean }> {
  const person = await findPersonByUserId(deps.db, opts.actor.id);
  if (!person) {
    throw new AppError(
      "APPLICATIONS_NEEDS_PROFILE",
      "Register in the labour-force registry first: your record is what the employer receives when you apply",
    );
  }
  const posting = await loadPosting(deps.db, opts.postingId);
  if (posting.published_at === null) throw new AppError("JOBS_NOT_FOUND", "No such posting");
  const now = deps.clock.now();
  const existing = await findApplicationFor(deps.db, posting.id, person.id);
  // A standing application is answered as it is, even once the posting has closed.
  if (!existing || existing.status === "withdrawn") requireOpen(posting, todayInChina(now));
  await answerOpenInvitation(deps.db, {
    postingId: posting.id,
    personId: person.id,
    answer: "accepted",
    now,
  });
  if (existing) {
    if (existing.status === "withdrawn") {
      if (opts.note !== undefined) await updateApplication(deps.db, existing.id, { note: opts.note });
      await moveApplication(deps, { row: existing, to: "submitted", actor: opts.actor, now });
    }
    return { id: existing.id, created: false };
  }
  const id = await insertApplication(deps.db, {
    posting_id: posting.id,
    person_id: person.id,
    status: "submitted",
    origin: opts.origin,
    note: opts.note ?? null,
    created_at: now,
    updated_at: now,
  });
  // A request at the same moment made it first.
  if (!id) return { id: (await loadMade(deps, posting.id, person.id)).id, created: false };
  await insertApplicationEvents(deps.db, [
    {
      application_id: id,
      from_status: null,
      to_status: "submitted",
      at: now,
      actor_id: opts.actor.id,
      actor_name: opts.actor.username,
      note: null,
    },
  ]);
  return { id, created: true };
}

async function loadMade(deps: ApplicationDeps, postingId: string, personId: string) {
  const row = await findApplicationFor(deps.db, postingId, personId);
  if (!row) throw notFound();
  return row;
}

/** Withdraws one of the caller's applications; the employer no longer sees their phone number. */
export async function withdrawApplication(
  deps: ApplicationDeps,
  opts: { actor: Actor; id: string },
): Promise<void> {
  const row = await loadOwnApplication(deps.db, opts.actor, opts.id);
  requireTransition(row.status, "withdrawn", "seeker");
  await moveApplication(deps, { row, to: "withdrawn", actor: opts.actor, now: deps.clock.now() });
}

/**
 * Moves an application on for the posting's side and tells the seeker. A hire records the person
 * as employed since today (stable for full-time work) and writes the placement; a posting whose
 * headcount is reached stays as it is until its employer fills it.
 */
export async function decideApplication(
  deps: ApplicationDeps,
  opts: { actor: Actor; id: string; status: "interview" | "offer" | "hired" | "rejected"; note?: string },
): Promise<ApplicationRow> {
  const row = await loadApplication(deps.db, opts.id);
  authorize(applicationPolicy.handle, opts.actor, {
    employerId: row.employer_id,
    regionPath: row.posting_region_path,
  });
  requireTransition(row.status, opts.status, "employer");
  const now = deps.clock.now();
  await moveApplication(deps, { row, to: opts.status, actor: opts.actor, note: opts.note, now });
  const posting = { title: row.posting_title, employerName: row.employer_name };
  if (opts.status === "hired") {
    const person = await loadPerson(deps.db, row.person_id);
    const today = todayInChina(now);
    await changeStatus(deps, {
      row: person,
      status: statusOnHire(row.employment_type),
      since: today,
      note: hireNote(posting),
      recorder: recorderOf(opts.actor),
    });
    await insertPlacement(deps.db, {
      person_id: person.id,
      posting_id: row.posting_id,
      application_id: row.id,
      region_code: person.region_code,
      employer_id: row.employer_id,
      placed_on: today,
      registered_unemployed: person.registered_unemployed,
      hardship: person.hardship_category !== null,
      recorded_at: now,
    });
  }
  if (row.user_id) {
    await deliverMessage(deps.db, SEEKER_CHANNELS, {
      userId: row.user_id,
      kind: "application",
      ...decisionNotice(posting, opts.status, opts.note),
      postingIds: [row.posting_id],
      link: `/jobs/${row.posting_id}`,
      createdAt: now,
    });
  }
  return loadApplication(deps.db, row.id);
}

/**
 * Invites a person to apply: only people who chose to be recommended, are looking for work and
 * have an account, whatever the reason the same answer. Inviting again answers the invitation sent before.
 */
export async function invitePerson(
  deps: ApplicationDeps,
  opts: { actor: Actor; postingId: string; personId: string },
): Promise<{ invitation: InvitationRow; created: boolean }> {
  const posting = await loadPosting(deps.db, opts.postingId);
  authorize(applicationPolicy.invite, opts.actor, {
    employerId: posting.employer_id,
    regionPath: posting.region_path,
  });
  const now = deps.clock.now();
  requireOpen(posting, todayInChina(now));
  const person = await findPersonById(deps.db, opts.personId);
  if (!person?.user_id || !person.recommendable || !LOOKING_FOR_WORK.includes(person.status)) {
    throw new AppError(
      "APPLICATIONS_NOT_INVITABLE",
      "Only people who chose to be recommended to employers, are looking for work and have an account can be invited",
      [{ path: "$.personId", message: "not open to invitations" }],
    );
  }
  const id = await insertInvitation(deps.db, {
    posting_id: posting.id,
    person_id: person.id,
    invited_by: opts.actor.id,
    created_at: now,
  });
  const by = id ? { id } : { postingId: posting.id, personId: person.id };
  const invitation = await findInvitation(deps.db, by);
  if (!invitation) throw new AppError("APPLICATIONS_NOT_FOUND", "No such invitation");
  if (id) {
    await deliverMessage(deps.db, SEEKER_CHANNELS, {
      userId: person.user_id,
      kind: "invitation",
      ...invitationNotice({
        title: posting.title,
        employerName: posting.employer_name,
        regionName: posting.region_name,
      }),
      postingIds: [posting.id],
      link: `/jobs/${posting.id}`,
      dedupeKey: `invitation:${id}`,
      createdAt: now,
    });
  }
  return { invitation, created: id !== undefined };
}

/** Accepts one of the caller's open invitations by applying with their record. */
export async function acceptInvitation(
  deps: ApplicationDeps,
  opts: { actor: Actor; id: string },
): Promise<{ applicationId: string }> {
  const invitation = await loadOpenInvitation(deps, opts);
  const made = await applyToPosting(deps, {
    actor: opts.actor,
    postingId: invitation.posting_id,
    origin: "invitation",
  });
  return { applicationId: made.id };
}

/** Declines one of the caller's open invitations. */
export async function declineInvitation(deps: ApplicationDeps, opts: { actor: Actor; id: string }) {
  const invitation = await loadOpenInvitation(deps, opts);
  await answerOpenInvitation(deps.db, {
    postingId: invitation.posting_id,
    personId: invitation.person_id,
    answer: "declined",
    now: deps.clock.now(),
  });
}

async function loadOpenInvitation(deps: ApplicationDeps, opts: { actor: Actor; id: string }) {
  const invitation = await loadOwnInvitation(deps.db, opts.actor, opts.id);
  if (invitation.answer) {
    throw new AppError(
      "APPLICATIONS_INVITATION_ANSWERED",
      `You ${invitation.answer} this invitation already`,
    );
  }
  return invitation;
}

/** One application as its seeker sees it, reloaded. */
export async function ownApplicationView(db: ApplicationDeps["db"], id: string) {
  const row = await loadApplication(db, id);
  return presentOwnApplication(row, await findApplicationEvents(db, [row.id]));
}

async function receivedContext(deps: ApplicationDeps, rows: ApplicationRow[]) {
  const [events, certificates] = await Promise.all([
    findApplicationEvents(
      deps.db,
      rows.map((r) => r.id),
    ),
    findCertificatesOf(deps.db, [...new Set(rows.map((r) => r.person_id))]),
  ]);
  return { events, certificates, pii: deps.pii, today: todayInChina(deps.clock.now()) };
}

/** One application as the posting's side sees it. */
export async function receivedApplicationView(deps: ApplicationDeps, row: ApplicationRow) {
  return presentReceivedApplication(row, await receivedContext(deps, [row]));
}

/**
 * Applications as the posting's side sees them: new ones become viewed. Returns, for the audit,
 * whose records were read and whose phone numbers were shown.
 */
export async function receiveApplications(
  deps: ApplicationDeps,
  opts: { actor: Actor; rows: ApplicationRow[] },
) {
  const now = deps.clock.now();
  const viewed = new Set(
    await markViewed(deps.db, {
      ids: opts.rows.filter((r) => r.status === "submitted").map((r) => r.id),
      now,
      actorId: opts.actor.id,
      actorName: opts.actor.username,
    }),
  );
  const rows = opts.rows.map((r) =>
    viewed.has(r.id) ? { ...r, status: "viewed" as const, updated_at: now } : r,
  );
  const ctx = await receivedContext(deps, rows);
  return {
    items: rows.map((r) => presentReceivedApplication(r, ctx)),
    read: rows.map((r) => r.person_id),
    phones: rows.filter((r) => r.phone_enc && showsContact(r)).map((r) => r.person_id),
  };
}
