// Vite plugin: validates every release file before anything is bundled (build) or served (dev: error
// overlay), then writes the validated data as JSON files under data/<content hash>/ (see data-files.ts):
// emitted with the build, served from memory by the dev server. The app knows the folder through
// `virtual:communique/build`.
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { type Checked, checkReleaseDir } from "./check.ts";
import { buildDataFiles, idShardCount } from "./data-files.ts";

const BUILD_MODULE = "virtual:communique/build";

export class ContentError extends Error {
  constructor(problems: string[]) {
    super(`Release content has ${problems.length} problem${problems.length > 1 ? "s" : ""}:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "ContentError";
    // The lines say where; a JavaScript stack would only add noise, and Rolldown prints a stack that repeats its message once only.
    this.stack = `${this.name}: ${this.message}`;
  }
}

type Data = { folder: string; files: Map<string, string>; idShards: number };

/** The data files as JSON text, and the folder named after their hash (immutable, cacheable for ever). */
export function serialiseData(checked: Checked): Data {
  const files = new Map<string, string>();
  const hash = createHash("sha256");
  for (const [path, value] of buildDataFiles(checked.releases)) {
    const text = JSON.stringify(value);
    files.set(path, text);
    hash.update(path).update("\0").update(text).update("\0");
  }
  return { folder: `data/${hash.digest("hex").slice(0, 12)}/`, files, idShards: idShardCount(checked.releases.length) };
}

export function contentPlugin(options: { dir?: string } = {}): Plugin {
  let root = process.cwd();
  let base = "/";
  let dir = "";
  let publicDir = "";
  let warn = (message: string) => console.warn(message);
  let building = false;
  let checked: Checked | undefined;
  let failure: ContentError | undefined;
  let data: Data | undefined;

  const check = (): Checked => {
    if (!checked) {
      checked = checkReleaseDir(dir, { root, publicDir });
      failure = checked.problems.length ? new ContentError(checked.problems) : undefined;
      for (const w of checked.warnings) warn(`communique-content: ${w}`);
    }
    if (failure) throw failure;
    return checked;
  };
  const getData = (): Data => {
    data ??= serialiseData(check());
    return data;
  };

  const reload = (server: ViteDevServer) => {
    checked = undefined;
    data = undefined;
    for (const env of Object.values(server.environments)) {
      const mod = env.moduleGraph.getModuleById(`\0${BUILD_MODULE}`);
      if (mod) env.moduleGraph.invalidateModule(mod);
    }
    try {
      getData();
      server.ws.send({ type: "full-reload" });
    } catch (error) {
      const e = error as Error;
      server.ws.send({ type: "error", err: { message: e.message, stack: "", plugin: "communique-content" } });
    }
  };

  return {
    name: "communique-content",
    enforce: "pre",
    configResolved(config) {
      root = config.root;
      base = config.base;
      building = config.command === "build";
      dir = resolve(root, process.env.COMMUNIQUE_CONTENT_DIR ?? options.dir ?? "src/content/releases");
      publicDir = config.publicDir || resolve(root, "public");
      // The server bundle of a build checks the same files again: the client build has said it all.
      warn = config.build.ssr ? () => {} : (message) => config.logger.warn(message);
      // The dev server logs a failed module once per importer; one content error is one list in the terminal.
      const logged = new WeakSet<Error>();
      const logError = config.logger.error;
      config.logger.error = (message, opts) => {
        if (opts?.error instanceof ContentError) {
          if (logged.has(opts.error)) return;
          logged.add(opts.error);
        }
        logError(message, opts);
      };
    },
    buildStart() {
      checked = undefined;
      data = undefined;
      // A build fails here, before bundling; the dev server keeps running and shows the error in its overlay.
      if (building) getData();
    },
    configureServer(server) {
      server.watcher.add(dir);
      const onChange = (file: string) => {
        // Any file: a backup copy or a misnamed release is named too.
        if (file.startsWith(dir)) reload(server);
      };
      server.watcher.on("change", onChange);
      server.watcher.on("add", onChange);
      server.watcher.on("unlink", onChange);
      server.middlewares.use((req, res, next) => {
        const prefix = `${base}data/`;
        if (!req.url?.startsWith(prefix)) return next();
        let d: Data;
        try {
          d = getData();
        } catch (error) {
          res.statusCode = 500;
          res.end((error as Error).message);
          return;
        }
        const path = decodeURIComponent(req.url.split("?")[0] ?? "").slice(`${base}${d.folder}`.length);
        const text = req.url.startsWith(`${base}${d.folder}`) ? d.files.get(path) : undefined;
        if (text === undefined) {
          res.statusCode = 404;
          res.end("Not found");
          return;
        }
        res.setHeader("Content-Type", "application/json; charset=utf-8");
        res.end(text);
      });
    },
    resolveId(id) {
      return id === BUILD_MODULE ? `\0${BUILD_MODULE}` : undefined;
    },
    load(id) {
      if (id !== `\0${BUILD_MODULE}`) return undefined;
      const d = getData();
      return `export const DATA_FOLDER = ${JSON.stringify(d.folder)};\nexport const ID_SHARDS = ${d.idShards};\n`;
    },
    generateBundle() {
      if (this.environment?.config.consumer !== "client") return; // the server bundle reads dist/data
      const d = getData();
      for (const [path, text] of d.files) this.emitFile({ type: "asset", fileName: `${d.folder}${path}`, source: text });
    },
  };
}
