// What the README rules share: finding a required section (and saying so when it is missing or at
// the wrong heading level), and where to report about the README as a whole.
import type { ProjectContext } from '../rule-types.js';
import { appendBlock, fix, replaceRange } from '../fix/edits.js';
import type { Range } from '../types.js';
import type { Readme, ReadmeSection } from './model.js';

/** Where a finding about the whole README goes: its title (the first level-1 heading), else its first line. */
function readmeAnchor(readme: Readme): Range {
  const title = readme.sections.find((s) => s.level === 1);
  if (title) return title.headingRange;
  return { startLine: 1, startColumn: 1, endLine: 1, endColumn: readme.lines.lineText(0).length + 1 };
}

export type RequiredSection = 'description' | 'usage' | 'license';

const TITLES: Record<RequiredSection, string> = { description: 'Description', usage: 'Usage', license: 'License' };

/** For an interactive image, the catalogue shows the sections; nobody runs it with jobman. */
const WHAT_TO_WRITE_INTERACTIVE: Record<RequiredSection, string> = {
  description: 'what the application does and which tools its desktop offers',
  usage: 'how to use the application once its desktop is deployed from the catalogue',
  license: 'a link to the license document (`[NAME](LICENSE)`, with the license\'s name), or `None` if the image has no license',
};

const WHAT_TO_WRITE: Record<RequiredSection, string> = {
  description: 'what the image does and which tools it contains',
  usage: 'a `jobman submit -i NAME:VERSION -- ARGS` example and the arguments the image accepts',
  license: 'a link to the license document (`[NAME](LICENSE)`, with the license\'s name), or `None` if the image has no license',
};

/**
 * The README section the platform copies into `jobman image-details`: reports a missing one (a
 * warning at the README's title) and one under another heading level than 2 (an info at its
 * heading). `what` says what to write in it when the rule knows better than the generic text. Returns the section found at any level, or null (also when there is no README).
 */
export async function requiredSection(ctx: ProjectContext, name: RequiredSection, what: string | null = null, skeleton?: string): Promise<{ readme: Readme; section: ReadmeSection } | null> {
  const readme = await ctx.project.readme();
  if (!readme) return null;
  const title = TITLES[name];
  const section = readme.section(name);
  if (!section) {
    const interactive = (await ctx.project.documentedKind()) === 'interactive';
    const shownBy = interactive ? 'the application catalogue shows' : '`jobman image-details` shows';
    ctx.report({
      file: readme.path,
      range: readmeAnchor(readme),
      message: `The README has no \`## ${title}\` section, which ${shownBy}: add one with ${what ?? (interactive ? WHAT_TO_WRITE_INTERACTIVE : WHAT_TO_WRITE)[name]}.`,
      // A skeleton at the end of the README: what goes in it is the partner's to write (unsafe).
      ...(skeleton !== undefined ? { fix: fix(`Add a ${title} section to the README`, false, [appendBlock(readme.path, readme.text, `## ${title}\n\n${skeleton}`)]) } : {}),
    });
    return null;
  }
  if (section.level !== 2) {
    const written = section.setext ? `\`${section.title}\` underlined with \`${section.level === 1 ? '=' : '-'}\`` : `\`${'#'.repeat(section.level)} ${section.title}\``;
    ctx.report({
      file: readme.path,
      range: section.headingRange,
      severity: 'info',
      message: `The ${title} section is the level-${section.level} heading ${written}; the admins who copy it into \`jobman image-details\` expect level-2 headings, as every README has them: write \`## ${section.title}\`.`,
      // An ATX heading on one line is rewritten at level 2; the sections around it may need it too (unsafe).
      ...(!section.setext && section.headingRange.startLine === section.headingRange.endLine
        ? { fix: fix(`Make ${title} a level-2 heading`, false, [replaceRange(readme.path, section.headingRange, `## ${section.title}`)]) }
        : {}),
    });
  }
  return { readme, section };
}
