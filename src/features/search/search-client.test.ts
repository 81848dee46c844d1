import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { searchIndexFiles } from "../../../scripts/search-index.ts";
import type { Release } from "../../content/schema.ts";
import { warmUp } from "./search-client.ts";

afterEach(() => vi.unstubAllGlobals());

describe("the search engine's warm-up", () => {
  it("fetches the engine's worker, then the metadata and WebAssembly its entry file names, all files the build wrote, once a language", async () => {
    const release = JSON.parse(readFileSync("tests/fixtures/releases/2023-02-15-defence-ministers.json", "utf8")) as Release;
    const built = await searchIndexFiles([release]);
    const asked: string[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string) => {
        asked.push(url);
        const file = built.get(url.slice(1));
        return file ? new Response(new Blob([new Uint8Array(file)])) : new Response("", { status: 404 });
      }),
    );
    warmUp(["en"]);
    expect(asked).toEqual(["/pagefind/en/pagefind-worker.js", "/pagefind/en/pagefind-entry.json"]);
    await vi.waitFor(() => expect(asked).toHaveLength(4));
    const [meta, wasm] = asked.slice(2).sort();
    expect(meta).toMatch(/^\/pagefind\/en\/pagefind\.en_\w+\.pf_meta$/);
    expect(wasm).toBe("/pagefind/en/wasm.en.pagefind");
    for (const url of asked) expect(built.has(url.slice(1)), url).toBe(true);
    warmUp(["en"]);
    expect(asked).toHaveLength(4);
  });
});
