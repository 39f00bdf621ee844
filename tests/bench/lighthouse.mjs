import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumConfig } from '../consumers/lib/ts.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * One Lighthouse run (its default config: the mobile preset, simulated throttling) in
 * Debian's Chromium with the project's flags plus --headless=new. Returns the four
 * category scores (0–100), CLS, and the failing audits of the categories under 100.
 */
export async function audit(url) {
  const { path, args } = await chromiumConfig();
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? path,
    chromeFlags: [...args, '--headless=new'],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const { lhr } = result;
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
    const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN;
    const metrics = {
      fcp: lhr.audits['first-contentful-paint']?.numericValue,
      lcp: lhr.audits['largest-contentful-paint']?.numericValue,
      tbt: lhr.audits['total-blocking-time']?.numericValue,
      si: lhr.audits['speed-index']?.numericValue,
    };
    const failing = [];
    for (const id of CATEGORIES) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const item = lhr.audits[ref.id];
        if (ref.weight > 0 && item && item.score !== null && item.score < 1) {
          failing.push(`${id}: ${ref.id} (${item.displayValue ?? Math.round(item.score * 100)})`);
        }
      }
    }
    return { scores, cls, metrics, failing, lighthouseVersion: lhr.lighthouseVersion, userAgent: lhr.environment?.hostUserAgent };
  } finally {
    await chrome.kill();
  }
}
