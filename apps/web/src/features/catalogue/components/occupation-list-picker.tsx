import { Flex, Tag } from "antd";
import { useState } from "react";
import type { OccupationHints } from "../api/suggest-occupations.ts";
import { OccupationPicker, type OccupationRef } from "./occupation-picker.tsx";

interface OccupationListPickerProps {
  id?: string;
  value?: string[];
  onChange?: (codes: string[]) => void;
  /** What the suggestions follow (a person's skills, say). */
  hints?: OccupationHints;
  /** The occupations of a saved record, to name their codes before anything loads. */
  initial?: readonly OccupationRef[];
  max?: number;
}

const NO_HINTS: OccupationHints = { title: "", description: "" };

/** Several 大典 occupations: each picked with the occupation picker and shown as a tag that can be removed. */
export function OccupationListPicker(props: OccupationListPickerProps) {
  const { id, value = [], onChange, hints = NO_HINTS, initial = [], max = 10 } = props;
  const [names, setNames] = useState(() => new Map(initial.map((o) => [o.code, o.name])));
  return (
    <Flex vertical gap={8}>
      {value.length > 0 && (
        <Flex gap={6} wrap>
          {value.map((code) => (
            <Tag
              key={code}
              closable
              onClose={() => onChange?.(value.filter((other) => other !== code))}
              style={{ marginInlineEnd: 0 }}
            >
              {names.get(code) ?? code}
            </Tag>
          ))}
        </Flex>
      )}
      {value.length < max && (
        <OccupationPicker
          id={id}
          value={null}
          hints={hints}
          onChange={(code, occupation) => {
            if (code === null || value.includes(code)) return;
            if (occupation) setNames((known) => new Map(known).set(code, occupation.name));
            onChange?.([...value, code]);
          }}
        />
      )}
    </Flex>
  );
}
