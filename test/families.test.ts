// End-to-end, one test per rule family: the built CLI reviews a whole repository in one run and
// reports Dockerfile, README, license and cross-file findings, sorted by file and line, each
// cross-file finding with its chain.
import { execFile } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

interface Finding {
  code: string;
  severity: string;
  file: string;
  message: string;
  range: { startLine: number };
  related: { file: string; range: { startLine: number }; message: string }[];
}

async function lint(args: string[], cwd = ROOT): Promise<Finding[]> {
  let stdout: string;
  try {
    ({ stdout } = await run(process.execPath, [join(ROOT, 'bin', 'chaimeleon-lint.js'), ...args, '--format', 'json'], { cwd }));
  } catch (e) {
    stdout = (e as { stdout: string }).stdout;
  }
  return (JSON.parse(stdout) as { findings: Finding[] }).findings;
}

const short = (f: Finding, prefix: string) => `${f.file.slice(prefix.length)}:${f.range.startLine} ${f.code}`;

describe('a repository full of typical mistakes (examples/image_batch_mistakes)', () => {
  const prefix = 'examples/image_batch_mistakes/';
  let findings: Finding[];
  beforeAll(async () => {
    findings = await lint([prefix]);
  });

  it('comes back sorted by file, then line', () => {
    const keys = findings.map((f) => [f.file, f.range.startLine] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(keys).toEqual(sorted);
  });

  it('Dockerfile family: the template mistakes, each at its line', () => {
    const docker = findings.filter((f) => f.code < 'CHM200').map((f) => short(f, prefix));
    expect(docker).toEqual([
      'Dockerfile:2 CHM130',
      'Dockerfile:2 CHM150',
      'Dockerfile:4 CHM122',
      'Dockerfile:5 CHM121',
      'Dockerfile:8 CHM112',
      'Dockerfile:8 CHM111',
      'Dockerfile:8 CHM104',
      'Dockerfile:9 CHM110',
      'Dockerfile:11 CHM102',
      'Dockerfile:12 CHM102',
      'Dockerfile:14 CHM103',
      'Dockerfile:17 CHM133',
      'Dockerfile:18 CHM133',
      'Dockerfile:19 CHM132',
      'Dockerfile:25 CHM101',
      'Dockerfile:26 CHM142',
      'Dockerfile:27 CHM140',
    ]);
    // The commented-out block (lines 21-22) is ignored, as Docker ignores it.
    expect(findings.some((f) => f.file.endsWith('Dockerfile') && [21, 22].includes(f.range.startLine))).toBe(false);
  });

  it('README family: no License section, and only docker run in Usage', () => {
    expect(findings.filter((f) => f.code >= 'CHM200' && f.code < 'CHM300').map((f) => short(f, prefix))).toEqual(['README.md:1 CHM204', 'README.md:8 CHM205']);
  });

  it('license family: no license file and no authorization label', () => {
    const license = findings.filter((f) => f.code >= 'CHM300' && f.code < 'CHM400');
    expect(license.map((f) => short(f, prefix))).toEqual(['Dockerfile:2 CHM301', 'Dockerfile:2 CHM303']);
    expect(license[0].severity).toBe('error');
  });

  it('cross-file family: downloads at start-up, reported in the script with the chain from ENTRYPOINT', () => {
    const cross = findings.filter((f) => f.code >= 'CHM400');
    expect(cross.map((f) => short(f, prefix))).toEqual([
      // No SSH server, but line 14 makes chaimeleon a sudoer: sudo asks for this known password (CHM403, not "unused").
      'Dockerfile:13 CHM403',
      // segment.py's own `--output` default is not what users get: init.sh passes `--output` (line 5, reported).
      'init.sh:3 CHM401',
      'init.sh:4 CHM401',
      'init.sh:5 CHM408',
    ]);
    for (const download of cross.filter((f) => f.code === 'CHM401')) {
      expect(download.related.map((r) => `${r.file.slice(prefix.length)}:${r.range.startLine}`)).toEqual(['Dockerfile:27', 'Dockerfile:18']);
      expect(download.related.every((r) => r.message.length > 0)).toBe(true);
    }
  });
});

describe('the compliant examples', () => {
  it.each(['image_batch_compliant', 'image_batch_on_platform_base', 'image_interactive_viewer'])('%s has no error or warning', async (name) => {
    const findings = await lint([`examples/${name}`]);
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.file}:${f.range.startLine} ${f.code} ${f.message}`)).toEqual([]);
  });
});

describe('license family on a license that forbids commercial use', () => {
  it('needs the authorization label, and says which license it detected with what confidence', async () => {
    const dir = tempDir('chm-nc-');
    cpSync(join(ROOT, 'examples', 'image_batch_compliant'), dir, { recursive: true });
    const licenses = require('spdx-license-list/full') as Record<string, { licenseText: string }>;
    writeFileSync(join(dir, 'LICENSE'), licenses['CC-BY-NC-4.0'].licenseText);
    writeFileSync(join(dir, 'README.md'), '# Tool\n\n## Description\nA tool.\n\n## Usage\n`jobman submit -i lung-nodule-classifier -- --input /home/chaimeleon/datasets/x --output /home/chaimeleon/persistent-home/y`\n\n## License\n[CC BY-NC 4.0](LICENSE)\n');
    const findings = await lint(['.'], dir);
    const auth = findings.filter((f) => f.code === 'CHM301');
    expect(auth).toHaveLength(1);
    expect(auth[0].file).toBe('Dockerfile');
    expect(auth[0].message).toContain('CC-BY-NC-4.0');
    expect(auth[0].message).toMatch(/\d+(\.\d+)?\s*%|0\.\d+/);
  });
});
