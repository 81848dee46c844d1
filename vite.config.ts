/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { searchDevIndex } from "./scripts/search-index.ts";
import { staticHostPreview } from "./scripts/static-host.ts";
import { contentPlugin } from "./src/content/vite-plugin.ts";
import { SEARCH_FOLDER } from "./src/lib/paths.ts";

/**
 * V8's explicit compile hint on the chunks every page runs at start (the entry and what it imports): V8
 * compiles their functions on a background thread as the file streams in, instead of one at a time on
 * the main thread when first called. Only a file's first line counts; other engines ignore a comment.
 */
function compileHints(): Plugin {
  return {
    name: "communique:compile-hints",
    apply: "build",
    enforce: "post",
    applyToEnvironment: (environment) => environment.config.consumer === "client",
    generateBundle: {
      order: "post",
      handler(_, bundle) {
        const entry = Object.values(bundle).find((c) => c.type === "chunk" && c.isEntry);
        const start = new Set(entry?.type === "chunk" ? [entry.fileName, ...entry.imports] : []);
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === "chunk" && start.has(chunk.fileName)) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      },
    },
  };
}

export default defineConfig({
  plugins: [contentPlugin(), react(), staticHostPreview(), compileHints(), searchDevIndex()],
  // Every browser we serve preloads modules itself (modulepreload: Chromium 66, Firefox 115, Safari 17): no polyfill.
  build: { target: "es2022", modulePreload: { polyfill: false } },
  // The search worker (the only worker) is served with the search bundle, under the policy that allows the
  // engine's WebAssembly (scripts/security.ts); a module, as the engine's bundle it imports. Its name stays
  // from one deploy to the next, as the bundle's do (revalidated): a page open across a deploy still finds it.
  worker: {
    format: "es",
    rolldownOptions: {
      output: { entryFileNames: `${SEARCH_FOLDER}/[name].js`, chunkFileNames: `${SEARCH_FOLDER}/[name]-[hash].js` },
    },
  },
  test: {
    // Nothing here is timed: the limit only stops a test that hangs, far above what any test takes on a busy machine.
    testTimeout: 120_000,
    restoreMocks: true,
    pool: "threads",
    // Every core: Vitest's default in a run is one fewer than the machine has, a single worker on two cores.
    maxWorkers: "100%",
    setupFiles: ["./src/test-setup.ts"],
    projects: [
      // Pure functions and files on disk: one module graph for all of them is enough.
      { extends: true, test: { name: "node", environment: "node", isolate: false, include: ["src/**/*.test.ts", "scripts/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "dom",
          environment: "jsdom",
          // One module graph a worker, as for the node tests: the app's modules are evaluated once, not once a
          // file. A test that needs them fresh (a cache made at first use) imports them after vi.resetModules().
          isolate: false,
          include: ["src/**/*.test.tsx"],
          setupFiles: ["./src/test-setup-dom.ts"],
          globalSetup: ["./tests/fixture-content.ts"],
        },
      },
    ],
  },
});
