// Makes `vite preview` answer like the static hosts the build is meant for: /path → path.html,
// /dir → 301 /dir/, anything else → 404.html with status 404 (not the SPA's index.html), and the
// headers of dist/_headers (the file Netlify and Cloudflare Pages read).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
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

export function staticHostPreview(): Plugin {
  return {
    name: "communique-static-host-preview",
    config(_config, env) {
      return env.isPreview ? { appType: "mpa" } : undefined;
    },
    configurePreviewServer(server) {
      const dist = join(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      const headersFile = join(dist, "_headers");
      const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, "utf8")) : [];
      // Before Vite's own middlewares: every response carries the headers its path matches.
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? "/", "http://preview.invalid").pathname;
        for (const rule of rules) if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value);
        next();
      });
      return () => {
        // Runs after Vite's rewrite of /path to /path.html, before it serves the HTML file.
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? "/", "http://preview.invalid");
          let path: string;
          try {
            path = decodeURIComponent(url.pathname);
          } catch {
            path = url.pathname;
          }
          const relative = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, "");
          if (relative.endsWith(".html") && existsSync(join(dist, relative))) return next();
          if (!relative.endsWith("/") && existsSync(join(dist, relative, "index.html"))) {
            res.statusCode = 301;
            res.setHeader("Location", `${url.pathname}/${url.search}`);
            res.end();
            return;
          }
          res.statusCode = 404;
          const page = join(dist, "404.html");
          if (existsSync(page) && (req.headers.accept ?? "").includes("text/html")) {
            res.setHeader("Content-Type", "text/html; charset=utf-8");
            res.end(readFileSync(page));
          } else {
            res.end("Not found");
          }
        });
      };
    },
  };
}
