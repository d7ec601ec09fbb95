// License detection: which SPDX license a text is. A full text is compared with every SPDX text by
// the Dice coefficient of their word sets, with a penalty for the difference in length (a truncated
// copy or one with paragraphs added is not that license); the best score is accepted at 0.98, and so
// is a license's whole text with a short addition that holds no word that could change the terms. A
// short text that is not a license but a notice pointing at one ("Licensed under the Apache License,
// Version 2.0", an SPDX-License-Identifier line, a link to a license page) is read by the notice matcher.
import { loadCorpus, termCounts, type Corpus, type CorpusEntry } from './corpus.js';
import { licenseWords, noticeText } from './normalize.js';
import { findLicenseMentions } from './notice.js';

export interface LicenseMatch {
  id: string;
  score: number;
}

export interface LicenseDetection {
  /** The SPDX id accepted, or an expression (an SPDX-License-Identifier line; a notice naming several: `MIT AND CC-BY-NC-4.0`); null when none is. */
  id: string | null;
  /** The accepted score; with `method: 'none'`, the best text score. 0..1. */
  score: number;
  /** The best candidate that is a different license (by text); null for notices. */
  runnerUp: LicenseMatch | null;
  /** The best full-text candidate, accepted or not: what an unidentified text is closest to. */
  nearest: LicenseMatch | null;
  method: 'text' | 'notice' | 'none';
  /** Other SPDX ids with exactly the accepted text (`GPL-3.0-or-later` for `GPL-3.0-only`). */
  aliases: string[];
  /** A rider that restricts the license, found and set aside before matching (`Commons Clause`). */
  rider: { name: string; line: number } | null;
  /** No license matched and the text reserves all rights without granting any. */
  proprietary: boolean;
  /** No license matched, but the text is a shorter piece of one (a truncated copy): that license, with the share of the text's words in it. */
  partOf: LicenseMatch | null;
  /**
   * The whole text of a license with a short addition: `terms` lists the words of the addition that
   * can change the license's terms (none: the text is that license, accepted; some: it needs a review).
   */
  amended: { id: string; terms: string[] } | null;
}

export const ACCEPT_SCORE = 0.98;
/** The share of a text's distinct words that must be in a longer license for the text to be a piece of it. */
const PART_OF = 0.95;
/**
 * A license's whole text with a short addition (a line on what the license covers, a contact): at
 * most this many words more than the license, with every word of the license there.
 */
const MAX_ADDED_WORDS = 40;
const CONTAINS = 0.98;
/** Each word of difference in length weighs as half a word missing from the set. */
const LENGTH_PENALTY = 0.5;
/**
 * What comes before a license's name in a notice ("Licensed under the", "subject to the terms of the",
 * "License:"). A name without it is part of something else: ISC's own text says "ISC DISCLAIMS ALL WARRANTIES".
 */
const NOTICE_LEAD = /\b(?:(?:licen[cs]ed|released|distributed|available|provided|published|offered)\s+(?:\S+\s+){0,3}?(?:under|as)|terms\s+of|governed\s+by|covered\s+by)\b|\blicen[cs]e\s*:/i;
const CHOICE = /\beither\b|\bat (?:your|the user's) (?:option|choice)\b|\bdual[- ]licen[cs]ed\b/i;
const PROPRIETARY = /\ball rights reserved\b|\bproprietary\b|\bconfidential\b/i;
const GRANTS = /\bpermission (?:is hereby granted|to use)|\bredistribution and use\b|\bhereby grants?\b|\bis free software\b|\bfree of charge\b/i;
/** A text this short may be a notice rather than a license; a longer one is judged as a text only. */
const NOTICE_MAX_WORDS = 250;

/**
 * The Commons Clause ("the License does not grant to you the right to Sell the Software") is added
 * above or below an open-source license; with it the software is no longer open source.
 */
const COMMONS_CLAUSE_START = /(?:^|\n)[^\n]*(?:["\u201c]?Commons Clause["\u201d]? License Condition|The Software is provided to you by the Licensor under the License,? as defined below)/i;
/** The rider's last line: its `Software: / License: / Licensor:` fields, else the sentence that ends it. */
const COMMONS_CLAUSE_END = /^\s*(?:[*_-]\s*)?(?:Software|License|Licensor)\s*:|Commons Clause License Condition notice|functionality of the Software|right to Sell the Software/i;

/** Finds a Commons Clause rider; returns the text without it and the rider's first line. */
function setAsideRider(text: string): { text: string; rider: LicenseDetection['rider'] } {
  const m = COMMONS_CLAUSE_START.exec(text);
  if (!m) return { text, rider: null };
  const start = m.index + (m[0].startsWith('\n') ? 1 : 0);
  const lines = text.slice(start).split('\n');
  let last = 0;
  for (let i = 0; i < Math.min(lines.length, 40); i++) if (COMMONS_CLAUSE_END.test(lines[i])) last = i;
  const end = start + lines.slice(0, last + 1).join('\n').length;
  const line = text.slice(0, start).split('\n').length;
  return { text: text.slice(0, start) + text.slice(end), rider: { name: 'Commons Clause', line } };
}

/** Reusable marks of the input's words in the vocabulary, to count overlaps without building sets. */
let marks = new Uint32Array(0);
let generation = 0;

type Ranked = { best: LicenseMatch | null; runnerUp: LicenseMatch | null; aliases: string[]; partOf: LicenseMatch | null; contains: (LicenseMatch & { terms: string[] }) | null };

function rank(corpus: Corpus, words: string[]): Ranked {
  const entries = corpus.candidates(words.length);
  if (marks.length < corpus.vocabulary.size) marks = new Uint32Array(corpus.vocabulary.size);
  generation++;
  let distinct = 0;
  const unknown = new Set<string>();
  for (const w of words) {
    const index = corpus.vocabulary.get(w);
    if (index === undefined) unknown.add(w);
    else if (marks[index] !== generation) {
      marks[index] = generation;
      distinct++;
    }
  }
  distinct += unknown.size;
  const scores = new Float64Array(entries.length);
  let best = -1;
  let partOf = -1;
  let partOfShare = 0;
  let contains = -1;
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e];
    const ws = entry.words!;
    const lengthTerm = distinct + ws.length + LENGTH_PENALTY * Math.abs(words.length - entry.length);
    // Even with every word shared the score could not beat the best: skip the count.
    if (best >= 0 && (2 * Math.min(distinct, ws.length)) / lengthTerm < scores[best] * 0.9) continue;
    let overlap = 0;
    for (let i = 0; i < ws.length; i++) if (marks[ws[i]] === generation) overlap++;
    scores[e] = (2 * overlap) / lengthTerm;
    // A truncated copy: most of the text's words are in a longer license.
    const contained = overlap / distinct;
    if (contained >= PART_OF && words.length < entry.length * 0.9 && (partOf < 0 || scores[e] > scores[partOf])) {
      partOf = e;
      partOfShare = contained;
    }
    // A whole license and a short addition: every word of the license is there.
    if (overlap >= ws.length * CONTAINS && words.length > entry.length && words.length - entry.length <= MAX_ADDED_WORDS && (contains < 0 || scores[e] > scores[contains])) contains = e;
    if (best < 0 || scores[e] > scores[best] || (scores[e] === scores[best] && entry.id.length < entries[best].id.length)) best = e;
  }
  if (best < 0) return { best: null, runnerUp: null, aliases: [], partOf: null, contains: null };
  // One license in several SPDX versions of its text (`GPL-2.0-only`, `GPL-2.0-or-later`, `GPL-2.0+`): the
  // text cannot tell "only" from "or later" (a notice does), so `-only` is reported and the others are aliases.
  const top = entries[best];
  const sameLicense = new Set(top.stems);
  // The same text under another id, with other line breaks (`SMLNJ`, `StandardML-NJ`): same score, same counts.
  const sameText = (e: number) => scores[e] === scores[best] && entries[e].length === top.length && entries[e].words!.length === top.words!.length;
  const isSibling = (e: number) => sameText(e) || entries[e].stems.some((stem) => sameLicense.has(stem));
  const siblings = [...new Set(corpus.entries.flatMap((entry) => entry.ids.filter((_, i) => sameLicense.has(entry.stems[i]))))];
  for (let e = 0; e < entries.length; e++) if (sameText(e)) siblings.push(...entries[e].ids.filter((id) => !siblings.includes(id)));
  const chosen = siblings.find((id) => id.endsWith('-only')) ?? top.id;
  const aliases = siblings.filter((id) => id !== chosen);
  let second = -1;
  for (let e = 0; e < entries.length; e++) {
    if (isSibling(e)) continue;
    if (second < 0 || scores[e] > scores[second]) second = e;
  }
  return {
    best: { id: chosen, score: scores[best] },
    runnerUp: second >= 0 && scores[second] > 0 ? { id: entries[second].id, score: scores[second] } : null,
    aliases,
    partOf: partOf >= 0 ? { id: entries[partOf].id, score: partOfShare } : null,
    contains: contains >= 0 ? { id: entries[contains].id, score: scores[contains], terms: addedTerms(words, entries[contains]) } : null,
  };
}

/** The words that can change terms which a text has more often than the license's own text (`not` in `may not be used for ...`). */
function addedTerms(words: string[], license: CorpusEntry): string[] {
  return Object.entries(termCounts(words) ?? {})
    .filter(([word, n]) => n > (license.terms?.[word] ?? 0))
    .map(([word]) => word);
}

/**
 * Identifies the license of a text. The first call in a process reads the SPDX texts' word sets
 * (data/license-index.json: the cost `npm run bench` reports); later calls take a few milliseconds.
 */
export async function detectLicense(text: string): Promise<LicenseDetection> {
  const { text: body, rider } = setAsideRider(text);
  const words = licenseWords(body);
  const none: LicenseDetection = { id: null, score: 0, runnerUp: null, nearest: null, method: 'none', aliases: [], rider, proprietary: false, partOf: null, amended: null };
  let ranked: Ranked = { best: null, runnerUp: null, aliases: [], partOf: null, contains: null };
  if (words.length > 0) {
    ranked = rank(await loadCorpus(), words);
    const { best, runnerUp, aliases, contains } = ranked;
    if (best && best.score >= ACCEPT_SCORE) {
      return { id: best.id, score: best.score, runnerUp, nearest: best, method: 'text', aliases, rider, proprietary: false, partOf: null, amended: null };
    }
    // The whole license with a line added that changes nothing (what it covers, where to write): that license.
    if (contains && contains.terms.length === 0) {
      const amended = { id: contains.id, terms: [] };
      return { id: contains.id, score: contains.score, runnerUp: best && best.id !== contains.id ? best : runnerUp, nearest: { id: contains.id, score: contains.score }, method: 'text', aliases: [], rider, proprietary: false, partOf: null, amended };
    }
  }
  const nearest = ranked.best;
  const identifier = /SPDX-License-Identifier:/i.test(body);
  if (words.length <= NOTICE_MAX_WORDS || identifier) {
    const notice = noticeText(body);
    const all = await findLicenseMentions(notice, [], { identifierOnly: words.length > NOTICE_MAX_WORDS });
    const mentions = all.filter((m) => m.how === 'identifier' || m.how === 'url' || words.length <= 8 || NOTICE_LEAD.test(notice.slice(Math.max(0, m.index - 80), m.index)));
    if (mentions.length > 0) {
      // Several licenses named: a choice ("either ... or", "at your option", "dual-licensed"), else all apply (code and weights).
      const joiner = CHOICE.test(notice) ? ' OR ' : ' AND ';
      return {
        id: mentions.map((m) => m.id).join(joiner),
        score: Math.min(...mentions.map((m) => m.score)),
        runnerUp: null,
        nearest,
        method: 'notice',
        aliases: [],
        rider,
        proprietary: false,
        partOf: null,
        amended: null,
      };
    }
  }
  const proprietary = PROPRIETARY.test(body) && !GRANTS.test(body);
  // The whole of a license with words added that may change it: that license is what it is closest to.
  const amended = ranked.contains ? { id: ranked.contains.id, terms: ranked.contains.terms } : null;
  return { ...none, score: nearest?.score ?? 0, runnerUp: ranked.runnerUp, nearest, proprietary, partOf: amended ? null : ranked.partOf, amended };
}
