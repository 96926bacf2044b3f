import type { Person, PersonSummary } from "@jiuye/contract/people";
import { Tag, Tooltip } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";

const STATUS_COLOURS: Record<Person["status"], string> = {
  employed_stable: "green",
  employed_flexible: "gold",
  unemployed: "red",
  not_in_labour_force: "default",
  studying: "blue",
  retired: "default",
};

/** A person's employment status, coloured as the follow-up cadence is: red, yellow, green. */
export function EmploymentStatusTag({ status }: { status: Person["status"] }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOURS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`people.statuses.${status}`)}
    </Tag>
  );
}

const FOLLOW_UP_COLOURS = { red: "red", yellow: "gold", green: "green" } as const;

/**
 * When a person is next to be contacted: a red, yellow or green tag (the status's cadence) saying
 * how overdue or how soon, with the due date. Nothing for people not followed up.
 */
export function FollowUpTag({ followUp, today }: { followUp: PersonSummary["followUp"]; today?: string }) {
  const { t } = useTranslation();
  if (followUp.colour === null || followUp.dueOn === null) return null;
  const days = dayjs(followUp.dueOn).diff(dayjs(today).startOf("day"), "day");
  const when =
    days < 0
      ? t("peopleConsole.overdueBy", { count: -days })
      : days === 0
        ? t("peopleConsole.dueToday")
        : t("peopleConsole.dueIn", { count: days });
  const colourName = t(`people.colours.${followUp.colour}`);
  return (
    <Tooltip title={`${t("people.dueOn")} ${followUp.dueOn}`}>
      <Tag color={FOLLOW_UP_COLOURS[followUp.colour]} style={{ marginInlineEnd: 0 }}>
        <span className="visually-hidden">{colourName} · </span>
        {when}
      </Tag>
    </Tooltip>
  );
}

const STAGE_COLOURS: Record<Person["checkStage"], string> = {
  entered: "default",
  township_checked: "blue",
  county_sampled: "purple",
  county_verified: "green",
  returned: "volcano",
};

/** Where a record stands in the village → township → county data checks. */
export function CheckStageTag({ stage }: { stage: Person["checkStage"] }) {
  const { t } = useTranslation();
  return (
    <Tag color={STAGE_COLOURS[stage]} style={{ marginInlineEnd: 0 }}>
      {t(`people.checkStages.${stage}`)}
    </Tag>
  );
}
