// Unit tests of the README model (sections, links, code with exact ranges) and of the parser of
// `jobman submit` examples (options, `--`, job arguments, continuations, prompts, placeholders).
import { describe, expect, it } from 'vitest';
import { CHAIMELEON_PROFILE } from '../src/profile.js';
import { parseImageRef, readmeExamples, shellText, type CommandWord, type JobmanSubmit } from '../src/readme/jobman.js';
import { isLicenseLink, licenseNamesIn, licenseStatementIn, refersToLicenseDocument } from '../src/readme/license-mention.js';
import { parseReadme, sectionKey, type Readme } from '../src/readme/model.js';
import { jobPaths } from '../src/readme/paths.js';
import { documentedImageName, readmeImageNames } from '../src/readme/image-name.js';
import { isPlaceholderImageName, isPlaceholderSegment, knownPrefix } from '../src/readme/placeholders.js';
import type { Range } from '../src/types.js';

/** The README text a range covers: what a finding at that range underlines. */
function at(readme: Readme, r: Range): string {
  return readme.text.slice(readme.lines.offsetAt(r.startLine - 1, r.startColumn - 1), readme.lines.offsetAt(r.endLine - 1, r.endColumn - 1));
}

const pos = (r: Range) => `${r.startLine}:${r.startColumn}-${r.endLine}:${r.endColumn}`;

async function submits(markdown: string): Promise<{ readme: Readme; jobman: JobmanSubmit[] }> {
  const readme = parseReadme('README.md', markdown);
  return { readme, jobman: (await readmeExamples(readme)).jobman };
}

const words = (readme: Readme, list: (CommandWord | null)[]) => list.map((w) => (w ? `${w.value}@${pos(w.range)}=${at(readme, w.range)}` : null));

describe('README model', () => {
  const text = [
    '# Lung tool', //  1
    '', //  2
    '## 📝 Description', //  3
    '', //  4
    'Segments *lungs*. See <https://example.org/docs> and https://example.org/paper.', //  5
    '', //  6
    '### Inputs', //  7
    '', //  8
    'CT series.', //  9
    '', // 10
    'Usage', // 11
    '-----', // 12
    '', // 13
    '> ```bash', // 14
    '> jobman submit -i x -- a', // 15
    '> ```', // 16
    '', // 17
    '### License', // 18
    '', // 19
    '## LICENSE', // 20
    '', // 21
    'Read [the terms][t] or <a href="./COPYING">this</a>, or `inline', // 22
    '  code`.', // 23
    '', // 24
    '[t]: ./LICENSE.md', // 25
    '', // 26
    '    indented', // 27
    '', // 28
  ].join('\n');
  const readme = parseReadme('README.md', text);

  it('splits the document into sections with exact heading and body ranges', () => {
    expect(readme.sections.map((s) => [s.title, s.key, s.level, s.setext, pos(s.headingRange)])).toEqual([
      ['Lung tool', 'lung tool', 1, false, '1:1-1:12'],
      ['📝 Description', 'description', 2, false, '3:1-3:18'],
      ['Inputs', 'inputs', 3, false, '7:1-7:11'],
      ['Usage', 'usage', 2, true, '11:1-12:6'],
      ['License', 'license', 3, false, '18:1-18:12'],
      ['LICENSE', 'license', 2, false, '20:1-20:11'],
    ]);
    const description = readme.sections[1];
    // A section's body runs to the next heading of its level or higher: subsections belong to it.
    expect(pos(description.range)).toBe('5:1-9:11');
    expect(description.text).toBe('Segments lungs. See https://example.org/docs and https://example.org/paper.\n\nInputs\n\nCT series.');
    expect(readme.sections[4].text).toBe('');
  });

  it('normalises section titles', () => {
    expect(sectionKey('🚀  Usage:')).toBe('usage');
    expect(sectionKey('2. Description')).toBe('description');
    expect(sectionKey('⚖️ LICENSE (MIT)')).toBe('license (mit)');
  });

  it('prefers a level-2 section, then an exact title, then the first one', () => {
    expect(readme.section('license')?.headingRange.startLine).toBe(20);
    expect(readme.section('usage')?.setext).toBe(true);
    expect(readme.section('citation')).toBeNull();
    const other = parseReadme('README.md', '# T\n\n### Usage\n\n## Usage examples\n\n## Licence\n');
    expect(other.section('usage')?.title).toBe('Usage examples');
    expect(other.section('license')?.title).toBe('Licence');
  });

  it('collects links of every kind with exact ranges', () => {
    expect(readme.links.map((l) => [l.url, l.text, pos(l.range), at(readme, l.range)])).toEqual([
      ['https://example.org/docs', 'https://example.org/docs', '5:23-5:49', '<https://example.org/docs>'],
      ['https://example.org/paper', 'https://example.org/paper', '5:54-5:79', 'https://example.org/paper'],
      ['./LICENSE.md', 'the terms', '22:6-22:20', '[the terms][t]'],
      ['./COPYING', '', '22:24-22:44', '<a href="./COPYING">'],
    ]);
    expect(readme.section('license')?.links.map((l) => l.url)).toEqual(['./LICENSE.md', './COPYING']);
  });

  it('maps code back to the README: fenced in a blockquote, inline over two lines, indented', () => {
    const [fenced, inline, indented] = readme.code;
    expect([fenced.inline, fenced.lang, fenced.contentLine, fenced.value]).toEqual([false, 'bash', 15, 'jobman submit -i x -- a']);
    expect(readme.text.slice(fenced.toReadme(7), fenced.toReadme(13))).toBe('submit');
    expect(readme.lines.range(fenced.toReadme(0), fenced.toReadme(6))).toEqual({ startLine: 15, startColumn: 3, endLine: 15, endColumn: 9 });
    expect([inline.inline, inline.contentLine, pos(inline.range)]).toEqual([true, 22, '22:57-23:8']);
    const codeAt = inline.value.indexOf('code');
    expect(readme.lines.range(inline.toReadme(codeAt), inline.toReadme(codeAt + 4))).toEqual({ startLine: 23, startColumn: 3, endLine: 23, endColumn: 7 });
    expect([indented.contentLine, indented.value, readme.lines.range(indented.toReadme(0), indented.toReadme(8))]).toEqual([27, 'indented', { startLine: 27, startColumn: 5, endLine: 27, endColumn: 13 }]);
    expect(readme.sections[3].code).toEqual([fenced]);
  });

  it('reads CRLF text with the same lines and columns', () => {
    const crlf = parseReadme('README.md', '# T\r\n\r\n## Usage\r\n\r\n`jobman submit -i x -- a`\r\n');
    expect(pos(crlf.sections[1].headingRange)).toBe('3:1-3:9');
    expect(pos(crlf.code[0].range)).toBe('5:1-5:26');
  });
});

describe('jobman submit examples', () => {
  it('parses a multi-line example with continuations: options, `--`, job arguments, exact ranges', async () => {
    const { readme, jobman } = await submits(
      [
        '```bash',
        'jobman submit -i harbor.example.org:5000/lib/seg:1.2 \\',
        '    -j my-job --resources=small-gpu \\',
        '    -- --input /home/chaimeleon/datasets/<dataset-id> \\',
        '       --output=/home/chaimeleon/persistent-home/out -v /extra',
        '```',
      ].join('\n'),
    );
    expect(jobman).toHaveLength(1);
    const [s] = jobman;
    expect(at(readme, s.range)).toContain('jobman submit');
    expect(s.options.map((o) => [o.name, o.key, o.value?.value])).toEqual([
      ['-i', 'image', 'harbor.example.org:5000/lib/seg:1.2'],
      ['-j', 'job-name', 'my-job'],
      ['--resources', 'resources', 'small-gpu'],
    ]);
    expect(words(readme, [s.image?.word ?? null, s.jobName, s.resources, s.separator])).toEqual([
      'harbor.example.org:5000/lib/seg:1.2@2:18-2:53=harbor.example.org:5000/lib/seg:1.2',
      'my-job@3:8-3:14=my-job',
      'small-gpu@3:27-3:36=small-gpu',
      '--@4:5-4:7=--',
    ]);
    expect(s.image).toMatchObject({ registry: 'harbor.example.org:5000', repository: 'lib/seg', name: 'seg', tag: '1.2', option: '-i' });
    expect(s.commandMode).toBe(false);
    expect(s.jobArgs.map((a) => [a.kind, a.name, a.value ? `${a.value.value}@${pos(a.value.range)}` : null])).toEqual([
      ['option', '--input', '/home/chaimeleon/datasets/<dataset-id>@4:16-4:54'],
      ['option', '--output', '/home/chaimeleon/persistent-home/out@5:17-5:53'],
      ['option', '-v', '/extra@5:57-5:63'],
    ]);
  });

  it('reads console sessions: `$ ` prompts, `> ` continuation prompts, output lines left out', async () => {
    const { readme, jobman } = await submits(
      ['```console', '$ jobman submit -i seg:1 \\', '>   -- /data/a /data/b', 'Job seg-1 submitted', '(venv) user@host:~$ jobman submit -i seg:2 -- x', '```'].join('\n'),
    );
    expect(jobman.map((s) => s.image?.value)).toEqual(['seg:1', 'seg:2']);
    expect(words(readme, jobman[0].args)).toEqual(['/data/a@3:8-3:15=/data/a', '/data/b@3:16-3:23=/data/b']);
    expect(pos(jobman[1].range)).toBe('5:21-5:48');
  });

  it('keeps offsets when it blanks prompts and masks placeholders', () => {
    const text = '$ jobman submit -i <img> \\  \n>   -- <in> 2>err.log\nJob submitted';
    const shell = shellText(text).split('\n');
    expect(shell.join('\n')).toHaveLength(text.length);
    // The `\\` followed by stray spaces moves to the line end, so the line still continues.
    expect(shell).toEqual(['  jobman submit -i \u2039img\u203A   \\', '    -- \u2039in\u203A 2>err.log', ' '.repeat(13)]);
  });

  it('handles `--`: jobman options before it, job arguments after it, a second `--` makes the rest positional', async () => {
    const { jobman } = await submits('`jobman submit -c -i seg -- python3 -u /app/run.py --in /a -- --not-an-option`');
    const [s] = jobman;
    expect(s.commandMode).toBe(true);
    expect(s.jobArgs.map((a) => [a.kind, a.name, a.value?.value])).toEqual([
      ['program', null, 'python3'],
      ['program', null, '-u'],
      ['program', null, '/app/run.py'],
      ['option', '--in', '/a'],
      ['positional', null, '--not-an-option'],
    ]);
  });

  it('without `--`, the job arguments start at the first word jobman does not take', async () => {
    const { jobman } = await submits('`jobman submit -i seg:1 -j x --input /a /b`');
    expect(jobman[0].separator).toBeNull();
    expect(jobman[0].options.map((o) => o.name)).toEqual(['-i', '-j']);
    expect(jobman[0].jobArgs.map((a) => [a.kind, a.name, a.value?.value])).toEqual([
      ['option', '--input', '/a'],
      ['positional', null, '/b'],
    ]);
  });

  it('reads `--image=x`, `-ix`, jobman\'s global `-s FILE`, and quoted values', async () => {
    const { readme, jobman } = await submits('`jobman -s my.json submit --image=seg:3 -- --out="/home/chaimeleon/persistent-home/a b"` and `jobman submit -iseg:4 -- x`');
    expect(jobman.map((s) => [s.image?.value, s.image?.option])).toEqual([
      ['seg:3', '--image'],
      ['seg:4', '-i'],
    ]);
    expect(jobman[0].options[0]).toMatchObject({ key: 'settings', value: { value: 'my.json' } });
    expect(words(readme, [jobman[0].image!.word, jobman[0].jobArgs[0].value, jobman[1].image!.word])).toEqual([
      'seg:3@1:35-1:40=seg:3',
      '/home/chaimeleon/persistent-home/a b@1:50-1:88="/home/chaimeleon/persistent-home/a b"',
      'seg:4@1:111-1:116=seg:4',
    ]);
  });

  it('ignores other jobman commands, bare mentions and non-shell code; finds docker run', async () => {
    const readme = parseReadme(
      'README.md',
      ['`jobman submit`, `jobman images`, `jobman image-details -i seg`', '', '```python', 'os.system("jobman submit -i seg -- x")', '```', '', '```sh', 'docker run --rm -v /a:/b seg:1', 'docker container run seg', 'docker build .', '```'].join('\n'),
    );
    const examples = await readmeExamples(readme);
    expect(examples.jobman).toEqual([]);
    expect(examples.dockerRun.map((d) => pos(d.range))).toEqual(['8:1-8:31', '9:1-9:25']);
    expect(await readmeExamples(readme)).toBe(examples);
  });

  it('drops synopsis brackets and ellipses from job arguments', async () => {
    const { readme, jobman } = await submits('`jobman submit -i seg -- [--gpu] [--output DIR] FILE ...`');
    expect(jobman[0].jobArgs.map((a) => [a.kind, a.name, a.value ? at(readme, a.value.range) : null])).toEqual([
      ['option', '--gpu', null],
      ['option', '--output', 'DIR'],
      ['positional', null, 'FILE'],
    ]);
  });
});

describe('job arguments by role', () => {
  const kinds = async (command: string) => {
    const { jobman } = await submits('`' + command + '`');
    return jobman[0].jobArgs.map((a) => `${a.kind}:${a.name ? a.name + '=' : ''}${a.value?.value ?? ''}`);
  };

  it('takes an interpreter and its script for the program, also without -c', async () => {
    expect(await kinds('jobman submit -i seg -- python3 app/x.py datasets/<id> persistent-home/out')).toEqual([
      'program:python3',
      'program:app/x.py',
      'positional:datasets/<id>',
      'positional:persistent-home/out',
    ]);
    expect(await kinds('jobman submit -i seg -- python -u -m pkg.run --input /a')).toEqual(['program:python', 'program:-u', 'program:-m', 'program:pkg.run', 'option:--input=/a']);
    expect(await kinds('jobman submit -i seg -- Rscript --vanilla stats/x.R /a')).toEqual(['program:Rscript', 'program:--vanilla', 'program:stats/x.R', 'positional:/a']);
    expect(await kinds('jobman submit -i seg -- java -cp lib/a.jar org.x.Main /a')).toEqual(['program:java', 'program:-cp', 'program:lib/a.jar', 'program:org.x.Main', 'positional:/a']);
    expect(await kinds(`jobman submit -i seg -- sh -c 'python3 x.py /a /b'`)).toEqual(['program:sh', 'program:-c', 'program:python3 x.py /a /b']);
    expect(await kinds('jobman submit -i seg -- ./scripts/run.sh /a /b')).toEqual(['program:./scripts/run.sh', 'positional:/a', 'positional:/b']);
  });

  it('takes launchers with their options for the program, and variables before and after it', async () => {
    expect(await kinds('jobman submit -i seg -- conda run --no-capture-output -n env python app/x.py -i /a')).toEqual([
      'program:conda',
      'program:run',
      'program:--no-capture-output',
      'program:-n',
      'program:env',
      'program:python',
      'program:app/x.py',
      'option:-i=/a',
    ]);
    expect(await kinds('jobman submit -i seg -- CUDA_VISIBLE_DEVICES=0 torchrun --nproc_per_node 2 train.py --data /a')).toEqual([
      'variable:CUDA_VISIBLE_DEVICES=0',
      'program:torchrun',
      'program:--nproc_per_node',
      'program:2',
      'program:train.py',
      'option:--data=/a',
    ]);
    expect(await kinds('jobman submit -i seg -- -- INPUT_DIR=~/datasets/a OUTPUT_DIR=/b')).toEqual(['variable:INPUT_DIR=~/datasets/a', 'variable:OUTPUT_DIR=/b']);
  });

  it('leaves the words to the ENTRYPOINT when no program starts them', async () => {
    expect(await kinds('jobman submit -i seg -- -i /a -o /b')).toEqual(['option:-i=/a', 'option:-o=/b']);
    expect(await kinds('jobman submit -i seg -- nvidia-smi')).toEqual(['positional:nvidia-smi']);
    // `conda list` is not a launcher: only `conda run` is.
    expect(await kinds('jobman submit -i seg -- conda list /a')).toEqual(['positional:conda', 'positional:list', 'positional:/a']);
    // In -c mode the first word is the program whatever it is.
    expect(await kinds('jobman submit -c -i seg -- /opt/tool/predict /a')).toEqual(['program:/opt/tool/predict', 'positional:/a']);
  });
});

describe('placeholders', () => {
  it('tells stand-ins from real folder names', () => {
    for (const s of ['<id>', '${DATASET}', '$DATASET', '{dataset}', 'DATASET_ID', 'ID', '...', 'xxx', 'run-XXXX', 'your-folder', 'yourData', '*', '[dir]']) expect(isPlaceholderSegment(s), s).toBe(true);
    for (const s of ['datasets', 'persistent-home', 'out', 'my-results', 'ct-01', 'dc0dbf84-ebcf-470a-8b45-ef682ddafc6c', 'CTs', 'x']) expect(isPlaceholderSegment(s), s).toBe(false);
  });

  it('keeps the folders before the first stand-in', () => {
    expect(knownPrefix('datasets/<id>/ct')).toEqual({ prefix: 'datasets', complete: false });
    expect(knownPrefix('~/persistent-home/$RUN')).toEqual({ prefix: '~/persistent-home', complete: false });
    expect(knownPrefix('$HOME/datasets/x')).toEqual({ prefix: '$HOME/datasets/x', complete: true });
    expect(knownPrefix('/path/to/out')).toEqual({ prefix: '', complete: false });
    expect(knownPrefix('<out>')).toEqual({ prefix: '', complete: false });
  });

  it('tells placeholder image names from real ones', () => {
    for (const n of ['<image>', '$IMAGE', 'IMAGE_NAME', '{image}', '...', 'xxx', 'ubuntu-python-xxxxx-desktop', 'your-image', 'yourApp', 'my-tool', 'my-application', 'myapp', 'image-name', 'app']) expect(isPlaceholderImageName(n), n).toBe(true);
    for (const n of ['lung-seg', 'ubuntu-python', 'my-lung-seg', 'nnunet', 'totalsegmentator', 'tool-x']) expect(isPlaceholderImageName(n), n).toBe(false);
  });
});

describe('the image name a README documents', () => {
  const readme = (path: string, title: string, images: string[]) =>
    parseReadme(path, [`# ${title}`, '', '## Usage', '', ...images.map((i) => `\`jobman submit -i ${i} -- --input ~/datasets/<id>\``), ''].join('\n'));

  it('reads the examples (placeholders left out) and a title written as an image name', async () => {
    const names = await readmeImageNames(readme('lung-seg/README.md', '`lung-seg`', ['lung-seg:1.0', '<your-image>', 'my-tool', 'harbor.example.org/lib/lungseg']));
    expect(names.examples.map((e) => e.name)).toEqual(['lung-seg', 'lungseg']);
    expect(names.title?.name).toBe('lung-seg');
    expect(names.folder).toBe('lung-seg');
    expect((await readmeImageNames(readme('README.md', 'Lung segmentation', ['a']))).title).toBeNull();
    expect((await readmeImageNames(readme('README.md', 'Lung segmentation', ['a']))).folder).toBeNull();
  });

  it('takes the title when the folder or an example agrees with it, else the name most examples run', async () => {
    const name = async (path: string, title: string, images: string[], notImage?: (n: string) => boolean) => documentedImageName(await readmeImageNames(readme(path, title, images)), notImage);
    expect(await name('catalogue/lung-seg/README.md', 'lung-seg', ['lungseg'])).toMatchObject({ name: 'lung-seg', source: { kind: 'title' } });
    expect(await name('README.md', 'lung-seg', ['b', 'lung-seg', 'b'])).toMatchObject({ name: 'lung-seg', source: { kind: 'title' } });
    // A title that neither the folder nor an example confirms may name the repository or the tool.
    expect(await name('README.md', 'lung-seg', ['b', 'c', 'c'])).toMatchObject({ name: 'c', source: { kind: 'example' } });
    expect(await name('README.md', 'lung-seg', ['b', 'c'])).toMatchObject({ name: 'b', source: { kind: 'example' } });
    expect(await name('image_batch_lung_seg/README.md', 'image_batch_lung_seg', ['lung-seg'], (n) => n.startsWith('image_batch_'))).toMatchObject({ name: 'lung-seg' });
    expect(await name('README.md', 'lung-seg', [])).toBeNull();
  });
});

describe('image references', () => {
  it('splits registry, repository, name, tag and digest', () => {
    expect(parseImageRef('seg')).toEqual({ value: 'seg', registry: null, repository: 'seg', name: 'seg', tag: null, digest: null });
    expect(parseImageRef('lib/seg:1.0')).toMatchObject({ registry: null, repository: 'lib/seg', name: 'seg', tag: '1.0' });
    expect(parseImageRef('localhost/seg')).toMatchObject({ registry: 'localhost', name: 'seg', tag: null });
    expect(parseImageRef('r.io:443/a/b/seg@sha256:abc')).toMatchObject({ registry: 'r.io:443', repository: 'a/b/seg', tag: null, digest: 'sha256:abc' });
  });
});

describe('job paths', () => {
  it('finds inputs and outputs, resolves ~, relative paths and placeholders, and names the mount', async () => {
    const { jobman } = await submits('`jobman submit -i seg -- --data_dir datasets/<id> -o=~/persistent-home/x --input $IN --threshold 0.5 /mnt/datalake/a ../tmp/b`');
    const paths = jobPaths(jobman[0], CHAIMELEON_PROFILE, '/home/chaimeleon/app');
    expect(paths.map((p) => [p.role, p.because, p.resolved, p.written, p.mount])).toEqual([
      ['input', '`--data_dir`', '/home/chaimeleon/app/datasets/<id>', 'relative', 'elsewhere'],
      ['output', '`-o`', '/home/chaimeleon/persistent-home/x', 'home', 'persistent'],
      ['input', 'the first path argument', '/mnt/datalake/a', 'absolute', 'read-only'],
      ['output', 'the second path argument', '/home/chaimeleon/tmp/b', 'relative', 'elsewhere'],
    ]);
  });
});

describe('license mentions', () => {
  it('finds SPDX ids, SPDX names and common names, and not ordinary words', async () => {
    expect(await licenseNamesIn('Licensed under Apache-2.0.')).toEqual(['Apache-2.0']);
    expect(await licenseNamesIn('MIT')).toEqual(['MIT']);
    expect(await licenseNamesIn('GNU General Public License v3.0 only')).toContain('GPL-3.0-only');
    expect(await licenseNamesIn('GPLv3 or later')).toEqual(['GPL']);
    expect(await licenseNamesIn('Ask the mit team. Written in Python with curl.')).toEqual([]);
  });

  it('reads statements of no license and of proprietary terms, which name no license', async () => {
    const kind = (t: string) => licenseStatementIn(t)?.kind ?? null;
    expect(licenseStatementIn('None')).toEqual({ kind: 'none', text: 'None' });
    expect(kind('**None.**')).toBe('none');
    expect(kind('N/A')).toBe('none');
    expect(kind('No license yet.')).toBe('none');
    expect(kind('This code is not licensed.')).toBe('none');
    expect(kind('Proprietary software, all rights reserved.')).toBe('proprietary');
    expect(kind('Copyright (c) 2023 ACME. This software is proprietary and confidential.')).toBe('proprietary');
    expect(kind('The weights are not licensed for redistribution.')).toBe('proprietary');
    expect(kind('Contact us for a commercial license.')).toBe('proprietary');
    expect(kind('© 2024 ACME S.L. All rights reserved.')).toBe('reserved');
    // The Unlicense is a license; "not licensed under" introduces one; a copyright line alone states nothing.
    expect(kind('The Unlicense')).toBeNull();
    expect(kind('Not licensed under GPL, but under MIT.')).toBeNull();
    expect(kind('Copyright 2024 University Medical Center.')).toBeNull();
    expect(kind('Nonetheless, ask the authors.')).toBeNull();
    expect(await licenseNamesIn('Proprietary software, all rights reserved.')).toEqual([]);
  });

  it('notices a text that sends the reader to a license file', () => {
    expect(refersToLicenseDocument('See the LICENSE file.')).toBe(true);
    expect(refersToLicenseDocument('MIT - see the `LICENSE.md` file for details')).toBe(true);
    expect(refersToLicenseDocument('The terms are in COPYING.')).toBe(true);
    expect(refersToLicenseDocument('Apache-2.0; see the license terms on the Apache site.')).toBe(false);
    expect(refersToLicenseDocument('MIT')).toBe(false);
  });

  it('recognises links to license documents', () => {
    const link = (url: string, text = '') => isLicenseLink({ url, text, range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } });
    expect(link('LICENSE')).toBe(true);
    expect(link('./COPYING.txt')).toBe(true);
    expect(link('https://github.com/o/r/blob/main/LICENSE.md')).toBe(true);
    expect(link('https://creativecommons.org/licenses/by/4.0/')).toBe(true);
    expect(link('https://example.org/', 'License')).toBe(true);
    expect(link('https://example.org/contact', 'contact')).toBe(false);
    expect(link('#license')).toBe(false);
  });
});

describe('CHM204 says which link to write', () => {
  it('links the license file from the README folder and names the license it is', async () => {
    const { lintPath, ROOT } = await import('./helpers.js');
    const findings = await lintPath(`${ROOT}/fixtures/CHM204/image-folder.bad`);
    const missing = findings.filter((f) => f.code === 'CHM204');
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain('`[BSD-3-Clause](../LICENSE)`');
  });
});
