// Finds the system Chromium that browser tests and the benchmark drive (no browser is downloaded here).
import { existsSync } from "node:fs";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

/** CHROME_PATH, then the usual system paths; throws a message naming the fix when none exists. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there. Point it at a Chromium or Chrome binary.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    [
      "No Chromium found for the browser tests.",
      `Looked at CHROME_PATH (unset) and ${CANDIDATES.join(", ")}.`,
      "Fix: install Debian's Chromium (`sudo apt-get install -y chromium`), or set CHROME_PATH to a Chromium/Chrome binary.",
    ].join("\n"),
  );
}

/** Flags for headless Chromium on this machine (closed network, root, no GPU). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
