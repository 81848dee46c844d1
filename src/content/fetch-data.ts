// The browser's data reader: the files the build wrote under data/<content hash>/, fetched from the site.
import { DATA_FOLDER } from "virtual:communique/build";
import { TIME_LIMIT_MS, TimedOut, withinTime } from "../lib/time-limit.ts";
import { DataUnavailable } from "./queries.ts";

export { ID_SHARDS } from "virtual:communique/build";

/** Fetches one data file; undefined when the site has no such file. */
export function fetchData(path: string): Promise<unknown> {
  return fetchJson(`${import.meta.env.BASE_URL}${DATA_FOLDER}${path}`, path);
}

/** Fetches and parses a JSON file, given up (aborted) after `limit` ms: a stalled network ends in an error, not a wait without end. */
export async function fetchJson(url: string, path: string, limit = TIME_LIMIT_MS): Promise<unknown> {
  const read = withinTime(
    path,
    async (signal) => {
      const response = await fetch(url, { headers: { Accept: "application/json" }, signal });
      if (response.status === 404) return undefined;
      if (!response.ok || !response.headers.get("Content-Type")?.includes("json")) {
        throw new DataUnavailable(path, `HTTP ${response.status} ${response.headers.get("Content-Type") ?? ""}`);
      }
      return (await response.json()) as unknown;
    },
    limit,
  );
  try {
    return await read();
  } catch (error) {
    if (error instanceof DataUnavailable) throw error;
    throw new DataUnavailable(path, error instanceof TimedOut ? `no answer within ${limit / 1000} s` : (error as Error).message);
  }
}
