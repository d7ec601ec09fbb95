import { defineDockerfileRule, fixes } from '../src/rule-api.js';

export default defineDockerfileRule({
  meta: {
    code: 'CHM101',
    slug: 'final-user-not-platform-user',
    severity: 'error',
    publishedImageOnly: true,
    guide: 'The "chaimeleon" user',
    summary: 'The image must finally run as the platform user (uid 1000).',
    why: 'The platform runs every container as uid 1000 and gives that uid its volumes; an image built to run as root or another user breaks at run time or gets rights it must not have.',
    details: [
      '- Only the final stage counts: builder stages may run as root.',
      '- Reported on a final `USER root` / `USER 0`, on a final user whose uid is known and is not 1000 (a number, or a user created with `useradd -u`),',
      '  and on a final stage with no `USER` at all whose base is not a known platform image (it runs as the base\'s user, root for the usual bases).',
      '- The user is inherited from a known platform base image and from earlier stages (`FROM builder`).',
      '- A name whose uid cannot be known from the Dockerfile (created in an unknown base image) is left to CHM102, which says so.',
      '- The `:group` part is not checked here (see CHM102).',
      '- Fix (unsafe): when the image has the platform user (created with its uid, or from a platform base), adds',
      '  `USER chaimeleon:chaimeleon` after the last instruction; a later step that needs root must move before it. No fix for another uid.',
    ].join('\n'),
    security: true,
    tags: ['security', 'user'],
    fixable: true,
  },
  check({ facts, profile, report }) {
    const stage = facts.finalStage;
    if (!stage) return;
    const user = stage.finalUser;
    const expected = profile.user.uid;
    if (user.source === 'platform') return;
    const spec = `${profile.user.name}:${profile.user.name}`;
    // Only a user the image has: a USER naming one it does not would break the build's end.
    const endAsPlatformUser = facts.resolveUid(profile.user.name) === expected ? { fix: fixes.fix(`End with USER ${spec}`, false, [fixes.appendToStage(facts, stage, [`USER ${spec}`])]) } : {};
    if (user.source === 'default') {
      const base = facts.base;
      // An unseen base may well end as uid 1000 itself: then this is a question for the partner, not a defect.
      if (base.kind === 'unseen') {
        report({
          range: stage.from.range,
          severity: 'info',
          message: `The final image never sets USER: if \`${base.reference || 'its base image'}\` does not end as uid ${expected} itself, it runs as root. End with \`USER ${profile.user.name}:${profile.user.name}\` (uid ${expected}) to make it explicit.`,
          ...endAsPlatformUser,
        });
        return;
      }
      report({
        range: stage.from.range,
        message: `The final image never sets USER, so it runs as root (the user of \`${base.reference || 'its base'}\`): create the platform user and end with \`USER ${profile.user.name}:${profile.user.name}\` (uid ${expected}).`,
        ...endAsPlatformUser,
      });
      return;
    }
    const uid = facts.uidOf(user);
    const at = user.instr?.range ?? stage.from.range;
    if (uid === 0 || user.name === 'root') {
      report({ range: at, message: `The image ends as \`USER ${user.spec}\`: root belongs to the build only. End with \`USER ${profile.user.name}:${profile.user.name}\` (uid ${expected}).`, ...endAsPlatformUser });
    } else if (uid !== null && uid !== expected) {
      report({ range: at, message: `The image ends as \`USER ${user.spec}\`, uid ${uid}; the platform runs containers as uid ${expected}. Create the user with uid ${expected} or switch to \`USER ${profile.user.name}\`.` });
    }
  },
});
