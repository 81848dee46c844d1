// The security headers of every page, written once: the build puts the policy in a <meta> of every page
// and writes all of them into dist/_headers (read by Netlify and Cloudflare Pages). frame-ancestors is
// only in the header: browsers ignore it in a <meta>. Other hosts: docs/HOSTING.md (checked by hosting-doc.test.ts).
import { LANGS } from "../src/content/vocabulary.ts";
import { SEARCH_FOLDER } from "../src/lib/paths.ts";
import { CITATION_TYPES } from "./citation-files.ts";

/** Only our own scripts, styles, images and data; no inline code, no plugins, no <base>, forms only to ourselves. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";

/**
 * The search worker's policy: the same, and WebAssembly, which runs the search engine in that worker
 * (served from pagefind/, it takes its policy from its own response). Never 'unsafe-eval': see
 * docs/decisions/0011-search.md.
 */
export const SEARCH_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");

/** The headers every response gets. No Cross-Origin-Opener-Policy: see docs/decisions/0002-no-coop-header.md. */
export const SECURITY_HEADERS: [string, string][] = [
  ["Content-Security-Policy", `${CSP}; frame-ancestors 'none'`],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
];

/** Assets and data files: their names change with their content (assets/x-<hash>.js, data/<hash>/), so never stale. */
export const CACHE_FOREVER = "public, max-age=31536000, immutable";
/** Pages keep their address from one deploy to the next: a browser checks before it reuses one. */
export const CACHE_PAGE = "public, max-age=0, must-revalidate";

/** The paths under a language: every page of the app, and the feeds. */
const LANG_PAGES = ["", "releases/*", "timeline", "decisions", "search", "feed.xml", "feed.json", "404"];

/** Set on every path by `_headers`: a policy of its own, so that the page's policy can differ by path. */
export const FRAME_POLICY = "frame-ancestors 'none'";

/**
 * The `_headers` file for a site served under `prefix` ("" or "/communique"). Hosts apply every rule
 * whose path matches, and a header set by two rules is sent twice (or joined): each header is set by one
 * rule only for any path, but for the policy, which is two: two policies are both enforced, so the page's
 * policy is set path by path (the default one on every page and file but the search bundle, the search
 * one on the bundle and its worker), and `frame-ancestors 'none'`, a policy of its own, on
 * all (`/*`), unknown addresses included. The other security headers on all; a cache lifetime and the
 * stylesheet preload per kind of path. The preload lets hosts that read this file start fetching the
 * stylesheet with the page's first bytes; it matches the <link>'s request mode (Vite marks it
 * crossorigin), or the browser fetches twice.
 */
export function headersFile(prefix: string, stylesheets: { href: string; crossorigin: boolean }[]): string {
  const page = [
    `  Cache-Control: ${CACHE_PAGE}`,
    ...stylesheets.map((s) => `  Link: <${s.href}>; rel=preload; as=style${s.crossorigin ? "; crossorigin" : ""}`),
  ];
  const [[cspName], ...others] = SECURITY_HEADERS as [[string, string], ...[string, string][]];
  const defaultPolicy = [
    "/",
    "/404.html",
    "/assets/*",
    "/data/*",
    "/cite/*",
    ...LANGS.flatMap((lang) => LANG_PAGES.map((p) => `/${lang}/${p}`)),
  ];
  const lines = [
    "# Written by scripts/prerender.ts from scripts/security.ts.",
    `${prefix}/*`,
    `  ${cspName}: ${FRAME_POLICY}`,
    ...others.map(([name, value]) => `  ${name}: ${value}`),
    ...defaultPolicy.flatMap((path) => [`${prefix}${path}`, `  ${cspName}: ${CSP}`]),
    // The search bundle and its worker. Pagefind names its index chunks by their content, but not its
    // script, engine or entry file, and the worker keeps its name: all revalidated.
    `${prefix}/${SEARCH_FOLDER}/*`,
    `  ${cspName}: ${SEARCH_CSP}`,
    `  Cache-Control: ${CACHE_PAGE}`,
    ...["assets", "data"].flatMap((folder) => [`${prefix}/${folder}/*`, `  Cache-Control: ${CACHE_FOREVER}`]),
    // Every page is /, or under a language's folder, which holds nothing else. Other addresses (robots.txt,
    // the favicon, an unknown path answered with the root 404 page) keep the host's default cache lifetime.
    ...["/", ...LANGS.map((lang) => `/${lang}/*`)].flatMap((path) => [`${prefix}${path}`, ...page]),
    // Citation files: a type a reference manager opens (hosts guess none for .ris), by folder (hosts match no extension).
    ...Object.entries(CITATION_TYPES).flatMap(([format, type]) => [
      `${prefix}/cite/${format}/*`,
      `  Content-Type: ${type}`,
      `  Cache-Control: ${CACHE_PAGE}`,
    ]),
  ];
  return `${lines.join("\n")}\n`;
}
