// Component tests (jsdom): Testing Library's matchers and clean-up, and both languages' strings loaded.
import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import { CITE_STRINGS } from "./features/article/cite-later.tsx";
import { PARAGRAPH_STRINGS } from "./features/article/paragraph-mark.tsx";
import { TIMELINE_STRINGS } from "./features/meeting-timeline/timeline-strings.ts";
import { SEARCH_RESULTS_STRINGS, SEARCH_STRINGS } from "./features/search/find-releases.ts";
import { loadLocale } from "./i18n/index.ts";

// findBy… and waitFor wait for what a test expects: far longer than Testing Library's default, which a busy
// machine can take to render a route (a passing test never waits that long; a failing one says so then).
configure({ asyncUtilTimeout: 10_000 });

// Route loaders load a language's strings before rendering; components rendered alone need them in already.
const parts = [CITE_STRINGS, PARAGRAPH_STRINGS, SEARCH_STRINGS, SEARCH_RESULTS_STRINGS, TIMELINE_STRINGS];
await Promise.all([loadLocale("fr", parts), loadLocale("en", parts)]);

afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear();
});

// jsdom has no layout: scrolling is a no-op here (browser tests cover it in Chromium).
window.scrollTo = () => {};
Element.prototype.scrollIntoView = () => {};
