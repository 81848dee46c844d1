// The build's command line and its all-or-nothing output: everything is written to a fresh folder beside
// the target and swapped in only once every step has succeeded, so a failed or interrupted build leaves
// the previous site whole.
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { chmod, mkdtemp, rename, rm } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";

/** A mistake in how the build was called: shown as one line, without a stack trace. */
export class UsageError extends Error {}

export type BuildOptions = { base: string; outDir: string; site: string };

/** Where `npm run preview` serves the build: the site's address when none is given. */
export const LOCAL_SITE = "http://localhost:4173";

// Each segment a plain URL path segment: nothing a browser or a host would read as another origin or a query.
const BASE = /^\/(?:[A-Za-z0-9._~-]+\/)*$/;

/** `--base`, `--outDir` and `--site` (or SITE_URL) from the command line, or a UsageError naming what is wrong. */
export function parseBuildOptions(args: string[], env: Record<string, string | undefined> = process.env): BuildOptions {
  let values: { base: string; outDir: string; site?: string | undefined };
  try {
    ({ values } = parseArgs({
      args,
      options: { base: { type: "string", default: "/" }, outDir: { type: "string", default: "dist" }, site: { type: "string" } },
    }));
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message}. Usage: npm run build [-- --site https://example.org] [--base /sub/path/] [--outDir dist]`,
    );
  }
  const base = values.base.endsWith("/") ? values.base : `${values.base}/`;
  if (!BASE.test(base) || base.split("/").some((s) => s === "." || s === "..")) {
    throw new UsageError(`--base must be an absolute path of plain segments, such as /communique/, not ${JSON.stringify(values.base)}`);
  }
  if (!values.outDir.trim()) throw new UsageError("--outDir must name a folder");
  return { base, outDir: values.outDir, site: siteOrigin(values.site ?? env.SITE_URL ?? LOCAL_SITE) };
}

/** The site's origin, "https://example.org": feeds, the sitemap and the head's links are absolute. */
function siteOrigin(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  const bare = url && (url.protocol === "https:" || url.protocol === "http:") && url.pathname === "/" && !url.search && !url.hash;
  if (!url || !bare || url.username || url.password || /[?#]$/.test(value)) {
    throw new UsageError(
      `--site (or SITE_URL) must be an origin such as https://example.org, the path going in --base; not ${JSON.stringify(value)}`,
    );
  }
  return url.origin;
}

function isInside(child: string, parent: string): boolean {
  const r = relative(parent, child);
  return r === "" || (r !== ".." && !r.startsWith(`..${sep}`) && !isAbsolute(r));
}

/**
 * The absolute folder to build into, or a UsageError when replacing it would destroy something that is
 * not a previous build: the project or a folder holding it, the sources, or a folder of other files.
 */
export function checkTarget(outDir: string, root: string): string {
  const target = resolve(root, outDir);
  if (isInside(root, target)) throw new UsageError(`--outDir ${outDir} is the project or holds it: choose a folder of its own`);
  for (const kept of ["src", "public", "scripts", "tests", "docs", "node_modules", ".git"]) {
    if (isInside(target, join(root, kept))) throw new UsageError(`--outDir ${outDir} is inside ${kept}/: choose a folder of its own`);
  }
  if (!existsSync(target)) return target;
  if (!statSync(target).isDirectory()) throw new UsageError(`--outDir ${outDir} is a file, not a folder`);
  const entries = readdirSync(target);
  // Every build, even one that stopped half-way before builds were atomic, has index.html; a folder without
  // it is someone's, which a build must not replace.
  if (entries.length > 0 && !entries.includes("index.html")) {
    throw new UsageError(`--outDir ${outDir} holds files that are not a previous build: empty it or choose another folder`);
  }
  return target;
}

/** Puts `fresh` where `target` is, in renames on one filesystem: the old folder is set aside, then removed. */
export async function swapIn(fresh: string, target: string): Promise<void> {
  if (!existsSync(target)) {
    await rename(fresh, target);
    return;
  }
  const old = `${fresh}-old`;
  await rename(target, old);
  try {
    await rename(fresh, target);
  } catch (error) {
    await rename(old, target);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}

/**
 * Runs `steps` into a fresh folder beside `target` (`scratch` is a second fresh folder, for files the site
 * does not ship), then swaps it in. On failure, or on Ctrl-C, both folders are removed and `target` is untouched.
 */
export async function buildAtomically(
  target: string,
  scratchParent: string,
  steps: (out: string, scratch: string) => Promise<void>,
): Promise<void> {
  const out = await mkdtemp(join(dirname(target), `.${basename(target)}.building-`));
  const scratch = await mkdtemp(join(scratchParent, ".communique-ssr-"));
  const cleanUp = () => {
    rmSync(out, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  };
  const interrupted = (signal: NodeJS.Signals) => {
    cleanUp();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    await steps(out, scratch);
    // mkdtemp makes a folder only its owner may read; the site's folder is read by a web server too.
    await chmod(out, 0o777 & ~process.umask());
    await swapIn(out, target);
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    cleanUp();
  }
}
