import { type Alert, compareAlerts } from "./alerts.ts";
import type { Bundle } from "./bundle.ts";
import { factsOf } from "./facts.ts";
import { payAlerts } from "./rules/pay.ts";
import { peopleAlerts } from "./rules/people.ts";
import { projectAlerts } from "./rules/project.ts";

/**
 * The version of the rule set. Every stored alert records it with the parameters it was raised under;
 * change it whenever a rule's meaning changes.
 */
export const RULESET_VERSION = "2026.1";

export interface Evaluation {
  alerts: Alert[];
}

/** Every alert that holds for the bundle's project on its `asOf`, sorted by code then subject. */
export function evaluateBundle(bundle: Bundle): Evaluation {
  const facts = factsOf(bundle);
  const alerts = [...projectAlerts(facts), ...payAlerts(facts), ...peopleAlerts(facts)];
  return { alerts: alerts.sort(compareAlerts) };
}
