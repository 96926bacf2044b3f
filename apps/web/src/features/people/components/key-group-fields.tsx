import { Checkbox, Col, Form, Input, InputNumber, Row, Select } from "antd";
import { useTranslation } from "react-i18next";
import { useHardshipCategories } from "../api/get-hardship-categories.ts";

const FLAGS = ["registeredUnemployed", "veteran", "ruralWorker", "lowIncome"] as const;

/**
 * The key groups a person may say they belong to: graduates, the registered unemployed, the region's
 * 就业困难人员 categories, disabled people (with their certificate), veterans, rural workers, low income.
 */
export function KeyGroupFields({ maskedCertificate }: { maskedCertificate: string | null }) {
  const { t } = useTranslation();
  const regionCode = Form.useWatch<string | undefined>("regionCode");
  const disabled = Form.useWatch<boolean | undefined>("disabled");
  const categories = useHardshipCategories(regionCode);
  const thisYear = new Date().getFullYear();

  return (
    <>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item name="graduateYear" label={t("people.graduateYear")}>
            <InputNumber min={1950} max={thisYear + 6} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={10}>
          <Form.Item name="graduateSchool" label={t("people.graduateSchool")} rules={[{ max: 100 }]}>
            <Input maxLength={100} placeholder={t("personForm.graduateSchoolPlaceholder")} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="hardshipCategory" label={t("people.hardshipCategory")}>
            <Select
              allowClear
              disabled={!regionCode}
              loading={categories.isFetching}
              placeholder={
                regionCode ? t("personForm.hardshipPlaceholder") : t("personForm.hardshipNeedsRegion")
              }
              options={(categories.data?.items ?? []).map((c) => ({ value: c.code, label: c.name }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        {FLAGS.map((flag) => (
          <Col key={flag} xs={12} md={6}>
            <Form.Item name={flag} valuePropName="checked" style={{ marginBottom: 8 }}>
              <Checkbox>{t(`people.${flag}`)}</Checkbox>
            </Form.Item>
          </Col>
        ))}
        <Col xs={12} md={6}>
          <Form.Item name="disabled" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox>{t("people.disabled")}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      {disabled && (
        <Form.Item
          name="disabilityCertificate"
          label={t("people.disabilityCertificate")}
          extra={maskedCertificate ? t("personForm.reenter", { masked: maskedCertificate }) : undefined}
          rules={[{ max: 30 }]}
          style={{ maxWidth: 360 }}
        >
          <Input maxLength={30} autoComplete="off" spellCheck={false} />
        </Form.Item>
      )}
    </>
  );
}
