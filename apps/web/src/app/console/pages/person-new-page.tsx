import { App } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { OccupationListPicker } from "../../../features/catalogue/components/occupation-list-picker.tsx";
import { PersonCreateForm } from "../../../features/people/components/person-create-form.tsx";
import { RegionListSelect } from "../../../features/regions/components/region-list-select.tsx";
import { RegionSelect } from "../../../features/regions/components/region-select.tsx";

/** 登记人员: staff register a person who agreed to it, then see the new record in the registry. */
export function PersonNewPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  return (
    <PersonCreateForm
      regionSelect={<RegionSelect placeholder={t("personForm.regionPlaceholder")} />}
      regionListSelect={<RegionListSelect placeholder={t("personForm.regionPlaceholder")} />}
      occupationsPicker={({ hints }) => <OccupationListPicker hints={hints} />}
      onCreated={(person) => {
        void message.success(t("peopleConsole.created"));
        void navigate(`/console/people?person=${person.id}`);
      }}
      onCancel={() => void navigate("/console/people")}
    />
  );
}
