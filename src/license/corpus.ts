// The SPDX license texts as word sets. Turning 5 MB of license texts into words took a run with a
// LICENSE file a fifth of its time, so it is done when the project is built: buildLicenseIndex
// writes data/license-index.json (scripts/gen-license-index.mjs, run by `npm run docs`; a test fails
// when the file is not what the texts and normalize.ts give today), and a run reads that file once,
// on first use, so that a run that never looks at a license file never loads it.
import { forEachLicenseWord } from './normalize.js';
import { readPackageJson, readProjectData } from './package-data.js';

export { readPackageJson };

export interface CorpusEntry {
  /** The id to report: among licenses with the same text, the current id that is shortest (`GPL-3.0-only`). */
  id: string;
  /** Every SPDX id with this text, `id` first (`GPL-3.0-only`, `GPL-3.0-or-later`, `GPL-3.0`). */
  ids: string[];
  /** The ids without `-only`/`-or-later`/`+` (see withoutRange), to find one license's other texts. */
  stems: string[];
  /** Number of words estimated from the text's length: which texts a text is compared with depends on it alone. */
  estimate: number;
  /** Distinct words, as indexes into the corpus vocabulary. */
  words: Int32Array;
  /** Number of words in the text (with repeats). */
  length: number;
  /** How often the text has each word that can change terms (TERM_WORDS), when it has any. */
  terms?: Record<string, number>;
}

/**
 * Words that, added to a license, can change its terms (`not`, `commercial`, `only`, `research`, a
 * license's name): a text with more of them than a license's text is not that license as it stands.
 */
export const TERM_WORDS = /^(?:not|no|nor|never|cannot|without|except\w*|exclud\w*|prohibit\w*|forbid\w*|restrict\w*|limit\w*|commercial\w*|noncommercial|non|sell\w*|sold|sale|resale|fees?|paid|charge|academic|research|personal|internal\w*|proprietary|confidential|reserved|revoc\w*|revok\w*|terminat\w*|only|solely|exclusively|military|clinical|medical|consent|permission|nc|nd|sa|gpl|agpl|lgpl|cc|creative|commons|sharealike|derivatives?)$/;

/** The counts of a text's TERM_WORDS, or undefined when it has none. */
export function termCounts(words: Iterable<string>): Record<string, number> | undefined {
  let counts: Record<string, number> | undefined;
  for (const w of words) if (TERM_WORDS.test(w)) (counts ??= {})[w] = (counts[w] ?? 0) + 1;
  return counts;
}

/** data/license-index.json: the corpus as JSON. */
export interface LicenseIndex {
  /** The spdx-license-list version the texts come from. */
  source: string;
  vocabulary: string[];
  entries: (Omit<CorpusEntry, 'words'> & { words: number[] })[];
}

export interface Corpus {
  entries: CorpusEntry[];
  vocabulary: Map<string, number>;
  /** The entries whose texts could be compared with a text of `length` words: a license several times longer or shorter cannot come near. */
  candidates(length: number): CorpusEntry[];
}

/** Characters per normalised word in the SPDX texts: 6.6 at the median, 4.5 to 16.6 at the extremes. */
const CHARS_PER_WORD = 6.6;

/** Everything from here on is the how-to-apply appendix, which many copies leave out (the SPDX texts write it in capitals). */
const APPENDIX = 'END OF TERMS AND CONDITIONS';

/**
 * Ids spdx-license-list still carries that SPDX no longer lists (`GPL-3.0`, `GPL-2.0+`), and the
 * current id for each (`GPL-3.0-only`, `GPL-2.0-or-later`).
 */
export function deprecation(currentIds: string[], allIds: string[]): { isDeprecated(id: string): boolean; current(id: string): string } {
  const listed = new Set(currentIds);
  const all = new Set(allIds);
  return {
    isDeprecated: (id) => !listed.has(id),
    current: (id) => {
      if (listed.has(id)) return id;
      const replacement = id.endsWith('+') ? `${id.slice(0, -1)}-or-later` : `${id}-only`;
      return all.has(replacement) ? replacement : id;
    },
  };
}

/** `GPL-3.0-only` and `GPL-3.0-or-later` have one text: as far as a text tells, one license. */
export function withoutRange(id: string): string {
  return id.toLowerCase().replace(/-only$|-or-later$|\+$/, '');
}

let pending: Promise<Corpus> | undefined;

export function loadCorpus(): Promise<Corpus> {
  return (pending ??= Promise.resolve().then(() => corpusFrom(readProjectData<LicenseIndex>('license-index.json'))));
}

function corpusFrom(index: LicenseIndex): Corpus {
  const vocabulary = new Map<string, number>();
  for (const word of index.vocabulary) vocabulary.set(word, vocabulary.size);
  const entries: CorpusEntry[] = index.entries.map((entry) => ({ ...entry, words: Int32Array.from(entry.words) }));
  return {
    entries,
    vocabulary,
    candidates(length) {
      // The estimate is off by a factor of 2.5 at worst; the band keeps every text within about twice the length.
      const low = length * 0.3 - 20;
      const high = length * 5.5 + 40;
      return entries.filter((entry) => entry.estimate >= low && entry.estimate <= high && entry.length > 0);
    },
  };
}

/**
 * The corpus from spdx-license-list's texts (`spdx-full.json`) and SPDX's current ids: one entry per
 * distinct text, each text's distinct words as indexes into one vocabulary.
 */
export function buildLicenseIndex(full: Record<string, { licenseText: string }>, currentIds: string[], source: string): LicenseIndex {
  const { isDeprecated, current } = deprecation(currentIds, Object.keys(full));
  // Licenses with the same text are one entry (GPL-3.0-only, GPL-3.0-or-later, GPL-3.0).
  const byText = new Map<string, string[]>();
  for (const [id, license] of Object.entries(full)) {
    const text = license.licenseText;
    const appendix = text.indexOf(APPENDIX);
    for (const variant of appendix >= 0 ? [text, text.slice(0, appendix)] : [text]) {
      const ids = byText.get(variant);
      if (ids) ids.push(id);
      else byText.set(variant, [id]);
    }
  }
  const vocabulary = new Map<string, number>();
  const entries: LicenseIndex['entries'] = [];
  for (const [text, spdxIds] of byText) {
    const sorted = [...spdxIds].sort((a, b) => Number(isDeprecated(a)) - Number(isDeprecated(b)) || a.length - b.length || (a < b ? -1 : 1));
    const ids = [...new Set(sorted.map(current))];
    const distinct = new Set<number>();
    const all: string[] = [];
    forEachLicenseWord(text, (word) => {
      all.push(word);
      let index = vocabulary.get(word);
      if (index === undefined) vocabulary.set(word, (index = vocabulary.size));
      distinct.add(index);
    });
    const terms = termCounts(all);
    entries.push({ id: ids[0], ids, stems: ids.map(withoutRange), estimate: text.length / CHARS_PER_WORD, length: all.length, words: [...distinct], ...(terms ? { terms } : {}) });
  }
  return { source, vocabulary: [...vocabulary.keys()], entries };
}
