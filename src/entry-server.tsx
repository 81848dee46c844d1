// Server entry, used at build time only: renders one URL of the app to HTML with React Router's static
// rendering APIs, for scripts/prerender.ts. The browser hydrates it (main.tsx).
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import { routerContext } from "./app/content-context.ts";
import { routes } from "./app/routes.tsx";
import type { Content } from "./content/queries.ts";
import { isLang, LANGS } from "./content/vocabulary.ts";
import { loadCite } from "./features/article/cite-later.tsx";
import { i18n } from "./i18n/index.ts";

export { DATA_FOLDER, ID_SHARDS } from "virtual:communique/build";
export { dataPaths } from "./content/data-paths.ts";
export { createContent } from "./content/queries.ts";

export type Rendered =
  | { kind: "page"; status: number; lang: string; head: string; description: string; html: string }
  | { kind: "redirect"; location: string };

// React writes the <title>, <meta> and <link> a page renders first, before the page itself (it hoists them).
const HOISTED = /^(?:<title>[^<]*<\/title>|<(?:meta|link)\b[^<>]*\/>)+/;

/** Renders `url` (a path under `basename`) with the content given. */
export async function render(url: string, content: Content, basename = "/"): Promise<Rendered> {
  const { query, dataRoutes } = createStaticHandler(routes, { basename });
  const context = await query(new Request(new URL(url, "http://prerender.invalid")), { requestContext: routerContext(content) });
  if (context instanceof Response) return { kind: "redirect", location: context.headers.get("Location") ?? "/" };
  const router = createStaticRouter(dataRoutes, context);
  // What a browser loads after the page is written into the page all the same.
  await Promise.all(LANGS.map(loadCite));
  let html = renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  // The document wants them in <head>.
  const hoisted = HOISTED.exec(html)?.[0] ?? "";
  const head = hoisted || "<title>Communiqué</title>";
  html = html.slice(hoisted.length);
  // The first segment after the base: "/fr/…" → "fr", under "/" or under "/communique" alike.
  const segment = url.slice(basename.length).replace(/^\//, "").split("/")[0];
  const lang = isLang(segment) ? segment : "en";
  const description = i18n.getFixedT(lang)("site.tagline");
  return { kind: "page", status: context.statusCode, lang, head, description, html };
}
