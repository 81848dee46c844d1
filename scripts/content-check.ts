// `npm run content:check [dir]`: validates every release file, as the build does, without building.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { checkReleaseDir } from "../src/content/check.ts";

/** What the command prints (problems, then warnings), and whether the content passed. */
export function contentCheck(dir: string): { ok: boolean; lines: string[] } {
  const { releases, problems, warnings } = checkReleaseDir(resolve(dir));
  const notes = warnings.map((w) => `  warning: ${w}`);
  if (problems.length) {
    return {
      ok: false,
      lines: [
        `Release content has ${problems.length} problem${problems.length > 1 ? "s" : ""}:`,
        ...problems.map((p) => `  ${p}`),
        ...notes,
      ],
    };
  }
  return { ok: true, lines: [`${releases.length} release file${releases.length === 1 ? "" : "s"} checked: no problems.`, ...notes] };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { ok, lines } = contentCheck(process.argv[2] ?? "src/content/releases");
  for (const line of lines) (ok ? console.log : console.error)(line);
  process.exitCode = ok ? 0 : 1;
}
