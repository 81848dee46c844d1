// The search row of the scale benchmark: on a synthetic corpus, a word typed into the search page, under
// 4× CPU and slow 4G. Time from the last keystroke to the first results drawn, bytes transferred for the
// search (the engine, its index chunks, the results' fragments), long tasks while typing and searching.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { isStopWord } from "../src/features/search/stop-words.ts";
import { median } from "./stats.ts";

export type SearchFigures = {
  word: string;
  /** In how many releases (English) the word is. */
  releases: number;
  /** Results on the first page (0: none found, or search failed). */
  found: number;
  /** Last keystroke → first result drawn. */
  resultsMs: number;
  /** Bytes transferred from the first keystroke to the results drawn. */
  bytes: number;
  longTasksOver50ms: number;
  longestTaskMs: number;
};

/** The same search repeated in new contexts: medians of time and bytes, and in how many runs a long task came. */
export type RepeatedSearch = SearchFigures & { runs: number; runsWithLongTask: number };

/** `runs` cold searches of `word`, one after the other (see measureSearch). */
export async function measureSearchRuns(
  browser: Browser,
  origin: string,
  word: [string, number],
  network: Parameters<typeof measureSearch>[3],
  runs: number,
): Promise<RepeatedSearch> {
  const all: SearchFigures[] = [];
  for (let run = 0; run < runs; run++) all.push(await measureSearch(browser, origin, word, network));
  return {
    word: word[0],
    releases: word[1],
    runs,
    found: Math.min(...all.map((f) => f.found)),
    resultsMs: median(all.map((f) => f.resultsMs)),
    bytes: median(all.map((f) => f.bytes)),
    longTasksOver50ms: all.reduce((n, f) => n + f.longTasksOver50ms, 0),
    runsWithLongTask: all.filter((f) => f.longTasksOver50ms > 0).length,
    longestTaskMs: Math.max(...all.map((f) => f.longestTaskMs)),
  };
}

/** A typical word (the one closest to 2 % of the releases: the synthetic texts give each of fifty subjects 2 %) and the most frequent one, stop words left out, from the English texts. */
export function pickWords(corpusDir: string): { typical: [string, number]; frequent: [string, number] } {
  const df = new Map<string, number>();
  // The English texts the index holds (scripts/search-index.ts): title, body, meetings, decisions.
  type En = { en: string | null } | undefined;
  type R = {
    title: En;
    body: { text?: En; caption?: En }[];
    meetings: { title: En; place: En; summary: En }[];
    decisions: { text: En }[];
  };
  const english = (r: R): string[] =>
    [
      r.title,
      ...r.body.map((b) => b.text ?? b.caption),
      ...r.meetings.flatMap((m) => [m.title, m.place, m.summary]),
      ...r.decisions.map((d) => d.text),
    ]
      .map((t) => t?.en ?? "")
      .filter(Boolean);
  const files = readdirSync(corpusDir);
  for (const file of files) {
    const text = english(JSON.parse(readFileSync(join(corpusDir, file), "utf8")) as R).join(" ");
    for (const word of new Set(text.toLowerCase().match(/\p{L}{3,}|\p{N}{4}/gu) ?? [])) df.set(word, (df.get(word) ?? 0) + 1);
  }
  const words = [...df].filter(([w]) => !isStopWord(w, "en") && w !== "synthetic");
  const frequent = words.reduce((a, b) => (b[1] > a[1] ? b : a));
  const target = files.length * 0.02;
  const typical = words.reduce((a, b) => (Math.abs(b[1] - target) < Math.abs(a[1] - target) ? b : a));
  return { typical, frequent };
}

/** One cold search of `word` on `${origin}en/search`, typed as a reader types. */
export async function measureSearch(
  browser: Browser,
  origin: string,
  [word, releases]: [string, number],
  network: { offline: boolean; latency: number; downloadThroughput: number; uploadThroughput: number },
): Promise<SearchFigures> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${origin}en/search`);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: 60_000 });
  await page.waitForFunction(() => true); // Playwright's script in the page's world, set up before timing
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", network);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  // Every request of the page and of its worker (Playwright reports a dedicated worker's on the page).
  let bytes = 0;
  page.on("requestfinished", (request) => {
    void request.sizes().then((s) => {
      bytes += s.responseBodySize + s.responseHeadersSize;
    });
  });
  // Timed in the page: the last input event, and the frame after the one that drew the count naming the word
  // with results, none, or a failure.
  await page.evaluate((w) => {
    const bench = window as unknown as { __long: number[]; __lastInput: number; __shown: number };
    bench.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.__long.push(e.duration);
    }).observe({ type: "longtask" });
    document.addEventListener("input", () => (bench.__lastInput = performance.now()), true);
    // No named functions in here: the bench runs through tsx, which would wrap them in a helper the page lacks.
    const observer = new MutationObserver(() => {
      if (document.querySelector("main .search-results li, main .search-failed, main .empty") === null) return;
      if (!(document.querySelector(".result-count")?.textContent ?? "").includes(w)) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (bench.__shown = performance.now())));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, word);
  // A reader's tap, as in the filter's row (bench/run.ts): the pointer arrives, then press and release 60 ms
  // apart, as raw input events (a locator's click() adds listeners of its own to the page, timed as the page's).
  const box = await page.getByRole("main").getByRole("searchbox").boundingBox();
  if (!box) throw new Error("the search field is not displayed");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(60);
  await page.mouse.up();
  for (const char of word.slice(0, -1)) {
    await page.keyboard.type(char);
    await page.waitForTimeout(120);
  }
  await page.keyboard.type(word.slice(-1));
  await page.waitForFunction(() => (window as unknown as { __shown?: number }).__shown !== undefined, undefined, {
    timeout: 120_000,
    polling: 250,
  });
  const resultsMs = await page.evaluate(() => {
    const bench = window as unknown as { __lastInput: number; __shown: number };
    return Math.round(bench.__shown - bench.__lastInput);
  });
  const found = await page.locator("main .search-results > li").count();
  await page.waitForTimeout(500); // the last responses' sizes
  const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  await context.close();
  return {
    word,
    releases,
    found,
    resultsMs,
    bytes,
    longTasksOver50ms: long.filter((d) => d > 50).length,
    longestTaskMs: Math.max(0, ...long),
  };
}
