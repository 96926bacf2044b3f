import type { Region } from "@jiuye/contract/regions";
import { useQueryClient } from "@tanstack/react-query";
import { Cascader, Typography } from "antd";
import { useEffect, useState } from "react";
import { useRegion } from "../api/get-region.ts";
import { getRegionChildrenQueryOptions, useRegionChildren } from "../api/get-regions.ts";

interface RegionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: RegionOption[];
}

function toOption(region: Region): RegionOption {
  return { value: region.code, label: region.name, isLeaf: region.childCount === 0 };
}

interface RegionSelectProps {
  id?: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
}

/** Picks a region at any level, loading each level's children when it is opened; the value is the region code. */
export function RegionSelect({ id, value, onChange, placeholder }: RegionSelectProps) {
  const queryClient = useQueryClient();
  const top = useRegionChildren();
  const [options, setOptions] = useState<RegionOption[]>([]);
  const [path, setPath] = useState<string[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  // A value given from outside (a saved record being edited) is shown by its ancestry, named.
  const given = useRegion(value !== undefined && path.at(-1) !== value ? value : null);
  const givenChain = given.data ? [...given.data.ancestors, given.data.region] : [];
  const givenPath = given.data?.region.code === value ? givenChain.map((region) => region.code) : [];
  const names = new Map(givenChain.map((region) => [region.code, region.name]));

  useEffect(() => {
    if (top.data) setOptions(top.data.items.map(toOption));
  }, [top.data]);

  async function loadChildren(selected: RegionOption[]) {
    const target = selected.at(-1);
    if (!target) return;
    setLoadError(null);
    try {
      const { items } = await queryClient.fetchQuery(getRegionChildrenQueryOptions(target.value));
      target.children = items.map(toOption);
      setOptions((current) => [...current]);
    } catch (error) {
      setLoadError(error instanceof Error ? error.message : String(error));
    }
  }

  const problem = top.error ? top.error.message : loadError;
  return (
    <>
      <Cascader<RegionOption>
        id={id}
        options={options}
        value={value === undefined ? [] : path.at(-1) === value ? path : givenPath}
        displayRender={(labels) => labels.map((label) => names.get(String(label)) ?? label).join(" / ")}
        loadData={(selected) => void loadChildren(selected)}
        changeOnSelect
        loading={top.isPending}
        placeholder={placeholder}
        status={problem ? "error" : undefined}
        onChange={(codes) => {
          const next = (codes ?? []).map(String);
          setPath(next);
          onChange?.(next.at(-1));
        }}
      />
      {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
    </>
  );
}
