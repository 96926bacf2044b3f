/**
 * The plan file (`apps/server/reference/plans/*.json`, format `jiuye.plan/1`): one government document's
 * targets, kept as written (cells are the document's text, parsed by `parseCell`), with regions bound to
 * GB/T 2260 codes and departments to the Changji department list. `readPlanFile` checks the shape;
 * `checkPlan` (plan-check.ts) reads the cells.
 */
import { type JsonObject, type JsonProblem, JsonReader } from "./json.ts";

export interface RegionRef {
  /** GB/T 2260 code, or a platform zone code (`652300-Z01`). */
  code: string;
  /** The official name. */
  name: string;
  /** How the document writes it, where that differs (木垒县, 准东开发区, 伊犁州). */
  written?: string;
}

/** A goal in the text. Quantified goals have an indicator and a cell; others keep only the text. */
export interface Goal {
  indicator?: string;
  cell?: string;
  /** For a rate of recurrence: 年 (年均, 每年), 月 (每月), 村 (1村1名). */
  per?: string;
  text: string;
}

export interface TableColumn {
  indicator: string;
  /** The header as written, merged header rows joined by `/`. */
  header: string;
  /** The column's unit when the header gives one, else the table's. */
  unit?: string;
}

export interface TableRow {
  region: RegionRef;
  cells: string[];
}

export interface TargetTable {
  annex: string;
  title: string;
  /** The table's 单位 line: `人`, `万人`. */
  unit: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** The 合计 row, if the table has one. */
  total?: TableRow;
}

/** A statistic broken down into parts that should add up (total employment by sector). */
export interface Breakdown {
  name: string;
  asOf: string;
  total: string;
  parts: { name: string; cell: string }[];
  text: string;
}

export interface TaskTarget {
  indicator: string;
  cell: string;
}

export interface Task {
  no: number;
  text: string;
  targets: TaskTarget[];
  /** Why the text is shorter than the document's (a part out of the platform's scope was left out). */
  edited?: string;
}

export interface RegionTasks {
  annex: string;
  regions: RegionRef[];
  tasks: Task[];
}

export interface DepartmentTasks {
  /** `seq` and `name` from `departments_changji_2026.csv`. */
  department: { seq: number; name: string };
  tasks: Task[];
}

export interface CampaignRun {
  /** Set when a campaign runs in parts (区内, 区外). */
  label?: string;
  /** As written (`1月至3月`); `parseMonths` reads it. Absent when the document gives none. */
  time?: string;
  organisers: string;
  /** Department `seq`s named among the organisers. */
  departments: number[];
  /** Where the launch is held (启动仪式承办县市). */
  hosts: RegionRef[];
  hostNote?: string;
  note?: string;
}

export interface Campaign {
  no: number;
  scope: string;
  name: string;
  runs: CampaignRun[];
}

export interface ReportingDuty {
  kind: "report" | "bulletin" | "ranking";
  cadence: "weekly" | "monthly" | "quarterly";
  /** Day of the month it is due (of the quarter's last month for quarterly reports). */
  dueDay?: number;
  by: string;
  text: string;
}

export interface PlanFile {
  format: "jiuye.plan/1";
  key: string;
  title: string;
  issuer?: string;
  documentNumber?: string;
  issuedOn?: string;
  status: "issued" | "draft";
  region: RegionRef;
  period: { from: string; to: string };
  /** The source document under `shared/seeds/`. */
  source: string;
  headline: Goal[];
  tables: TargetTable[];
  breakdowns: Breakdown[];
  regionTasks: RegionTasks[];
  departmentTasks: DepartmentTasks[];
  campaigns: Campaign[];
  reporting: ReportingDuty[];
}

/** Checks the shape of a plan file; the plan is returned only when there are no problems. */
export function readPlanFile(json: unknown): { plan: PlanFile | null; problems: JsonProblem[] } {
  const r = new JsonReader();
  const o = r.object(json, "$") ?? {};
  if (o.format !== "jiuye.plan/1") r.problem("format", "expected jiuye.plan/1");
  const period = r.object(o.period, "period") ?? {};
  const plan: PlanFile = {
    format: "jiuye.plan/1",
    key: r.string(o.key, "key"),
    title: r.string(o.title, "title"),
    issuer: r.optionalString(o.issuer, "issuer"),
    documentNumber: r.optionalString(o.documentNumber, "documentNumber"),
    issuedOn: o.issuedOn === undefined ? undefined : r.isoDate(o.issuedOn, "issuedOn"),
    status: r.oneOf(o.status, ["issued", "draft"] as const, "status"),
    region: region(r, o.region, "region"),
    period: { from: r.isoDate(period.from, "period.from"), to: r.isoDate(period.to, "period.to") },
    source: r.string(o.source, "source"),
    headline: list(r, o.headline, "headline", goal),
    tables: list(r, o.tables, "tables", table),
    breakdowns: list(r, o.breakdowns, "breakdowns", breakdown),
    regionTasks: list(r, o.regionTasks, "regionTasks", (r, x, p) => ({
      annex: r.string(x.annex, `${p}.annex`),
      regions: r.array(x.regions, `${p}.regions`).map((g, i) => region(r, g, `${p}.regions[${i}]`)),
      tasks: list(r, x.tasks, `${p}.tasks`, task),
    })),
    departmentTasks: list(r, o.departmentTasks, "departmentTasks", (r, x, p) => {
      const d = r.object(x.department, `${p}.department`) ?? {};
      return {
        department: {
          seq: r.integer(d.seq, `${p}.department.seq`),
          name: r.string(d.name, `${p}.department.name`),
        },
        tasks: list(r, x.tasks, `${p}.tasks`, task),
      };
    }),
    campaigns: list(r, o.campaigns, "campaigns", campaign),
    reporting: list(r, o.reporting, "reporting", (r, x, p) => ({
      kind: r.oneOf(x.kind, ["report", "bulletin", "ranking"] as const, `${p}.kind`),
      cadence: r.oneOf(x.cadence, ["weekly", "monthly", "quarterly"] as const, `${p}.cadence`),
      dueDay: x.dueDay === undefined ? undefined : r.integer(x.dueDay, `${p}.dueDay`),
      by: r.string(x.by, `${p}.by`),
      text: r.string(x.text, `${p}.text`),
    })),
  };
  return { plan: r.problems.length === 0 ? plan : null, problems: r.problems };
}

type Read<T> = (r: JsonReader, o: JsonObject, path: string) => T;

function list<T>(r: JsonReader, value: unknown, path: string, read: Read<T>): T[] {
  return r.array(value, path).flatMap((item, i) => {
    const o = r.object(item, `${path}[${i}]`);
    return o ? [read(r, o, `${path}[${i}]`)] : [];
  });
}

function region(r: JsonReader, value: unknown, path: string): RegionRef {
  const o = r.object(value, path) ?? {};
  return {
    code: r.string(o.code, `${path}.code`),
    name: r.string(o.name, `${path}.name`),
    written: r.optionalString(o.written, `${path}.written`),
  };
}

const goal: Read<Goal> = (r, o, p) => {
  const indicator = r.optionalString(o.indicator, `${p}.indicator`);
  const cell = r.optionalString(o.cell, `${p}.cell`);
  if ((indicator === undefined) !== (cell === undefined)) r.problem(p, "indicator and cell go together");
  return { indicator, cell, per: r.optionalString(o.per, `${p}.per`), text: r.string(o.text, `${p}.text`) };
};

function row(r: JsonReader, o: JsonObject, p: string): TableRow {
  return {
    region: region(r, o.region, `${p}.region`),
    cells: r
      .array(o.cells, `${p}.cells`)
      .map((c, i) => (typeof c === "string" ? c : r.string(c, `${p}.cells[${i}]`))),
  };
}

const table: Read<TargetTable> = (r, o, p) => {
  const total = o.total === undefined ? null : r.object(o.total, `${p}.total`);
  return {
    annex: r.string(o.annex, `${p}.annex`),
    title: r.string(o.title, `${p}.title`),
    unit: r.string(o.unit, `${p}.unit`),
    columns: list(r, o.columns, `${p}.columns`, (r, c, q) => ({
      indicator: r.string(c.indicator, `${q}.indicator`),
      header: r.string(c.header, `${q}.header`),
      unit: r.optionalString(c.unit, `${q}.unit`),
    })),
    rows: list(r, o.rows, `${p}.rows`, row),
    total: total ? row(r, total, `${p}.total`) : undefined,
  };
};

const breakdown: Read<Breakdown> = (r, o, p) => ({
  name: r.string(o.name, `${p}.name`),
  asOf: r.isoDate(o.asOf, `${p}.asOf`),
  total: r.string(o.total, `${p}.total`),
  parts: list(r, o.parts, `${p}.parts`, (r, x, q) => ({
    name: r.string(x.name, `${q}.name`),
    cell: r.string(x.cell, `${q}.cell`),
  })),
  text: r.string(o.text, `${p}.text`),
});

const task: Read<Task> = (r, o, p) => ({
  no: r.integer(o.no, `${p}.no`),
  text: r.string(o.text, `${p}.text`),
  targets: list(r, o.targets, `${p}.targets`, (r, x, q) => ({
    indicator: r.string(x.indicator, `${q}.indicator`),
    cell: r.string(x.cell, `${q}.cell`),
  })),
  edited: r.optionalString(o.edited, `${p}.edited`),
});

const campaign: Read<Campaign> = (r, o, p) => ({
  no: r.integer(o.no, `${p}.no`),
  scope: r.string(o.scope, `${p}.scope`),
  name: r.string(o.name, `${p}.name`),
  runs: list(r, o.runs, `${p}.runs`, (r, x, q) => ({
    label: r.optionalString(x.label, `${q}.label`),
    time: r.optionalString(x.time, `${q}.time`),
    organisers: r.string(x.organisers, `${q}.organisers`),
    departments: r
      .array(x.departments, `${q}.departments`)
      .map((d, i) => r.integer(d, `${q}.departments[${i}]`)),
    hosts: r.array(x.hosts, `${q}.hosts`).map((h, i) => region(r, h, `${q}.hosts[${i}]`)),
    hostNote: r.optionalString(x.hostNote, `${q}.hostNote`),
    note: r.optionalString(x.note, `${q}.note`),
  })),
});
