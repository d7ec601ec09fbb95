// The SPDX license texts as word sets, built once per process on first use. The texts (5 MB of
// JSON) are read from spdx-license-list at that moment, so that a run that never looks at a license
// file never loads them; JSON.parse of the file is also far faster than bundling it as a module.
import { forEachLicenseWord } from './normalize.js';
import { readPackageJson } from './package-data.js';

export { readPackageJson };

export interface CorpusEntry {
  /** The id to report: among licenses with the same text, the current id that is shortest (`GPL-3.0-only`). */
  id: string;
  /** Every SPDX id with this text, `id` first (`GPL-3.0-only`, `GPL-3.0-or-later`, `GPL-3.0`). */
  ids: string[];
  /** The ids without `-only`/`-or-later`/`+` (see withoutRange), to find one license's other texts. */
  stems: string[];
  text: string;
  /** Number of words, estimated from the text's length until they are counted. */
  estimate: number;
  /** Distinct words, as indexes into the corpus vocabulary; null until first needed. */
  words: Int32Array | null;
  /** Number of words in the text (with repeats), once counted. */
  length: number;
}

export interface Corpus {
  entries: CorpusEntry[];
  vocabulary: Map<string, number>;
  /**
   * The entries whose texts could be compared with a text of `length` words, with their word sets
   * computed (once per process). A license several times longer or shorter cannot come near, so
   * a run that reads one MIT file never tokenizes the GPL.
   */
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
  return (pending ??= Promise.resolve().then(buildCorpus));
}

function buildCorpus(): Corpus {
  const full = readPackageJson<Record<string, { licenseText: string }>>('spdx-license-list/spdx-full.json');
  const { isDeprecated, current } = deprecation(readPackageJson<string[]>('spdx-license-ids/index.json'), Object.keys(full));
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
  const entries: CorpusEntry[] = [];
  for (const [text, spdxIds] of byText) {
    const sorted = [...spdxIds].sort((a, b) => Number(isDeprecated(a)) - Number(isDeprecated(b)) || a.length - b.length || (a < b ? -1 : 1));
    const ids = [...new Set(sorted.map(current))];
    entries.push({ id: ids[0], ids, stems: ids.map(withoutRange), text, estimate: text.length / CHARS_PER_WORD, words: null, length: 0 });
  }

  const vocabulary = new Map<string, number>();
  let seen = new Uint32Array(1 << 15);
  let stamp = 0;
  const count = (entry: CorpusEntry) => {
    stamp++;
    const distinct: number[] = [];
    forEachLicenseWord(entry.text, (w) => {
      entry.length++;
      let index = vocabulary.get(w);
      if (index === undefined) {
        vocabulary.set(w, (index = vocabulary.size));
        if (index >= seen.length) seen = Uint32Array.from({ length: seen.length * 2 }, (_, i) => seen[i] ?? 0);
      }
      if (seen[index] !== stamp) {
        seen[index] = stamp;
        distinct.push(index);
      }
    });
    entry.words = Int32Array.from(distinct);
  };
  return {
    entries,
    vocabulary,
    candidates(length) {
      // The estimate is off by a factor of 2.5 at worst; the band keeps every text within about twice the length.
      const low = length * 0.3 - 20;
      const high = length * 5.5 + 40;
      const result: CorpusEntry[] = [];
      for (const entry of entries) {
        if (entry.estimate < low || entry.estimate > high) continue;
        if (!entry.words) count(entry);
        if (entry.length > 0) result.push(entry);
      }
      return result;
    },
  };
}
