import type { DataRouter } from "react-router";

/** Resolves once the router's first page has its loaders and route modules in, so hydration finds the same data. */
export function initialized(router: DataRouter): Promise<void> {
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
