import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { Release } from "../src/content/schema.ts";
import { releaseDays, searchDocument, searchIndexFiles } from "./search-index.ts";

const release = JSON.parse(readFileSync("tests/fixtures/releases/2023-02-15-defence-ministers.json", "utf8")) as Release;
const SCRIPT = '<script>alert("x")</script> & <b>';
const hostile: Release = {
  ...release,
  title: { fr: `Titre ${SCRIPT}`, en: `Title ${SCRIPT}` },
  body: release.body.map((b) => (b.type === "paragraph" ? { ...b, text: { fr: `Défense ${SCRIPT}`, en: null } } : b)),
};

describe("the search index", () => {
  it("reads a release as one element per paragraph, meeting and decision, named by the article's ids", () => {
    const html = searchDocument(release, "fr");
    for (const block of release.body) expect(html).toContain(`id="${block.id}"`);
    for (const m of release.meetings) expect(html).toContain(`<section id="meeting-${m.id}"`);
    for (const d of release.decisions) expect(html).toContain(`<li id="decision-${d.id}"`);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain(`data-pagefind-filter="prov:${release.provenance.fr.kind}"`);
  });

  it("escapes what the content holds, and leaves out a text missing in the language", () => {
    const html = searchDocument(hostile, "en");
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(searchDocument(hostile, "fr")).toContain("Défense &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;");
    expect(html).not.toContain("Défense");
  });

  it("files a release under every day of its meetings", () => {
    expect(releaseDays(release)).toEqual(["2023-02-14", "2023-02-15"]);
    expect(releaseDays({ ...release, meetings: [] })).toEqual([release.publishedAt.slice(0, 10)]);
  });

  it("writes one bundle per language, without Pagefind's own UI or worker (ours runs it), the hostile text kept as text", async () => {
    const files = await searchIndexFiles([hostile]);
    for (const lang of ["fr", "en"]) {
      expect(files.has(`pagefind/${lang}/pagefind.js`), lang).toBe(true);
      expect(files.has(`pagefind/${lang}/pagefind-worker.js`), lang).toBe(false);
      expect(files.has(`pagefind/${lang}/wasm.${lang}.pagefind`), lang).toBe(true);
    }
    expect([...files.keys()].filter((f) => /ui\.(js|css)$|highlight|unknown/.test(f))).toEqual([]);
    const entry = JSON.parse(new TextDecoder().decode(files.get("pagefind/fr/pagefind-entry.json"))) as { languages: object };
    expect(Object.keys(entry.languages)).toEqual(["fr"]);
    const fragment = [...files].find(([path]) => path.startsWith("pagefind/fr/fragment/"))?.[1];
    const text = gunzipSync(fragment ?? new Uint8Array()).toString("utf8");
    expect(text).toContain(SCRIPT.replace(/"/g, '\\"'));
  });
});
