import type { MatchFactor } from "@jiuye/contract/matching";
import type { TFunction } from "i18next";
import { Fragment, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

const yuan = (amount: number) => Math.round(amount).toLocaleString("zh-CN");

/** What the scorer found for one factor, in words: each piece of its structured detail labelled. */
function parts(t: TFunction, f: MatchFactor): ReactNode[] {
  const d = "matching.detail";
  switch (f.factor) {
    case "occupation": {
      const { postingCode, desiredCode, shared } = f.detail;
      if (postingCode === null) return [t(`${d}.occupationNoPosting`)];
      if (desiredCode === null) return [t(`${d}.occupationNoDesired`)];
      if (f.fit === "fits") return [t(`${d}.occupationFits`, { desired: desiredCode })];
      return [
        t(`${d}.occupationShared.${shared}`),
        t(`${d}.occupationCodes`, { posting: postingCode, desired: desiredCode }),
      ];
    }
    case "skills": {
      const { held, missing } = f.detail;
      if (held.length === 0 && missing.length === 0) return [t(`${d}.skillsNone`)];
      const list = (names: string[]) => names.join(t("matching.listSeparator"));
      const named = (s: { name: string; preferred: boolean }) =>
        s.name + (s.preferred ? t(`${d}.preferred`) : "");
      return [
        ...(held.length > 0 ? [t(`${d}.skillsHeld`, { list: list(held.map(named)) })] : []),
        ...(missing.length > 0
          ? [
              <span key="missing">
                {t(`${d}.skillsMissing`)}
                <ul className="match-missing">
                  {missing.map((skill) => (
                    <li key={skill.id}>
                      <strong>{named(skill)}</strong>
                      {skill.training &&
                        ` · ${t(`${d}.training`, {
                          name: skill.training.name,
                          kind: t(`matching.trainings.${skill.training.kind}`),
                        })}`}
                    </li>
                  ))}
                </ul>
              </span>,
            ]
          : []),
      ];
    }
    case "distance": {
      const { km, area, desiredRegion, willingElsewhere } = f.detail;
      return [
        km !== null ? t(`${d}.km`, { km: km.toFixed(1) }) : t(`${d}.areas.${area}`),
        ...(desiredRegion ? [t(`${d}.desiredRegion`)] : []),
        ...(willingElsewhere && area !== "same_county" ? [t(`${d}.willingElsewhere`)] : []),
      ];
    }
    case "pay": {
      const { monthlyMin, monthlyMax, unit, desiredMin } = f.detail;
      const posting =
        monthlyMin === null || monthlyMax === null
          ? t(`${d}.payPiece`)
          : (monthlyMax > monthlyMin
              ? t(`${d}.payRange`, { min: yuan(monthlyMin), max: yuan(monthlyMax) })
              : t(`${d}.payAmount`, { amount: yuan(monthlyMin) })) +
            (unit === "month" ? "" : t(`${d}.payConverted`, { unit: t(`jobs.units.${unit}`) }));
      // Employers never see the pay a person asked for: then the detail has none, and says nothing of it.
      const desired =
        desiredMin !== null
          ? [t(`${d}.payDesired`, { amount: yuan(desiredMin) })]
          : f.fit === "unknown" && monthlyMin !== null
            ? [t(`${d}.payNoDesired`)]
            : [];
      return [posting, ...desired];
    }
    case "education": {
      const { asked, held } = f.detail;
      if (asked === null || asked === "none") return [t(`${d}.educationAny`)];
      return [
        t(`${d}.educationAsked`, { level: t(`jobs.education.${asked}`) }),
        held === null
          ? t(`${d}.educationNoHeld`)
          : t(`${d}.educationHeld`, { level: t(`jobs.education.${held}`) }),
      ];
    }
    case "experience": {
      const { askedYears, heldYears } = f.detail;
      if (askedYears === null || askedYears === 0) return [t(`${d}.experienceAny`)];
      return [
        t(`${d}.experienceAsked`, { count: askedYears }),
        heldYears === null ? t(`${d}.experienceNoHeld`) : t(`${d}.experienceHeld`, { count: heldYears }),
      ];
    }
    case "hours": {
      const { postingHours, source, desiredHours } = f.detail;
      return [
        postingHours === null
          ? t(`${d}.hoursNoPosting`)
          : t(`${d}.hoursPosting`, { hours: postingHours }) +
            (source === "type" ? t(`${d}.hoursFromType`) : ""),
        desiredHours === null ? t(`${d}.hoursNoDesired`) : t(`${d}.hoursDesired`, { hours: desiredHours }),
      ];
    }
    case "type": {
      const { asked, desired } = f.detail;
      return [
        t(`${d}.typeAsked`, { type: t(`jobs.types.${asked}`) }),
        desired.length === 0
          ? t(`${d}.typeNoDesired`)
          : t(`${d}.typeDesired`, {
              types: desired.map((type) => t(`jobs.types.${type}`)).join(t("matching.listSeparator")),
            }),
      ];
    }
  }
}

/** One factor's detail as a sentence of labelled parts. */
export function FactorDetail({ factor }: { factor: MatchFactor }) {
  const { t } = useTranslation();
  const pieces = parts(t, factor);
  return (
    <>
      {pieces.map((piece, index) => (
        // The parts are fixed per factor: their place is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Fragment key={index}>
          {index > 0 && t("matching.separator")}
          {piece}
        </Fragment>
      ))}
    </>
  );
}
