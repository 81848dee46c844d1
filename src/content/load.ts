// The accessors every view uses. The data behind them was validated at build time by the content plugin.
import { loaders, releases } from "virtual:communique/index";
import type { ReleaseSummary } from "./derive.ts";
import type { Release } from "./schema.ts";

export function listReleases(): ReleaseSummary[] {
  return releases;
}

/** The release with this id, or undefined when there is none. */
export async function loadRelease(id: string): Promise<Release | undefined> {
  const load = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
  return load ? (await load()).default : undefined;
}
