// Renders the real routes in a memory router, for component tests, with the fixture corpus built once per
// run (tests/fixture-content.ts) or the content a test gives.
import { render } from "@testing-library/react";
import { createMemoryRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { inject } from "vitest";
import { type Content, createContent } from "../content/queries.ts";
import { routerContext } from "./content-context.ts";
import { routes } from "./routes.tsx";

/**
 * The fixture corpus, read as the browser reads the built data files (a fresh copy of each, as a fetch
 * gives); each read first awaits `arrival`, when given (a slow network).
 */
export function fixtureContent(arrival?: () => Promise<void>): Content {
  const { files, idShards } = inject("fixtureContent");
  return createContent(
    async (path) => {
      await arrival?.();
      return path in files ? structuredClone(files[path]) : undefined;
    },
    { idShards },
  );
}

export function renderApp(url: string, content: Content = fixtureContent()) {
  const router = createMemoryRouter(routes, { initialEntries: [url], getContext: () => routerContext(content) });
  const view = render(<RouterProvider router={router} />);
  return { router, ...view };
}
