import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { writeSyntheticCorpus } from "../bench/synthetic.ts";
import { checkReleaseDir } from "../src/content/check.ts";

// The bench builds thousands of these: a rule the content check gains must not stop it halfway.
it("the bench's synthetic releases pass the content check", () => {
  const dir = join(mkdtempSync(join(tmpdir(), "communique-synthetic-")), "releases");
  try {
    writeSyntheticCorpus(dir, 20);
    const { releases, problems } = checkReleaseDir(dir, { root: dir });
    expect(problems).toEqual([]);
    expect(releases).toHaveLength(20);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
