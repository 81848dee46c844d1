// The accessors every view uses. The data behind them was validated at build time by the content plugin.
import { loaders, releases } from "virtual:communique/index";
import type { DecisionEntry, MeetingEntry, ReleaseSummary } from "./derive.ts";
import type { Release } from "./schema.ts";

/** Every release, newest first, without bodies. */
export function listReleases(): ReleaseSummary[] {
  return releases;
}

/** The years the releases' meetings cover, and the days of the latest release's meetings. */
export function corpusCalendar(): { years: number[]; latest?: [string, string] } {
  const years = new Set<number>();
  for (const r of releases) {
    years.add(Number(r.span[0].slice(0, 4)));
    years.add(Number(r.span[1].slice(0, 4)));
  }
  const latest = releases[0]?.span;
  return latest ? { years: [...years], latest } : { years: [...years] };
}

/** The release with this id, or undefined when there is none. */
export async function loadRelease(id: string): Promise<Release | undefined> {
  const load = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
  return load ? (await load()).default : undefined;
}

/** Every meeting, by first day; its own chunk, loaded by the views that need it. */
export async function loadMeetings(): Promise<MeetingEntry[]> {
  return (await import("virtual:communique/meetings")).default;
}

/** Every decision, by day; its own chunk. */
export async function loadDecisions(): Promise<DecisionEntry[]> {
  return (await import("virtual:communique/decisions")).default;
}
