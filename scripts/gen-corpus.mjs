// Generates the benchmark corpus: realistic partner-style Dockerfiles, varied in size and features
// (stages, continuations, heredocs, sh -c, exec form, ONBUILD, labels with ARGs, users, comments;
// one file in eight has ARGs whose default refers to themselves, `ARG X=${X:-${Y}}`, as real ones do).
// Deterministic: the same seed gives the same files.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function generateCorpus(dir, count = 2000, seed = 42) {
  let state = seed >>> 0;
  const rand = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const chance = (p) => rand() < p;
  const bases = ['ubuntu:22.04', 'ubuntu', 'python:3.11-slim', 'nvidia/cuda:11.8.0-runtime-ubuntu22.04', 'harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python:3.9', 'tensorflow/tensorflow:2.3.1-gpu', 'debian:bookworm'];
  const aptPkgs = ['python3', 'python3-pip', 'git', 'curl', 'wget', 'libgl1', 'ffmpeg', 'build-essential', 'sudo', 'openssh-server', 'vim', 'unzip', 'libglib2.0-0'];
  const pipPkgs = ['numpy', 'pandas', 'torch', 'torchvision', 'pydicom', 'SimpleITK', 'scikit-learn', 'nibabel', 'monai', 'opencv-python-headless', 'matplotlib', 'pyradiomics'];
  const some = (list, n) => Array.from({ length: n }, () => pick(list)).filter((v, i, a) => a.indexOf(v) === i);

  const blocks = {
    apt: () => `RUN apt-get update && \\\n    apt-get install -y ${chance(0.5) ? '--no-install-recommends ' : ''}${some(aptPkgs, 2 + Math.floor(rand() * 5)).join(' \\\n        ')}${chance(0.5) ? ' && \\\n    rm -rf /var/lib/apt/lists/*' : ''}`,
    pip: () => `RUN pip${chance(0.5) ? '3' : ''} install ${chance(0.5) ? '--no-cache-dir ' : ''}${some(pipPkgs, 1 + Math.floor(rand() * 5)).join(' ')}`,
    pipReq: () => `COPY requirements.txt /tmp/\nRUN python3 -m pip install ${chance(0.5) ? '--no-cache-dir ' : ''}-r /tmp/requirements.txt`,
    heredoc: () => `RUN <<EOF\nset -e\npip install ${pick(pipPkgs)}\necho done\nEOF`,
    shc: () => `RUN ${chance(0.5) ? 'sh' : 'bash'} -c "cd /opt && pip install ${pick(pipPkgs)}"`,
    exec: () => `RUN ["pip", "install", "${pick(pipPkgs)}"]`,
    comment: () => `# ${pick(['Install the model', 'TODO: remove', 'Things done by the root user', 'Copy of the application files'])}`,
    commented: () => `#RUN pip install ${pick(pipPkgs)}`,
    env: () => `ENV ${pick(['PIP_NO_CACHE_DIR=1', 'DEBIAN_FRONTEND=noninteractive', 'PYTHONUNBUFFERED=1', 'LANG=C.UTF-8'])}`,
    copy: () => `COPY ${chance(0.5) ? '--chown=1000:1000 ' : ''}${pick(['app', 'src', 'model', 'run.sh'])} /home/chaimeleon/${pick(['app', 'src', '.init/run.sh'])}`,
    onbuild: () => `ONBUILD RUN pip install ${pick(pipPkgs)}`,
    sudo: () => `RUN usermod -aG sudo chaimeleon`,
    password: () => `RUN echo "chaimeleon:chaimeleon" | chpasswd`,
    workdir: () => `WORKDIR ${pick(['/home/chaimeleon', '/app', '/opt/app'])}`,
  };
  const blockNames = Object.keys(blocks);

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (let i = 0; i < count; i++) {
    const lines = [];
    // Chosen by position, not by the random stream: the rest of the corpus stays as it was.
    const selfReferencing = i % 8 === 5;
    if (selfReferencing) lines.push('ARG DEFAULT_BASE=ubuntu:22.04', 'ARG BASE_IMAGE=${BASE_IMAGE:-${DEFAULT_BASE}}');
    if (chance(0.3)) lines.push(`ARG VERSION=${Math.floor(rand() * 3)}.${Math.floor(rand() * 10)}`);
    if (chance(0.2)) lines.push(`FROM ${pick(bases)} AS builder`, blocks.apt(), blocks.pip(), '');
    lines.push(`FROM ${pick(bases)}`, '');
    if (chance(0.8)) lines.push(`LABEL name="${pick(['lung-nodules', 'My Tool', 'mri-harmonization', 'shap_explainer'])}"`);
    if (chance(0.8)) lines.push(chance(0.3) ? 'LABEL version="${VERSION}"' : `LABEL version="${pick(['1.0', '0.0.3 - testing', '2.1.0', 'latest'])}"`);
    if (chance(0.3)) lines.push('LABEL authorization="This Dockerfile is intended to build a container image that will be publicly accessible in the CHAIMELEON images repository."');
    if (selfReferencing) lines.push('ARG Y=tool', 'ARG X=${X:-${Y}}', 'ARG X=${X:-${X:-${Y}}}', 'LABEL description="${X} built from ${BASE_IMAGE}"');
    lines.push('', 'USER root');
    const size = 2 + Math.floor(rand() * rand() * 40);
    for (let b = 0; b < size; b++) lines.push(blocks[pick(blockNames)]());
    if (chance(0.8)) lines.push('RUN groupadd -g 1000 chaimeleon && \\\n    useradd --create-home --shell /bin/bash --uid 1000 --gid 1000 chaimeleon');
    if (chance(0.8)) lines.push(`USER ${pick(['chaimeleon:chaimeleon', 'chaimeleon', '1000:1000', 'root'])}`);
    if (chance(0.7)) lines.push('RUN mkdir -p /home/chaimeleon/datasets && \\\n    mkdir -p /home/chaimeleon/persistent-home && \\\n    mkdir -p /home/chaimeleon/persistent-shared-folder');
    if (chance(0.5)) lines.push(blocks.copy());
    lines.push(chance(0.7) ? 'ENTRYPOINT ["/home/chaimeleon/.init/run.sh"]' : 'ENTRYPOINT python3 /home/chaimeleon/app/main.py');
    const file = join(dir, `Dockerfile.${String(i).padStart(4, '0')}`);
    writeFileSync(file, lines.join('\n') + '\n');
    files.push(file);
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = generateCorpus(process.argv[2] ?? 'bench-corpus', Number(process.argv[3] ?? 2000));
  console.log(`generated ${files.length} Dockerfiles`);
}
