import { createContext, RouterContextProvider } from "react-router";
import type { Content } from "../content/queries.ts";

/** The content the loaders read, handed to the router by whoever creates it (browser, prerenderer, tests). */
export const contentContext = createContext<Content>();

/** A router context holding the content, for `getContext` (browser, tests) or `requestContext` (prerender). */
export function routerContext(content: Content): RouterContextProvider {
  return new RouterContextProvider(new Map([[contentContext, content]]));
}
