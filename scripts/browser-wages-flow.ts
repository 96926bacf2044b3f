/**
 * The browser flow of wage monitoring in the console: the region's administrator registers a 昌吉市
 * project with an unpaid April through the API (as a contractor's system would), evaluates it from
 * the project page, finds the red light, the unpaid month and the alert, and sees the alert in the
 * inbox, the disposal rates and the working calendar.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { check, consoleErrors, DESKTOP, type Flow, login, resultsDir } from "./browser-kit.ts";

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(resultsDir, `${name}.png`), animations: "disabled" });

async function registerProject(page: Page, baseUrl: string): Promise<void> {
  const session = await page.request.get(`${baseUrl}/api/v1/auth/session`);
  const headers = { "x-csrf-token": (await session.json()).csrfToken as string };
  const departments = await page.request.get(`${baseUrl}/api/v1/departments?region=652300`, { headers });
  const housing = ((await departments.json()).items as { id: string; name: string }[]).find(
    (d) => d.name === "住房和城乡建设局",
  );
  check(housing !== undefined, "no 住房和城乡建设局 among the departments");
  const project = await page.request.post(`${baseUrl}/api/v1/wage-projects`, {
    headers,
    data: {
      code: "BROWSER-001",
      name: "浏览器测试安置房项目",
      regionCode: "652301",
      sector: "housing",
      departmentId: housing?.id,
      funding: "government",
      contractAmount: 2_000_000,
      contractSignedOn: "2026-01-10",
      startedOn: "2026-03-01",
      registeredOn: "2026-02-20",
      siteBoardPublishedOn: "2026-03-01",
      laborOfficerAssigned: true,
      specialAccount: { openedOn: "2026-01-25" },
    },
  });
  check(project.ok(), `registering the project failed: ${await project.text()}`);
  const id = (await project.json()).project.id as string;
  const facts = await page.request.post(`${baseUrl}/api/v1/wage-projects/${id}/facts`, {
    headers,
    data: {
      workers: [
        { id: "W1", name: "测试工人", contractSigned: true, realNameVerified: true, enteredOn: "2026-03-01" },
      ],
      attendance: [{ workerId: "W1", month: "2026-04", days: 22 }],
      payroll: [
        {
          workerId: "W1",
          month: "2026-04",
          payable: 6000,
          paid: 0,
          viaSpecialAccount: true,
          workerSigned: true,
        },
      ],
      laborCostAllocations: [{ month: "2026-04", amount: 100000, allocatedOn: "2026-04-28" }],
    },
  });
  check(facts.ok(), `pushing the facts failed: ${await facts.text()}`);
}

export const wagesFlow: Flow = {
  name: "wage monitoring in the console: a project evaluated, its red light, unpaid month and alert, the inbox, rates and calendar",
  context: DESKTOP,
  run: async (page, baseUrl) => {
    const errors = consoleErrors(page);
    await login(page, baseUrl, "admin");
    await registerProject(page, baseUrl);
    await page.goto(`${baseUrl}/console/wages/projects`);
    await page.getByRole("link", { name: "浏览器测试安置房项目" }).click();
    const drawer = page.locator(".ant-drawer");
    await drawer.getByRole("button", { name: "立即评估" }).click();
    await page.getByText(/评估完成/).waitFor({ state: "visible" });
    await drawer.getByText("WA07 工资未支付").waitFor({ state: "visible" });
    await drawer.getByText("红灯").first().waitFor({ state: "visible" });
    const april = drawer.locator("tr.ant-table-row", { hasText: "2026-04" }).first();
    await april.waitFor({ state: "visible" });
    check(
      (await april.innerText()).includes("6000"),
      `April's row lacks the payable: ${await april.innerText()}`,
    );
    await shot(page, "wages-project");

    await page.goto(`${baseUrl}/console/wages/alerts`);
    await page.getByText("WA07 工资未支付").first().waitFor({ state: "visible" });
    await page.getByRole("tab", { name: "处置率" }).click();
    await page.getByText(/目标：预警处置率/).waitFor({ state: "visible" });
    await page.getByRole("cell", { name: "合计" }).waitFor({ state: "visible" });

    await page.goto(`${baseUrl}/console/wages/settings`);
    await page.getByText(/默认值：/).waitFor({ state: "visible" });
    await page.getByRole("tab", { name: "工作日历" }).click();
    await page.getByRole("cell", { name: "2026-10-01" }).waitFor({ state: "visible" });
    await shot(page, "wages-calendar");
    check(errors.length === 0, `the console logged errors: ${errors.join(" | ")}`);
  },
};
