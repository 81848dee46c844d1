import { describe, expect, it } from "vitest";
import { checkReleaseDir } from "../src/content/check.ts";
import { buildDataFiles } from "../src/content/data-files.ts";
import { dataPaths, type ReleaseFile } from "../src/content/data-paths.ts";
import { LANGS } from "../src/content/vocabulary.ts";
import { paths } from "../src/lib/paths.ts";
import { CITATION_TYPES, citationFiles } from "./citation-files.ts";
import { headersFile } from "./security.ts";
import { headersFor, parseHeadersFile } from "./static-host.ts";

const shipped = checkReleaseDir("src/content/releases").releases;
const files = buildDataFiles(shipped);
const releases = shipped.map((r) => files.get(dataPaths.release(r.id)) as ReleaseFile);

describe("the citation files", () => {
  const written = citationFiles(releases, { origin: "https://communique.example", base: "/reader/" });

  it("are a RIS and a BibTeX file for every release in each language, citing the page's absolute address", () => {
    expect(written.size).toBe(shipped.length * LANGS.length * 2);
    for (const r of shipped) {
      for (const lang of LANGS) {
        const address = `https://communique.example/reader/${lang}/releases/${r.id}`;
        expect(written.get(paths.ris(lang, r.id))).toContain(`UR  - ${address}\r\n`);
        expect(written.get(paths.bibtex(lang, r.id))).toContain(`  url = {${address}},`);
      }
    }
  });

  it("are served with their content type, the folder of each format matching its path", () => {
    const rules = parseHeadersFile(headersFile("/reader", []));
    const type = (path: string) => headersFor(rules, path).find(([name]) => name === "Content-Type")?.[1];
    const id = shipped[0]?.id ?? "";
    expect(type(`/reader${paths.ris("fr", id)}`)).toBe(CITATION_TYPES.ris);
    expect(type(`/reader${paths.bibtex("en", id)}`)).toBe(CITATION_TYPES.bibtex);
    expect(type("/reader/fr/releases/x")).toBeUndefined();
  });
});
