// Find a Chromium for the browser tests: Playwright's own if installed, else Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';

export async function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here: fall through.
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

export const NO_CHROMIUM_HELP = `✖ No Chromium found for the browser tests.
  Get one with either:
    npx playwright install chromium        (Playwright's own build)
    sudo apt-get install chromium          (Debian/Ubuntu package, /usr/bin/chromium)
  or point CHROMIUM_PATH at a Chromium or Chrome binary.`;
