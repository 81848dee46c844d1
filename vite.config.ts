/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { staticHostPreview } from "./scripts/static-host.ts";
import { contentPlugin } from "./src/content/vite-plugin.ts";

/**
 * V8's explicit compile hint on the entry chunk. Nearly every function in it (React, the router, i18next,
 * the app shell) runs while the page starts, so V8 compiles them all on a background thread as the file
 * streams in, instead of one at a time on the main thread when each is first called (Chromium 136+; other
 * engines ignore a comment). The hint counts only as the file's first line, so it goes in after Vite has
 * written its own preload map there. Route chunks stay lazy: small, and only partly run.
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
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === "chunk" && chunk.isEntry) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      },
    },
  };
}

export default defineConfig({
  plugins: [contentPlugin(), react(), staticHostPreview(), compileHints()],
  build: {
    target: "es2022",
    // Every browser of the es2022 target but Safari 16 supports modulepreload; there, chunks simply load
    // without being preloaded. The polyfill cost every route ~0.4 KB of first-load JavaScript.
    modulePreload: { polyfill: false },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    setupFiles: ["./src/test-setup.ts"],
    restoreMocks: true,
  },
});
