import { defineDockerfileRule, fixes, fsHistory, isRoot, isUnder, stageCopies, stepOrder } from '../src/rule-api.js';

// Where files are installed to be used, never written, by the application: root ownership is right there.
const SYSTEM_READ_ONLY = /^\/(etc|usr|bin|sbin|lib|lib32|lib64|libx32|boot)(\/|$)/;

export default defineDockerfileRule({
  meta: {
    code: 'CHM133',
    slug: 'copy-after-user-not-owned',
    severity: 'info',
    guide: 'beyond',
    summary: '`COPY`/`ADD` while a non-root user is in effect, without `--chown`: the files stay owned by root.',
    why: 'COPY and ADD ignore USER: without `--chown` every copied file belongs to root. The platform runs the container as uid 1000, so an application that writes next to its code (logs, caches, checkpoints, config it updates) fails at run time.',
    details: [
      '- Looks at the final image (the final stage and the stages it is built `FROM`); builder stages do not matter, as `COPY --from` resets ownership anyway.',
      '- Fires when the user in effect is not root: set by `USER` in the stage, or inherited from a platform base image or the stage it builds on (the same trap, as the author',
      '  is writing the user part). `COPY --from=stage` and `ADD` (URLs, archives) count the same.',
      '- Not reported: with any `--chown` (even `--chown=root`, a stated choice); destinations in system folders that an application reads but never writes',
      '  (`/etc`, `/usr`, `/bin`, `/sbin`, `/lib*`, `/boot`); when a later RUN (as root) hands the destination to a non-root user with `chown -R` or opens it with `chmod -R 777`',
      '  (a `chown` without `-R` covers a copied file, not the files inside a copied folder).',
      '- Info only: files that are only read work fine as root\'s. The message gives the `--chown` to add.',
      '- Fix (safe): inserts that `--chown=USER:GROUP` (the user in effect, as the image names it) right after the keyword.',
    ].join('\n'),
    tags: ['user', 'permissions'],
    fixable: true,
  },
  check({ facts, report }) {
    const final = facts.finalStage;
    if (!final) return;
    const history = fsHistory(facts, final);
    for (const copy of facts.imageChain.flatMap((stage) => stageCopies(facts, stage))) {
      if (copy.chown !== null) continue;
      const user = copy.stage.userAt.get(copy.instr);
      if (!user || user.source === 'default' || user.name.includes('$') || isRoot({ name: user.name, uid: facts.uidOf(user) })) continue;
      const dest = copy.absoluteDestination.replace(/(.)\/+$/, '$1');
      if (dest === '/' || SYSTEM_READ_ONLY.test(dest) || dest.includes('$')) continue;
      const at = stepOrder(copy.instr);
      // A copied file (not folder) is covered by a chown of that very path.
      const copiesFile = history.some((e) => e.instr === copy.instr && e.kind === 'set' && e.path === dest);
      const handedOver = history.some(
        (e) =>
          e.order > at &&
          (e.kind === 'open' || (e.kind === 'set' && !isRoot(e.owner))) &&
          ((e.recursive && (e.path === dest || isUnder(dest, e.path))) || (copiesFile && e.path === dest)),
      );
      if (handedOver) continue;
      // `USER ${NB_USER}` with the variable from the base image's ENV: quote it as written.
      const written = user.name === '' && user.instr ? user.instr.argsText.trim() : null;
      const chown = written ? `--chown=${written}` : `--chown=${user.name}:${user.group ?? user.name}`;
      const who = user.source === 'instruction' && user.instr ? `after \`USER ${written ?? user.spec}\` (line ${user.instr.range.startLine})` : `while the user is \`${user.spec}\` (inherited from \`${copy.stage.image}\`)`;
      report({
        range: copy.instr.range,
        message: `\`${copy.instr.keyword}\` runs ${who}, but ${copy.instr.keyword} ignores USER: what it puts at \`${copy.unresolvedDestination ?? dest}\` stays owned by root, so the application cannot write there if it needs to. Add \`${chown}\` (or move it before the USER switch if it must stay read-only).`,
        fix: fixes.fix(`Add ${chown}`, true, [fixes.insertFlag(facts, copy.instr, chown)]),
      });
    }
  },
});
