// Whether a child of a platform base image still runs the base's start script: the script that,
// in the desktop images, rotates the password and starts supervisor (and through it VNC and sshd).
import type { EntrypointChain } from '../chain/chain.js';
import type { DockerfileFacts } from '../dockerfile/facts.js';
import type { DockerInstruction } from '../dockerfile/model.js';

/**
 * The ENTRYPOINT that replaces the platform base's start script without calling it (directly,
 * or from a script it runs); null when the base's script still runs, or there is no platform base.
 * A CMD alone does not replace it: the base's ENTRYPOINT stays and receives the CMD as arguments.
 */
export function platformStartReplacedBy(facts: DockerfileFacts, chain: EntrypointChain): DockerInstruction | null {
  const started = facts.platformBase?.provides.entrypoint;
  const entrypoint = facts.finalStage?.entrypoint;
  if (!started || started.length === 0 || !entrypoint) return null;
  const names = started.map((p) => p.slice(p.lastIndexOf('/') + 1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const call = new RegExp(`(^|[\\s/"'=])(${names.join('|')})(?=$|[\\s"';&|)])`, 'm');
  const mentions = (text: string) => started.some((p) => text.includes(p)) || call.test(text);
  if (mentions(facts.model.text.slice(entrypoint.instr.argsOffset, entrypoint.instr.endOffset))) return null;
  return chain.scripts.some((s) => mentions(s.text)) ? null : entrypoint.instr;
}
