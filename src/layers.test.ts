// The layers point one way: lib and content (shared) ← components, i18n ← features ← app. Features never
// import each other; lib needs nothing of content but its vocabulary, the leaf everything may import.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = "src";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$|\.d\.ts$/.test(e.name) ? [path] : [];
  });
}

/** The files of src/ a file imports (packages and virtual modules left out), as paths under src/. */
function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^"';]*?from\s*"([^"]+)"|import\(\s*"([^"]+)"\s*\)|(?:^|\n)import\s*"([^"]+)"/g),
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
  return specifiers.filter((s) => s.startsWith(".")).map((s) => relative(SRC, join(dirname(file), s)));
}

/** Where a path under src/ belongs: "lib", "content", "vocabulary", "i18n", "components", "feature:<name>", "app", "entry". */
function layer(path: string): string {
  if (path === "content/vocabulary.ts") return "vocabulary";
  const [top, second] = path.split("/");
  if (top === "features") return `feature:${second}`;
  // The component tests' setup loads every view's strings, as the views' loaders would: it sits with the entries.
  if (top === "main.tsx" || top === "entry-server.tsx" || top === "test-setup-dom.ts") return "entry";
  return top ?? "";
}

/** What each layer may import, besides itself. */
function allowed(from: string, to: string): boolean {
  if (from === to || to === "vocabulary") return from !== "vocabulary";
  switch (from) {
    case "lib":
    case "vocabulary":
      return false;
    case "content":
      return to === "lib";
    case "i18n":
      return to === "lib";
    case "components":
      return ["lib", "content", "i18n"].includes(to);
    case "app":
      return to !== "entry";
    case "entry":
      return true;
    default:
      // a feature: the shared layers and itself only
      return ["lib", "content", "i18n", "components"].includes(to);
  }
}

describe("the import graph", () => {
  const files = sourceFiles(SRC).map((f) => relative(SRC, f));

  it("is read: every file is found and its relative imports are seen", () => {
    expect(files).toContain("content/vocabulary.ts");
    expect(imports(join(SRC, "app/routes.tsx"))).toContain("app/layout.tsx");
  });

  it("points one way: shared ← features ← app, no feature importing another, lib needing only the vocabulary", () => {
    const wrong = files.flatMap((file) =>
      imports(join(SRC, file))
        .filter((target) => !allowed(layer(file), layer(target)))
        .map((target) => `${file} → ${target}`),
    );
    expect(wrong).toEqual([]);
  });
});
