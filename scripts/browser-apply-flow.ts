/**
 * The browser flow of one-click applying: a job seeker of its own (registered here, so it needs no
 * other flow) applies to the demo employer's published posting on a phone; the employer sees the
 * applicant on the posting and invites them to an interview; the seeker finds the news in the inbox.
 */
import path from "node:path";
import { computeIdNumberCheck } from "@jiuye/identifiers/gb11643";
import type { Page } from "playwright-core";
import {
  check,
  consoleErrors,
  DESKTOP,
  type Flow,
  login,
  PHONE,
  pickRegion,
  resultsDir,
} from "./browser-kit.ts";

/** A synthetic 公民身份号码 (Qitai, born 1990-01-01) with its GB 11643 check digit; it names no one. */
const APPLICANT_ID = `65232519900101234${computeIdNumberCheck("65232519900101234")}`;
const APPLICANT = "应聘测试者";
const APPLICANT_PHONE = "13987654321";
const PASSWORD = "apply-flow-2026";
/** The demo posting of the demo employer (employer.demo), published by the seed. */
const POSTING = { title: "钢筋工", employer: "昌吉示范建设工程有限公司" };
const QITAI = ["新疆维吾尔自治区", "昌吉回族自治州", "奇台县"];

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(resultsDir, `${name}.png`), animations: "disabled" });

/** Registers a job-seeker account through the public register page; it is signed in afterwards. */
async function registerSeeker(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/register`);
  await page.getByLabel("姓名或称呼", { exact: true }).fill(APPLICANT);
  await pickRegion(page, "所在地区", QITAI);
  await page.getByLabel("用户名", { exact: true }).fill(username);
  await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await page.getByLabel("确认密码", { exact: true }).fill(PASSWORD);
  await page.locator("label", { hasText: "我已阅读并同意上述隐私说明" }).click();
  // The fixed tab bar may sit over the bottom of a phone screen: submit from the keyboard.
  await page.getByRole("button", { name: /^注\s*册$/ }).press("Enter");
  await page.getByText("注册成功").waitFor({ state: "visible" });
}

/** Fills in the registry record (我的求职登记) the application will carry. */
async function registerRecord(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1, name: "我的求职登记" }).waitFor({ state: "visible" });
  await page.getByLabel("姓名", { exact: true }).fill(APPLICANT);
  await page.getByLabel("公民身份号码", { exact: true }).fill(APPLICANT_ID);
  await page.getByLabel("手机号码", { exact: true }).fill(APPLICANT_PHONE);
  await pickRegion(page, "居住地区", QITAI);
  await page.locator("label", { hasText: "自愿登记" }).click();
  await page.getByRole("button", { name: /提交登记/ }).press("Enter");
  await page.getByText("登记成功").waitFor({ state: "visible" });
}

/** The employer, on a desktop: the applicant on the posting's 应聘者 tab, moved to interview. */
async function inviteToInterview(page: Page, baseUrl: string): Promise<void> {
  await login(page, baseUrl, "employer.demo");
  const menu = page.getByRole("navigation", { name: "功能菜单" });
  await menu.getByRole("link", { name: "岗位管理" }).click();
  await page.getByRole("heading", { level: 1, name: "岗位管理" }).waitFor({ state: "visible" });
  await page.locator(".ant-table-row").filter({ hasText: POSTING.title }).first().getByRole("link").click();
  const drawer = page.getByRole("dialog").filter({ hasText: POSTING.title });
  await drawer.getByRole("tab", { name: "应聘者" }).click();
  const row = drawer.locator(".ant-table-row").filter({ hasText: APPLICANT });
  // Opening the applicants marks the new application viewed; the phone is shown in full.
  await row.getByText("已查看").waitFor({ state: "visible" });
  await row.getByText(APPLICANT_PHONE).waitFor({ state: "visible" });
  await shot(page, "console-applicants");

  await row.getByRole("button", { name: "邀请面试" }).click();
  const dialog = page.getByRole("dialog", { name: new RegExp(`邀请面试：${APPLICANT}`) });
  await dialog.getByLabel(/留言/).fill("周一上午 10 点到项目部面试");
  await dialog.getByRole("button", { name: "邀请面试" }).click();
  await dialog.waitFor({ state: "hidden" });
  await row.locator(".ant-tag", { hasText: "邀请面试" }).waitFor({ state: "visible" });
  // An interview can go on to an offer or a rejection, never straight to a hire.
  check(
    (await row.getByRole("button", { name: "确认录用" }).count()) === 0,
    "a hire is offered before an offer was made",
  );

  // The employer's inbox across postings counts it under 邀请面试.
  await drawer.locator(".ant-drawer-close").click();
  await drawer.waitFor({ state: "hidden" });
  await menu.getByRole("link", { name: "应聘管理" }).click();
  await page.getByRole("heading", { level: 1, name: "应聘管理" }).waitFor({ state: "visible" });
  await page.getByRole("tab", { name: /邀请面试（1）/ }).waitFor({ state: "visible" });
  await page.locator(".ant-table-row").filter({ hasText: APPLICANT }).waitFor({ state: "visible" });
  await shot(page, "console-applications");
}

export const applyFlow: Flow = {
  name: "a job seeker applies in one tap; the employer sees the applicant and invites them to interview",
  context: PHONE,
  run: async (page, baseUrl) => {
    const errors = consoleErrors(page);
    await registerSeeker(page, baseUrl, `apply.flow.${Date.now().toString(36)}`);

    // The posting, found as anyone finds it; without a registry record the page says what to do first.
    await page.goto(`${baseUrl}/jobs?q=${encodeURIComponent(POSTING.title)}`);
    await page.locator(".job-card", { hasText: POSTING.employer }).first().getByRole("link").click();
    await page.waitForURL(/\/jobs\/[0-9a-f-]{36}$/);
    const postingUrl = page.url();
    await page.getByText(/请先完成求职登记/).waitFor({ state: "visible" });
    await page.getByRole("link", { name: /填写求职登记/ }).click();
    await page.waitForURL("**/me/profile");
    await registerRecord(page);

    // One tap, with a short note; then the status shows instead of the button.
    await page.goto(postingUrl);
    await page.getByRole("button", { name: /给用人单位留言/ }).click();
    await page
      .getByLabel(/给用人单位留言/)
      .last()
      .fill("可随时到岗");
    await page.getByRole("button", { name: /一键应聘/ }).press("Enter");
    await page.getByText("应聘成功").waitFor({ state: "visible" });
    await page.locator(".apply-status .ant-tag", { hasText: "已投递" }).waitFor({ state: "visible" });
    await shot(page, "phone-applied");
    await page.reload();
    await page.locator(".apply-status .ant-tag", { hasText: "已投递" }).waitFor({ state: "visible" });
    check(
      (await page.getByRole("button", { name: /一键应聘/ }).count()) === 0,
      "the apply button is still offered after applying",
    );

    const browser = page.context().browser();
    if (!browser) throw new Error("no browser to open the employer's console in");
    const desktop = await browser.newContext({ ...DESKTOP, locale: "zh-CN" });
    desktop.setDefaultTimeout(15_000);
    const console = await desktop.newPage();
    try {
      await inviteToInterview(console, baseUrl);
    } catch (error) {
      await shot(console, "failed-console-applicants").catch(() => undefined);
      throw error;
    } finally {
      await desktop.close();
    }

    // Back on the phone: the application moved on, and the news waits unread in the inbox.
    await page.goto(`${baseUrl}/me/applications`);
    const card = page.locator(".application-card", { hasText: POSTING.title });
    await card.locator(".ant-tag", { hasText: "邀请面试" }).waitFor({ state: "visible" });
    await page.getByRole("link", { name: /消息（\d+ 条未读）/ }).click();
    await page.waitForURL("**/me/inbox");
    await page.getByText(`应聘进展：${POSTING.title}`).click();
    await page.getByText(/邀请您参加面试/).waitFor({ state: "visible" });
    // Opening it marked it read.
    await page
      .locator(".inbox-unread", { hasText: `应聘进展：${POSTING.title}` })
      .waitFor({ state: "detached" });
    await shot(page, "phone-inbox");
    check(errors.length === 0, `errors in the console: ${errors.join("; ")}`);
  },
};
