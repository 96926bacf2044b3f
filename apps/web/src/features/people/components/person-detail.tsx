import { EyeOutlined } from "@ant-design/icons";
import type { Person } from "@jiuye/contract/people";
import { Alert, Button, Divider, Empty, Flex, Space, Tag, Timeline, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import "./people.css";
import { PersonDescriptions } from "./person-descriptions.tsx";
import { RevealDialog, type RevealedNumbers } from "./reveal-dialog.tsx";
import { CheckStageTag, EmploymentStatusTag, FollowUpTag } from "./status-tags.tsx";

const at = (iso: string) => dayjs(iso).format("YYYY-MM-DD HH:mm");

/** The employment statuses a person has had, newest first. */
export function StatusHistory({ person }: { person: Person }) {
  const { t } = useTranslation();
  if (person.statusHistory.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      items={person.statusHistory.map((entry, index) => ({
        key: `${entry.since}-${index}`,
        content: (
          <>
            <Typography.Text type="secondary">{entry.since}</Typography.Text>{" "}
            <EmploymentStatusTag status={entry.status} />
            {entry.recordedBy && (
              <Typography.Text type="secondary">
                {" "}
                · {t("peopleConsole.recordedBy", { name: entry.recordedBy })}
              </Typography.Text>
            )}
          </>
        ),
      }))}
    />
  );
}

/** The follow-up contacts with a person: when, how, what was offered, and the note. */
export function ContactList({ person, emptyText }: { person: Person; emptyText: string }) {
  const { t } = useTranslation();
  if (person.contacts.length === 0) return <Typography.Text type="secondary">{emptyText}</Typography.Text>;
  return (
    <Timeline
      items={person.contacts.map((contact) => ({
        key: contact.id,
        content: (
          <>
            <Typography.Text type="secondary">{contact.contactedOn}</Typography.Text>{" "}
            <Tag>{t(`people.channels.${contact.channel}`)}</Tag>
            {contact.offered.map((offer) => (
              <Tag key={offer} color="blue">
                {t(`people.offers.${offer}`)}
              </Tag>
            ))}
            {contact.recordedBy && (
              <Typography.Text type="secondary">
                {t("peopleConsole.recordedBy", { name: contact.recordedBy })}
              </Typography.Text>
            )}
            {contact.note && <div className="person-note">{contact.note}</div>}
          </>
        ),
      }))}
    />
  );
}

/** A person as staff see them: masked numbers (revealed for a stated reason), follow-up, history and checks. */
export function PersonDetail({ person, canReveal }: { person: Person; canReveal: boolean }) {
  const { t } = useTranslation();
  const none = t("common.none");
  const [revealing, setRevealing] = useState(false);
  const [revealed, setRevealed] = useState<RevealedNumbers | undefined>();

  return (
    <>
      {person.check.stage === "returned" && person.check.note && (
        <Alert
          type="warning"
          showIcon
          title={t("people.checkStages.returned")}
          description={person.check.note}
          style={{ marginBottom: 16 }}
        />
      )}
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space wrap>
          <CheckStageTag stage={person.check.stage} />
          <FollowUpTag followUp={person.followUp} />
          <Typography.Text type="secondary">
            {t("people.lastContact")}：{person.followUp.lastContactOn ?? none}
          </Typography.Text>
        </Space>
        {canReveal && (
          <Button icon={<EyeOutlined />} onClick={() => setRevealing(true)}>
            {t("peopleConsole.reveal")}
          </Button>
        )}
      </Flex>
      {revealed && (
        <Alert type="warning" showIcon title={t("peopleConsole.revealed")} style={{ marginBottom: 12 }} />
      )}
      <PersonDescriptions person={person} revealed={revealed} />
      <Divider />
      <Typography.Title level={5}>{t("peopleConsole.contacts")}</Typography.Title>
      <ContactList person={person} emptyText={t("peopleConsole.noneYet")} />
      <Typography.Title level={5}>{t("peopleConsole.statusHistory")}</Typography.Title>
      <StatusHistory person={person} />
      <Typography.Title level={5}>{t("peopleConsole.checkHistory")}</Typography.Title>
      <Timeline
        items={person.check.history.map((event, index) => ({
          key: `${event.at}-${index}`,
          color:
            event.toStage === "returned" ? "red" : event.toStage === "county_verified" ? "green" : "blue",
          content: (
            <>
              <Typography.Text type="secondary">{at(event.at)}</Typography.Text> {event.actorName ?? none}
              {" · "}
              {event.fromStage && `${t(`people.checkStages.${event.fromStage}`)} → `}
              {t(`people.checkStages.${event.toStage}`)}
              {event.note && <div className="person-note">{event.note}</div>}
            </>
          ),
        }))}
      />
      <RevealDialog
        person={person}
        open={revealing}
        onClose={() => setRevealing(false)}
        onRevealed={setRevealed}
      />
    </>
  );
}
