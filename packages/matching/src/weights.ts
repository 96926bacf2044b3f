import type { MatchFactorName } from "@jiuye/contract/matching";

/**
 * Each factor's share of the 100 points (see README.md, "Weights"). What a person looks for
 * first (the occupation, then the skills it takes, then getting there and the pay) weighs most.
 */
export const WEIGHTS: Readonly<Record<MatchFactorName, number>> = {
  occupation: 25,
  skills: 20,
  distance: 15,
  pay: 15,
  education: 7,
  experience: 6,
  hours: 6,
  type: 6,
};

/** An unknown factor earns this share of its weight: neutral, halfway between a fit and a miss. */
export const UNKNOWN_SHARE = 0.5;

/** The shares partial fits earn, and the thresholds between fits, partial fits and misses. */
export const SHARES = {
  occupation: {
    /** Another 细类 of the same 小类 (6-29-01-01 for 6-29-01-04). */
    minor: 0.6,
    /** Another 小类 of the same 中类 (6-29-03-… for 6-29-01-04). */
    medium: 0.3,
  },
  distance: {
    /** Up to this many km from home a daily commute fits. */
    commuteKm: 10,
    /** From `commuteKm` to `farKm` the share falls linearly from 1 to `farShare`. */
    farKm: 50,
    farShare: 0.4,
    /** Without coordinates: the same prefecture, another county. */
    samePrefecture: 0.6,
    /** Beyond `farKm` or another prefecture, for a person willing to work away from home. */
    elsewhereWilling: 0.4,
  },
  pay: {
    /** The posting's top pay reaches the desired pay, its lowest does not. */
    withinRange: 0.6,
  },
  education: {
    /** One level below the level asked (高中 for 大专). */
    oneBelow: 0.4,
  },
  experience: {
    /** At least half the years asked. */
    halfway: 0.5,
  },
  skills: {
    /** A preferred skill (`…优先`) counts this much of a required one. */
    preferred: 0.5,
    /** The least a match earns when only preferred skills are missing. */
    onlyPreferredMissing: 0.5,
  },
  hours: {
    /** Weekly hours up to desired × `fitsUpTo` fit; up to × `partialUpTo` fit partly. */
    fitsUpTo: 1.1,
    partialUpTo: 1.35,
    partial: 0.5,
  },
} as const;
