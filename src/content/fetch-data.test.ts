import { afterEach, describe, expect, it, vi } from "vitest";
import { TIME_LIMIT_MS as DATA_TIMEOUT_MS } from "../lib/time-limit.ts";
import { fetchJson } from "./fetch-data.ts";

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A fetch that never answers, only ends when its request is aborted. */
function stalledFetch() {
  return vi.fn((_url: string, init?: RequestInit) => {
    return new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
    });
  });
}

describe("fetchJson", () => {
  it("gives up on a request that gets no answer, with an error that says so", async () => {
    vi.useFakeTimers();
    const fetch = stalledFetch();
    vi.stubGlobal("fetch", fetch);
    const result = fetchJson("/data/x/archive/0.json", "archive/0.json");
    const settled = expect(result).rejects.toThrow(`Could not load archive/0.json: no answer within ${DATA_TIMEOUT_MS / 1000} s`);
    await vi.advanceTimersByTimeAsync(DATA_TIMEOUT_MS - 1);
    expect(fetch.mock.calls[0]?.[1]?.signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await settled;
  });

  it("reads JSON, takes a 404 as no such file, and reports any other answer", async () => {
    const answer = (body: string, status: number, type = "application/json") =>
      vi.fn(async () => new Response(body, { status, headers: { "Content-Type": type } }));
    vi.stubGlobal("fetch", answer('{"a":1}', 200));
    await expect(fetchJson("/x.json", "x.json")).resolves.toEqual({ a: 1 });
    vi.stubGlobal("fetch", answer("", 404, "text/html"));
    await expect(fetchJson("/x.json", "x.json")).resolves.toBeUndefined();
    vi.stubGlobal("fetch", answer("<html>", 200, "text/html"));
    await expect(fetchJson("/x.json", "x.json")).rejects.toThrow("Could not load x.json: HTTP 200 text/html");
  });
});
