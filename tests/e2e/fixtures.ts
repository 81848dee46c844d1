// Shared browser-test fixtures: every page must get through a test with no console error and no page error.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export const RELEASE = "2023-02-15-defence-ministers";
export const LANGS = ["fr", "en"] as const;

type Fixtures = {
  consoleErrors: string[];
  /** Console messages a test provokes on purpose (an aborted request), so they do not fail it. */
  allowConsole: RegExp[];
};

export const test = base.extend<Fixtures>({
  allowConsole: async ({ page: _page }, use) => {
    await use([]);
  },
  consoleErrors: [
    async ({ page, allowConsole }, use) => {
      const errors: string[] = [];
      // A 404 page is served with status 404, and Chromium logs that for the document itself; that one
      // line is the HTTP status doing its job. Any other failed load (a data file, a chunk) still counts.
      const notFoundDocuments = new Set<string>();
      page.on("response", (response) => {
        if (response.status() === 404 && response.request().isNavigationRequest()) notFoundDocuments.add(response.url());
      });
      page.on("console", (msg) => {
        if (msg.type() !== "error" && msg.type() !== "warning") return;
        if (msg.text().startsWith("Failed to load resource") && notFoundDocuments.has(msg.location().url)) return;
        errors.push(`console.${msg.type()}: ${msg.text()} (${msg.location().url})`);
      });
      page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
      await use(errors);
      expect(
        errors.filter((e) => !allowConsole.some((pattern) => pattern.test(e))),
        "console errors and warnings",
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Zero axe violations for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, "axe violations").toEqual([]);
}

/** True when the page scrolls sideways at the current width. */
export async function scrollsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/** Opens a page and waits until it is hydrated (interactive), as a reader's next click would find it. */
export async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}
