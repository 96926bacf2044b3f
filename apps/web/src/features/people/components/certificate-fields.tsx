import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { CERTIFICATE_KINDS } from "@jiuye/contract/people";
import { Button, Flex, Form, Input, Select } from "antd";
import { useTranslation } from "react-i18next";

const LEVELS = [1, 2, 3, 4, 5] as const;

/** A person's certificates: 职业资格 by name, 职业技能等级 by name and level (一级 … 五级). */
export function CertificateFields() {
  const { t } = useTranslation();
  const required = (field: string) => ({ required: true, message: t("personForm.required", { field }) });
  return (
    <Form.List name="certificates">
      {(rows, { add, remove }) => (
        <Flex vertical gap={8}>
          {rows.map(({ key, name }) => (
            <Flex key={key} gap={8} wrap align="start">
              <Form.Item name={[name, "kind"]} noStyle rules={[required(t("personForm.certificateKind"))]}>
                <Select
                  aria-label={t("personForm.certificateKind")}
                  style={{ width: 140 }}
                  options={CERTIFICATE_KINDS.map((kind) => ({
                    value: kind,
                    label: t(`people.certificateKinds.${kind}`),
                  }))}
                />
              </Form.Item>
              <Form.Item
                name={[name, "name"]}
                noStyle
                rules={[{ ...required(t("personForm.certificateName")), whitespace: true }, { max: 50 }]}
              >
                <Input
                  aria-label={t("personForm.certificateName")}
                  placeholder={t("personForm.certificateName")}
                  maxLength={50}
                  style={{ flex: "1 1 160px", minWidth: 0 }}
                />
              </Form.Item>
              <Form.Item noStyle dependencies={[["certificates", name, "kind"]]}>
                {({ getFieldValue }) =>
                  getFieldValue(["certificates", name, "kind"]) === "skill_level" && (
                    <Form.Item
                      name={[name, "level"]}
                      noStyle
                      rules={[required(t("personForm.certificateLevel"))]}
                    >
                      <Select
                        aria-label={t("personForm.certificateLevel")}
                        placeholder={t("personForm.certificateLevel")}
                        style={{ width: 150 }}
                        options={LEVELS.map((level) => ({
                          value: level,
                          label: t(`people.levels.${level}`),
                        }))}
                      />
                    </Form.Item>
                  )
                }
              </Form.Item>
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t("personForm.remove")}
                title={t("personForm.remove")}
                onClick={() => remove(name)}
              />
            </Flex>
          ))}
          {rows.length < 20 && (
            <div>
              <Button icon={<PlusOutlined />} onClick={() => add({ kind: "skill_level", name: "" })}>
                {t("personForm.addCertificate")}
              </Button>
            </div>
          )}
        </Flex>
      )}
    </Form.List>
  );
}
