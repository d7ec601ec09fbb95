// Words a README example uses as stand-ins for something the reader fills in: `<dataset-id>`,
// `$DATASET`, `{dataset}`, `DATASET_ID`, `...`, `xxx`, `your-output`, `path/to`, and for image names
// `my-tool`, `yourApp`, `image-name`. They are never compared with labels or mounts as real names.

/** `<id>`, `$X`, `${X}`, `{x}`, `[x]`, `%X%`, globs and ellipses: the marks of a stand-in. */
const MARKED = /[<>{}$[\]*?\u2026]|\.\.\.|%[A-Za-z_]+%/;
/** `DATASET_ID`, `OUTPUT_DIR`, `ID`, `IMAGE-NAME`: capitals only, two letters at least. */
const CAPITALS = /^[A-Z][A-Z0-9_-]*[A-Z0-9]$/;
/** `xxx`, `XXXXX`: a run of x standing for a name (in `ubuntu-python-xxxxx-desktop` too). */
const XXX = /^x{3,}$/i;

/** The parts of a name: `yourApp` → `your`, `app`; `my-cool_tool.v2` → `my`, `cool`, `tool`, `v2`. */
function nameTokens(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s._-]+/)
    .filter(Boolean);
}

/** `your-output`, `yourData`, `YOUR_FOLDER`: written for the reader to replace. */
function addressesReader(value: string): boolean {
  return nameTokens(value)[0] === 'your';
}

/**
 * One path segment or word that stands for something unknown. A real folder name written in capitals
 * (`/data/CT`) is taken for a stand-in too: the path is then judged only up to it, which can miss a
 * finding but never invents one.
 */
export function isPlaceholderSegment(segment: string): boolean {
  if (segment === '') return false;
  if (MARKED.test(segment) || CAPITALS.test(segment)) return true;
  return nameTokens(segment).some((t) => XXX.test(t)) || addressesReader(segment);
}

/** Words of generic image names in examples (`my-tool`, `your-image`, `image-name`, `myApp`). */
const GENERIC = new Set(['my', 'your', 'the', 'a', 'an', 'some', 'new', 'own', 'custom', 'cool', 'awesome', 'image', 'images', 'img', 'name', 'tool', 'tools', 'app', 'apps', 'application', 'container', 'docker', 'repo', 'repository', 'project', 'example', 'sample', 'foo', 'bar']);

/** `mytool`, `myapp`, `yourimage`: a generic word glued to `my`/`your`. */
function genericToken(t: string): boolean {
  return GENERIC.has(t) || (/^(?:my|your)./.test(t) && GENERIC.has(t.replace(/^(?:my|your)/, '')));
}

/**
 * An image name (the last part of the reference, without registry and tag) written as a stand-in:
 * `<image>`, `$IMAGE`, `IMAGE_NAME`, `{image}`, `...`, `xxx`, a name addressed to the reader
 * (`your-image`, `yourApp`), or one built only from generic words (`my-tool`, `my-application`,
 * `image-name`, `app`). A stand-in in the registry or the tag (`lung-seg:<version>`) leaves the name real.
 */
export function isPlaceholderImageName(name: string): boolean {
  if (name === '' || isPlaceholderSegment(name)) return true;
  const tokens = nameTokens(name);
  return tokens.length > 0 && tokens.every(genericToken);
}

/**
 * The path up to its first stand-in: `datasets/<id>/ct` → `datasets`; `/path/to/out` → ``;
 * `$OUT/x` → `` (but `$HOME` and `~` are known folders, resolved by the caller). Also says whether a
 * stand-in was found.
 */
export function knownPrefix(path: string): { prefix: string; complete: boolean } {
  const segments = path.split('/');
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (i === 0 && /^(?:~|\$\{?HOME\}?)$/.test(s)) continue;
    // `path/to/...`: the usual way of saying "some folder".
    if (s.toLowerCase() === 'path' && segments[i + 1]?.toLowerCase() === 'to') return { prefix: segments.slice(0, i).join('/'), complete: false };
    if (isPlaceholderSegment(s)) return { prefix: segments.slice(0, i).join('/'), complete: false };
  }
  return { prefix: path, complete: true };
}
