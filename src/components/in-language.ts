import { useSyncExternalStore } from "react";
import { useLocation } from "react-router";
import type { Lang } from "../content/vocabulary.ts";
import { switchLang } from "../lib/paths.ts";

const unchanging = () => () => {};

/**
 * This page's address in another language, its query and #fragment included. While React hydrates a
 * prerendered page the link is the path alone, as it was prerendered: hydration leaves a prerendered
 * attribute as it is, so the query and #fragment are added in the render that follows.
 */
export function useInLanguage(): (lang: Lang) => string {
  const location = useLocation();
  const hydrated = useSyncExternalStore(
    unchanging,
    () => true,
    () => false,
  );
  return (lang) => switchLang(hydrated ? location : { pathname: location.pathname }, lang);
}
