import type { Page } from "@playwright/test";
import { SUBPATH_PORT } from "../../playwright.config.ts";
import { expect, LANGS, open, RELEASE, test } from "./fixtures.ts";

// A heading and a text from the first page of each view.
const PAGES: Record<string, Record<string, [string, string | RegExp]>> = {
  fr: {
    [`/fr/releases/${RELEASE}`]: ["Les ministres de la Défense des pays de l’OTAN intensifient", "Ce mardi (14 février), les Alliés"],
    "/fr/": ["Communiqués", "Ministres de la Défense de l’OTAN, 17–18 octobre 2024"],
    "/fr/timeline": ["Chronologie des réunions", "Les Alliés avec le ministre ukrainien de la Défense"],
    "/fr/decisions": ["Décisions", /^\d+ décisions/],
  },
  en: {
    [`/en/releases/${RELEASE}`]: ["NATO Defence Ministers step up support for Ukraine", "On Tuesday (14 February), Allies"],
    "/en/": ["Releases", "NATO Defence Ministers, 17–18 October 2024"],
    "/en/timeline": ["Timeline of meetings", "Allies with Ukraine’s Minister of Defence"],
    "/en/decisions": ["Decisions", /^\d+ decisions/],
  },
};

for (const lang of LANGS) {
  test(`every ${lang} view is readable without JavaScript, in its language`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [path, [heading, text]] of Object.entries(PAGES[lang] ?? {})) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 }), path).toContainText(heading);
      await expect(page.getByText(text, { exact: false }).first(), path).toBeVisible();
      expect(await page.title(), path).toMatch(/ — Communiqué$/);
    }
    // Links are real links: following one works without JavaScript too.
    await page.goto(`/${lang}/`);
    await page.getByRole("link", { name: lang === "fr" ? "Chronologie" : "Timeline" }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/timeline$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(PAGES[lang]?.[`/${lang}/timeline`]?.[0] ?? "");
    // The date filter is a GET form: it works without JavaScript (showing the page as prerendered).
    await context.close();
  });

  test(`a prerendered ${lang} page hydrates without a warning, and then behaves as the app`, async ({ page }) => {
    const requests: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await open(page, `/${lang}/releases/${RELEASE}`);
    // The same DOM the server sent, now interactive: a client-side navigation loads no document.
    const documents = requests.filter((p) => !p.includes("."));
    await page
      .getByRole("navigation", { name: lang === "fr" ? "Principale" : "Main" })
      .getByRole("link")
      .nth(2)
      .click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/decisions$`));
    expect(
      requests.filter((p) => !p.includes(".")),
      "no new document was loaded",
    ).toEqual(documents);
  });
}

/** Counts, from the page's first script on, every Intl formatter the page creates; returns a reader of the list. */
async function countIntlFormatters(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const made: string[] = [];
    Object.assign(window, { intlMade: made });
    for (const name of ["DateTimeFormat", "DisplayNames", "RelativeTimeFormat", "ListFormat"] as const) {
      const Original = Intl[name] as unknown as new (...args: unknown[]) => object;
      Object.defineProperty(Intl, name, {
        value: new Proxy(Original, {
          construct(target, args) {
            made.push(name);
            return Reflect.construct(target, args);
          },
        }),
      });
    }
  });
  return () => page.evaluate(() => (window as unknown as { intlMade: string[] }).intlMade);
}

for (const lang of LANGS) {
  test(`a ${lang} page load formats no date with Intl: the build wrote them; a typed filter still does`, async ({ page }) => {
    // The first Intl formatter of a page loads ICU's locale data on the main thread, during hydration.
    const made = await countIntlFormatters(page);
    for (const path of Object.keys(PAGES[lang] ?? {})) {
      await open(page, path);
      await expect(page.locator("main time").first()).toBeVisible();
      expect(await made(), path).toEqual([]);
    }
    // The echo of a typed range is written in the browser.
    await page.getByRole("textbox", { name: lang === "fr" ? "Du" : "From", exact: true }).fill("2023-02-15");
    await page.getByRole("button", { name: lang === "fr" ? "Appliquer" : "Apply" }).click();
    await expect(page.getByRole("status")).toContainText(lang === "fr" ? "15 février 2023" : "15 February 2023");
    expect(await made()).toContain("DateTimeFormat");
  });
}

for (const lang of LANGS) {
  test(`the ${lang} search page and side by side load without an Intl formatter too`, async ({ page }) => {
    const made = await countIntlFormatters(page);
    for (const path of [`/${lang}/search`, `/${lang}/releases/${RELEASE}/bilingual`]) {
      await open(page, path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await made(), path).toEqual([]);
    }
  });
}

for (const lang of LANGS) {
  test(`a ${lang} page rendered afresh (a filter in its address, a 404) has each head tag once, its own`, async ({ page }) => {
    const head = () =>
      page.evaluate(() =>
        [
          ...document.head.querySelectorAll("title, meta[name=description], link[rel=canonical], link[hreflang], meta[property^='og:']"),
        ].map(
          (tag) =>
            `${tag.localName} ${tag.getAttribute("rel") ?? tag.getAttribute("property") ?? tag.getAttribute("name") ?? ""} ${tag.getAttribute("hreflang") ?? ""} ${tag.getAttribute("type") ?? ""}`,
        ),
      );
    for (const path of [`/${lang}/timeline?from=2023`, `/${lang}/decisions?topic=ukraine`, `/${lang}/no-such-page`]) {
      await open(page, path);
      const tags = await head();
      expect(tags.length, path).toBeGreaterThan(0);
      expect(
        tags.filter((tag, i) => tags.indexOf(tag) !== i),
        `${path}: written twice`,
      ).toEqual([]);
    }
    await expect(page).toHaveTitle(lang === "fr" ? /^Page introuvable/ : /^Page not found/);
  });
}

const SWITCH = { fr: ["Langue", "English"], en: ["Language", "Français"] } as const;

for (const lang of LANGS) {
  test(`a ${lang} page's description is its own, and follows a change of page and of language`, async ({ page }) => {
    const described = () =>
      page.evaluate(() => ({
        descriptions: [...document.head.querySelectorAll<HTMLMetaElement>("meta[name=description]")].map((m) => m.content),
        card: document.head.querySelector<HTMLMetaElement>("meta[property='og:description']")?.content,
      }));
    await open(page, `/${lang}/releases/${RELEASE}`);
    const article = await described();
    expect(article.descriptions).toEqual([article.card]);
    expect(article.card).toContain(lang === "fr" ? "ministres" : "Ministers");
    const [navigation, other] = SWITCH[lang];
    await page.getByRole("navigation", { name: navigation }).getByRole("link", { name: other }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", lang === "fr" ? "en" : "fr");
    await expect.poll(async () => (await described()).card).toContain(lang === "fr" ? "Ministers" : "ministres");
    const switched = await described();
    expect(switched.descriptions).toEqual([switched.card]);
    await page.goBack();
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await page
      .getByRole("navigation", { name: lang === "fr" ? "Principale" : "Main" })
      .getByRole("link")
      .nth(1)
      .click();
    await expect.poll(async () => (await described()).card).toContain(lang === "fr" ? "réunions" : "meeting");
    const timeline = await described();
    expect(timeline.descriptions).toEqual([timeline.card]);
  });
}

test("the release's text is not in the JavaScript of other routes: it loads on its own", async ({ page }) => {
  const loaded: string[] = [];
  page.on("response", (r) => loaded.push(new URL(r.url()).pathname));
  await open(page, "/en/decisions");
  expect(loaded.some((p) => p.includes(`/releases/${RELEASE}.json`))).toBe(false);
  await open(page, `/en/releases/${RELEASE}`);
  expect(loaded.filter((p) => p.endsWith(".json")).some((p) => p.endsWith(`/releases/${RELEASE}.json`))).toBe(true);
});

test.describe("served under a sub-path (--base /communique/)", () => {
  const base = `http://localhost:${SUBPATH_PORT}/communique`;

  test("pages, links, data and the language switch all work under the sub-path", async ({ page }) => {
    await open(page, `${base}/fr/releases/${RELEASE}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Les ministres de la Défense");
    const link = page.getByRole("navigation", { name: "Langue" }).getByRole("link", { name: "English" });
    await expect(link).toHaveAttribute("href", `/communique/en/releases/${RELEASE}`);
    await link.click();
    await expect(page).toHaveURL(`${base}/en/releases/${RELEASE}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("NATO Defence Ministers step up support");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Decisions" }).click();
    await expect(page).toHaveURL(`${base}/en/decisions`);
    await expect(page.getByRole("status")).toHaveText(/\d+ decisions/);
  });

  test("a prerendered page is hydrated, not drawn again, at the root and under the sub-path", async ({ page, baseURL }) => {
    // The heading the server sent is still the one on screen once the page is interactive.
    await page.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => Object.assign(window, { sentHeading: document.querySelector("h1") }));
    });
    for (const url of [`${baseURL}/fr/timeline`, `${base}/fr/timeline`, `${base}/en/releases/${RELEASE}`]) {
      await open(page, url);
      expect(
        await page.evaluate(() => (window as unknown as { sentHeading: Element }).sentHeading === document.querySelector("h1")),
        url,
      ).toBe(true);
    }
  });

  test("/ under the sub-path goes to a language, and an unknown page is a 404 in that language", async ({ browser }) => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await expect(page).toHaveURL(`${base}/fr/`);
    const response = await page.goto(`${base}/fr/nulle-part`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
    await context.close();
  });
});
