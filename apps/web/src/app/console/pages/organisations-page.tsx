import { PlusOutlined } from "@ant-design/icons";
import { App, Button, Drawer, Flex, Input, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OrganisationFilters } from "../../../features/organisations/api/get-organisations.ts";
import { CreateOrganisationForm } from "../../../features/organisations/components/create-organisation-form.tsx";
import { OrganisationsTable } from "../../../features/organisations/components/organisations-table.tsx";
import { RegionSelect } from "../../../features/regions/components/region-select.tsx";
import { useConsoleUser } from "../console-user.ts";

type Kind = NonNullable<OrganisationFilters["kind"]>;

/** Employers and agencies: search, verify and register (caseworkers and administrators). */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useConsoleUser();
  const canManage = user.role === "staff" || user.role === "admin";
  const [filters, setFilters] = useState<OrganisationFilters>({ kind: "employer" });
  const [creating, setCreating] = useState(false);
  return (
    <>
      <Flex gap={12} wrap justify="space-between" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap>
          <Input.Search
            allowClear
            maxLength={50}
            placeholder={t("organisations.searchPlaceholder")}
            aria-label={t("organisations.searchPlaceholder")}
            onSearch={(q) => setFilters((current) => ({ ...current, q: q.trim() || undefined }))}
            style={{ width: 240 }}
          />
          <Select<Kind>
            aria-label={t("organisations.kind")}
            value={filters.kind}
            onChange={(kind) => setFilters((current) => ({ ...current, kind }))}
            style={{ width: 160 }}
            options={(["employer", "agency"] as const).map((value) => ({
              value,
              label: t(`organisations.kinds.${value}`),
            }))}
          />
        </Flex>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t("organisations.create")}
          </Button>
        )}
      </Flex>
      <OrganisationsTable filters={filters} canVerify={canManage} />
      {canManage && (
        <Drawer
          title={t("organisations.create")}
          open={creating}
          onClose={() => setCreating(false)}
          size={440}
        >
          <CreateOrganisationForm
            regionSelect={<RegionSelect placeholder={t("auth.regionPlaceholder")} />}
            onCreated={() => {
              void message.success(t("organisations.created"));
              setCreating(false);
            }}
          />
        </Drawer>
      )}
    </>
  );
}
