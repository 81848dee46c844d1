// `npm run size`: the first-load JavaScript of every route (gzip), from a build in memory, against the
// budget. Seconds, no browser; exits 1 when a route is over. The bench measures the same in Chromium.
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Rollup } from "vite";

/** First-load JavaScript of any route, gzip: see docs/PERFORMANCE.md. */
export const FIRST_LOAD_JS_BUDGET = 130 * 1024;

/** The lazy route modules; a page loads the entry, one of these, its language's strings and its view's own
 *  strings (ROUTE_PARTS; the 404 needs no module of its own). */
const ROUTES: Record<string, string> = {
  archive: "src/app/routes/archive.tsx",
  release: "src/app/routes/release.tsx",
  bilingual: "src/app/routes/bilingual.tsx",
  timeline: "src/app/routes/timeline.tsx",
  decisions: "src/app/routes/decisions.tsx",
  search: "src/app/routes/search.tsx",
};
const LANGUAGES = ["fr", "en"];
/** Chunks a page asks for that hydrate after it, not counted in its first load: the Cite block's code and
 *  strings (decision 0014). The bench reports them apart by name; any other script it finds uncounted is
 *  counted against the budget. */
export const AFTER_THE_PAGE = ["cite", ...LANGUAGES.map((lang) => `cite.${lang}`)];
/** The locale parts each route's loader loads with its page (src/i18n/index.ts). */
const ROUTE_PARTS: Record<string, string[]> = {
  release: ["paragraph"],
  bilingual: ["paragraph"],
  search: ["search"],
  timeline: ["timelineView"],
};

export type RouteSize = {
  route: string;
  /** The larger language's first load. */
  bytes: number;
  files: string[];
  /** Each language's first load: the bench compares it with what a page of that language loads. */
  byLang: Record<string, { bytes: number; files: string[] }>;
};

/** Each route's first-load JavaScript: the entry, the route's chunk and the larger language's strings, with what they import. */
export async function firstLoadSizes(): Promise<RouteSize[]> {
  const output = (await build({ logLevel: "silent", build: { write: false } })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunks = (Array.isArray(output) ? output : [output])
    .flatMap((o) => o.output)
    .filter((c): c is Rollup.OutputChunk => c.type === "chunk");
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const gzip = new Map(chunks.map((c) => [c.fileName, gzipSync(c.code, { level: 9 }).length]));
  const closure = (chunk: Rollup.OutputChunk, files = new Set<string>()): Set<string> => {
    if (files.has(chunk.fileName)) return files;
    files.add(chunk.fileName);
    for (const f of chunk.imports) {
      const next = byFile.get(f);
      if (next) closure(next, files);
    }
    return files;
  };
  const of = (module: string) => {
    const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
    if (!chunk) throw new Error(`size: no chunk for ${module} in the build`);
    return chunk;
  };
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error("size: the build has no entry chunk");
  const total = (files: Set<string>) => [...files].reduce((sum, f) => sum + (gzip.get(f) ?? 0), 0);
  return Object.entries(ROUTES).map(([route, module]) => {
    const strings = (lang: string) => [
      `src/i18n/locales/${lang}.json`,
      ...(ROUTE_PARTS[route] ?? []).map((p) => `src/i18n/locales/parts/${p}.${lang}.json`),
    ];
    const byLang = Object.fromEntries(
      LANGUAGES.map((lang) => {
        const files = strings(lang).reduce((files, file) => closure(of(file), files), closure(of(module), closure(entry)));
        return [lang, { bytes: total(files), files: [...files] }];
      }),
    );
    const largest = Object.values(byLang).sort((a, b) => b.bytes - a.bytes)[0] as { bytes: number; files: string[] };
    return { route, ...largest, byLang };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const sizes = await firstLoadSizes();
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  for (const s of sizes)
    console.log(
      `${s.bytes <= FIRST_LOAD_JS_BUDGET ? "✓" : "✗"} ${s.route.padEnd(10)} ${kib(s.bytes).padStart(10)}  (${s.files.length} files)`,
    );
  const over = sizes.filter((s) => s.bytes > FIRST_LOAD_JS_BUDGET);
  console.log(`first-load JavaScript, gzip: budget ${kib(FIRST_LOAD_JS_BUDGET)} a route`);
  if (over.length) {
    console.error(
      `Over budget: ${over.map((s) => `${s.route} (${kib(s.bytes)})`).join(", ")}. Load later what the first paint does not need.`,
    );
    process.exitCode = 1;
  }
}
