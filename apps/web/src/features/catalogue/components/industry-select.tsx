import { TreeSelect } from "antd";
import { useMemo } from "react";
import { useIndustries } from "../api/get-industries.ts";

interface IndustrySelectProps {
  id?: string;
  value?: string | null;
  onChange?: (code: string | null) => void;
  placeholder?: string;
}

interface IndustryNode {
  value: string;
  title: string;
  children?: IndustryNode[];
}

/** Picks a GB/T 4754 section (门类) or division (大类), searchable by name or code. */
export function IndustrySelect({ id, value, onChange, placeholder }: IndustrySelectProps) {
  const industries = useIndustries();
  const tree = useMemo(() => {
    const items = industries.data?.items ?? [];
    return items
      .filter((item) => item.parentCode === null)
      .map<IndustryNode>((section) => ({
        value: section.code,
        title: `${section.code} ${section.name}`,
        children: items
          .filter((item) => item.parentCode === section.code)
          .map((division) => ({ value: division.code, title: `${division.code} ${division.name}` })),
      }));
  }, [industries.data]);
  return (
    <TreeSelect<string>
      id={id}
      value={value ?? undefined}
      onChange={(code) => onChange?.(code ?? null)}
      treeData={tree}
      loading={industries.isPending}
      status={industries.isError ? "error" : undefined}
      placeholder={placeholder}
      allowClear
      showSearch={{ treeNodeFilterProp: "title" }}
      popupMatchSelectWidth={false}
    />
  );
}
