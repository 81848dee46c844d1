import { SUBPATH_PORT } from "../../playwright.config.ts";
import { expect, expectNoAxeViolations, LANGS, open, RELEASE, scrollsHorizontally, test } from "./fixtures.ts";

const TITLES = {
  fr: "Les ministres de la Défense des pays de l’OTAN intensifient le soutien à l’Ukraine et renforcent la dissuasion et la défense",
  en: "NATO Defence Ministers step up support for Ukraine and strengthen deterrence and defence",
};

test.describe("the language chosen at /", () => {
  test("a French browser is sent to /fr/", async ({ browser }) => {
    const context = await browser.newContext({ locale: "fr-CA" });
    const page = await context.newPage();
    await open(page, "/");
    await expect(page).toHaveURL(/\/fr\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Communiqués");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await context.close();
  });

  test("any other browser is sent to /en/", async ({ browser }) => {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    await open(page, "/");
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  });

  test("the saved choice wins over the browser's languages", async ({ page }) => {
    await open(page, "/en/");
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).click();
    await expect(page).toHaveURL(/\/fr\/$/);
    await open(page, "/");
    await expect(page).toHaveURL(/\/fr\/$/);
  });

  for (const [lang, locale] of [
    ["fr", "fr-FR"],
    ["en", "en-GB"],
  ] as const) {
    test(`a shared link without a language opens in ${lang} at the #fragment it names`, async ({ browser }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await open(page, `/releases/${RELEASE}#industry-stockpiles`);
      await expect(page).toHaveURL((url) => url.pathname === `/${lang}/releases/${RELEASE}` && url.hash === "#industry-stockpiles");
      await expect(page.locator("#industry-stockpiles")).toBeInViewport();
      // Through the listing's own redirect too (a year made a day).
      await open(page, "/timeline?from=2023#month-2025-10");
      await expect(page).toHaveURL(
        (url) => url.pathname === `/${lang}/timeline` && url.search === "?from=2023-01-01" && url.hash === "#month-2025-10",
      );
      await expect(page.locator('section[aria-labelledby="month-2025-10"]')).toBeInViewport();
      // Another spelling too (a final slash), which the host serves the 404 page for.
      await open(page, "/timeline/#month-2025-10");
      await expect(page).toHaveURL((url) => url.pathname === `/${lang}/timeline` && url.hash === "#month-2025-10");
      await expect(page.locator('section[aria-labelledby="month-2025-10"]')).toBeInViewport();
      // Under a sub-path, the language goes after it.
      await open(page, `http://localhost:${SUBPATH_PORT}/communique/timeline#month-2025-10`);
      await expect(page).toHaveURL((url) => url.pathname === `/communique/${lang}/timeline` && url.hash === "#month-2025-10");
      await expect(page.locator('section[aria-labelledby="month-2025-10"]')).toBeInViewport();
      await context.close();
    });
  }

  test("an unsupported language prefix goes to the best supported one", async ({ page }) => {
    await open(page, `/de/releases/${RELEASE}`);
    await expect(page).toHaveURL(new RegExp(`/en/releases/${RELEASE}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLES.en);
  });
});

for (const lang of LANGS) {
  const other = lang === "fr" ? "en" : "fr";
  const t = {
    fr: {
      meetings: "Réunions",
      decisions: /^Décisions/,
      lang: "Langue",
      switchTo: "English",
      notFound: "Page introuvable",
      about: "À propos de ce texte",
      sources: /^Sources\s:/,
    },
    en: {
      meetings: "Meetings",
      decisions: /^Decisions/,
      lang: "Language",
      switchTo: "Français",
      notFound: "Page not found",
      about: "About this text",
      sources: /^Sources:/,
    },
  }[lang];

  test.describe(`the article in ${lang}`, () => {
    test("shows title, dates, provenance, body, timeline and decisions", async ({ page }) => {
      await open(page, `/${lang}/releases/${RELEASE}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLES[lang]);
      await expect(page).toHaveTitle(`${TITLES[lang]} — Communiqué`);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("time[datetime='2023-02-15T17:21:00+01:00']")).toHaveText(
        lang === "fr" ? "15 février 2023, 17 h 21" : "15 February 2023, 17:21",
      );
      await expect(page.locator(".provenance")).toContainText(lang === "fr" ? "Texte officiel" : "Our translation");

      const timeline = page.getByRole("region", { name: t.meetings }).locator("ol.timeline > li");
      await expect(timeline).toHaveCount(2);
      const [a, b] = [await timeline.nth(0).boundingBox(), await timeline.nth(1).boundingBox()];
      expect(a && b && b.y >= a.y + a.height - 1, "the timeline is vertical").toBe(true);
      await expect(timeline.nth(0).locator("time")).toHaveAttribute("datetime", "2023-02-14");

      const decisions = page.getByRole("region", { name: t.decisions }).locator("li.decision");
      await expect(decisions).toHaveCount(10);
      // A stated position (the pledges welcomed) leads to the paragraph it comes from.
      await decisions
        .filter({ has: page.locator(".badge-stated") })
        .first()
        .getByRole("link", { name: lang === "fr" ? "Paragraphe source" : "Source paragraph" })
        .click();
      await expect(page).toHaveURL(/#ukraine$/);
      await expect(page.locator("#ukraine")).toBeInViewport();
    });

    test("a linked paragraph lands clear of the sticky header, at every width", async ({ context }) => {
      // Phone, tablet (where the header used to wrap onto more rows than targets kept clear of) and desktop widths.
      for (const width of [375, 720, 880, 1160]) {
        // A new tab each time: opened again in the same tab, the address would find the place it was left at.
        const page = await context.newPage();
        await page.setViewportSize({ width, height: 800 });
        await open(page, `/${lang}/releases/${RELEASE}#industry-stockpiles`);
        const target = page.locator("#industry-stockpiles");
        await expect(target).toBeInViewport();
        const header = await page.locator(".site-header").boundingBox();
        const box = await target.boundingBox();
        expect(
          box && header && box.y - (header.y + header.height),
          `${width} px: space between the header and the paragraph`,
        ).toBeGreaterThanOrEqual(0);
        await page.close();
      }
    });

    test("has no axe violations (the dark scheme: hardening.spec.ts)", async ({ page }) => {
      await open(page, `/${lang}/releases/${RELEASE}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test("the language switch keeps path, query, fragment and the paragraph in view", async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await open(page, `/${lang}/releases/${RELEASE}?from=2023-02-14#defence-investment`);
      await expect(page.locator("#defence-investment")).toBeInViewport();
      // The reader is reading the industry paragraph, 150 px below the top of the window.
      await page.locator("#industry-stockpiles").evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 150));
      const anchor = { id: "industry-stockpiles", top: 150 };
      // The switch stays in view while reading; click it where the reader sees it (no scrolling first).
      const link = page.getByRole("navigation", { name: t.lang }).getByRole("link", { name: t.switchTo });
      await expect(link).toBeInViewport();
      const box = await link.boundingBox();
      await page.mouse.click((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
      await expect(page).toHaveURL(new RegExp(`/${other}/releases/${RELEASE}\\?from=2023-02-14#defence-investment$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLES[other]);
      await expect(page.locator("html")).toHaveAttribute("lang", other);
      const top = await page.locator(`#${anchor.id}`).evaluate((el) => el.getBoundingClientRect().top);
      expect(Math.abs(top - anchor.top), `#${anchor.id} stays where it was`).toBeLessThan(4);
      await expect(page).toHaveTitle(`${TITLES[other]} — Communiqué`);
    });

    test("on a phone, by keyboard, the switch keeps the paragraph in view too", async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await open(page, `/${lang}/releases/${RELEASE}`);
      await page.locator("#ukraine").evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 120));
      const link = page.getByRole("navigation", { name: t.lang }).getByRole("link", { name: t.switchTo });
      await link.focus();
      await expect(link).toBeInViewport();
      await page.keyboard.press("Enter");
      await expect(page.locator("html")).toHaveAttribute("lang", other);
      const top = await page.locator("#ukraine").evaluate((el) => el.getBoundingClientRect().top);
      expect(Math.abs(top - 120)).toBeLessThan(4);
      await expect(page.getByRole("navigation", { name: other === "fr" ? "Langue" : "Language" }).getByRole("link")).toBeFocused();
    });

    test("opened with a query and a #fragment, its links to the other language carry them (a new tab, a copied link)", async ({ page }) => {
      for (const view of ["", "/bilingual"]) {
        await open(page, `/${lang}/releases/${RELEASE}${view}?from=2023-02-14#ukraine`);
        const there = `/${other}/releases/${RELEASE}${view}?from=2023-02-14#ukraine`;
        const sw = page.getByRole("navigation", { name: t.lang }).getByRole("link", { name: t.switchTo });
        await expect(sw).toHaveAttribute("href", there);
        if (view === "")
          await expect(page.getByRole("region", { name: t.about }).locator(`a[hreflang="${other}"]`)).toHaveAttribute("href", there);
      }
    });

    test("a paragraph's sources are in the small type under the lead as under the others", async ({ page }) => {
      await open(page, `/${lang}/releases/2023-07-12-vilnius-summit`);
      const blocks = page.locator(".article-body > .block");
      const sources = blocks.getByText(t.sources);
      await expect(sources.first()).toBeVisible();
      const size = (el: Element) => Number.parseFloat(getComputedStyle(el).fontSize);
      const sizes = await sources.evaluateAll((els) =>
        els.map((el) => Number.parseFloat(getComputedStyle(el.closest("p") ?? el).fontSize)),
      );
      expect(sizes.length).toBeGreaterThan(1);
      expect(new Set(sizes).size, sizes.join(", ")).toBe(1);
      const lead = await blocks.first().locator("p").first().evaluate(size);
      expect(sizes[0]).toBeLessThan(lead);
    });

    test("a #fragment link opens at its paragraph", async ({ page }) => {
      await open(page, `/${lang}/releases/${RELEASE}#partners-at-risk`);
      await open(page, `/${lang}/releases/${RELEASE}#ukraine`);
      await expect(page.locator("#ukraine")).toBeInViewport();
    });

    test("opened afresh in a tab that was scrolled elsewhere, it starts at its top; a reload keeps the place", async ({ page }) => {
      await open(page, `/${lang}/decisions`);
      await page.evaluate(() => window.scrollTo(0, 900));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(900);
      await open(page, `/${lang}/releases/${RELEASE}`);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
      await page.evaluate(() => window.scrollTo(0, 600));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(600);
      await page.reload();
      await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(600);
    });

    test("on a phone, the people and sources below the article take their own height before they are reached", async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await open(page, `/${lang}/releases/${RELEASE}`);
      const footer = page.locator(".release-footer");
      const unseen = await footer.evaluate((el) => el.getBoundingClientRect().height);
      await footer.scrollIntoViewIfNeeded();
      await expect(footer).toBeInViewport();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const seen = await footer.evaluate((el) => el.getBoundingClientRect().height);
      // An estimate in its place would leave a blank band at the end of the page, or make it jump when reached.
      expect(Math.abs(seen - unseen), `${unseen} px before, ${seen} px in view`).toBeLessThan(2);
    });

    test("fits a 375 px phone without horizontal scrolling", async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      for (const path of [`/${lang}/releases/${RELEASE}`, `/${lang}/`, `/${lang}/nowhere`]) {
        await open(page, path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await scrollsHorizontally(page), path).toBe(false);
      }
    });
  });

  test.describe(`the archive and the 404 in ${lang}`, () => {
    test("the archive lists the release and links to it", async ({ page }) => {
      await open(page, `/${lang}/`);
      await page.getByRole("link", { name: TITLES[lang] }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/releases/${RELEASE}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLES[lang]);
      await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    });

    test("an unknown release or path shows a 404 in the reader's language with a way back", async ({ page }) => {
      for (const path of [`/${lang}/releases/unknown-release`, `/${lang}/no/such/page`]) {
        await open(page, path);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.notFound);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expectNoAxeViolations(page);
      }
      await page.getByRole("link", { name: lang === "fr" ? "Aller à la liste des communiqués" : "Go to the list of releases" }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
    });

    test("the archive has no axe violations", async ({ page }) => {
      await open(page, `/${lang}/`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}
