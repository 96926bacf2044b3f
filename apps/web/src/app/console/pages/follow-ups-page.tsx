import { EMPLOYMENT_STATUSES, type PersonSummary } from "@jiuye/contract/people";
import { Flex, Select, Switch, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PersonMatches } from "../../../features/matching/components/person-matches.tsx";
import type { FollowUpFilters } from "../../../features/people/api/get-follow-ups.ts";
import { ContactDialog } from "../../../features/people/components/contact-dialog.tsx";
import { FollowUpTable } from "../../../features/people/components/follow-up-table.tsx";
import { PersonDrawer } from "../../../features/people/components/person-drawer.tsx";
import { usePersonParam } from "../../../features/people/hooks/use-person-param.ts";
import { RegionSelect } from "../../../features/regions/components/region-select.tsx";

const WITHIN = [0, 7, 30] as const;

interface Worklist {
  within: number;
  overdueOnly: boolean;
  status?: FollowUpFilters["status"];
  region?: string;
}

/** 跟踪回访: the follow-ups due and overdue in one's jurisdiction, each contact recorded from its row. */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Worklist>({ within: 7, overdueOnly: false });
  const [contacting, setContacting] = useState<PersonSummary | null>(null);
  const [personId, openPerson] = usePersonParam();
  const change = (patch: Partial<Worklist>) => setFilters((current) => ({ ...current, ...patch }));

  return (
    <>
      <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
        <Select
          aria-label={t("peopleConsole.followUpsWithin")}
          value={filters.within}
          onChange={(within) => change({ within })}
          style={{ width: 180 }}
          options={WITHIN.map((days) => ({
            value: days,
            label:
              days === 0 ? t("peopleConsole.withinToday") : t("peopleConsole.withinDays", { count: days }),
          }))}
        />
        <Select
          allowClear
          placeholder={t("peopleConsole.allStatuses")}
          aria-label={t("people.status")}
          value={filters.status}
          onChange={(status) => change({ status })}
          style={{ width: 140 }}
          options={EMPLOYMENT_STATUSES.slice(0, 3).map((s) => ({
            value: s,
            label: t(`people.statuses.${s}`),
          }))}
        />
        <div style={{ minWidth: 220 }}>
          <RegionSelect
            placeholder={t("console.allRegions")}
            value={filters.region}
            onChange={(region) => change({ region })}
          />
        </div>
        <Flex gap={8} align="center">
          <Switch
            id="overdue-only"
            checked={filters.overdueOnly}
            onChange={(overdueOnly) => change({ overdueOnly })}
          />
          <Typography.Text>
            <label htmlFor="overdue-only">{t("peopleConsole.overdueOnly")}</label>
          </Typography.Text>
        </Flex>
      </Flex>
      <FollowUpTable
        filters={{ ...filters, overdueOnly: filters.overdueOnly ? "true" : "false" }}
        onOpen={(person) => openPerson(person.id)}
        onContact={setContacting}
      />
      <ContactDialog person={contacting} onClose={() => setContacting(null)} />
      <PersonDrawer
        personId={personId}
        onClose={() => openPerson(null)}
        canManage
        matches={(id) => <PersonMatches personId={id} />}
      />
    </>
  );
}
