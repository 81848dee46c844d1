import type en from "./locales/en.json";
import type cite from "./locales/parts/cite.en.json";
import type paragraph from "./locales/parts/paragraph.en.json";
import type search from "./locales/parts/search.en.json";
import type searchResults from "./locales/parts/searchResults.en.json";
import type timelineView from "./locales/parts/timelineView.en.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof en & typeof cite & typeof paragraph & typeof search & typeof searchResults & typeof timelineView };
    returnNull: false;
  }
}
