import { InfoCircleOutlined } from "@ant-design/icons";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { SECTIONS } from "./sections.tsx";

type ComingSection = "policies" | "training" | "entrepreneurship";

/** A section whose content is still being built: says plainly what will be here, and where to turn meanwhile. */
export function ComingSoonPage({ section }: { section: ComingSection }) {
  const { t } = useTranslation();
  const icon = SECTIONS.find((entry) => entry.key === section)?.icon;
  const items = t(`coming.${section}.items`, { returnObjects: true });
  return (
    <article aria-labelledby="section-title">
      <h1 id="section-title">
        <span aria-hidden style={{ marginRight: 8, color: "#0b5cad" }}>
          {icon}
        </span>
        {t(`nav.${section}`)} <Tag color="blue">{t("coming.title")}</Tag>
      </h1>
      <p>{t(`coming.${section}.intro`)}</p>
      <section className="panel">
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="meanwhile-title">
        <h2 id="meanwhile-title">
          <InfoCircleOutlined aria-hidden /> {t("coming.meanwhile")}
        </h2>
        <p style={{ margin: 0 }}>{t(`coming.${section}.meanwhile`)}</p>
      </section>
    </article>
  );
}
