import { z } from "zod";

/**
 * The rule parameters a bundle may set (every key optional), with the defaults of the rule set's
 * specification: a 1900 yuan monthly minimum wage over a 21.75-day standard month, deposits from
 * 3 million yuan of contract at 3 % / 2 % / 1 % by tier capped at 5 million, a 50 000 yuan
 * single-payment limit and 5 working days to settle with a worker who leaves. Administrators keep the
 * values in force per region with an effective date; the server resolves them for each project.
 */
export const DEFAULT_PARAMETERS: RuleParameters = {
  minimumMonthlyWage: 1900,
  standardMonthDays: 21.75,
  depositExemptBelow: 3_000_000,
  depositTiers: [
    { below: 10_000_000, rate: 0.03 },
    { below: 100_000_000, rate: 0.02 },
    { below: null, rate: 0.01 },
  ],
  depositCap: 5_000_000,
  singlePaymentLimit: 50_000,
  exitSettlementWorkingDays: 5,
};

const money = z.number().finite().nonnegative();

export const depositTierSchema = z.object({
  /** The tier applies to contract amounts below this (null: no upper bound). */
  below: money.nullable(),
  rate: z.number().min(0).max(1),
});

export const parametersSchema = z.object({
  minimumMonthlyWage: money.optional(),
  standardMonthDays: z.number().positive().max(31).optional(),
  depositExemptBelow: money.optional(),
  depositTiers: z.array(depositTierSchema).min(1).optional(),
  depositCap: money.optional(),
  singlePaymentLimit: money.optional(),
  exitSettlementWorkingDays: z.number().int().min(0).max(60).optional(),
});

export interface RuleParameters {
  minimumMonthlyWage: number;
  standardMonthDays: number;
  depositExemptBelow: number;
  depositTiers: { below: number | null; rate: number }[];
  depositCap: number;
  singlePaymentLimit: number;
  exitSettlementWorkingDays: number;
}

/** The parameters in force: the defaults, overridden key by key by what is given. */
export function resolveParameters(given: Partial<RuleParameters> | null | undefined): RuleParameters {
  const out: RuleParameters = { ...DEFAULT_PARAMETERS, depositTiers: [...DEFAULT_PARAMETERS.depositTiers] };
  for (const key of Object.keys(DEFAULT_PARAMETERS) as (keyof RuleParameters)[]) {
    const value = given?.[key];
    if (value !== undefined && value !== null) Object.assign(out, { [key]: value });
  }
  return out;
}

/** Rounds half away from zero to `decimals` places, immune to binary noise such as 1.005 × 100. */
export function roundMoney(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(12));
  return (Math.sign(value) * Math.round(scaled)) / factor;
}

/**
 * The deposit a contract amount requires: the rate of the first tier whose `below` exceeds it (a null
 * `below` always does), times the amount, capped, rounded to the yuan; 0 when no tier applies.
 */
export function requiredDeposit(contractAmount: number, parameters: RuleParameters): number {
  const tier = parameters.depositTiers.find((t) => t.below === null || t.below > contractAmount);
  if (!tier) return 0;
  return roundMoney(Math.min(contractAmount * tier.rate, parameters.depositCap));
}

/** The monthly minimum for d days worked: minimum × min(d, standard days) / standard days, to the fen. */
export function minimumPayFor(days: number, parameters: RuleParameters): number {
  const { minimumMonthlyWage, standardMonthDays } = parameters;
  return roundMoney((minimumMonthlyWage * Math.min(days, standardMonthDays)) / standardMonthDays, 2);
}
