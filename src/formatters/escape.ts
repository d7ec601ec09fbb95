// Text that comes from the linted files, their names or a server ends up in terminals and CI logs.
// There it must stay text: a control character could move the cursor, recolour or hide a line, and
// a CI runner reads some lines as commands (GitHub: a line starting with `::name`, or `##[name]`
// anywhere in a line). Every formatter passes such text through these functions.

/** C0 (tab aside), DEL, C1, line and paragraph separators, and the bidirectional overrides. */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Control characters made visible: C0 as their Unicode pictures (`␛`, `␍`, `␊`), the others as
 * `<U+XXXX>`. One line of text stays one line.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}

/** GitHub's older command syntax, `##[name]`, is recognised anywhere in a line. */
const LEGACY_COMMAND = /##\[/g;

/** Text for a plain-text report (stylish, messages on stderr): no control character, no `##[`. */
export function plainText(text: string): string {
  return escapeControls(text).replace(LEGACY_COMMAND, '##\\[');
}

/**
 * A path that may begin a line of plain text: as plainText, and `./` before one that would read as a
 * workflow command (`::error …`; the runner trims leading spaces first).
 */
export function plainPath(path: string): string {
  const text = plainText(path);
  return /^\s*::/.test(text) ? `./${text}` : text;
}

/**
 * JSON text (JSON and SARIF reports) as printed: JSON.stringify leaves DEL, C1 and the Unicode
 * separators raw, and `##[` as is; escaped as `\uXXXX` they read back as the same strings.
 */
/**
 * The indentation of a JSON or SARIF report of `items` findings: two spaces for a person reading a
 * small one; none past 1,000, where indentation would be most of the file (a finding with a fix is
 * three times its size indented) and its size must stay in proportion to the input.
 */
export function reportIndent(items: number): number | undefined {
  return items > 1000 ? undefined : 2;
}

export function safeJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(LEGACY_COMMAND, '##\\u005b');
}
