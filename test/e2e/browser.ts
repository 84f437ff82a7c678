// Debian's Chromium for the browser tests, started the way this machine needs: headless, and with
// the background networking that its closed network refuses turned off. Screenshots go to one folder.
import { mkdirSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const SCREENSHOTS = "test-results/screenshots";

export function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
