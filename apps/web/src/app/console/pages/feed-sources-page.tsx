import { useTranslation } from "react-i18next";
import { FeedSourceForm } from "../../../features/job-intake/components/feed-source-form.tsx";
import { RegionSelect } from "../../../features/regions/components/region-select.tsx";

/** 数据接入: registering the systems that send postings, and their tokens. */
export function FeedSourcesPage() {
  const { t } = useTranslation();
  return <FeedSourceForm regionSelect={<RegionSelect placeholder={t("auth.regionPlaceholder")} />} />;
}
