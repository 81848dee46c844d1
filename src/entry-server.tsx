// Server entry, used at build time only: renders one URL of the app to HTML with React Router's static
// rendering APIs, for scripts/prerender.ts. The browser hydrates it (main.tsx).
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import { routes } from "./app/routes.tsx";
import { type DataReader, setDataReader } from "./content/load.ts";
import { i18n } from "./i18n/index.ts";
import { isLang } from "./lib/lang.ts";

export { DATA_FOLDER } from "virtual:communique/build";
export { dataPaths } from "./content/data-files.ts";

export type Rendered =
  | { kind: "page"; status: number; lang: string; title: string; description: string; html: string }
  | { kind: "redirect"; location: string };

const TITLE = /<title>([^<]*)<\/title>/;

/** Renders `url` (a path under `basename`) with data from `read`. */
export async function render(url: string, read: DataReader, basename = "/"): Promise<Rendered> {
  setDataReader(read);
  const { query, dataRoutes } = createStaticHandler(routes, { basename });
  const context = await query(new Request(new URL(url, "http://prerender.invalid")));
  if (context instanceof Response) return { kind: "redirect", location: context.headers.get("Location") ?? "/" };
  const router = createStaticRouter(dataRoutes, context);
  let html = renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  // React renders a page's <title> where the component put it; the document wants it in <head>.
  const title = TITLE.exec(html)?.[1] ?? "Communiqué";
  html = html.replace(TITLE, "");
  const segment = url.slice(basename.length).split("/")[0];
  const lang = isLang(segment) ? segment : "en";
  const description = i18n.getFixedT(lang)("site.tagline");
  return { kind: "page", status: context.statusCode, lang, title, description, html };
}
