import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Where Debian's Chromium lives (installed by .ci/run); CHROMIUM overrides. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** Launches the system Chromium headless, offline-minded; never downloads a browser. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('no Chromium found: install the Debian package "chromium" (.ci/run does) or set CHROMIUM');
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
