/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { staticHostPreview } from "./scripts/static-host.ts";
import { contentPlugin } from "./src/content/vite-plugin.ts";

export default defineConfig({
  plugins: [contentPlugin(), react(), staticHostPreview()],
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
