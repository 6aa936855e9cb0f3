// Shared bench helpers: Debian's Chromium through Playwright, a static server, medians.
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../e2e/playwright.config';
import { startStaticServer, type StaticServer } from '../e2e/fixtures';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export async function serve(distDir: string): Promise<StaticServer> {
  const previous = process.env.DIST_DIR;
  process.env.DIST_DIR = distDir;
  try {
    return await startStaticServer();
  } finally {
    process.env.DIST_DIR = previous;
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
