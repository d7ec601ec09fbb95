import { defineDockerfileRule, describeEvent, fsHistory, homeFor, isUnder, pathState, volumePath } from '../src/rule-api.js';

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
      '- `~`, `$HOME` and `${HOME}` are the home of the user running that RUN (`/root` for root, so `mkdir ~/datasets` as root does not count; the message points at the folder it made instead);',
      '  ARG/ENV and variables set earlier in the same RUN are expanded; relative paths resolve against `WORKDIR` and any `cd` earlier in the RUN (`cd ~ && mkdir datasets` counts).',
      '  In an exec-form RUN no shell expands `~` or `$HOME`, so such paths do not count.',
      '- A folder removed afterwards (`rm -rf`) is missing again. `VOLUME` does not count: it does not create the folder in the image, and the platform ignores it.',
      '- A `COPY`/`ADD` from the build context into the home (`COPY home/ /home/chaimeleon/`) counts only by its destination: the build context is not visible to a Dockerfile check,',
      '  so the message says it assumed the copy does not bring the folder. Name the folder in a `mkdir` (git does not keep empty folders anyway).',
      '- Inherited from a known platform base image, which creates all of them. Any other base is assumed not to provide them, and the message says so. ONBUILD triggers do not run in this image.',
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
    for (const dir of profile.volumeDirs) {
      const path = volumePath(profile, dir);
      if (pathState(events, path)) continue;
      missing.push(path);
      const removed = [...events].reverse().find((e) => e.kind === 'remove' && (e.path === path || (e.recursive && isUnder(path, e.path))));
      if (removed) notes.add(`${describeEvent(removed)} removes \`${path}\``);
      // The folder made in the home of whoever ran the step (`mkdir ~/datasets` as root makes /root/datasets).
      const lookalike = events.find((e) => e.kind === 'ensure' && e.origin === 'run' && e.path !== path && e.path === `${homeFor(facts, e.by)}/${dir}`);
      if (lookalike && !removed) notes.add(`${describeEvent(lookalike)} creates \`${lookalike.path}\` instead: it runs as \`${lookalike.by.name}\`, whose home is \`${homeFor(facts, lookalike.by)}\``);
      const copied = events.find((e) => e.kind === 'contents' && e.origin === 'copy' && isUnder(path, e.path) && !e.instr.flags.some((f) => f.name.toLowerCase() === 'from'));
      if (copied) notes.add(`assumed ${describeEvent(copied)} into \`${copied.path}\` does not bring it, as the build context is not visible here`);
    }
    if (missing.length === 0) return;
    const unseen = facts.base.kind === 'unseen';
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
