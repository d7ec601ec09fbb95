// The license detector on license texts written out from the SPDX data in this test, as partners
// commit them: verbatim, reflowed, with the copyright line filled in, as Markdown, with the British
// spelling, without the how-to-apply appendix; and altered so that they are no longer that license:
// a Commons Clause rider, truncated, two licenses in one file, a proprietary notice. Each must get the
// right id and classification. Then short notices (a header, an SPDX line, a link) and README mentions.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config.js';
import { buildLicenseIndex } from '../src/license/corpus.js';
import { ACCEPT_SCORE, classifyDetection, detectLicense, findLicenseMentions, isLicenseFileLink, mentionMatches, type LicenseKind } from '../src/license/index.js';
import { Linter } from '../src/lint.js';
import type { RepositoryInfo } from '../src/project/facts.js';
import { MemoryVfs } from '../src/vfs.js';
import { ruleSet } from './helpers.js';

const require = createRequire(import.meta.url);
const SPDX = JSON.parse(readFileSync(require.resolve('spdx-license-list/spdx-full.json'), 'utf8')) as Record<string, { licenseText: string }>;
const spdx = (id: string) => SPDX[id].licenseText;

describe('data/license-index.json', () => {
  it('is what the SPDX texts and the normaliser give today (run npm run docs if not)', () => {
    const ids = JSON.parse(readFileSync(require.resolve('spdx-license-ids/index.json'), 'utf8')) as string[];
    const version = (JSON.parse(readFileSync(require.resolve('spdx-license-list/package.json'), 'utf8')) as { version: string }).version;
    const built = buildLicenseIndex(SPDX, ids, `spdx-license-list ${version}`);
    expect(built.entries.length).toBeGreaterThan(600);
    const committed = readFileSync(new URL('../data/license-index.json', import.meta.url), 'utf8');
    // One megabyte of JSON: say that it differs, not how.
    expect(committed === JSON.stringify(built) + '\n', 'data/license-index.json is stale: run npm run docs').toBe(true);
  });
});

/** Rewraps every paragraph to `width` columns, as an editor or a copy from a web page does. */
function reflow(text: string, width: number): string {
  return text
    .split(/\n\s*\n/)
    .map((para) => {
      const lines: string[] = [];
      let line = '';
      for (const word of para.split(/\s+/).filter(Boolean)) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      return [...lines, line].join('\n');
    })
    .join('\n\n');
}

/** The copyright line as a partner fills it in; BSD's "the copyright holder" named too. */
function fillCopyright(text: string): string {
  return text
    .replace(/^.*Copyright.*(?:<year>|\[yyyy\]|YEAR).*$/im, 'Copyright (c) 2021-2024 Hospital Universitario y Politecnico La Fe, Valencia')
    .replace('Neither the name of the copyright holder nor', 'Neither the name of La Fe nor');
}

/** A LICENSE.md: heading title, bold numbers turned into bullets, emphasis, a Markdown link. */
function markdown(text: string): string {
  const [title, ...rest] = text.trim().split('\n');
  return [
    `# ${title.trim()}`,
    ...rest.map((l) =>
      l
        .replace(/^(\s*)(\d+)\.\s+/, '$1- **$2.** ')
        .replace(/^(\s*)\(([a-z])\)\s+/, '$1  * ($2) ')
        .replace(/(https?:\/\/[^\s>]+)/g, '[$1]($1)')
        .replace(/\b(WITHOUT WARRANTY)\b/g, '**$1**'),
    ),
  ].join('\n');
}

/** As gnu.org and apache.org publish them: centred title lines, indented paragraphs, reflowed to 76 columns. */
function indented(text: string): string {
  return reflow(text, 76)
    .split('\n')
    .map((line, i) => (i < 2 ? ' '.repeat(20) : '   ') + line)
    .join('\n');
}

function british(text: string): string {
  return text.replace(/\blicense\b/g, 'licence').replace(/\bLicense\b/g, 'Licence');
}

function half(text: string): string {
  return text.slice(0, Math.floor(text.length / 2));
}

const COMMONS_CLAUSE = `"Commons Clause" License Condition v1.0

The Software is provided to you by the Licensor under the License, as defined below, subject to the following condition.

Without limiting other conditions in the License, the grant of rights under the License will not include, and the License does not grant to you, the right to Sell the Software.

For purposes of the foregoing, "Sell" means practicing any or all of the rights granted to you under the License to provide to third parties, for a fee or other consideration (including without limitation fees for hosting or consulting/ support services related to the Software), a product or service whose value derives, entirely or substantially, from the functionality of the Software. Any license notice or attribution required by the License must also include this Commons Clause License Condition notice.

Software: RadiomicsTool

License: Apache 2.0

Licensor: Example Imaging Lab
`;

const PROPRIETARY = `Copyright (c) 2024 Example Imaging Lab. All rights reserved.

This software and its documentation are confidential and proprietary to Example Imaging Lab.
No part of this software may be copied, reproduced, distributed, modified or used in any form
without the prior written permission of Example Imaging Lab.
`;

interface Case {
  name: string;
  text: () => string;
  id: string | null;
  kind: LicenseKind;
  method?: 'text' | 'notice' | 'none';
  nearest?: string;
}

const verdicts: [string, LicenseKind][] = [
  ['MIT', 'redistributable'],
  ['Apache-2.0', 'redistributable'],
  ['GPL-3.0-only', 'redistributable'],
  ['GPL-2.0-only', 'redistributable'],
  ['LGPL-2.1-only', 'redistributable'],
  ['AGPL-3.0-only', 'redistributable'],
  ['BSD-3-Clause', 'redistributable'],
  ['BSD-2-Clause', 'redistributable'],
  ['ISC', 'redistributable'],
  ['MPL-2.0', 'redistributable'],
  ['EUPL-1.2', 'redistributable'],
  ['Unlicense', 'redistributable'],
  ['CC0-1.0', 'redistributable'],
  ['CC-BY-4.0', 'redistributable'],
  ['CC-BY-SA-4.0', 'redistributable'],
  ['WTFPL', 'redistributable'],
  ['CC-BY-NC-4.0', 'non-commercial'],
  ['CC-BY-NC-SA-4.0', 'non-commercial'],
  ['CC-BY-ND-4.0', 'no-derivatives'],
  ['PolyForm-Noncommercial-1.0.0', 'non-commercial'],
  ['JSON', 'needs-review'],
  ['SSPL-1.0', 'needs-review'],
];

const cases: Case[] = [];
for (const [id, kind] of verdicts) {
  cases.push({ name: `${id} verbatim`, text: () => spdx(id), id, kind, method: 'text' });
  cases.push({ name: `${id} reflowed to 60 columns`, text: () => reflow(spdx(id), 60), id, kind });
  cases.push({ name: `${id} reflowed to 100 columns, copyright filled in`, text: () => reflow(fillCopyright(spdx(id)), 100), id, kind });
  cases.push({ name: `${id} with the copyright filled in`, text: () => fillCopyright(spdx(id)), id, kind });
  cases.push({ name: `${id} as Markdown`, text: () => markdown(fillCopyright(spdx(id))), id, kind });
  cases.push({ name: `${id} truncated to half`, text: () => half(spdx(id)), id: null, kind: 'needs-review', method: 'none' });
}
for (const id of ['MIT', 'Apache-2.0', 'BSD-3-Clause', 'GPL-3.0-only']) {
  cases.push({ name: `${id} with a Commons Clause appended`, text: () => `${fillCopyright(spdx(id))}\n\n${COMMONS_CLAUSE}`, id, kind: 'needs-review' });
}
cases.push(
  { name: 'Apache-2.0 with the Commons Clause above it', text: () => `${COMMONS_CLAUSE}\n\n${spdx('Apache-2.0')}`, id: 'Apache-2.0', kind: 'needs-review' },
  { name: 'GPL-3.0 as gnu.org lays it out', text: () => indented(spdx('GPL-3.0-only')), id: 'GPL-3.0-only', kind: 'redistributable' },
  { name: 'Apache-2.0 as apache.org lays it out', text: () => indented(spdx('Apache-2.0')), id: 'Apache-2.0', kind: 'redistributable' },
  { name: 'MIT in British spelling', text: () => british(fillCopyright(spdx('MIT'))), id: 'MIT', kind: 'redistributable' },
  { name: 'Apache-2.0 without its appendix', text: () => spdx('Apache-2.0').split('END OF TERMS AND CONDITIONS')[0], id: 'Apache-2.0', kind: 'redistributable' },
  // The FSF's own copy differs from SPDX's after the terms: `<year>` placeholders, a repeated title,
  // and a closing paragraph SPDX leaves out. What follows the terms is optional when matching.
  {
    name: 'GPL-2.0 with a different appendix after the terms',
    text: () => spdx('GPL-2.0-only').split('END OF TERMS AND CONDITIONS')[0] + 'END OF TERMS AND CONDITIONS\n\nHow to Apply These Terms\n\n<one line to give the program\'s name and a brief idea of what it does.>\nCopyright (C) <year> <name of author>\n\nThis General Public License does not permit incorporating your program into proprietary programs. If your program is a subroutine library, you may consider it more useful to permit linking proprietary applications with the library.\n',
    id: 'GPL-2.0-only',
    kind: 'redistributable',
  },
  { name: 'GPL-3.0 without "How to Apply"', text: () => spdx('GPL-3.0-only').split('END OF TERMS AND CONDITIONS')[0], id: 'GPL-3.0-only', kind: 'redistributable' },
  { name: 'MIT as "The MIT License (MIT)" with CRLF line ends', text: () => fillCopyright(spdx('MIT')).replace('MIT License', 'The MIT License (MIT)').replace(/\n/g, '\r\n'), id: 'MIT', kind: 'redistributable' },
  { name: 'MIT followed by the Apache-2.0 text', text: () => `${spdx('MIT')}\n\n${spdx('Apache-2.0')}`, id: null, kind: 'needs-review', method: 'none' },
  { name: 'MIT with an extra paragraph of terms', text: () => `${spdx('MIT')}\n\nThe Software may not be used for military purposes or in any clinical decision without the written consent of the authors.`, id: null, kind: 'needs-review', method: 'none' },
  { name: 'a proprietary notice', text: () => PROPRIETARY, id: null, kind: 'needs-review', method: 'none' },
  { name: 'an empty file', text: () => '\n  \n', id: null, kind: 'none', method: 'none' },
  // Short notices: not a license text, but a pointer to one.
  {
    name: 'the Apache-2.0 file header as the whole LICENSE',
    text: () => spdx('Apache-2.0').slice(spdx('Apache-2.0').lastIndexOf('Copyright [yyyy]')).replace('[yyyy] [name of copyright owner]', '2024 Example Lab'),
    id: 'Apache-2.0',
    kind: 'redistributable',
    method: 'notice',
  },
  { name: 'an SPDX-License-Identifier line', text: () => '# SPDX-License-Identifier: BSD-3-Clause\n', id: 'BSD-3-Clause', kind: 'redistributable', method: 'notice' },
  { name: 'an SPDX expression', text: () => 'SPDX-License-Identifier: MIT OR Apache-2.0', id: 'MIT OR Apache-2.0', kind: 'redistributable', method: 'notice' },
  { name: 'a link to the MIT page', text: () => 'This project is released under the license at https://opensource.org/licenses/MIT', id: 'MIT', kind: 'redistributable', method: 'notice' },
  { name: 'a GPLv3 sentence', text: () => 'Copyright 2023 Foo.\nThis program is distributed under the GPLv3 or later.', id: 'GPL-3.0-or-later', kind: 'redistributable', method: 'notice' },
  { name: 'a dual-license notice', text: () => 'Licensed under either of the Apache License, Version 2.0 or the MIT license, at your option.', id: 'Apache-2.0 OR MIT', kind: 'redistributable', method: 'notice' },
  {
    name: 'a notice with code and weights under different licenses',
    text: () => 'The code is licensed under the MIT License.\nThe trained model weights are licensed under CC BY-NC 4.0.',
    id: 'MIT AND CC-BY-NC-4.0',
    kind: 'non-commercial',
    method: 'notice',
  },
  { name: 'a CC BY-NC-SA notice', text: () => 'This work is licensed under a Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International License.', id: 'CC-BY-NC-SA-4.0', kind: 'non-commercial', method: 'notice' },
);

describe('detectLicense', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const detection = await detectLicense(c.text());
      const classification = await classifyDetection(detection);
      const got = { id: detection.id, kind: classification.kind, ...(c.method ? { method: detection.method } : {}), ...(c.nearest ? { nearest: detection.nearest?.id } : {}) };
      expect(got, `score ${detection.score.toFixed(4)}, nearest ${JSON.stringify(detection.nearest)}, runner-up ${JSON.stringify(detection.runnerUp)}`).toEqual({
        id: c.id,
        kind: c.kind,
        ...(c.method ? { method: c.method } : {}),
        ...(c.nearest ? { nearest: c.nearest } : {}),
      });
      if (detection.method === 'text') expect(detection.score).toBeGreaterThanOrEqual(ACCEPT_SCORE);
      if (/Commons Clause/.test(c.name)) expect(detection.rider?.name).toBe('Commons Clause');
    });
  }

  it('reports a runner-up that is another license, and the ids with the same text', async () => {
    const gpl = await detectLicense(spdx('GPL-3.0-only'));
    expect(gpl.aliases).toContain('GPL-3.0-or-later');
    expect(gpl.runnerUp?.id).not.toMatch(/^GPL-3\.0/);
    const ccBy = await detectLicense(spdx('CC-BY-4.0'));
    expect(ccBy.runnerUp?.id).toMatch(/^CC-BY-(ND|SA|NC)-4\.0$/);
    expect(ccBy.runnerUp!.score).toBeLessThan(ACCEPT_SCORE);
  });

  it('points at the line where a Commons Clause starts', async () => {
    const text = `${spdx('MIT')}\n\n${COMMONS_CLAUSE}`;
    const detection = await detectLicense(text);
    expect(detection.rider?.line).toBe(text.split('\n').findIndex((l) => l.includes('"Commons Clause"')) + 1);
  });

  it('takes a few milliseconds per file once the SPDX texts are indexed', async () => {
    await detectLicense(spdx('MIT'));
    const texts = ['Apache-2.0', 'GPL-3.0-only', 'MIT', 'BSD-3-Clause', 'CC-BY-4.0'].map((id) => reflow(fillCopyright(spdx(id)), 72));
    const start = performance.now();
    for (let i = 0; i < 4; i++) for (const t of texts) await detectLicense(t);
    const perFile = (performance.now() - start) / (4 * texts.length);
    expect(perFile).toBeLessThan(25);
  });
});

describe('robustness', () => {
  it('never throws on odd input: pieces of licenses mixed with noise, symbols, other scripts, long lines', async () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const ids = Object.keys(SPDX);
    const noise = ['\u0000', '\uFEFF', '©', '(c)', '\r', '\n\n', '- ', '1.', '**', '<!--', '-->', '[x](', ')', 'https://', 'Commons Clause', 'SPDX-License-Identifier:', 'Licensed under the', 'ライセンス', 'Лицензия', '\t', '&', "'", '-\n'];
    for (let i = 0; i < 150; i++) {
      const base = spdx(ids[random(ids.length)]);
      const start = random(base.length);
      let text = base.slice(start, start + random(3000));
      for (let k = random(12); k > 0; k--) {
        const at = random(text.length + 1);
        text = text.slice(0, at) + noise[random(noise.length)] + text.slice(at);
      }
      const detection = await detectLicense(text);
      expect(detection.score).toBeGreaterThanOrEqual(0);
      await classifyDetection(detection);
    }
    await expect(detectLicense('x'.repeat(200_000))).resolves.toMatchObject({ id: null });
  });
});

describe('findLicenseMentions (README License sections)', () => {
  const mentions = async (text: string, links: { url: string }[] = []) => (await findLicenseMentions(text, links)).map((m) => m.id);

  it.each([
    ['This project is licensed under the MIT License - see the LICENSE file for details.', ['MIT']],
    ['Licensed under the Apache License, Version 2.0.', ['Apache-2.0']],
    ['Distributed under the Apache 2 license', ['Apache-2.0']],
    ['GNU General Public License v3.0', ['GPL-3.0-only']],
    ['GNU GPL version 2 or (at your option) any later version', ['GPL-2.0-or-later']],
    ['Released under the GNU Lesser General Public License v2.1', ['LGPL-2.1-only']],
    ['AGPL-3.0-or-later', ['AGPL-3.0-or-later']],
    ['BSD 3-Clause License', ['BSD-3-Clause']],
    ['the 2-clause BSD licence', ['BSD-2-Clause']],
    ['Mozilla Public License 2.0', ['MPL-2.0']],
    ['CC BY-NC 4.0', ['CC-BY-NC-4.0']],
    ['Creative Commons Attribution-NoDerivatives 4.0 International', ['CC-BY-ND-4.0']],
    ['Public domain (CC0)', ['CC0-1.0']],
    ['This is free and unencumbered software: The Unlicense.', ['Unlicense']],
    ['European Union Public Licence v. 1.2', ['EUPL-1.2']],
    ['Code: MIT. Model weights: CC-BY-NC-4.0.', ['MIT', 'CC-BY-NC-4.0']],
    ['MIT No Attribution', ['MIT-0']],
    ['See the LICENSE file.', []],
    ['Forked from https://github.com/lab/mit-gpl-tools, see LICENSE.', []],
    ['All rights reserved.', []],
    ['The software is unlicensed: contact us.', []],
  ])('%s', async (text, ids) => {
    expect(await mentions(text)).toEqual(ids);
  });

  it('reads the links of the section', async () => {
    expect(await mentions('License', [{ url: 'https://www.apache.org/licenses/LICENSE-2.0.txt' }])).toEqual(['Apache-2.0']);
    expect(await mentions('[CC BY-SA]', [{ url: 'https://creativecommons.org/licenses/by-sa/4.0/' }])).toEqual(['CC-BY-SA-4.0']);
    expect(await mentions('here', [{ url: 'https://www.gnu.org/licenses/gpl-3.0.en.html' }])).toEqual(['GPL-3.0-only']);
    expect(await mentions('MIT', [{ url: 'https://choosealicense.com/licenses/mit/' }])).toEqual(['MIT']);
    expect(await mentions('license', [{ url: 'LICENSE' }])).toEqual([]);
  });

  it('matches a family named without a version to any version of it, and -only to -or-later', async () => {
    const [apache] = await findLicenseMentions('Apache License');
    expect(apache.family).toBe('Apache');
    expect(mentionMatches(apache, 'Apache-2.0')).toBe(true);
    expect(mentionMatches(apache, 'MIT')).toBe(false);
    const [gpl] = await findLicenseMentions('GPLv3');
    expect(mentionMatches(gpl, 'GPL-3.0-or-later')).toBe(true);
    expect(mentionMatches(gpl, 'GPL-2.0-only')).toBe(false);
    const [cc] = await findLicenseMentions('CC BY-NC');
    expect(mentionMatches(cc, 'CC-BY-NC-4.0')).toBe(true);
    expect(mentionMatches(cc, 'CC-BY-NC-SA-4.0')).toBe(false);
  });

  it('knows a link to the repository\'s own license file', () => {
    expect(isLicenseFileLink('LICENSE')).toBe(true);
    expect(isLicenseFileLink('./LICENSE.md')).toBe(true);
    expect(isLicenseFileLink('https://github.com/acme/image_batch_x/blob/main/LICENSE')).toBe(true);
    expect(isLicenseFileLink('https://opensource.org/licenses/MIT')).toBe(false);
    expect(isLicenseFileLink('docs/usage.md')).toBe(false);
  });
});

describe('CHM301 with what GitHub says (remote mode)', () => {
  const DOCKERFILE = 'FROM harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python:3.0\nLABEL name="tool" version="1.0"\n';
  async function lint(files: Record<string, string | Uint8Array>, repository: Partial<RepositoryInfo>) {
    const vfs = new MemoryVfs('github:lab/image_batch_tool', new Map(Object.entries({ Dockerfile: DOCKERFILE, ...files })));
    const result = await new Linter(ruleSet, resolveConfig({}, null, {})).lint({
      vfs,
      isRepository: true,
      targets: [{ path: 'Dockerfile', context: '' }],
      repository: { name: 'image_batch_tool', owner: 'lab', isPrivate: null, githubLicense: null, ...repository },
    });
    return result.findings.filter((f) => /^CHM30[14]$/.test(f.code)).map((f) => `${f.code} ${f.message}`);
  }

  it('needs the label in a private repository whatever its license', async () => {
    const findings = await lint({ LICENSE: spdx('MIT') }, { isPrivate: true, githubLicense: 'MIT' });
    expect(findings).toEqual([expect.stringMatching(/^CHM301 .*the repository is private/)]);
  });

  it('takes GitHub\'s identification when the file matches nothing here', async () => {
    const findings = await lint({ LICENSE: half(spdx('MIT')) }, { isPrivate: false, githubLicense: 'MIT' });
    expect(findings).toEqual([expect.stringMatching(/^CHM304 /)]);
    const nonCommercial = await lint({ LICENSE: half(spdx('MIT')) }, { isPrivate: false, githubLicense: 'CC-BY-NC-4.0' });
    expect(nonCommercial).toContainEqual(expect.stringMatching(/^CHM301 .*GitHub identifies it as CC-BY-NC-4.0, which forbids commercial use/));
  });

  it('ignores GitHub\'s NOASSERTION, and says when the license file is not text', async () => {
    expect(await lint({}, { isPrivate: false, githubLicense: 'NOASSERTION' })).toEqual([expect.stringMatching(/^CHM301 .*there is no license file/)]);
    const binary = await lint({ LICENSE: new Uint8Array([37, 80, 68, 70, 0, 1, 2]) }, { isPrivate: false });
    expect(binary).toEqual([expect.stringMatching(/^CHM301 .*`LICENSE` cannot be read as text/)]);
  });
});
