// `npm run build [-- --base /sub/path/] [--outDir dist]`: the client bundle and data files, a server bundle
// used only here, then every route prerendered to static HTML; swapped into place only when all succeeded.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { build } from "vite";
import { buildAtomically, checkTarget, parseBuildOptions, UsageError } from "./atomic-build.ts";
import { prerender } from "./prerender.ts";

const root = process.cwd();
try {
  const { base, outDir } = parseBuildOptions(process.argv.slice(2));
  const target = checkTarget(outDir, root);
  // The server bundle imports react and the rest from node_modules: it must sit inside the project.
  const scratchParent = join(root, "node_modules", ".cache");
  await mkdir(scratchParent, { recursive: true });
  const started = performance.now();
  let pages = 0;
  await buildAtomically(target, scratchParent, async (out, ssrDir) => {
    // Both folders are fresh and empty: nothing to empty, wherever they are.
    await build({ base, build: { outDir: out, emptyOutDir: false } });
    await build({ base, logLevel: "warn", build: { ssr: "src/entry-server.tsx", outDir: ssrDir, emptyOutDir: false } });
    ({ pages } = await prerender({ dist: out, ssrEntry: join(ssrDir, "entry-server.js"), base }));
  });
  console.log(`prerendered ${pages} pages into ${outDir}/ (base ${base}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`build: ${error.message}`);
  process.exitCode = 2;
}
