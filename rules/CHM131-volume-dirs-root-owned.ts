import { commandText, defineDockerfileRule, describeEvent, fsHistory, isRoot, isUnder, pathState, rootOwnedHome, volumePath, type FsEvent } from '../src/rule-api.js';

export default defineDockerfileRule({
  meta: {
    code: 'CHM131',
    slug: 'volume-dirs-root-owned',
    severity: 'warning',
    publishedImageOnly: true,
    guide: 'The "chaimeleon" user',
    summary: 'A volume folder of the user\'s home, or the home itself, is created by root and never handed to the platform user (uid 1000).',
    why: 'The guide creates these folders as the platform user. A root-owned folder is not writable by uid 1000 wherever the platform does not mount a volume over it (a job without the shared folder, a local test run), and whatever the application writes there fails.',
    details: [
      '- Looks at the final image (the final stage and the stages it is built `FROM`) and follows each volume folder from the step that creates it to the end of the build.',
      '- Created as root: `mkdir` or `install -d` in a RUN whose user is root, a `mkdir -p`/`WORKDIR`/`COPY` of a path below it (which creates it on the way), `WORKDIR` while the user is root,',
      '  and `COPY`/`ADD` without `--chown` (COPY ignores USER). Users are resolved to uids through what the Dockerfile creates (`USER 0`, a name created with `useradd -u 0`).',
      '- Handed over: `chown` of the folder or, with `-R`, of a folder above it (`chown -R 1000:1000 /home/chaimeleon`), to any user that is not root',
      '  (a name the Dockerfile cannot resolve counts); `install -d -o USER`; `COPY --chown=USER`; `chmod 777`/`a+w` (writable by everyone, though `chown` is cleaner).',
      '- Removing the folder (`rm -rf`) and creating it again as the user counts. A mere `mkdir -p` as the user on a folder that already exists does not: it changes nothing,',
      '  so the folder stays root\'s, and the message says so.',
      '- One finding per creating step (a `mkdir -p ~/{datasets,persistent-home}` names all its folders), at that command or instruction.',
      '- Folders a platform base image provides belong to the platform user. A folder never created at all is CHM130\'s finding.',
      '- The home itself: when the final USER is a user the Dockerfile creates and the build leaves its home to root, typically `WORKDIR /home/chaimeleon` (Docker creates the',
      '  folder as root) before `useradd --create-home`, which finds the folder there and does not change its owner. The user then cannot write its own home (caches, `~/.local`,',
      '  files an init script writes in its working folder, the volume folders if it creates them). It is reported here, not under CHM132, because it is the same defect as a',
      '  root-owned volume folder (a folder the platform user must own, made by root) and often only shows at run time; CHM132 does not report the steps that then fail',
      '  to write in the home. One finding at the step that made it (merged with the volume folders that step made).',
    ].join('\n'),
    tags: ['volumes', 'user', 'permissions'],
  },
  check({ facts, profile, report }) {
    const stage = facts.finalStage;
    if (!stage) return;
    const events = fsHistory(facts, stage);
    // One finding per step: `mkdir -p ~/{datasets,persistent-home}` creates both.
    const rootOwned = new Map<unknown, { event: FsEvent; paths: string[] }>();
    const home = rootOwnedHome(facts, stage);
    if (home) rootOwned.set(home.madeBy.cmd ?? home.madeBy.instr, { event: home.madeBy, paths: [home.home] });
    for (const dir of profile.volumeDirs) {
      const path = volumePath(profile, dir);
      const state = pathState(events, path);
      if (!state || state.open || !isRoot(state.owner)) continue;
      const step = state.event.cmd ?? state.event.instr;
      const group = rootOwned.get(step) ?? { event: state.event, paths: [] };
      group.paths.push(path);
      rootOwned.set(step, group);
    }
    const owner = `${profile.user.uid}:${profile.user.gid}`;
    /** The home left to root, with the volume folders the same step made. */
    const reportHome = (volumes: string[]) => {
      const { madeBy, creation, user } = home!;
      const what = madeBy.origin === 'workdir' ? '`WORKDIR`' : describeEvent(madeBy);
      const onTheWay = madeBy.path === home!.home ? '' : ` on the way to \`${madeBy.path}\``;
      const why = creation ? ` before ${describeEvent(creation)}, which leaves an existing home as it is` : '';
      const also = volumes.length > 0 ? ` (and ${volumes.map((v) => `\`${v}\``).join(', ')})` : '';
      const who = user.uid !== null ? `uid ${user.uid}` : `\`${user.name}\``;
      const chown = `\`chown -R ${user.uid === profile.user.uid ? owner : user.name} ${home!.home}\``;
      const fix = madeBy.origin === 'workdir' && creation ? `Move this WORKDIR after line ${creation.instr.range.startLine}, or run ${chown} after the useradd` : `Run ${chown} after the user is created`;
      report({
        range: madeBy.cmd?.range ?? madeBy.instr.range,
        message: `The home of \`${user.name}\`${also} stays owned by root, so ${who} cannot write in it: ${what} creates it as root${onTheWay}${why}. ${fix}.`,
      });
    };
    for (const { event, paths } of rootOwned.values()) {
      if (home && paths[0] === home.home) {
        reportHome(paths.slice(1));
        continue;
      }
      const names = paths.map((p) => `\`${p}\``).join(', ');
      const what =
        event.action === 'chown'
          ? `This \`${commandText(event.cmd!)}\` gives ${names} to root`
          : `${names} ${paths.length > 1 ? 'are' : 'is'} created here as root${event.origin === 'copy' ? ` (${event.instr.keyword} without \`--chown\` makes root the owner, whatever the USER)` : event.origin === 'workdir' ? ' (WORKDIR creates folders as the USER in effect)' : ''}`;
      const remade = events.find((e) => e.order > event.order && e.kind === 'ensure' && !isRoot(e.by) && paths.some((p) => e.path === p || (e.parents && isUnder(e.path, p))));
      const remadeNote = remade ? `; ${describeEvent(remade)} as \`${remade.by.name}\` does not change the owner of a folder that already exists` : '';
      const fix =
        event.origin === 'copy'
          ? `add \`--chown=${profile.user.name}:${profile.user.name}\` to it`
          : `create ${paths.length > 1 ? 'them' : 'it'} after \`USER ${profile.user.name}\`, or follow with \`chown -R ${owner} ${paths.join(' ')}\` while still root`;
      report({
        range: event.cmd?.range ?? event.instr.range,
        message: `${what} and nothing hands ${paths.length > 1 ? 'them' : 'it'} to uid ${profile.user.uid} afterwards${remadeNote}: ${fix}.`,
      });
    }
  },
});
