import type { Role } from "@jiuye/contract/route";
import type { Actor } from "../http/context.ts";
import { AppError } from "./errors.ts";
import { isWithin } from "./jurisdiction.ts";

/** A declared permission: may `actor` do this to `record`? Pure, so tables of cases test it. */
export type Rule<R> = (actor: Actor, record: R) => boolean;

/** Role in `roles` and the record's region in the actor's jurisdiction. */
export function rolesWithin<R extends { regionPath: string | null }>(roles: readonly Role[]): Rule<R> {
  return (actor, record) => roles.includes(actor.role) && isWithin(actor.regionPath, record.regionPath);
}

/** Throws unless the rule allows it; routes call this after loading the record. */
export function authorize<R>(rule: Rule<R>, actor: Actor, record: R): void {
  if (!rule(actor, record)) {
    throw new AppError("ACCESS_OUTSIDE_JURISDICTION", "This record is outside your jurisdiction");
  }
}
