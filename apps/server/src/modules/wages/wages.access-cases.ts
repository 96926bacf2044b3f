import { expect } from "vitest";
import { demoCreditCode } from "../../seed/demo.ts";
import type { OutsideCase } from "../../testing/access-cases.ts";
import type { TestApp } from "../../testing/app.ts";
import { evaluateStoredProjects } from "./wages.evaluation.ts";

const made = new WeakMap<TestApp, Promise<{ projectId: string; alertId: string }>>();

/** A 昌吉市 project with an alert, registered by the region's administrator (once per app). */
function changjiProject(t: TestApp) {
  let found = made.get(t);
  if (!found) {
    found = (async () => {
      const housing = await t.deps.db
        .selectFrom("organisations")
        .select("id")
        .where("kind", "=", "department")
        .where("name", "=", "住房和城乡建设局")
        .executeTakeFirstOrThrow();
      const admin = await t.as("admin");
      const res = await admin.request("POST", "/api/v1/wage-projects", {
        code: "ACCESS-001",
        name: "昌吉市某道路工程",
        regionCode: "652301",
        sector: "transport",
        departmentId: housing.id,
        funding: "government",
        contractAmount: 5_000_000,
        contractSignedOn: "2025-01-10",
        startedOn: "2025-03-01",
        parties: [
          {
            role: "general_contractor",
            name: "示范路桥公司",
            creditCode: demoCreditCode("652301", "LQ100001"),
          },
        ],
      });
      const projectId = res.json().project.id as string;
      await evaluateStoredProjects(t.deps, { projectIds: [projectId] });
      const alert = await t.deps.db
        .selectFrom("wage_alerts")
        .select("id")
        .where("project_id", "=", projectId)
        .orderBy("code")
        .executeTakeFirstOrThrow();
      return { projectId, alertId: alert.id };
    })();
    made.set(t, found);
  }
  return found;
}

const refused = (res: { json(): { error?: { code?: string } } }) =>
  expect(res.json().error?.code).toBe("ACCESS_OUTSIDE_JURISDICTION");

export const WAGE_OUTSIDE_CASES: Record<string, OutsideCase> = {
  "wages.projects.upsert": async (t, { staff }) => {
    const { projectId } = await changjiProject(t);
    const project = (await (await t.as("admin")).request("GET", `/api/v1/wage-projects/${projectId}`)).json()
      .project;
    refused(await staff.request("POST", "/api/v1/wage-projects", { ...project.input, name: "改名" }));
  },
  "wages.projects.list": async (t, { staff }) => {
    const { projectId } = await changjiProject(t);
    const res = await staff.request("GET", "/api/v1/wage-projects");
    expect(res.json().items.map((p: { id: string }) => p.id)).not.toContain(projectId);
  },
  "wages.projects.get": async (t, { staff }) => {
    refused(await staff.request("GET", `/api/v1/wage-projects/${(await changjiProject(t)).projectId}`));
  },
  "wages.projects.bundle": async (t, { staff }) => {
    refused(
      await staff.request("GET", `/api/v1/wage-projects/${(await changjiProject(t)).projectId}/bundle`),
    );
  },
  "wages.projects.facts": async (t, { staff }) => {
    const { projectId } = await changjiProject(t);
    refused(await staff.request("POST", `/api/v1/wage-projects/${projectId}/facts`, {}));
  },
  "wages.projects.upload": async (t, { staff }) => {
    const { projectId } = await changjiProject(t);
    const res = await staff.request(
      "POST",
      `/api/v1/wage-projects/${projectId}/uploads/attendance?format=csv`,
      "工人编号,月份,出勤天数\n",
      {
        "content-type": "application/octet-stream",
      },
    );
    refused(res);
  },
  "wages.projects.evaluate": async (t, { admin }) => {
    refused(
      await admin.request(
        "POST",
        `/api/v1/wage-projects/${(await changjiProject(t)).projectId}/evaluate`,
        {},
      ),
    );
  },
  "wages.alerts.list": async (t, { admin }) => {
    const { projectId } = await changjiProject(t);
    const res = await admin.request("GET", `/api/v1/wage-alerts?projectId=${projectId}`);
    expect(res.json().items).toEqual([]);
  },
  "wages.alerts.get": async (t, { staff }) => {
    refused(await staff.request("GET", `/api/v1/wage-alerts/${(await changjiProject(t)).alertId}`));
  },
  "wages.alerts.acknowledge": async (t, { staff }) => {
    refused(
      await staff.request("POST", `/api/v1/wage-alerts/${(await changjiProject(t)).alertId}/acknowledge`, {}),
    );
  },
  "wages.alerts.dispose": async (t, { staff }) => {
    const { alertId } = await changjiProject(t);
    refused(
      await staff.request("POST", `/api/v1/wage-alerts/${alertId}/dispose`, { measures: "已处理完毕" }),
    );
  },
  "wages.alerts.close": async (t, { staff }) => {
    refused(
      await staff.request("POST", `/api/v1/wage-alerts/${(await changjiProject(t)).alertId}/close`, {}),
    );
  },
  "wages.parameters.list": async (t, { staff }) => {
    await (await t.as("admin")).request("POST", "/api/v1/wage-parameters", {
      regionCode: "652301",
      effectiveFrom: "2026-01-01",
      parameters: { minimumMonthlyWage: 2000 },
    });
    const res = await staff.request("GET", "/api/v1/wage-parameters");
    expect(res.json().items.map((r: { regionCode: string | null }) => r.regionCode)).not.toContain("652301");
  },
  "wages.parameters.set": async (_t, { admin }) => {
    refused(
      await admin.request("POST", "/api/v1/wage-parameters", {
        regionCode: "652301",
        effectiveFrom: "2026-01-01",
        parameters: {},
      }),
    );
  },
  // The working calendar is the autonomous region's: a county's administrator cannot change it.
  "wages.calendar.set": async (_t, { admin }) => {
    refused(await admin.request("PUT", "/api/v1/working-calendar/2026-06-16", { kind: "holiday" }));
  },
  "wages.calendar.clear": async (_t, { admin }) => {
    refused(await admin.request("DELETE", "/api/v1/working-calendar/2026-06-19"));
  },
  "wages.alerts.rates": async (t, { admin }) => {
    await changjiProject(t);
    const res = await admin.request(
      "GET",
      "/api/v1/wage-alerts/rates?by=county&from=2020-01-01&to=2030-12-31",
    );
    expect(res.json().total.raised).toBe(0);
  },
};
