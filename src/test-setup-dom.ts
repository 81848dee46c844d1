// Component tests (jsdom): Testing Library's matchers and clean-up, and both languages' strings loaded.
import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import { loadLocale } from "./i18n/index.ts";

// findBy… and waitFor wait for what a test expects; one second is near what a busy machine takes to render a
// route, so they may wait far longer (a test that passes never waits that long; one that fails says so then).
configure({ asyncUtilTimeout: 10_000 });

// Route loaders load a language's strings before rendering; components rendered alone need them in already.
await Promise.all([loadLocale("fr"), loadLocale("en")]);

afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear();
});

// jsdom has no layout: scrolling is a no-op here (browser tests cover it in Chromium).
window.scrollTo = () => {};
Element.prototype.scrollIntoView = () => {};
