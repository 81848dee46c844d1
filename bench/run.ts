// `npm run bench`: measures, prints one table, writes bench/results/latest.json. Not a test: it exits 0
// unless it could not run. Budgets are printed beside the figures (✓ / ✗), for a reader to judge.
//
// 1. The article view of the 15 Feb 2023 release against the floor (the same text as plain HTML), in
//    Chromium with the CPU slowed 4× and slow-4G network, median of RUNS runs each.
// 2. Lighthouse (mobile) on the archive, one release and the timeline, in both languages; median run
//    of --lighthouse-runs (5, as Lighthouse advises for variable machines) per page, chosen by computeMedianRun.
// 3. Scale: synthetic corpora of 1,000 and 10,000 releases: build time, first load of the archive,
//    filter change → next paint on the decisions view (4× CPU), long tasks, DOM nodes; search (bench/search.ts).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { type Browser, type BrowserContext, chromium, devices, type Page } from "playwright-core";
import { AFTER_THE_PAGE, FIRST_LOAD_JS_BUDGET, firstLoadSizes } from "../scripts/size.ts";
import type { Release } from "../src/content/schema.ts";
import { CHROMIUM_ARGS, chromiumPath } from "../tests/chromium-path.ts";
import { FLOOR_CSS, FLOOR_HEADERS, floorPage } from "./floor.ts";
import { measureSearchRuns, pickWords, type RepeatedSearch } from "./search.ts";
import { serveStatic } from "./static-server.ts";
import { median } from "./stats.ts";
import { writeSyntheticCorpus } from "./synthetic.ts";

type LighthouseResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];
/** One page's figures: the median run's, with every run's performance score. */
type LighthouseScore = {
  url: string;
  performance: number;
  performanceRuns: number[];
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
};

const { values: options } = parseArgs({
  options: {
    runs: { type: "string", default: "7" },
    scale: { type: "string", default: "1000,10000" },
    "skip-lighthouse": { type: "boolean", default: false },
    "lighthouse-runs": { type: "string", default: "5" },
    "search-runs": { type: "string", default: "5" },
  },
});
const RUNS = Number(options.runs);
const LIGHTHOUSE_RUNS = Number(options["lighthouse-runs"]);
const SEARCH_RUNS = Number(options["search-runs"]);
if (!Number.isInteger(SEARCH_RUNS) || SEARCH_RUNS < 1)
  throw new Error(`--search-runs: expected a whole number of runs, 1 or more, found "${options["search-runs"]}"`);
const SCALES = options.scale === "" ? [] : options.scale.split(",").map(Number);
const WORK = "bench/.build";
const RELEASE = "2023-02-15-defence-ministers";

const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const PHONE = devices["Moto G4"] ?? { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const ms = (t: number) => Math.round(t);
/** An Event Timing duration: none is reported under 16 ms (recorded as 15). */
const fmt = (t: number) => (t < 16 ? "< 16" : String(ms(t)));
/** "< 16 ms ×12, 24 ms ×6, 32 ms ×1": each duration and how many times it was measured. */
const spread = (xs: number[]) =>
  [...new Set(xs)]
    .sort((a, b) => a - b)
    .map((x) => `${fmt(x)} ms ×${xs.filter((y) => y === x).length}`)
    .join(", ");
const log = (...args: unknown[]) => console.error("·", ...args);

/** How long the last build spent on the search index, as it said (scripts/build.ts). */
let indexSeconds = 0;

function build(outDir: string, contentDir?: string): number {
  const started = performance.now();
  const said = execFileSync("npx", ["tsx", "scripts/build.ts", "--outDir", outDir], {
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1024 * 1024 * 1024, // Vite lists every file it writes
    env: { ...process.env, ...(contentDir ? { COMMUNIQUE_CONTENT_DIR: contentDir } : {}) },
  }).toString();
  indexSeconds = Number(/\(index ([\d.]+) s\)/.exec(said)?.[1] ?? Number.NaN);
  return (performance.now() - started) / 1000;
}

/** Bytes are transferred bytes (gzip, headers included); jsBytes the gzip bodies of the scripts. */
/** DOM nodes, and the JavaScript loaded as gzip bodies (the budget's unit; transfer sizes add headers). */
function pageFigures(page: Page) {
  return page.evaluate(() => {
    const scripts = performance
      .getEntriesByType("resource")
      .filter((r) => r.name.endsWith(".js"))
      .map((r) => ({ file: new URL(r.name).pathname.split("/").pop() ?? "", bytes: (r as PerformanceResourceTiming).encodedBodySize }));
    return {
      domNodes: document.getElementsByTagName("*").length,
      jsBody: scripts.reduce((sum, s) => sum + s.bytes, 0),
      scripts,
    };
  });
}

/** A chunk's name without its content hash: "cite.fr-DT9JFFey.js" → "cite.fr" (the bench's build and `npm run size`'s differ in hashes). */
const chunkName = (file: string) => file.replace(/-[\w-]{8}\.js$/, "");

/** The route module a page loads (scripts/size.ts's names), from its path: "/fr/releases/<id>" → "release". */
function routeOf(path: string): string {
  const [, , view = "", , sub] = new URL(path, "http://x").pathname.split("/");
  if (view === "") return "archive";
  if (view === "releases") return sub === "bilingual" ? "bilingual" : "release";
  return view;
}

/**
 * A route's first load: every script the page loads (jsBytes), and the budget's share of it (firstLoadJsBytes):
 * all but the chunks that hydrate after the page (`later`, AFTER_THE_PAGE). `uncounted` are scripts in that
 * share that `npm run size` does not count: its count has missed something a page loads.
 */
type FirstLoad = {
  bytes: number;
  jsBytes: number;
  firstLoadJsBytes: number;
  later: { chunk: string; bytes: number }[];
  uncounted: { chunk: string; bytes: number }[];
  domNodes: number;
};

type Load = { fcp: number; lcp: number; bytes: number; jsBytes: number; domNodes: number; requests: number };

/** One cold load of `url` under 4× CPU and slow 4G; `ready` says when the page is done. */
async function measureLoad(browser: Browser, url: string, ready: (page: Page) => Promise<void>): Promise<Load> {
  const context: BrowserContext = await browser.newContext({ ...PHONE });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __lcp: number };
    w.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__lcp = e.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  let bytes = 0;
  let requests = 0;
  cdp.on("Network.loadingFinished", (e) => {
    requests++;
    bytes += e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: "load" });
  await ready(page);
  await page.waitForTimeout(1500); // let LCP settle and late requests finish
  const paints = await page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0,
    lcp: (window as unknown as { __lcp: number }).__lcp,
  }));
  const { domNodes, jsBody } = await pageFigures(page);
  await context.close();
  return { ...paints, domNodes, bytes, jsBytes: jsBody, requests };
}

function medianLoad(loads: Load[]): Load {
  const pick = (k: keyof Load) => median(loads.map((l) => l[k]));
  return {
    fcp: pick("fcp"),
    lcp: pick("lcp"),
    bytes: pick("bytes"),
    jsBytes: pick("jsBytes"),
    domNodes: pick("domNodes"),
    requests: pick("requests"),
  };
}

/**
 * Chromium's own omnibox popup, a WebUI page in a renderer of its own, loads with every new window, so
 * with every context the bench opens: about 0.8 s of CPU (traced) 300-500 ms after the navigation starts,
 * in the middle of the first paint of whichever page, app or floor, is being measured on two cores. No
 * reader's page load has that beside it, so the bench turns the feature off. Chromium keeps only the last
 * --disable-features, so Playwright's own list (read from the command line it builds) is kept in ours.
 */
const QUIET = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "WebUIOmniboxFullPopup"];
async function launchBrowser(executablePath: string): Promise<Browser> {
  const probe = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS });
  const defaults = probe
    .process()
    .spawnargs.find((a) => a.startsWith("--disable-features="))
    ?.slice("--disable-features=".length);
  await probe.close();
  const disabled = [...(defaults ? defaults.split(",") : []), ...QUIET];
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, `--disable-features=${disabled.join(",")}`] });
}

const hydrated = (page: Page) => page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: 60_000 });

async function articleVersusFloor(browser: Browser, origin: string, floorOrigin: string) {
  const app: Load[] = [];
  const floor: Load[] = [];
  const loadApp = () => measureLoad(browser, `${origin}fr/releases/${RELEASE}`, hydrated);
  const loadFloor = () => measureLoad(browser, `${floorOrigin}floor.html`, async () => {});
  // One load of each first, not counted: the browser's own first-use costs (its binary and fonts read from
  // disk) fall on neither side. Then the two alternate which goes first, so neither always follows the other.
  await loadApp();
  await loadFloor();
  for (let i = 0; i < RUNS; i++) {
    if (i % 2 === 0) {
      app.push(await loadApp());
      floor.push(await loadFloor());
    } else {
      floor.push(await loadFloor());
      app.push(await loadApp());
    }
    log(`article run ${i + 1}/${RUNS}: app LCP ${ms(app.at(-1)?.lcp ?? 0)} ms, floor LCP ${ms(floor.at(-1)?.lcp ?? 0)} ms`);
  }
  const a = medianLoad(app);
  const f = medianLoad(floor);
  return { runs: RUNS, app: a, floor: f, ratio: { fcp: a.fcp / f.fcp, lcp: a.lcp / f.lcp, bytes: a.bytes / f.bytes } };
}

/**
 * Lighthouse on each URL, LIGHTHOUSE_RUNS times; the run reported is the one Lighthouse's own
 * computeMedianRun picks (nearest the median FCP and TTI), as Lighthouse advises for variable machines.
 * The performance score of every run is kept beside it.
 */
async function runLighthouse(urls: string[]) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: [...CHROMIUM_ARGS, "--headless=new"] });
  const scores: LighthouseScore[] = [];
  try {
    // One uncounted run first, as for the article: the first page a freshly launched Chromium loads pays
    // one-time costs of the browser's own (in runs of this bench, the first page measured scored lowest).
    const flags = { port: chrome.port, output: "json", logLevel: "error", formFactor: "mobile" } as const;
    if (urls[0]) await lighthouse(urls[0], { ...flags, onlyCategories: ["performance"] });
    for (const url of urls) {
      const runs: LighthouseResult[] = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        const result = await lighthouse(url, { ...flags, onlyCategories: ["performance", "accessibility", "best-practices", "seo"] });
        if (!result?.lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
        runs.push(result.lhr);
      }
      const lhr: LighthouseResult = computeMedianRun(runs);
      const score = (id: string, r: LighthouseResult = lhr) => Math.round((r.categories[id]?.score ?? 0) * 100);
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? 0;
      const performanceRuns = runs.map((r) => score("performance", r));
      scores.push({
        url: new URL(url).pathname,
        performance: score("performance"),
        performanceRuns,
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
        fcp: audit("first-contentful-paint"),
        lcp: audit("largest-contentful-paint"),
        tbt: audit("total-blocking-time"),
      });
      const failing = Object.values(lhr.audits).filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== "informative" &&
          a.scoreDisplayMode !== "notApplicable" &&
          a.scoreDisplayMode !== "manual",
      );
      log(
        `lighthouse ${new URL(url).pathname}: perf ${score("performance")} (runs ${performanceRuns.join(", ")}), a11y ${score("accessibility")}, bp ${score("best-practices")}, seo ${score("seo")}` +
          (failing.length ? ` — below 1: ${failing.map((a) => a.id).join(", ")}` : ""),
      );
    }
  } finally {
    chrome.kill();
  }
  return scores;
}

/** Filter changes on the decisions view, each timed from the change to the next painted frame. */
async function filterChanges(browser: Browser, origin: string) {
  const context = await browser.newContext({ ...PHONE });
  // tsx keeps function names with a `__name` helper that the page does not have.
  await context.addInitScript({ content: "window.__name = (f) => f;" });
  const page = await context.newPage();
  await page.goto(`${origin}en/decisions`);
  await hydrated(page);
  const domNodes = await page.evaluate(() => document.getElementsByTagName("*").length);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const years = await page
    .locator(".quick-ranges a")
    .evaluateAll((links) => links.map((a) => a.textContent ?? "").filter((t) => /^\d{4}$/.test(t)));
  // Ranges to apply, one after the other: whole years, a month, an open end, everything.
  const ranges: [string, string][] = [];
  for (const y of years.slice(0, 8)) ranges.push([`${y}-01-01`, `${y}-12-31`], [`${y}-03-01`, `${y}-03-31`]);
  ranges.push(["", `${years.at(-1)}-12-31`], [`${years[0]}-01-01`, ""], [`${years.at(-1)}-01-01`, `${years[0]}-12-31`]);
  await page.evaluate(() => {
    const w = window as unknown as { __long: { start: number; duration: number }[]; __windows: [number, number][] };
    w.__long = [];
    w.__windows = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask" });
  });
  // Each change is typed into the form and applied with a click, as a reader does. Two figures:
  // the click's duration as the browser's Event Timing reports it (input → next paint, like INP; the API
  // reports only interactions of 16 ms or more, so a missing entry means under 16 ms), and the time from
  // the click to the frame showing the new results.
  await page.evaluate(() => {
    const w = window as unknown as { __events: { id: number; name: string; duration: number }[] };
    w.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[])
        if (e.interactionId) w.__events.push({ id: e.interactionId, name: e.name, duration: e.duration });
    }).observe({ type: "event", durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  });
  const nextPaint: number[] = [];
  const clickPaint: number[] = [];
  const results: number[] = [];
  const from = page.locator(".filter-form input[name=from]");
  const to = page.locator(".filter-form input[name=to]");
  const apply = page.locator(".filter-form button[type=submit]");
  for (const [f, t] of ranges) {
    await from.fill(f);
    await to.fill(t);
    await page.evaluate(() => {
      (window as unknown as { __events: unknown[] }).__events = [];
    });
    const before = page.url();
    // As a reader's tap: the pointer arrives, then press and release 60 ms apart (Playwright's bare click
    // sends both in one task, which no finger does, and which would time the press with the release).
    // Raw input events, as the browser gets them from a mouse: a locator's click() first adds listeners
    // of its own to the page to check what it hits, and their script (2-3 ms a press at 4× CPU, enough
    // to move a figure up a step of Event Timing's 8 ms) would be timed as the page's.
    await apply.scrollIntoViewIfNeeded();
    const box = await apply.boundingBox();
    if (!box) throw new Error("the filter's Apply button is not displayed");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const echo = page.locator("main .filter-echo");
    const echoBefore = await echo.textContent();
    await page.evaluate(() => {
      (window as unknown as { __from: number }).__from = performance.now();
    });
    const clicked = Date.now();
    await page.mouse.down();
    await page.waitForTimeout(60);
    await page.mouse.up();
    await page.waitForURL((url) => url.href !== before, { waitUntil: "commit" });
    // Results shown: the echo of the applied range has changed, and the frame after it is painted.
    await page.waitForFunction((before) => document.querySelector("main .filter-echo")?.textContent !== before, echoBefore);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    results.push(Date.now() - clicked - 60); // from the release
    const events = await page.evaluate(
      () => (window as unknown as { __events: { id: number; name: string; duration: number }[] }).__events,
    );
    nextPaint.push(Math.max(15, ...events.map((e) => e.duration)));
    // The click alone (release → the filter applied → next paint), without the press before it.
    clickPaint.push(Math.max(15, ...events.filter((e) => e.name === "click").map((e) => e.duration)));
    await page.waitForTimeout(150);
    await page.evaluate(() => {
      const w = window as unknown as { __from: number; __windows: [number, number][] };
      w.__windows.push([w.__from, performance.now()]);
    });
  }
  // Every change stayed in the app (a reload would have reset the observers' list).
  const observed = await page.evaluate(() => {
    const w = window as unknown as { __long?: { start: number; duration: number }[]; __windows: [number, number][] };
    return w.__long ? { all: w.__long, windows: w.__windows } : undefined;
  });
  if (!observed) throw new Error("a filter change reloaded the page instead of staying in the app");
  // The tasks of applying a change (press → results drawn); typing the dates is Playwright's fill(), whose
  // own script runs in the page's tasks, so those are counted apart.
  const longTasks = observed.all
    .filter((t) => observed.windows.some(([from, to]) => t.start + t.duration >= from && t.start <= to))
    .map((t) => t.duration);
  const allLongTasks = observed.all.map((t) => t.duration);
  const domAfter = await page.evaluate(() => document.getElementsByTagName("*").length);
  await context.close();
  return {
    changes: nextPaint.length,
    medianMs: median(nextPaint),
    maxMs: Math.max(...nextPaint),
    /** Every change's duration: Event Timing's 8 ms steps make the median flip on little. */
    nextPaintMs: nextPaint,
    clickMedianMs: median(clickPaint),
    clickMaxMs: Math.max(...clickPaint),
    resultsMedianMs: median(results),
    resultsMaxMs: Math.max(...results),
    longTasksOver50ms: longTasks.filter((d) => d > 50).length,
    longestTaskMs: Math.max(0, ...longTasks),
    longTasksWithTypingOver50ms: allLongTasks.filter((d) => d > 50).length,
    longestTaskWithTypingMs: Math.max(0, ...allLongTasks),
    domNodes: Math.max(domNodes, domAfter),
  };
}

async function firstLoad(browser: Browser, url: string) {
  const context = await browser.newContext({ ...PHONE });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  let bytes = 0;
  cdp.on("Network.loadingFinished", (e) => {
    bytes += e.encodedDataLength;
  });
  await page.goto(url);
  await hydrated(page);
  await page.waitForLoadState("networkidle");
  const { domNodes, jsBody, scripts } = await pageFigures(page);
  await context.close();
  return { bytes, jsBytes: jsBody, domNodes, scripts };
}

async function main() {
  const executablePath = chromiumPath();
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? "?",
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: execFileSync(executablePath, ["--version"], { stdio: ["ignore", "pipe", "ignore"] })
        .toString()
        .trim(),
    },
  };

  log("building the app…");
  const buildSeconds = build(`${WORK}/app`);
  const app = await serveStatic(`${WORK}/app`);
  const release = JSON.parse(readFileSync(`src/content/releases/${RELEASE}.json`, "utf8")) as Release;
  mkdirSync(`${WORK}/floor`, { recursive: true });
  writeFileSync(`${WORK}/floor/floor.html`, floorPage(release, "fr"));
  writeFileSync(`${WORK}/floor/floor.css`, FLOOR_CSS);
  writeFileSync(`${WORK}/floor/_headers`, FLOOR_HEADERS);
  const floor = await serveStatic(`${WORK}/floor`);
  const browser = await launchBrowser(executablePath);

  try {
    log("first-load JavaScript of each route…");
    // What a page needs to paint and hydrate, as `npm run size` counts it; anything else the page loads
    // (a block below the fold hydrated after the page, decision 0014) is reported beside it by name.
    const sizes = new Map((await firstLoadSizes()).map((s) => [s.route, s.byLang]));
    const routes: Record<string, FirstLoad> = {};
    for (const path of [
      "fr/",
      `fr/releases/${RELEASE}`,
      "fr/timeline",
      "fr/decisions",
      "en/",
      `en/releases/${RELEASE}`,
      "en/timeline",
      "en/decisions",
    ]) {
      const load = await firstLoad(browser, `${app.url}${path}`);
      const needed = new Set(sizes.get(routeOf(`/${path}`))?.[path.slice(0, 2)]?.files.map((f) => chunkName(f.split("/").pop() ?? "")));
      if (needed.size === 0) throw new Error(`bench: npm run size counts no route for /${path}`);
      const others = load.scripts.filter((s) => !needed.has(chunkName(s.file))).map((s) => ({ chunk: chunkName(s.file), bytes: s.bytes }));
      const later = others.filter((s) => AFTER_THE_PAGE.includes(s.chunk));
      routes[`/${path}`] = {
        bytes: load.bytes,
        jsBytes: load.jsBytes,
        firstLoadJsBytes: load.jsBytes - later.reduce((sum, s) => sum + s.bytes, 0),
        later,
        uncounted: others.filter((s) => !AFTER_THE_PAGE.includes(s.chunk)),
        domNodes: load.domNodes,
      };
    }
    results.routes = { buildSeconds, firstLoad: routes };

    log(`article vs floor, ${RUNS} runs each…`);
    results.article = await articleVersusFloor(browser, app.url, floor.url);

    if (!options["skip-lighthouse"]) {
      log("lighthouse…");
      results.lighthouse = await runLighthouse(
        ["fr/", `fr/releases/${RELEASE}`, "fr/timeline", "en/", `en/releases/${RELEASE}`, "en/timeline"].map((p) => `${app.url}${p}`),
      );
    }

    const scale: Record<string, unknown>[] = [];
    for (const count of SCALES) {
      log(`scale: ${count} releases — generating, building…`);
      const content = `${WORK}/corpus-${count}`;
      writeSyntheticCorpus(content, count);
      const seconds = build(`${WORK}/scale-${count}`, content);
      const server = await serveStatic(`${WORK}/scale-${count}`);
      const archive = await firstLoad(browser, `${server.url}en/`);
      const timeline = await firstLoad(browser, `${server.url}en/timeline`);
      const decisionsView = await firstLoad(browser, `${server.url}en/decisions`);
      const decisions = await filterChanges(browser, server.url);
      const words = pickWords(content);
      const search = {
        indexSeconds,
        typical: await measureSearchRuns(browser, server.url, words.typical, SLOW_4G, SEARCH_RUNS),
        frequent: await measureSearchRuns(browser, server.url, words.frequent, SLOW_4G, SEARCH_RUNS),
      };
      await server.close();
      scale.push({
        releases: count,
        buildSeconds: seconds,
        archiveFirstLoad: archive,
        timelineFirstLoad: timeline,
        decisionsFirstLoad: decisionsView,
        decisionsFilter: decisions,
        search,
      });
      rmSync(content, { recursive: true, force: true });
      rmSync(`${WORK}/scale-${count}`, { recursive: true, force: true });
      log(
        `scale ${count}: build ${seconds.toFixed(1)} s, archive ${kb(archive.bytes)} KB, timeline ${kb(timeline.bytes)} KB, decisions ${kb(decisionsView.bytes)} KB, filter median ${ms(decisions.medianMs)} ms`,
      );
    }
    results.scale = scale;
  } finally {
    await browser.close();
    await app.close();
    await floor.close();
  }

  mkdirSync("bench/results", { recursive: true });
  writeFileSync("bench/results/latest.json", `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
}

function printTable(r: Record<string, unknown>) {
  const rows: [string, string, string][] = [];
  const ok = (pass: boolean) => (pass ? "✓" : "✗");
  const routes = r.routes as { buildSeconds: number; firstLoad: Record<string, FirstLoad> };
  rows.push(["build (real corpus)", `${routes.buildSeconds.toFixed(1)} s`, ""]);
  for (const [path, f] of Object.entries(routes.firstLoad)) {
    const names = (chunks: { chunk: string }[]) => chunks.map((c) => c.chunk).join(", ");
    const sum = (chunks: { bytes: number }[]) => chunks.reduce((total, c) => total + c.bytes, 0);
    const uncounted = f.uncounted.length ? `, of which ${kb(sum(f.uncounted))} KB npm run size misses: ${names(f.uncounted)}` : "";
    const later = f.later.length ? ` + ${kb(sum(f.later))} KB hydrated after the page: ${names(f.later)}` : "";
    rows.push([
      `first load ${path}`,
      `${kb(f.bytes)} KB (JS ${kb(f.firstLoadJsBytes)} KB${uncounted}${later}), ${f.domNodes} nodes`,
      `${ok(f.firstLoadJsBytes <= FIRST_LOAD_JS_BUDGET && f.uncounted.length === 0)} JS to paint and hydrate ≤ ${FIRST_LOAD_JS_BUDGET / 1024} KiB, all counted by npm run size`,
    ]);
  }
  const a = r.article as { runs: number; app: Load; floor: Load; ratio: { fcp: number; lcp: number; bytes: number } } | undefined;
  if (a) {
    rows.push([
      `article: FCP app / floor (median of ${a.runs})`,
      `${ms(a.app.fcp)} / ${ms(a.floor.fcp)} ms (×${a.ratio.fcp.toFixed(2)})`,
      "",
    ]);
    rows.push([
      "article: LCP app / floor",
      `${ms(a.app.lcp)} / ${ms(a.floor.lcp)} ms (×${a.ratio.lcp.toFixed(2)})`,
      `${ok(a.ratio.lcp <= 1.25)} ratio ≤ 1.25`,
    ]);
    rows.push(["article: bytes app / floor", `${kb(a.app.bytes)} / ${kb(a.floor.bytes)} KB`, ""]);
    rows.push(["article: JS bytes app / floor (every script)", `${kb(a.app.jsBytes)} / ${kb(a.floor.jsBytes)} KB`, ""]);
    rows.push(["article: DOM nodes app / floor", `${a.app.domNodes} / ${a.floor.domNodes}`, ""]);
  }
  for (const l of (r.lighthouse as LighthouseScore[] | undefined) ?? []) {
    const pass = l.performance >= 98 && l.accessibility === 100 && l.bestPractices === 100 && l.seo === 100;
    rows.push([
      `lighthouse ${l.url}`,
      `perf ${l.performance} (runs ${l.performanceRuns.join(", ")}) · a11y ${l.accessibility} · bp ${l.bestPractices} · seo ${l.seo} (LCP ${ms(l.lcp)} ms, TBT ${ms(l.tbt)} ms)`,
      `${ok(pass)} ≥98/100/100/100`,
    ]);
  }
  for (const s of (r.scale as
    | {
        releases: number;
        buildSeconds: number;
        archiveFirstLoad: { bytes: number; domNodes: number };
        timelineFirstLoad: { bytes: number; domNodes: number };
        decisionsFirstLoad: { bytes: number; domNodes: number };
        decisionsFilter: {
          medianMs: number;
          maxMs: number;
          nextPaintMs: number[];
          clickMedianMs: number;
          clickMaxMs: number;
          resultsMedianMs: number;
          resultsMaxMs: number;
          longTasksOver50ms: number;
          longestTaskMs: number;
          longTasksWithTypingOver50ms: number;
          longestTaskWithTypingMs: number;
          domNodes: number;
        };
        search?: { indexSeconds: number; typical: RepeatedSearch; frequent: RepeatedSearch };
      }[]
    | undefined) ?? []) {
    rows.push([`scale ${s.releases}: build`, `${s.buildSeconds.toFixed(1)} s`, ""]);
    for (const [view, load] of [
      ["archive", s.archiveFirstLoad],
      ["timeline", s.timelineFirstLoad],
      ["decisions", s.decisionsFirstLoad],
    ] as const) {
      rows.push([
        `scale ${s.releases}: ${view} first load`,
        `${kb(load.bytes)} KB, ${load.domNodes} nodes`,
        `${ok(load.bytes <= 200 * 1024)} ≤ 200 KB`,
      ]);
    }
    rows.push([
      `scale ${s.releases}: filter → next paint (4× CPU)`,
      `median ${fmt(s.decisionsFilter.medianMs)} ms, max ${fmt(s.decisionsFilter.maxMs)} ms (${spread(s.decisionsFilter.nextPaintMs)})`,
      `${ok(s.decisionsFilter.medianMs <= 32)} median ≤ 32 ms (press to release, the whole interaction)`,
    ]);
    rows.push([
      `scale ${s.releases}: click alone → next paint`,
      `median ${fmt(s.decisionsFilter.clickMedianMs)} ms, max ${fmt(s.decisionsFilter.clickMaxMs)} ms`,
      "",
    ]);
    rows.push([
      `scale ${s.releases}: filter → results shown`,
      `median ${ms(s.decisionsFilter.resultsMedianMs)} ms, max ${ms(s.decisionsFilter.resultsMaxMs)} ms`,
      "",
    ]);
    rows.push([
      `scale ${s.releases}: long tasks > 50 ms, press → results`,
      `${s.decisionsFilter.longTasksOver50ms} (longest ${ms(s.decisionsFilter.longestTaskMs)} ms); with typing ${s.decisionsFilter.longTasksWithTypingOver50ms} (longest ${ms(s.decisionsFilter.longestTaskWithTypingMs)} ms)`,
      ok(s.decisionsFilter.longTasksOver50ms === 0),
    ]);
    if (s.search) {
      const { indexSeconds: index, typical, frequent } = s.search;
      rows.push([`scale ${s.releases}: search index in the build`, `${index.toFixed(1)} s of ${s.buildSeconds.toFixed(1)} s`, ""]);
      // The budget's time is the typical word's; the most frequent word's is shown, held only to its bytes.
      for (const [label, f, limit, timed] of [
        ["typical", typical, 300, true],
        ["most frequent", frequent, 1024, false],
      ] as const) {
        rows.push([
          `scale ${s.releases}: search, ${label} word (“${f.word}”, ${f.releases} releases)`,
          `${f.found ? "results" : "NO RESULTS"} ${ms(f.resultsMs)} ms after the last key, ${kb(f.bytes)} KB (medians of ${f.runs}), long tasks > 50 ms in ${f.runsWithLongTask} of ${f.runs} runs (longest ${ms(f.longestTaskMs)} ms)`,
          `${ok(f.found > 0 && (!timed || f.resultsMs <= 1000) && f.bytes <= limit * 1024 && f.runsWithLongTask === 0)} ${timed ? "≤ 1 s, " : ""}≤ ${limit} KB, none`,
        ]);
      }
    }
    rows.push([
      `scale ${s.releases}: decisions DOM nodes`,
      String(s.decisionsFilter.domNodes),
      `${ok(s.decisionsFilter.domNodes <= 1400)} ≤ 1,400`,
    ]);
  }
  const w = [Math.max(...rows.map((x) => x[0].length)), Math.max(...rows.map((x) => x[1].length))];
  console.log();
  for (const [k, v, b] of rows) console.log(`${k.padEnd(w[0] ?? 0)}  ${v.padEnd(w[1] ?? 0)}  ${b}`);
  const m = r.machine as { cpus: number; cpu: string; memoryGiB: number; node: string; chromium: string };
  console.log(`\n${m.cpus} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.chromium}. Figures: bench/results/latest.json`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
