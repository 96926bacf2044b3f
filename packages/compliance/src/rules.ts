import { AGE_RULES, MINOR_RULES } from "./rules/age.ts";
import { GENDER_RULES, MARITAL_FERTILITY_RULES } from "./rules/gender.ts";
import { APPEARANCE_RULES, DISABILITY_RULES, HEALTH_CARRIER_RULES } from "./rules/health.ts";
import { ETHNICITY_RULES, ORIGIN_RULES, RELIGION_RULES } from "./rules/identity.ts";
import { FEES_DEPOSIT_RULES, TRAINING_LOAN_RULES } from "./rules/money.ts";
import type { TextRule } from "./types.ts";

export { FIELD_RULES } from "./fields.ts";

/** Every rule over the free text of a posting, by category family. */
export const RULES: readonly TextRule[] = [
  ...GENDER_RULES,
  ...MARITAL_FERTILITY_RULES,
  ...ETHNICITY_RULES,
  ...RELIGION_RULES,
  ...HEALTH_CARRIER_RULES,
  ...DISABILITY_RULES,
  ...ORIGIN_RULES,
  ...MINOR_RULES,
  ...FEES_DEPOSIT_RULES,
  ...TRAINING_LOAN_RULES,
  ...AGE_RULES,
  ...APPEARANCE_RULES,
];
