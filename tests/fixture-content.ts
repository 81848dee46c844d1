// Vitest global setup: the fixture corpus (tests/fixtures/releases) checked and built into data files once
// per run, as the build does, for every component test to read. Route tests read these files, not the
// shipped releases, so that an editor's new release breaks no UI test.
import type { TestProject } from "vitest/node";
import { checkReleaseDir } from "../src/content/check.ts";
import { buildDataFiles, idShardCount } from "../src/content/data-files.ts";

export type FixtureContent = { files: Record<string, unknown>; idShards: number };

declare module "vitest" {
  export interface ProvidedContext {
    fixtureContent: FixtureContent;
  }
}

export default function setup(project: TestProject) {
  const { releases, problems } = checkReleaseDir("tests/fixtures/releases");
  if (problems.length) throw new Error(`The fixture corpus has problems:\n${problems.join("\n")}`);
  project.provide("fixtureContent", { files: Object.fromEntries(buildDataFiles(releases)), idShards: idShardCount(releases.length) });
}
