import { afterEach, describe, expect, it, vi } from "vitest";
import { warmUp } from "./search-client.ts";

afterEach(() => vi.unstubAllGlobals());

describe("the search engine's warm-up", () => {
  it("fetches the engine's files together, the entry file's metadata and WebAssembly as soon as it names them, once a language", async () => {
    const asked: string[] = [];
    const entry = { version: "1.6.0", languages: { en: { hash: "en_5eed", wasm: "en", page_count: 2 } } };
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string) => {
        asked.push(url);
        return new Response(url.endsWith("pagefind-entry.json") ? JSON.stringify(entry) : "bytes");
      }),
    );
    warmUp(["en"]);
    expect(asked).toEqual(["/pagefind/en/pagefind-entry.json", "/pagefind/en/pagefind.js", "/pagefind/en/pagefind-worker.js"]);
    await vi.waitFor(() => expect(asked).toHaveLength(5));
    expect(asked.slice(3).sort()).toEqual(["/pagefind/en/pagefind.en_5eed.pf_meta", "/pagefind/en/wasm.en.pagefind"]);
    warmUp(["en"]);
    expect(asked).toHaveLength(5);
  });
});
