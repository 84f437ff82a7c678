// The actors one extraction finds: gazetteer entries, people, and names the gazetteer does not
// know, each under an internal key; refs ("a1") are given at the end to those statements use.
import type { KnownActor, ProposedActor } from "./contract";
import { type GazetteerActor, actors as gazetteer, rollUp as gazetteerRollUp } from "./gazetteer";
import { normalize } from "./text";

export interface BookActor {
  key: string;
  name: string;
  kind: GazetteerActor["kind"];
  code?: string;
  parentKey?: string;
  /** The other names the text used for it. */
  aliases: Set<string>;
  /** Who backs it ("U.S.-backed rebels"): not its parent, but its side when answers are linked. */
  backers: Set<string>;
  /** A person's title as the text gives it. */
  title?: string;
}

export const slugify = (name: string): string =>
  normalize(name)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['.]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80) || "actor";

export class ActorBook {
  readonly entries = new Map<string, BookActor>();
  /** Actors found to be another's second name ("GFP"), and the one they are. */
  private readonly merged = new Map<string, string>();

  /** The key an actor goes by now (itself, unless merged into another). */
  resolve(key: string): string {
    return this.merged.get(key) ?? key;
  }

  /** `from` is `into` under another name: its names become aliases, its members `into`'s. */
  merge(from: string, into: string): void {
    const source = this.entries.get(from);
    const target = this.entries.get(this.resolve(into));
    if (!source || !target || source === target) return;
    this.addAlias(target, source.name);
    for (const alias of source.aliases) this.addAlias(target, alias);
    for (const backer of source.backers) target.backers.add(backer);
    if (!target.parentKey && source.parentKey && source.parentKey !== target.key) target.parentKey = source.parentKey;
    this.entries.delete(from);
    this.merged.set(from, target.key);
    for (const [key, into_] of this.merged) if (into_ === from) this.merged.set(key, target.key);
    for (const actor of this.entries.values()) if (actor.parentKey === from) actor.parentKey = target.key;
  }

  /** `from` (met or still to be met) is `into` under another name ("SIMR" after "... (SIMR)"). */
  sameAs(from: string, into: string): void {
    const target = this.resolve(into);
    if (from === target) return;
    if (this.entries.has(from)) this.merge(from, target);
    else this.merged.set(from, target);
  }

  /** A gazetteer actor (and its parents), added on first use. */
  fromGazetteer(id: string, alias?: string): BookActor | undefined {
    const existing = this.entries.get(id);
    if (existing) {
      if (alias) this.addAlias(existing, alias);
      return existing;
    }
    const entry = gazetteer.get(id);
    if (!entry) return undefined;
    if (entry.parentId) this.fromGazetteer(entry.parentId);
    const actor: BookActor = { key: id, name: entry.name, kind: entry.kind, aliases: new Set(), backers: new Set() };
    if (entry.code) actor.code = entry.code;
    if (entry.parentId) actor.parentKey = entry.parentId;
    this.entries.set(id, actor);
    if (alias) this.addAlias(actor, alias);
    return actor;
  }

  /** An actor the gazetteer does not hold: a person, a company, a group ("U.S.-backed rebels"). */
  add(key: string, name: string, kind: BookActor["kind"], parentKey?: string): BookActor {
    const existing = this.entries.get(this.resolve(key));
    if (existing) {
      this.addAlias(existing, name);
      if (parentKey && !existing.parentKey && parentKey !== key) existing.parentKey = parentKey;
      return existing;
    }
    const actor: BookActor = { key, name, kind, aliases: new Set(), backers: new Set() };
    if (parentKey && parentKey !== key) actor.parentKey = parentKey;
    this.entries.set(key, actor);
    return actor;
  }

  addAlias(actor: BookActor, alias: string): void {
    const clean = alias.replace(/\s+/g, " ").trim();
    if (clean && clean !== actor.name && clean.length <= 120) actor.aliases.add(clean);
  }

  get(key: string | undefined): BookActor | undefined {
    return key ? this.entries.get(this.resolve(key)) : undefined;
  }

  /** The state or top organisation an actor rolls up to. */
  /**
   * A person found to speak for `key`: their side and its state; and, as their actor's parent,
   * `key` too unless it has one ("keep"), in any case ("replace"), or not at all ("none").
   */
  affiliate(
    person: { key: string; affiliation?: string; state?: string },
    key: string,
    parent: "keep" | "replace" | "none" = "keep",
  ): void {
    person.affiliation = key;
    person.state = this.top(key);
    const actor = this.get(person.key);
    if (actor && parent !== "none" && (parent === "replace" || !actor.parentKey)) actor.parentKey = key;
  }

  top(key: string): string {
    let current = this.resolve(key);
    for (let depth = 0; depth < 10; depth++) {
      const parent = this.entries.get(current)?.parentKey ?? gazetteer.get(current)?.parentId;
      if (!parent) return current;
      current = parent;
    }
    return current;
  }

  /** Whether the actor rolls up to a state ("the ministry in Dakar" to Senegal). */
  topIsState(key: string): boolean {
    return this.get(this.top(key))?.kind === "state";
  }

  /** The actor's side: its top, and the tops of those who back it. */
  sides(key: string): Set<string> {
    const sides = new Set([this.top(key)]);
    for (const backer of this.get(key)?.backers ?? []) sides.add(this.top(backer));
    return sides;
  }

  /** Refs for the actors in `used` and their parents, in order of first use; known actors resolved. */
  propose(used: string[], known: KnownActor[] | undefined): { actors: ProposedActor[]; refOf: Map<string, string> } {
    const order: string[] = [];
    const visit = (key: string) => {
      if (order.includes(key) || !this.entries.has(key)) return;
      const parent = this.entries.get(key)?.parentKey;
      if (parent) visit(parent);
      order.push(key);
    };
    for (const key of used) visit(this.resolve(key));
    const refOf = new Map(order.map((key, i) => [key, `a${i + 1}`]));
    // A merged actor's key finds the actor it was merged into.
    for (const [from, into] of this.merged) {
      const ref = refOf.get(into);
      if (ref) refOf.set(from, ref);
    }
    const resolver = knownResolver(known ?? []);
    const actors = order.map((key) => {
      const actor = this.entries.get(key) as BookActor;
      const proposed: ProposedActor = {
        ref: refOf.get(key) as string,
        name: actor.name,
        kind: actor.kind,
        aliases: [...actor.aliases],
      };
      const parentRef = actor.parentKey ? refOf.get(actor.parentKey) : undefined;
      if (parentRef) proposed.parentRef = parentRef;
      if (actor.code) proposed.code = actor.code;
      const actorId = resolver([actor.name, ...actor.aliases, ...gazetteerNames(key)], key);
      if (actorId) proposed.actorId = actorId;
      return proposed;
    });
    return { actors, refOf };
  }
}

/** The gazetteer's spellings of an actor, so a dossier's "U.S." finds the gazetteer's United States. */
function gazetteerNames(key: string): string[] {
  const entry = gazetteer.get(key);
  return entry ? [entry.name, entry.id] : [];
}

const nameKey = (name: string) =>
  normalize(name)
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");

/** Resolves names to a dossier's actors: by id, name or alias, compared without case or punctuation. */
export function knownResolver(known: KnownActor[]): (names: string[], key: string) => string | undefined {
  const byName = new Map<string, string>();
  for (const actor of known) {
    byName.set(nameKey(actor.actorId), actor.actorId);
    for (const name of [actor.name, ...actor.aliases]) {
      const key = nameKey(name);
      if (key && !byName.has(key)) byName.set(key, actor.actorId);
    }
  }
  return (names, key) => {
    const direct = byName.get(nameKey(key));
    if (direct) return direct;
    for (const name of names) {
      const found = byName.get(nameKey(name));
      if (found) return found;
    }
    return undefined;
  };
}

export { gazetteerRollUp };
