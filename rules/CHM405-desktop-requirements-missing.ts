import { defineProjectRule, findInstalled, imageKind, platformStartReplacedBy, SSH_SERVER_PACKAGE, type ChainScript, type DockerfileFacts, type DockerInstruction, type EntrypointChain, type Profile, type ProjectFacts, type Range, type RelatedLocation, type ShellCommand } from '../src/rule-api.js';

const VNC_SERVER = /^(x11vnc|tigervnc(-standalone-server|-server|-scraping-server)?|tightvncserver|tightvnc-server|vnc4server|turbovnc|kasmvncserver|realvnc-vnc-server)$/;
const SUPERVISOR_PACKAGE = /^(supervisor|supervisord|runit|s6|s6-overlay|daemontools|circus|monit)$/;
const SUPERVISOR_PROGRAM = /^(supervisord|runsvdir|runsv|s6-svscan|s6-supervise|circusd|monit)$/;
const BROWSER_PACKAGE = /^(firefox(-esr)?|chromium(-browser)?|google-chrome(-stable|-beta|-unstable)?|microsoft-edge-stable|brave-browser|epiphany(-browser)?|midori|falkon|konqueror|qutebrowser|palemoon|seamonkey|netsurf(-gtk)?)$/;
// A browser installed from a downloaded package or archive (`wget .../google-chrome-stable_current_amd64.deb`).
const BROWSER_WORD = /\b(firefox|chromium|google-chrome|microsoft-edge|brave-browser|epiphany|falkon)\b/i;
// A third-party desktop base whose name says it serves VNC (dorowu/ubuntu-desktop-lxde-vnc, kasmweb/desktop, linuxserver/webtop).
const VNC_BASE_NAME = /vnc|kasm|webtop/i;

/** The program a command starts when it is a web server or web application; null otherwise. */
function webServer(cmd: ShellCommand): string | null {
  const p = cmd.program;
  const a = cmd.args.map((w) => w.value);
  const first = a.find((w) => !w.startsWith('-')) ?? '';
  if (p === 'jupyter' && /^(lab|notebook|server|nbclassic)$/.test(first)) return `jupyter ${first}`;
  if (/^(jupyter-lab|jupyter-notebook|jupyter-server|voila|uvicorn|gunicorn|hypercorn|daphne|waitress-serve|tensorboard|code-server|rstudio-server|shiny-server|nginx|httpd|apache2|apachectl|lighttpd|caddy)$/.test(p)) return p;
  if (p === 'streamlit' && first === 'run') return 'streamlit run';
  if (p === 'flask' && first === 'run') return 'flask run';
  if ((p === 'panel' || p === 'bokeh') && first === 'serve') return `${p} serve`;
  if (p === 'mlflow' && /^(ui|server)$/.test(first)) return `mlflow ${first}`;
  if (p === 'gradio') return 'gradio';
  if (/^python(\d+(\.\d+)?)?$/.test(p)) {
    const m = a.indexOf('-m');
    const module = m >= 0 ? a[m + 1] : undefined;
    if (module && /^(http\.server|jupyter|jupyterlab|notebook|streamlit|flask|uvicorn|gunicorn|voila|panel|bokeh|tensorboard|mlflow|SimpleHTTPServer)$/.test(module)) return `python -m ${module}`;
    if (a.includes('runserver')) return 'manage.py runserver';
  }
  if (p === 'R' || p === 'Rscript') {
    if (a.some((w) => /shiny::runApp|runApp\(/.test(w))) return 'shiny';
  }
  return null;
}

// Python web frameworks, and the calls that start a server (`app.run()`, `demo.launch()`, `uvicorn.run(app)`).
const PYTHON_WEB_FRAMEWORK = /^(flask|fastapi|gradio|streamlit|dash|bokeh|panel|aiohttp|tornado|http\.server|bottle|cherrypy|nicegui|shiny|uvicorn|waitress|socketserver)(\.|$)/;
const PYTHON_WEB_START = /(^|\.)(run|launch|run_server|serve|serve_forever|run_app|listen)$/;

interface Location {
  file: string;
  range: Range;
  what: string;
  related: RelatedLocation[];
}

/** Ports that are the desktop's own remote access (SSH, VNC, RDP), not a web application. */
function isRemoteAccessPort(port: number, profile: Profile): boolean {
  return port === 22 || port === 3389 || port === profile.desktopPorts.ssh || port === profile.desktopPorts.vnc || (port >= 5900 && port <= 5999);
}

interface StartUp {
  /** Commands the container runs at start, with how the entrypoint reaches them. */
  commands: { cmd: ShellCommand; via: RelatedLocation[] }[];
  scripts: ChainScript[];
  chain: EntrypointChain;
}

/** What runs when the container starts: the final ENTRYPOINT/CMD, the scripts they lead to, what those run (supervisor programs, subprocess). */
async function startUp(project: ProjectFacts, facts: DockerfileFacts): Promise<StartUp> {
  const chain = await project.entrypointChain(facts);
  const commands: StartUp['commands'] = chain.commands.map((cmd) => ({ cmd, via: [] }));
  for (const script of chain.scripts) for (const cmd of [...script.commands, ...script.runs]) commands.push({ cmd, via: script.via });
  return { commands, scripts: chain.scripts, chain };
}

/** A Python entry script that imports a web framework and starts it: the call that starts it. */
function pythonWebStart(script: ChainScript): Location | null {
  const module = script.python;
  if (!module) return null;
  const framework = module.imports.find((i) => PYTHON_WEB_FRAMEWORK.test(i.module));
  if (!framework) return null;
  const start = module.calls.find((c) => PYTHON_WEB_START.test(c.name) && !/^(subprocess|os|asyncio|threading|multiprocessing)\./.test(c.name));
  if (!start) return null;
  return { file: script.path, range: start.range, what: `\`${script.path}\` starts a ${framework.module.split('.')[0]} application (\`${start.written}()\`)`, related: script.via };
}

function exposedWebPort(facts: DockerfileFacts, profile: Profile): Location | null {
  for (const stage of facts.imageChain) {
    for (const instr of stage.instructions) {
      if (instr.keyword !== 'EXPOSE' || instr.onbuild) continue;
      for (const word of instr.args) {
        const port = Number(word.value.split('/')[0].split('-')[0]);
        if (Number.isInteger(port) && port > 0 && !isRemoteAccessPort(port, profile)) {
          return { file: facts.file, range: word.range, what: `it exposes port ${port}`, related: [] };
        }
      }
    }
  }
  return null;
}

function webApplication({ commands, scripts }: StartUp, facts: DockerfileFacts, profile: Profile): Location | null {
  for (const { cmd, via } of commands) {
    const server = webServer(cmd);
    if (server) return { file: cmd.file, range: cmd.range, what: `its start-up runs \`${server}\``, related: via };
  }
  for (const script of scripts) {
    const web = pythonWebStart(script);
    if (web) return web;
  }
  return exposedWebPort(facts, profile);
}

/** Is a supervisor installed (any package manager, or s6-overlay unpacked) or started at start-up? */
function hasSupervisor({ commands }: StartUp, facts: DockerfileFacts): boolean {
  if (findInstalled(facts, SUPERVISOR_PACKAGE)) return true;
  if (anyInstruction(facts, (text) => /s6-overlay/.test(text))) return true;
  return commands.some(({ cmd }) => SUPERVISOR_PROGRAM.test(cmd.program) || cmd.name === '/init');
}

function anyInstruction(facts: DockerfileFacts, test: (text: string) => boolean): DockerInstruction | null {
  for (const stage of facts.imageChain) {
    for (const instr of stage.instructions) {
      if (instr.onbuild || (instr.keyword !== 'RUN' && instr.keyword !== 'ADD' && instr.keyword !== 'COPY')) continue;
      if (test(facts.model.text.slice(instr.argsOffset, instr.endOffset))) return instr;
    }
  }
  return null;
}

export default defineProjectRule({
  meta: {
    code: 'CHM405',
    slug: 'desktop-requirements-missing',
    severity: 'error',
    publishedImageOnly: true,
    guide: '(Optional) Include a desktop environment',
    summary: 'An interactive (desktop) image lacks a VNC server, an SSH server or a process supervisor; a web application in it has no browser.',
    why: 'Users reach a desktop image only through Guacamole, which connects to its VNC server and uploads files over SSH, and supervisor keeps those services running; a web application inside the desktop can only be opened with a browser installed in it.',
    details: [
      '- An image is interactive when its final image installs a desktop environment or window manager (lxde, xfce4, mate, kde/plasma, gnome,',
      '  icewm, openbox...), x11vnc/tigervnc or Xvfb, or is built on a platform desktop image or a third-party base whose name says desktop/VNC.',
      '  Xvfb alone in an image with an `ENTRYPOINT` of its own is a virtual display a batch job renders on (`xvfb-run app`), not a desktop.',
      '- VNC server: x11vnc, tigervnc, tightvncserver, turbovnc, KasmVNC... SSH server: openssh-server, openssh, Debian\'s `ssh`, dropbear.',
      '  Supervisor: `supervisor` from apt/yum/apk or pip/conda, runit, s6 (also s6-overlay unpacked with ADD), daemontools, circus, monit,',
      '  or a supervisor the start-up runs (`supervisord`, `runsvdir`, `s6-svscan`, `/init`). Packages count in every stage of the final image.',
      '- A platform desktop base provides all three. A child that sets its own `ENTRYPOINT` without calling the base\'s start script',
      '  (directly or from its scripts) no longer starts them: reported at that `ENTRYPOINT`.',
      '- A third-party desktop base cannot be seen: its name is trusted for VNC (`vnc`, `kasm`, `webtop`), and the message says what else was assumed missing.',
      '- One error lists every missing part, at the line that makes the image a desktop.',
      '- Web application (warning, same code): the start-up (ENTRYPOINT/CMD, the scripts they run, supervisor programs) starts a web server',
      '  (jupyter, streamlit, gradio, flask run, uvicorn, gunicorn, voila, panel/bokeh serve, tensorboard, mlflow ui, code-server, rstudio-server,',
      '  shiny, nginx/httpd, `python -m http.server`...), a Python entry script imports a web framework and starts it (`app.run(`,',
      '  `demo.launch(`, `uvicorn.run`), or the image `EXPOSE`s a port other than SSH/VNC/RDP (22, 2222, 3389, 5900-5999). It needs a browser:',
      '  firefox, chromium, google-chrome, epiphany, falkon... installed with a package manager, downloaded by a RUN/ADD that names it, or from a platform base that ships one.',
      '- Batch images are not judged here (CHM141 asks them for an ENTRYPOINT).',
    ].join('\n'),
    tags: ['desktop', 'interactive'],
  },
  async check({ project, profile, report }) {
    for (const facts of project.dockerfiles) {
      const kind = imageKind(facts);
      if (kind.kind !== 'desktop' || !kind.evidence) continue;
      const base = facts.platformBase;
      const root = facts.imageChain[0];
      const thirdPartyBase = !base && root ? root.image : null;
      const evidence = kind.evidence;
      const start = await startUp(project, facts);
      const desktopRelated: RelatedLocation[] = [{ file: facts.file, range: evidence.instr.range, message: `This makes it a desktop image: ${evidence.what}.` }];

      const missing: string[] = [];
      if (!base?.provides.vnc && !findInstalled(facts, VNC_SERVER) && !(thirdPartyBase && VNC_BASE_NAME.test(thirdPartyBase))) missing.push('a VNC server (`x11vnc`)');
      if (!base?.provides.ssh && !findInstalled(facts, SSH_SERVER_PACKAGE)) missing.push('an SSH server (`openssh-server`)');
      if (!base?.provides.supervisor && !hasSupervisor(start, facts)) missing.push('a process supervisor (`supervisor`)');
      if (missing.length > 0) {
        const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
        report({
          file: facts.file,
          range: evidence.instr.range,
          message: `This is a desktop image (${evidence.what}) but it lacks ${list}${thirdPartyBase ? ` (assumed the base image \`${thirdPartyBase}\` does not provide ${missing.length === 1 ? 'it' : 'them'})` : ''}: Guacamole shows the desktop through VNC and uploads files over SSH, and supervisor keeps those services running. Install ${missing.length === 1 ? 'it' : 'them'}, or build FROM a platform desktop image.`,
        });
      }

      const replaced = platformStartReplacedBy(facts, start.chain);
      if (replaced && base) {
        report({
          file: facts.file,
          range: replaced.range,
          related: desktopRelated,
          message: `This ENTRYPOINT replaces the start script of \`${base.name}\` (\`${base.provides.entrypoint?.join(' ')}\`), which starts supervisor and through it VNC and SSH: drop the ENTRYPOINT (use CMD), or end your script with \`exec ${base.provides.entrypoint?.[0]} "$@"\`.`,
        });
      }

      const web = webApplication(start, facts, profile);
      const hasBrowser = !!base?.provides.browser || !!findInstalled(facts, BROWSER_PACKAGE) || !!anyInstruction(facts, (text) => BROWSER_WORD.test(text));
      if (web && !hasBrowser) {
        report({
          file: web.file,
          range: web.range,
          severity: 'warning',
          related: [...web.related, ...desktopRelated],
          message: `This desktop image serves a web application (${web.what}) but installs no browser to open it inside the desktop${thirdPartyBase ? ` (assumed the base image \`${thirdPartyBase}\` has none)` : ''}: install one, e.g. \`firefox\` or \`chromium\`, with the package manager.`,
        });
      }
    }
  },
});
