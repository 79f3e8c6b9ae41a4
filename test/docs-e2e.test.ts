// End-to-end test of the docs site: builds it once (vitepress, without the typedoc step),
// serves the folder from its root on 127.0.0.1 and drives the playground in Debian's
// headless Chromium. What the page shows is checked against `parse` run here in Node.
// Screenshots go to test/artifacts/ (gitignored). Skipped when /usr/bin/chromium is missing
// (.ci/run installs it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tigang from '../src/index.js';
import { parse, type Section, type TigangDocument } from '../src/index.js';
import { readCsv } from './helpers/csv.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, '.tmp/docs-e2e');
const artifacts = join(root, 'test/artifacts');
const CHROMIUM = '/usr/bin/chromium';
const samplesDir = join(root, 'fixtures/eval');
const sampleFiles = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort();
const sampleText = (i: number) => readFileSync(join(samplesDir, sampleFiles[i] as string), 'utf8');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/** A static server for the built folder, as any static host serves it: /x → /x.html, /dir/ → /dir/index.html. */
function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': TYPES['.html'] as string }).end(existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : 'not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function flatten(nodes: readonly Section[], out: Section[] = []): Section[] {
  for (const n of nodes) {
    out.push(n);
    flatten(n.children, out);
  }
  return out;
}

function expectedMarks(doc: TigangDocument): Record<string, string[]> {
  const spans = (items: { position: { start: { offset: number }; end: { offset: number } } }[]) =>
    items.filter((i) => i.position.end.offset > i.position.start.offset).map((i) => `${i.position.start.offset}-${i.position.end.offset}`).sort();
  return { quantity: spans(doc.quantities), deadline: spans(doc.deadlines), commitment: spans(doc.commitments), achievement: spans(doc.achievements) };
}

async function shownMarks(page: Page): Promise<Record<string, string[]>> {
  return page.$$eval('[data-testid=highlighted] mark[data-kind]:not([data-cont])', (marks) => {
    const out: Record<string, string[]> = { quantity: [], deadline: [], commitment: [], achievement: [] };
    for (const m of marks as HTMLElement[]) out[m.dataset.kind as string]?.push(`${m.dataset.start}-${m.dataset.end}`);
    for (const k of Object.keys(out)) out[k]?.sort();
    return out;
  });
}

/** Waits until the highlighted pane shows exactly `text` (with removed noise shown). */
async function waitForRendered(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('[data-testid=highlighted]')?.textContent === t, text, { timeout: 15_000 });
}


/** Anything with a position in a text. */
type Placed = { position: { start: { offset: number }; end: { offset: number } } };

const haveChromium = existsSync(CHROMIUM);

describe.skipIf(!haveChromium)('docs site in headless Chromium', () => {
  let server: Server;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const started = Date.now();
    // at a lower CPU priority where `nice` exists: the build is long, and the tests beside it have time limits
    const build = [process.execPath, join(root, 'node_modules/vitepress/bin/vitepress.js'), 'build', 'docs', '--outDir', outDir];
    const [command, ...args] = existsSync('/usr/bin/nice') ? ['/usr/bin/nice', '-n', '10', ...build] : build;
    execFileSync(command as string, args, { cwd: root, stdio: 'pipe', env: { ...process.env, TIGANG_DOCS_NO_API: '1' } });
    process.stdout.write(`docs-e2e: site built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    process.stdout.write(`docs-e2e: ${execFileSync(process.execPath, [join(root, 'scripts/docs-size.mjs'), outDir], { encoding: 'utf8' })}`);
    mkdirSync(artifacts, { recursive: true });
    server = await serve(outDir);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  it('builds the playground as playground.html at the root, with the core in a worker', () => {
    expect(existsSync(join(outDir, 'playground.html'))).toBe(true);
    expect(existsSync(join(outDir, 'zh/playground.html'))).toBe(true);
    expect(readdirSync(join(outDir, 'assets')).some((f) => /^worker-.*\.js$/.test(f))).toBe(true);
  });

  it('shows what parse returns, scrolls to a clicked heading, speaks Chinese, keeps pasted HTML inert, and compares', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${base}/playground.html`);
    await page.waitForFunction(() => (window as unknown as { __tigangPlaygroundReady?: boolean }).__tigangPlaygroundReady === true, null, { timeout: 20_000 });

    // every sample: outline nodes and marks equal parse() in Node
    for (let i = 0; i < sampleFiles.length; i++) {
      await page.click(`[data-sample="${i}"]`);
      const text = sampleText(i);
      await waitForRendered(page, text);
      const doc = parse(text);
      const ids = await page.$$eval('[data-outline-id]', (els) => els.map((e) => (e as HTMLElement).dataset.outlineId));
      expect(ids, sampleFiles[i]).toEqual(flatten(doc.outline.children).map((s) => s.id));
      expect(await shownMarks(page), sampleFiles[i]).toEqual(expectedMarks(doc));
      expect(await page.$$eval('[data-table=commitments] tbody tr', (rows) => rows.length).catch(() => 0)).toBe(doc.commitments.length);
    }

    // click a heading far down the text: the pane scrolls to it and it is highlighted
    await page.click('[data-sample="0"]');
    const text0 = sampleText(0);
    await waitForRendered(page, text0);
    const doc0 = parse(text0);
    const target = flatten(doc0.outline.children).filter((s) => s.heading).at(-1) as Section;
    await page.evaluate(() => {
      const pane = document.querySelector('[data-testid=highlighted]') as HTMLElement;
      pane.scrollTop = 0;
    });
    await page.click(`[data-outline-id="${target.id}"]`);
    const place = await page.evaluate((id) => {
      const pane = document.querySelector('[data-testid=highlighted]') as HTMLElement;
      const el = document.getElementById(`sec-${id}`) as HTMLElement;
      const p = pane.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return { scrollTop: pane.scrollTop, inside: r.top >= p.top && r.bottom <= p.bottom, inViewport: r.top >= 0 && r.bottom <= window.innerHeight, active: el.classList.contains('tg-active'), text: el.textContent };
    }, target.id);
    expect(place.scrollTop).toBeGreaterThan(0);
    expect(place.inside).toBe(true);
    expect(place.inViewport).toBe(true);
    expect(place.active).toBe(true);
    const heading = target.heading?.position as Section['position'] & object;
    expect(place.text).toBe(text0.slice(heading.start.offset, heading.end.offset));
    expect(await page.getAttribute(`[data-outline-id="${target.id}"]`, 'class')).toContain('active');
    await page.screenshot({ path: join(artifacts, 'playground-1366.png') });

    // the commitments CSV: a header and one row per commitment, the document JSON: parse's output
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=csv]')]);
    const csvText = readFileSync((await csv.path()) as string, 'utf8');
    expect(csvText.startsWith('\ufeffid,sectionPath,action,object,value,unit,deadline,actor')).toBe(true);
    const rows = readCsv(csvText.slice(1));
    expect(rows.slice(1).map((row) => row[0])).toEqual(doc0.commitments.map((c) => c.id));
    expect(rows.slice(1).map((row) => row[9])).toEqual(doc0.commitments.map((c) => (/^[=+\-@]/.test(c.text) ? `'${c.text}` : c.text)));
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=json]')]);
    expect(JSON.parse(readFileSync((await json.path()) as string, 'utf8'))).toEqual(JSON.parse(JSON.stringify(doc0)));

    // a tooltip with the normalised value and the rule
    const q = doc0.quantities[0];
    if (q) {
      await page.hover(`[data-testid=highlighted] mark[data-kind=quantity][data-start="${q.position.start.offset}"]`);
      const tip = await page.textContent('.tg-tooltip');
      expect(tip).toContain(q.rule);
    }

    // switch the language with the site's own menu: the UI and the warnings turn Chinese, the text stays
    await page.hover('.VPNavBarTranslations');
    await page.click('.VPNavBarTranslations a[href*="/zh/"]');
    await page.waitForURL(/\/zh\/playground\.html$/);
    await page.waitForFunction(() => (window as unknown as { __tigangPlaygroundReady?: boolean }).__tigangPlaygroundReady === true);
    await waitForRendered(page, text0);
    expect(await page.textContent('.tg-head h1')).toBe('在线演示');
    expect(await page.textContent('[data-tab=analyse]')).toBe('解析');
    const warnings = await page.$$eval('[data-list=warnings] li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(warnings.length).toBe(doc0.warnings.length);
    expect(warnings.every((w) => /[\u4e00-\u9fff]/.test(w.replace(/^\S+/, '')))).toBe(true);
    expect(warnings.join('\n')).toContain('仅见于目录');
    await page.mouse.move(600, 600); // close the language menu before the picture
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(artifacts, 'playground-zh-1366.png') });

    // pasted HTML is shown as text and never runs
    const hostile = '一、总体要求\n<img src=x onerror="window.__xss=1;alert(1)">\n</mark><script>window.__xss=2;alert(2)</script>到2025年完成5所。';
    await page.fill('#tg-textarea', hostile);
    await waitForRendered(page, hostile);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.$$eval('[data-testid=highlighted] img, [data-testid=highlighted] script', (els) => els.length)).toBe(0);
    expect(await page.textContent('[data-testid=highlighted]')).toContain('<img src=x onerror=');

    // a 20,000-character report: still exactly what parse returns; the main thread's longest task is logged
    const long = readFileSync(join(root, 'fixtures/corpus/gwr-2026-ningxia.txt'), 'utf8');
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    const filled = Date.now();
    await page.fill('#tg-textarea', long);
    await waitForRendered(page, long);
    const shownIn = Date.now() - filled;
    await page.keyboard.press('End');
    expect(await shownMarks(page)).toEqual(expectedMarks(parse(long)));
    const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    process.stdout.write(`docs-e2e: ${long.length} characters shown highlighted ${shownIn} ms after the paste; longest main-thread task ${longest.toFixed(0)} ms\n`);

    // compare tab on two samples
    await page.click('[data-tab=compare]');
    await page.selectOption('[data-pick=A]', '0');
    await page.selectOption('[data-pick=B]', '1');
    await page.click('[data-action=compare]');
    await page.waitForSelector('[data-compare=done], [data-compare=coming]', { timeout: 30_000 });
    const state = await page.getAttribute('[data-compare]', 'data-compare');
    // compare() lands with the comparison module: until then the tab must say it is coming
    const compareInNode = Object.entries(tigang).find(([name]) => name === 'compare')?.[1] as
      | ((a: string, b: string) => { similarity: number; reuse: { a: Placed; b: Placed }[]; sections: unknown[] })
      | undefined;
    if (typeof compareInNode === 'function') {
      expect(state).toBe('done');
      const expected = compareInNode(sampleText(0), sampleText(1));
      expect(await page.textContent('[data-score=similarity]')).toBe(`${(expected.similarity * 100).toFixed(1)}%`);
      const reuseA = expected.reuse.filter((r) => r.a.position.end.offset > r.a.position.start.offset).length;
      const reuseB = expected.reuse.filter((r) => r.b.position.end.offset > r.b.position.start.offset).length;
      expect(await page.$$eval('[data-side=A] mark[data-reuse]:not([data-cont])', (m) => m.length)).toBe(reuseA);
      expect(await page.$$eval('[data-side=B] mark[data-reuse]:not([data-cont])', (m) => m.length)).toBe(reuseB);
      expect(await page.$$eval('[data-table=sections] tbody tr', (rows) => rows.length)).toBe(expected.sections.length);
      // the texts are shown whole, as text
      expect(await page.textContent('[data-side=A]')).toBe(sampleText(0));
      // a ready pair of national reports: the changed targets shown are compare()'s
      const preset = await page.waitForSelector('[data-preset=gwr-2021-2025]', { timeout: 10_000 });
      {
        const a = readFileSync(join(root, 'fixtures/corpus/gwr-2021-national-wikisource.txt'), 'utf8');
        const b = readFileSync(join(root, 'fixtures/corpus/gwr-2025-national-wikisource.txt'), 'utf8');
        const result = compareInNode(a, b) as unknown as { commitments: { changed: unknown[] }; reuse: unknown[] };
        await preset.click();
        await page.waitForFunction((t) => document.querySelector('[data-side=B]')?.textContent === t, b, { timeout: 30_000 });
        expect(await page.$$eval('[data-table=targets] tbody tr', (rows) => rows.length)).toBe(result.commitments.changed.length);
        expect(result.commitments.changed.length).toBeGreaterThan(0);
        await page.screenshot({ path: join(artifacts, 'compare-reports-1366.png') });
        await page.locator('[data-table=targets]').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(artifacts, 'compare-targets-1366.png') });
      }
    } else {
      expect(state).toBe('coming');
      expect(await page.textContent('[data-compare=coming]')).toContain('compare()');
    }
    await page.screenshot({ path: join(artifacts, 'compare-1366.png'), fullPage: false });

    await page.goto(`${base}/`);
    await page.screenshot({ path: join(artifacts, 'home-1366.png') });
    await page.goto(`${base}/guide/extraction.html`);
    await page.screenshot({ path: join(artifacts, 'guide-1366.png') });
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('reads well on a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${base}/zh/playground.html`);
    await page.waitForFunction(() => (window as unknown as { __tigangPlaygroundReady?: boolean }).__tigangPlaygroundReady === true, null, { timeout: 20_000 });
    await page.click('[data-sample="0"]');
    await waitForRendered(page, sampleText(0));
    // nothing wider than the screen: the page does not scroll sideways
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(artifacts, 'playground-390.png') });
    await page.screenshot({ path: join(artifacts, 'playground-390-full.png'), fullPage: true });
    await page.locator('[data-table=commitments]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, 'playground-390-table.png') });
    await page.goto(`${base}/zh/`);
    await page.screenshot({ path: join(artifacts, 'home-zh-390.png') });
    await page.goto(`${base}/zh/guide/extraction.html`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(artifacts, 'guide-zh-390.png') });
    await context.close();
  }, 60_000);
});
