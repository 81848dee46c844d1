/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { searchDevIndex } from "./scripts/search-index.ts";
import { staticHostPreview } from "./scripts/static-host.ts";
import { contentPlugin } from "./src/content/vite-plugin.ts";

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
  build: { target: "es2022" },
  test: {
    // Nothing here is timed: the limit only stops a test that hangs, far above what any test takes on a busy machine.
    testTimeout: 120_000,
    restoreMocks: true,
    pool: "threads",
    setupFiles: ["./src/test-setup.ts"],
    projects: [
      // Pure functions and files on disk: one module graph for all of them is enough.
      { extends: true, test: { name: "node", environment: "node", isolate: false, include: ["src/**/*.test.ts", "scripts/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "dom",
          environment: "jsdom",
          include: ["src/**/*.test.tsx"],
          setupFiles: ["./src/test-setup-dom.ts"],
          globalSetup: ["./tests/fixture-content.ts"],
        },
      },
    ],
  },
});
