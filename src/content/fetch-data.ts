// The browser's data reader: the files the build wrote under data/<content hash>/, fetched from the site.
import { DATA_FOLDER } from "virtual:communique/build";
import { DataUnavailable } from "./queries.ts";

export { ID_SHARDS } from "virtual:communique/build";

/** Fetches one data file; undefined when the site has no such file. */
export async function fetchData(path: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}${DATA_FOLDER}${path}`, { headers: { Accept: "application/json" } });
  } catch (error) {
    throw new DataUnavailable(path, (error as Error).message);
  }
  if (response.status === 404) return undefined;
  if (!response.ok || !response.headers.get("Content-Type")?.includes("json")) {
    throw new DataUnavailable(path, `HTTP ${response.status} ${response.headers.get("Content-Type") ?? ""}`);
  }
  return response.json();
}
