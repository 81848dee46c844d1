import type { Page } from "@playwright/test";
import { expect, LANGS, open, RELEASE, test } from "./fixtures.ts";

/** The <head>'s links and Open Graph tags, as a feed reader or a crawler reads them. */
async function head(page: Page) {
  return page.evaluate(() => {
    const links = (selector: string) => [...document.head.querySelectorAll<HTMLLinkElement>(selector)].map((l) => l.href);
    const meta = (property: string) =>
      [...document.head.querySelectorAll<HTMLMetaElement>(`meta[property="${property}"]`)].map((m) => m.content);
    return {
      canonical: links('link[rel="canonical"]'),
      fr: links('link[rel="alternate"][hreflang="fr"]:not([type])'),
      en: links('link[rel="alternate"][hreflang="en"]:not([type])'),
      xDefault: links('link[rel="alternate"][hreflang="x-default"]'),
      atom: [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][type="application/atom+xml"]')].map(
        (l) => `${l.hreflang} ${l.href}`,
      ),
      json: links('link[rel="alternate"][type="application/feed+json"]'),
      type: meta("og:type"),
      locale: meta("og:locale"),
      url: meta("og:url"),
      title: meta("og:title"),
    };
  });
}

for (const lang of LANGS) {
  const other = lang === "fr" ? "en" : "fr";
  test(`every ${lang} page names its one address, its other language and its feeds, before and after a navigation`, async ({
    page,
    baseURL,
  }) => {
    const at = (path: string) => `${baseURL}${path}`;
    await open(page, `/${lang}/`);
    expect(await head(page)).toEqual({
      canonical: [at(`/${lang}/`)],
      fr: [at("/fr/")],
      en: [at("/en/")],
      xDefault: [at("/")],
      atom: [`${lang} ${at(`/${lang}/feed.xml`)}`],
      json: [at(`/${lang}/feed.json`)],
      type: ["website"],
      locale: [lang === "fr" ? "fr_FR" : "en_GB"],
      url: [at(`/${lang}/`)],
      title: [lang === "fr" ? "Communiqués" : "Releases"],
    });

    // A navigation in the app replaces them: one of each, for the new page.
    await page
      .getByRole("link", { name: lang === "fr" ? /intensifient le soutien/ : /step up support/ })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/releases/${RELEASE}$`));
    await expect.poll(async () => (await head(page)).canonical).toEqual([at(`/${lang}/releases/${RELEASE}`)]);
    const article = await head(page);
    expect(article.type).toEqual(["article"]);
    expect(article[other]).toEqual([at(`/${other}/releases/${RELEASE}`)]);
    expect(article.xDefault).toEqual([at(`/en/releases/${RELEASE}`)]);
    expect(article.atom).toHaveLength(1);
  });

  test(`a ${lang} reader finds the subscribe link in the footer and on the archive, and it leads to the feed`, async ({
    page,
    request,
  }) => {
    await open(page, `/${lang}/`);
    const subscribe = page.getByRole("link", { name: lang === "fr" ? "S’abonner" : "Subscribe", exact: true });
    await expect(subscribe).toHaveCount(2);
    await expect(page.getByRole("contentinfo").getByRole("link", { name: lang === "fr" ? "S’abonner" : "Subscribe" })).toBeVisible();
    await expect(subscribe.first()).toBeVisible();
    const href = await subscribe.first().getAttribute("href");
    expect(href).toBe(`/${lang}/feed.xml`);
    const atom = await request.get(href ?? "");
    expect(atom.status()).toBe(200);
    expect(await atom.text()).toContain(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`);
    const json = await request.get(`/${lang}/feed.json`);
    expect(JSON.parse(await json.text())).toMatchObject({ version: "https://jsonfeed.org/version/1.1", language: lang });
  });
}

test("the sitemap and robots.txt are served, absolute to the site the build was given", async ({ request, baseURL }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain(`<loc>${baseURL}/fr/releases/${RELEASE}</loc>`);
  expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${baseURL}/en/releases/${RELEASE}"/>`);
});
