// The floor: the same article text as a plain static HTML page with a minimal stylesheet, no JavaScript.
// What the article view is measured against. Its stylesheet is a file too, preloaded by the same
// `_headers` rule as the app's: both pages play by the same rules (no inline styles under our CSP).
import type { Release } from "../src/content/schema.ts";
import type { Lang } from "../src/content/vocabulary.ts";

const escapeHtml = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

function text(value: Release["title"], lang: Lang): string {
  const v = value[lang] ?? value[lang === "fr" ? "en" : "fr"];
  return typeof v === "string" ? v : (v?.text ?? "");
}

export function floorPage(release: Release, lang: Lang): string {
  const body = release.body
    .map((b) => {
      if (b.type === "paragraph") return `<p>${escapeHtml(text(b.text, lang))}</p>`;
      if (b.type === "quote") return `<blockquote><p>${escapeHtml(text(b.text, lang))}</p></blockquote>`;
      return `<figure><figcaption>${escapeHtml(text(b.caption, lang))}</figcaption></figure>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text(release.title, lang))}</title>
<link rel="stylesheet" href="floor.css">
</head>
<body>
<main>
<h1>${escapeHtml(text(release.title, lang))}</h1>
<p>${escapeHtml(release.publishedAt)} · ${escapeHtml(release.updatedAt)}</p>
${body}
</main>
</body>
</html>
`;
}

export const FLOOR_CSS =
  "body{margin:0 auto;max-width:38rem;padding:1rem;font:1.0625rem/1.6 Georgia,serif;color:#1f2328;background:#fdfcfa}h1{line-height:1.2}blockquote{margin:1.5rem 0;padding-left:1rem;border-left:3px solid #ccc;font-style:italic}\n";

export const FLOOR_HEADERS = "/floor.html\n  Link: </floor.css>; rel=preload; as=style\n";
