// The browser playground (site/), end to end in a real headless Chromium: `npm run site` builds
// site/dist, a static server on 127.0.0.1 serves it, and the page must lint the preloaded example
// to the same findings as the CLI, show chains and rule docs, lint a pasted Dockerfile, and never
// make a request anywhere but that server. Debian's chromium is driven by playwright-core (no
// browser download). It never skips in CI; locally a missing chromium skips with the reason.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

function findChromium(): string | null {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
    if (found) return found;
  }
  return null;
}

const executable = findChromium();
const skip = !executable && !process.env.CI;
if (skip) console.warn('test/playground.test.ts skipped: no chromium binary (apt-get install chromium, or set CHROMIUM_PATH) and CI is not set');

const DIST = join(ROOT, 'site', 'dist');
const EXAMPLE = join(ROOT, 'examples', 'image_batch_mistakes');
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/** A static file server for site/dist, as GitHub Pages would serve it. */
function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = normalize(join(DIST, decodeURIComponent(url.pathname)));
    const file = path.endsWith(sep) ? join(path, 'index.html') : path;
    if (!file.startsWith(DIST + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** What the CLI reports, as `file:line CODE`, sorted. */
function cliFindings(args: string[], cwd: string, input?: string): string[] {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'chaimeleon-lint.js'), ...args, '--format', 'json'], { cwd, encoding: 'utf8', input });
  const report = JSON.parse(run.stdout) as { findings: { code: string; file: string; range: { startLine: number }; fix?: { title: string } }[] };
  return report.findings.map((f) => `${f.file}:${f.range.startLine} ${f.code}${f.fix ? ` fix: ${f.fix.title}` : ''}`).sort();
}

/** What the page shows in its findings list, in the same form (a fix by its title). */
async function pageFindings(page: Page): Promise<string[]> {
  const items = await page.locator('#findings li[data-code]').evaluateAll((lis) =>
    lis.map((li) => {
      const { code, fix } = (li as HTMLElement).dataset;
      return `${li.querySelector('.where')?.textContent ?? ''} ${code}${fix !== undefined ? ` fix: ${fix}` : ''}`;
    }),
  );
  return items.sort();
}

// Built once for the whole file: the build itself fails when a Node module reaches the bundle. The
// CLI it is compared with is build/ from `npm run build` (rebuilding it here would pull it from under
// the test files that run at the same time).
beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-site.mjs')], { cwd: ROOT, stdio: 'pipe' });
}, 120_000);

describe('npm run site', () => {
  it('builds a static site/dist with the page, the bundle, the grammars and the SPDX data', () => {
    for (const file of ['index.html', 'style.css', 'app.js', 'tree-sitter.wasm', 'tree-sitter-bash.wasm', 'tree-sitter-python.wasm', 'data/license-index.json', 'data/spdx-license-list/spdx.json', 'data/spdx-license-ids/index.json']) {
      expect(existsSync(join(DIST, file)), file).toBe(true);
    }
    const scripts = readdirSync(DIST).filter((f) => f.endsWith('.js'));
    for (const file of scripts) {
      const text = readFileSync(join(DIST, file), 'utf8');
      // Only web-tree-sitter's Node branch names a Node module (fs/promises), and never runs in a browser.
      const imports = [...text.matchAll(/(?:\bimport\(\s*|\bfrom\s*)"([\w@/:-][\w@./:-]*)"\s*[;)]/g)].map((m) => m[1]);
      expect(imports.filter((i) => !(file.startsWith('tree-sitter-') && ['fs/promises', 'module'].includes(i))), file).toEqual([]);
    }
    const page = readFileSync(join(DIST, 'index.html'), 'utf8');
    // The licenses of what the page carries, linked from it: the grammars' and the parsers' among them.
    expect(page).toContain('href="THIRD_PARTY_LICENSES.md"');
    const licenses = readFileSync(join(DIST, 'THIRD_PARTY_LICENSES.md'), 'utf8');
    for (const name of ['web-tree-sitter', 'tree-sitter-bash', 'tree-sitter-python', 'dockerfile-ast', 'spdx-license-list']) expect(licenses, name).toMatch(new RegExp(`^## ${name} \\d`, 'm'));
    expect(page).toMatch(/http-equiv="Content-Security-Policy" content="default-src 'self';/);
    expect(page).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });
});

describe.skipIf(skip)('browser playground', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    server = await serve();
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: executable!, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  });

  async function openPage(): Promise<Page> {
    const page = await browser.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
    });
    await page.goto(`${origin}/`);
    await page.waitForSelector('body[data-linted]', { timeout: 60_000 });
    return page;
  }

  it('lints the preloaded example to the findings the CLI reports for the same files', async () => {
    const page = await openPage();
    const shown = await pageFindings(page);
    const cli = cliFindings(['.'], EXAMPLE);
    expect(cli.length).toBeGreaterThan(10);
    expect(shown).toEqual(cli);
    // Findings of the shell grammar (CHM401 reads init.sh through the ENTRYPOINT) prove the .wasm files loaded.
    expect(shown.some((f) => f.endsWith(' CHM401'))).toBe(true);
    expect(await page.locator('#status').textContent()).toMatch(/^\d+ findings in 4 files/);
    await page.close();
  });

  it('shows each finding under its line, with its chain and, on demand, the rule documentation', async () => {
    const page = await openPage();
    const cli = cliFindings(['.'], EXAMPLE);
    // Each card follows the line it is about (after that line's other cards).
    const placement = () =>
      page.locator('#review .card').evaluateAll((cards) =>
        cards.map((c) => {
          let row = c.previousElementSibling;
          while (row && !row.classList.contains('line')) row = row.previousElementSibling;
          return `${(row as HTMLElement | null)?.dataset.line}=${(c as HTMLElement).dataset.line} ${(c as HTMLElement).dataset.code}`;
        }),
      );
    const dockerfileCards = await placement();
    expect(dockerfileCards.map((p) => `Dockerfile:${p.split('=')[1]}`).sort()).toEqual(cli.filter((f) => f.startsWith('Dockerfile:')).map((f) => f.replace(/ fix: .*/, '')));
    // A finding with a fix shows its title and each edit (none yet while the rules carry no edits).
    const fixes = cli.filter((f) => f.startsWith('Dockerfile:') && f.includes(' fix: '));
    expect(await page.locator('#review .card .fix').count()).toBe(fixes.length);
    if (fixes.length > 0) expect(await page.locator('#review .card .fix pre').count()).toBeGreaterThanOrEqual(fixes.length);
    expect(dockerfileCards.every((p) => p.split('=')[0] === p.split('=')[1].split(' ')[0])).toBe(true);

    // CHM401 is reported in init.sh with the chain that makes it run: the ENTRYPOINT and the COPY.
    await page.locator('#tabs .tab[data-path="init.sh"] button').first().click();
    expect(await page.locator('#file-name').textContent()).toBe('init.sh');
    const chained = page.locator('#review .card[data-code="CHM401"]').first();
    const links = chained.locator('.chain li');
    expect(await links.count()).toBe(2);
    expect(await links.allTextContents()).toEqual([expect.stringMatching(/^Dockerfile:27 ENTRYPOINT runs/), expect.stringMatching(/^Dockerfile:18 COPY puts init.sh/)]);
    await chained.locator('button.rule').click();
    expect(await chained.locator('.docs').textContent()).toContain('Why it matters');
    // A chain link opens the file it names at that line.
    await links.first().locator('button.loc').click();
    expect(await page.locator('#file-name').textContent()).toBe('Dockerfile');
    expect(await page.locator('#review .line.flash').getAttribute('data-line')).toBe('27');
    await page.close();
  });

  it('lints a Dockerfile typed into the page as the CLI lints a lone file', async () => {
    const page = await openPage();
    const dockerfile = 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y python3\nUSER root\nENTRYPOINT ["python3"]\n';
    await page.click('#clear');
    page.once('dialog', (d) => void d.accept('Dockerfile'));
    await page.click('#add');
    await page.fill('#text', dockerfile);
    await page.click('#lint');
    await page.waitForFunction(() => document.body.dataset.linted !== '' && document.body.dataset.linted !== undefined && !document.querySelector('#lint[disabled]'));
    const expected = cliFindings(['-', '--stdin-filename', 'Dockerfile'], ROOT, dockerfile);
    expect(expected.length).toBeGreaterThan(0);
    expect(await pageFindings(page)).toEqual(expected);
    await page.close();
  });

  it('reads a LICENSE added to the example with the SPDX data served beside the page, as the CLI does', async () => {
    const page = await openPage();
    const license = readFileSync(join(ROOT, 'examples', 'image_batch_compliant', 'LICENSE'), 'utf8');
    page.once('dialog', (d) => void d.accept('LICENSE'));
    await page.click('#add');
    await page.fill('#text', license);
    await page.evaluate(() => (document.body.dataset.linted = ''));
    await page.click('#lint');
    await page.waitForFunction(() => !!document.body.dataset.linted);
    const copy = mkdtempSync(join(tmpdir(), 'chaimeleon-playground-'));
    try {
      cpSync(EXAMPLE, copy, { recursive: true });
      writeFileSync(join(copy, 'LICENSE'), license);
      const expected = cliFindings(['.'], copy);
      // The license changes the review (CHM303 no longer says there is none): the text was identified.
      expect(expected).not.toEqual(cliFindings(['.'], EXAMPLE));
      expect(await pageFindings(page)).toEqual(expected);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
    await page.close();
  });

  it('opens files from the file picker, refusing a binary one with the reason', async () => {
    const page = await openPage();
    await page.click('#clear');
    await page.evaluate(() => (document.body.dataset.linted = ''));
    const dockerfile = readFileSync(join(EXAMPLE, 'Dockerfile'));
    const readme = readFileSync(join(EXAMPLE, 'README.md'));
    await page.setInputFiles('#open', [
      { name: 'Dockerfile', mimeType: 'text/plain', buffer: dockerfile },
      { name: 'README.md', mimeType: 'text/markdown', buffer: readme },
      { name: 'model.bin', mimeType: 'application/octet-stream', buffer: Buffer.from([0x7f, 0x45, 0x00, 0x01]) },
    ]);
    await page.waitForFunction(() => !!document.body.dataset.linted);
    expect(await page.locator('#tabs .tab').evaluateAll((tabs) => tabs.map((t) => (t as HTMLElement).dataset.path))).toEqual(['Dockerfile', 'README.md']);
    await expect.poll(() => page.locator('#status').textContent()).toContain('Not read: model.bin (a binary file)');
    const copy = mkdtempSync(join(tmpdir(), 'chaimeleon-playground-'));
    try {
      writeFileSync(join(copy, 'Dockerfile'), dockerfile);
      writeFileSync(join(copy, 'README.md'), readme);
      writeFileSync(join(copy, '.chaimeleon-lint.yaml'), 'root: true\n');
      expect(await pageFindings(page)).toEqual(cliFindings(['.'], copy));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
    // Removing the file being edited leaves the other files as they were: the Dockerfile alone is then a lone file.
    await page.locator('#tabs .tab[data-path="README.md"] button').first().click();
    await page.click('#mode-edit');
    await page.evaluate(() => (document.body.dataset.linted = ''));
    await page.locator('#tabs .tab[data-path="README.md"] button.remove').click();
    await page.waitForFunction(() => !!document.body.dataset.linted);
    expect(await pageFindings(page)).toEqual(cliFindings(['-', '--stdin-filename', 'Dockerfile'], ROOT, dockerfile.toString('utf8')));
    await page.close();
  });

  it('cannot send anything elsewhere: its Content-Security-Policy blocks a request to another origin', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => violations.push(m.text()));
    await page.goto(`${origin}/`);
    // 127.0.0.2 is this machine too: were the policy missing, the request would stay here and be refused.
    const outcome = await page.evaluate(() =>
      fetch('http://127.0.0.2:9/leak', { method: 'POST', body: 'x' }).then(
        () => 'sent',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    expect(violations.some((v) => /Content Security Policy/i.test(v) && v.includes('127.0.0.2'))).toBe(true);
    await page.close();
  });

  it('made no request outside 127.0.0.1 and met no error or Content-Security-Policy violation', async () => {
    if (requests.length === 0) await (await openPage()).close(); // run alone (-t): load the page here
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
