import { describe, expect, it } from "vitest";
import { redirectsFile } from "./prerender.ts";
import { CACHE_FOREVER, CACHE_PAGE, CSP, FRAME_POLICY, headersFile, SEARCH_CSP, SECURITY_HEADERS } from "./security.ts";
import { answer, headersFor, parseHeadersFile, sameOriginPath } from "./static-host.ts";

const ID = "2023-02-15-defence-ministers";
// The files of a build, as the preview and the hosts see them.
const FILES = new Set([
  "index.html",
  "404.html",
  "robots.txt",
  "assets/index-abc.js",
  ...["fr", "en"].flatMap((l) => [
    `${l}/index.html`,
    `${l}/404.html`,
    `${l}/timeline.html`,
    `${l}/releases/${ID}.html`,
    `${l}/releases/${ID}/bilingual.html`,
  ]),
]);
const isFile = (path: string) => FILES.has(path);
const at = (url: string, base = "/") => answer(url, base, isFile);

describe("the preview answers as a static host", () => {
  it("serves a page at its canonical address, and an asset as it is", () => {
    expect(at("/")).toEqual({ kind: "page", file: "index.html", status: 200 });
    expect(at("/fr/")).toEqual({ kind: "page", file: "fr/index.html", status: 200 });
    expect(at("/fr/timeline?from=2023-01-01")).toEqual({ kind: "page", file: "fr/timeline.html", status: 200 });
    expect(at(`/en/releases/${ID}`)).toEqual({ kind: "page", file: `en/releases/${ID}.html`, status: 200 });
    // The side-by-side page's folder beside the article's file takes nothing from it.
    expect(at(`/en/releases/${ID}/bilingual`)).toEqual({ kind: "page", file: `en/releases/${ID}/bilingual.html`, status: 200 });
    expect(at("/assets/index-abc.js")).toEqual({ kind: "asset" });
  });

  it("redirects every other spelling of a page to its canonical address, keeping the query", () => {
    const cases: [string, string][] = [
      ["/index.html", "/"],
      ["/fr/index.html", "/fr/"],
      ["/fr", "/fr/"],
      ["/fr/timeline/", "/fr/timeline"],
      ["/fr/timeline.html?from=2023-01-01", "/fr/timeline?from=2023-01-01"],
      [`/fr/releases/${ID}/`, `/fr/releases/${ID}`],
      [`/fr/releases/${ID}.html`, `/fr/releases/${ID}`],
      ["/fr//timeline", "/fr/timeline"],
    ];
    for (const [url, location] of cases) expect(at(url), url).toEqual({ kind: "redirect", location });
  });

  it("answers an unknown address with the 404 page nearest to it, in its language", () => {
    expect(at("/fr/releases/nope")).toEqual({ kind: "page", file: "fr/404.html", status: 404 });
    expect(at("/en/nowhere/")).toEqual({ kind: "page", file: "en/404.html", status: 404 });
    expect(at("/fr/releases/")).toEqual({ kind: "page", file: "fr/404.html", status: 404 });
    expect(at("/de/")).toEqual({ kind: "page", file: "404.html", status: 404 });
    expect(at("/nowhere.html")).toEqual({ kind: "page", file: "404.html", status: 404 });
    expect(at("/fr/404")).toEqual({ kind: "page", file: "fr/404.html", status: 404 });
    expect(at("/fr/404.html")).toEqual({ kind: "page", file: "fr/404.html", status: 404 });
    expect(at("/_headers")).toEqual({ kind: "page", file: "404.html", status: 404 });
    expect(answer("/nowhere", "/", () => false)).toEqual({ kind: "missing" });
  });

  it("reads no escaped slash or dot segment as a way into a folder", () => {
    for (const url of ["/%2Ffr", "/%2Ffr/", "/fr%2Ftimeline", "/fr/%2E%2E/index.html", "/assets/..%2Findex.html", "/fr/%E0%A4%A"]) {
      const found = at(url);
      expect(found?.kind === "page" && found.status, url).toBe(404);
    }
  });

  it("never redirects to another host: every Location starts with exactly one slash", () => {
    for (const url of [
      "//fr",
      "///fr",
      "//evil.example/",
      "/\\evil.example/",
      "//fr/",
      "/fr//",
      "//",
      "/%2F/evil.example//x",
      "/x//?a=//b",
    ]) {
      const found = at(url);
      if (found?.kind === "redirect") expect(found.location, url).toMatch(/^\/(?![/\\])/);
    }
    expect(at("//fr")).toEqual({ kind: "redirect", location: "/fr" });
    expect(at("///fr/")).toEqual({ kind: "redirect", location: "/fr/" });
    expect(sameOriginPath("//evil.example")).toBe("/evil.example");
    expect(sameOriginPath("/\\evil.example")).toBe("/%5Cevil.example");
  });

  it("works the same under a sub-path, and leaves paths outside it to Vite", () => {
    const base = "/communique/";
    expect(at("/communique", base)).toEqual({ kind: "redirect", location: "/communique/" });
    expect(at("/communique/fr/index.html", base)).toEqual({ kind: "redirect", location: "/communique/fr/" });
    expect(at("/communique//fr/", base)).toEqual({ kind: "redirect", location: "/communique/fr/" });
    expect(at("/communique/fr/nowhere", base)).toEqual({ kind: "page", file: "fr/404.html", status: 404 });
    expect(at("/elsewhere", base)).toBeNull();
  });
});

describe("the headers hosts send from the build's _headers", () => {
  const STYLESHEET = { href: "/assets/index-abc.css", crossorigin: true };
  const LINK = "</assets/index-abc.css>; rel=preload; as=style; crossorigin";

  function sent(path: string, prefix = "") {
    return new Map(headersFor(parseHeadersFile(headersFile(prefix, [STYLESHEET])), path).map(([n, v]) => [n.toLowerCase(), v]));
  }

  it("gives each path one cache lifetime, and the stylesheet preload to pages only", () => {
    for (const path of ["/", "/fr/", "/en/timeline", `/fr/releases/${ID}`, "/en/nowhere"]) {
      expect(sent(path).get("cache-control"), path).toBe(CACHE_PAGE);
      expect(sent(path).get("link"), path).toBe(LINK);
    }
    for (const path of ["/assets/index-abc.js", "/assets/index-abc.css", "/data/0123456789ab/calendar.json"]) {
      expect(sent(path).get("cache-control"), path).toBe(CACHE_FOREVER);
      expect(sent(path).has("link"), path).toBe(false);
    }
    expect(sent("/robots.txt").has("link")).toBe(false);
  });

  it("gives every path the security headers, once each, and frame-ancestors as a policy of its own", () => {
    const [, ...others] = SECURITY_HEADERS;
    for (const path of ["/", "/fr/timeline", "/assets/a.js", "/data/x/calendar.json", "/robots.txt", "/de/", "/fr/nowhere", "/fr/search"]) {
      for (const [name, value] of others) expect(sent(path).get(name.toLowerCase()), `${path} ${name}`).toBe(value);
      expect(sent(path).get("content-security-policy")?.split(", ")[0], path).toBe(FRAME_POLICY);
    }
  });

  it("gives every page and file of the app the default policy, and only it", () => {
    // Every route of the app (src/app/routes.tsx), in both languages, and the files of the build.
    const pages = ["/", "/404.html", "/assets/index-abc.js", "/data/x/calendar.json"];
    for (const lang of ["fr", "en"]) {
      pages.push(`/${lang}/`, `/${lang}/timeline`, `/${lang}/decisions`, `/${lang}/releases/${ID}`, `/${lang}/releases/${ID}/bilingual`);
      pages.push(`/${lang}/search`, `/${lang}/feed.xml`, `/${lang}/feed.json`, `/${lang}/404`);
    }
    for (const path of pages) expect(sent(path).get("content-security-policy"), path).toBe(`${FRAME_POLICY}, ${CSP}`);
    // The default policy and frame-ancestors together say what the one policy other hosts send says (docs/HOSTING.md).
    expect(`${CSP}; ${FRAME_POLICY}`).toBe(SECURITY_HEADERS[0]?.[1]);
  });

  it("lets the search bundle and its worker alone run WebAssembly: the search policy, never the default one too", () => {
    for (const path of ["/pagefind/search-worker.js", "/pagefind/fr/pagefind.js", "/pagefind/en/wasm.en.pagefind"]) {
      expect(sent(path).get("content-security-policy"), path).toBe(`${FRAME_POLICY}, ${SEARCH_CSP}`);
    }
    expect(sent("/communique/pagefind/search-worker.js", "/communique").get("content-security-policy")).toContain("'wasm-unsafe-eval'");
    for (const path of ["/fr/search", "/en/search", "/fr/", "/fr/timeline", `/fr/releases/${ID}`, "/assets/index-abc.js", "/fr/nowhere"]) {
      expect(sent(path).get("content-security-policy"), path).not.toContain("wasm");
    }
    expect(SEARCH_CSP).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    // Its bundle is revalidated, not kept a year: Pagefind's script and engine keep their names.
    expect(sent("/pagefind/fr/pagefind.js").get("cache-control")).toBe(CACHE_PAGE);
  });

  it("scopes every rule to the sub-path", () => {
    expect(sent("/communique/fr/", "/communique").get("cache-control")).toBe(CACHE_PAGE);
    expect(sent("/communique/assets/a.js", "/communique").get("cache-control")).toBe(CACHE_FOREVER);
    expect(sent("/fr/", "/communique").size).toBe(0);
  });

  it("joins a header set by two matching rules, as hosts do, so a double is visible", () => {
    const rules = parseHeadersFile("/*\n  Cache-Control: a\n/assets/*\n  Cache-Control: b\n");
    expect(headersFor(rules, "/assets/x.js")).toEqual([["Cache-Control", "a, b"]]);
  });
});

describe("the build's _redirects", () => {
  it("gives an unknown address under each language that language's 404 page, with status 404", () => {
    expect(redirectsFile("")).toBe("# Written by scripts/prerender.ts.\n/fr/*  /fr/404.html  404\n/en/*  /en/404.html  404\n");
    expect(redirectsFile("/communique")).toContain("/communique/*  /communique/404.html  404\n");
  });
});
