import { defineProjectRule, fixes } from '../src/rule-api.js';

export default defineProjectRule({
  meta: {
    code: 'CHM302',
    slug: 'authorization-label-wording',
    severity: 'warning',
    publishedImageOnly: true,
    guide: 'Labels',
    summary: 'The `authorization` label does not state that the image may be publicly accessible in the platform\'s images repository.',
    why: 'The label is the partner\'s written permission to publish the image. The platform team reads it as the guide\'s sentence; a label that says something else ("TODO", "internal use only", a name) is no authorization.',
    details: [
      '- Compared with the profile\'s `authorizationSentence` (the guide\'s, for CHAIMELEON; the EUCAIM node\'s says "the platform images',
      '  repository") word by word, ignoring case, punctuation and spacing.',
      '- Accepted: the sentence itself, the sentence with text before or after it (a name, a date), and any rewording that still says',
      '  the image will be public (a word starting `public`) and still names the repository (the sentence\'s last three words:',
      '  `CHAIMELEON images repository`, or `platform images repository` for EUCAIM; singular or plural), with no negation the sentence lacks (`not`, `no`, `never`, `won\'t`, `without`,',
      '  `private`, `internal`, `restricted`): `We authorize UPV to make this image publicly available in the CHAIMELEON image repository.`',
      '- Anything else is reported, saying which of the two statements is missing, or which word turns it around.',
      '- A value built from a variable that cannot be resolved (`authorization=$AUTH`, given with `--build-arg`) is not judged.',
      '  An empty or missing label is CHM301\'s.',
      '- Checks the primary image\'s final stage (the label it gets from a stage it is built FROM included). Reported at the label.',
      '- A label that names another repository in the sentence\'s terms (`the EUCAIM images repository` under the CHAIMELEON profile) is',
      '  reported as such: it is a permission to publish elsewhere, and the message says that an image meant for another platform is',
      '  linted with that platform\'s profile.',
      '- Fix: replaces the label (key and value) with `authorization="<the profile\'s sentence>"`. Safe, except when the label says the',
      '  opposite (a negation the sentence lacks) or names another repository: the partner then decides, so the fix is unsafe (applied',
      '  with `--unsafe-fixes`).',
    ].join('\n'),
    tags: ['license', 'labels'],
    fixable: true,
  },
  check({ project, profile, report }) {
    const label = project.primary?.finalStage?.labels.get('authorization');
    if (!label || label.value.trim() === '' || label.undeclared.length > 0 || label.unresolved.length > 0 || label.value.includes('$')) return;
    const expected = words(profile.authorizationSentence);
    const actual = words(label.value);
    if (containsRun(actual, expected)) return;
    const saysPublic = !expected.some((w) => w.startsWith('public')) || actual.some((w) => w.startsWith('public'));
    const repository = expected.slice(-3);
    const repositoryName = profile.authorizationSentence.split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(-3).join(' ');
    // `the CHAIMELEON's images repository` names it too: the possessive's `s` is a word of its own here.
    const namesRepository = containsRun(actual.filter((w) => w !== 's').map(singular), repository.map(singular));
    const negation = actual.find((w) => NEGATION.has(w) && !expected.includes(w));
    // Close to the sentence, or a paraphrase in the partner's own words (`we authorize ... to make it publicly accessible in the CHAIMELEON images repository`).
    if (saysPublic && namesRepository && !negation) return;
    // `... in the EUCAIM images repository`: a permission to publish somewhere else.
    const otherRepository = namesRepository ? null : repositoryNamed(label.value, repository);
    const missing = [
      saysPublic ? null : 'that the image will be publicly accessible',
      namesRepository || otherRepository ? null : `in which repository (the ${repositoryName})`,
    ].filter(Boolean);
    const what = otherRepository
      ? `names another repository (the ${otherRepository}) than the ${repositoryName}${missing.length > 0 ? `, and does not say ${missing.join('')}` : ''}`
      : missing.length > 0
        ? `does not say ${missing.join(', nor ')}`
        : `turns the guide's sentence around (\`${negation === 't' ? 'n\'t' : negation}\`)`;
    const elsewhere = otherRepository ? ' (an image meant for another platform is linted with that platform\'s profile, `--profile`)' : '';
    report({
      file: project.primary!.file,
      range: label.range,
      message: `The \`authorization\` label ${what}, so it may not be read as permission to publish the image: write \`LABEL authorization="${profile.authorizationSentence}"\`${elsewhere}.`,
      // The partner's own permission is rewritten only when it says nothing the sentence contradicts.
      fix: fixes.fix('Write the authorization sentence', !negation && !otherRepository, [fixes.replaceRange(project.primary!.file, label.range, `authorization=${fixes.dockerQuoted(project.primary!, profile.authorizationSentence)}`)]),
    });
  },
});

/** Words that turn the statement around (`not publicly accessible`, `won't`, `private`). */
const NEGATION = new Set(['not', 'no', 'never', 'nor', 'cannot', 't', 'without', 'private', 'internal', 'internally', 'restricted']);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The repository a label names in the sentence's terms (`<name> images repository`) when it is another one, as written; else null. */
function repositoryNamed(value: string, repository: string[]): string | null {
  const written = value.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && w.toLowerCase() !== 's');
  const [, kind, place] = repository.map(singular);
  for (let i = 1; i + 1 < written.length; i++) {
    if (singular(written[i].toLowerCase()) === kind && singular(written[i + 1].toLowerCase()) === place) return written.slice(i - 1, i + 2).join(' ');
  }
  return null;
}

function singular(word: string): string {
  return word.replace(/s$/, '');
}

function containsRun(haystack: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return needle.length === 0;
}
