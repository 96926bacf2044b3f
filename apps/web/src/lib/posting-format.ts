import type { PublicPosting } from "@jiuye/contract/job-postings";
import type { TFunction } from "i18next";

type Pay = Pick<PublicPosting, "salaryMin" | "salaryMax" | "salaryUnit">;

function amount(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, "");
}

/** A posting's pay with its unit, as people read it: "6000–8000 元/月", "300 元/日", "面议". */
export function formatPay(t: TFunction, { salaryMin, salaryMax, salaryUnit }: Pay): string {
  if (salaryMin <= 0 && salaryMax <= 0) return t("jobs.payNegotiable");
  const range =
    salaryMax > salaryMin
      ? `${amount(salaryMin)}–${amount(salaryMax)}`
      : amount(Math.max(salaryMin, salaryMax));
  return `${range} ${t("jobs.perUnit", { unit: t(`jobs.units.${salaryUnit}`) })}`;
}

/** Where the work is: the region, and the address unless it already starts with the region's name. */
export function formatPlace({ regionName, address }: Pick<PublicPosting, "regionName" | "address">): string {
  if (!address) return regionName;
  return address.startsWith(regionName) ? address : `${regionName} · ${address}`;
}

const KNOWN_SOURCES = ["employer", "staff", "import"] as const;
type KnownSource = (typeof KNOWN_SOURCES)[number];

function isKnownSource(source: string): source is KnownSource {
  return KNOWN_SOURCES.some((known) => known === source);
}

/** Who sent a posting: the platform's own channels by name, a feed by its code. */
export function formatSource(t: TFunction, source: string): string {
  return isKnownSource(source) ? t(`jobs.sources.${source}`) : source;
}
