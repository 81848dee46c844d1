import { StrictMode, startTransition } from "react";
import { flushSync } from "react-dom";
import { createRoot, hydrateRoot } from "react-dom/client";
import { createBrowserRouter, type DataRouter, isRouteErrorResponse } from "react-router";
import { RouterProvider } from "react-router/dom";
import { routes } from "./app/routes.tsx";
import "./app/styles.css";
import { initI18n } from "./i18n/index.ts";
import { yieldToMain } from "./lib/yield.ts";

// The page on screen is already readable (prerendered); this script makes it interactive. Its work is
// cut into tasks (module evaluation, router start, hydration slices) so the main thread is never held long.

/** Resolves once the first page's loaders and route modules are in, so hydration finds the same data. */
function initialized(router: DataRouter): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) return resolve();
    const stop = router.subscribe((state) => {
      if (state.initialized) {
        stop();
        resolve();
      }
    });
  });
}

function ignoresSearch(handle: unknown): boolean {
  return typeof handle === "object" && handle !== null && "ignoresSearch" in handle && handle.ignoresSearch === true;
}

async function start(container: HTMLElement) {
  await new Promise((resolve) => setTimeout(resolve, 0)); // let the browser breathe after evaluating the bundle
  initI18n(); // a task of its own (see i18n/index.ts)
  await yieldToMain();
  const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, "") || "/" });
  await initialized(router);
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
  const { pathname, search } = router.state.location;
  const leaf = router.state.matches.at(-1);
  const prerendered = container.dataset.prerendered === pathname && (search === "" || ignoresSearch(leaf?.route.handle));
  // A chunk or data file that failed to load (a network cut, a deploy): a prerendered page stays as it is,
  // readable, its links plain links; any other page shows the error page with its retry.
  const failed = Object.values(router.state.errors ?? {}).some((e) => !isRouteErrorResponse(e));
  if (prerendered && failed) return;
  if (prerendered) {
    // As a transition, hydration yields to the browser every few milliseconds.
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
    document.head.querySelector("title")?.remove(); // the page renders its own
    root.render(app);
  });
}

// A path the router cannot decode (a malformed %-escape in a shared link) is taken as literal text: the
// reader gets the 404 page instead of a console warning and an undecodable route.
function sanitiseLocation() {
  try {
    decodeURIComponent(window.location.pathname);
  } catch {
    const literal = window.location.pathname.replaceAll("%", "%25");
    window.history.replaceState(window.history.state, "", `${literal}${window.location.search}${window.location.hash}`);
  }
}

sanitiseLocation();
const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
void start(container);
