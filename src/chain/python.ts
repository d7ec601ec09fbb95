// A Python file reduced to what rules ask about: its calls (callee resolved through the imports),
// their arguments as values, its imports and its string constants. Parsed with tree-sitter-python;
// the tree is freed before returning.
import type { Node } from 'web-tree-sitter';
import type { ToHost } from '../shell/commands.js';
import type { LineIndex } from '../text.js';
import type { Range } from '../types.js';
import { MAX_TREE_DEPTH, noteIncomplete } from '../limits.js';
import { grammar } from '../shell/grammars.js';

/** How deep an argument value is read (`[[[...]]]`, parentheses, `.split()` sources). */
const MAX_VALUE_DEPTH = 32;

export interface PyValue {
  kind: 'string' | 'fstring' | 'bytes' | 'list' | 'tuple' | 'name' | 'attribute' | 'call' | 'number' | 'bool' | 'none' | 'concat' | 'other';
  text: string;
  /**
   * The string a value stands for: a literal's content (f-string fields kept as `{...}`), the
   * constant a name was bound to at module level, the leading literal of a `+` concatenation,
   * the string of `"...".split()` / `shlex.split("...")`. Null when unknown.
   */
  value: string | null;
  /** Items of a list or tuple. */
  items: PyValue[];
  /** For a call: its callee resolved through the imports (`requests.get`). */
  callee: string | null;
  range: Range;
  /** Host offset of the first character of `value` when it is a literal in this file (to parse it as shell). */
  contentOffset: number | null;
}

export interface PyCall {
  /** The callee as written: `rq.get`, `parser.add_argument`, `requests.Session().get`. */
  written: string;
  /** The callee with import aliases resolved: `requests.get`, `urllib.request.urlopen`. */
  name: string;
  args: PyValue[];
  keywords: Map<string, PyValue>;
  /** `*args` or `**kwargs` were passed: arguments may be missing from args/keywords. */
  spread: boolean;
  range: Range;
  /**
   * The call runs only as a fallback: when a file test fails (`if not os.path.exists(p):`, the `else`
   * of `if p.exists():`, after `if os.path.isfile(p): return ...`) or in an `except` clause. Null
   * when it runs on the normal path.
   */
  fallback: { when: string } | null;
}

export interface PyImport {
  /** The module as written, without leading dots (`a.b` for `from ..a.b import c`). */
  module: string;
  /** Number of leading dots of a relative import. */
  level: number;
  /** Names imported by `from m import x, y` (empty for `import m`). */
  names: string[];
  range: Range;
}

export interface PyConstant {
  name: string;
  value: PyValue;
}

export interface PythonModule {
  file: string;
  calls: PyCall[];
  imports: PyImport[];
  /** Module-level `NAME = "string"` assignments. */
  constants: PyConstant[];
}

/**
 * Parses Python text that starts at `baseOffset` in the host file (0 for a whole file), or whose
 * pieces a map places there (a notebook's cells). The python grammar must be loaded.
 */
export function parsePython(file: string, text: string, host: LineIndex, baseOffset: number | ToHost = 0): PythonModule {
  const tree = grammar('python').parse(text);
  const module: PythonModule = { file, calls: [], imports: [], constants: [] };
  if (!tree) return module;
  try {
    const at: ToHost = typeof baseOffset === 'number' ? (offset) => baseOffset + offset : baseOffset;
    new PythonReader(module, host, at).read(tree.rootNode);
  } finally {
    tree.delete();
  }
  return module;
}

class PythonReader {
  /** Local name → what it stands for (`rq` → `requests`, `get` → `requests.get`, `s` → `requests.Session()`). */
  private readonly aliases = new Map<string, string>();
  private readonly constants = new Map<string, string>();
  /** Per block (by its start), its `if <file test>: return` statements: see earlyExits. */
  private readonly earlyExits = new Map<number, { end: number; when: string }[]>();

  constructor(
    private readonly module: PythonModule,
    private readonly host: LineIndex,
    private readonly at: ToHost,
  ) {}

  read(root: Node): void {
    // Imports and module-level constants first: a call may come before the line that binds its name.
    this.collectBindings(root);
    const stack: { node: Node; depth: number }[] = [{ node: root, depth: 0 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop()!;
      if (depth > MAX_TREE_DEPTH) {
        this.tooDeep(node);
        continue;
      }
      if (node.type === 'call') this.module.calls.push(this.call(node));
      for (let i = node.namedChildCount - 1; i >= 0; i--) {
        const child = node.namedChild(i);
        if (child) stack.push({ node: child, depth: depth + 1 });
      }
    }
    this.module.calls.sort((a, b) => a.range.startLine - b.range.startLine || a.range.startColumn - b.range.startColumn);
  }

  private range(node: Node): Range {
    return this.host.range(this.at(node.startIndex), this.at(node.endIndex, true));
  }

  private tooDeepNoted = false;

  /** Deeper than the walk goes: said once per file (a CHM003 finding), the part below not read. */
  private tooDeep(node: Node): void {
    if (this.tooDeepNoted) return;
    this.tooDeepNoted = true;
    noteIncomplete({ file: this.module.file, range: this.range(node), message: `The Python code here nests more than ${MAX_TREE_DEPTH} levels deep; chaimeleon-lint did not look inside, so the calls there were not checked.` });
  }

  private collectBindings(root: Node): void {
    const stack: { node: Node; depth: number }[] = [{ node: root, depth: 0 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop()!;
      if (depth > MAX_TREE_DEPTH) continue;
      switch (node.type) {
        case 'import_statement':
          for (const child of node.childrenForFieldName('name')) {
            if (!child) continue;
            if (child.type === 'aliased_import') {
              const name = child.childForFieldName('name')?.text ?? '';
              const alias = child.childForFieldName('alias')?.text;
              if (alias) this.aliases.set(alias, name);
              this.module.imports.push({ module: name, level: 0, names: [], range: this.range(node) });
            } else {
              this.module.imports.push({ module: child.text, level: 0, names: [], range: this.range(node) });
            }
          }
          continue;
        case 'import_from_statement': {
          const moduleNode = node.childForFieldName('module_name');
          let module = moduleNode?.text ?? '';
          let level = 0;
          if (moduleNode?.type === 'relative_import') {
            const prefix = moduleNode.namedChildren.find((c) => c?.type === 'import_prefix');
            level = prefix?.text.length ?? 0;
            module = moduleNode.namedChildren.find((c) => c?.type === 'dotted_name')?.text ?? '';
          }
          const names: string[] = [];
          for (const child of node.childrenForFieldName('name')) {
            if (!child) continue;
            const name = child.type === 'aliased_import' ? (child.childForFieldName('name')?.text ?? '') : child.text;
            const alias = child.type === 'aliased_import' ? (child.childForFieldName('alias')?.text ?? name) : name;
            names.push(name);
            if (level === 0) this.aliases.set(alias, `${module}.${name}`);
          }
          this.module.imports.push({ module, level, names, range: this.range(node) });
          continue;
        }
        case 'assignment': {
          const left = node.childForFieldName('left');
          let right = node.childForFieldName('right');
          // `URL = ("https://example.org/long/"\n "path")`: parentheses that only wrap a long string.
          for (let n = 0; right?.type === 'parenthesized_expression' && n < 4; n++) right = right.namedChildren.find((c) => c?.type !== 'comment') ?? null;
          if (left?.type === 'identifier' && right) {
            if (right.type === 'string' || right.type === 'concatenated_string') {
              const v = this.stringValue(right);
              if (v !== null && node.parent?.parent?.type === 'module') {
                this.constants.set(left.text, v);
                this.module.constants.push({ name: left.text, value: this.value(right) });
              }
            } else if (right.type === 'call') {
              const callee = right.childForFieldName('function');
              if (callee) this.aliases.set(left.text, `${this.resolve(dotted(callee))}()`);
            }
          }
          break;
        }
      }
      for (const child of node.namedChildren) if (child) stack.push({ node: child, depth: depth + 1 });
    }
  }

  private resolve(written: string): string {
    const dot = written.indexOf('.');
    const head = dot < 0 ? written : written.slice(0, dot);
    const alias = this.aliases.get(head);
    return alias ? alias + (dot < 0 ? '' : written.slice(dot)) : written;
  }

  private call(node: Node): PyCall {
    const fn = node.childForFieldName('function');
    const written = fn ? dotted(fn) : '?';
    const args: PyValue[] = [];
    const keywords = new Map<string, PyValue>();
    let spread = false;
    for (const arg of node.childForFieldName('arguments')?.namedChildren ?? []) {
      if (!arg || arg.type === 'comment') continue;
      if (arg.type === 'keyword_argument') {
        const name = arg.childForFieldName('name')?.text;
        const value = arg.childForFieldName('value');
        if (name && value) keywords.set(name, this.value(value));
      } else if (arg.type === 'list_splat' || arg.type === 'dictionary_splat') spread = true;
      else args.push(this.value(arg));
    }
    return { written, name: this.resolve(written), args, keywords, spread, range: this.range(node), fallback: fallbackOf(node, this.earlyExits) };
  }

  private value(node: Node, depth = 0): PyValue {
    const v: PyValue = { kind: 'other', text: node.text, value: null, items: [], callee: null, range: this.range(node), contentOffset: null };
    // Nested lists, parentheses and calls read to a depth no real argument reaches; below it, `other`.
    if (depth > MAX_VALUE_DEPTH) return v;
    switch (node.type) {
      case 'string': {
        const prefix = (node.namedChildren.find((c) => c?.type === 'string_start')?.text ?? '').toLowerCase();
        v.kind = prefix.includes('b') ? 'bytes' : prefix.includes('f') ? 'fstring' : 'string';
        v.value = this.stringValue(node);
        const content = node.namedChildren.find((c) => c?.type !== 'string_start');
        v.contentOffset = this.at(content?.startIndex ?? node.endIndex);
        break;
      }
      case 'concatenated_string':
        v.kind = 'string';
        v.value = this.stringValue(node);
        break;
      case 'list':
      case 'tuple':
        v.kind = node.type;
        v.items = node.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment').map((c) => this.value(c, depth + 1));
        break;
      case 'identifier':
        v.kind = 'name';
        v.value = this.constants.get(node.text) ?? null;
        break;
      case 'attribute':
        v.kind = 'attribute';
        break;
      case 'integer':
      case 'float':
        v.kind = 'number';
        break;
      case 'true':
      case 'false':
        v.kind = 'bool';
        break;
      case 'none':
        v.kind = 'none';
        break;
      case 'binary_operator': {
        v.kind = 'concat';
        // `"a" + b + c` nests to the left: its value is that of the leftmost operand, found in a loop.
        let left: Node | null = node;
        while (left?.type === 'binary_operator' && left.childForFieldName('operator')?.text === '+') left = left.childForFieldName('left');
        if (left && left !== node) {
          const lv = this.value(left, depth + 1);
          v.value = lv.value;
          v.contentOffset = lv.contentOffset;
        }
        break;
      }
      case 'call': {
        v.kind = 'call';
        const fn = node.childForFieldName('function');
        v.callee = fn ? this.resolve(dotted(fn)) : null;
        // `"pip install x".split()` and `shlex.split("...")` stand for their string.
        const object = fn?.type === 'attribute' ? fn.childForFieldName('object') : null;
        const first = node.childForFieldName('arguments')?.namedChildren.find((c) => c?.type !== 'comment');
        const source = object && fn?.childForFieldName('attribute')?.text === 'split' && /string/.test(object.type) ? object : v.callee === 'shlex.split' && first ? first : null;
        if (source) {
          const sv = this.value(source, depth + 1);
          v.value = sv.value;
          v.contentOffset = sv.contentOffset;
        }
        break;
      }
      case 'parenthesized_expression': {
        const inner = node.namedChildren.find((c) => c?.type !== 'comment');
        if (inner) return this.value(inner, depth + 1);
        break;
      }
    }
    return v;
  }

  /** A string literal's content (escape sequences as written); f-string fields kept as written. */
  private stringValue(node: Node): string | null {
    if (node.type === 'concatenated_string') {
      const parts = node.namedChildren.filter((c): c is Node => !!c && c.type === 'string').map((c) => this.stringValue(c));
      return parts.every((p) => p !== null) ? parts.join('') : null;
    }
    const start = node.namedChildren.find((c) => c?.type === 'string_start');
    const end = node.namedChildren.find((c) => c?.type === 'string_end');
    if (!start || !end) return null;
    return node.text.slice(start.endIndex - node.startIndex, end.startIndex - node.startIndex);
  }
}

/** `a.b.c`, `a.b().c` for a callee expression; built in a loop down the object chain (it may be thousands long). */
function dotted(node: Node): string {
  const suffixes: string[] = [];
  let current: Node | null = node;
  let head = '?';
  while (current) {
    if (current.type === 'identifier') {
      head = current.text;
      break;
    }
    if (current.type === 'attribute') {
      suffixes.push(`.${current.childForFieldName('attribute')?.text ?? '?'}`);
      current = current.childForFieldName('object');
    } else if (current.type === 'call') {
      suffixes.push('()');
      current = current.childForFieldName('function');
    } else break;
  }
  return head + suffixes.reverse().join('');
}

/** A test of a local file: `os.path.exists(p)`, `isfile`, `isdir`, `Path(p).exists()`, `.is_file()`. */
const FILE_TEST = /^(?:[\w.]+\.)?(?:exists|lexists|isfile|isdir|is_file|is_dir)\s*\(/;
const ENDS_BLOCK = new Set(['return_statement', 'raise_statement', 'continue_statement', 'break_statement']);

/** `cond` without parentheses: `not X` → { negated: true, test: X } when X is a file test. */
function fileTest(cond: Node | null): { negated: boolean; text: string } | null {
  let node = cond;
  let negated = false;
  for (let i = 0; node && i < 4; i++) {
    if (node.type === 'parenthesized_expression') node = node.namedChild(0);
    else if (node.type === 'not_operator') {
      negated = !negated;
      node = node.childForFieldName('argument');
    } else break;
  }
  if (!node || node.type !== 'call' || !FILE_TEST.test(node.text.replace(/^.*?\)\s*\./s, ''))) return null;
  return { negated, text: node.text };
}

/** Does a block end the function or loop (`return`, `raise`, `sys.exit(...)`) on every path through its last statement? */
function blockLeaves(block: Node | null): boolean {
  const last = block?.namedChildren.filter((c) => c && c.type !== 'comment').at(-1);
  if (!last) return false;
  if (ENDS_BLOCK.has(last.type)) return true;
  return last.type === 'expression_statement' && /^(?:sys\.)?exit\s*\(/.test(last.text);
}

/** Why a call runs only as a fallback (see PyCall.fallback), looking at the statements around it up to its function. */
/**
 * The `if <file test>: return ...` statements of a block, last first, read once per block (a block
 * of many calls would otherwise be walked again for each of them).
 */
function earlyExits(block: Node, cache: Map<number, { end: number; when: string }[]>): { end: number; when: string }[] {
  let found = cache.get(block.startIndex);
  if (found) return found;
  found = [];
  for (const s of block.namedChildren) {
    if (!s || s.type !== 'if_statement' || s.childForFieldName('alternative')) continue;
    const test = fileTest(s.childForFieldName('condition'));
    if (test && !test.negated && blockLeaves(s.childForFieldName('consequence'))) found.unshift({ end: s.endIndex, when: `\`${test.text}\` is false` });
  }
  cache.set(block.startIndex, found);
  return found;
}

function fallbackOf(call: Node, exits: Map<number, { end: number; when: string }[]>): PyCall['fallback'] {
  let child: Node = call;
  for (let node = call.parent, depth = 0; node && depth < MAX_TREE_DEPTH; child = node, node = node.parent, depth++) {
    if (node.type === 'function_definition' || node.type === 'class_definition' || node.type === 'lambda') return null;
    if (node.type === 'except_clause') return { when: 'the `try` above fails' };
    if (node.type === 'if_statement' && child.type === 'block' && child.equals(node.childForFieldName('consequence')!)) {
      const test = fileTest(node.childForFieldName('condition'));
      if (test?.negated) return { when: `\`${test.text}\` is false` };
    }
    if (node.type === 'else_clause' && node.parent?.type === 'if_statement') {
      const test = fileTest(node.parent.childForFieldName('condition'));
      if (test && !test.negated) return { when: `\`${test.text}\` is false` };
    }
    if (node.type === 'block') {
      // `if os.path.exists(p): return load(p)` earlier in the same block: what follows runs only without the file.
      const exit = earlyExits(node, exits).find((e) => e.end <= child.startIndex);
      if (exit) return { when: exit.when };
    }
  }
  return null;
}
