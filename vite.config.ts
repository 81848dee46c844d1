/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { staticHostPreview } from "./scripts/static-host.ts";
import { contentPlugin } from "./src/content/vite-plugin.ts";

export default defineConfig({
  plugins: [contentPlugin(), react(), staticHostPreview()],
  build: {
    target: "es2022",
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    setupFiles: ["./src/test-setup.ts"],
    restoreMocks: true,
  },
});
