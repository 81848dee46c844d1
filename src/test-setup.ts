import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";
import { checkReleaseDir } from "./content/check.ts";
import { buildDataFiles } from "./content/data-files.ts";
import { setDataReader } from "./content/load.ts";
import { loadLocale } from "./i18n/index.ts";

// Route loaders load a language's strings before rendering; components rendered alone need them in already.
await Promise.all([loadLocale("fr"), loadLocale("en")]);

// The app's data files, built from the shipped releases as the build does, read without a server.
const files = buildDataFiles(checkReleaseDir("src/content/releases").releases);
setDataReader(async (path) => {
  const value = files.get(path);
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
});

// Any console.error or console.warn in a test is a failure: React warnings and act() warnings included.
beforeEach(() => {
  for (const method of ["error", "warn"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${method} called: ${args.map(String).join(" ")}`);
    });
  }
});

afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear();
});

// jsdom has no layout: scrolling is a no-op here (browser tests cover it in Chromium).
if (typeof window !== "undefined") {
  window.scrollTo = () => {};
  Element.prototype.scrollIntoView = () => {};
}
