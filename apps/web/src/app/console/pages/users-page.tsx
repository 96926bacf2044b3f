import { PlusOutlined } from "@ant-design/icons";
import { ROLES, type Role } from "@jiuye/contract/route";
import { App, Button, Drawer, Flex, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DepartmentSelect } from "../../../features/organisations/components/department-select.tsx";
import { RegionSelect } from "../../../features/regions/components/region-select.tsx";
import { CreateUserForm } from "../../../features/users/components/create-user-form.tsx";
import { UsersTable } from "../../../features/users/components/users-table.tsx";

/** Accounts: list by role, unlock, and create staff accounts. */
export function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [role, setRole] = useState<Role | undefined>();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <Flex gap={12} wrap justify="space-between" style={{ marginBottom: 16 }}>
        <Select<Role>
          allowClear
          placeholder={t("users.allRoles")}
          aria-label={t("users.role")}
          value={role}
          onChange={setRole}
          style={{ width: 180 }}
          options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t("users.create")}
        </Button>
      </Flex>
      <UsersTable role={role} />
      <Drawer title={t("users.create")} open={creating} onClose={() => setCreating(false)} size={440}>
        <CreateUserForm
          regionSelect={<RegionSelect placeholder={t("auth.regionPlaceholder")} />}
          departmentSelect={<DepartmentSelect />}
          onCreated={() => {
            void message.success(t("users.created"));
            setCreating(false);
          }}
        />
      </Drawer>
    </>
  );
}
