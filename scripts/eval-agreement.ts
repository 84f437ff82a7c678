// Inter-annotator agreement: each second labelling in events/eval/agreement/ (the same texts as a
// set of events/eval/, labelled again by someone who never saw the first labels) is scored against
// the first with the scorer the extractor is judged by, both ways, beside the extractor's own score
// against each labelling. Run: npm run eval:agreement.
import { readdirSync, readFileSync } from "node:fs";
import { extract } from "../src/extract";
import { extractionFromGold } from "../src/extract/evaluation/agreement";
import { type GoldText, goldFromLabelled, type LabelledFile } from "../src/extract/evaluation/gold";
import { addScores, emptyScore, prf, SCORE_METRICS, type Score, score } from "../src/extract/evaluation/score";

const root = new URL("../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");
const load = (path: string) => (JSON.parse(read(path)) as LabelledFile[]).map(goldFromLabelled);

const f1 = (total: Score, key: keyof Score) =>
  `${(prf(total[key] as { tp: number; predicted: number; gold: number }).f1 * 100).toFixed(1)}%`.padStart(9);

const pooled = { bAgainstA: emptyScore(), aAgainstB: emptyScore(), extractorA: emptyScore(), extractorB: emptyScore() };
const files = readdirSync(new URL("events/eval/agreement/", root)).filter((file) => file.endsWith(".json"));
for (const file of files.sort()) {
  const second = load(`events/eval/agreement/${file}`);
  const set = second[0]?.set;
  const first = new Map(load(`events/eval/${set}.json`).map((text) => [text.id, text]));
  const totals = {
    bAgainstA: emptyScore(),
    aAgainstB: emptyScore(),
    extractorA: emptyScore(),
    extractorB: emptyScore(),
  };
  for (const b of second) {
    const a = first.get(b.id) as GoldText;
    if (!a || a.text !== b.text) throw new Error(`${file}: ${b.id} is not a text of ${set}, or its text differs`);
    const proposed = extract({ text: a.text });
    addScores(totals.bAgainstA, score(a, extractionFromGold(b)));
    addScores(totals.aAgainstB, score(b, extractionFromGold(a)));
    addScores(totals.extractorA, score(a, proposed));
    addScores(totals.extractorB, score(b, proposed));
  }
  for (const key of Object.keys(pooled) as (keyof typeof pooled)[]) addScores(pooled[key], totals[key]);
  print(`${set} (${second.length} texts, ${file})`, totals);
}
if (files.length > 1) print(`pooled (${files.length} sets)`, pooled);

function print(title: string, totals: typeof pooled) {
  console.log(`\n${title}: F1`);
  console.log(
    `${"metric".padEnd(26)}${"B vs A".padStart(9)}${"A vs B".padStart(9)}${"ext vs A".padStart(9)}${"ext vs B".padStart(9)}`,
  );
  for (const [key, label] of SCORE_METRICS)
    console.log(
      `${label.padEnd(26)}${f1(totals.bAgainstA, key)}${f1(totals.aAgainstB, key)}${f1(totals.extractorA, key)}${f1(totals.extractorB, key)}`,
    );
  const edges = totals.bAgainstA.edges;
  console.log(`(edges B vs A: ${edges.tp}/${edges.predicted}/${edges.gold} tp/B's/A's)`);
}
