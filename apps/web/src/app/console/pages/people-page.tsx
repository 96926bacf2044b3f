import { PlusOutlined, UploadOutlined } from "@ant-design/icons";
import { CHECK_STAGES, EMPLOYMENT_STATUSES } from "@jiuye/contract/people";
import { Alert, Flex, Space } from "antd";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ButtonLink } from "../../../components/button-link.tsx";
import { PersonMatches } from "../../../features/matching/components/person-matches.tsx";
import type { PeopleFilters as Filters } from "../../../features/people/api/get-people.ts";
import { PeopleFilters } from "../../../features/people/components/people-filters.tsx";
import { PeopleTable } from "../../../features/people/components/people-table.tsx";
import { PersonDrawer } from "../../../features/people/components/person-drawer.tsx";
import { usePersonParam } from "../../../features/people/hooks/use-person-param.ts";
import { RegionSelect } from "../../../features/regions/components/region-select.tsx";
import { useConsoleUser } from "../console-user.ts";

const FILTER_KEYS = ["q", "region", "status", "checkStage"] as const;

/** The list's filters as the address holds them; unknown values are dropped. */
function filtersOf(params: URLSearchParams): Filters {
  const status = EMPLOYMENT_STATUSES.find((known) => known === params.get("status"));
  const checkStage = CHECK_STAGES.find((known) => known === params.get("checkStage"));
  return {
    q: params.get("q") || undefined,
    region: params.get("region") || undefined,
    status,
    checkStage,
  };
}

/** 劳动力资源库: the people of one's jurisdiction, filtered, each record opened beside the list. */
export function PeoplePage() {
  const { t } = useTranslation();
  const user = useConsoleUser();
  const [params, setParams] = useSearchParams();
  const [personId, openPerson] = usePersonParam();
  const canManage = user.role === "staff";
  const filters = filtersOf(params);

  function applyFilters(next: Filters) {
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        for (const key of FILTER_KEYS) {
          const value = next[key];
          if (value) updated.set(key, value);
          else updated.delete(key);
        }
        return updated;
      },
      { replace: true },
    );
  }

  return (
    <>
      {!canManage && (
        <Alert type="info" showIcon title={t("peopleConsole.readOnly")} style={{ marginBottom: 16 }} />
      )}
      <Flex justify="space-between" align="start" wrap gap={12}>
        <PeopleFilters
          value={filters}
          onChange={applyFilters}
          regionSelect={<RegionSelect placeholder={t("console.allRegions")} />}
        />
        {canManage && (
          <Space>
            <ButtonLink to="/console/people/import" icon={<UploadOutlined />}>
              {t("peopleConsole.import")}
            </ButtonLink>
            <ButtonLink to="/console/people/new" type="primary" icon={<PlusOutlined />}>
              {t("peopleConsole.create")}
            </ButtonLink>
          </Space>
        )}
      </Flex>
      <PeopleTable filters={filters} onOpen={(person) => openPerson(person.id)} />
      <PersonDrawer
        personId={personId}
        onClose={() => openPerson(null)}
        canManage={canManage}
        matches={(id) => <PersonMatches personId={id} />}
      />
    </>
  );
}
