// A synthetic corpus for the scale benchmark: N valid releases (same schema), ~10 decisions each, one a
// day or so from 2000 on. Generated at bench time into a temporary folder; never shipped.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DECISION_KINDS, TOPICS } from "../src/content/vocabulary.ts";

function day(n: number): string {
  return new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
}

// A small deterministic generator, so two runs build the same corpus.
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Fifty subjects, one to a release in turn: each word is in 2 % of the releases, the frequency of a typical
 * search (the other words of these texts are in one release or in all of them).
 */
const SUBJECTS: [string, string][] = [
  ["logistique", "logistics"],
  ["munitions", "munitions"],
  ["cyberdéfense", "cyberdefence"],
  ["espace", "space"],
  ["innovation", "innovation"],
  ["résilience", "resilience"],
  ["énergie", "energy"],
  ["climat", "climate"],
  ["formation", "training"],
  ["exercices", "exercises"],
  ["mobilité", "mobility"],
  ["renseignement", "intelligence"],
  ["hydrographie", "hydrography"],
  ["satellites", "satellites"],
  ["drones", "drones"],
  ["artillerie", "artillery"],
  ["carburant", "fuel"],
  ["oléoducs", "pipelines"],
  ["câbles", "cables"],
  ["ports", "harbours"],
  ["aérodromes", "airfields"],
  ["hôpitaux", "hospitals"],
  ["radars", "radars"],
  ["frégates", "frigates"],
  ["sous-marins", "submarines"],
  ["blindés", "armour"],
  ["hélicoptères", "helicopters"],
  ["ravitaillement", "refuelling"],
  ["simulateurs", "simulators"],
  ["normalisation", "standardisation"],
  ["interopérabilité", "interoperability"],
  ["recrutement", "recruitment"],
  ["réservistes", "reservists"],
  ["casernes", "barracks"],
  ["entrepôts", "warehouses"],
  ["chemins de fer", "railways"],
  ["ponts", "bridges"],
  ["déminage", "demining"],
  ["cartographie", "mapping"],
  ["météorologie", "meteorology"],
  ["télécommunications", "telecommunications"],
  ["chiffrement", "encryption"],
  ["semi-conducteurs", "semiconductors"],
  ["batteries", "batteries"],
  ["hydrogène", "hydrogen"],
  ["biotechnologie", "biotechnology"],
  ["quantique", "quantum"],
  ["brouillage", "jamming"],
  ["camouflage", "camouflage"],
  ["parachutistes", "paratroopers"],
];

export function writeSyntheticCorpus(dir: string, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const next = random(count);
  const spread = Math.max(1, Math.floor(9800 / count));
  for (let i = 0; i < count; i++) {
    const id = `synthetic-${String(i).padStart(5, "0")}`;
    const end = day(i * spread + 1);
    const start = day(i * spread);
    const n = 8 + Math.floor(next() * 5);
    const L = (fr: string, en: string) => ({ fr, en });
    const [subjectFr, subjectEn] = SUBJECTS[i % SUBJECTS.length] ?? ["", ""];
    const release = {
      id,
      publishedAt: end,
      updatedAt: end,
      publisher: L("Communiqué", "Communiqué"),
      institution: L("OTAN", "NATO"),
      title: L(
        `Réunion synthétique n°\u00a0${i}\u00a0: défense, industrie et partenaires`,
        `Synthetic meeting no. ${i}: defence, industry and partners`,
      ),
      summary: L(
        `Synthèse de la réunion synthétique n° ${i}, tenue les ${start} et ${end}, avec ${n} résultats.`,
        `Digest of synthetic meeting no. ${i}, held on ${start} and ${end}, with ${n} outcomes.`,
      ),
      body: [0, 1, 2].map((p) => ({
        id: `p${p}`,
        type: "paragraph",
        text: L(
          `Paragraphe ${p} de la réunion synthétique n° ${i}. Les ministres ont examiné la dissuasion, la défense et le soutien aux partenaires.${p === 1 ? ` Sujet du jour\u00a0: ${subjectFr}.` : ""}`,
          `Paragraph ${p} of synthetic meeting no. ${i}. Ministers reviewed deterrence, defence and support to partners.${p === 1 ? ` Subject of the day: ${subjectEn}.` : ""}`,
        ),
        sources: ["s1"],
      })),
      meetings: [
        {
          id: "day-1",
          date: start,
          place: L("Siège de l’OTAN, Bruxelles", "NATO Headquarters, Brussels"),
          title: L("Réunion de travail", "Working session"),
          chair: "chair",
          participants: ["chair", "guest"],
          summary: L(`Première journée de la réunion synthétique n° ${i}.`, `First day of synthetic meeting no. ${i}.`),
        },
        {
          id: "day-2",
          date: end,
          place: L("Siège de l’OTAN, Bruxelles", "NATO Headquarters, Brussels"),
          title: L("Réunion des ministres", "Ministers’ meeting"),
          chair: "chair",
          participants: ["chair"],
          summary: L(`Seconde journée de la réunion synthétique n° ${i}.`, `Second day of synthetic meeting no. ${i}.`),
        },
      ],
      decisions: Array.from({ length: n }, (_, d) => {
        const second = next() < 0.6;
        return {
          id: `d${d}`,
          meetingId: second ? "day-2" : "day-1",
          date: second ? end : start,
          kind: DECISION_KINDS[Math.floor(next() * DECISION_KINDS.length)],
          topic: TOPICS[Math.floor(next() * TOPICS.length)],
          text: L(
            `Résultat synthétique ${d} de la réunion n° ${i}, sur un thème tiré au sort`,
            `Synthetic outcome ${d} of meeting no. ${i}, on a topic drawn at random`,
          ),
          blocks: [`p${d % 3}`],
          sources: ["s1"],
        };
      }),
      people: [
        { id: "chair", name: L("Présidence synthétique", "Synthetic Chair"), role: L("présidence", "chair") },
        { id: "guest", name: L("Invité synthétique", "Synthetic Guest"), role: L("invité", "guest") },
      ],
      sources: [{ id: "s1", url: `https://example.org/synthetic/${i}`, publisher: "Example", lang: "en", thirdParty: false }],
      provenance: { fr: { kind: "digest" }, en: { kind: "digest" } },
    };
    writeFileSync(join(dir, `${id}.json`), JSON.stringify(release));
  }
}
