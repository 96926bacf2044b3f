/** What the browser flows share: where results go, the demo password, devices, and small steps. */
import path from "node:path";
import type { BrowserContextOptions, Page } from "playwright-core";

export const root = path.resolve(import.meta.dirname, "..");
export const resultsDir = path.join(root, ".test-results");
export const demoPassword = process.env.JIUYE_DEMO_PASSWORD || "jiuye-demo-2026";

export interface Flow {
  name: string;
  context: BrowserContextOptions;
  run: (page: Page, baseUrl: string) => Promise<void>;
}

export function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };

/** Collects what the page logs as errors (failed requests, React warnings turned errors). */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return errors;
}

/** Logs a console account in through the console's login page. */
export async function login(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/console/login`);
  await page.getByLabel("用户名", { exact: true }).fill(username);
  await page.getByLabel("密码", { exact: true }).fill(demoPassword);
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await page.waitForURL((url) => url.pathname === "/console");
}

/** Picks a region in Ant Design's cascader, level by level, and closes it. */
export async function pickRegion(page: Page, label: string, names: string[]): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  for (const name of names) {
    await page.locator(".ant-cascader-menu-item", { hasText: name }).first().click();
  }
  await page.keyboard.press("Escape");
}
