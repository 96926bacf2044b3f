import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageSpinner } from "../../../components/page-spinner.tsx";
import { IndustrySelect } from "../../../features/catalogue/components/industry-select.tsx";
import { OccupationPicker } from "../../../features/catalogue/components/occupation-picker.tsx";
import { useManagedPosting } from "../../../features/job-postings/api/get-posting.ts";
import { PostingForm } from "../../../features/job-postings/components/posting-form.tsx";
import { EmployerSelect } from "../../../features/organisations/components/employer-select.tsx";
import { RegionSelect } from "../../../features/regions/components/region-select.tsx";
import { useConsoleUser } from "../console-user.ts";

/** 发布岗位 / 编辑岗位: the posting form, with the pickers of the catalogues, regions and employers. */
export function PostingEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useConsoleUser();
  const { id } = useParams();
  const existing = useManagedPosting(id ?? null);
  if (id && existing.isPending) return <PageSpinner />;
  if (id && existing.isError)
    return <ErrorAlert error={existing.error} onRetry={() => void existing.refetch()} />;

  return (
    <PostingForm
      key={id ?? "new"}
      posting={id ? existing.data : undefined}
      employerSelect={
        user.role === "employer" ? undefined : (
          <EmployerSelect placeholder={t("postingForm.employerPlaceholder")} />
        )
      }
      regionSelect={<RegionSelect placeholder={t("auth.regionPlaceholder")} />}
      industrySelect={<IndustrySelect placeholder={t("postingForm.industryPlaceholder")} />}
      occupationPicker={({ hints, initial }) => <OccupationPicker hints={hints} initial={initial} />}
      onSaved={(posting) => void navigate(`/console/postings?posting=${posting.id}`)}
      onCancel={() => void navigate(id ? `/console/postings?posting=${id}` : "/console/postings")}
    />
  );
}
