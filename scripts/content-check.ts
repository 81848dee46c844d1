// `npm run content:check`: validates every release file, as the build does, without building.
import { resolve } from "node:path";
import { checkReleaseDir } from "../src/content/check.ts";

const dir = resolve(process.argv[2] ?? "src/content/releases");
const { releases, problems } = checkReleaseDir(dir);
if (problems.length) {
  console.error(`Release content has ${problems.length} problem${problems.length > 1 ? "s" : ""}:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`${releases.length} release file${releases.length === 1 ? "" : "s"} checked: no problems.`);
