// `npm run build [-- --base /sub/path/] [--outDir dist]`: the client bundle and data files (dist/), a server
// bundle used only here (dist-ssr/), then every route prerendered to static HTML in dist/.
import { rm } from "node:fs/promises";
import { parseArgs } from "node:util";
import { build } from "vite";
import { prerender } from "./prerender.ts";

const { values } = parseArgs({ options: { base: { type: "string", default: "/" }, outDir: { type: "string", default: "dist" } } });
const base = values.base.endsWith("/") ? values.base : `${values.base}/`;
if (!base.startsWith("/")) throw new Error(`--base must be an absolute path such as /communique/, not ${values.base}`);

const outDir = values.outDir;
const ssrDir = `${outDir}-ssr`;
const started = performance.now();
await build({ base, build: { outDir, emptyOutDir: true } });
await build({ base, logLevel: "warn", build: { ssr: "src/entry-server.tsx", outDir: ssrDir, emptyOutDir: true } });
const { pages } = await prerender({ dist: outDir, ssrEntry: `${ssrDir}/entry-server.js`, base });
await rm(ssrDir, { recursive: true, force: true });
console.log(`prerendered ${pages} pages into ${outDir}/ (base ${base}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
