import type { Indicator, PlanReport, PlanSummary, TargetCell } from "@jiuye/contract/targets";
import { todayInChina } from "../../lib/clock.ts";
import type { RegionDirectory } from "../regions/regions.directory.ts";
import type { IndicatorRow, PlanRow } from "./targets.repo.ts";
import type { ReportEventRow, ReportRow } from "./targets.reports.repo.ts";

export function presentIndicator(row: IndicatorRow, computed: ReadonlySet<string>): Indicator {
  return {
    code: row.code,
    name: row.name,
    unit: row.unit,
    kind: row.kind,
    direction: row.direction,
    comparator: row.comparator,
    source: row.source,
    computedByPlatform: computed.has(row.code),
  };
}

/** Weights as stored: a JSON object of indicator code → number. */
export function weightsOf(row: Pick<PlanRow, "weights">): Record<string, number> {
  const raw = row.weights;
  if (typeof raw !== "object" || raw === null) return {};
  return Object.fromEntries(
    Object.entries(raw).filter((e): e is [string, number] => typeof e[1] === "number"),
  );
}

export function presentPlanSummary(row: PlanRow, regions: RegionDirectory): PlanSummary {
  return {
    id: row.id,
    key: row.key,
    title: row.title,
    issuer: row.issuer,
    documentNumber: row.document_number,
    issuedOn: row.issued_on,
    status: row.status,
    region: { code: row.region_code, name: regions.get(row.region_code)?.name ?? row.region_code },
    year: row.year,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    source: row.source,
    weights: weightsOf(row),
    marginPoints: Number(row.margin_points),
  };
}

interface CellRow {
  written: string | null;
  value: string | null;
  unit: string | null;
  base_value: string | null;
  comparator: TargetCell["comparator"];
  per: string | null;
}

export function presentCell(row: CellRow & { written: string; applicable?: boolean }): TargetCell {
  return {
    written: row.written,
    applicable: row.applicable ?? row.value !== null,
    value: row.value === null ? null : Number(row.value),
    unit: row.unit,
    baseValue: row.base_value === null ? null : Number(row.base_value),
    comparator: row.comparator,
    per: row.per,
  };
}

export function presentReport(
  row: ReportRow,
  ctx: {
    reporterName: string;
    values: { indicator: string; value: string; source: "computed" | "reported" }[];
    events: ReportEventRow[];
  },
): PlanReport {
  const submittedAt = row.submitted_at?.toISOString() ?? null;
  return {
    id: row.id,
    planId: row.plan_id,
    period: row.period,
    reporter: row.department_id
      ? { kind: "department", id: row.department_id, name: ctx.reporterName }
      : { kind: "region", id: row.region_code ?? "", name: ctx.reporterName },
    deadline: row.deadline,
    status: row.status,
    note: row.note,
    submittedAt,
    late: row.submitted_at !== null && todayInChina(row.submitted_at) > row.deadline,
    values: ctx.values.map((v) => ({ indicator: v.indicator, value: Number(v.value), source: v.source })),
    events: ctx.events.map((e) => ({
      at: e.at.toISOString(),
      actorName: e.actor_name,
      from: e.from_status,
      to: e.to_status,
      note: e.note,
    })),
  };
}
