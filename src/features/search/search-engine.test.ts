import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { searchIndexFiles } from "../../../scripts/search-index.ts";
import type { Release } from "../../content/schema.ts";
import type { Lang } from "../../content/vocabulary.ts";
import { IndexUnavailable, type PagefindModule, type Search, type SearchFilters, searchEngine, takeOverFetch } from "./search-engine.ts";

// Pagefind's own browser bundle over a real index, run here as in the search worker (no window: in this thread).
let built: Map<string, Uint8Array>;
let dir: string;
beforeAll(async () => {
  const release = JSON.parse(readFileSync("tests/fixtures/releases/2023-02-15-defence-ministers.json", "utf8")) as Release;
  built = await searchIndexFiles([release]);
  dir = mkdtempSync(join(tmpdir(), "communique-engine-"));
  for (const [path, content] of built) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
});
afterEach(() => vi.unstubAllGlobals());

/** Serves the index at its site paths, recording the paths asked; `fails` says which paths answer 404. */
function serve(fails: (path: string) => boolean = () => false): string[] {
  const asked: string[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      const path = url.replace(/\?.*$/, "");
      asked.push(path);
      const file = built.get(path.slice(1));
      return file && !fails(path) ? new Response(new Blob([new Uint8Array(file)])) : new Response("", { status: 404 });
    }),
  );
  return asked;
}

const bundle = (lang: Lang) => import(pathToFileURL(join(dir, `pagefind/${lang}/pagefind.js`)).href) as Promise<PagefindModule>;

function engine(load = bundle) {
  return searchEngine({ folder: (lang: Lang) => `/pagefind/${lang}/`, load, fetching: takeOverFetch(globalThis) });
}

/** A search for "ministers" in the English index, from a page in `lang`. */
const ministers = (filters: SearchFilters = { range: {} }, lang: Lang = "en"): Search => ({
  terms: "ministers",
  langs: ["en"],
  filters,
  page: 1,
  lang,
});

describe("the search engine", () => {
  it("answers one page of hits, each with its places as plain excerpts with the words marked", async () => {
    serve();
    const page = await engine().search(ministers());
    expect(page).toMatchObject({ total: 1, page: 1, pages: 1 });
    const [hit] = page.hits;
    expect(hit).toMatchObject({ lang: "en", id: "2023-02-15-defence-ministers", days: ["2023-02-14", "2023-02-15"] });
    expect(hit?.places.length).toBeGreaterThan(0);
    const marked = hit?.places.flatMap((p) => p.excerpt.filter((part) => part.mark).map((part) => part.text.toLowerCase()));
    expect(marked).toContain("ministers");
  });

  it("finds nothing for a word the texts do not hold, where the engine alone matches a shorter word that begins it", async () => {
    serve();
    const search = (terms: string): Search => ({ ...ministers(), terms });
    // Pagefind alone: "ministersxyz" finds the release through "minist", and "xyzzyq" is left out of the query.
    expect((await engine().search(search("ministersxyz"))).total).toBe(0);
    expect((await engine().search(search("defence xyzzyq"))).total).toBe(0);
    // A word held, the start of one being typed, and a word held under another ending are found.
    expect((await engine().search(search("defence"))).total).toBe(1);
    expect((await engine().search(search("minis"))).total).toBe(1);
    expect((await engine().search(search("minister"))).total).toBe(1);
    expect((await engine().search(search("industries"))).total).toBe(1); // the text says "industry"
  });

  it("finds a word after an elision, whole or being typed, and shows it with its apostrophe", async () => {
    serve();
    const french = (terms: string): Search => ({ terms, langs: ["fr"], filters: { range: {} }, page: 1, lang: "fr" });
    // The text writes « l’Alliance » and « l’OTAN », with the typographic apostrophe.
    for (const typed of ["alliance", "allian", "ota"]) expect((await engine().search(french(typed))).total, typed).toBe(1);
    const [hit] = (await engine().search(french("alliance"))).hits;
    const marked = hit?.places.flatMap((p) => p.excerpt.filter((part) => part.mark).map((part) => part.text));
    expect(marked).toContain("l’Alliance");
  });

  it("leaves out a query's stop words and the letters an apostrophe cuts off: they would mark every word they begin", async () => {
    serve();
    const marked = async (terms: string, lang: Lang) => {
      const page = await engine().search({ terms, langs: [lang], filters: { range: {} }, page: 1, lang });
      expect(page.total, terms).toBe(1);
      return page.hits.flatMap((hit) => hit.places.flatMap((p) => p.excerpt.filter((part) => part.mark).map((part) => part.text)));
    };
    // The words as the page gives them: « l’Alliance » and "NATO’s" with their apostrophe as a space.
    const alliance = await marked("l Alliance", "fr");
    expect(alliance.length).toBeGreaterThan(0);
    for (const word of alliance) expect(word.toLowerCase()).toContain("alliance");
    const nato = await marked("NATO s", "en");
    expect(nato.length).toBeGreaterThan(0);
    for (const word of nato) expect(word).toMatch(/^NATO/);
    for (const word of await marked("ministers defence the", "en")) expect(word.toLowerCase()).not.toBe("the");
    // « c’est », « j’ai »: c, j and ai are left out too.
    for (const word of await marked("c est j ai Alliance", "fr")) expect(word.toLowerCase()).toContain("alliance");
  });

  it("leaves out each language's own stop words only: « but » is a French word, searched in the French texts", async () => {
    serve();
    const both = await engine().search({ terms: "but Alliance", langs: ["fr", "en"], filters: { range: {} }, page: 1, lang: "fr" });
    // The English text holds "Alliance" ("but" left out there); the French one does not hold « but ».
    expect(both.total).toBe(1);
    expect(both.hits[0]?.lang).toBe("en");
    expect((await engine().search({ terms: "but Alliance", langs: ["fr"], filters: { range: {} }, page: 1, lang: "fr" })).total).toBe(0);
  });

  it("finds « œ » where the reader typed oe, and still finds the words written oe", async () => {
    // The fixture, its French planning paragraph saying « mise en œuvre », « manœuvres » and « coexistence ».
    const release = JSON.parse(readFileSync("tests/fixtures/releases/2023-02-15-defence-ministers.json", "utf8")) as Release;
    const block = release.body.find((b) => b.type === "paragraph" && b.id === "defence-planning");
    if (block?.type !== "paragraph" || typeof block.text.fr !== "string") throw new Error("fixture changed");
    block.text.fr = `${block.text.fr} Leur mise en œuvre passe par des manœuvres conjointes et la coexistence des forces.`;
    const files = await searchIndexFiles([release]);
    const served = mkdtempSync(join(tmpdir(), "communique-engine-oe-"));
    for (const [path, content] of files) {
      mkdirSync(dirname(join(served, path)), { recursive: true });
      writeFileSync(join(served, path), content);
    }
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string) => {
        const file = files.get(url.replace(/\?.*$/, "").slice(1));
        return file ? new Response(new Blob([new Uint8Array(file)])) : new Response("", { status: 404 });
      }),
    );
    const french = searchEngine({
      folder: (lang: Lang) => `/pagefind/${lang}/`,
      load: (lang: Lang) => import(pathToFileURL(join(served, `pagefind/${lang}/pagefind.js`)).href) as Promise<PagefindModule>,
      fetching: takeOverFetch(globalThis),
    });
    const search = (terms: string) => french.search({ terms, langs: ["fr"], filters: { range: {} }, page: 1, lang: "fr" });
    for (const typed of ["oeuvre", "mise en oeuvre", "manoeuvres", "OEUVRE", "œuvre"]) expect((await search(typed)).total, typed).toBe(1);
    const marked = (await search("oeuvre")).hits.flatMap((hit) =>
      hit.places.flatMap((p) => p.excerpt.filter((part) => part.mark).map((part) => part.text)),
    );
    expect(marked).toContain("œuvre");
    // A word the texts write with oe is found as typed.
    expect((await search("coexistence")).total).toBe(1);
    expect((await search("oeuvrexyz")).total).toBe(0);
  });

  it("gives the days and the release's language in the words of the page's language", async () => {
    serve();
    const [fr] = (await engine().search(ministers({ range: {} }, "fr"))).hits;
    expect(fr).toMatchObject({ lang: "en", langName: "anglais", when: { before: "", start: "14", between: "–", end: "15 février 2023" } });
    const [en] = (await engine().search(ministers())).hits;
    expect(en).toMatchObject({ langName: "English", when: { start: "14", end: "15 February 2023" } });
  });

  it("finds nothing outside the date range, without searching", async () => {
    serve();
    expect(await engine().search(ministers({ range: { from: "2024-01-01" } }))).toEqual({
      total: 0,
      page: 1,
      pages: 1,
      hits: [],
    });
  });

  it("on warm-up, fetches the entry file, then the metadata and WebAssembly it names, while the engine's script loads; each file once", async () => {
    const asked = serve();
    let loaded = (_: PagefindModule) => {};
    const warm = engine((lang) => new Promise<PagefindModule>((resolve) => (loaded = resolve)).then(() => bundle(lang)));
    warm.warmUp("en");
    await vi.waitFor(() => expect(asked).toHaveLength(3));
    expect(asked[0]).toBe("/pagefind/en/pagefind-entry.json");
    expect(asked).toContainEqual(expect.stringMatching(/^\/pagefind\/en\/pagefind\.en_\w+\.pf_meta$/));
    expect(asked).toContain("/pagefind/en/wasm.en.pagefind");
    loaded(await bundle("en"));
    expect((await warm.search(ministers())).total).toBe(1);
    warm.warmUp("en");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(asked.length).toBeGreaterThan(3);
    expect(new Set(asked).size).toBe(asked.length);
    for (const path of asked) expect(built.has(path.slice(1)), path).toBe(true);
  });

  it("fails a search during which an index chunk failed (Pagefind alone answers without it); the same engine finds it next time", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    let failing = true;
    serve((path) => failing && path.includes("/index/"));
    const searching = engine();
    await expect(searching.search(ministers())).rejects.toThrow(IndexUnavailable);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("Failed to load the index chunk"));
    failing = false;
    expect((await searching.search(ministers())).total).toBe(1);
  });
});

describe("the worker's fetch, taken over", () => {
  function scope() {
    const asked: string[] = [];
    const target = {
      fetch: (async (url: string) => {
        asked.push(url);
        if (url === "/gone") throw new TypeError("network error");
        return new Response(url, { status: url.startsWith("/missing") ? 404 : 200 });
      }) as typeof fetch,
    };
    return { target, asked, fetching: takeOverFetch(target) };
  }

  it("hands the engine a file fetched ahead, once, and the caller a copy", async () => {
    const { target, asked, fetching } = scope();
    const copy = await fetching.ahead("/a");
    const engine = await target.fetch("/a");
    expect([await copy?.text(), await engine.text()]).toEqual(["/a", "/a"]);
    await target.fetch("/a");
    expect(asked).toEqual(["/a", "/a"]); // asked again after: a request of its own
  });

  it("fetches nothing ahead that the engine has asked for already", async () => {
    const { target, asked, fetching } = scope();
    await target.fetch("/a");
    expect(await fetching.ahead("/a")).toBeUndefined();
    expect(asked).toEqual(["/a"]);
  });

  it("counts the requests that fail, by status or by error", async () => {
    const { target, fetching } = scope();
    await target.fetch("/a");
    await target.fetch("/missing");
    await expect(target.fetch("/gone")).rejects.toThrow("network error");
    await fetching.ahead("/missing-too");
    expect(fetching.failures()).toBe(3);
  });
});
