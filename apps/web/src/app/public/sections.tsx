import {
  FileTextOutlined,
  HomeOutlined,
  ReadOutlined,
  RocketOutlined,
  SafetyOutlined,
  SolutionOutlined,
} from "@ant-design/icons";
import type { ReactNode } from "react";

export type SectionKey = "home" | "jobs" | "policies" | "training" | "entrepreneurship" | "rights";

/** The sections with content of their own (all but home). */
export type ContentSectionKey = Exclude<SectionKey, "home">;

export interface Section<K extends SectionKey = SectionKey> {
  key: K;
  path: string;
  icon: ReactNode;
  /** Its content is still being built; the page says what is coming. */
  coming: boolean;
}

/** The public site's sections, in navigation order. */
export const SECTIONS: readonly Section[] = [
  { key: "home", path: "/", icon: <HomeOutlined />, coming: false },
  { key: "jobs", path: "/jobs", icon: <SolutionOutlined />, coming: false },
  { key: "policies", path: "/policies", icon: <FileTextOutlined />, coming: true },
  { key: "training", path: "/training", icon: <ReadOutlined />, coming: true },
  { key: "entrepreneurship", path: "/entrepreneurship", icon: <RocketOutlined />, coming: true },
  { key: "rights", path: "/rights", icon: <SafetyOutlined />, coming: false },
];

/** The sections other than home, as the home page lists them. */
export const CONTENT_SECTIONS = SECTIONS.filter(
  (section): section is Section<ContentSectionKey> => section.key !== "home",
);
