import { Select, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDebouncedValue } from "../../../hooks/use-debounced-value.ts";
import { useOrganisations } from "../api/get-organisations.ts";

interface EmployerSelectProps {
  id?: string;
  value?: string;
  onChange?: (id: string | undefined) => void;
  placeholder?: string;
}

/** Picks an employer of the caller's jurisdiction, searched by name; unverified ones are marked. */
export function EmployerSelect({ id, value, onChange, placeholder }: EmployerSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search.trim(), 300);
  const employers = useOrganisations({ kind: "employer", q: q || undefined });
  const items = employers.data?.pages.flatMap((page) => page.items) ?? [];
  // The chosen employer keeps its name while another search is shown.
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const shown = chosen && chosen.id === value && !items.some((item) => item.id === chosen.id) ? [chosen] : [];
  return (
    <Select<string>
      id={id}
      value={value}
      onChange={(next) => {
        const employer = items.find((item) => item.id === next);
        setChosen(employer ? { id: employer.id, name: employer.name } : null);
        onChange?.(next);
      }}
      placeholder={placeholder}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={employers.isFetching}
      status={employers.isError ? "error" : undefined}
      notFoundContent={employers.isError ? employers.error.message : undefined}
      options={[
        ...shown.map((employer) => ({ value: employer.id, label: employer.name })),
        ...items.map((employer) => ({
          value: employer.id,
          label: (
            <>
              {employer.name}{" "}
              <Tag color={employer.verified ? "green" : "orange"} style={{ marginInlineStart: 4 }}>
                {t(employer.verified ? "organisations.verified" : "organisations.unverified")}
              </Tag>
              <span style={{ color: "#7b8794" }}>{employer.regionName}</span>
            </>
          ),
        })),
      ]}
    />
  );
}
