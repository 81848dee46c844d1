import { expect, expectNoAxeViolations, LANGS, open, scrollsHorizontally, test } from "./fixtures.ts";

const T = {
  fr: {
    from: "Du",
    to: "Au",
    apply: "Appliquer",
    lang: "Langue",
    other: "English",
    views: { "": "Communiqués", timeline: "Chronologie des réunions", decisions: "Décisions" },
    counts: { "": /communiqués?$/, timeline: /réunions?$/, decisions: /décisions?$/ },
    echo: "14 février 2023 – 15 février 2023",
    impossible: "Le 2023-02-30 n’existe pas dans le calendrier",
    reversed: "La date de début (15 février 2023) est postérieure à la date de fin (14 février 2023)",
    garbage: "« demain » n’est pas une date au format AAAA-MM-JJ",
    since: "depuis le 1er juin 2023",
    untilEndOf2023: "jusqu’au 31 décembre 2023",
  },
  en: {
    from: "From",
    to: "To",
    apply: "Apply",
    lang: "Language",
    other: "Français",
    views: { "": "Releases", timeline: "Timeline of meetings", decisions: "Decisions" },
    counts: { "": /releases?$/, timeline: /meetings?$/, decisions: /decisions?$/ },
    echo: "14 February 2023 – 15 February 2023",
    impossible: "2023-02-30 does not exist in the calendar",
    reversed: "The start date (15 February 2023) is after the end date (14 February 2023)",
    garbage: "“demain” is not a date in the form YYYY-MM-DD",
    since: "since 1 June 2023",
    untilEndOf2023: "until 31 December 2023",
  },
} as const;

const VIEWS = ["", "timeline", "decisions"] as const;

for (const lang of LANGS) {
  const t = T[lang];
  const other = lang === "fr" ? "en" : "fr";

  for (const view of VIEWS) {
    const path = `/${lang}/${view}`;

    test.describe(`${path} in ${lang}`, () => {
      test("filters by typed dates, echoes the range in words and announces the count", async ({ page }) => {
        await open(page, path);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.views[view]);
        const status = page.getByRole("status");
        await expect(status).toHaveAttribute("aria-live", "polite");
        const before = await status.textContent();
        await page.getByLabel(t.from, { exact: true }).fill("2023-02-14");
        await page.getByLabel(t.to, { exact: true }).fill("2023-02-15");
        await expect(page).toHaveURL(new RegExp(`${path}$`)); // typing alone changes nothing
        await page.getByRole("button", { name: t.apply }).click();
        await expect(page).toHaveURL(new RegExp(`${path}\\?from=2023-02-14&to=2023-02-15$`));
        await expect(page.locator(".filter-echo")).toContainText(t.echo);
        await expect(status).not.toHaveText(before ?? "");
        await expect(status).toHaveText(t.counts[view]);
        await expectNoAxeViolations(page);
      });

      test("a press on Apply moves no focus, the field is left once the filter applies; Enter keeps the focus in it", async ({ page }) => {
        await open(page, path);
        const to = page.getByLabel(t.to, { exact: true });
        await to.fill("2023-12-31");
        const box = await page.getByRole("button", { name: t.apply }).boundingBox();
        if (!box) throw new Error("Apply is not displayed");
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.down();
        await expect(to).toBeFocused(); // the press itself moves nothing
        await page.mouse.up();
        await expect(page).toHaveURL(new RegExp(`${path}\\?to=2023-12-31$`));
        await expect(to).not.toBeFocused(); // and then the field is left: a phone's keyboard goes with it
        await expect(page.locator("input:focus, select:focus")).toHaveCount(0);
        await expect(page.locator(".filter-echo")).toContainText(t.untilEndOf2023); // the results are in
        await to.fill("2023-06-30");
        await to.press("Enter");
        await expect(page).toHaveURL(new RegExp(`${path}\\?to=2023-06-30$`));
        await expect(to).toBeFocused();
      });

      test("Back and Forward restore the filter; reload and a shared link give the same view", async ({ page, browser }) => {
        await open(page, path);
        const all = await page.getByRole("status").textContent();
        await page.locator(".quick-ranges").getByRole("link", { name: "2023" }).click();
        await expect(page).toHaveURL(/\?from=2023-01-01&to=2023-12-31$/);
        await expect(page.getByRole("status")).not.toHaveText(all ?? "");
        const filtered = await page.getByRole("status").textContent();
        await page.locator(".quick-ranges").getByRole("link", { name: "2024" }).click();
        await expect(page).toHaveURL(/\?from=2024-01-01&to=2024-12-31$/);
        await page.goBack();
        await expect(page).toHaveURL(/\?from=2023-01-01&to=2023-12-31$/);
        await expect(page.getByRole("status")).toHaveText(filtered ?? "");
        await expect(page.getByLabel(t.from, { exact: true })).toHaveValue("2023-01-01");
        await page.goForward();
        await expect(page.getByLabel(t.from, { exact: true })).toHaveValue("2024-01-01");
        await page.reload();
        await expect(page.getByLabel(t.to, { exact: true })).toHaveValue("2024-12-31");
        const shared = await browser.newPage();
        await open(shared, `${path}?from=2023-01-01&to=2023-12-31`);
        await expect(shared.getByRole("status")).toHaveText(filtered ?? "");
        await shared.close();
      });

      test("the language switch keeps the filter", async ({ page }) => {
        await open(page, `${path}?from=2023-06-01`);
        await expect(page.locator(".filter-echo")).toContainText(t.since);
        await page.getByRole("navigation", { name: t.lang }).getByRole("link", { name: t.other }).click();
        await expect(page).toHaveURL(new RegExp(`/${other}/${view}\\?from=2023-06-01$`));
        await expect(page.getByLabel(T[other].from, { exact: true })).toHaveValue("2023-06-01");
        await expect(page.locator(".filter-echo")).toContainText(T[other].since);
      });

      test("reports an impossible date, a reversed range and garbage next to the filter", async ({ page }) => {
        await open(page, `${path}?from=2023-02-30`);
        await expect(page.getByRole("alert")).toContainText(t.impossible);
        await expectNoAxeViolations(page);
        await open(page, `${path}?from=2023-02-15&to=2023-02-14`);
        await expect(page.getByRole("alert")).toContainText(t.reversed);
        await expect(page.locator(".filter-echo")).toContainText(t.echo);
        await open(page, `${path}?to=demain`);
        await expect(page.getByRole("alert")).toContainText(t.garbage);
      });

      test("an empty result says so, offers to clear the filter, and has no axe violations", async ({ page }) => {
        await open(page, `${path}?from=2031-01-01`);
        await expect(page.locator(".empty")).toBeVisible();
        await expectNoAxeViolations(page);
        await page.locator(".empty").getByRole("link").click();
        await expect(page).toHaveURL(new RegExp(`${path}$`));
        await expect(page.locator(".empty")).toHaveCount(0);
      });

      test("fits a 375 px phone without horizontal scrolling", async ({ page }) => {
        await page.setViewportSize({ width: 375, height: 740 });
        await open(page, `${path}?from=2023-02-30&topic=x`);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await scrollsHorizontally(page)).toBe(false);
      });
    });
  }
}
