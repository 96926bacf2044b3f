import {
  DownOutlined,
  EnvironmentOutlined,
  KeyOutlined,
  LogoutOutlined,
  UserOutlined,
} from "@ant-design/icons";
import type { SessionUser } from "@jiuye/contract/auth";
import { Button, Dropdown, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../../components/language-switch.tsx";

interface ConsoleHeaderProps {
  user: SessionUser;
  onChangePassword: () => void;
  onLogout: () => void;
  loggingOut: boolean;
}

/** Who is signed in (name, role, region, organisation), the language, and the account's actions. */
export function ConsoleHeader({ user, onChangePassword, onLogout, loggingOut }: ConsoleHeaderProps) {
  const { t } = useTranslation();
  return (
    <Space size="middle" wrap className="console-header-inner">
      <Typography.Text type="secondary" className="console-region">
        <EnvironmentOutlined /> {user.regionName ?? t("console.allRegions")}
        {user.organisationName && ` · ${user.organisationName}`}
      </Typography.Text>
      <LanguageSwitch />
      <Dropdown
        trigger={["click"]}
        menu={{
          items: [
            { key: "password", icon: <KeyOutlined />, label: t("password.change") },
            { key: "logout", icon: <LogoutOutlined />, label: t("nav.logout"), disabled: loggingOut },
          ],
          onClick: ({ key }) => (key === "logout" ? onLogout() : onChangePassword()),
        }}
      >
        <Button type="text">
          <UserOutlined />
          <span>{user.displayName}</span>
          <Tag color="blue" style={{ marginInlineEnd: 0 }}>
            {t(`roles.${user.role}`)}
          </Tag>
          <DownOutlined />
        </Button>
      </Dropdown>
    </Space>
  );
}
