import { PhoneOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { useTranslation } from "react-i18next";

type Channel = "hotline" | "inspection" | "mediation" | "arbitration" | "legalAid";

const CHANNELS: readonly { key: Channel; phone?: string }[] = [
  { key: "hotline", phone: "12333" },
  { key: "inspection" },
  { key: "mediation" },
  { key: "arbitration" },
  { key: "legalAid", phone: "12348" },
];

/** The lawful channels for labour rights: general information that holds everywhere. */
export function RightsPage() {
  const { t } = useTranslation();
  return (
    <article aria-labelledby="rights-title">
      <h1 id="rights-title">{t("rights.title")}</h1>
      <p>{t("rights.intro")}</p>
      <div className="channel-list">
        {CHANNELS.map(({ key, phone }) => (
          <section key={key} className="panel" aria-labelledby={`channel-${key}`}>
            <h2 id={`channel-${key}`}>{t(`rights.${key}Title`)}</h2>
            <p>{t(`rights.${key}Text`)}</p>
            {phone && (
              <Button href={`tel:${phone}`} icon={<PhoneOutlined />} style={{ marginTop: 12 }}>
                {phone}
              </Button>
            )}
          </section>
        ))}
      </div>
      <p style={{ color: "#52606d", fontSize: 13 }}>{t("rights.note")}</p>
    </article>
  );
}
