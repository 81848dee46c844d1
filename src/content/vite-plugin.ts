// Vite plugin: validates every release file before anything is bundled (build) or served (dev: error overlay),
// then serves the validated data as modules — an index without bodies, and one chunk per release.
import { join, resolve } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { type Checked, checkReleaseDir } from "./check.ts";
import { byNewest, decisionEntries, meetingEntries, summarise } from "./derive.ts";

const PREFIX = "virtual:communique/";
const INDEX = `${PREFIX}index`;
const RELEASE = `${PREFIX}release/`;
const MEETINGS = `${PREFIX}meetings`;
const DECISIONS = `${PREFIX}decisions`;

export class ContentError extends Error {
  constructor(problems: string[]) {
    super(`Release content has ${problems.length} problem${problems.length > 1 ? "s" : ""}:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "ContentError";
    this.stack = this.message; // the lines say where; a JavaScript stack would only add noise
  }
}

/** `JSON.parse` of a string literal parses faster than the same object as JavaScript. */
function jsonModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
}

export function contentPlugin(options: { dir?: string } = {}): Plugin {
  let root = process.cwd();
  let dir = "";
  let checked: Checked | undefined;
  let building = false;

  const check = (): Checked => {
    checked ??= checkReleaseDir(dir, root);
    if (checked.problems.length) throw new ContentError(checked.problems);
    return checked;
  };

  const reload = (server: ViteDevServer) => {
    checked = undefined;
    for (const env of Object.values(server.environments)) {
      for (const mod of env.moduleGraph.idToModuleMap.values()) {
        if (mod.id?.startsWith(`\0${PREFIX}`)) env.moduleGraph.invalidateModule(mod);
      }
    }
    try {
      check();
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
      building = config.command === "build";
      dir = resolve(root, options.dir ?? "src/content/releases");
    },
    buildStart() {
      checked = undefined;
      // A build fails here, before bundling; the dev server keeps running and shows the error in its overlay.
      if (building) check();
    },
    configureServer(server) {
      server.watcher.add(dir);
      const onChange = (file: string) => {
        if (file.startsWith(dir) && file.endsWith(".json")) reload(server);
      };
      server.watcher.on("change", onChange);
      server.watcher.on("add", onChange);
      server.watcher.on("unlink", onChange);
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const { releases } = check();
      const name = id.slice(1);
      if (name === INDEX) {
        const summaries = releases.map(summarise).sort(byNewest);
        const loaders = releases.map((r) => `  ${JSON.stringify(r.id)}: () => import(${JSON.stringify(RELEASE + r.id)}),`).join("\n");
        return `export const releases = JSON.parse(${JSON.stringify(JSON.stringify(summaries))});\nexport const loaders = {\n${loaders}\n};\n`;
      }
      if (name === MEETINGS) return jsonModule(meetingEntries(releases));
      if (name === DECISIONS) return jsonModule(decisionEntries(releases));
      if (name.startsWith(RELEASE)) {
        const release = releases.find((r) => r.id === name.slice(RELEASE.length));
        if (!release) this.error(`No release file for ${name}`);
        this.addWatchFile(join(dir, `${release.id}.json`));
        return jsonModule(release);
      }
      return undefined;
    },
  };
}
