import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";

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
