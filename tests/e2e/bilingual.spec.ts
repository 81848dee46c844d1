import { expect, expectNoAxeViolations, LANGS, open, RELEASE, scrollsHorizontally, test } from "./fixtures.ts";

const NBSP = "\u00a0";
const TITLES = {
  fr: "Les ministres de la Défense des pays de l’OTAN intensifient le soutien à l’Ukraine et renforcent la dissuasion et la défense",
  en: "NATO Defence Ministers step up support for Ukraine and strengthen deterrence and defence",
};

for (const lang of LANGS) {
  const other = lang === "fr" ? "en" : "fr";
  const bilingual = `/${lang}/releases/${RELEASE}/bilingual`;
  const t = {
    fr: {
      there: "Lire en parallèle",
      back: "Une seule langue",
      switchTo: "English",
      langNav: "Langue",
      copy: `Copier le lien du paragraphe${NBSP}3`,
      number: `Paragraphe${NBSP}3`,
      copied: `Lien du paragraphe${NBSP}3 copié.`,
    },
    en: {
      there: "Read side by side",
      back: "One language",
      switchTo: "Français",
      langNav: "Language",
      copy: "Copy link to paragraph 3",
      number: "Paragraph 3",
      copied: "Link to paragraph 3 copied.",
    },
  }[lang];

  test.describe(`side by side in ${lang}`, () => {
    test("goes there from the article and back", async ({ page }) => {
      await open(page, `/${lang}/releases/${RELEASE}`);
      // The release's file holds both languages: the view asks for no other data.
      const data: string[] = [];
      page.on("request", (request) => {
        if (new URL(request.url()).pathname.startsWith("/data/")) data.push(request.url());
      });
      await page.getByRole("link", { name: t.there }).click();
      await expect(page).toHaveURL(new RegExp(`${bilingual}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLES[lang]);
      expect(data).toEqual([]);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      // The other language's title pairs with the headline, marked with its language.
      await expect(page.locator(`.pair-title .cell[lang="${other}"]`)).toContainText(TITLES[other]);
      await page.getByRole("link", { name: t.back }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/releases/${RELEASE}$`));
      await expect(page.getByRole("link", { name: t.there })).toBeVisible();
    });

    test("puts each pair's two cells side by side on a wide screen, in DOM order pair by pair", async ({ page }) => {
      await open(page, bilingual);
      const cells = page.locator("#lead > .cell");
      await expect(cells).toHaveCount(2);
      await expect(cells.nth(0)).toHaveAttribute("lang", lang);
      await expect(cells.nth(1)).toHaveAttribute("lang", other);
      const [a, b] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
      expect(a && b && Math.abs(a.y - b.y) < 2 && b.x > a.x + a.width, "two columns").toBe(true);
    });

    test("keeps the view and the #fragment across the language switch", async ({ page }) => {
      await open(page, `${bilingual}#ukraine`);
      await page.getByRole("navigation", { name: t.langNav }).getByRole("link", { name: t.switchTo }).click();
      await expect(page).toHaveURL(new RegExp(`/${other}/releases/${RELEASE}/bilingual#ukraine$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLES[other]);
      await expect(page.locator("#ukraine > .cell").first()).toHaveAttribute("lang", other);
      await expect(page.locator("#ukraine")).toBeInViewport();
    });

    test("opens a deep link to a pair at that pair, its ¶ number linking to it", async ({ page }) => {
      await open(page, `${bilingual}#defence-planning-quote`);
      await expect(page.locator("#defence-planning-quote")).toBeInViewport();
      await expect(page.getByRole("link", { name: t.number, exact: true })).toHaveAttribute("href", "#defence-planning-quote");
    });

    test("reflows at 320 px with no sideways scroll and has no axe violation in the dark scheme", async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
      await open(page, bilingual);
      expect(await scrollsHorizontally(page)).toBe(false);
      // Stacked: the page's language first, the other below it.
      const [a, b] = [await page.locator("#lead > .cell").nth(0).boundingBox(), await page.locator("#lead > .cell").nth(1).boundingBox()];
      expect(a && b && b.y >= a.y + a.height - 1, "stacked").toBe(true);
      await expectNoAxeViolations(page);
    });

    test("has no axe violations in the light scheme", async ({ page }) => {
      await page.emulateMedia({ colorScheme: "light" });
      await open(page, bilingual);
      await expectNoAxeViolations(page);
    });

    test("prints the pairs side by side, without the buttons", async ({ page }) => {
      await open(page, bilingual);
      await page.emulateMedia({ media: "print" });
      await expect(page.getByRole("navigation", { name: t.langNav })).toBeHidden();
      await expect(page.locator(".column-head").nth(1)).toBeVisible();
      await expect(page.getByRole("button", { name: t.copy })).toBeHidden();
      const cells = page.locator("#ukraine > .cell");
      await expect(cells.nth(1)).toBeVisible();
      const [a, b] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
      expect(a && b && Math.abs(a.y - b.y) < 2, "two columns on paper").toBe(true);
      const pdf = await page.pdf({ format: "A4" });
      expect(pdf.byteLength).toBeGreaterThan(10_000);
    });

    for (const view of ["article", "side by side"]) {
      test(`copies a paragraph's link by keyboard in the ${view} view, and says so`, async ({ browser, baseURL }) => {
        const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
        const page = await context.newPage();
        const path = view === "article" ? `/${lang}/releases/${RELEASE}` : bilingual;
        await open(page, path);
        await page.getByRole("link", { name: t.number, exact: true }).focus();
        await page.keyboard.press("Tab");
        await expect(page.getByRole("button", { name: t.copy })).toBeFocused();
        await page.keyboard.press("Enter");
        await expect(page.locator("#live-region[aria-live=polite]")).toHaveText(t.copied);
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${path}#defence-planning-quote`);
        await context.close();
      });
    }

    test("says so when the browser refuses the clipboard", async ({ page }) => {
      await open(page, bilingual);
      await page.evaluate(() => {
        Object.defineProperty(navigator, "clipboard", {
          value: { writeText: () => Promise.reject(new DOMException("Denied", "NotAllowedError")) },
        });
      });
      await page.getByRole("button", { name: t.copy }).click();
      await expect(page.locator("#live-region[aria-live=polite]")).toContainText(
        lang === "fr" ? "Le navigateur n’a pas permis la copie" : "The browser did not allow copying",
      );
    });

    test("is prerendered: readable without JavaScript, both languages paired", async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const response = await page.goto(bilingual);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLES[lang]);
      await expect(page.locator(`#ukraine > .cell[lang="${other}"]`)).toContainText(
        other === "fr" ? "Ce mardi (14 février)" : "On Tuesday (14 February)",
      );
      await expect(page.getByRole("link", { name: t.number, exact: true })).toBeVisible();
      // The copy button needs JavaScript: without it, only the number's link shows.
      await expect(page.getByRole("button", { name: t.copy })).toBeHidden();
      await context.close();
    });
  });
}
