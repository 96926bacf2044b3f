import { EDUCATION_LEVELS, EMPLOYMENT_TYPES, SALARY_UNITS } from "@jiuye/contract/job-postings";
import {
  Col,
  DatePicker,
  Divider,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import type { PostingInput } from "../api/save-posting.ts";

interface PostingFormFieldsProps {
  form: FormInstance<PostingInput>;
  employerSelect?: ReactElement;
  regionSelect: ReactElement;
  industrySelect: ReactElement;
  occupationPicker: ReactElement;
}

/** Every field of a posting, grouped as an employer thinks of them: the job, the place, the terms. */
export function PostingFormFields(props: PostingFormFieldsProps) {
  const { form, employerSelect, regionSelect, industrySelect, occupationPicker } = props;
  const { t } = useTranslation();
  const required = (field: string) => ({ required: true, message: t("postingForm.required", { field }) });
  const presets = t("postingForm.benefitPresets", { returnObjects: true });

  return (
    <>
      {employerSelect && (
        <Form.Item
          name="employerId"
          label={t("postingForm.employer")}
          rules={[required(t("postingForm.employer"))]}
        >
          {employerSelect}
        </Form.Item>
      )}
      <Divider titlePlacement="start">{t("postingForm.basics")}</Divider>
      <Form.Item
        name="title"
        label={t("postingForm.title")}
        rules={[required(t("postingForm.title")), { min: 2, max: 100 }]}
      >
        <Input placeholder={t("postingForm.titlePlaceholder")} maxLength={100} showCount />
      </Form.Item>
      <Form.Item
        name="description"
        label={t("postingForm.description")}
        rules={[required(t("postingForm.description")), { min: 10, max: 5000 }]}
      >
        <Input.TextArea
          placeholder={t("postingForm.descriptionPlaceholder")}
          autoSize={{ minRows: 4, maxRows: 12 }}
          maxLength={5000}
          showCount
        />
      </Form.Item>
      <Form.Item name="requirements" label={t("postingForm.requirements")} rules={[{ max: 2000 }]}>
        <Input.TextArea
          placeholder={t("postingForm.requirementsPlaceholder")}
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={2000}
        />
      </Form.Item>
      <Form.Item name="occupationCode" label={t("postingForm.occupation")}>
        {occupationPicker}
      </Form.Item>
      <Form.Item name="industryCode" label={t("postingForm.industry")}>
        {industrySelect}
      </Form.Item>

      <Divider titlePlacement="start">{t("postingForm.place")}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="regionCode"
            label={t("postingForm.region")}
            rules={[required(t("postingForm.region"))]}
          >
            {regionSelect}
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="address" label={t("postingForm.address")} rules={[{ max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="latitude" label={t("postingForm.latitude")}>
            <InputNumber min={-90} max={90} step={0.01} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="longitude" label={t("postingForm.longitude")}>
            <InputNumber min={-180} max={180} step={0.01} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label=" " colon={false} extra={t("postingForm.coordinatesHelp")} />
        </Col>
      </Row>

      <Divider titlePlacement="start">{t("postingForm.pay")}</Divider>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item
            name="salaryMin"
            label={t("postingForm.salaryMin")}
            rules={[required(t("postingForm.salaryMin"))]}
          >
            <InputNumber min={0} max={10_000_000} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="salaryMax"
            label={t("postingForm.salaryMax")}
            dependencies={["salaryMin"]}
            rules={[
              required(t("postingForm.salaryMax")),
              {
                validator: (_, value: number | null | undefined) => {
                  const min = form.getFieldValue("salaryMin");
                  return typeof value === "number" && typeof min === "number" && value < min
                    ? Promise.reject(new Error(t("postingForm.salaryRange")))
                    : Promise.resolve();
                },
              },
            ]}
          >
            <InputNumber min={0} max={10_000_000} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="salaryUnit"
            label={t("postingForm.salaryUnit")}
            rules={[required(t("postingForm.salaryUnit"))]}
          >
            <Radio.Group
              optionType="button"
              options={SALARY_UNITS.map((unit) => ({ value: unit, label: t(`jobs.unitOptions.${unit}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="employmentType"
            label={t("postingForm.employmentType")}
            rules={[required(t("postingForm.employmentType"))]}
          >
            <Radio.Group
              optionType="button"
              options={EMPLOYMENT_TYPES.map((type) => ({ value: type, label: t(`jobs.types.${type}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="headcount" label={t("postingForm.headcount")}>
            <InputNumber min={1} max={100_000} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="validUntil"
            label={t("postingForm.validUntil")}
            getValueProps={(value: string | null | undefined) => ({ value: value ? dayjs(value) : null })}
            normalize={(value: Dayjs | null) => (value ? value.format("YYYY-MM-DD") : null)}
          >
            <DatePicker style={{ width: "100%" }} disabledDate={(day) => day.isBefore(dayjs(), "day")} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="education" label={t("postingForm.education")}>
            <Select
              allowClear
              options={EDUCATION_LEVELS.map((level) => ({
                value: level,
                label: t(`jobs.education.${level}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="experienceYears" label={t("postingForm.experienceYears")}>
            <InputNumber min={0} max={50} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="benefits" label={t("postingForm.benefits")}>
            <Select
              mode="tags"
              placeholder={t("postingForm.benefitsPlaceholder")}
              tokenSeparators={[",", "，", "、"]}
              maxCount={20}
              options={presets.map((preset) => ({ value: preset, label: preset }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="howToApply"
        label={t("postingForm.howToApply")}
        rules={[required(t("postingForm.howToApply")), { min: 2, max: 500 }]}
      >
        <Input.TextArea
          placeholder={t("postingForm.howToApplyPlaceholder")}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={500}
          showCount
        />
      </Form.Item>
    </>
  );
}
