// `npm run build [-- --site https://example.org] [--base /sub/path/] [--outDir dist]`: the client bundle and data files, a server bundle
// used only here, then every route prerendered to static HTML; swapped into place only when all succeeded.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { build } from "vite";
import { buildAtomically, checkTarget, parseBuildOptions, UsageError } from "./atomic-build.ts";
import { prerender } from "./prerender.ts";

const root = process.cwd();
try {
  const { base, outDir, site } = parseBuildOptions(process.argv.slice(2));
  // The pages' absolute links (canonical, alternates, Open Graph) read it from import.meta.env.
  process.env.VITE_SITE_URL = site;
  const target = checkTarget(outDir, root);
  // The server bundle imports react and the rest from node_modules: it must sit inside the project.
  const scratchParent = join(root, "node_modules", ".cache");
  await mkdir(scratchParent, { recursive: true });
  const started = performance.now();
  let pages = 0;
  let searchSeconds = 0;
  await buildAtomically(target, scratchParent, async (out, ssrDir) => {
    // Both folders are fresh and empty: nothing to empty, wherever they are.
    await build({ base, build: { outDir: out, emptyOutDir: false } });
    await build({ base, logLevel: "warn", build: { ssr: "src/entry-server.tsx", outDir: ssrDir, emptyOutDir: false } });
    ({ pages, searchSeconds } = await prerender({ dist: out, ssrEntry: join(ssrDir, "entry-server.js"), base, site }));
  });
  console.log(
    `prerendered ${pages} pages and the search index into ${outDir}/ (site ${site}, base ${base}) in ${((performance.now() - started) / 1000).toFixed(1)} s (index ${searchSeconds.toFixed(1)} s)`,
  );
} catch (error) {
  const content = contentError(error);
  if (content) {
    // The list says which file and field; a stack would only bury it.
    console.error(content.message);
    process.exitCode = 1;
  } else if (error instanceof UsageError) {
    console.error(`build: ${error.message}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}

/** The content check's error, however the bundler wrapped it (Rolldown gathers a build's errors in `errors`). */
function contentError(error: unknown): Error | undefined {
  const errors = [error, ...((error as { errors?: unknown[] } | null)?.errors ?? [])];
  return errors.find((e): e is Error => e instanceof Error && e.name === "ContentError");
}
