import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, LANGS, open, RELEASE, scrollsHorizontally, test } from "./fixtures.ts";

const T = {
  fr: {
    lang: "Langue",
    main: "Principale",
    decisions: "Décisions",
    error: "Impossible d’afficher cette page",
    retry: "Réessayer",
    back: "Aller à la liste des communiqués",
    notFound: "Page introuvable",
    source: "Paragraphe source",
    quick: "Raccourcis\u00a0:",
    showing: "Période affichée\u00a0:",
    loading: "Chargement…",
    applying: "Application du filtre de l’adresse…",
    echo: "14–15 février 2023",
  },
  en: {
    lang: "Language",
    main: "Main",
    decisions: "Decisions",
    error: "This page could not be shown",
    retry: "Try again",
    back: "Go to the list of releases",
    notFound: "Page not found",
    source: "Source paragraph",
    quick: "Quick ranges:",
    showing: "Showing:",
    loading: "Loading…",
    applying: "Applying the filter in the address…",
    echo: "14 – 15 February 2023",
  },
} as const;

/** Records the page's Content-Security-Policy violations, from the first byte of every document. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test.describe("security", () => {
  test("pages carry the strict policy, as header and <meta>, and nothing on them violates it", async ({ page }) => {
    const violations = await watchCsp(page);
    const response = await page.goto(`/fr/releases/${RELEASE}`);
    // Two policies, as the host joins them: frame-ancestors on every path, the page's own on this one (scripts/security.ts).
    expect(response?.headers()["content-security-policy"]).toBe(
      "frame-ancestors 'none', default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'",
    );
    expect(response?.headers()["x-content-type-options"]).toBe("nosniff");
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      "content",
      /^default-src 'self'; script-src 'self'; style-src 'self';/,
    );
    await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
    expect(await violations()).toEqual([]);
    // A journey through the app: switch language, go to the decisions, filter, come back.
    await page.getByRole("navigation", { name: "Langue" }).getByRole("link", { name: "English" }).click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Decisions" }).click();
    await page.getByRole("group", { name: "Quick ranges:" }).getByRole("link", { name: "2023" }).click();
    await expect(page).toHaveURL(/from=2023-01-01/);
    await page.goBack();
    expect(await violations()).toEqual([]);
  });

  test("the built pages hold no inline script, no <style> block and no style attribute", async ({ request }) => {
    for (const path of ["/", "/fr/", "/en/timeline", "/fr/decisions", `/en/releases/${RELEASE}`, "/en/nowhere"]) {
      const html = await (await request.get(path)).text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      // A JSON-LD data block (the article's citation, decision 0013) is data, never run.
      expect(
        scripts.every((s) => /\bsrc="/.test(s) || s === '<script type="application/ld+json">'),
        path,
      ).toBe(true);
      expect(html, path).not.toMatch(/<style[\s>]/);
      expect(html, path).not.toMatch(/\sstyle="/);
    }
  });
});

test.describe("resilience", () => {
  for (const lang of LANGS) {
    const t = T[lang];

    test(`a chunk that fails to load on navigation shows the error page in ${lang}, with a retry that works`, async ({
      page,
      allowConsole,
    }) => {
      allowConsole.push(/Failed to load resource|Failed to fetch dynamically imported module|error loading dynamically imported module/i);
      await open(page, `/${lang}/`);
      await page.route("**/assets/decisions-*.js", (route) => route.abort());
      await page.getByRole("navigation", { name: t.main }).getByRole("link", { name: t.decisions }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.error);
      await expect(page.getByRole("link", { name: t.back })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.unroute("**/assets/decisions-*.js");
      await page.getByRole("button", { name: t.retry }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.decisions);
    });

    test(`a page whose data is slow says so, and one whose data never comes gives up with a retry, in ${lang}`, async ({ page }) => {
      await page.clock.install();
      await open(page, `/${lang}/`);
      const main = page.getByRole("main");
      await page.route("**/data/**", () => {}); // held: never answered
      // The page's clock stands still from here, and moves only when the test says.
      await page.clock.pauseAt(Date.now() + 60_000);
      await page.getByRole("navigation", { name: t.main }).getByRole("link", { name: t.decisions }).click();
      await expect(main).toHaveAttribute("aria-busy", "true");
      await page.clock.runFor(250);
      await expect(page.getByText(t.loading)).toBeHidden(); // a quick answer shows nothing
      await page.clock.runFor(1_000);
      await expect(page.getByText(t.loading)).toBeVisible();
      await page.clock.resume(); // axe waits on timers of its own
      await expectNoAxeViolations(page);
      await page.clock.fastForward(15_000);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.error);
      await expect(page.getByRole("button", { name: t.retry })).toBeVisible();
      await expect(main).not.toHaveAttribute("aria-busy");
      await expect(page.getByText(t.loading)).toBeHidden();
    });

    test(`a filtered link whose data is slow says the filter is being applied, then shows the filtered list, in ${lang}`, async ({
      page,
    }) => {
      let release = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route("**/data/**", async (route) => {
        await gate;
        await route.continue();
      });
      await page.goto(`/${lang}/?from=2023-02-14&to=2023-02-15`);
      const main = page.getByRole("main");
      await expect(page.getByText(t.applying)).toBeVisible();
      await expect(main).toHaveAttribute("aria-busy", "true");
      await expect(page.getByRole("group", { name: t.showing })).toBeHidden(); // not "all dates" as if it were the result
      release();
      await expect(page.getByRole("group", { name: t.showing })).toContainText(t.echo);
      await expect(page.getByText(t.applying)).toBeHidden();
      await expect(main).not.toHaveAttribute("aria-busy");
      await expect(page.getByRole("status")).toHaveText(/^1 /);
    });

    test(`a data file that fails to load shows the error page in ${lang}, never a blank page`, async ({ page, allowConsole }) => {
      allowConsole.push(/Failed to load resource/i);
      await open(page, `/${lang}/`);
      await page.route("**/data/**/meetings/**", (route) => route.abort());
      await page.getByRole("navigation", { name: t.main }).getByRole("link").nth(1).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.error);
      // A filtered URL is not prerendered: loaded directly, it shows the same page.
      await page.goto(`/${lang}/timeline?from=2023-01-01`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.error);
      await expectNoAxeViolations(page);
    });

    test(`a prerendered page whose data fails stays readable in ${lang}`, async ({ page, allowConsole }) => {
      allowConsole.push(/Failed to load resource/i);
      await page.route("**/data/**/releases/**", (route) => route.abort());
      await page.goto(`/${lang}/releases/${RELEASE}`);
      await page.waitForLoadState("networkidle");
      await expect(page.locator("#ukraine")).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  }

  const HOSTILE = [
    "/fr/releases/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/en/releases/<img src=x onerror=alert(1)>",
    "/fr/%00",
    "/en/releases/..%2F..%2Fetc%2Fpasswd",
    "/fr/releases/%E0%A4%A",
    "/en/releases/été",
    "/%F0%9F%98%80/",
    "/javascript:alert(1)",
    "/fr//releases",
    `/en/decisions?from=${"9".repeat(5000)}&to=<script>alert(1)</script>`,
    "/fr/decisions?topic=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&kind=x&kind=y&page=-1&utm_source=z",
    "/en/timeline?from=2023-02-29&from=2024-02-29&to=&page=1e9",
    `/fr/?${"a=1&".repeat(500)}from=2023-01-01`,
  ];

  test("odd and hostile URLs give the 404 or a filter notice: no crash, no dialog, no markup from the URL", async ({ page }) => {
    let dialogs = 0;
    page.on("dialog", async (d) => {
      dialogs++;
      await d.dismiss();
    });
    for (const url of HOSTILE) {
      const response = await page.goto(url);
      expect([200, 404], url).toContain(response?.status());
      await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
      await expect(page.getByRole("heading", { level: 1 }), url).toBeVisible();
      const injected = await page.evaluate(() => ({
        scripts: [...document.querySelectorAll("script")].filter((s) => !s.src).length,
        handlers: document.querySelectorAll("[onerror], [onload], img, iframe").length,
      }));
      expect(injected, url).toEqual({ scripts: 0, handlers: 0 });
    }
    expect(dialogs).toBe(0);
  });
});

test("in forced colours (high contrast), kind badges keep their border and the navigation marks only the current page", async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: "active" });
  for (const lang of LANGS) {
    await open(page, `/${lang}/decisions`);
    const links = page.getByRole("navigation", { name: T[lang].main }).getByRole("link");
    const underlines = await links.evaluateAll((as) =>
      as.map((a) => {
        const style = getComputedStyle(a);
        return {
          current: a.getAttribute("aria-current") === "page",
          drawn: style.borderBottomStyle !== "none" && parseFloat(style.borderBottomWidth) > 0,
        };
      }),
    );
    expect(underlines.length, lang).toBeGreaterThan(1);
    for (const { current, drawn } of underlines) expect(drawn, `${lang}: only the current page is underlined`).toBe(current);
    // A badge is a word with a box round it: with backgrounds gone, its border must show against the page.
    const badge = await page
      .getByRole("listitem")
      .filter({ hasText: lang === "fr" ? "Convenu" : "Agreed" })
      .first()
      .getByText(lang === "fr" ? "Convenu" : "Agreed", { exact: true })
      .first()
      .evaluate((el) => {
        const style = getComputedStyle(el);
        return {
          style: style.borderTopStyle,
          width: parseFloat(style.borderTopWidth),
          color: style.borderTopColor,
          page: getComputedStyle(document.body).backgroundColor,
        };
      });
    expect(badge.style, lang).toBe("solid");
    expect(badge.width, lang).toBeGreaterThanOrEqual(1);
    expect(badge.color, lang).not.toBe(badge.page);
  }
});

test("an undecodable #fragment opens the page from its top, with no console warning", async ({ page }) => {
  for (const url of [`/en/releases/${RELEASE}#%E0%A4%A`, "/fr/#%", "/fr/timeline?from=2023#%ZZ"]) {
    await open(page, url);
    await expect(page.getByRole("heading", { level: 1 }), url).toBeVisible();
    expect(await page.evaluate(() => window.scrollY), url).toBe(0);
  }
});

test.describe("accessibility", () => {
  for (const lang of LANGS) {
    const t = T[lang];

    test(`the main journeys work by keyboard alone in ${lang}, with focus always visible`, async ({ page }) => {
      await open(page, `/${lang}/`);
      // Skip link first, and it moves focus to the main content.
      await page.keyboard.press("Tab");
      const skip = page.locator(".skip-link");
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press("Enter");
      await expect(page.locator("#main")).toBeFocused();
      // The main navigation, by Tab, to the decisions: focus lands on the new page's heading.
      await page.locator(".brand").focus();
      const decisionsLink = page.getByRole("navigation", { name: t.main }).getByRole("link", { name: t.decisions });
      for (let i = 0; i < 10 && !(await decisionsLink.evaluate((el) => el === document.activeElement)); i++)
        await page.keyboard.press("Tab");
      await expect(decisionsLink).toBeFocused();
      const outline = await decisionsLink.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).not.toBe("none");
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`/${lang}/decisions$`));
      await expect(page.locator("#page-title")).toBeFocused();
      // A quick range by keyboard: the list changes, focus stays where the reader is.
      const year = page.getByRole("group", { name: t.quick }).getByRole("link", { name: "2023" });
      await year.focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/from=2023-01-01&to=2023-12-31/);
      // The address changes before React commits the new list: wait for the list, or the link below is a stale one.
      await expect(page.getByRole("group", { name: t.showing })).toContainText("2023");
      await expect(year).toBeFocused();
      // From a decision to the paragraph it comes from: focus goes to that paragraph.
      const source = page.getByRole("link", { name: t.source }).first();
      await source.focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/releases\/[\w-]+#[\w-]+$/);
      const id = new URL(page.url()).hash.slice(1);
      await expect(page.locator(`[id="${id}"]`)).toBeFocused();
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    });

    for (const path of [
      `/${lang}/`,
      `/${lang}/releases/${RELEASE}`,
      `/${lang}/timeline`,
      `/${lang}/decisions?from=2023-02-30`,
      `/${lang}/nowhere`,
    ]) {
      test(`${path} reflows at 320 px and has no axe violation in the dark scheme`, async ({ page }) => {
        await page.setViewportSize({ width: 320, height: 640 });
        await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
        await open(page, path);
        expect(await scrollsHorizontally(page)).toBe(false);
        await expectNoAxeViolations(page);
      });
    }

    test(`a filtered listing printed in ${lang} says what it shows and which page, without its controls`, async ({ page }) => {
      await open(page, `/${lang}/decisions?topic=ukraine`);
      await page.emulateMedia({ media: "print" });
      // The count, with every filter applied in words (the dates and the topic), in one line.
      const count = page.locator(".result-count");
      await expect(count).toBeVisible();
      expect(await count.evaluate((p) => p.getBoundingClientRect().height)).toBeLessThan(60);
      await expect(count).toContainText(/\d+ décisions?, .*Ukraine|\d+ decisions?, .*Ukraine/);
      await expect(page.getByRole("navigation", { name: "Pages" })).toContainText(lang === "fr" ? "Page 1 sur" : "Page 1 of");
      await expect(page.getByRole("navigation", { name: "Pages" }).getByRole("link")).toBeHidden();
      await expect(page.getByRole("button", { name: lang === "fr" ? "Appliquer" : "Apply" })).toBeHidden();
      await expect(page.getByRole("combobox").first()).toBeHidden();
    });

    test(`an article prints cleanly in ${lang}: text, dates, provenance, timeline, decisions and the page's address`, async ({ page }) => {
      await open(page, `/${lang}/releases/${RELEASE}`);
      await page.emulateMedia({ media: "print" });
      await expect(page.getByRole("navigation", { name: t.lang })).toBeHidden();
      await expect(page.getByRole("navigation", { name: t.main })).toBeHidden();
      for (const selector of ["h1", ".article-dates", ".provenance", "#ukraine", ".timeline", ".decisions-section", ".print-address"]) {
        await expect(page.locator(selector).first(), selector).toBeVisible();
      }
      await expect(page.locator(".print-address")).toContainText(`${new URL(page.url()).origin}/${lang}/releases/${RELEASE}`);
      const pdf = await page.pdf({ format: "A4" });
      expect(pdf.byteLength).toBeGreaterThan(10_000);
    });

    test(`an article and the decisions printed in ${lang} from a device in dark mode are in the light colours, sized as on screen`, async ({
      page,
    }) => {
      for (const path of [`/${lang}/releases/${RELEASE}`, `/${lang}/decisions`]) {
        await open(page, path);
        await page.emulateMedia({ media: "print", colorScheme: "dark" });
        // The dark scheme's pale greys and tinted badges on white paper would fail contrast.
        await expect(page.locator("body")).toHaveCSS("background-color", "rgb(255, 255, 255)");
        await expectNoAxeViolations(page);
      }
      await page.emulateMedia({ media: "print", colorScheme: "light" });
      await open(page, `/${lang}/releases/${RELEASE}`);
      // The quotations and the lead keep their screen proportion to the text, not their screen size.
      const size = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
      const [text, quote] = [await size("#defence-planning p"), await size(".block-quote blockquote")];
      expect(quote / text, `quotation ${quote} px, text ${text} px`).toBeLessThan(1.25);
    });
  }
});
