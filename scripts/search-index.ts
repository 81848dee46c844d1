// The search index: one Pagefind bundle per language (pagefind/fr/, pagefind/en/), built from the releases
// themselves, not from the rendered pages, so that each paragraph, meeting and decision is a sub-result
// named by the id the article gives it. The browser loads the bundle at run time (src/features/search/).
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import * as pagefind from "pagefind";
import type { Plugin } from "vite";
import { checkReleaseDir } from "../src/content/check.ts";
import { meetingDays } from "../src/content/derive.ts";
import type { Localised, Release } from "../src/content/schema.ts";
import { LANGS, type Lang } from "../src/content/vocabulary.ts";
import { addDays } from "../src/lib/days.ts";
import { SEARCH_FOLDER } from "../src/lib/paths.ts";

/**
 * Files of Pagefind's bundle that our own UI never loads: its default UIs, its highlighting script, and its
 * worker (the engine runs in ours, src/features/search/search-worker.ts).
 */
const UNUSED = /^(pagefind-(component-|modular-)?ui\.(js|css)|pagefind-highlight\.js|pagefind-worker\.js|wasm\.unknown\.pagefind)$/;

function escapeHtml(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** A localised text in `lang` as plain text, or null when it does not exist in that language. */
function textIn(value: Localised | undefined, lang: Lang): string | null {
  const own = value?.[lang];
  if (own === null || own === undefined) return null;
  return typeof own === "string" ? own : own.text;
}

/** Every day of the meetings a release covers (its publication day when it covers none). */
export function releaseDays(release: Release): string[] {
  const days = new Set<string>();
  for (const meeting of release.meetings) {
    const [start, end] = meetingDays(meeting);
    for (let day = start; day && day <= end; day = addDays(day, 1)) days.add(day);
  }
  if (days.size === 0) days.add(release.publishedAt.slice(0, 10));
  return [...days].sort();
}

/**
 * The text as Pagefind is to read it: with the typographic apostrophe (’) written ', the one Pagefind
 * splits a word at, so that the word after an elision is found (« l’Alliance » by "alliance"). The
 * search worker writes ’ back in the excerpts it shows (search-engine.ts).
 */
export function indexedText(text: string): string {
  return text.replaceAll("\u2019", "'");
}

/**
 * A release in one language as the HTML Pagefind reads: the headline as its title, then one element per
 * paragraph, quote, image caption, meeting and decision, each with the id the article page gives it, so
 * that a match names its place. The element says what it is (p, blockquote, figure, section, li).
 */
export function searchDocument(release: Release, lang: Lang): string {
  const el = (tag: string, id: string, text: string | null) =>
    text ? `<${tag} id="${escapeHtml(id)}" data-pagefind-title="${tag}">${escapeHtml(indexedText(text))}</${tag}>` : "";
  const title = textIn(release.title, lang) ?? "";
  const body = release.body.map((block) => {
    if (block.type === "paragraph") return el("p", block.id, textIn(block.text, lang));
    if (block.type === "quote") return el("blockquote", block.id, textIn(block.text, lang));
    return el("figure", block.id, textIn(block.caption, lang));
  });
  const meetings = release.meetings.map((m) =>
    el("section", `meeting-${m.id}`, [textIn(m.title, lang), textIn(m.place, lang), textIn(m.summary, lang)].filter(Boolean).join(". ")),
  );
  const decisions = release.decisions.map((d) => el("li", `decision-${d.id}`, textIn(d.text, lang)));
  const filters = [
    ...releaseDays(release).map((day) => ["day", day]),
    ...release.decisions.flatMap((d) => [
      ["topic", d.topic],
      ["kind", d.kind],
      ["tk", `${d.topic}/${d.kind}`],
    ]),
    ["prov", release.provenance[lang].kind],
  ];
  const filterTags = [...new Set(filters.map(([name, value]) => `${name}:${value}`))]
    .map((f) => `<span data-pagefind-filter="${escapeHtml(f)}"></span>`)
    .join("");
  return `<!doctype html><html lang="${lang}"><head><title>${escapeHtml(title)}</title></head><body><main data-pagefind-body><span data-pagefind-meta="title:${escapeHtml(title)}"></span>${filterTags}${body.join("")}${meetings.join("")}${decisions.join("")}</main></body></html>`;
}

/** The URL Pagefind records for a release: its router path (the base the site is served under is added in the browser). */
export function searchUrl(lang: Lang, id: string): string {
  return `/${lang}/releases/${encodeURIComponent(id)}`;
}

/** Both languages' bundles, as files relative to the site's root (`pagefind/fr/pagefind.js`, …). */
export async function searchIndexFiles(releases: Release[]): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const lang of LANGS) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
    if (!index) throw new Error(`search index: ${errors.join("; ")}`);
    for (const release of releases) {
      const added = await index.addHTMLFile({ url: searchUrl(lang, release.id), content: searchDocument(release, lang) });
      if (added.errors.length) throw new Error(`search index: ${release.id}: ${added.errors.join("; ")}`);
    }
    const written = await index.getFiles();
    if (written.errors.length) throw new Error(`search index: ${written.errors.join("; ")}`);
    for (const file of written.files) {
      if (!UNUSED.test(file.path)) files.set(`${SEARCH_FOLDER}/${lang}/${file.path}`, file.content);
    }
    await index.deleteIndex();
  }
  await pagefind.close();
  return files;
}

/** Writes both bundles under `dist`; returns how many files. */
export async function writeSearchIndex(dist: string, releases: Release[]): Promise<number> {
  const files = await searchIndexFiles(releases);
  // Each language's folder only: the search worker, built by Vite, sits beside them.
  for (const lang of LANGS) await rm(join(dist, SEARCH_FOLDER, lang), { recursive: true, force: true });
  for (const [path, content] of files) {
    await mkdir(dirname(join(dist, path)), { recursive: true });
    await writeFile(join(dist, path), content);
  }
  return files.size;
}

const TYPES: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  json: "application/json; charset=utf-8",
  pagefind: "application/wasm",
};

/** `npm run dev` searches too: the index is built from the release files on the first search, again after a change. */
export function searchDevIndex(options: { dir?: string } = {}): Plugin {
  let files: Promise<Map<string, Uint8Array>> | undefined;
  let base = "/";
  let dir = "";
  return {
    name: "communique-search-dev-index",
    apply: "serve",
    configResolved(config) {
      base = config.base;
      dir = join(config.root, process.env.COMMUNIQUE_CONTENT_DIR ?? options.dir ?? "src/content/releases");
    },
    configureServer(server) {
      server.watcher.on("change", (file) => {
        if (file.startsWith(dir)) files = undefined;
      });
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent(req.url?.split("?")[0] ?? "");
        if (!path.startsWith(`${base}${SEARCH_FOLDER}/`)) return next();
        files ??= searchIndexFiles(checkReleaseDir(dir).releases);
        files.then(
          (built) => {
            const file = built.get(path.slice(base.length));
            if (!file) {
              res.statusCode = 404;
              res.end("Not found");
              return;
            }
            res.setHeader("Content-Type", TYPES[path.split(".").at(-1) ?? ""] ?? "application/octet-stream");
            res.end(file);
          },
          (error: Error) => {
            files = undefined;
            res.statusCode = 500;
            res.end(error.message);
          },
        );
      });
    },
  };
}
