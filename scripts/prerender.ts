// Writes every route of the built app, in both languages, as static HTML with its content in it, to be
// hydrated by the browser: readable without JavaScript, instant first paint, shareable.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { ArchiveItem, ListIndexFile, ReleaseFile } from "../src/content/data-paths.ts";
import { LANGS, type Lang } from "../src/content/vocabulary.ts";
import type * as ServerEntry from "../src/entry-server.tsx";
import { citationFiles } from "./citation-files.ts";
import { writeSearchIndex } from "./search-index.ts";
import { CSP, headersFile } from "./security.ts";
import { siteFiles } from "./site-files.ts";

function escapeHtml(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/**
 * `text` with the one match of `pattern` replaced by `replacement`, inserted as it is (never read as a
 * replacement pattern: content may hold `$&`). Vite writes the page; if its shape changes, say so.
 */
export function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  const found = [...text.matchAll(new RegExp(pattern.source, "g"))];
  const match = found[0];
  if (found.length !== 1 || !match) {
    throw new Error(
      `prerender: expected the built index.html to hold ${pattern} once, found it ${found.length} times: has Vite's HTML changed shape?`,
    );
  }
  return text.slice(0, match.index) + replacement + text.slice(match.index + match[0].length);
}

/** The built page with one route's rendering in it; `path` marks the page as prerendered for that path (null: the 404 page). */
export function fillPage(template: string, rendered: Extract<ServerEntry.Rendered, { kind: "page" }>, path: string | null): string {
  let html = template;
  html = replaceOnce(html, /<html lang="[^"]*">/, `<html lang="${rendered.lang}">`);
  // Marked: a page the browser renders afresh (an address this file was not written for) takes them out
  // before React writes its own (src/main.tsx).
  html = replaceOnce(html, /<title>[^<]*<\/title>/, rendered.head.replace(/<(title|meta|link)\b/g, "<$1 data-page-head"));
  // A page that describes itself (PageHead) has its description in its head; any other (a 404) has the site's.
  const described = /<meta name="description"/.test(rendered.head);
  html = replaceOnce(
    html,
    /\n\s*<meta name="description" data-page-head content="[^"]*" \/>/,
    described ? "" : `\n    <meta name="description" data-page-head content="${escapeHtml(rendered.description)}" />`,
  );
  const marker = path === null ? "" : ` data-prerendered="${escapeHtml(path)}"`;
  return replaceOnce(html, /<div id="root"><\/div>/, `<div id="root"${marker}>${rendered.html}</div>`);
}

/** The file a static host serves for an app path: /fr/ → fr/index.html, /fr/timeline → fr/timeline.html. */
export function fileFor(path: string): string {
  if (path === "/") return "index.html";
  return path.endsWith("/") ? `${path.slice(1)}index.html` : `${path.slice(1)}.html`;
}

/**
 * The `_redirects` file: Netlify serves an existing file first (a rule without `!` never shadows one), so
 * these only give an unknown address under a language its language's 404 page. Cloudflare Pages skips
 * rules with status 404 and finds the nearest 404.html itself.
 */
export function redirectsFile(prefix: string): string {
  const lines = ["# Written by scripts/prerender.ts.", ...LANGS.map((l) => `${prefix}/${l}/*  ${prefix}/${l}/404.html  404`)];
  if (prefix) lines.push(`${prefix}/*  ${prefix}/404.html  404`);
  return `${lines.join("\n")}\n`;
}

export async function prerender(options: {
  dist: string;
  ssrEntry: string;
  base: string;
  site: string;
}): Promise<{ pages: number; searchSeconds: number }> {
  const dist = resolve(options.dist);
  const server = (await import(pathToFileURL(resolve(options.ssrEntry)).href)) as typeof ServerEntry;
  const dataDir = join(dist, server.DATA_FOLDER);
  const read = async (path: string): Promise<unknown> => {
    try {
      return JSON.parse(await readFile(join(dataDir, path), "utf8"));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  };
  const content = server.createContent(read, { idShards: server.ID_SHARDS });
  // The page is already readable; its script only makes it interactive, so it must not take bandwidth
  // from the stylesheet that the first paint waits for.
  let template = await readFile(join(dist, "index.html"), "utf8");
  template = replaceOnce(template, /<script type="module" crossorigin/, '<script type="module" fetchpriority="low" crossorigin');
  template = replaceOnce(
    template,
    /<meta charset="utf-8" \/>/,
    `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
  );
  const basename = options.base.replace(/\/$/, "") || "/";
  const prefix = basename === "/" ? "" : basename;

  const ids: string[] = [];
  for (let n = 0; n < server.ID_SHARDS; n++) ids.push(...((await read(server.dataPaths.idShard(n))) as string[]));
  ids.sort();

  const paths = [
    "/",
    ...LANGS.flatMap((l) => [
      `/${l}/`,
      `/${l}/timeline`,
      `/${l}/decisions`,
      `/${l}/search`,
      ...ids.map((id) => `/${l}/releases/${id}`),
      // Each release side by side: both languages, this one leading.
      ...ids.map((id) => `/${l}/releases/${id}/bilingual`),
    ]),
  ];
  const pages: { file: string; path: string | null; url: string }[] = paths.map((path) => ({ file: fileFor(path), path, url: path }));
  // The pages a static host serves for an unknown address: one per language folder, and one for any other
  // path, in English (see docs/HOSTING.md). With JavaScript the browser then renders the 404 for the URL.
  pages.push(...LANGS.map((l) => ({ file: `${l}/404.html`, path: null, url: `/${l}/404` })));
  pages.push({ file: "404.html", path: null, url: "/en/404" });

  for (const page of pages) {
    const rendered = await server.render(`${prefix}${page.url}`, content, basename);
    if (rendered.kind === "redirect") throw new Error(`prerender: ${page.url} redirects to ${rendered.location}`);
    const html = fillPage(template, rendered, page.path);
    const file = join(dist, page.file);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, html);
  }

  const stylesheets = [...template.matchAll(/<link rel="stylesheet"([^>]*) href="([^"]+)"/g)].map((m) => ({
    href: m[2] ?? "",
    crossorigin: (m[1] ?? "").includes("crossorigin"),
  }));
  // Feeds, sitemap and robots.txt, from each language's archive (stored oldest first).
  const archive = async (lang: Lang): Promise<ArchiveItem[]> => {
    const index = (await read(server.dataPaths.listIndex("archive"))) as ListIndexFile;
    const chunks = await Promise.all(
      index.chunks.map((_, n) => read(server.dataPaths.listChunk("archive", lang, n)) as Promise<ArchiveItem[]>),
    );
    return chunks.flat().reverse();
  };
  const [fr, en] = await Promise.all([archive("fr"), archive("en")]);
  for (const [path, text] of siteFiles({ fr, en }, { origin: options.site, base: options.base })) {
    await mkdir(dirname(join(dist, path)), { recursive: true });
    await writeFile(join(dist, path), text);
  }
  // Each release's RIS and BibTeX files, from the citation its data file holds.
  const releases = await Promise.all(ids.map((id) => read(server.dataPaths.release(id)) as Promise<ReleaseFile>));
  for (const [path, text] of citationFiles(releases, { origin: options.site, base: options.base })) {
    await mkdir(dirname(join(dist, path)), { recursive: true });
    await writeFile(join(dist, path), text);
  }

  // The search index, one bundle per language, from the same data files the pages were rendered from.
  const searchStarted = performance.now();
  await writeSearchIndex(dist, releases);
  const searchSeconds = (performance.now() - searchStarted) / 1000;

  await writeFile(join(dist, "_headers"), headersFile(prefix, stylesheets));
  await writeFile(join(dist, "_redirects"), redirectsFile(prefix));
  return { pages: pages.length, searchSeconds };
}
