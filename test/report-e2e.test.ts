// `tigang report` in a real browser: Debian's Chromium (playwright-core) opens a report of the
// sample speeches from disk (file://) and checks the highlights against `parse`, the reviewer
// marks' export and `tigang score` on it, and that hostile text stays inert.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.js';
import { highlightSpans, parse, type TigangDocument } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const BIN = join(root, 'dist/cli.js');
const CHROMIUM = '/usr/bin/chromium';
const SAMPLES = join(root, 'fixtures/eval');
const ARTIFACTS = join(root, 'test/artifacts');
const tmp = mkdtempSync(join(tmpdir(), 'tigang-report-'));

const HOSTILE_TEXT = [
  '关于<script>alert(1)</script>做好学校建设工作的通知',
  '一、工作目标',
  '到2025年底,确保新建学校5所<img src=x onerror=alert(1)>,力争完成投资3亿元。',
  '二、保障措施 </script><script>alert(2)</script> \u2028 各地要在年内落实。',
].join('\n');

const sampleFiles = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SAMPLES, f));
const texts = new Map<string, string>();
const docs = new Map<string, TigangDocument>();

interface Found {
  kind: string;
  start: number;
  end: number;
}
function expectedMarks(doc: TigangDocument): Found[] {
  const of = (kind: string, items: readonly { position: { start: { offset: number }; end: { offset: number } } }[]) => items.map((x) => ({ kind, start: x.position.start.offset, end: x.position.end.offset }));
  return sortFound([...of('quantity', doc.quantities), ...of('deadline', doc.deadlines), ...of('commitment', doc.commitments), ...of('achievement', doc.achievements)]);
}
const sortFound = (xs: Found[]) => [...xs].sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));

function runCli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: () => new Uint8Array() };
  return { code: main(argv, io), stdout, stderr };
}

const hasChromium = existsSync(CHROMIUM);
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];
let reportPath = '';
let reportStderr = '';

beforeAll(async () => {
  // a batch of the samples in `tigang batch`'s JSONL (no text: the report reads each file again)
  const lines = sampleFiles.map((path) => {
    const bytes = readFileSync(path);
    const doc = parse(bytes, { path, format: 'text' });
    docs.set(path, doc);
    texts.set(path, new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
    return JSON.stringify({ path, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, format: 'text', encoding: doc.source.encoding, document: doc });
  });
  lines.push(JSON.stringify({ path: join(tmp, 'missing.txt'), sha256: null, size: 0, format: 'text', encoding: null, error: { code: 'file-not-found', message: 'No such file' } }));
  writeFileSync(join(tmp, 'batch.jsonl'), lines.join('\n') + '\n');
  const hostile = join(tmp, 'hostile.txt');
  writeFileSync(hostile, HOSTILE_TEXT);
  docs.set(hostile, parse(HOSTILE_TEXT, { path: hostile }));
  texts.set(hostile, HOSTILE_TEXT);
  reportPath = join(tmp, 'report.html');
  const r = spawnSync(process.execPath, [BIN, 'report', join(tmp, 'batch.jsonl'), hostile, '--out', reportPath], { cwd: root, encoding: 'utf8' });
  expect(r.stderr).toMatch(/wrote .*report\.html: 7 documents, \d+ highlights, [\d.]+ MB/);
  expect(r.status).toBe(0);
  reportStderr = r.stderr;
  if (!hasChromium) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  // nothing may leave the machine: every request other than the file itself fails the test
  await context.route('**/*', (route) => (route.request().url() === pathToFileURL(reportPath).href ? route.continue() : (pageErrors.push(`request: ${route.request().url()}`), route.abort())));
  page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  await page.goto(pathToFileURL(reportPath).href);
  await page.waitForSelector('.docrow');
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function openDoc(path: string): Promise<void> {
  const row = page.locator('.docrow', { has: page.locator('.name', { hasText: path.split('/').pop()! }) });
  await row.click();
  await page.waitForFunction((name) => document.querySelector('.dochead code')?.textContent?.endsWith(name), path.split('/').pop()!);
}

describe.skipIf(!hasChromium)('tigang report in Chromium', () => {
  it('writes one self-contained file and reports its size', () => {
    const html = readFileSync(reportPath, 'utf8');
    expect(reportStderr).toContain(`(${Buffer.byteLength(html)} bytes)`);
    expect(html).not.toMatch(/<(link|img|iframe)\b|src=["']?https?:/i); // no external resource
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
    // the hostile text is in the page only inside JSON, with every "<" escaped
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('\u2028');
  });

  it('shows one <mark> per extraction of parse(), at the same offsets, over the original text', async () => {
    const all = [...sampleFiles, join(tmp, 'hostile.txt')];
    for (const path of all) {
      await openDoc(path);
      const text = texts.get(path)!;
      const shown = await page.$$eval('.text mark[data-kind]:not([data-cont])', (els) => els.map((el) => ({ kind: el.getAttribute('data-kind')!, start: Number(el.getAttribute('data-start')), end: Number(el.getAttribute('data-end')) })));
      const expected = expectedMarks(docs.get(path)!);
      expect(expected.length).toBeGreaterThan(0);
      expect(sortFound(shown), path).toEqual(expected);
      // the text pane holds exactly the original text, so that every offset is the parser's
      expect(await page.$eval('.text', (el) => el.textContent)).toBe(text);
      const spans = await page.$$eval('.text mark[data-kind]', (els) => els.filter((el) => !el.querySelector('[data-cont]') && !el.hasAttribute('data-cont')).map((el) => [Number(el.getAttribute('data-start')), Number(el.getAttribute('data-end')), el.textContent ?? ''] as const));
      for (const [start, end, shownText] of spans) expect(shownText).toBe(text.slice(start, end));
      for (const kind of ['quantity', 'deadline', 'commitment', 'achievement']) {
        expect(await page.locator(`.text mark[data-kind=${kind}]:not([data-cont])`).count()).toBe(expected.filter((x) => x.kind === kind).length);
      }
    }
  });

  it('keeps hostile text inert: nothing runs, it shows as text', async () => {
    await openDoc(join(tmp, 'hostile.txt'));
    await page.waitForTimeout(300); // an <img onerror> would have fired by now
    expect(await page.$eval('.text', (el) => el.textContent)).toContain('<img src=x onerror=alert(1)>');
    expect(await page.$eval('.dochead h1', (el) => el.textContent)).toContain('<script>alert(1)</script>');
    expect(await page.locator('.text img, .text script, h1 script').count()).toBe(0);
    // the hover card and the inspector show the hostile raw text as text too
    await page.locator('.text mark[data-kind=quantity]').first().click();
    expect(await page.locator('.inspector img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('downloads the commitments table as CSV, one row per claim', async () => {
    for (const path of [sampleFiles[0]!, join(tmp, 'hostile.txt')]) {
      await openDoc(path);
      await page.locator('button[data-tab=claims]').click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-action=claims-csv]').click()]);
      const csv = readFileSync((await download.path())!, 'utf8');
      const doc = docs.get(path)!;
      const claims = [...doc.commitments, ...doc.achievements];
      expect(csv.startsWith('\uFEFFfile,kind,strength,section,text,')).toBe(true);
      expect(csv.trimEnd().split('\r\n')).toHaveLength(claims.length + 1);
      for (const c of claims) expect(csv).toContain(`,${c.position.start.offset},${c.position.end.offset}\r\n`);
      await page.locator('button[data-tab=text]').click();
    }
  });

  it('a failed file is listed with its error', async () => {
    await openDoc(join(tmp, 'missing.txt'));
    await expect.poll(() => page.$eval('.banner.err', (el) => el.textContent)).toContain('No such file');
  });

  it('exports a mark, a correction, a wrong one and a missed one as the documented JSONL; tigang score reads it back', async () => {
    const path = sampleFiles[0]!;
    const text = texts.get(path)!;
    await openDoc(path);
    const quantities = page.locator('.text mark[data-kind=quantity]:not([data-cont])');
    // hovering shows the normalised value and the rule, as the shared renderer labels them
    const label = highlightSpans(docs.get(path)!).find((s) => s.kind === 'quantity')!;
    await quantities.nth(0).hover();
    await expect.poll(() => page.$eval('.tip', (el) => (el.classList.contains('hidden') ? '' : el.textContent))).toContain(label.label);
    expect(await page.$eval('.tip', (el) => el.textContent)).toContain(label.rule);
    await quantities.nth(0).click();
    await page.locator('.inspector button[data-verdict=right]').click();
    await quantities.nth(1).click();
    await page.locator('.inspector button[data-verdict=corrected]').click();
    await page.locator('.inspector input[name=value]').fill('99');
    await page.locator('.inspector input[name=unit]').fill('所');
    await page.locator('.inspector select[name=kind]').selectOption('commitment');
    await page.locator('.inspector button[data-action=save]').click();
    await page.locator('.text mark[data-kind=deadline]').first().click();
    await page.keyboard.press('2'); // wrong, by keyboard
    await expect.poll(() => page.locator('.text mark.rv-wrong').count()).toBe(1);

    // a missed quantity: select two characters of plain text, then add it
    const target = text.indexOf('下面');
    expect(target).toBeGreaterThan(0);
    await page.evaluate((at) => {
      const container = document.querySelector('.text')!;
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = (node as Text).length;
        if (seen + length > at) {
          const range = document.createRange();
          range.setStart(node, at - seen);
          range.setEnd(node, at - seen + 2);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          break;
        }
        seen += length;
      }
      container.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    }, target);
    const card = page.locator('[data-testid=missed-card]');
    await expect.poll(() => card.count()).toBe(1);
    await card.locator('select[name=type]').selectOption('quantity');
    await card.locator('input[name=value]').fill('2');
    await card.locator('input[name=unit]').fill('点');
    await card.locator('select[name=kind]').selectOption('other');
    await card.locator('button[data-action=save]').click();
    await expect.poll(() => page.locator('.text .missed').count()).toBe(1);

    // the marks survive a reload (localStorage)
    await page.reload();
    await openDoc(path);
    await expect.poll(() => page.locator('.text mark.rv-right, .text mark.rv-corrected, .text mark.rv-wrong').count()).toBe(3);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-action=export]').click()]);
    expect(download.suggestedFilename()).toBe('tigang-marks.jsonl');
    const marksPath = join(tmp, 'marks.jsonl');
    await download.saveAs(marksPath);
    const lines = readFileSync(marksPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    const doc = docs.get(path)!;
    const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
    const [q0, q1] = doc.quantities;
    const d0 = doc.deadlines[0]!;
    const byVerdict = Object.fromEntries(lines.map((l) => [l.verdict, l]));
    expect(byVerdict.right).toMatchObject({ tigangMarks: 1, path, sha256: sha, kind: 'quantity', start: q0!.position.start.offset, end: q0!.position.end.offset, raw: q0!.raw, correction: null });
    expect(byVerdict.right.extracted).toMatchObject({ value: q0!.value, unit: q0!.unit, kind: q0!.kind, rule: q0!.rule });
    expect(byVerdict.corrected).toMatchObject({ kind: 'quantity', start: q1!.position.start.offset, raw: q1!.raw, correction: { value: 99, unit: '所', kind: 'commitment' } });
    expect(byVerdict.wrong).toMatchObject({ kind: 'deadline', start: d0.position.start.offset, end: d0.position.end.offset, raw: d0.raw });
    expect(byVerdict.missed).toMatchObject({ kind: 'quantity', start: target, end: target + 2, raw: text.slice(target, target + 2), extracted: null, correction: { value: 2, unit: '点', kind: 'other' } });
    for (const l of lines) expect(Date.parse(l.at)).not.toBeNaN();

    // tigang score: quantity 1 right, 1 corrected, 1 missed → P = 1/2, R = 1/3; deadline 1 wrong → P = 0
    const scored = runCli(['score', marksPath, '--json']);
    expect(scored.code).toBe(0);
    const score = JSON.parse(scored.stdout);
    const quantity = score.kinds.find((k: { kind: string }) => k.kind === 'quantity');
    expect(quantity).toMatchObject({ right: 1, corrected: 1, wrong: 0, missed: 1, precision: 0.5 });
    expect(quantity.recall).toBeCloseTo(1 / 3, 10);
    expect(score.kinds.find((k: { kind: string }) => k.kind === 'deadline')).toMatchObject({ right: 0, wrong: 1, precision: 0, recall: null });
    const table = runCli(['score', marksPath]).stdout;
    expect(table).toMatch(/^4 marks in 1 document\n/);
    expect(table).toMatch(/quantity\s+1\s+1\s+0\s+1\s+0\.500\s+0\.333/);

    // …and writes the reviewed sample as gold in the format of fixtures/eval
    const gold = join(tmp, 'gold');
    expect(runCli(['score', marksPath, '--gold', gold]).code).toBe(0);
    const name = path.split('/').pop()!.replace(/\.txt$/, '');
    const rows = readFileSync(join(gold, `${name}.quantities.tsv`), 'utf8').trim().split('\n');
    expect(rows[0]).toBe('value\tunit\tkind\tcontext');
    expect(rows.slice(1).map((r) => r.split('\t').slice(0, 3).join(' '))).toEqual(
      [
        [q0!.position.start.offset, `${q0!.value} ${q0!.unit} ${q0!.kind}`],
        [q1!.position.start.offset, '99 所 commitment'],
        [target, '2 点 other'],
      ].sort((a, b) => Number(a[0]) - Number(b[0])).map((x) => x[1]),
    );
    expect(readFileSync(join(gold, `${name}.deadlines.tsv`), 'utf8')).toBe('raw\tkind\tcontext\n'); // the wrong deadline is not gold
    expect(readFileSync(join(gold, `${name}.txt`), 'utf8')).toBe(readFileSync(path, 'utf8'));
    expect(existsSync(join(gold, `${name}.outline`))).toBe(true);
  });

  it('says so when the browser refuses to store marks, and keeps them for the session', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    const other = await context.newPage();
    await other.goto(pathToFileURL(reportPath).href);
    await other.locator('.text mark[data-kind=quantity]').first().click();
    await other.locator('.inspector button[data-verdict=right]').click();
    await expect.poll(() => other.locator('[role=alert]').count()).toBe(1);
    expect(await other.locator('[role=alert]').textContent()).toMatch(/Export marks now/);
    expect(await other.locator('.text mark.rv-right').count()).toBe(1);
    expect(await other.evaluate(() => (window as unknown as { tigangReport: { exportMarks(): string } }).tigangReport.exportMarks())).toMatch(/"verdict":"right"/);
    await context.close();
  });

  it('saves a screenshot at laptop width', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await openDoc(sampleFiles[0]!);
    await page.locator('.text mark[data-kind=quantity]:not([data-cont])').nth(1).click();
    await page.locator('.text mark[data-kind=quantity]:not([data-cont])').nth(1).hover();
    await page.screenshot({ path: join(ARTIFACTS, 'report-laptop.png') });
    expect(pageErrors).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('switches the interface to Chinese and back, keeping the marks', async () => {
    await page.locator('button[data-action=language]').click();
    await expect.poll(() => page.locator('button[data-tab=text]').textContent().catch(() => '')).toBe('正文');
    expect(await page.locator('button[data-action=export]').textContent()).toBe('导出标注');
    expect(await page.locator('.text mark.rv-right, .text mark.rv-corrected, .text mark.rv-wrong').count()).toBe(3);
    await page.locator('button[data-action=language]').click();
    await expect.poll(() => page.locator('button[data-tab=text]').textContent().catch(() => '')).toBe('Text');
    expect(pageErrors).toEqual([]);
  });
});
