import { braceExpand, defineDockerfileRule, describeEvent, fsHistory, homeFor, isUnder, pathState, volumePath, type FsEvent } from '../src/rule-api.js';

/** `{datasets,persistent-home}` of a word, for a message. */
function braceList(word: string): string {
  return /\{[^{}]*,[^{}]*\}/.exec(word)?.[0] ?? word;
}

export default defineDockerfileRule({
  meta: {
    code: 'CHM130',
    slug: 'volume-dirs-missing',
    severity: 'warning',
    publishedImageOnly: true,
    guide: 'Directories for mounting volumes',
    summary: 'The final image does not create a folder of the user\'s home where the platform mounts a volume (datasets, persistent-home, persistent-shared-folder).',
    why: 'The platform mounts the datasets and the persistent folders there; without the folder the mount point is created by the runtime as root, and tools or jobs that expect it (or run without that volume) fail.',
    details: [
      '- One finding per missing folder, at the final stage\'s `FROM` line (the image as a whole lacks it); the message gives the `RUN mkdir -p` line to add and says where (after the `USER` that switches to the platform user).',
      '- Folders are the profile\'s volume folders under the profile user\'s home (for CHAIMELEON `/home/chaimeleon/{datasets,persistent-home,persistent-shared-folder}`).',
      '- What creates a folder, in the final stage or any stage it is built `FROM`: `mkdir` (with or without `-p`, several paths, brace expansion `~/{datasets,persistent-home}`),',
      '  `install -d`, a `mkdir -p` or `WORKDIR` of a path below it, `WORKDIR` itself, a `COPY`/`ADD` whose destination is the folder or below it, and a `COPY --from=stage` of a folder in which that stage created it.',
      '- Brace expansion happens only in bash, zsh and ksh: a `SHELL ["/bin/bash", "-c"]` in effect, a `bash -c \'...\'` in the RUN, or a base whose `/bin/sh` is bash (Red Hat family, openSUSE).',
      '  `/bin/sh` is dash on Debian and Ubuntu (and the platform images) and ash on Alpine: there `mkdir -p ~/{datasets,persistent-home}` makes one folder named `{datasets,persistent-home}`,',
      '  and the finding is at that command, saying so. On a base not seen here the shell is unknown: the finding is info, at that command, with the assumption stated.',
      '- `~`, `$HOME` and `${HOME}` are the home of the user running that RUN (`/root` for root, so `mkdir ~/datasets` as root does not count; the message points at the folder it made instead);',
      '  ARG/ENV and variables set earlier in the same RUN are expanded; relative paths resolve against `WORKDIR` and any `cd` earlier in the RUN (`cd ~ && mkdir datasets` counts).',
      '  In an exec-form RUN no shell expands `~` or `$HOME`, so such paths do not count.',
      '- A folder removed afterwards (`rm -rf`) is missing again. `VOLUME` does not count: it does not create the folder in the image, and the platform ignores it.',
      '- A `COPY`/`ADD` from the build context into the home (`COPY home/ /home/chaimeleon/`) counts only by its destination: the build context is not visible to a Dockerfile check,',
      '  so the message says it assumed the copy does not bring the folder. Name the folder in a `mkdir` (git does not keep empty folders anyway).',
      '- Inherited from a known platform base image, which creates all of them. Any other base is assumed not to provide them, and the message says so',
      '  (at info), unless this image creates the platform user itself (`useradd chaimeleon` fails on a base that has one, so the base has no folders',
      '  in that home): then it is a warning. ONBUILD triggers do not run in this image.',
    ].join('\n'),
    tags: ['volumes', 'user'],
  },
  check({ facts, profile, report }) {
    const stage = facts.finalStage;
    if (!stage) return;
    const events = fsHistory(facts, stage);
    const root = facts.imageChain[0];
    const user = stage.finalUser;
    const platformUser = facts.uidOf(user) === profile.user.uid || user.name === profile.user.name;
    const placement =
      platformUser && user.instr
        ? `after \`USER ${user.spec}\` (line ${user.instr.range.startLine})`
        : `as the platform user (after \`USER ${profile.user.name}:${profile.user.name}\`)`;
    // One finding for the image, listing every missing folder: one defect, one fix.
    const missing: string[] = [];
    const notes = new Set<string>();
    // A `mkdir ~/{a,b}` whose shell does not expand braces (literal), or may not (unsure): one finding at that command.
    const byBraces = new Map<object, { event: FsEvent; paths: string[]; literal: boolean }>();
    const braceFinding = (event: FsEvent, path: string, literal: boolean) => {
      const key = event.cmd ?? event.instr;
      const entry = byBraces.get(key) ?? { event, paths: [], literal };
      entry.paths.push(path);
      byBraces.set(key, entry);
    };
    for (const dir of profile.volumeDirs) {
      const path = volumePath(profile, dir);
      const state = pathState(events, path);
      if (state?.event.braces?.expanded) braceFinding(state.event, path, false);
      if (state) continue;
      const literal = events.find((e) => e.braces && !e.braces.expanded && e.kind === 'ensure' && braceExpand(e.path).includes(path));
      if (literal) {
        braceFinding(literal, path, true);
        continue;
      }
      missing.push(path);
      const removed = [...events].reverse().find((e) => e.kind === 'remove' && (e.path === path || (e.recursive && isUnder(path, e.path))));
      if (removed) notes.add(`${describeEvent(removed)} removes \`${path}\``);
      // The folder made in the home of whoever ran the step (`mkdir ~/datasets` as root makes /root/datasets).
      const lookalike = events.find((e) => e.kind === 'ensure' && e.origin === 'run' && e.path !== path && e.path === `${homeFor(facts, e.by)}/${dir}`);
      if (lookalike && !removed) notes.add(`${describeEvent(lookalike)} creates \`${lookalike.path}\` instead: it runs as \`${lookalike.by.name}\`, whose home is \`${homeFor(facts, lookalike.by)}\``);
      const copied = events.find((e) => e.kind === 'contents' && e.origin === 'copy' && isUnder(path, e.path) && !e.instr.flags.some((f) => f.name.toLowerCase() === 'from'));
      if (copied) notes.add(`assumed ${describeEvent(copied)} into \`${copied.path}\` does not bring it, as the build context is not visible here`);
    }
    for (const { event, paths, literal } of byBraces.values()) {
      const shell = event.braces!.shell;
      const list = paths.map((p) => `\`${p}\``).join(', ');
      const folder = `\`${braceList(event.braces!.word)}\``;
      const fix = `write the ${paths.length === 1 ? 'path' : `${numberWord(paths.length)} paths`} out (\`mkdir -p ${paths.join(' ')}\`), or run the RUN with bash`;
      report({
        range: (event.cmd?.range ?? event.instr.range),
        // An unseen base may create the folders itself: then this is a question, not a defect.
        ...(literal && facts.base.kind !== 'unseen' ? {} : { severity: 'info' as const }),
        message: literal
          ? `${shell.why}, which does not expand \`{...}\`: ${describeEvent(event)} creates one folder named ${folder}, not ${list}, where the platform mounts ${paths.length > 1 ? 'its volumes' : 'a volume'}; ${fix}.`
          : `${describeEvent(event)} creates ${list} only if the shell expands \`{...}\`: ${shell.why}; if it is dash or ash (Debian, Ubuntu, Alpine), this creates one folder named ${folder}. To be sure, ${fix}.`,
      });
    }
    if (missing.length === 0) return;
    // A base image that has no platform user has no folders in their home: `useradd chaimeleon` here fails if the base has one.
    const userCreatedHere = facts.created.users.some((u) => !u.modifies && facts.imageChain.includes(u.stage) && (u.name === profile.user.name || u.uid === profile.user.uid));
    const unseen = facts.base.kind === 'unseen' && !userCreatedHere;
    if (unseen) notes.add(`if \`${root.image || 'its base image'}\` does not create ${missing.length > 1 ? 'them' : 'it'}`);
    const list = missing.map((p) => `\`${p}\``).join(', ');
    report({
      range: stage.from.range,
      ...(unseen ? { severity: 'info' as const } : {}),
      message:
        `The image never creates ${list}, where the platform mounts its volume${missing.length > 1 ? 's' : ''}${notes.size > 0 ? ` (${[...notes].join('; ')})` : ''}: ` +
        `add \`RUN mkdir -p ${missing.join(' ')}\` ${placement}.`,
    });
  },
});

function numberWord(n: number): string {
  return ['zero', 'one', 'two', 'three', 'four', 'five'][n] ?? String(n);
}
