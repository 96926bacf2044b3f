import { BulbOutlined } from "@ant-design/icons";
import { Button, Flex, Select, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDebouncedValue } from "../../../hooks/use-debounced-value.ts";
import { useSearchOccupations } from "../api/get-occupations.ts";
import { type OccupationHints, useSuggestOccupations } from "../api/suggest-occupations.ts";
import { OccupationTreeDialog } from "./occupation-tree-dialog.tsx";

export interface OccupationRef {
  code: string;
  name: string;
}

interface OccupationPickerProps {
  id?: string;
  value?: string | null;
  /** The chosen code, and the occupation named when the picker knows its name. */
  onChange?: (code: string | null, occupation?: OccupationRef) => void;
  /** The posting's title and description so far: the suggestions follow them. */
  hints: OccupationHints;
  /** The saved occupation of a posting being edited, to name its code before anything loads. */
  initial?: OccupationRef | null;
}

const label = (occupation: OccupationRef) => `${occupation.name}（${occupation.code}）`;

/**
 * Picks a 大典 occupation: suggested from the title and description as they are typed, searched
 * by name, or browsed in the classification's tree.
 */
export function OccupationPicker({ id, value, onChange, hints, initial }: OccupationPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [browsing, setBrowsing] = useState(false);
  const [picked, setPicked] = useState<OccupationRef | null>(initial ?? null);
  const settledHints = useDebouncedValue(hints, 600);
  const settledSearch = useDebouncedValue(search.trim(), 300);
  const suggestions = useSuggestOccupations(settledHints);
  const results = useSearchOccupations(settledSearch);

  const suggested = suggestions.data?.items ?? [];
  const found = settledSearch ? (results.data?.items ?? []) : [];
  const known = useMemo(() => {
    const names = new Map<string, string>();
    for (const entry of [...(picked ? [picked] : []), ...suggested, ...found])
      names.set(entry.code, entry.name);
    return names;
  }, [picked, suggested, found]);

  function choose(code: string | null) {
    const name = code === null ? undefined : known.get(code);
    const occupation = code !== null && name ? { code, name } : null;
    setPicked(occupation);
    onChange?.(code, occupation ?? undefined);
  }

  const current = value ? { code: value, name: known.get(value) ?? value } : null;
  const options = [
    ...(current &&
    !suggested.some((entry) => entry.code === current.code) &&
    !found.some((e) => e.code === current.code)
      ? [{ value: current.code, label: label(current) }]
      : []),
    ...(suggested.length > 0
      ? [
          {
            label: t("postingForm.occupationSuggestedGroup"),
            title: "suggested",
            options: suggested.map((entry) => ({ value: entry.code, label: label(entry) })),
          },
        ]
      : []),
    ...(found.length > 0
      ? [
          {
            label: t("postingForm.occupationResultsGroup"),
            title: "results",
            options: found.slice(0, 50).map((entry) => ({ value: entry.code, label: label(entry) })),
          },
        ]
      : []),
  ];
  const offered = suggested.filter((entry) => entry.code !== value).slice(0, 4);

  return (
    <>
      <Flex gap={8}>
        <Select<string>
          id={id}
          value={value ?? undefined}
          onChange={(code) => choose(code ?? null)}
          options={options}
          placeholder={t("postingForm.occupationPlaceholder")}
          allowClear
          showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
          loading={results.isFetching}
          style={{ flex: 1, minWidth: 0 }}
        />
        <Button onClick={() => setBrowsing(true)}>{t("postingForm.browseOccupations")}</Button>
      </Flex>
      {offered.length > 0 && (
        <Flex gap={6} wrap align="center" style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">
            <BulbOutlined aria-hidden /> {t("postingForm.occupationSuggested")}
          </Typography.Text>
          {offered.map((entry) => (
            <Button key={entry.code} size="small" type="dashed" onClick={() => choose(entry.code)}>
              {entry.name}
            </Button>
          ))}
        </Flex>
      )}
      <OccupationTreeDialog
        open={browsing}
        onClose={() => setBrowsing(false)}
        onPick={(occupation) => {
          setPicked(occupation);
          onChange?.(occupation.code, occupation);
          setBrowsing(false);
        }}
      />
    </>
  );
}
