import { data, type RouteObject } from "react-router";
import { appPath, canonicalPath } from "../lib/paths.ts";
import { withinTime } from "../lib/time-limit.ts";
import { InitialLoad, LanguageChoice, NotFound, PageErrorBoundary, RootErrorBoundary } from "./error-pages.tsx";
import { langLoader, rootLoader } from "./lang-loader.ts";
import { Layout } from "./layout.tsx";

/** Every route; pages are lazy route modules (loader + Component), each its own chunk, given up after a time limit as their data is. */
export const routes: RouteObject[] = [
  {
    id: "root",
    ErrorBoundary: RootErrorBoundary,
    HydrateFallback: InitialLoad,
    children: [
      { index: true, loader: rootLoader, Component: LanguageChoice },
      {
        id: "lang",
        path: ":lang",
        loader: langLoader,
        // Only a change of language, or a path to redirect, needs this loader again, not a filter in the query.
        shouldRevalidate: ({ currentParams, nextParams, nextUrl }) =>
          currentParams.lang !== nextParams.lang || canonicalPath(appPath(nextUrl.pathname)) !== null,
        Component: Layout,
        children: [
          {
            // Pathless: a page's error (404, failed chunk or data load) renders inside the shell.
            id: "page",
            ErrorBoundary: PageErrorBoundary,
            children: [
              { index: true, lazy: withinTime("archive page", () => import("./routes/archive.tsx")) },
              { path: "releases/:id", lazy: withinTime("release page", () => import("./routes/release.tsx")) },
              { path: "releases/:id/bilingual", lazy: withinTime("side-by-side page", () => import("./routes/bilingual.tsx")) },
              { path: "timeline", lazy: withinTime("timeline page", () => import("./routes/timeline.tsx")) },
              { path: "decisions", lazy: withinTime("decisions page", () => import("./routes/decisions.tsx")) },
              { path: "search", lazy: withinTime("search page", () => import("./routes/search.tsx")) },
              // Any other path under a language: a 404 (the status the prerendered 404.html is served with),
              // which the page error boundary shows in the reader's language.
              {
                path: "*",
                loader: () => {
                  throw data(null, { status: 404 });
                },
                // Never rendered (the loader always throws); the router warns of a leaf route without one.
                Component: NotFound,
              },
            ],
          },
        ],
      },
    ],
  },
];
