import { expect, expectNoAxeViolations, LANGS, open, RELEASE, scrollsHorizontally, test } from "./fixtures.ts";

const T = {
  fr: {
    from: "Du",
    to: "Au",
    apply: "Appliquer",
    lang: "Langue",
    other: "English",
    views: { "": "Communiqués", timeline: "Chronologie des réunions", decisions: "Décisions" },
    counts: { "": /^\d+ communiqués?, /, timeline: /^\d+ réunions?, /, decisions: /^\d+ décisions?, / },
    showing: "Période affichée\u00a0:",
    filterHeading: "Filtrer par date",
    filterHeadingAll: "Filtrer par date, thème et type",
    quick: "Raccourcis\u00a0:",
    noResults: "Aucun résultat",
    echo: "14–15 février 2023",
    impossible: "«\u00a0\u20682023-02-30\u2069\u00a0» n’existe pas dans le calendrier",
    reversed: "La date de début (15 février 2023) est postérieure à la date de fin (14 février 2023)",
    garbage: "«\u00a0\u2068demain\u2069\u00a0» n’est pas une date lisible",
    typed: [
      ["15/02/2023", "15/02/2023", "?from=2023-02-15&to=2023-02-15", "15 février 2023"],
      ["15 février 2023", "15 fevrier 2023", "?from=2023-02-15&to=2023-02-15", "15 février 2023"],
      ["février 2023", "Février 2023", "?from=2023-02-01&to=2023-02-28", "1er–28 février 2023"],
      ["2023", "2023", "?from=2023-01-01&to=2023-12-31", "1er janvier – 31 décembre 2023"],
    ],
    since: "depuis le 1er juin 2023",
    since15February: "depuis le 15 février 2023",
    untilEndOf2023: "jusqu’au 31 décembre 2023",
  },
  en: {
    from: "From",
    to: "To",
    apply: "Apply",
    lang: "Language",
    other: "Français",
    views: { "": "Releases", timeline: "Timeline of meetings", decisions: "Decisions" },
    counts: { "": /^\d+ releases?, /, timeline: /^\d+ meetings?, /, decisions: /^\d+ decisions?, / },
    showing: "Showing:",
    filterHeading: "Filter by date",
    filterHeadingAll: "Filter by date, topic and kind",
    quick: "Quick ranges:",
    noResults: "No results",
    echo: "14 – 15 February 2023",
    impossible: "“\u20682023-02-30\u2069” does not exist in the calendar",
    reversed: "The start date (15 February 2023) is after the end date (14 February 2023)",
    garbage: "“\u2068demain\u2069” is not a date we can read",
    typed: [
      ["15/02/2023", "15/02/2023", "?from=2023-02-15&to=2023-02-15", "15 February 2023"],
      ["15 February 2023", "February 15, 2023", "?from=2023-02-15&to=2023-02-15", "15 February 2023"],
      ["February 2023", "feb 2023", "?from=2023-02-01&to=2023-02-28", "1 – 28 February 2023"],
      ["2023", "2023", "?from=2023-01-01&to=2023-12-31", "1 January – 31 December 2023"],
    ],
    since: "since 1 June 2023",
    since15February: "since 15 February 2023",
    untilEndOf2023: "until 31 December 2023",
  },
} as const;

const VIEWS = ["", "timeline", "decisions"] as const;

for (const lang of LANGS) {
  const t = T[lang];
  const other = lang === "fr" ? "en" : "fr";

  test(`in ${lang}, without JavaScript each listing says that its filter does not apply and shows its first page only, and with it says nothing`, async ({
    browser,
    baseURL,
    page,
  }) => {
    const notice =
      lang === "fr"
        ? "Sans JavaScript, le filtre ne s’applique pas et seule la première page s’affiche."
        : "Without JavaScript, the filter does not apply and only the first page is shown.";
    const next = lang === "fr" ? "Page suivante" : "Next page";
    // By its class: Playwright's text queries skip what is inside <noscript>.
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const plain = await context.newPage();
    for (const view of VIEWS) {
      await plain.goto(`/${lang}/${view}`);
      const heading = view === "decisions" ? t.filterHeadingAll : t.filterHeading;
      const said = plain.getByRole("region", { name: heading }).locator(".filter-needs-js");
      await expect(said).toBeVisible();
      await expect(said).toHaveText(notice);
    }
    // The decisions run to several pages: a static host would serve ?page=2 as this page, so no link leads there.
    await expect(plain.getByRole("navigation", { name: "Pages" }).getByText(/^Page 1/)).toBeVisible();
    await expect(plain.getByRole("link", { name: next })).toBeHidden();
    await context.close();
    await open(page, `/${lang}/decisions`);
    await expect(page.locator(".filter-needs-js")).toBeHidden();
    await expect(page.getByRole("link", { name: next })).toBeVisible();
  });

  // The three listings share the listing query: one of them is enough here.
  test(`in ${lang}, a link with a day written another way opens at its canonical address, with no extra history entry`, async ({
    page,
  }) => {
    await open(page, `/${lang}/releases/${RELEASE}`);
    await open(page, `/${lang}/?from=${encodeURIComponent(t.typed[1]?.[0] ?? "")}`);
    await expect(page).toHaveURL((url) => url.pathname === `/${lang}/` && url.search === "?from=2023-02-15");
    await expect(page.getByRole("group", { name: t.showing })).toContainText(t.since15February);
    await expect(page.getByLabel(t.from, { exact: true })).toHaveValue("2023-02-15");
    await page.goBack();
    await expect(page).toHaveURL((url) => url.pathname === `/${lang}/releases/${RELEASE}`);
  });

  test(`in ${lang}, a shared link with a year and a #fragment opens at its canonical address, in the month it names`, async ({ page }) => {
    await open(page, `/${lang}/timeline?from=2023#month-2025-10`);
    await expect(page).toHaveURL((url) => url.search === "?from=2023-01-01" && url.hash === "#month-2025-10");
    await expect(page.locator('section[aria-labelledby="month-2025-10"]')).toBeInViewport();
  });

  test(`in ${lang}, turning a page of decisions from the keyboard takes focus to the new page's top, where the view goes`, async ({
    page,
  }) => {
    await open(page, `/${lang}/decisions`);
    await page.getByRole("link", { name: lang === "fr" ? "Page suivante" : "Next page" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    // The next Tab goes on from the top of the new page, not from the pager at its foot.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? -1)).toBeLessThan(
      await page.evaluate(() => window.innerHeight),
    );
    // Back returns to page 2 where it was left, at its pager: focus is not sent to the heading, off screen.
    const next = page.getByRole("link", { name: lang === "fr" ? "Page suivante" : "Next page" });
    await next.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/[?&]page=3(&|$)/);
    // Page 3 drawn and its heading focused before the reader acts again: the address changes before the page does.
    await expect(heading).toBeFocused();
    await next.focus();
    await page.goBack();
    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    await expect(page.getByRole("navigation", { name: "Pages" })).toContainText(lang === "fr" ? "Page 2 sur" : "Page 2 of");
    await expect(heading).not.toBeFocused();
  });

  for (const view of VIEWS) {
    const path = `/${lang}/${view}`;

    test.describe(`${path} in ${lang}`, () => {
      test("reads the days as a reader types them, writes them back as YYYY-MM-DD, echoes them in words and announces the count", async ({
        page,
      }) => {
        await open(page, path);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.views[view]);
        const status = page.getByRole("status");
        await expect(status).toHaveAttribute("aria-live", "polite");
        const before = await status.textContent();
        const echo = page.getByRole("group", { name: t.showing });
        await page.getByLabel(t.from, { exact: true }).fill("2023-02-14");
        await page.getByLabel(t.to, { exact: true }).fill("2023-02-15");
        await expect(page).toHaveURL(new RegExp(`${path}$`)); // typing alone changes nothing
        await page.getByRole("button", { name: t.apply }).click();
        await expect(page).toHaveURL(new RegExp(`${path}\\?from=2023-02-14&to=2023-02-15$`));
        await expect(echo).toContainText(t.echo);
        await expect(status).not.toHaveText(before ?? "");
        await expect(status).toHaveText(t.counts[view]);
        await expectNoAxeViolations(page);
        for (const [from, to, search, words] of t.typed) {
          await page.getByLabel(t.from, { exact: true }).fill(from);
          await page.getByLabel(t.to, { exact: true }).fill(to);
          await page.getByRole("button", { name: t.apply }).click();
          await expect(page).toHaveURL((url) => url.pathname === path && url.search === search);
          await expect(echo).toContainText(words);
          await expect(page.getByRole("alert")).toHaveCount(0);
        }
        // Enter in a field applies the filter too, and the reader stays in the field.
        const to = page.getByLabel(t.to, { exact: true });
        await to.fill("2023-06-30");
        await to.press("Enter");
        await expect(page).toHaveURL((url) => url.pathname === path && url.search === "?from=2023-01-01&to=2023-06-30");
        await expect(to).toBeFocused();
        await expect(to).toHaveValue("2023-06-30");
      });

      test("Back and Forward restore the filter; reload and a shared link give the same view", async ({ page, browser }) => {
        await open(page, path);
        const all = await page.getByRole("status").textContent();
        await page.getByRole("group", { name: t.quick }).getByRole("link", { name: "2023" }).click();
        await expect(page).toHaveURL(/\?from=2023-01-01&to=2023-12-31$/);
        await expect(page.getByRole("status")).not.toHaveText(all ?? "");
        const filtered = await page.getByRole("status").textContent();
        await page.getByRole("group", { name: t.quick }).getByRole("link", { name: "2024" }).click();
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
        await expect(page.getByRole("group", { name: t.showing })).toContainText(t.since);
        await page.getByRole("navigation", { name: t.lang }).getByRole("link", { name: t.other }).click();
        await expect(page).toHaveURL(new RegExp(`/${other}/${view}\\?from=2023-06-01$`));
        await expect(page.getByLabel(T[other].from, { exact: true })).toHaveValue("2023-06-01");
        await expect(page.getByRole("group", { name: T[other].showing })).toContainText(T[other].since);
      });

      test("reports an impossible date, a reversed range and garbage next to the filter", async ({ page }) => {
        await open(page, `${path}?from=2023-02-30`);
        await expect(page.getByRole("alert")).toContainText(t.impossible);
        await expectNoAxeViolations(page);
        await open(page, `${path}?from=2023-02-15&to=2023-02-14`);
        await expect(page.getByRole("alert")).toContainText(t.reversed);
        await expect(page.getByRole("group", { name: t.showing })).toContainText(t.echo);
        await open(page, `${path}?to=demain`);
        await expect(page.getByRole("alert")).toContainText(t.garbage);
        // The field it names is marked too, not only described: a thicker border than the field beside it.
        const border = (label: string) =>
          page.getByLabel(label, { exact: true }).evaluate((field) => Number.parseFloat(getComputedStyle(field).borderTopWidth));
        await expect(page.getByLabel(t.to, { exact: true })).toHaveAttribute("aria-invalid", "true");
        expect(await border(t.to)).toBeGreaterThan(await border(t.from));
      });

      test("an empty result says so, offers to clear the filter, and has no axe violations", async ({ page }) => {
        await open(page, `${path}?from=2031-01-01`);
        const empty = page.getByRole("region", { name: t.noResults });
        await expect(empty).toBeVisible();
        await expectNoAxeViolations(page);
        await empty.getByRole("link").click();
        await expect(page).toHaveURL(new RegExp(`${path}$`));
        await expect(empty).toHaveCount(0);
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
