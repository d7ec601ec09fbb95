// Docker's own variable substitution for ARG/ENV values in instructions: $VAR, ${VAR},
// ${VAR:-default}, ${VAR-default}, ${VAR:+alt}, ${VAR+alt}, and the escape character before $.

/** A variable in scope; fromArg marks build ARGs, which a later stage does not inherit. */
export type VarValue = { value: string; declaredWithoutValue?: boolean; fromArg?: boolean };

export interface Expansion {
  value: string;
  /** Names used that were never declared in scope (they expand to the empty string). */
  undeclared: string[];
  /** Names declared without a value (`ARG X`): their value can only come from --build-arg. */
  unresolved: string[];
}

const PATTERN = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

export function expandVariables(text: string, vars: ReadonlyMap<string, VarValue>, escapeChar = '\\'): Expansion {
  const undeclared: string[] = [];
  const unresolved: string[] = [];
  if (!text.includes('$')) return { value: text, undeclared, unresolved };
  let value = '';
  let last = 0;
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    if (m.index > 0 && text[m.index - 1] === escapeChar) {
      value += text.slice(last, m.index - 1) + m[0];
      last = m.index + m[0].length;
      continue;
    }
    value += text.slice(last, m.index);
    last = m.index + m[0].length;
    const name = m[1] ?? m[4];
    const op = m[2];
    const word = m[3] ?? '';
    const entry = vars.get(name);
    const isSet = entry !== undefined && !entry.declaredWithoutValue;
    const isNonEmpty = isSet && entry.value !== '';
    if (op === ':-' || op === '-') {
      const useDefault = op === ':-' ? !isNonEmpty : !isSet;
      if (useDefault && entry?.declaredWithoutValue) unresolved.push(name);
      value += useDefault ? expandVariables(word, vars, escapeChar).value : entry!.value;
      continue;
    }
    if (op === ':+' || op === '+') {
      const useAlt = op === ':+' ? isNonEmpty : isSet;
      value += useAlt ? expandVariables(word, vars, escapeChar).value : '';
      continue;
    }
    if (entry === undefined) {
      undeclared.push(name);
    } else if (entry.declaredWithoutValue) {
      unresolved.push(name);
      value += m[0];
    } else {
      value += entry.value;
    }
  }
  value += text.slice(last);
  return { value, undeclared, unresolved };
}

/**
 * A word as Docker's shell lexer reads it in LABEL and similar instructions: quotes removed,
 * nothing expanded inside single quotes or after the escape character, variables expanded elsewhere.
 */
export function expandWord(word: string, vars: ReadonlyMap<string, VarValue>, escapeChar = '\\'): Expansion {
  const pieces: { text: string; expand: boolean }[] = [];
  const add = (text: string, expand: boolean) => {
    const last = pieces[pieces.length - 1];
    if (last && last.expand === expand) last.text += text;
    else pieces.push({ text, expand });
  };
  let quote: '"' | null = null;
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c === escapeChar && i + 1 < word.length && (!quote || ['"', '$', escapeChar].includes(word[i + 1]))) {
      add(word[++i], false);
    } else if (c === "'" && !quote) {
      const end = word.indexOf("'", i + 1);
      add(word.slice(i + 1, end < 0 ? word.length : end), false);
      i = end < 0 ? word.length : end;
    } else if (c === '"') {
      quote = quote ? null : '"';
    } else {
      add(c, true);
    }
  }
  const result: Expansion = { value: '', undeclared: [], unresolved: [] };
  for (const piece of pieces) {
    if (!piece.expand) {
      result.value += piece.text;
      continue;
    }
    const e = expandVariables(piece.text, vars, '\0');
    result.value += e.value;
    result.undeclared.push(...e.undeclared);
    result.unresolved.push(...e.unresolved);
  }
  return result;
}
