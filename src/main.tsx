import { StrictMode, startTransition } from "react";
import { flushSync } from "react-dom";
import { createRoot, hydrateRoot } from "react-dom/client";
import { createBrowserRouter, isRouteErrorResponse } from "react-router";
import { RouterProvider } from "react-router/dom";
import { routerContext } from "./app/content-context.ts";
import { settledPath } from "./app/lang-loader.ts";
import { initialized } from "./app/router-ready.ts";
import { routes } from "./app/routes.tsx";
import "./app/styles.css";
import { fetchData, ID_SHARDS } from "./content/fetch-data.ts";
import { createContent } from "./content/queries.ts";
import { appPath, isUnderBase, siteBase } from "./lib/paths.ts";

// The page on screen is already readable (prerendered); this script makes it interactive.

function ignoresSearch(handle: unknown): boolean {
  return typeof handle === "object" && handle !== null && "ignoresSearch" in handle && handle.ignoresSearch === true;
}

async function start(container: HTMLElement) {
  const content = createContent(fetchData, { idShards: ID_SHARDS });
  const router = createBrowserRouter(routes, {
    basename: siteBase() || "/",
    getContext: () => routerContext(content),
  });
  const applying = showApplying(container, router.state.location);
  await initialized(router);
  applying?.();
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
  const { pathname, search } = router.state.location;
  const leaf = router.state.matches.at(-1);
  // The router's location holds the app's base; the prerendered path does not.
  const prerendered = container.dataset.prerendered === appPath(pathname) && (search === "" || ignoresSearch(leaf?.route.handle));
  // A chunk or data file that failed to load (a network cut, a deploy): a prerendered page stays as it is,
  // readable, its links plain links; any other page shows the error page with its retry.
  const failed = Object.values(router.state.errors ?? {}).some((e) => !isRouteErrorResponse(e));
  if (prerendered && failed) return;
  if (prerendered) {
    // As a transition, hydration yields to the browser between components instead of holding it.
    startTransition(() => {
      hydrateRoot(container, app);
    });
    return;
  }
  // Prerendered for another URL (a filter in the query, a redirect, the static 404 page): render afresh,
  // in one synchronous swap so the placeholder never gives way to a blank page.
  const root = createRoot(container);
  flushSync(() => {
    container.replaceChildren();
    // The page renders its own title and head tags: those written for the prerendered address go.
    for (const tag of document.head.querySelectorAll("title, [data-page-head]")) tag.remove();
    root.render(app);
  });
}

/**
 * A prerendered listing is unfiltered; opened from a link with a filter in its query, it says that the filter
 * is being applied (its results dimmed, the page busy) until the filtered page replaces it. Returns the undo.
 */
function showApplying(container: HTMLElement, { pathname, search }: { pathname: string; search: string }): (() => void) | undefined {
  const notice = container.querySelector<HTMLElement>("[data-applying]");
  const main = container.querySelector("main");
  if (search === "" || container.dataset.prerendered !== appPath(pathname) || !notice || !main) return undefined;
  notice.hidden = false;
  main.setAttribute("aria-busy", "true");
  main.toggleAttribute("data-applying", true);
  return () => {
    notice.hidden = true;
    main.removeAttribute("aria-busy");
    main.removeAttribute("data-applying");
  };
}

// A path or #fragment the router cannot decode (a malformed %-escape in a shared link) is taken as literal
// text: the reader gets the 404 page, or the page from its top, instead of a console warning or a crash.
function literal(part: string): string {
  // The decoded value is kept and tested, so that no minifier drops the call as unused.
  let decoded: string | null;
  try {
    decoded = decodeURIComponent(part);
  } catch {
    decoded = null;
  }
  return decoded === null ? part.replaceAll("%", "%25") : part;
}

function sanitiseLocation() {
  const { origin, pathname, search, hash } = window.location;
  // Repeated slashes (//fr, a host that does not merge them) are one: the router then finds the page.
  const [path, fragment] = [literal(pathname).replace(/\/{2,}/g, "/"), literal(hash)];
  // Another spelling of a page, or a path without a language, goes where the router's redirects would send
  // it, here: they drop the #fragment of a shared link (/timeline/#month-2025-02). A path outside the app's
  // base is left to the router.
  const app = appPath(path);
  const to = `${isUnderBase(path) ? `${siteBase()}${settledPath(app) ?? app}` : path}${search}${fragment}`;
  // With the origin in front, a path can never be read as another host's address (//host).
  if (to !== pathname + search + hash) window.history.replaceState(window.history.state, "", `${origin}${to}`);
}

sanitiseLocation();
const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
void start(container);
