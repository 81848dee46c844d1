// A static file server for the benchmark, answering like a CDN: gzip for text, /path → path.html,
// /dir/ → dir/index.html, anything else → 404.html with status 404, and the headers of a `_headers`
// file (the format Netlify and Cloudflare Pages read). The same server serves the floor.
import { createReadStream, existsSync, readFileSync, type Stats, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { headersFor, parseHeadersFile } from "../scripts/static-host.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
};

export type StaticServer = { url: string; close: () => Promise<void> };

/** Serves `root` at http://127.0.0.1:<port>/ (under `base`). */
export async function serveStatic(root: string, base = "/"): Promise<StaticServer> {
  const gzipped = new Map<string, Buffer>();
  const headersFile = join(root, "_headers");
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, "utf8")) : [];
  const resolve = (pathname: string): { file: string; status: number; stat: Stats } | undefined => {
    const relative = normalize(decodeURIComponent(pathname.slice(base.length - 1))).replace(/^(\.\.[/\\])+/, "");
    const candidates = relative.endsWith("/") ? [join(relative, "index.html")] : [relative, `${relative}.html`];
    for (const c of candidates) {
      const file = join(root, c);
      const stat = existsSync(file) ? statSync(file) : undefined;
      if (stat?.isFile()) return { file, status: 200, stat };
    }
    const notFound = join(root, "404.html");
    return existsSync(notFound) ? { file: notFound, status: 404, stat: statSync(notFound) } : undefined;
  };
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://bench.invalid").pathname;
    let found: ReturnType<typeof resolve>;
    try {
      found = pathname.startsWith(base) ? resolve(pathname) : undefined;
    } catch {
      found = undefined;
    }
    if (!found) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(found.file)] ?? "application/octet-stream";
    const headers = headersFor(rules, pathname);
    for (const [name, value] of headers) if (name.toLowerCase() !== "cache-control") res.appendHeader(name, value);
    // The `_headers` lifetime, else one by folder; a validator, so that a revalidation is answered with 304 as hosts do.
    const cache =
      headers.find(([name]) => name.toLowerCase() === "cache-control")?.[1] ??
      (found.file.includes(`${join(root, "assets")}`) || found.file.includes(`${join(root, "data")}`)
        ? "public, max-age=31536000, immutable"
        : "no-cache");
    const { stat } = found;
    const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    res.setHeader("ETag", etag);
    if (found.status === 200 && req.headers["if-none-match"] === etag) {
      res.writeHead(304, { "Cache-Control": cache }).end();
      return;
    }
    if (/text|javascript|json|svg/.test(type) && (req.headers["accept-encoding"] ?? "").includes("gzip")) {
      let body = gzipped.get(found.file);
      if (!body) {
        body = gzipSync(readFileSync(found.file), { level: 9 });
        gzipped.set(found.file, body);
      }
      res.writeHead(found.status, {
        "Content-Type": type,
        "Content-Encoding": "gzip",
        "Content-Length": body.length,
        "Cache-Control": cache,
      });
      res.end(body);
      return;
    }
    res.writeHead(found.status, { "Content-Type": type, "Cache-Control": cache });
    createReadStream(found.file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
