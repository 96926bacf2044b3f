import type { Person } from "@jiuye/contract/people";
import { Descriptions, type DescriptionsProps, Tag, Typography } from "antd";
import dayjs from "dayjs";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { RevealedNumbers } from "./reveal-dialog.tsx";
import { EmploymentStatusTag } from "./status-tags.tsx";

const LEVELS = ["1", "2", "3", "4", "5"] as const;

interface PersonDescriptionsProps {
  person: Person;
  /** Numbers shown in full after an audited reveal; masked otherwise. */
  revealed?: RevealedNumbers;
  column?: DescriptionsProps["column"];
}

/** A person's registry fields, identity numbers masked unless revealed. */
export function PersonDescriptions({ person, revealed, column = { xs: 1, md: 2 } }: PersonDescriptionsProps) {
  const { t } = useTranslation();
  const none = t("common.none");
  const yesNo = (value: boolean) => (value ? t("people.yes") : t("people.no"));
  const tags = (values: readonly string[]) =>
    values.length > 0 ? values.map((value) => <Tag key={value}>{value}</Tag>) : none;
  const number = (masked: string | null, full: string | null | undefined): ReactNode =>
    full ? (
      <Typography.Text strong copyable>
        {full}
      </Typography.Text>
    ) : (
      (masked ?? none)
    );
  const groups = [
    person.registeredUnemployed && t("people.registeredUnemployed"),
    person.hardshipCategory && `${t("people.hardshipCategory")}：${person.hardshipCategory.name}`,
    person.disabled && t("people.disabled"),
    person.veteran && t("people.veteran"),
    person.ruralWorker && t("people.ruralWorker"),
    person.lowIncome && t("people.lowIncome"),
  ].filter((group): group is string => typeof group === "string");

  const items: DescriptionsProps["items"] = [
    { key: "name", label: t("people.name"), children: person.name },
    {
      key: "status",
      label: t("people.status"),
      children: (
        <>
          <EmploymentStatusTag status={person.status} /> {person.statusSince}
        </>
      ),
    },
    {
      key: "idNumber",
      label: t("people.idNumber"),
      children: number(person.idNumberMasked, revealed?.idNumber),
    },
    { key: "phone", label: t("people.phone"), children: number(person.phoneMasked, revealed?.phone) },
    {
      key: "age",
      label: t("people.age"),
      children: `${t("people.ageValue", { count: person.age })}（${person.birthDate}）`,
    },
    { key: "region", label: t("people.region"), children: person.regionName },
    {
      key: "education",
      label: t("people.education"),
      children: person.education ? t(`jobs.education.${person.education}`) : none,
    },
    {
      key: "experienceYears",
      label: t("people.experienceYears"),
      children:
        person.experienceYears === null ? none : t("people.yearsValue", { count: person.experienceYears }),
    },
    { key: "skills", label: t("people.skills"), children: tags(person.skills) },
    {
      key: "certificates",
      label: t("people.certificates"),
      children: tags(
        person.certificates.map((c) => {
          const level = LEVELS.find((known) => Number(known) === c.level);
          return level ? `${c.name}（${t(`people.levels.${level}`)}）` : c.name;
        }),
      ),
    },
    {
      key: "desiredOccupations",
      label: t("people.desiredOccupations"),
      children: tags(person.desiredOccupations.map((o) => o.name)),
    },
    {
      key: "desiredRegions",
      label: t("people.desiredRegions"),
      children: tags(person.desiredRegions.map((r) => r.name)),
    },
    {
      key: "desiredPayMin",
      label: t("people.desiredPayMin"),
      children: person.desiredPayMin === null ? none : t("people.payValue", { amount: person.desiredPayMin }),
    },
    {
      key: "types",
      label: t("people.desiredEmploymentTypes"),
      children: tags(person.desiredEmploymentTypes.map((type) => t(`jobs.types.${type}`))),
    },
    {
      key: "hours",
      label: t("people.desiredHoursPerWeek"),
      children:
        person.desiredHoursPerWeek === null
          ? none
          : t("people.hoursValue", { count: person.desiredHoursPerWeek }),
    },
    {
      key: "availableFrom",
      label: t("people.availableFrom"),
      children: person.availableFrom ?? t("people.availableNow"),
    },
    { key: "elsewhere", label: t("people.willingElsewhere"), children: yesNo(person.willingElsewhere) },
    {
      key: "graduate",
      label: t("people.graduateYear"),
      children: person.graduateYear
        ? [person.graduateYear, person.graduateSchool].filter(Boolean).join(" · ")
        : none,
    },
    { key: "groups", label: t("people.keyGroups"), children: tags(groups) },
    ...(person.disabled
      ? [
          {
            key: "disabilityCertificate",
            label: t("people.disabilityCertificate"),
            children: number(person.disabilityCertificateMasked, revealed?.disabilityCertificate),
          },
        ]
      : []),
    ...(person.household
      ? [{ key: "household", label: t("people.household"), children: person.household.reference }]
      : []),
    { key: "recommendable", label: t("people.recommendable"), children: yesNo(person.recommendable) },
    {
      key: "consent",
      label: t("people.consent"),
      children: t("people.consentGiven", {
        date: person.consent.givenOn,
        method: t(`people.consentMethods.${person.consent.method}`),
        by: person.consent.collectedBy,
      }),
    },
    {
      key: "createdAt",
      label: t("people.createdAt"),
      children: dayjs(person.createdAt).format("YYYY-MM-DD"),
    },
  ];
  return <Descriptions size="small" column={column} items={items} />;
}
