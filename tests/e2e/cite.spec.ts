import type { Page } from "@playwright/test";
import { SUBPATH_PORT } from "../../playwright.config.ts";
import { expect, expectNoAxeViolations, LANGS, open, RELEASE, test } from "./fixtures.ts";

const OTHER_RELEASE = "2024-02-15-defence-ministers";
const HEADING = { fr: "Citer ce communiqué", en: "Cite this release" } as const;
const COPY_NOTE = { fr: "Copier Chicago (18e édition), note", en: "Copy Chicago (18th edition), note" } as const;
const COPIED_NOTE = { fr: "Copié\u00a0: Chicago (18e édition), note.", en: "Copied: Chicago (18th edition), note." } as const;
const AUTHOR = { fr: "OTAN", en: "Communiqué" } as const;

/** What a reference manager reads in the page's head, and the JSON-LD blocks anywhere in the document. */
async function citationHead(page: Page) {
  return page.evaluate(() => {
    const meta = (name: string) => [...document.head.querySelectorAll<HTMLMetaElement>(`meta[name="${name}"]`)].map((m) => m.content);
    return {
      title: meta("citation_title"),
      author: meta("citation_author"),
      date: meta("citation_publication_date"),
      dcTitle: meta("DC.title"),
      dcLanguage: meta("DC.language"),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? "")),
      h1: document.querySelector("h1")?.textContent ?? "",
    };
  });
}

for (const lang of LANGS) {
  test.describe(`Cite this release (${lang})`, () => {
    test("shows the three forms with the page's address, and copies one by keyboard", async ({ page, context, baseURL }) => {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL ?? "" });
      await open(page, `/${lang}/releases/${RELEASE}`);
      const cite = page.getByRole("region", { name: HEADING[lang] });
      await expect(cite.locator(".cite-text")).toHaveCount(3);
      for (const text of await cite.locator(".cite-text").allTextContents()) {
        expect(text).toContain(`${baseURL}/${lang}/releases/${RELEASE}`);
        expect(text.startsWith(AUTHOR[lang])).toBe(true);
      }
      const button = cite.getByRole("button", { name: COPY_NOTE[lang] });
      await button.focus();
      await page.keyboard.press("Enter");
      await expect(cite.getByRole("status")).toHaveText(COPIED_NOTE[lang]);
      const note = (await cite.locator(".cite-text").nth(1).textContent()) ?? "";
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(note);
      await expect(button).toBeFocused();
    });

    test("links the RIS and BibTeX files, served with their content type", async ({ page, baseURL }) => {
      await open(page, `/${lang}/releases/${RELEASE}`);
      const cite = page.getByRole("region", { name: HEADING[lang] });
      for (const [name, type, start] of [
        [lang === "fr" ? "Fichier RIS" : "RIS file", "application/x-research-info-systems", "TY  - ELEC\r\n"],
        [lang === "fr" ? "Fichier BibTeX" : "BibTeX file", "application/x-bibtex", `@misc{${RELEASE}-${lang},\n`],
      ] as const) {
        const href = (await cite.getByRole("link", { name }).getAttribute("href")) ?? "";
        const response = await page.request.get(href);
        expect(response.status()).toBe(200);
        expect(response.headers()["content-type"]).toMatch(new RegExp(`^${type}; charset=utf-8$`));
        const body = await response.text();
        expect(body.startsWith(start)).toBe(true);
        expect(body).toContain(`${baseURL}/${lang}/releases/${RELEASE}`);
      }
    });

    test("gives reference managers one set of tags and one JSON-LD, after a client-side navigation too", async ({ page }) => {
      await open(page, `/${lang}/releases/${RELEASE}`);
      const first = await citationHead(page);
      expect(first.title).toEqual([first.h1]);
      expect(first.author).toEqual([AUTHOR[lang]]);
      expect(first.date).toEqual(["2023/02/15"]);
      expect(first.dcTitle).toEqual([first.h1]);
      expect(first.dcLanguage).toEqual([lang]);
      expect(first.jsonLd).toHaveLength(1);
      expect(first.jsonLd[0]).toMatchObject({ "@type": "NewsArticle", headline: first.h1, inLanguage: lang, datePublished: "2023-02-15" });

      // To the archive and into another release, without a page load.
      await page.evaluate(() => {
        (window as unknown as { notReloaded: boolean }).notReloaded = true;
      });
      await page.locator(".site-nav a").first().click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
      // The archive cites nothing: the release's tags left with it.
      await expect.poll(async () => (await citationHead(page)).title).toEqual([]);
      expect((await citationHead(page)).jsonLd).toEqual([]);
      await page.locator(`a[href$="/releases/${OTHER_RELEASE}"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/releases/${OTHER_RELEASE}$`));
      await expect(page.locator("h1")).toHaveText(/15 (février|February) 2024/);
      const next = await citationHead(page);
      expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
      expect(next.title).toEqual([next.h1]);
      expect(next.author).toEqual(["Communiqué"]);
      expect(next.jsonLd).toHaveLength(1);
      expect(next.jsonLd[0]).toMatchObject({ headline: next.h1, inLanguage: lang, author: { name: "Communiqué" } });
      expect(next.jsonLd[0].isBasedOn.length).toBeGreaterThan(0);
    });

    for (const colorScheme of ["light", "dark"] as const) {
      test(`has no axe violations with the Cite block (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await open(page, `/${lang}/releases/${RELEASE}`);
        await page.getByRole("region", { name: HEADING[lang] }).scrollIntoViewIfNeeded();
        await expectNoAxeViolations(page);
      });
    }
  });
}

test("under a sub-path, the citation files are linked under it", async ({ page }) => {
  const base = `http://localhost:${SUBPATH_PORT}/communique`;
  await open(page, `${base}/en/releases/${RELEASE}`);
  const href = (await page.getByRole("link", { name: "RIS file" }).getAttribute("href")) ?? "";
  expect(href).toBe(`/communique/cite/ris/en/${RELEASE}.ris`);
  const response = await page.request.get(`http://localhost:${SUBPATH_PORT}${href}`);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain(`UR  - ${base}/en/releases/${RELEASE}\r\n`);
});

test("the article hydrates before the Cite block's code arrives, and keeps the written block if it never does", async ({
  page,
  allowConsole,
}) => {
  allowConsole.push(/Failed to load resource: net::ERR_FAILED .*\/assets\/cite-/);
  const held: (() => void)[] = [];
  await page.route(/\/assets\/cite-[\w-]+\.js$/, (route) => {
    held.push(() => void route.abort());
  });
  // open() waits for hydration: it does not wait for the Cite block's code.
  await open(page, `/en/releases/${RELEASE}`);
  await expect.poll(() => held.length, { message: "the Cite block's code was asked for" }).toBeGreaterThan(0);
  const cite = page.getByRole("region", { name: HEADING.en });
  await expect(cite.locator(".cite-text")).toHaveCount(3);
  for (const abort of held) abort();
  // The prerendered block stays, its text still there to select; the page keeps working.
  await expect(cite.locator(".cite-text")).toHaveCount(3);
  await expect(cite.locator(".cite-text").first()).toContainText(`/en/releases/${RELEASE}`);
  await page.getByRole("link", { name: "Read side by side" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/releases/${RELEASE}/bilingual$`));
});
