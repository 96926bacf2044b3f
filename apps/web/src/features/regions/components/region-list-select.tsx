import { PlusOutlined } from "@ant-design/icons";
import { Button, Flex, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useRegion } from "../api/get-region.ts";
import { RegionSelect } from "./region-select.tsx";

function RegionTag({ code, onClose }: { code: string; onClose: () => void }) {
  const region = useRegion(code);
  const chain = region.data ? [...region.data.ancestors, region.data.region].slice(-2) : [];
  return (
    <Tag closable onClose={onClose} style={{ marginInlineEnd: 0 }}>
      {chain.length > 0 ? chain.map((r) => r.name).join(" ") : code}
    </Tag>
  );
}

interface RegionListSelectProps {
  id?: string;
  value?: string[];
  onChange?: (codes: string[]) => void;
  placeholder?: string;
  max?: number;
}

/** Several regions at any level: each picked in the region cascader, then added; shown as tags that can be removed. */
export function RegionListSelect({ id, value = [], onChange, placeholder, max = 10 }: RegionListSelectProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<string | undefined>();
  return (
    <Flex vertical gap={8}>
      {value.length > 0 && (
        <Flex gap={6} wrap>
          {value.map((code) => (
            <RegionTag key={code} code={code} onClose={() => onChange?.(value.filter((c) => c !== code))} />
          ))}
        </Flex>
      )}
      {value.length < max && (
        <Flex gap={8}>
          <div style={{ flex: 1, minWidth: 0 }}>
            <RegionSelect id={id} value={pending} onChange={setPending} placeholder={placeholder} />
          </div>
          <Button
            icon={<PlusOutlined />}
            disabled={pending === undefined || value.includes(pending)}
            onClick={() => {
              if (pending === undefined) return;
              onChange?.([...value, pending]);
              setPending(undefined);
            }}
          >
            {t("common.add")}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
