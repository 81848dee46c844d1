import { Link, useLocation, useNavigate } from "react-router";
import { useInLanguage } from "../../components/in-language.ts";
import { LANGS } from "../../content/vocabulary.ts";
import { useLang, useT } from "../../i18n/index.ts";
import { saveLang } from "../../lib/lang.ts";
import { switchLang } from "../../lib/paths.ts";
import { captureReadingPosition } from "./reading-position.ts";

export const LANGUAGE_SWITCH_ID = "language-switch";

/** Both languages, the current one marked; the other links to this same page, query and #fragment included. */
export function LanguageSwitch() {
  const lang = useLang();
  const t = useT();
  const location = useLocation();
  const navigate = useNavigate();
  const inLanguage = useInLanguage();
  return (
    <nav className="language-switch" aria-label={t("language.navLabel")}>
      <ul>
        {LANGS.map((l) => (
          <li key={l}>
            {l === lang ? (
              <span aria-current="true" lang={l}>
                {t(`language.inOwnName.${l}`)}
              </span>
            ) : (
              <Link
                id={LANGUAGE_SWITCH_ID}
                to={inLanguage(l)}
                lang={l}
                hrefLang={l}
                preventScrollReset
                onClick={(event) => {
                  saveLang(l);
                  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                  event.preventDefault();
                  void navigate(switchLang(location, l), {
                    preventScrollReset: true,
                    state: { readingPosition: captureReadingPosition(), languageSwitch: true },
                  });
                }}
              >
                {t(`language.inOwnName.${l}`)}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
