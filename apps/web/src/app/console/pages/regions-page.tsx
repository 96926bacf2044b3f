import { Card, Col, Row, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { RegionDetails } from "../../../features/regions/components/region-details.tsx";
import { RegionSearch } from "../../../features/regions/components/region-search.tsx";
import { RegionTree } from "../../../features/regions/components/region-tree.tsx";

/** Browse the region hierarchy or search it by name, and see one region's details. */
export function RegionsPage() {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
          <Card size="small">
            <RegionSearch onSelect={setSelected} />
          </Card>
          <Card size="small" title={t("regions.browse")}>
            <RegionTree onSelect={setSelected} />
          </Card>
        </Space>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small">
          <RegionDetails code={selected} />
        </Card>
      </Col>
    </Row>
  );
}
