import type { PublicPosting } from "@jiuye/contract/job-postings";

/** Where the posting's region sits, for the address: the province it belongs to. */
export interface PostingPlace {
  province: string | null;
}

const EMPLOYMENT_TYPE: Record<PublicPosting["employmentType"], string> = {
  full_time: "FULL_TIME",
  part_time: "PART_TIME",
  gig: "TEMPORARY",
  internship: "INTERN",
  seasonal: "TEMPORARY",
};

const UNIT_TEXT: Record<PublicPosting["salaryUnit"], string | undefined> = {
  month: "MONTH",
  day: "DAY",
  hour: "HOUR",
  // schema.org has no unit for piece rates: the amount stands without one.
  piece: undefined,
};

/** The posting as a schema.org JobPosting, for search engines (Google for Jobs, Baidu). */
export function jobPostingLd(posting: PublicPosting, place: PostingPlace): Record<string, unknown> {
  const hasGeo = posting.latitude !== null && posting.longitude !== null;
  return {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    title: posting.title,
    description: [posting.description, posting.requirements].filter(Boolean).join("\n\n"),
    identifier: { "@type": "PropertyValue", name: posting.employer.name, value: posting.id },
    ...(posting.publishedAt ? { datePosted: posting.publishedAt } : {}),
    ...(posting.validUntil ? { validThrough: `${posting.validUntil}T23:59:59+08:00` } : {}),
    employmentType: EMPLOYMENT_TYPE[posting.employmentType],
    hiringOrganization: {
      "@type": "Organization",
      name: posting.employer.name,
      ...(posting.employer.creditCode ? { taxID: posting.employer.creditCode } : {}),
    },
    jobLocation: {
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        ...(posting.address ? { streetAddress: posting.address } : {}),
        addressLocality: posting.regionName,
        ...(place.province ? { addressRegion: place.province } : {}),
        addressCountry: "CN",
      },
      ...(hasGeo
        ? { geo: { "@type": "GeoCoordinates", latitude: posting.latitude, longitude: posting.longitude } }
        : {}),
    },
    baseSalary: {
      "@type": "MonetaryAmount",
      currency: "CNY",
      value: {
        "@type": "QuantitativeValue",
        minValue: posting.salaryMin,
        maxValue: Math.max(posting.salaryMin, posting.salaryMax),
        ...(UNIT_TEXT[posting.salaryUnit] ? { unitText: UNIT_TEXT[posting.salaryUnit] } : {}),
      },
    },
    ...(posting.headcount !== null ? { totalJobOpenings: posting.headcount } : {}),
    ...(posting.occupation
      ? { occupationalCategory: `${posting.occupation.code} ${posting.occupation.name}` }
      : {}),
    ...(posting.industry ? { industry: posting.industry.name } : {}),
    ...(posting.experienceYears
      ? {
          experienceRequirements: {
            "@type": "OccupationalExperienceRequirements",
            monthsOfExperience: posting.experienceYears * 12,
          },
        }
      : {}),
    ...(posting.benefits.length > 0 ? { jobBenefits: posting.benefits.join("、") } : {}),
    directApply: false,
  };
}
