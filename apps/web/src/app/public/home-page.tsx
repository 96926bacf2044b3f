import { RightOutlined } from "@ant-design/icons";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ButtonLink } from "../../components/button-link.tsx";
import { useSession } from "../../features/auth/api/get-session.ts";
import { CONTENT_SECTIONS } from "./sections.tsx";

/** What the platform offers, a way into each section, and registration or login. */
export function HomePage() {
  const { t } = useTranslation();
  const user = useSession().data?.user;
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t("home.title")}</h1>
        <p>{t("home.lead")}</p>
        {!user && (
          <div className="hero-actions">
            <ButtonLink to="/register" size="large">
              {t("nav.register")}
            </ButtonLink>
            <ButtonLink to="/login" size="large" ghost>
              {t("nav.login")}
            </ButtonLink>
          </div>
        )}
      </section>

      <h2>{t("home.sectionsTitle")}</h2>
      <div className="section-grid">
        {CONTENT_SECTIONS.map((section) => (
          <Link key={section.key} to={section.path} className="section-card">
            <span className="section-icon" aria-hidden>
              {section.icon}
            </span>
            <span>
              <strong>
                {t(`nav.${section.key}`)}{" "}
                {section.coming && (
                  <Tag color="default" variant="outlined">
                    {t("home.comingTag")}
                  </Tag>
                )}
              </strong>
              <span className="text">{t(`home.${section.key}`)}</span>
            </span>
            <RightOutlined aria-hidden />
          </Link>
        ))}
      </div>

      {!user && (
        <section className="panel" aria-labelledby="account-title">
          <h2 id="account-title">{t("home.accountTitle")}</h2>
          <p>{t("home.accountText")}</p>
          <div className="hero-actions">
            <ButtonLink to="/register" type="primary">
              {t("nav.register")}
            </ButtonLink>
            <ButtonLink to="/login">{t("nav.login")}</ButtonLink>
          </div>
          <p>
            <Link to="/console/login">{t("home.staffEntry")}</Link>
          </p>
        </section>
      )}
    </>
  );
}
