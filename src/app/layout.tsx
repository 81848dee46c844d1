import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from "react";
import {
  Link,
  type Location,
  NavLink,
  Outlet,
  ScrollRestoration,
  useHref,
  useLocation,
  useNavigation,
  useNavigationType,
} from "react-router";
import { LiveRegion } from "../components/live-region.tsx";
import { FeedLinks, SubscribeLinks } from "../components/subscribe.tsx";
import { LANGUAGE_SWITCH_ID, LanguageSwitch } from "../features/language-switch/language-switch.tsx";
import { isReadingPosition, restoreReadingPosition } from "../features/language-switch/reading-position.ts";
import { HeaderSearch } from "../features/search/header-search.tsx";
import { useLang, useT } from "../i18n/index.ts";
import { isPageTurn } from "../lib/page-turn.ts";
import { paths } from "../lib/paths.ts";

/** The shell of every page in a language: skip link, header with the language switch, main, footer. */
export function Layout() {
  const lang = useLang();
  const t = useT();
  // Before paint, with the page's new words: a screen reader never reads them in the old language.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // Marks the page as interactive (hydrated): styles and browser tests key on it.
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  useFocusAfterNavigation();
  return (
    <>
      <FeedLinks />
      <a className="skip-link" href="#main">
        {t("site.skipToContent")}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to={paths.archive(lang)} className="brand" aria-label={t("site.home")}>
            {t("site.name")}
          </Link>
          <p className="tagline">{t("site.tagline")}</p>
          <LanguageSwitch />
          <HeaderSearch />
        </div>
      </header>
      <nav className="site-nav" aria-label={t("nav.label")}>
        <ul>
          <li>
            <NavLink to={paths.archive(lang)} end>
              {t("nav.archive")}
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.timeline(lang)}>{t("nav.timeline")}</NavLink>
          </li>
          <li>
            <NavLink to={paths.decisions(lang)}>{t("nav.decisions")}</NavLink>
          </li>
        </ul>
      </nav>
      <PendingNotice />
      <Main>
        <Outlet />
        <PrintAddress />
      </Main>
      <footer className="site-footer">
        <p>{t("site.footer")}</p>
        <SubscribeLinks />
      </footer>
      <LiveRegion />
      <ScrollRestoration getKey={scrollKey} />
    </>
  );
}

/**
 * Where ScrollRestoration files a page's scroll position. A page loaded afresh has the key "default", so
 * any page opened in the same tab (a bookmark, a typed address) would open at the last one's position:
 * such entries are filed by address instead (a reload still finds its place).
 */
const scrollKey = (l: Location) => (l.key === "default" ? l.pathname + l.search + l.hash : l.key);

// After a navigation to another page, focus goes to its heading (screen readers start there); after a
// language switch it stays on the switch and the reading position is kept. On the same page (a filter),
// focus stays where it is, unless the control that had it is gone (Clear the filter): then it goes to the
// heading, never to the document's body. A page of results turned shows the new page from its top, and
// focus goes there too, not left on the pager far below.
function useFocusAfterNavigation() {
  const location = useLocation();
  // Back and Forward restore a page where it was left (ScrollRestoration): focus is not sent to its top.
  const back = useNavigationType() === "POP";
  const previous = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = location.pathname;
    if (before === undefined) return;
    const target = location.hash ? document.getElementById(fragmentId(location.hash)) : null;
    const state: unknown = location.state;
    if (before === location.pathname) {
      if (back) return;
      const focused = document.activeElement;
      if (isPageTurn(state) || focused === null || focused === document.body)
        (target ?? document.getElementById("page-title"))?.focus({ preventScroll: true });
      return;
    }
    if (typeof state === "object" && state !== null && "languageSwitch" in state) {
      const position = "readingPosition" in state ? state.readingPosition : undefined;
      if (isReadingPosition(position)) restoreReadingPosition(position);
      document.getElementById(LANGUAGE_SWITCH_ID)?.focus({ preventScroll: true });
      return;
    }
    // A link to a paragraph or a meeting of another page: focus goes to it, where the page has scrolled.
    (target ?? document.getElementById("page-title"))?.focus({ preventScroll: true });
  }, [location, back]);
}

/** The element id a #fragment names; a malformed escape is taken as written. */
function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/** True while the next page or the filtered results load. */
function usePending(): boolean {
  return useNavigation().state !== "idle";
}

/**
 * The main region, busy while the next page or the filtered results load. Its own component, so that a
 * navigation's start re-renders it and the notice alone, not the whole shell (the page inside is `children`).
 */
function Main({ children }: { children: ReactNode }) {
  const pending = usePending();
  return (
    <main id="main" tabIndex={-1} aria-busy={pending || undefined}>
      {children}
    </main>
  );
}

/** How long a wait goes unremarked: a quicker answer shows no indicator, so nothing flickers. */
const PENDING_NOTICE_DELAY_MS = 300;

/** "Loading…", shown once a navigation or a filter change has waited a moment for its data. */
function PendingNotice() {
  const pending = usePending();
  const t = useT();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!pending) return setShown(false);
    const timer = setTimeout(() => setShown(true), PENDING_NOTICE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [pending]);
  return (
    <p className="pending-notice" hidden={!(pending && shown)}>
      {t("site.loading")}
    </p>
  );
}

/** Printed at the foot of every page: where it came from. The origin is known only in the browser. */
function PrintAddress() {
  const t = useT();
  const location = useLocation();
  const path = useHref(location); // with the base path the site is served under
  const [origin, setOrigin] = useState("");
  useEffect(() => {
    setOrigin(window.location.origin);
  }, []);
  // The prerendered page knows only the path it was rendered for; the browser fills in the rest.
  return (
    <p className="print-address">
      {t("site.printAddress")} <span suppressHydrationWarning>{`${origin}${path}`}</span>
    </p>
  );
}
