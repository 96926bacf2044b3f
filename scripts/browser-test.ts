/**
 * Browser flows against the real server: the public home page, job search, one's registry record and
 * one-click applying on a phone, and the console on a desktop.
 * Run with `npm run test:browser`. Needs Debian's chromium at /usr/bin/chromium (never downloads a browser).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { computeIdNumberCheck, maskIdNumber } from "@jiuye/identifiers/gb11643";
import pg from "pg";
import type { Browser } from "playwright-core";
import { chromium } from "playwright-core";
import { applyFlow } from "./browser-apply-flow.ts";
import {
  check,
  consoleErrors,
  demoPassword,
  type Flow,
  login,
  PHONE,
  resultsDir,
  root,
} from "./browser-kit.ts";
import { wagesFlow } from "./browser-wages-flow.ts";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

function buildWebIfMissing(): void {
  if (existsSync(path.join(root, "apps/web/dist/index.html"))) return;
  console.log("apps/web/dist is missing: building the web app…");
  const build = spawnSync("npm", ["run", "build", "--workspace", "apps/web"], {
    cwd: root,
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error("the web build failed");
}

/** A private schema on the PostgreSQL server, so that every run starts from an empty database as on PGlite. */
const schema = `jiuye_browser_${randomBytes(6).toString("hex")}`;

async function dropSchema(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
}

/** Starts the server on its own port, data directory and schema; resolves once /api/health answers. */
async function startServer(
  port: number,
  dataDir: string,
): Promise<{ server: ChildProcess; output: string[] }> {
  const output: string[] = [];
  const server = spawn(process.execPath, ["apps/server/src/main.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_SCHEMA: schema },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));

  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`the server exited (${server.exitCode}):\n${output.join("")}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return { server, output };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill("SIGKILL");
  throw new Error(`the server did not answer /api/health within 90 s:\n${output.join("")}`);
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  const timer = setTimeout(() => server.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/** A synthetic 公民身份号码 (Qitai, born 1995-05-05) with its GB 11643 check digit; it names no one. */
const SEEKER_ID = `65232519950505123${computeIdNumberCheck("65232519950505123")}`;

const flows: Flow[] = [
  {
    name: "public home on a phone shows its heading and the bottom navigation",
    context: PHONE,
    run: async (page, baseUrl) => {
      await page.goto(`${baseUrl}/`);
      await page.getByRole("heading", { level: 1, name: "就业服务平台" }).waitFor({ state: "visible" });
      const nav = page.getByRole("navigation", { name: "主导航" });
      await nav.waitFor({ state: "visible" });
      for (const label of ["首页", "找工作", "政策", "培训", "创业", "维权"]) {
        await nav.getByRole("link", { name: label }).waitFor({ state: "visible" });
      }
      const box = await nav.boundingBox();
      check(
        box !== null && Math.abs(box.y + box.height - 844) <= 2,
        `the navigation is not at the bottom: ${JSON.stringify(box)}`,
      );
      await page.screenshot({ path: path.join(resultsDir, "phone-home.png"), animations: "disabled" });
    },
  },
  {
    name: "job search on a phone shows the search box, results or the empty state, and the filters",
    context: PHONE,
    run: async (page, baseUrl) => {
      const errors = consoleErrors(page);
      await page.goto(`${baseUrl}/jobs`);
      await page.getByRole("heading", { level: 1, name: "找工作" }).waitFor({ state: "visible" });
      const box = page.getByRole("searchbox", { name: "搜索岗位" });
      await box.waitFor({ state: "visible" });
      await page.locator(".job-card, .job-empty").first().waitFor({ state: "visible" });
      await page.screenshot({ path: path.join(resultsDir, "phone-jobs.png"), animations: "disabled" });

      if ((await page.locator(".job-card").count()) > 0) {
        // With published postings: a total, and a card leads to the posting with its schema.org JobPosting.
        await page.getByText(/^(共 \d+ 个岗位|\d+\+ 个岗位)$/).waitFor({ state: "visible" });
        await page.locator(".job-card a").first().click();
        await page.waitForURL(/\/jobs\/[0-9a-f-]{36}$/);
        await page.getByRole("heading", { level: 1 }).waitFor({ state: "visible" });
        const ld: unknown = JSON.parse(
          (await page.locator('script[type="application/ld+json"]').textContent()) ?? "null",
        );
        check(
          typeof ld === "object" && ld !== null && "@type" in ld && ld["@type"] === "JobPosting",
          `the posting has no JobPosting JSON-LD: ${JSON.stringify(ld)}`,
        );
        await page.screenshot({ path: path.join(resultsDir, "phone-job.png"), animations: "disabled" });
        await page.getByRole("link", { name: "返回岗位列表" }).click();
        await page.waitForURL((url) => url.pathname === "/jobs");
      } else {
        await page.getByText("目前还没有公开的岗位").waitFor({ state: "visible" });
      }

      // Words nobody uses find nothing; the address keeps them, so the link can be shared.
      await box.fill("zzqxwv");
      await box.press("Enter");
      await page.waitForURL((url) => url.searchParams.get("q") === "zzqxwv");
      await page.getByText("没有找到符合条件的岗位").waitFor({ state: "visible" });

      await page.locator(".jobs-toolbar").getByRole("button", { name: /筛选/ }).click();
      const drawer = page.getByRole("dialog", { name: "筛选" });
      await drawer.getByRole("button", { name: "全部地区" }).waitFor({ state: "visible" });
      await drawer.getByRole("button", { name: /^全职/ }).click();
      await page.waitForURL((url) => url.searchParams.get("type") === "full_time");
      await page.screenshot({
        path: path.join(resultsDir, "phone-jobs-filters.png"),
        animations: "disabled",
      });
      await drawer.getByRole("button", { name: /查看结果/ }).click();
      await drawer.waitFor({ state: "hidden" });
      check(errors.length === 0, `errors in the console: ${errors.join("; ")}`);
    },
  },
  {
    name: "an employer writes a posting and the law check flags discrimination before saving",
    context: { viewport: { width: 1440, height: 900 } },
    run: async (page, baseUrl) => {
      await login(page, baseUrl, "employer.demo");
      await page
        .getByRole("navigation", { name: "功能菜单" })
        .getByRole("link", { name: "岗位管理" })
        .click();
      await page.getByRole("heading", { level: 1, name: "岗位管理" }).waitFor({ state: "visible" });
      await page.getByRole("link", { name: /发布岗位/ }).click();
      await page.waitForURL("**/console/postings/new");
      await page.getByLabel("岗位名称").fill("保安员");
      await page.getByLabel("岗位描述").fill("负责厂区门岗值守和夜间巡逻，限男性。");
      const lawCheck = page.getByRole("region", { name: "法规检查" });
      await lawCheck.getByText("性别歧视").waitFor({ state: "visible" });
      await page.screenshot({
        path: path.join(resultsDir, "console-posting-form.png"),
        animations: "disabled",
      });
    },
  },
  {
    name: "a job seeker registers in the labour-force registry on a phone and sees the masked record",
    context: PHONE,
    run: async (page, baseUrl) => {
      const errors = consoleErrors(page);
      await page.goto(`${baseUrl}/login`);
      await page.getByLabel("用户名", { exact: true }).fill("seeker.demo");
      await page.getByLabel("密码", { exact: true }).fill(demoPassword);
      await page.getByRole("button", { name: /登\s*录/ }).click();
      await page.waitForURL((url) => url.pathname === "/");
      await page.getByRole("link", { name: /我的求职登记/ }).click();
      await page.waitForURL("**/me/profile");
      await page.getByRole("heading", { level: 1, name: "我的求职登记" }).waitFor({ state: "visible" });

      await page.getByLabel("姓名", { exact: true }).fill("测试求职者");
      await page.getByLabel("公民身份号码", { exact: true }).fill(SEEKER_ID);
      await page.getByLabel("手机号码", { exact: true }).fill("13912345678");
      await page.getByLabel("居住地区", { exact: true }).click();
      for (const name of ["新疆维吾尔自治区", "昌吉回族自治州", "奇台县"]) {
        await page.locator(".ant-cascader-menu-item", { hasText: name }).first().click();
      }
      await page.keyboard.press("Escape");
      // Ant Design draws its own box over the input: a person taps the label.
      await page.locator("label", { hasText: "自愿登记" }).click();
      check(
        await page.getByRole("checkbox", { name: /自愿登记/ }).isChecked(),
        "the consent box is not ticked",
      );
      await page.screenshot({
        path: path.join(resultsDir, "phone-registry-form.png"),
        animations: "disabled",
      });
      // The fixed tab bar sits over the bottom of a phone screen while the page settles: submit from the keyboard.
      await page.getByRole("button", { name: /提交登记/ }).press("Enter");

      await page.getByText("登记成功").waitFor({ state: "visible" });
      await page.getByText(maskIdNumber(SEEKER_ID)).waitFor({ state: "visible" });
      await page.getByText("139****5678").waitFor({ state: "visible" });
      check(
        (await page.getByText(SEEKER_ID, { exact: true }).count()) === 0,
        "the full ID number is shown on the record",
      );
      await page.getByRole("link", { name: /导出 JSON/ }).waitFor({ state: "visible" });
      await page.screenshot({
        path: path.join(resultsDir, "phone-registry-record.png"),
        animations: "disabled",
      });
      check(errors.length === 0, `errors in the console: ${errors.join("; ")}`);
    },
  },
  {
    name: "staff open the follow-up worklist, see overdue people and record a contact",
    context: { viewport: { width: 1440, height: 900 } },
    run: async (page, baseUrl) => {
      await login(page, baseUrl, "staff.qitai");
      await page
        .getByRole("navigation", { name: "功能菜单" })
        .getByRole("link", { name: "跟踪回访" })
        .click();
      await page.waitForURL("**/console/people/follow-ups");
      await page.getByRole("heading", { level: 1, name: "跟踪回访" }).waitFor({ state: "visible" });
      const overdue = page
        .locator(".ant-table-row")
        .filter({ hasText: /逾期 \d+ 天/ })
        .first();
      await overdue.waitFor({ state: "visible" });
      await page.screenshot({
        path: path.join(resultsDir, "console-follow-ups.png"),
        animations: "disabled",
      });

      await overdue.getByRole("button", { name: /记录联系/ }).click();
      const dialog = page.getByRole("dialog", { name: /记录联系/ });
      await dialog.getByRole("checkbox", { name: "岗位" }).check();
      await dialog.getByRole("button", { name: /提\s*交/ }).click();
      await page.getByText("联系已记录").waitFor({ state: "visible" });
      await dialog.waitFor({ state: "hidden" });
    },
  },
  {
    name: "admin logs into the console, sees the dashboard and the audited login",
    context: { viewport: { width: 1440, height: 900 } },
    run: async (page, baseUrl) => {
      await page.goto(`${baseUrl}/console`);
      await page.waitForURL("**/console/login");
      await page.getByLabel("用户名", { exact: true }).fill("admin");
      await page.getByLabel("密码", { exact: true }).fill(demoPassword);
      await page.getByRole("button", { name: /登\s*录/ }).click();
      await page.waitForURL((url) => url.pathname === "/console");
      await page.getByRole("heading", { level: 1, name: "工作台" }).waitFor({ state: "visible" });
      await page.getByText("账号", { exact: true }).waitFor({ state: "visible" });
      await page.screenshot({ path: path.join(resultsDir, "console-dashboard.png"), animations: "disabled" });

      await page
        .getByRole("navigation", { name: "功能菜单" })
        .getByRole("link", { name: "审计日志" })
        .click();
      await page.waitForURL("**/console/audit");
      await page.getByRole("heading", { level: 1, name: "审计日志" }).waitFor({ state: "visible" });
      await page
        .locator(".ant-table-row")
        .filter({ hasText: "auth.login" })
        .first()
        .waitFor({ state: "visible" });
      await page.screenshot({ path: path.join(resultsDir, "console-audit.png"), animations: "disabled" });
    },
  },
  applyFlow,
  wagesFlow,
];

async function runFlow(browser: Browser, flow: Flow, baseUrl: string): Promise<boolean> {
  const context = await browser.newContext({ ...flow.context, locale: "zh-CN" });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  try {
    await flow.run(page, baseUrl);
    check(pageErrors.length === 0, `uncaught errors in the page: ${pageErrors.join("; ")}`);
    console.log(`✓ ${flow.name}`);
    return true;
  } catch (error) {
    const slug = flow.name.replace(/[^a-z]+/gi, "-").slice(0, 40);
    await page.screenshot({ path: path.join(resultsDir, `failed-${slug}.png`) }).catch(() => undefined);
    console.log(`✗ ${flow.name}\n  ${error instanceof Error ? error.message : String(error)}`);
    return false;
  } finally {
    await context.close();
  }
}

async function main(): Promise<number> {
  mkdirSync(resultsDir, { recursive: true });
  buildWebIfMissing();
  const dataDir = mkdtempSync(path.join(tmpdir(), "jiuye-browser-"));
  const port = await freePort();
  let server: ChildProcess | null = null;
  let output: string[] = [];
  let browser: Browser | null = null;
  let passed = 0;
  let failed = 0;
  try {
    ({ server, output } = await startServer(port, dataDir));
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: CHROMIUM_ARGS,
    });
    for (const flow of flows) {
      if (await runFlow(browser, flow, `http://127.0.0.1:${port}`)) passed += 1;
      else failed += 1;
    }
  } catch (error) {
    failed = flows.length - passed;
    console.log(`✗ could not run the flows: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await browser?.close().catch(() => undefined);
    if (server) await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
    if (process.env.DATABASE_URL) await dropSchema(process.env.DATABASE_URL);
  }
  if (failed > 0 && output.length > 0) console.log(`server output:\n${output.join("").slice(-4000)}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
