// Which image a README documents, as the README itself says it: the names its `jobman submit -i`
// examples run (placeholders left out) and its title when the title is written as an image name.
// CHM208 compares these with the image's `name` label, or, when that label is unknown (a README-only
// catalogue entry, a label built from a variable), with each other.
import type { Range } from '../types.js';
import { readmeExamples, type CommandWord, type JobmanSubmit } from './jobman.js';
import type { Readme } from './model.js';
import { isPlaceholderImageName } from './placeholders.js';

export interface ExampleImage {
  /** The image name without registry, project and tag: `lung-seg`. */
  name: string;
  /** As written: `harbor.example.org/lib/lung-seg:1.0`. */
  value: string;
  tag: string | null;
  /** The option that named it as written (`-i`, `--image`). */
  option: string;
  word: CommandWord;
  submit: JobmanSubmit;
}

export interface ReadmeImageNames {
  /** Every image an example runs whose name is not a placeholder, in the order of the README. */
  examples: ExampleImage[];
  /**
   * The title (the first heading, when it is level 1) when it is written as an image name: one
   * lower-case word of letters, digits and `.`, `_`, `-` (`# ubuntu-python`, ``# `lung-seg` ``), not a
   * placeholder. A title in words (`# Lung segmentation`) is not.
   */
  title: { name: string; range: Range } | null;
  /** The name of the folder holding the README inside the repository; null at the repository root. */
  folder: string | null;
}

/** The way `jobman images` shows a name: a valid repository name component. */
const IMAGE_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

const cache = new WeakMap<Readme, Promise<ReadmeImageNames>>();

/** The image names a README gives, computed once per README. */
export function readmeImageNames(readme: Readme): Promise<ReadmeImageNames> {
  let pending = cache.get(readme);
  if (!pending) {
    pending = findImageNames(readme);
    cache.set(readme, pending);
  }
  return pending;
}

async function findImageNames(readme: Readme): Promise<ReadmeImageNames> {
  const examples: ExampleImage[] = [];
  for (const submit of (await readmeExamples(readme)).jobman) {
    const image = submit.image;
    // `$IMAGE` expands to an unknown name; a variable only in the registry or tag leaves the name known.
    if (!image || image.name.includes('$') || isPlaceholderImageName(image.name)) continue;
    examples.push({ name: image.name, value: image.value, tag: image.tag, option: image.option, word: image.word, submit });
  }
  const slash = readme.path.lastIndexOf('/');
  const folder = slash > 0 ? readme.path.slice(readme.path.lastIndexOf('/', slash - 1) + 1, slash) : null;
  return { examples, title: imageNameTitle(readme), folder };
}

function imageNameTitle(readme: Readme): ReadmeImageNames['title'] {
  const first = readme.sections[0];
  if (!first || first.level !== 1) return null;
  const text = first.title
    .replace(/(?:^|\s):[a-z0-9_+-]+:(?=\s|$)/g, ' ')
    .replace(/^[^\p{L}\p{N}`]+|[^\p{L}\p{N}`]+$/gu, '')
    .replace(/^`([^`]+)`$/, '$1')
    .trim();
  if (!IMAGE_NAME.test(text) || isPlaceholderImageName(text)) return null;
  return { name: text, range: first.headingRange };
}

export interface DocumentedName {
  name: string;
  /** Where the README says it: its title, or the first example that runs it. */
  source: { kind: 'title'; range: Range } | { kind: 'example'; example: ExampleImage };
}

/**
 * The image name a README documents when no `name` label says it: the title when it clearly is the
 * image's name (it is also the README's folder name, as in a catalogue entry, or an example runs it),
 * else the name most examples run (the first of them on a tie). `isNotImageName` rules out titles
 * that name something else, such as the repository (`image_batch_lung_seg`). Null without examples.
 */
export function documentedImageName(names: ReadmeImageNames, isNotImageName: (name: string) => boolean = () => false): DocumentedName | null {
  if (names.examples.length === 0) return null;
  const { title } = names;
  if (title && !isNotImageName(title.name) && (title.name === names.folder || names.examples.some((e) => e.name === title.name))) {
    return { name: title.name, source: { kind: 'title', range: title.range } };
  }
  const counts = new Map<string, number>();
  for (const e of names.examples) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  let best = names.examples[0];
  for (const e of names.examples) if (counts.get(e.name)! > counts.get(best.name)!) best = e;
  return { name: best.name, source: { kind: 'example', example: best } };
}
