// The "paste a text" panel: a title, a publisher and a text become a source.added event with a
// generated slug (the extractor then proposes its statements), or only a preview through the
// stateless extraction. The panel owns its form and its errors; the page does the rest.
import { actorSlug } from "../src/domain/review/actor-slug";
import { ApiError, type ExtractorChoice, type Preview, type ProposalDoc } from "./review-api";

export interface PastedSource {
  sourceId: string;
  kind: string;
  publisher: string;
  title: string;
  url?: string;
  text: string;
}

export interface PasteActions {
  add: (source: PastedSource, extractor: ExtractorChoice) => Promise<void>;
  preview: (text: string, title: string, extractor: ExtractorChoice) => Promise<void>;
}

/** A readable, unique slug: the title's words and a random tail (two editors may paste one title). */
export function newSourceId(title: string): string {
  const words = actorSlug(title, "source").slice(0, 60).replace(/-+$/, "") || "source";
  const tail = Array.from(crypto.getRandomValues(new Uint8Array(3)), (byte) => byte.toString(16).padStart(2, "0"));
  return `${words}-${tail.join("")}`;
}

/** The stateless extraction's answer, in the shape of proposals, to draw it the same way. */
export function previewProposals(preview: Preview): ProposalDoc[] {
  return preview.statements.map((statement, index) => ({
    proposalId: `preview-${statement.ref}`,
    eventId: "",
    seq: index,
    recordedAt: "",
    sourceId: "preview",
    status: "pending" as const,
    extractor: preview.extractor,
    statement,
    actors: preview.actors,
    ...(statement.answers ? { answersProposalId: `preview-${statement.answers}` } : {}),
  }));
}

export function wirePastePanel(actions: PasteActions): void {
  const panel = document.getElementById("paste") as HTMLDetailsElement;
  const form = document.getElementById("paste-form") as HTMLFormElement;
  const error = document.getElementById("paste-error") as HTMLElement;
  const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
  const extractor = () => (field("extractor") || "rules") as ExtractorChoice;
  const run = async (work: () => Promise<void>) => {
    error.textContent = "";
    for (const button of form.querySelectorAll("button")) button.disabled = true;
    try {
      await work();
    } catch (failure) {
      error.textContent = failure instanceof ApiError ? failure.describe() : `Failed: ${String(failure)}`;
    } finally {
      for (const button of form.querySelectorAll("button")) button.disabled = false;
    }
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const title = field("title").trim();
    const url = field("url").trim();
    const source: PastedSource = {
      sourceId: newSourceId(title),
      kind: field("kind"),
      publisher: field("publisher").trim(),
      title,
      ...(url ? { url } : {}),
      text: field("text"),
    };
    void run(async () => {
      await actions.add(source, extractor());
      form.reset();
      panel.open = false;
    });
  });
  document.getElementById("paste-preview")?.addEventListener("click", () => {
    if (!field("text").trim()) {
      error.textContent = "Paste a text first.";
      return;
    }
    void run(() => actions.preview(field("text"), field("title").trim(), extractor()));
  });
}
