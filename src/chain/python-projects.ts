// The console scripts a Python project declares, read from its manifest as text (nothing is run):
// `pip install .` turns `radx-features = "radx_features.cli:main"` into a `radx-features` command
// that imports radx_features.cli and calls main. Only the entry tables are read, so a few patterns
// do instead of a TOML, INI or Python parser.

/** Console scripts of one manifest (`pyproject.toml`, `setup.cfg` or `setup.py`): command name → module. */
export function consoleScripts(manifest: string, text: string): Map<string, string> {
  const scripts = new Map<string, string>();
  const add = (name: string, module: string) => {
    if (!scripts.has(name)) scripts.set(name, module);
  };
  if (manifest === 'pyproject.toml') {
    // [project.scripts] (PEP 621) and [tool.poetry.scripts]: `name = "module:function"`, poetry also `name = { callable = "module:function" }`.
    for (const body of tomlTables(text, /^(?:project\.scripts|tool\.poetry\.scripts)$/)) {
      for (const m of body.matchAll(/^\s*["']?([\w.-]+)["']?\s*=\s*(?:\{[^}\n]*callable\s*=\s*)?["']([\w.]+)\s*(?::\s*[\w.]+)?["']/gm)) add(m[1], m[2]);
    }
  } else if (manifest === 'setup.cfg') {
    // [options.entry_points] console_scripts =, then one `name = module:function` per indented line.
    for (const body of iniSections(text, 'options.entry_points')) {
      let inBlock = false;
      for (const line of body.split(/\r?\n/)) {
        const start = /^console_scripts\s*=(.*)$/.exec(line);
        if (!start && !(inBlock && (/^[ \t]+\S/.test(line) || line.trim() === ''))) {
          inBlock = false;
          continue;
        }
        inBlock = true;
        const entry = /^\s*([\w.-]+)\s*=\s*([\w.]+)/.exec(start ? start[1] : line);
        if (entry) add(entry[1], entry[2]);
      }
    }
  } else if (manifest === 'setup.py') {
    // entry_points={"console_scripts": ["name = module:function", ...]}
    for (const start of text.matchAll(/["']console_scripts["']\s*:\s*\[/g)) {
      const end = text.indexOf(']', start.index + start[0].length);
      const list = text.slice(start.index + start[0].length, end < 0 ? undefined : end);
      for (const m of list.matchAll(/["']\s*([\w.-]+)\s*=\s*([\w.]+)\s*(?::\s*[\w.]+)?\s*["']/g)) add(m[1], m[2]);
    }
  }
  return scripts;
}

/** The bodies of the TOML tables whose header matches (`[project.scripts]`), each up to the next header. */
function tomlTables(text: string, header: RegExp): string[] {
  const bodies: string[] = [];
  const headers = [...text.matchAll(/^\s*\[([^\[\]\n]+)\]\s*(?:#.*)?$/gm)];
  headers.forEach((h, i) => {
    if (header.test(h[1].trim().replace(/\s*\.\s*/g, '.').replace(/["']/g, ''))) bodies.push(text.slice(h.index + h[0].length, headers[i + 1]?.index ?? text.length));
  });
  return bodies;
}

/** The bodies of the INI sections of that name, each up to the next section. */
function iniSections(text: string, name: string): string[] {
  const bodies: string[] = [];
  const headers = [...text.matchAll(/^\[([^\]\n]+)\][ \t]*$/gm)];
  headers.forEach((h, i) => {
    if (h[1].trim() === name) bodies.push(text.slice(h.index + h[0].length + 1, headers[i + 1]?.index ?? text.length));
  });
  return bodies;
}
