import { Link } from "react-router";
import { useInLanguage } from "../../components/in-language.ts";
import { ExternalLink } from "../../components/links.tsx";
import { pickText } from "../../components/local-text.tsx";
import type { ReleaseFile } from "../../content/data-paths.ts";
import { otherLang } from "../../content/vocabulary.ts";
import { useLang, useT } from "../../i18n/index.ts";
import { paths } from "../../lib/paths.ts";

/** Who wrote the text in the page language, and in the other one: always visible under the headline. */
export function Provenance({ release }: { release: ReleaseFile }) {
  const lang = useLang();
  const t = useT();
  const inLanguage = useInLanguage();
  const own = release.provenance[lang];
  const other = otherLang(lang);
  const institution = pickText(release.institution, lang);
  const languages = release.shown[lang].languages;
  return (
    <section className={`provenance provenance-${own.kind}`} aria-label={t("provenance.label")}>
      <p>
        {own.kind === "official" && (
          <>
            {t("provenance.official", { institution })}{" "}
            <ExternalLink href={own.url} hrefLang={lang}>
              {t("provenance.officialLink")}
            </ExternalLink>
          </>
        )}
        {own.kind === "translation" && t("provenance.translation", { from: languages[own.from] ?? own.from, institution })}
        {own.kind === "digest" && t("provenance.digest", { institution })}
      </p>
      <p className="provenance-other">
        <Link to={inLanguage(other)} hrefLang={other}>
          {t("provenance.otherLanguage", {
            lang: languages[other] ?? other,
            kind: t(`provenance.kind.${release.provenance[other].kind}`),
          })}
        </Link>
        <span aria-hidden="true"> · </span>
        <Link to={paths.bilingual(lang, release.id)}>{t("bilingual.link")}</Link>
      </p>
    </section>
  );
}
