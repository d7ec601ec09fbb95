// The licenses of the packages a bundle carries, for dist/ (scripts/build.mjs) and the playground
// (scripts/build-site.mjs): found from esbuild's metafile and the data and .wasm files copied beside it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `…/node_modules/@scope/name/lib/x.js` → `…/node_modules/@scope/name` (absolute, against `root`); a file of this project → undefined. */
export function packageDir(root, file) {
  const at = file.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const parts = file.slice(at + 'node_modules/'.length).split('/');
  return resolve(root, file.slice(0, at + 'node_modules/'.length) + parts.slice(0, parts[0].startsWith('@') ? 2 : 1).join('/'));
}

/** The package folders whose code a build's metafile shows in the bundle. */
export function bundledPackages(root, metafile) {
  return new Set(Object.keys(metafile.inputs).filter((input) => !/^[\w-]+:/.test(input)).map((input) => packageDir(root, input)).filter(Boolean));
}

/** The name, version, license and license text of every package whose code or data the bundle carries; `what` names the bundle. */
export function thirdPartyLicenses(dirs, what) {
  const byVersion = new Map();
  for (const dir of dirs) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    byVersion.set(`${pkg.name}@${pkg.version}`, { dir, pkg });
  }
  const named = [...byVersion.values()];
  named.sort((a, b) => (a.pkg.name < b.pkg.name ? -1 : a.pkg.name > b.pkg.name ? 1 : 0));
  const sections = named.map(({ dir, pkg }) => {
    const licenseFile = readdirSync(dir).filter((f) => /^(licen[cs]e|copying)/i.test(f) && statSync(join(dir, f)).isFile()).sort()[0];
    const text = licenseFile ? readFileSync(join(dir, licenseFile), 'utf8').trim() : `(no license file in the package; its package.json says ${pkg.license})`;
    return `## ${pkg.name} ${pkg.version}\n\nLicense: ${pkg.license ?? 'unknown'}${pkg.repository ? `; source: ${typeof pkg.repository === 'string' ? pkg.repository : pkg.repository.url}` : ''}\n\n\`\`\`text\n${text.replace(/```/g, "'''")}\n\`\`\`\n`;
  });
  return `# Third-party licenses\n\n${what} carries code, WebAssembly grammars or data of these ${named.length} packages. Generated from the bundle's metafile.\n\n${sections.join('\n')}`;
}
