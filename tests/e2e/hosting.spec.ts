// How the preview (scripts/static-host.ts, the hosts' rules) and the app agree on every address: a page is
// served with 200 at one canonical address, every other spelling redirects there, an unknown address is a
// 404 in the language of its path, and each response carries exactly the headers of its kind.
import { readdirSync } from "node:fs";
import { SUBPATH_PORT } from "../../playwright.config.ts";
import { expect, RELEASE, test } from "./fixtures.ts";

const NOT_FOUND = { fr: "Page introuvable", en: "Page not found" };

// Every other spelling of a page, and where the host and the app both send it.
const REDIRECTS: [string, string][] = [
  ["/index.html", "/"],
  ["/fr/index.html", "/fr/"],
  ["/en", "/en/"],
  ["/fr/timeline/", "/fr/timeline"],
  ["/fr/timeline.html", "/fr/timeline"],
  [`/fr/releases/${RELEASE}/`, `/fr/releases/${RELEASE}`],
  [`/en/releases/${RELEASE}.html?x=1`, `/en/releases/${RELEASE}?x=1`],
  ["/fr//timeline", "/fr/timeline"],
  ["//fr", "/fr"],
  ["///fr/", "/fr/"],
];

// Unknown addresses, and the language of the 404 page served for them.
const NOT_FOUND_PAGES: [string, "fr" | "en"][] = [
  ["/fr/nulle-part", "fr"],
  ["/fr/releases/nope", "fr"],
  ["/fr/releases/", "fr"],
  ["/en/releases/nope/", "en"],
  ["/en/decisions/x", "en"],
  ["/de/", "en"],
  ["/nowhere", "en"],
  ["/%2Ffr", "en"],
];

test.describe("status and content agree", () => {
  test("every other spelling of a page is a 301 to its canonical address on this origin", async ({ request, baseURL }) => {
    for (const [from, to] of REDIRECTS) {
      const response = await request.get(`${baseURL}${from}`, { maxRedirects: 0 });
      expect(response.status(), from).toBe(301);
      expect(response.headers().location, from).toBe(to);
    }
  });

  test("no redirect ever leaves the origin: every Location starts with exactly one slash", async ({ request, baseURL }) => {
    for (const path of ["//fr", "///fr", "//evil.example/", "//evil.example//fr/", "/%2Ffr", "/%2F%2Fevil.example/", "/fr//", "//"]) {
      const response = await request.get(`${baseURL}${path}`, { maxRedirects: 0 });
      const location = response.headers().location;
      if (location !== undefined) expect(location, path).toMatch(/^\/(?![/\\])/);
      else expect([200, 404], path).toContain(response.status());
    }
  });

  test("an unknown address is a 404, and without JavaScript its page is in the language of its path", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [path, lang] of NOT_FOUND_PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(NOT_FOUND[lang]);
    }
    await context.close();
  });

  test("with JavaScript, a 404 shows the not-found page and a 200 never does", async ({ page, baseURL }) => {
    for (const [path, lang] of NOT_FOUND_PAGES.filter(([p]) => p.startsWith("/fr/") || p.startsWith("/en/"))) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(NOT_FOUND[lang]);
    }
    for (const [from, to] of REDIRECTS) {
      const response = await page.goto(`${baseURL}${from}`);
      expect(response?.status(), from).toBe(200);
      // The host's redirect, then / goes on to the reader's language (the browser's: English).
      await expect(page, from).toHaveURL(`${baseURL}${to === "/" ? "/en/" : to.replace(/^\/fr$/, "/fr/")}`);
      await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
      await expect(page.getByRole("heading", { level: 1 }), from).not.toHaveText(/Page introuvable|Page not found/);
    }
  });

  test("a language the site does not have is a 404, and the app then takes the reader to their language", async ({ page }) => {
    const response = await page.goto("/de/timeline");
    expect(response?.status()).toBe(404);
    await expect(page).toHaveURL(/\/en\/timeline$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Timeline of meetings");
  });

  test("on a host that serves another spelling without redirecting, the app goes to the canonical address itself", async ({
    page,
    request,
    baseURL,
  }) => {
    // As a host with no redirect rules would answer (GitHub Pages): the root 404 page, whatever the address.
    const notFound = await (await request.get("/nowhere")).text();
    await page.route(/\/(index\.html|[^/]+\.html|fr\/timeline\/|fr\/\/timeline)$|\/fr$/, (route) =>
      route.fulfill({ status: 404, contentType: "text/html", body: notFound }),
    );
    for (const [from, to] of REDIRECTS.filter(([f]) => !f.startsWith("//") && !f.includes("?"))) {
      await page.goto(`${baseURL}${from}`);
      const expected = to === "/" ? "/en/" : to;
      await expect(page, from).toHaveURL(`${baseURL}${expected}`);
      await expect(page.getByRole("heading", { level: 1 }), from).not.toHaveText(/Page introuvable|Page not found/);
    }
  });
});

test("on a host that does not merge slashes, //fr/… opens the page, on this site, even with an undecodable #fragment", async ({
  page,
  request,
  baseURL,
  allowConsole,
}) => {
  allowConsole.push(/Failed to load resource: the server responded with a status of 404/); // the host's answer for //fr/…
  const notFound = await (await request.get("/nowhere")).text();
  await page.route(
    (url) => url.pathname.startsWith("//"),
    (route) => route.fulfill({ status: 404, contentType: "text/html", body: notFound }),
  );
  await page.goto(`${baseURL}//fr/timeline#%ZZ`);
  await expect(page).toHaveURL(`${baseURL}/fr/timeline#%25ZZ`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chronologie des réunions");
  await page.goto(`${baseURL}///en`);
  await expect(page).toHaveURL(`${baseURL}/en/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Releases");
});

test("under a sub-path, redirects stay under it and the 404 and headers are its own", async ({ request }) => {
  const origin = `http://localhost:${SUBPATH_PORT}`;
  for (const [from, to] of [
    ["/communique", "/communique/"],
    ["/communique/fr/timeline/", "/communique/fr/timeline"],
    ["/communique//fr/", "/communique/fr/"],
    ["//communique/fr/", "/communique/fr/"],
  ]) {
    const response = await request.get(`${origin}${from}`, { maxRedirects: 0 });
    expect(response.status(), from).toBe(301);
    expect(response.headers().location, from).toBe(to);
  }
  const notFound = await request.get(`${origin}/communique/fr/nulle-part`);
  expect(notFound.status()).toBe(404);
  expect(await notFound.text()).toContain('<html lang="fr">');
  expect(notFound.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
});

test.describe("headers", () => {
  const PAGE_CACHE = "public, max-age=0, must-revalidate";
  const FOREVER = "public, max-age=31536000, immutable";

  test("each response gets one cache lifetime for its kind, and the stylesheet preload only on pages", async ({ request }) => {
    const html = await request.get("/fr/timeline");
    const stylesheet = /<link rel="stylesheet"[^>]* href="([^"]+)"/.exec(await html.text())?.[1] ?? "";
    const data = readdirSync("dist/data")[0];
    const cases: [string, number, string, boolean][] = [
      ["/fr/timeline", 200, PAGE_CACHE, true],
      ["/", 200, PAGE_CACHE, true],
      ["/en/nowhere", 404, PAGE_CACHE, true],
      [stylesheet, 200, FOREVER, false],
      [`/data/${data}/calendar.json`, 200, FOREVER, false],
    ];
    for (const [path, status, cache, preload] of cases) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(status);
      const headers = response.headersArray();
      expect(
        headers.filter((h) => h.name.toLowerCase() === "cache-control").map((h) => h.value),
        path,
      ).toEqual([cache]);
      const links = headers.filter((h) => h.name.toLowerCase() === "link").map((h) => h.value);
      expect(links, path).toEqual(preload ? [`<${stylesheet}>; rel=preload; as=style; crossorigin`] : []);
      expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }
  });
});
