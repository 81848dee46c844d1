import { afterEach, describe, expect, it, vi } from "vitest";
import type { WorkerAnswer, WorkerRequest } from "./search-client.ts";
import type { Search, SearchPage } from "./search-engine.ts";

/** A worker that answers each search with what `answer` says (nothing: it never answers). */
class FakeWorker extends EventTarget {
  static started: FakeWorker[] = [];
  static answer: (worker: FakeWorker, request: WorkerRequest) => WorkerAnswer | "crash" | undefined = () => undefined;
  terminated = false;
  asked: WorkerRequest[] = [];
  constructor() {
    super();
    FakeWorker.started.push(this);
  }
  postMessage(request: WorkerRequest) {
    this.asked.push(request);
    queueMicrotask(() => {
      const answer = FakeWorker.answer(this, request);
      if (answer === "crash") this.dispatchEvent(Object.assign(new Event("error", { cancelable: true }), { message: "crashed" }));
      else if (answer) this.dispatchEvent(Object.assign(new Event("message"), { data: answer }));
    });
  }
  terminate() {
    this.terminated = true;
  }
}

const SEARCH: Search = { terms: "ministers", langs: ["en"], filters: { range: {} }, page: 1, lang: "en" };
const PAGE: SearchPage = { total: 0, page: 1, pages: 1, hits: [] };

async function client() {
  vi.resetModules();
  FakeWorker.started = [];
  vi.stubGlobal("Worker", FakeWorker);
  return import("./search-client.ts");
}
afterEach(() => vi.unstubAllGlobals());

describe("the search client", () => {
  it("asks one worker for warm-up, preloads and searches", async () => {
    const { warmUp, preload, searchReleases } = await client();
    FakeWorker.answer = (_, r) => (r.kind === "search" ? { id: r.id, page: PAGE } : undefined);
    warmUp(["fr", "en"]);
    preload("minis", ["en"]);
    expect(await searchReleases(SEARCH)).toEqual(PAGE);
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0]?.asked.map((r) => r.kind)).toEqual(["warm-up", "preload", "search"]);
  });

  it("tries a search whose worker's engine failed to start once more in a new worker, which the next searches use", async () => {
    const { searchReleases } = await client();
    FakeWorker.answer = (worker, r) =>
      r.kind !== "search"
        ? undefined
        : worker === FakeWorker.started[0]
          ? { id: r.id, error: "the entry file failed", engineIntact: false }
          : { id: r.id, page: PAGE };
    expect(await searchReleases(SEARCH)).toEqual(PAGE);
    expect(FakeWorker.started.map((w) => w.terminated)).toEqual([true, false]);
    expect(await searchReleases(SEARCH)).toEqual(PAGE);
    expect(FakeWorker.started).toHaveLength(2);
  });

  it("tries a search during which a file failed once more in the same worker, whose engine is intact", async () => {
    const { searchReleases, SearchUnavailable } = await client();
    FakeWorker.answer = (worker, r) =>
      r.kind !== "search"
        ? undefined
        : worker.asked.length === 1
          ? { id: r.id, error: "a chunk failed", engineIntact: true }
          : { id: r.id, page: PAGE };
    expect(await searchReleases(SEARCH)).toEqual(PAGE);
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0]?.terminated).toBe(false);
    // Failing again there, the search is unavailable, and the next one starts a new worker.
    FakeWorker.answer = (_, r) => (r.kind === "search" ? { id: r.id, error: "a chunk failed", engineIntact: true } : undefined);
    await expect(searchReleases(SEARCH)).rejects.toThrow(SearchUnavailable);
    expect(FakeWorker.started[0]?.terminated).toBe(true);
  });

  it("retries searches that were waiting on a failed worker, without ending the new one", async () => {
    const { searchReleases } = await client();
    // The first worker answers nothing until its second search, which fails: both retry in the second worker.
    FakeWorker.answer = (worker, r) => {
      if (r.kind !== "search") return undefined;
      if (worker !== FakeWorker.started[0]) return { id: r.id, page: PAGE };
      return worker.asked.length === 2 ? { id: r.id, error: "the WebAssembly failed", engineIntact: false } : undefined;
    };
    expect(await Promise.all([searchReleases(SEARCH), searchReleases(SEARCH)])).toEqual([PAGE, PAGE]);
    expect(FakeWorker.started.map((w) => w.terminated)).toEqual([true, false]);
  });

  it("says search is unavailable when a new worker fails too (its script did not load), and tries again on the next search", async () => {
    const { searchReleases, SearchUnavailable } = await client();
    FakeWorker.answer = (_, r) => (r.kind === "search" ? "crash" : undefined);
    await expect(searchReleases(SEARCH)).rejects.toThrow(SearchUnavailable);
    expect(FakeWorker.started.map((w) => w.terminated)).toEqual([true, true]);
    FakeWorker.answer = (_, r) => (r.kind === "search" ? { id: r.id, page: PAGE } : undefined);
    expect(await searchReleases(SEARCH)).toEqual(PAGE);
  });

  it("gives up a search left unanswered after 15 s, as a data file, with every search waiting on its worker; the next starts a new one", async () => {
    const { searchReleases, SearchUnavailable, SEARCH_TIMEOUT_MS } = await client();
    expect(SEARCH_TIMEOUT_MS).toBe(15_000);
    vi.useFakeTimers();
    try {
      FakeWorker.answer = (worker, r) => (r.kind === "search" && worker !== FakeWorker.started[0] ? { id: r.id, page: PAGE } : undefined);
      const first = searchReleases(SEARCH);
      const outcome = first.then(
        () => "found",
        (error: unknown) => (error instanceof SearchUnavailable ? "unavailable" : "other"),
      );
      await vi.advanceTimersByTimeAsync(SEARCH_TIMEOUT_MS / 2);
      // Typed meanwhile: it waits on the same silent worker.
      const second = searchReleases({ ...SEARCH, terms: "drones" }).catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(SEARCH_TIMEOUT_MS / 2 - 1);
      expect(FakeWorker.started).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      // Not tried again at once: a stalled network would hold a new worker as long.
      expect(await outcome).toBe("unavailable");
      expect(await second).toBeInstanceOf(SearchUnavailable);
      expect(FakeWorker.started.map((w) => w.terminated)).toEqual([true]);
      // The reader's retry (or next search) starts a new worker.
      expect(await searchReleases(SEARCH)).toEqual(PAGE);
      expect(FakeWorker.started.map((w) => w.terminated)).toEqual([true, false]);
    } finally {
      vi.useRealTimers();
    }
  });
});
