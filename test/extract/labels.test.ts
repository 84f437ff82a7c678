// The labelled texts of events/eval/ are the extractor's gold: each must be well formed, so that
// an edit to a label (a relabel under a convention, a new set) cannot silently break a score.
import { describe, expect, it } from "vitest";
import { ActorKind } from "../../src/domain/actor-kind";
import { STATEMENT_CATEGORIES } from "../../src/extract/categories";
import type { LabelledFile } from "../../src/extract/evaluation/gold";
import { goldFromLabelled } from "../../src/extract/evaluation/gold";

// The second labellings of events/eval/agreement/ (the agreement study) are held to the same form.
const files = import.meta.glob<{ default: LabelledFile[] }>(
  ["../../events/eval/*.json", "../../events/eval/agreement/*.json"],
  { eager: true },
);
const CATEGORIES = new Set<string>(STATEMENT_CATEGORIES);
const KINDS = new Set<string>(ActorKind.options);

describe("the labelled texts of events/eval/", () => {
  it("are there", () => {
    expect(Object.keys(files).length).toBeGreaterThan(40);
  });
  for (const [path, module] of Object.entries(files)) {
    const set = path.replace(/^.*\/([^/]+)\.json$/, "$1");
    const name = path.includes("/agreement/") ? `agreement/${set}` : set;
    it(`${name}: every text is well formed`, () => {
      const ids = new Set<string>();
      for (const text of module.default) {
        expect(text.set, text.id).toBe(set);
        expect(ids.has(text.id), `${text.id} twice`).toBe(false);
        ids.add(text.id);
        const actors = new Set(text.actors.map((actor) => actor.id));
        expect(actors.size, `${text.id}: actor ids unique`).toBe(text.actors.length);
        for (const actor of text.actors) {
          expect(KINDS.has(actor.kind), `${text.id}: ${actor.id} kind ${actor.kind}`).toBe(true);
          if (actor.parentId) expect(actors.has(actor.parentId), `${text.id}: ${actor.id} parent`).toBe(true);
        }
        for (const [i, statement] of text.statements.entries()) {
          const where = `${text.id} statement ${i}`;
          for (const ref of [statement.speaker, statement.speaksFor, ...statement.targets])
            if (ref) expect(actors.has(ref), `${where}: actor ${ref}`).toBe(true);
          for (const category of [statement.category].flat())
            expect(CATEGORIES.has(category), `${where}: ${category}`).toBe(true);
          // (A lead may answer a charge the text reports further down: any other statement of the text.)
          if (statement.answers !== undefined) {
            expect(statement.answers, `${where}: answers itself`).not.toBe(i);
            expect(text.statements[statement.answers], `${where}: answers ${statement.answers}`).toBeDefined();
          }
        }
        // Every quote is in its text (at its occurrence): the gold's spans are built from them.
        expect(() => goldFromLabelled(text)).not.toThrow();
        // A second labelling is of the very texts of the first.
        if (name !== set) {
          const first = files[`../../events/eval/${set}.json`]?.default.find((one) => one.id === text.id);
          expect(first?.text, `${text.id}: the first labelling's text`).toBe(text.text);
        }
      }
    });
  }
});
