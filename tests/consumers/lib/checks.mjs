import { missingSeedLines } from './seed.mjs';
import { importTs } from './ts.mjs';

/*
 * What a reader of each consumer site must get, checked in Debian's Chromium through
 * playwright-core. Each check is named and reported on its own; a failing check never
 * stops the ones after it.
 */

const SHARE_HOSTS = { x: /(^|\.)(x|twitter)\.com$/, linkedin: /(^|\.)linkedin\.com$/ };

/** A tiny named-check recorder: `await check('name', async () => { … })`. */
export function recorder(prefix, results) {
  return async function check(name, fn) {
    const started = performance.now();
    try {
      await fn();
      results.push({ name: `${prefix} › ${name}`, ok: true, ms: performance.now() - started });
    } catch (error) {
      results.push({ name: `${prefix} › ${name}`, ok: false, ms: performance.now() - started, error });
    }
  };
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function list(items) {
  return items.map((item) => `\n    - ${String(item).slice(0, 200)}`).join('');
}

/** Records every request, console message and page error of a context's pages. */
function watch(context) {
  const seen = { requests: [], consoleErrors: [], hydration: [], pageErrors: [], failedResponses: [] };
  context.on('page', (page) => observe(page, seen));
  context.on('request', (request) => seen.requests.push(request.url()));
  return seen;
}

// Development React names hydration problems; production React throws minified errors
// #418 (text), #419, #421–#425 through reportError, which reaches the page as an error.
const HYDRATION = /hydrat|did not match|server rendered html|react\.dev\/errors\/4(?:18|19|2[1-5])\b|#4(?:18|19|2[1-5])\b/i;

function observe(page, seen) {
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error') seen.consoleErrors.push(text);
    if (HYDRATION.test(text)) seen.hydration.push(`${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => {
    seen.pageErrors.push(String(error));
    if (HYDRATION.test(String(error))) seen.hydration.push(`page error: ${error}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) seen.failedResponses.push(`${response.status()} ${response.url()}`);
  });
}

function foreignRequests(seen, origin) {
  return seen.requests.filter((url) => !/^(data|blob|about):/.test(url) && new URL(url).origin !== origin);
}

/** Polls `fn` until it returns truthy or `ms` pass; returns its last value. */
async function until(fn, ms = 5_000) {
  const deadline = Date.now() + ms;
  let value = await fn();
  while (!value && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await fn();
  }
  return value;
}

async function loadSeedData() {
  return importTs('tests/fixtures/seedContent.ts');
}

/** Share links on the page: network, href, and whether a query value is the page URL. */
async function shareLinks(page, pageUrl) {
  const hrefs = await page.$$eval('a[href]', (anchors) => anchors.map((a) => a.href));
  const links = [];
  for (const href of hrefs) {
    let parsed;
    try {
      parsed = new URL(href);
    } catch {
      continue;
    }
    const network = Object.keys(SHARE_HOSTS).find((key) => SHARE_HOSTS[key].test(parsed.hostname));
    if (!network) continue;
    const carriesUrl = [...parsed.searchParams.values()].some((value) => value === pageUrl || value.includes(pageUrl));
    links.push({ network, href, carriesUrl });
  }
  return links;
}

/** The checks for one running app. */
export async function checkApp({ browser, app, server, results, seedData }) {
  const check = recorder(app.name, results);
  const seed = seedData ?? (await loadSeedData());
  const pageUrl = server.url;
  const origin = new URL(pageUrl).origin;

  // ---- Without JavaScript: what the server sent is the whole page. ----
  if (app.serverRendered) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const seen = watch(context);
    const page = await context.newPage();
    const response = await page.goto(pageUrl, { waitUntil: 'load' });
    const text = await page.evaluate(() => document.body.innerText);

    await check('server HTML: every seed line, in order', async () => {
      assert(response?.status() === 200, `status ${response?.status()}`);
      const missing = missingSeedLines(text);
      assert(missing.length === 0, `${missing.length} seed lines missing:${list(missing)}`);
    });

    await check('no JavaScript: every non-interactive part is present', async () => {
      const expected = [
        seed.seedTitle,
        seed.seedAuthor.name,
        seed.seedReviewer.name,
        seed.seedCaution.text,
        seed.seedDisclaimer,
        ...seed.seedReferences.map((ref) => ref.title),
        ...seed.seedRelated.map((item) => item.title),
      ];
      const missing = expected.filter((part) => !text.replace(/\s+/g, ' ').includes(part));
      const facts = await page.evaluate(() => ({
        h1: document.querySelectorAll('h1').length,
        times: [...document.querySelectorAll('time[datetime]')].map((t) => t.getAttribute('datetime')),
        tocLinks: [...document.querySelectorAll('nav a[href^="#"]')].length,
        jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent),
      }));
      assert(missing.length === 0, `missing without JavaScript:${list(missing)}`);
      assert(facts.h1 === 1, `expected one h1, found ${facts.h1}`);
      assert(facts.times.includes('PT7M'), `no reading time <time datetime="PT7M"> (found ${facts.times.join(', ')})`);
      assert(facts.times.includes(seed.seedDates.reviewed), `no review date <time datetime="${seed.seedDates.reviewed}">`);
      assert(facts.tocLinks >= 4, `expected ≥ 4 table-of-contents links, found ${facts.tocLinks}`);
      assert(facts.jsonLd.length >= 1, 'no JSON-LD script');
      for (const json of facts.jsonLd) {
        const data = JSON.parse(json);
        assert(JSON.stringify(data).includes(seed.seedTitle), 'JSON-LD does not carry the headline');
      }
    });

    await check('no JavaScript: share links are <a href> to the networks with the page URL', async () => {
      const links = await shareLinks(page, pageUrl);
      for (const network of Object.keys(SHARE_HOSTS)) {
        const found = links.filter((link) => link.network === network);
        assert(found.length >= 1, `no <a href> to ${network}`);
        assert(found.every((link) => link.carriesUrl), `${network} link lacks the page URL: ${found[0]?.href}`);
      }
    });

    await check('no JavaScript: no request leaves the origin', async () => {
      const foreign = foreignRequests(seen, origin);
      assert(foreign.length === 0, `requests to other origins:${list(foreign)}`);
    });
    await context.close();
  }

  // ---- With JavaScript, as most readers see it. ----
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const seen = watch(context);
  const page = await context.newPage();
  page.setDefaultTimeout(5_000);
  const response = await page.goto(pageUrl, { waitUntil: 'networkidle' });

  await check('page answers 200 with lang, title, description, viewport and icon', async () => {
    assert(response?.status() === 200, `status ${response?.status()}`);
    const head = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      viewport: document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '',
      icon: document.querySelector('link[rel~="icon"]')?.getAttribute('href') ?? '',
    }));
    assert(head.lang === 'en', `lang="${head.lang}"`);
    assert(head.title === seed.seedTitle, `title "${head.title}"`);
    assert(head.description === seed.seedDescription, `description "${head.description}"`);
    assert(head.viewport.includes('width=device-width'), `viewport "${head.viewport}"`);
    assert(head.icon === 'data:,', `icon "${head.icon}"`);
    const robots = await page.request.get(new URL('/robots.txt', origin).href);
    assert(robots.status() === 200 && /user-agent/i.test(await robots.text()), `robots.txt ${robots.status()}`);
  });

  if (!app.serverRendered) {
    await check('after load: every seed line, in order', async () => {
      const text = await page.evaluate(() => document.body.innerText);
      const missing = missingSeedLines(text);
      assert(missing.length === 0, `${missing.length} seed lines missing:${list(missing)}`);
    });
  }

  await check('share links carry the page URL', async () => {
    const links = await shareLinks(page, pageUrl);
    for (const network of Object.keys(SHARE_HOSTS)) {
      const found = links.filter((link) => link.network === network);
      assert(found.length >= 1, `no share link to ${network}`);
      assert(found.every((link) => link.carriesUrl), `${network} link lacks ${pageUrl}: ${found[0]?.href}`);
    }
  });

  await check('copy button copies the page URL', async () => {
    const button = page.getByRole('button', { name: /copy/i });
    assert((await button.count()) === 1, `expected one copy button, found ${await button.count()}`);
    await page.evaluate(() => navigator.clipboard.writeText('(before)'));
    await button.click();
    const copied = await until(async () => {
      const value = await page.evaluate(() => navigator.clipboard.readText());
      return value === '(before)' ? '' : value;
    });
    assert(copied === pageUrl, `clipboard holds "${copied}", expected "${pageUrl}"`);
  });

  await check('table of contents links move focus to their sections', async () => {
    const hrefs = await page.$$eval('nav a[href^="#"]', (anchors) => anchors.map((a) => a.getAttribute('href')));
    assert(hrefs.length >= 4, `expected ≥ 4 table-of-contents links, found ${hrefs.length}`);
    const wrong = [];
    for (const href of hrefs) {
      await page.locator(`nav a[href="${href}"]`).first().click();
      const focus = await until(() =>
        page.evaluate((id) => {
          const target = document.getElementById(id);
          const active = document.activeElement;
          if (!target || !active || active === document.body) return '';
          return target === active || target.contains(active) || active.contains(target) ? 'ok' : '';
        }, decodeURIComponent(href.slice(1))),
      1_000);
      if (!focus) {
        const active = await page.evaluate(() => {
          const el = document.activeElement;
          return el ? `${el.tagName.toLowerCase()}#${el.id}` : 'none';
        });
        wrong.push(`${href} left focus on ${active}`);
      }
    }
    assert(wrong.length === 0, `focus did not move:${list(wrong)}`);
  });

  await check('checklist: two ticked steps are still ticked after a reload', async () => {
    const boxes = page.getByRole('checkbox');
    const count = await boxes.count();
    assert(count >= 7, `expected ≥ 7 checklist checkboxes, found ${count}`);
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    assert((await boxes.nth(0).isChecked()) && (await boxes.nth(2).isChecked()), 'steps did not tick');
    await page.reload({ waitUntil: 'networkidle' });
    const kept = await until(async () => (await boxes.nth(0).isChecked()) && (await boxes.nth(2).isChecked()));
    assert(kept, 'ticked steps were not restored after the reload');
    assert(!(await boxes.nth(1).isChecked()), 'an unticked step came back ticked');
  });

  await check('no request leaves the origin', async () => {
    const foreign = foreignRequests(seen, origin);
    assert(foreign.length === 0, `requests to other origins:${list(foreign)}`);
  });

  await check('no console errors, page errors or failed responses', async () => {
    const problems = [...seen.consoleErrors, ...seen.pageErrors, ...seen.failedResponses];
    assert(problems.length === 0, `problems:${list(problems)}`);
  });

  await check('no hydration warnings', async () => {
    assert(seen.hydration.length === 0, `hydration messages:${list(seen.hydration)}`);
  });

  await context.close();
}
