import type { LocalePart } from "../../i18n/index.ts";

/** The timeline's own words, loaded with that view only. */
export const TIMELINE_STRINGS: LocalePart = {
  name: "timelineView",
  fr: () => import("../../i18n/locales/parts/timelineView.fr.json"),
  en: () => import("../../i18n/locales/parts/timelineView.en.json"),
};
