// Component tests (jsdom): Testing Library's matchers and clean-up, and both languages' strings loaded.
import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { loadLocale } from "./i18n/index.ts";

// Route loaders load a language's strings before rendering; components rendered alone need them in already.
await Promise.all([loadLocale("fr"), loadLocale("en")]);

afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear();
});

// jsdom has no layout: scrolling is a no-op here (browser tests cover it in Chromium).
window.scrollTo = () => {};
Element.prototype.scrollIntoView = () => {};
