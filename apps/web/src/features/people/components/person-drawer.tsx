import { Drawer, Space, Tabs } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageSpinner } from "../../../components/page-spinner.tsx";
import { usePerson } from "../api/get-person.ts";
import { PersonActions } from "./person-actions.tsx";
import { PersonDetail } from "./person-detail.tsx";
import { EmploymentStatusTag } from "./status-tags.tsx";

interface PersonDrawerProps {
  personId: string | null;
  onClose: () => void;
  /** Staff of the jurisdiction: reveal, contact, status, checks, erase. Leadership only read. */
  canManage: boolean;
  /** The postings that fit the person, on a tab of their own (from the matching feature). */
  matches?: (personId: string) => ReactNode;
}

/** One person's record beside the list it was opened from; every opening is audited by the server. */
export function PersonDrawer({ personId, onClose, canManage, matches }: PersonDrawerProps) {
  const { t } = useTranslation();
  const person = usePerson(personId);
  return (
    <Drawer
      open={personId !== null}
      onClose={onClose}
      size={760}
      destroyOnHidden
      title={
        person.data ? (
          <Space wrap>
            {person.data.name}
            <EmploymentStatusTag status={person.data.status} />
          </Space>
        ) : (
          t("peopleConsole.details")
        )
      }
      footer={person.data && canManage ? <PersonActions person={person.data} onErased={onClose} /> : null}
    >
      {person.isPending ? (
        <PageSpinner />
      ) : person.isError ? (
        <ErrorAlert error={person.error} onRetry={() => void person.refetch()} />
      ) : matches ? (
        <Tabs
          key={person.data.id}
          items={[
            {
              key: "record",
              label: t("peopleConsole.details"),
              children: <PersonDetail person={person.data} canReveal={canManage} />,
            },
            // Matches are computed when the tab is first opened, not with every record opened.
            { key: "matches", label: t("matching.personTab"), children: matches(person.data.id) },
          ]}
        />
      ) : (
        <PersonDetail key={person.data.id} person={person.data} canReveal={canManage} />
      )}
    </Drawer>
  );
}
