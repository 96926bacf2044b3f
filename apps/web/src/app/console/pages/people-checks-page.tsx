import { CHECK_STAGES } from "@jiuye/contract/people";
import { Flex, Tabs, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PersonMatches } from "../../../features/matching/components/person-matches.tsx";
import type { PeopleFilters as Filters } from "../../../features/people/api/get-people.ts";
import { PeopleFilters } from "../../../features/people/components/people-filters.tsx";
import { PeopleTable } from "../../../features/people/components/people-table.tsx";
import { PersonDrawer } from "../../../features/people/components/person-drawer.tsx";
import { SampleForm } from "../../../features/people/components/sample-form.tsx";
import { usePersonParam } from "../../../features/people/hooks/use-person-param.ts";
import { RegionSelect } from "../../../features/regions/components/region-select.tsx";

type Stage = (typeof CHECK_STAGES)[number];

/** 数据核查: records by check stage (townships check entries, counties verify their sample), and the county sample. */
export function PeopleChecksPage() {
  const { t } = useTranslation();
  const [stage, setStage] = useState<Stage>("entered");
  const [filters, setFilters] = useState<Filters>({});
  const [personId, openPerson] = usePersonParam();
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t("peopleConsole.checksLead")}
      </Typography.Paragraph>
      <SampleForm regionSelect={<RegionSelect placeholder={t("peopleConsole.sampleRegionHelp")} />} />
      <div>
        <Tabs
          activeKey={stage}
          onChange={(key) => setStage(CHECK_STAGES.find((known) => known === key) ?? "entered")}
          items={CHECK_STAGES.map((key) => ({ key, label: t(`people.checkStages.${key}`) }))}
        />
        <PeopleFilters
          value={filters}
          onChange={setFilters}
          withoutStage
          regionSelect={<RegionSelect placeholder={t("console.allRegions")} />}
        />
        <PeopleTable filters={{ ...filters, checkStage: stage }} onOpen={(person) => openPerson(person.id)} />
      </div>
      <PersonDrawer
        personId={personId}
        onClose={() => openPerson(null)}
        canManage
        matches={(id) => <PersonMatches personId={id} />}
      />
    </Flex>
  );
}
