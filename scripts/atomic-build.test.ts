import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildAtomically, checkTarget, parseBuildOptions, swapIn, UsageError } from "./atomic-build.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "communique-atomic-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A previous build at `path`, recognisable by its page. */
function previousBuild(path: string, page = "old") {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, "index.html"), page);
}

describe("an atomic build", () => {
  it("replaces the previous site only once every step has succeeded, leaving no folder behind", async () => {
    const target = join(dir, "dist");
    previousBuild(target);
    await buildAtomically(target, dir, async (out, scratch) => {
      expect(readFileSync(join(target, "index.html"), "utf8")).toBe("old");
      writeFileSync(join(scratch, "entry-server.js"), "");
      writeFileSync(join(out, "index.html"), "new");
    });
    expect(readFileSync(join(target, "index.html"), "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["dist"]);
  });

  it("leaves the new site readable as a folder the build would create (not only by its owner)", async () => {
    const target = join(dir, "site");
    await buildAtomically(target, dir, async (out) => writeFileSync(join(out, "index.html"), "new"));
    expect(statSync(target).mode & 0o777).toBe(0o777 & ~process.umask());
  });

  it("leaves the previous site whole, and no folder behind, when a step fails", async () => {
    const target = join(dir, "dist");
    previousBuild(target);
    const failing = buildAtomically(target, dir, async (out) => {
      writeFileSync(join(out, "index.html"), "half");
      throw new Error("the server build failed");
    });
    await expect(failing).rejects.toThrow("the server build failed");
    expect(readFileSync(join(target, "index.html"), "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["dist"]);
  });

  it("creates the target when there was none, and creates nothing when the first build fails", async () => {
    const target = join(dir, "site");
    await expect(buildAtomically(target, dir, () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    expect(readdirSync(dir)).toEqual([]);
    await buildAtomically(target, dir, async (out) => writeFileSync(join(out, "index.html"), "first"));
    expect(readFileSync(join(target, "index.html"), "utf8")).toBe("first");
  });

  it("swaps a folder in over an old one, removing the old one", async () => {
    previousBuild(join(dir, "dist"));
    previousBuild(join(dir, "fresh"), "new");
    await swapIn(join(dir, "fresh"), join(dir, "dist"));
    expect(readFileSync(join(dir, "dist", "index.html"), "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["dist"]);
  });
});

describe("where a build may go", () => {
  it("accepts a folder outside the project, new or a previous build", () => {
    const root = join(dir, "project");
    mkdirSync(root);
    expect(checkTarget("../x", root)).toBe(join(dir, "x"));
    previousBuild(join(dir, "x"));
    expect(checkTarget(join(dir, "x"), root)).toBe(join(dir, "x"));
    expect(checkTarget("dist", root)).toBe(join(root, "dist"));
  });

  it("refuses, before touching anything, a folder whose replacement would destroy other files", () => {
    const root = join(dir, "project");
    mkdirSync(join(root, "src"), { recursive: true });
    writeFileSync(join(dir, "notes.txt"), "mine");
    mkdirSync(join(dir, "documents"));
    writeFileSync(join(dir, "documents", "letter.txt"), "mine");
    for (const outDir of [".", "..", root, "src", "src/out", "../notes.txt", "../documents"]) {
      expect(() => checkTarget(outDir, root), outDir).toThrow(UsageError);
    }
    expect(existsSync(join(dir, "documents", "letter.txt"))).toBe(true);
  });
});

describe("the build's command line", () => {
  it("reads --base, --outDir and --site (or SITE_URL), adding the base's final slash; the site defaults to the preview's address", () => {
    expect(parseBuildOptions([], {})).toEqual({ base: "/", outDir: "dist", site: "http://localhost:4173" });
    expect(parseBuildOptions(["--base", "/communique", "--outDir", "/tmp/x", "--site", "https://example.org/"], {})).toEqual({
      base: "/communique/",
      outDir: "/tmp/x",
      site: "https://example.org",
    });
    expect(parseBuildOptions([], { SITE_URL: "https://communique.example" }).site).toBe("https://communique.example");
    expect(parseBuildOptions(["--site", "https://a.example"], { SITE_URL: "https://b.example" }).site).toBe("https://a.example");
  });

  it("refuses an unknown option, a stray argument and a base that is not a plain absolute path, in one line", () => {
    for (const args of [
      ["--bse", "/x/"],
      ["dist"],
      ["--base"],
      ["--base", "communique"],
      ["--base", "//evil.example/"],
      ["--base", "/a/../b/"],
      ["--base", "/a b/"],
      ["--base", "https://x.example/"],
      ["--outDir", ""],
      ["--site", "example.org"],
      ["--site", "ftp://example.org"],
      ["--site", "https://example.org/communique/"],
      ["--site", "https://example.org/?x"],
      ["--site", "https://user:pw@example.org"],
    ]) {
      expect(() => parseBuildOptions(args, {}), args.join(" ")).toThrow(UsageError);
      try {
        parseBuildOptions(args, {});
      } catch (error) {
        expect((error as Error).message, args.join(" ")).not.toContain("\n");
      }
    }
  });
});

describe("the build, run from the command line", () => {
  it("stops on a bad option with one line and a non-zero exit, before building anything", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--base", "communique"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('build: --base must be an absolute path of plain segments, such as /communique/, not "communique"');
  });

  it("stops on bad content with the list of problems once, no stack trace, and the previous site whole", () => {
    const content = join(dir, "releases");
    mkdirSync(content);
    writeFileSync(join(content, "2024-01-01-broken.json"), '{"id": ');
    const out = join(dir, "site");
    previousBuild(out);
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--outDir", out], {
      encoding: "utf8",
      env: { ...process.env, COMMUNIQUE_CONTENT_DIR: content },
    });
    expect(run.status).toBe(1);
    expect(run.stderr.match(/Release content has 1 problem:/g)).toHaveLength(1);
    expect(run.stderr).toMatch(/2024-01-01-broken\.json: line 1, column 8: not valid JSON/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("old");
    expect(readdirSync(dir).sort()).toEqual(["releases", "site"]);
  });

  it("removes its folders when interrupted, leaving the previous site whole", async () => {
    const target = join(dir, "dist");
    previousBuild(target);
    const script = `import { buildAtomically } from "./scripts/atomic-build.ts";
      await buildAtomically(${JSON.stringify(target)}, ${JSON.stringify(dir)}, async (out) => {
        console.log("building");
        await new Promise((r) => setTimeout(r, 60_000));
      });`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((started) => child.stdout.once("data", () => started()));
    expect(readdirSync(dir).length).toBe(3);
    const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(readdirSync(dir)).toEqual(["dist"]);
    expect(readFileSync(join(target, "index.html"), "utf8")).toBe("old");
  });
});
