import type { RouteObject } from "react-router";
import { InitialLoad, LanguageChoice, PageErrorBoundary, RootErrorBoundary } from "./error-pages.tsx";
import { langLoader, rootLoader } from "./lang-loader.ts";
import { Layout } from "./layout.tsx";

/** Every route; pages are lazy route modules (loader + Component), each its own chunk. */
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
        // Only a change of language needs this loader again, not a filter in the query.
        shouldRevalidate: ({ currentParams, nextParams }) => currentParams.lang !== nextParams.lang,
        Component: Layout,
        children: [
          {
            // Pathless: a page's error (404, failed chunk or data load) renders inside the shell.
            id: "page",
            ErrorBoundary: PageErrorBoundary,
            children: [
              { index: true, lazy: () => import("./routes/archive.tsx") },
              { path: "releases/:id", lazy: () => import("./routes/release.tsx") },
              { path: "timeline", lazy: () => import("./routes/timeline.tsx") },
              { path: "decisions", lazy: () => import("./routes/decisions.tsx") },
              { path: "*", lazy: () => import("./routes/not-found.tsx") },
            ],
          },
        ],
      },
    ],
  },
];
