// Path globs of the configuration's `ignore` and of `--match`, compiled by picomatch (the matcher of
// chokidar, micromatch and fast-glob): `*`, `**`, `?`, `[abc]`, `{a,b}`, with the edge cases
// (`**/` for no folder, escapes, dot files) handled as every other tool does.
import picomatch from 'picomatch';

/**
 * A glob as a RegExp on POSIX paths relative to the linted folder. A leading `./` is dropped, a
 * trailing `/` means the whole folder, and a glob that names a folder also covers everything under
 * it (`legacy` ignores `legacy/Dockerfile`). Dot files match like any other (`*` matches `.old`).
 */
export function globToRegExp(glob: string, options: { nocase?: boolean } = {}): RegExp {
  let g = glob.replace(/^(?:\.\/)+/, '');
  if (g.endsWith('/')) g += '**';
  const opts = { dot: true, nocase: !!options.nocase };
  const self = picomatch.makeRe(g, opts);
  const below = picomatch.makeRe(`${g}/**`, opts);
  return new RegExp(`${self.source}|${below.source}`, self.flags);
}
