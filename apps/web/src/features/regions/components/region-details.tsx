import { Descriptions, Empty, Spin, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { useRegion } from "../api/get-region.ts";
import { RegionLevel } from "./region-level.tsx";

/** One region: its code, level, kind, place in the hierarchy and number of subdivisions. */
export function RegionDetails({ code }: { code: string | null }) {
  const { t } = useTranslation();
  const region = useRegion(code);
  if (code === null) return <Empty description={t("regions.selectHint")} />;
  if (region.isPending) return <Spin />;
  if (region.isError) return <ErrorAlert error={region.error} onRetry={() => void region.refetch()} />;

  const { region: one, ancestors } = region.data;
  return (
    <Descriptions
      column={1}
      bordered
      size="small"
      title={one.name}
      items={[
        { key: "code", label: t("regions.code"), children: one.code },
        {
          key: "level",
          label: t("regions.level"),
          children: (
            <>
              <RegionLevel level={one.level} /> {one.kind === "zone" && <Tag>{t("regions.zone")}</Tag>}
            </>
          ),
        },
        {
          key: "path",
          label: t("regions.path"),
          children:
            ancestors.length > 0
              ? [...ancestors]
                  .sort((a, b) => a.level - b.level)
                  .map((ancestor) => ancestor.name)
                  .join(" / ")
              : t("common.none"),
        },
        { key: "children", label: t("regions.childCount"), children: one.childCount },
      ]}
    />
  );
}
