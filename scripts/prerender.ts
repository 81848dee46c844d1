// Writes every route of the built app, in both languages, as static HTML with its content in it, to be
// hydrated by the browser: readable without JavaScript, instant first paint, shareable.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { ArchiveChunkFile, ArchiveIndexFile } from "../src/content/data-files.ts";
import type * as ServerEntry from "../src/entry-server.tsx";
import { CSP } from "./security.ts";

const LANGS = ["fr", "en"] as const;

function escapeAttribute(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
}

/** The file a static host serves for an app path: /fr/ → fr/index.html, /fr/timeline → fr/timeline.html. */
export function fileFor(path: string): string {
  if (path === "/") return "index.html";
  return path.endsWith("/") ? `${path.slice(1)}index.html` : `${path.slice(1)}.html`;
}

export async function prerender(options: { dist: string; ssrEntry: string; base: string }): Promise<{ pages: number }> {
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
  // The page is already readable; its script only makes it interactive, so it must not take bandwidth
  // from the stylesheet that the first paint waits for.
  const template = (await readFile(join(dist, "index.html"), "utf8"))
    .replace('<script type="module" crossorigin', '<script type="module" fetchpriority="low" crossorigin')
    .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
  const basename = options.base.replace(/\/$/, "") || "/";
  const prefix = basename === "/" ? "" : basename;

  const index = (await read(server.dataPaths.archiveIndex)) as ArchiveIndexFile;
  const ids: string[] = [];
  for (let n = 0; ids.length < index.total; n++) {
    const chunk = (await read(server.dataPaths.archiveChunk(n))) as ArchiveChunkFile | undefined;
    if (!chunk?.length) break;
    ids.push(...chunk.map((r) => r.id));
  }

  const paths = ["/", ...LANGS.flatMap((l) => [`/${l}/`, `/${l}/timeline`, `/${l}/decisions`, ...ids.map((id) => `/${l}/releases/${id}`)])];
  const pages: { file: string; path: string | null; url: string }[] = paths.map((path) => ({ file: fileFor(path), path, url: path }));
  // The page a static host serves for any unknown address; the browser then renders the right 404 for the URL.
  pages.push({ file: "404.html", path: null, url: "/en/404" });

  for (const page of pages) {
    const rendered = await server.render(`${prefix}${page.url}`, read, basename);
    if (rendered.kind === "redirect") throw new Error(`prerender: ${page.url} redirects to ${rendered.location}`);
    const html = template
      .replace(/<html lang="[^"]*">/, `<html lang="${rendered.lang}">`)
      .replace(/<title>[^<]*<\/title>/, `<title>${rendered.title}</title>`)
      .replace(/(<meta name="description" content=")[^"]*(")/, `$1${escapeAttribute(rendered.description)}$2`)
      .replace(
        '<div id="root"></div>',
        `<div id="root"${page.path === null ? "" : ` data-prerendered="${escapeAttribute(page.path)}"`}>${rendered.html}</div>`,
      );
    const file = join(dist, page.file);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, html);
  }
  await writeHeaders(dist, template, prefix);
  return { pages: pages.length };
}

// Hosts that read `_headers` (Netlify, Cloudflare Pages) then start fetching the stylesheet with the
// page's first bytes instead of after its <head> is parsed: the first paint no longer waits a round trip.
async function writeHeaders(dist: string, template: string, prefix: string) {
  // The preload must match the <link>'s request mode (Vite marks it crossorigin), or the browser fetches twice.
  const stylesheets = [...template.matchAll(/<link rel="stylesheet"([^>]*) href="([^"]+)"/g)].map((m) => ({
    href: m[2],
    crossorigin: (m[1] ?? "").includes("crossorigin"),
  }));
  const file = join(dist, "_headers");
  let headers = "";
  try {
    headers = await readFile(file, "utf8");
  } catch {
    // no headers from public/: start a new file
  }
  const links = stylesheets.map((s) => `  Link: <${s.href}>; rel=preload; as=style${s.crossorigin ? "; crossorigin" : ""}`).join("\n");
  if (links) headers = `${headers.trimEnd()}\n\n# Written by scripts/prerender.ts\n${prefix}/*\n${links}\n`.trimStart();
  await writeFile(file, headers);
}
