import { EDUCATION_LEVELS, EMPLOYMENT_TYPES } from "@jiuye/contract/job-postings";
import { EMPLOYMENT_STATUSES } from "@jiuye/contract/people";
import {
  Checkbox,
  Col,
  DatePicker,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Switch,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { CertificateFields } from "./certificate-fields.tsx";
import { KeyGroupFields } from "./key-group-fields.tsx";
import type { MaskedNumbers } from "./person-form-values.ts";

export interface OccupationsSlotProps {
  /** The skills typed so far, for the occupation suggestions to follow. */
  hints: { title: string; description: string };
}

interface PersonFieldsProps {
  /** Region of residence: the region picker (it receives `value` and `onChange`). */
  regionSelect: ReactElement;
  /** Desired places: a picker of several regions. */
  regionListSelect: ReactElement;
  /** Desired occupations: a picker of several 大典 occupations. */
  occupationsPicker: (props: OccupationsSlotProps) => ReactElement;
  /** On an edit: the numbers as the server shows them; left blank, they are kept. */
  masked?: MaskedNumbers;
}

const ID_NUMBER = /^\d{17}[\dX]$/;

/** Date fields hold `YYYY-MM-DD` strings; the picker works with dayjs. */
export const dateField = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format("YYYY-MM-DD") : null),
};

/** Every registry field of a person, grouped: who they are, the work they want, the groups they belong to. */
export function PersonFields({
  regionSelect,
  regionListSelect,
  occupationsPicker,
  masked,
}: PersonFieldsProps) {
  const { t } = useTranslation();
  const skills = Form.useWatch<string[] | undefined>("skills");
  const required = (field: string) => ({ required: true, message: t("personForm.required", { field }) });
  const reenter = (value: string | null | undefined) =>
    value ? t("personForm.reenter", { masked: value }) : undefined;

  return (
    <>
      <Divider titlePlacement="start">{t("personForm.identity")}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label={t("people.name")} rules={[required(t("people.name")), { max: 50 }]}>
            <Input autoComplete="name" maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="idNumber"
            label={t("people.idNumber")}
            extra={reenter(masked?.idNumber) ?? t("personForm.idNumberHelp")}
            normalize={(value: string) => value.replace(/\s/g, "").toUpperCase()}
            rules={[
              ...(masked ? [] : [required(t("people.idNumber"))]),
              { pattern: ID_NUMBER, message: t("personForm.idNumberInvalid") },
            ]}
          >
            <Input maxLength={18} inputMode="text" autoComplete="off" spellCheck={false} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="phone"
            label={t("people.phone")}
            extra={reenter(masked?.phone) ?? t("personForm.phoneHelp")}
            rules={[{ max: 20 }, { pattern: /^[\d\s()+-]*$/, message: t("personForm.phoneHelp") }]}
          >
            <Input type="tel" inputMode="tel" autoComplete="tel" maxLength={20} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="regionCode" label={t("people.region")} rules={[required(t("people.region"))]}>
            {regionSelect}
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="education" label={t("people.education")}>
            <Select
              allowClear
              options={EDUCATION_LEVELS.map((level) => ({
                value: level,
                label: t(`jobs.education.${level}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="experienceYears" label={t("people.experienceYears")}>
            <InputNumber min={0} max={60} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="skills" label={t("people.skills")}>
            <Select
              mode="tags"
              placeholder={t("personForm.skillsPlaceholder")}
              tokenSeparators={[",", "，", "、"]}
              maxCount={30}
              open={false}
              suffixIcon={null}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t("people.certificates")}>
        <CertificateFields />
      </Form.Item>

      <Divider titlePlacement="start">{t("personForm.wishes")}</Divider>
      <Form.Item
        name="desiredOccupations"
        label={t("people.desiredOccupations")}
        extra={t("personForm.occupationsHelp")}
      >
        {occupationsPicker({ hints: { title: (skills ?? []).join(" "), description: "" } })}
      </Form.Item>
      <Form.Item name="desiredRegionCodes" label={t("people.desiredRegions")}>
        {regionListSelect}
      </Form.Item>
      <Row gutter={16}>
        <Col xs={12} md={8}>
          <Form.Item name="desiredPayMin" label={t("people.desiredPayMin")}>
            <InputNumber min={0} max={1_000_000} step={500} suffix="元" style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name="desiredHoursPerWeek"
            label={t("people.desiredHoursPerWeek")}
            extra={t("personForm.hoursHelp")}
          >
            <InputNumber min={1} max={84} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="availableFrom" label={t("people.availableFrom")} {...dateField}>
            <DatePicker style={{ width: "100%" }} placeholder={t("people.availableNow")} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="desiredEmploymentTypes" label={t("people.desiredEmploymentTypes")}>
        <Checkbox.Group
          options={EMPLOYMENT_TYPES.map((type) => ({ value: type, label: t(`jobs.types.${type}`) }))}
        />
      </Form.Item>
      <Form.Item name="willingElsewhere" label={t("people.willingElsewhere")} valuePropName="checked">
        <Switch checkedChildren={t("people.yes")} unCheckedChildren={t("people.no")} />
      </Form.Item>

      <Divider titlePlacement="start">{t("people.keyGroups")}</Divider>
      <Typography.Paragraph type="secondary">{t("personForm.keyGroups")}</Typography.Paragraph>
      <KeyGroupFields maskedCertificate={masked?.disabilityCertificate ?? null} />
    </>
  );
}

/** The employment status a registration starts with, and since when (not after today). */
export function StatusFields() {
  const { t } = useTranslation();
  return (
    <>
      <Divider titlePlacement="start">{t("personForm.statusSection")}</Divider>
      <Flex gap={16} wrap>
        <Form.Item name={["status", "status"]} label={t("people.status")} rules={[{ required: true }]}>
          <Select
            style={{ width: 180 }}
            options={EMPLOYMENT_STATUSES.map((s) => ({ value: s, label: t(`people.statuses.${s}`) }))}
          />
        </Form.Item>
        <Form.Item
          name={["status", "since"]}
          label={t("personForm.since")}
          extra={t("personForm.sinceHelp")}
          {...dateField}
        >
          <DatePicker disabledDate={(day) => day.isAfter(dayjs(), "day")} />
        </Form.Item>
      </Flex>
    </>
  );
}
