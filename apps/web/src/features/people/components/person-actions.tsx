import { AuditOutlined, DeleteOutlined, PhoneOutlined, SwapOutlined } from "@ant-design/icons";
import type { Person } from "@jiuye/contract/people";
import { Button, Dropdown, Flex } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CheckAction } from "../api/check-person.ts";
import { ContactDialog } from "./contact-dialog.tsx";
import { CheckDialog, EraseDialog, StatusDialog } from "./person-dialogs.tsx";

/** The data-check steps a record at this stage can take; the server decides whether this account may. */
function checkActions(stage: Person["checkStage"]): CheckAction[] {
  if (stage === "entered") return ["check", "return"];
  if (stage === "township_checked") return ["return"];
  if (stage === "county_sampled") return ["verify", "return"];
  return [];
}

/** What staff can do with a person in their jurisdiction: record a contact, change status, check, erase. */
export function PersonActions({ person, onErased }: { person: Person; onErased: () => void }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<"contact" | "status" | "erase" | null>(null);
  const [checking, setChecking] = useState<CheckAction | null>(null);
  const steps = checkActions(person.check.stage);
  const close = () => setDialog(null);
  return (
    <Flex gap={8} wrap>
      <Button type="primary" icon={<PhoneOutlined />} onClick={() => setDialog("contact")}>
        {t("peopleConsole.recordContact")}
      </Button>
      <Button icon={<SwapOutlined />} onClick={() => setDialog("status")}>
        {t("peopleConsole.changeStatus")}
      </Button>
      {steps.length > 0 && (
        <Dropdown
          menu={{
            items: steps.map((step) => ({
              key: step,
              label: t(`peopleConsole.${step}`),
              danger: step === "return",
            })),
            onClick: ({ key }) => setChecking(steps.find((step) => step === key) ?? null),
          }}
        >
          <Button icon={<AuditOutlined />}>{t("console.peopleChecks")}</Button>
        </Dropdown>
      )}
      <Button danger type="text" icon={<DeleteOutlined />} onClick={() => setDialog("erase")}>
        {t("peopleConsole.erase")}
      </Button>
      <ContactDialog person={dialog === "contact" ? person : null} onClose={close} />
      <StatusDialog person={person} open={dialog === "status"} onClose={close} />
      <CheckDialog person={person} action={checking} onClose={() => setChecking(null)} />
      <EraseDialog person={person} open={dialog === "erase"} onClose={close} onErased={onErased} />
    </Flex>
  );
}
