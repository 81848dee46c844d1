// @vitest-environment node
import { build, createLogger, createServer, type Logger, type Rollup } from "vite";
import { describe, expect, it } from "vitest";
import { contentPlugin } from "./vite-plugin.ts";

const BAD = "tests/fixtures/bad-content";

function chunks(output: Rollup.RollupOutput | Rollup.RollupOutput[] | Rollup.RollupWatcher): Rollup.OutputChunk[] {
  const outputs = Array.isArray(output) ? output : [output as Rollup.RollupOutput];
  return outputs.flatMap((o) => o.output).filter((c): c is Rollup.OutputChunk => c.type === "chunk");
}

describe("the content plugin", () => {
  it("stops the build before bundling, listing every problem of every file", async () => {
    const run = build({
      configFile: false,
      logLevel: "silent",
      plugins: [contentPlugin({ dir: BAD })],
      build: { write: false, rollupOptions: { input: "src/content/fetch-data.ts" } },
    });
    await expect(run).rejects.toThrow(/Release content has \d+ problems:/);
    await expect(run).rejects.toThrow(`${BAD}/unknown-meeting.json: decisions[0].meetingId: "m-3" is not a meeting of this release`);
    await expect(run).rejects.toThrow(`${BAD}/impossible-date.json: meetings[0].date: expected an existing calendar date YYYY-MM-DD`);
  });

  it("makes the dev server answer the content module with the same error (Vite shows it in its overlay)", async () => {
    const server = await createServer({
      configFile: false,
      logLevel: "silent",
      plugins: [contentPlugin({ dir: BAD })],
      server: { middlewareMode: true, ws: false },
    });
    try {
      await expect(server.transformRequest("virtual:communique/build")).rejects.toThrow(`${BAD}/unknown-person.json: body[1].speaker`);
    } finally {
      await server.close();
    }
  });

  it("names each problem once in the build's error, with no stack trace", async () => {
    const error = await build({
      configFile: false,
      logLevel: "silent",
      plugins: [contentPlugin({ dir: BAD })],
      build: { write: false, rollupOptions: { input: "src/content/fetch-data.ts" } },
    }).catch((e: Error) => e);
    const message = (error as Error).message;
    expect(message.split(`${BAD}/unknown-meeting.json: decisions[0].meetingId`)).toHaveLength(2);
    expect(message).not.toMatch(/^\s+at /m);
  });

  it("logs the problems once in the dev server's terminal, however many modules import the content", async () => {
    const errors: string[] = [];
    const warnings: string[] = [];
    const logger: Logger = { ...createLogger("silent"), error: (m) => errors.push(m), warn: (m) => warnings.push(m) };
    const server = await createServer({
      configFile: false,
      customLogger: logger,
      plugins: [contentPlugin({ dir: BAD })],
      server: { middlewareMode: true, ws: false },
    });
    try {
      // What Vite does for each module that imports the content: transform it ahead, logging a failure.
      for (let i = 0; i < 3; i++) await server.environments.client.warmupRequest("virtual:communique/build");
      const listing = errors.filter((e) => e.includes(`${BAD}/unknown-person.json: body[1].speaker`));
      expect(listing).toHaveLength(1);
      expect(listing[0]).not.toMatch(/^\s+at /m);
      expect(warnings).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("keeps the schema library and the content out of the JavaScript; each release is its own data file", async () => {
    const output = await build({ logLevel: "silent", build: { write: false } });
    const outputs = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
    const all = outputs.flatMap((o) => o.output);
    for (const chunk of chunks(output)) {
      // zod's issue codes are string literals that survive minification.
      expect(chunk.code, chunk.fileName).not.toMatch(/invalid_type|unrecognized_keys/);
      expect(chunk.code, chunk.fileName).not.toContain("Oleksii Reznikov");
    }
    const release = all.find((a) => /^data\/[0-9a-f]{12}\/releases\/2023-02-15-defence-ministers\.json$/.test(a.fileName));
    expect(release?.type === "asset" && String(release.source)).toContain("Oleksii Reznikov");
    const decisions = all.find((a) => a.fileName.endsWith("/decisions/fr/0.json"));
    expect(decisions?.type === "asset" && String(decisions.source)).not.toContain("Oleksii Reznikov");
  });
});
