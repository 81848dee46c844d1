// Makes `vite preview` answer like the static hosts the build is meant for (Cloudflare Pages' documented
// rules; Netlify gives the same with the build's _redirects): /x serves x.html, /x.html and /x/ redirect to
// /x, /dir/index.html and /dir redirect to /dir/, anything else gets the nearest 404.html with status 404,
// and every response gets the headers of every dist/_headers rule its path matches.
import { existsSync, readFileSync, statSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { join, resolve } from "node:path";
import type { Plugin } from "vite";

export type HeaderRule = { pattern: RegExp; headers: [string, string][] };

/** Rules of a `_headers` file: a path pattern (with *), then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const glob = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replaceAll("*", ".*");
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(":");
    rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers a host sends for `pathname`: those of every matching rule, a name set twice joined by a comma. */
export function headersFor(rules: HeaderRule[], pathname: string): [string, string][] {
  const byName = new Map<string, [string, string]>();
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const seen = byName.get(name.toLowerCase());
      byName.set(name.toLowerCase(), seen ? [seen[0], `${seen[1]}, ${value}`] : [name, value]);
    }
  }
  return [...byName.values()];
}

/** A redirect target that stays on this origin: exactly one leading slash (`//x` is another host), no backslash. */
export function sameOriginPath(path: string): string {
  return `/${path.replaceAll("\\", "%5C").replace(/^\/+/, "")}`;
}

export type Answer =
  | { kind: "asset" }
  | { kind: "page"; file: string; status: 200 | 404 }
  | { kind: "redirect"; location: string }
  | { kind: "missing" };

/**
 * How a static host answers `url` (path and query, as received) for a site built under `base`, given
 * which files exist: an existing non-HTML file as it is, an HTML page, a redirect to the canonical path,
 * or the nearest 404.html. Null for a path outside `base`.
 */
export function answer(url: string, base: string, isFile: (path: string) => boolean): Answer | null {
  const q = url.indexOf("?");
  const raw = q < 0 ? url : url.slice(0, q);
  const search = q < 0 ? "" : url.slice(q);
  if (/\/\/|\\/.test(raw)) return { kind: "redirect", location: sameOriginPath(`${raw.replace(/[/\\]+/g, "/")}${search}`) };
  if (`${raw}/` === base) return { kind: "redirect", location: sameOriginPath(`${base}${search}`) };
  if (!raw.startsWith(base)) return null;
  const rel = raw.slice(base.length);
  const to = (path: string): Answer => ({ kind: "redirect", location: sameOriginPath(`${base}${path}${search}`) });

  const segments = rel.split("/");
  const notFound = (): Answer => {
    // Cloudflare Pages' rule: the 404.html of the request's folder, else of each folder up to the root.
    for (let n = segments.length - 1; n >= 0; n--) {
      const file = [...segments.slice(0, n), "404.html"].join("/");
      if (isFile(file)) return { kind: "page", file, status: 404 };
    }
    return { kind: "missing" };
  };
  let decoded: string[];
  try {
    decoded = segments.map((s) => decodeURIComponent(s));
  } catch {
    return notFound();
  }
  // An escaped slash or a dot segment names no file: it is not a way into another folder.
  if (decoded.some((s) => /[/\\]/.test(s) || s === "." || s === "..")) return notFound();
  const path = decoded.join("/");
  const last = decoded.at(-1) ?? "";
  if (last === "_headers" || last === "_redirects") return notFound();
  // A 404 page is never a page of its own, whatever its address.
  if ((last === "404.html" || last === "404") && isFile(path.replace(/(\.html)?$/, ".html"))) {
    return { kind: "page", file: path.replace(/(\.html)?$/, ".html"), status: 404 };
  }
  if (path.endsWith(".html")) {
    if (!isFile(path)) return notFound();
    return last === "index.html" ? to(rel.slice(0, -"index.html".length)) : to(rel.slice(0, -".html".length));
  }
  if (path === "" || path.endsWith("/")) {
    if (isFile(`${path}index.html`)) return { kind: "page", file: `${path}index.html`, status: 200 };
    if (path !== "" && isFile(`${path.slice(0, -1)}.html`)) return to(rel.slice(0, -1));
    return notFound();
  }
  if (isFile(path)) return { kind: "asset" };
  if (isFile(`${path}.html`)) return { kind: "page", file: `${path}.html`, status: 200 };
  if (isFile(`${path}/index.html`)) return to(`${rel}/`);
  return notFound();
}

/** Sets `headers` on `res` so that they win over what a later middleware passes to writeHead (sirv's Cache-Control). */
function setHostHeaders(res: ServerResponse, headers: [string, string][]) {
  if (headers.length === 0) return;
  for (const [name, value] of headers) res.setHeader(name, value);
  const names = new Set(headers.map(([name]) => name.toLowerCase()));
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    const given = args.at(-1);
    if (typeof given === "object" && given !== null && !Array.isArray(given)) {
      for (const name of Object.keys(given)) if (names.has(name.toLowerCase())) delete (given as Record<string, unknown>)[name];
    }
    return writeHead(...args);
  }) as typeof res.writeHead;
}

export function staticHostPreview(): Plugin {
  return {
    name: "communique-static-host-preview",
    config(_config, env) {
      return env.isPreview ? { appType: "mpa" } : undefined;
    },
    configurePreviewServer(server) {
      // As Vite resolves it: an absolute --outDir stays as it is.
      const dist = resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      const headersFile = join(dist, "_headers");
      const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, "utf8")) : [];
      const isFile = (path: string) => {
        const file = join(dist, path);
        return existsSync(file) && statSync(file).isFile();
      };
      // Before Vite's own middlewares, which would serve x.html and dir/index.html at their own addresses.
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? "/";
        setHostHeaders(res, headersFor(rules, url.split("?")[0] ?? "/"));
        if (req.method !== "GET" && req.method !== "HEAD") return next();
        const found = answer(url, base, isFile);
        if (found === null || found.kind === "asset") return next();
        if (found.kind === "redirect") {
          res.writeHead(301, { Location: found.location }).end();
          return;
        }
        if (found.kind === "missing") {
          res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
          return;
        }
        res.writeHead(found.status, { "Content-Type": "text/html; charset=utf-8" });
        res.end(req.method === "HEAD" ? undefined : readFileSync(join(dist, found.file)));
      });
    },
  };
}
