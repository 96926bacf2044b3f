import { Alert, App, Result } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/button-link.tsx";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageSpinner } from "../../components/page-spinner.tsx";
import { useSession } from "../../features/auth/api/get-session.ts";
import { OccupationListPicker } from "../../features/catalogue/components/occupation-list-picker.tsx";
import { useOwnPerson } from "../../features/people/api/get-own-person.ts";
import { OwnPersonForm } from "../../features/people/components/own-person-form.tsx";
import { OwnRecord } from "../../features/people/components/own-record.tsx";
import { RegionListSelect } from "../../features/regions/components/region-list-select.tsx";
import { RegionSelect } from "../../features/regions/components/region-select.tsx";
import { MeNav } from "./me-nav.tsx";

/** 我的求职登记: a job seeker registers in the labour-force registry, or sees, changes, exports or deletes their record. */
export function MyProfilePage() {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.data?.user;
  const own = useOwnPerson(user?.role === "seeker");
  const [editing, setEditing] = useState(false);
  const [registered, setRegistered] = useState(false);
  const title = <title>{`${t("myRecord.title")} - ${t("common.appName")}`}</title>;

  if (session.isPending) return <PageSpinner />;
  if (user?.role !== "seeker") {
    return (
      <>
        {title}
        <Result
          status="info"
          title={t("myRecord.title")}
          subTitle={user ? t("myRecord.seekersOnly") : t("myRecord.loginFirst")}
          extra={
            !user && (
              <ButtonLink to="/login" type="primary">
                {t("nav.login")}
              </ButtonLink>
            )
          }
        />
      </>
    );
  }
  if (own.isPending) return <PageSpinner />;
  if (own.isError) return <ErrorAlert error={own.error} onRetry={() => void own.refetch()} />;

  const person = own.data.person;
  const slots = {
    regionSelect: <RegionSelect placeholder={t("personForm.regionPlaceholder")} />,
    regionListSelect: <RegionListSelect placeholder={t("personForm.regionPlaceholder")} />,
  };
  return (
    <App component={false}>
      {title}
      <div className="registry-page">
        <MeNav />
        <h1>{t("myRecord.title")}</h1>
        {registered && person && (
          <Alert type="success" showIcon title={t("myRecord.registered")} style={{ marginBottom: 16 }} />
        )}
        {!person ? (
          <>
            <p>{t("myRecord.lead")}</p>
            <section className="panel" aria-label={t("myRecord.registerTitle")}>
              <OwnPersonForm
                {...slots}
                occupationsPicker={({ hints, initial }) => (
                  <OccupationListPicker hints={hints} initial={initial} />
                )}
                onSaved={() => {
                  setRegistered(true);
                  window.scrollTo(0, 0);
                }}
              />
            </section>
          </>
        ) : editing ? (
          <section className="panel" aria-label={t("myRecord.editTitle")}>
            <h2>{t("myRecord.editTitle")}</h2>
            <OwnPersonForm
              {...slots}
              person={person}
              occupationsPicker={({ hints, initial }) => (
                <OccupationListPicker hints={hints} initial={initial} />
              )}
              onSaved={() => {
                setEditing(false);
                window.scrollTo(0, 0);
              }}
              onCancel={() => setEditing(false)}
            />
          </section>
        ) : (
          <OwnRecord
            person={person}
            onEdit={() => {
              setRegistered(false);
              setEditing(true);
            }}
          />
        )}
      </div>
    </App>
  );
}
