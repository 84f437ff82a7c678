// The dashboard in a real browser (Debian's Chromium driven by playwright-core) against the real
// `wrangler dev` with the seed loaded. Screenshots land in test-results/screenshots (git-ignored).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeeds } from "../../scripts/seed.mjs";
import { launchChromium, SCREENSHOTS } from "./browser";
import { api, E2E_ADMIN_TOKEN, type LedgerProcess, startLedger } from "./ledger-process";

let ledger: LedgerProcess;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  ledger = await startLedger();
  await loadSeeds(ledger.url, { token: E2E_ADMIN_TOKEN });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page: ${error.message}`));
  await page.goto(`${ledger.url}/`);
});

afterAll(async () => {
  await browser?.close();
  await ledger?.stop();
});

const edgeCount = () => page.evaluate(() => (globalThis as any).ledger.cy.edges().length as number);
const nodeIds = () => page.evaluate(() => (globalThis as any).ledger.cy.nodes().map((n: any) => n.id()) as string[]);

describe("the dashboard", () => {
  it("loads without console errors and draws the seed's actors and edges", async () => {
    await page.getByRole("button", { name: /^United States → Russia/ }).waitFor();
    const graph = (await api(ledger.url, "/v1/dossiers/aleppo-2016/blame-graph")).body;
    expect(await edgeCount()).toBe(graph.edges.length);
    expect((await nodeIds()).sort()).toEqual(graph.nodes.map((n: { id: string }) => n.id).sort());
    expect(await page.locator("#checkpoint").textContent()).toContain(String(graph.treeSize));
    await page.screenshot({ path: `${SCREENSHOTS}/dashboard.png` });
    expect(problems).toEqual([]);
  });

  it("lists the claims behind the United States → Russia edge with their quotes", async () => {
    const graph = (await api(ledger.url, "/v1/dossiers/aleppo-2016/blame-graph")).body;
    const usRussia = graph.edges.find(
      (e: { source: string; target: string }) => e.source === "united-states" && e.target === "russia",
    );
    expect(usRussia.claims).toBe(11);
    await page.getByRole("button", { name: /^United States → Russia/ }).click();
    await expect.poll(() => page.locator("#detail .claim").count()).toBe(usRussia.claims);
    const detail = await page.locator("#detail").textContent();
    expect(detail).toContain("[Russia] is flying aircraft over Aleppo and bombing hospitals.");
    expect(detail).toContain("justification by Russia");
    expect(detail).toContain("John Kirby for United States → Russia");
    await page.screenshot({ path: `${SCREENSHOTS}/edge-claims.png` });
  });

  it("verifies a claim's inclusion in the signed record, in the browser", async () => {
    const { size } = (await api(ledger.url, "/v1/dossiers/aleppo-2016/checkpoint")).body;
    const claim = page.locator("#detail .claim").first();
    await claim.getByRole("button", { name: "Verify" }).click();
    await expect
      .poll(() => claim.locator(".verdict").textContent())
      .toMatch(new RegExp(`^✓ verified: event \\d+ is in the tree of ${size} events`));
    await page.screenshot({ path: `${SCREENSHOTS}/verified.png` });
  });

  it("empties the graph at the start of the stream and restores it at the end", async () => {
    const slider = page.locator("#slider");
    await slider.fill("0");
    await expect.poll(edgeCount).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/slider-start.png` });
    const graph = (await api(ledger.url, "/v1/dossiers/aleppo-2016/blame-graph")).body;
    await slider.fill(String(graph.version));
    await expect.poll(edgeCount).toBe(graph.edges.length);
  });

  it("shows an event appended through the API without a reload", async () => {
    const before = await edgeCount();
    const article = (await api(ledger.url, "/v1/dossiers/aleppo-2016/claims/rebels-fire-indiscriminately")).body;
    const appended = await api(ledger.url, "/v1/dossiers/aleppo-2016/events", {
      body: {
        events: [
          {
            id: "e2e-dashboard-claim",
            type: "claim.made",
            data: {
              claimId: "e2e-rebels-blame-hezbollah",
              claimantId: "us-backed-rebels",
              accusedIds: ["hezbollah"],
              category: "indiscriminate-attacks",
              allegation: "A claim appended by the browser test",
              sourceId: "article",
              quote: article.claim.quote,
              mode: "reported",
            },
          },
        ],
      },
    });
    expect(appended.status).toBe(201);
    await expect.poll(edgeCount, { timeout: 15_000 }).toBe(before + 1);
    await page.getByRole("button", { name: /^U\.S\.-backed Syrian rebels → Hezbollah/ }).waitFor();
    expect(await page.locator("#status").textContent()).toContain("updated");
    expect(problems).toEqual([]);
  });

  it("is usable on a phone-sized screen", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${ledger.url}/`);
    await phone.getByRole("button", { name: /^United States → Russia/ }).waitFor();
    await phone.screenshot({ path: `${SCREENSHOTS}/phone.png`, fullPage: true });
    const width = await phone.evaluate(() => (globalThis as any).document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await phone.close();
  });
});
