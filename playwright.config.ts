import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./tests/chromium-path.ts";

// Resolved when the config loads: with no browser, `npm test` stops here with the fix, never skips.
const executablePath = chromiumPath();
// E2E_PORT moves both servers (port and port + 1), so that two checkouts can run their browser tests at once.
const PORT = Number(process.env.E2E_PORT ?? 4173);
export const SUBPATH_PORT = PORT + 1;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 120_000, // far above what any test takes on a busy machine: it only stops a test that hangs
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "off",
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      command: `npm run build -- --site http://localhost:${PORT} && npx vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}/en/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // The same app built for a sub-path, as on a host that serves it under /communique/.
      command: `npx tsx scripts/build.ts --site http://localhost:${SUBPATH_PORT} --base /communique/ --outDir dist-subpath && npx vite preview --outDir dist-subpath --base /communique/ --port ${SUBPATH_PORT} --strictPort`,
      url: `http://localhost:${SUBPATH_PORT}/communique/en/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
