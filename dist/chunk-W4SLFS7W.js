import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  ruleDocsUrl
} from "./chunk-QHHN7UPP.js";

// src/generated/rule-examples.ts
var RULE_EXAMPLES = {
  "CHM001": {
    "bad": '# A build stage needs FROM; Docker refuses this file.\nRUN echo hello\nCMD ["bash"]\n',
    "good": '# syntax=docker/dockerfile:1\nFROM ubuntu:22.04\n# Unknown instructions and flags are not parse errors: Docker reads what it can.\nFOO bar\nRUN --frobnicate=yes echo hi\nRUN <<EOF\necho "an unterminated heredoc is still read"\n',
    "file": "no-from.bad.Dockerfile"
  },
  "CHM002": {
    "bad": "FROM ubuntu:22.04\n# chaimeleon-lint ignore=CHM110 -- there is no pip here\nRUN apt-get update\n# chaimeleon-lint ignore=no-such-rule -- typo\nRUN echo hi\n# chaimeleon-lint global ignore=CHM150 -- nothing unpinned in this file\n",
    "good": "FROM ubuntu:22.04\n",
    "file": "unused.bad.Dockerfile"
  },
  "CHM003": {
    "bad": "# A RUN nested deeper than chaimeleon-lint follows: the pip install inside is not checked, and the review says so.\nFROM ubuntu:22.04\nRUN ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( pip install numpy ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) )\nUSER 1000:1000\n",
    "good": "# Nesting as deep as real scripts go is followed to the end.\nFROM ubuntu:22.04\nRUN ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( if true; then pip install --no-cache-dir numpy; fi ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) ) )\nUSER 1000:1000\n",
    "file": "deep-shell.bad.Dockerfile"
  },
  "CHM101": {
    "bad": "FROM ubuntu:22.04\nRUN apt-get update\n",
    "good": "FROM ubuntu:22.04 AS builder\nUSER root\nRUN make\n\nFROM ubuntu:22.04 AS base\nRUN groupadd -g 1000 chaimeleon && useradd --create-home --uid 1000 --gid 1000 chaimeleon\nUSER 1000:1000\n\nFROM base\n# The user is inherited from the stage this one is built on.\nRUN echo hello\n",
    "file": "no-user.bad.Dockerfile"
  },
  "CHM102": {
    "bad": "FROM ubuntu:22.04\n# A base image's group (users is gid 100).\nRUN useradd -m -u 1000 -g users chaimeleon\nUSER chaimeleon\n",
    "good": "# Jupyter images set NB_USER/NB_UID in their ENV: the user they name cannot be seen here.\nFROM jupyter/scipy-notebook:2023-10-20\nUSER root\nRUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*\nUSER ${NB_UID}\n",
    "file": "base-group.bad.Dockerfile"
  },
  "CHM103": {
    "bad": "FROM alpine:3.19\nRUN addgroup -g 1000 chaimeleon && adduser -D -u 1000 -G wheel chaimeleon\nRUN addgroup chaimeleon wheel\nUSER chaimeleon\n",
    "good": `FROM ubuntu:22.04 AS builder
# A builder stage does not ship.
RUN useradd -m -G sudo builder && echo "builder ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/builder

FROM ubuntu:22.04
RUN groupadd -g 1000 chaimeleon && useradd -m -u 1000 -g 1000 -G video,audio chaimeleon
RUN usermod -aG users chaimeleon && adduser chaimeleon plugdev
# Lines that grant nothing: Defaults, comments, root's own line.
RUN echo 'Defaults env_keep += "http_proxy https_proxy"' >> /etc/sudoers
RUN printf '# managed by the image\\nroot ALL=(ALL:ALL) ALL\\n' > /etc/sudoers.d/root
# Reading or removing sudoers is not granting.
RUN grep -q chaimeleon /etc/sudoers || true
RUN sed 's/ALL/NONE/' /etc/sudoers > /tmp/sudoers.copy
RUN rm -f /etc/sudoers.d/90-cloud-init-users
# A shell comment mentioning NOPASSWD is not an entry.
RUN true # no NOPASSWD here
COPY --from=builder /usr/local/bin/tool /usr/local/bin/tool
# ONBUILD runs in images built from this one.
ONBUILD RUN usermod -aG sudo chaimeleon
USER chaimeleon:chaimeleon
`,
    "file": "busybox.bad.Dockerfile"
  },
  "CHM104": {
    "bad": "FROM alpine:3.19\nRUN apk add --no-cache bash sudo\n# A virtual package name is not a package; doas stands in for sudo.\nRUN apk add --no-cache --virtual .admin doas\nRUN apk add sudo=1.9.15_p2-r0\n",
    "good": "FROM ubuntu:22.04 AS builder\n# A builder stage may install what it needs; it does not ship.\nRUN apt-get update && apt-get install -y --no-install-recommends sudo build-essential && rm -rf /var/lib/apt/lists/*\n\nFROM ubuntu:22.04\n# Tools that drop privileges are not sudo.\nRUN apt-get update && apt-get install -y --no-install-recommends gosu python3-sudo-helper sudoku && rm -rf /var/lib/apt/lists/*\n# `sudo-` removes the package; `apt-get remove` is not an install.\nRUN apt-get install -y --no-install-recommends python3 sudo- && apt-get remove -y sudo\n# sudo as the wrapper of a command is CHM132's concern, not an install of the package.\nRUN sudo apt-get install -y --no-install-recommends curl\nRUN pip install --no-cache-dir sudo\nCOPY --from=builder /usr/local/bin/tool /usr/local/bin/tool\nONBUILD RUN apt-get install -y sudo\n",
    "file": "alpine.bad.Dockerfile"
  },
  "CHM110": {
    "bad": "# A cache mount is the pip cache of the user whose home it is in: after USER, pip writes that user's ~/.cache.\nFROM python:3.11-slim\nRUN groupadd -g 1000 chaimeleon && useradd -m -u 1000 -g 1000 chaimeleon\nRUN --mount=type=cache,target=/root/.cache/pip pip install numpy==1.26.4\nUSER chaimeleon\nRUN --mount=type=cache,target=/root/.cache/pip pip install --user tqdm==4.66.2\nRUN --mount=type=cache,target=/home/chaimeleon/.cache/pip,uid=1000 pip install --user rich==13.7.1\nUSER 1000\nRUN --mount=type=cache,target=/home/chaimeleon/.cache,uid=1000 pip install --user click==8.1.7\n# A cache outside any home (PIP_CACHE_DIR points there) is not judged by user.\nENV PIP_CACHE_DIR=/var/cache/pip\nRUN --mount=type=cache,target=/var/cache/pip,uid=1000 pip install --user attrs==23.2.0\n",
    "good": "FROM ubuntu:22.04 AS builder\nENV PIP_NO_CACHE_DIR=1\nRUN pip install wheel\n\nFROM builder AS app\n# PIP_NO_CACHE_DIR is inherited from the stage this one is built on.\nRUN pip3 install numpy\n\nFROM ubuntu:22.04\nRUN pip install --no-cache-dir pydicom\nRUN pip3 install --upgrade --no-cache-dir -r requirements.txt\nRUN python3 -m pip install --no-cache-dir scipy\nRUN PIP_NO_CACHE_DIR=true pip install inline\nRUN export PIP_NO_CACHE_DIR=yes && pip install exported\nRUN --mount=type=cache,target=/root/.cache/pip pip install cached\nRUN --mount=type=tmpfs,target=/root/.cache pip install tmpfs\nRUN uv pip install --no-cache --system polars\n# Not pip install:\nRUN pipx install black && pipenv install && pip download -d /tmp x && pip wheel -w /tmp y\nRUN pip --version && pip list && pip uninstall -y z\n",
    "file": "cache-mount-other-home.bad.Dockerfile"
  },
  "CHM111": {
    "bad": "# An apt configuration copied from the build context may turn recommends off: the finding is a question (info).\nFROM ubuntu:22.04\nCOPY docker/99-no-recommends /etc/apt/apt.conf.d/99-no-recommends\nRUN apt-get update && apt-get install -y libgl1 && rm -rf /var/lib/apt/lists/*\n",
    "good": `FROM ubuntu:22.04 AS base
# Recommends turned off once, in apt's configuration, for every later install.
RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99no-recommends
RUN apt-get update && apt-get install -y python3 && rm -rf /var/lib/apt/lists/*

FROM base
# Inherited from the stage this one is built on.
RUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*
# Earlier in the same RUN.
RUN printf 'APT::Install-Recommends "0";\\nAPT::Install-Suggests "0";\\n' | tee /etc/apt/apt.conf && apt-get install -y curl

FROM ubuntu:22.04
COPY <<EOF /etc/apt/apt.conf.d/00minimal
APT::Install-Recommends "false";
EOF
RUN apt-get install -y vim
RUN cat >> /etc/apt/apt.conf <<'EOT'
APT::Install-Recommends "0";
EOT
RUN apt install -y jq
`,
    "file": "Dockerfile"
  },
  "CHM112": {
    "bad": "# The final image is built FROM this stage, so its layers ship.\nFROM ubuntu:22.04 AS base\nRUN apt-get update && apt-get install -y --no-install-recommends python3\n\nFROM ubuntu:22.04 AS unrelated\nRUN apt-get update && apt-get install -y --no-install-recommends gcc\n\nFROM base\nRUN sudo apt-get update && sudo apt-get install -y --no-install-recommends git\n",
    "good": "FROM ubuntu:22.04 AS builder\n# A builder stage's lists never reach the final image.\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential\n\nFROM ubuntu:22.04\nRUN apt-get update \\\n    && apt-get install -y --no-install-recommends python3 \\\n    && apt-get clean \\\n    && rm -rf /var/lib/apt/lists/*\nRUN apt-get update && apt-get install -y --no-install-recommends git && rm -fr /var/lib/apt/lists\n# Braces expand in bash (not in dash, Ubuntu's /bin/sh).\nRUN bash -c 'apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/cache/apt/* /var/lib/apt/{lists,mirrors}/*'\nRUN apt-get update && apt-get install -y --no-install-recommends jq; rm -rf /var/lib/apt\nRUN apt-get update && apt-get install -y --no-install-recommends wget && find /var/lib/apt/lists -type f -delete\nRUN apt-get update && apt-get install -y --no-install-recommends unzip && apt-get distclean\nRUN sh -c 'apt-get update && apt-get install -y --no-install-recommends zip && rm -rf /var/lib/apt/lists/*'\nRUN --mount=type=cache,target=/var/lib/apt,sharing=locked \\\n    --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n    apt-get update && apt-get install -y --no-install-recommends less\nRUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y --no-install-recommends file\n# Not an apt update.\nRUN pip install --no-cache-dir --upgrade pip && conda update -y conda\nCOPY --from=builder /usr/local/bin/tool /usr/local/bin/tool\n# ONBUILD runs in images built from this one.\nONBUILD RUN apt-get update\n",
    "file": "builder-chain.bad.Dockerfile"
  },
  "CHM120": {
    "bad": 'ARG IMAGE_NAME=my-tool\nARG BASE=ubuntu:22.04\nFROM ${BASE}\n# IMAGE_NAME is only in scope for FROM lines: the label is empty.\nLABEL name=${IMAGE_NAME} version="1.0"\n',
    "good": "ARG IMAGE_NAME=my-tool\nARG IMAGE_VERSION=1.0\nFROM ubuntu:22.04\nARG IMAGE_NAME\nARG IMAGE_VERSION\nLABEL name=${IMAGE_NAME} version=${IMAGE_VERSION}\n",
    "file": "arg-before-from.bad.Dockerfile"
  },
  "CHM121": {
    "bad": 'ARG VERSION=1.2.0\nFROM ubuntu:22.04\nLABEL name="my-tool"\nLABEL version="$VERSION"\n',
    "good": 'ARG VERSION=1.2.0\nFROM ubuntu:22.04\nARG VERSION\nLABEL name="my-tool" version="$VERSION"\n',
    "file": "arg-before-from.bad.Dockerfile"
  },
  "CHM122": {
    "bad": 'FROM ubuntu:22.04\nLABEL name="My Cool Tool" version="1.0"\n',
    "good": "FROM ubuntu:22.04\nLABEL name=lung-nodule-detection version=1.0\n",
    "file": "display-name.bad.Dockerfile"
  },
  "CHM123": {
    "bad": 'FROM ubuntu:22.04\nLABEL name="my-tool" version="0.0.3 - testing"\n',
    "good": 'FROM ubuntu:22.04\nLABEL name="my-tool" version="v1.2.3-rc_1.GPU"\n',
    "file": "dash-with-spaces.bad.Dockerfile"
  },
  "CHM130": {
    "bad": "# Folders made in a stage the final image is not built FROM do not reach it.\nFROM ubuntu:22.04 AS builder\nRUN mkdir -p /home/chaimeleon/datasets /home/chaimeleon/persistent-home /home/chaimeleon/persistent-shared-folder\nRUN python3 -m venv /opt/venv\n\nFROM ubuntu:22.04\nCOPY --from=builder /opt/venv /opt/venv\nRUN useradd -m -u 1000 chaimeleon\nUSER chaimeleon\n",
    "good": "FROM ubuntu:22.04\nRUN useradd -m -u 1000 chaimeleon\nUSER chaimeleon\n# Relative paths follow WORKDIR and `cd` in the same RUN.\nRUN cd ~ && mkdir datasets\nWORKDIR /home/chaimeleon\nRUN mkdir -p ./persistent-home/results\n# WORKDIR creates the folder (as the USER in effect).\nWORKDIR /home/chaimeleon/persistent-shared-folder\nWORKDIR /home/chaimeleon\n",
    "file": "builder-stage-only.bad.Dockerfile"
  },
  "CHM131": {
    "bad": "FROM ubuntu:22.04\nRUN useradd -m -u 1000 chaimeleon\n# A folder below a volume folder creates it too, as root.\nRUN mkdir -p /home/chaimeleon/persistent-home/.cache/torch\n# COPY ignores USER: without --chown it creates the folder as root.\nCOPY index.json /home/chaimeleon/datasets/example/index.json\n# WORKDIR creates the folder as the USER in effect: root here.\nWORKDIR /home/chaimeleon/persistent-shared-folder\nUSER chaimeleon\nWORKDIR /home/chaimeleon\n",
    "good": "# Root-made folders in a stage the final image is not built FROM do not matter.\nFROM ubuntu:22.04 AS builder\nRUN mkdir -p /home/chaimeleon/datasets /home/chaimeleon/persistent-home /home/chaimeleon/persistent-shared-folder\n\nFROM ubuntu:22.04\nRUN useradd -m -u 1000 chaimeleon\nUSER chaimeleon\nRUN mkdir -p ~/datasets ~/persistent-home ~/persistent-shared-folder\n",
    "file": "created-on-the-way.bad.Dockerfile"
  },
  "CHM132": {
    "bad": 'FROM ubuntu:22.04\nRUN useradd -m -u 1000 chaimeleon\nUSER 1000\nRUN echo "chaimeleon:chaimeleon" | chpasswd\nRUN groupadd -g 2000 research\nRUN ldconfig\nRUN update-alternatives --install /usr/bin/python python /usr/bin/python3 1\n',
    "good": '# The mkdir after USER fails because WORKDIR left the home to root: CHM131 reports the cause at the WORKDIR,\n# with the fix that works; moving the mkdir before USER would only make root-owned volume folders.\nFROM ubuntu:22.04\nLABEL name="ecg-classifier"\nLABEL version="1.0.3"\nWORKDIR /home/chaimeleon\nRUN groupadd -g 1000 chaimeleon && useradd --create-home --uid 1000 --gid 1000 chaimeleon\nUSER chaimeleon\nRUN mkdir -p ~/datasets ~/persistent-home ~/persistent-shared-folder\nENTRYPOINT ["python3", "/home/chaimeleon/classifier/main.py"]\n',
    "file": "accounts-after-user.bad.Dockerfile"
  },
  "CHM133": {
    "bad": "# A docker-stacks style base: NB_USER and HOME come from its ENV, which the linter cannot see.\nFROM quay.io/jupyter/minimal-notebook:2024-05-27\nUSER root\nRUN apt-get update && apt-get install -y --no-install-recommends graphviz && rm -rf /var/lib/apt/lists/*\nUSER ${NB_USER}\n# The message quotes `$HOME/app/` as written, not a guessed `/app`.\nCOPY app/ $HOME/app/\nCOPY --chown=${NB_UID}:${NB_GID} notebooks/ $HOME/notebooks/\nWORKDIR $HOME\n",
    "good": "FROM ubuntu:22.04 AS builder\nRUN useradd -m -u 1000 builder\nUSER builder\n# A stage the final image is not built FROM: its ownership does not reach the image.\nCOPY . /src\n\nFROM ubuntu:22.04\nRUN useradd -m -u 1000 chaimeleon\n# Before the switch, as root on purpose.\nCOPY requirements.txt /tmp/requirements.txt\nUSER chaimeleon\nCOPY --chown=chaimeleon:chaimeleon app/ /home/chaimeleon/app/\nCOPY --chown=1000:1000 --from=builder /src /home/chaimeleon/src\n# An explicit --chown, even to root, is a stated choice.\nCOPY --chown=root:root defaults.yaml /home/chaimeleon/defaults.yaml\n# Files an application only reads, in system folders.\nCOPY tool.sh /usr/local/bin/tool\nCOPY app.conf /etc/app/app.conf\n# Handed over afterwards by a recursive chown (or opened to all).\nCOPY extra/ /opt/extra/\nCOPY cache/ /opt/cache/\nUSER root\nRUN chown -R chaimeleon:chaimeleon /opt/extra && chmod -R 777 /opt/cache\nCOPY more/ /opt/more/\nUSER chaimeleon\nONBUILD COPY . /home/chaimeleon/child/\nCOPY settings.yaml /home/chaimeleon/settings.yaml\nUSER root\nRUN chown chaimeleon /home/chaimeleon/settings.yaml\nUSER chaimeleon\n",
    "file": "base-env-destination.bad.Dockerfile"
  },
  "CHM140": {
    "bad": "FROM harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python:latest\nCOPY app /home/chaimeleon/app\nENTRYPOINT python3 /home/chaimeleon/app/main.py\n",
    "good": `FROM ubuntu:22.04
ENTRYPOINT ["python3", "/opt/app/main.py"]
# A shell-form CMD after an exec-form ENTRYPOINT is not this rule's concern.
CMD --help
`,
    "file": "batch-shell-form.bad.Dockerfile"
  },
  "CHM141": {
    "bad": '# The message suggests `ENTRYPOINT ["bash", "-c", "source activate radio && python /opt/app/main.py \\"$@\\"", "bash"]`:\n# the CMD turned into an ENTRYPOINT as it is would still drop the job\'s arguments.\nFROM continuumio/miniconda3:24.4.0-0\nRUN groupadd -g 1000 chaimeleon && useradd -m -u 1000 -g 1000 chaimeleon\nCOPY environment.yml /tmp/environment.yml\nRUN conda env create -f /tmp/environment.yml && conda clean -afy\nUSER chaimeleon\nWORKDIR /home/chaimeleon\nCMD ["bash", "-c", "source activate radio && python /opt/app/main.py"]\n',
    "good": 'FROM ubuntu:22.04\nENTRYPOINT ["python3", "/opt/app/main.py"]\n',
    "file": "cmd-bash-c.bad.Dockerfile"
  },
  "CHM142": {
    "bad": '# The same image started by an absolute path: the fix can move the working directory.\nFROM node:20.11-bookworm-slim\nRUN userdel -r node && groupadd -g 1000 chaimeleon && useradd -m -u 1000 -g 1000 chaimeleon\nWORKDIR /opt/dicom-auditor\nCOPY --chown=1000:1000 dist/ dist/\nUSER chaimeleon\nENTRYPOINT ["node", "/opt/dicom-auditor/dist/cli.js"]\n',
    "good": "# NB_USER comes from the base image's ENV: the folder cannot be known here.\nFROM jupyter/scipy-notebook:2023-10-20\nWORKDIR /home/${NB_USER}\n",
    "file": "absolute-entrypoint.bad.Dockerfile"
  },
  "CHM150": {
    "bad": "ARG BASE_IMG=harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python:latest\nARG CUDA_TAG\n# The platform's own images move too: judged on the ARG's default.\nFROM ${BASE_IMG} AS app\nARG TAG=12.4.1-runtime-ubuntu22.04\n# A stage's ARG is not seen by the next FROM: the default after :- applies.\nFROM nvidia/cuda:${TAG:-latest}\n",
    "good": "ARG PYTHON_VERSION=3.11\nARG BASE_IMG=ubuntu-python:3.2.1\nARG CUDA_TAG\nFROM python:${PYTHON_VERSION}-slim AS builder\nRUN pip wheel --no-cache-dir -w /wheels numpy\n\n# A digest is a pin, with or without a tag.\nFROM ubuntu@sha256:b359f1067efa76f37863778f7b6d0e8d911e3ee8efa807ad01fbf5dc1ef9006b AS tools\nFROM ubuntu:latest@sha256:b359f1067efa76f37863778f7b6d0e8d911e3ee8efa807ad01fbf5dc1ef9006b AS tools2\n\n# Earlier stages are not images.\nFROM builder AS test\nRUN true\n\n# An ARG without a default is only known at build time.\nFROM nvidia/cuda:${CUDA_TAG} AS gpu\n\nFROM scratch AS export\nCOPY --from=builder /wheels /wheels\n\nFROM $BASE_IMG\nCOPY --from=builder /wheels /tmp/wheels\n",
    "file": "arg-default.bad.Dockerfile"
  },
  "CHM202": {
    "bad": "# Lung segmentation\n\n## Description\n\n## Usage\n\n```bash\njobman submit -i lung-seg:1.0 -j lung-seg -r small-gpu -- \\\n  --input /home/chaimeleon/datasets/<dataset-id> \\\n  --output /home/chaimeleon/persistent-home/lung-masks\n```\n\n## License\n\n[Apache-2.0](LICENSE)\n",
    "good": "# Lung segmentation\n\n## :memo: Description\n\nSegments lungs.\n\n## :rocket: Usage :rocket:\n\n```bash\njobman submit -i lung-seg:1.0 -j lung-seg -r small-gpu -- \\\n  --input /home/chaimeleon/datasets/<dataset-id> \\\n  --output /home/chaimeleon/persistent-home/lung-masks\n```\n\n## :scroll: License\n\n[Apache-2.0](LICENSE)\n",
    "file": "README.md"
  },
  "CHM203": {
    "bad": "# Radiology viewer\n\n## Description\nA remote desktop (VNC through Guacamole) with a DICOM viewer, deployed from the apps catalogue.\n\n## License\nNone\n",
    "good": "# Lung segmentation\n\n## :memo: Description\n\nSegments lungs.\n\n## :rocket: Usage :rocket:\n\n```bash\njobman submit -i lung-seg:1.0 -j lung-seg -r small-gpu -- \\\n  --input /home/chaimeleon/datasets/<dataset-id> \\\n  --output /home/chaimeleon/persistent-home/lung-masks\n```\n\n## :scroll: License\n\n[Apache-2.0](LICENSE)\n",
    "file": "README.md"
  },
  "CHM204": {
    "bad": "# Lung segmentation\n\n## Description\n\nSegments the lungs in the chest CT series of a dataset and writes one mask per series.\n\n## Usage\n\n```bash\njobman submit -i lung-seg:1.0 -j lung-seg -r small-gpu -- \\\n  --input /home/chaimeleon/datasets/<dataset-id> \\\n  --output /home/chaimeleon/persistent-home/lung-masks\n```\n\n### License\n\n[Apache-2.0](LICENSE)\n",
    "good": "# Lung segmentation\n\n## Description\n\nSegments the lungs in the chest CT series of a dataset and writes one mask per series.\n\n## Usage\n\n```bash\njobman submit -i lung-seg:1.0 -j lung-seg -r small-gpu -- \\\n  --input /home/chaimeleon/datasets/<dataset-id> \\\n  --output /home/chaimeleon/persistent-home/lung-masks\n```\n\n## Licence\n\n[EUPL-1.2](LICENCE)\n",
    "file": "README.md"
  },
  "CHM205": {
    "bad": "# Lung segmentation\n\n## Description\n\nSegments the lungs in the chest CT series of a dataset and writes one mask per series.\n\n## Usage\n\nLaunch it with `jobman submit` from a desktop of the platform.\n\n## License\n\n[Apache-2.0](LICENSE)\n",
    "good": "# Lung segmentation\n\n## Description\n\nSegments the lungs in the chest CT series of a dataset and writes one mask per series.\n\n## Usage\n\n```bash\njobman submit -i lung-seg:1.0 -j lung-seg -r small-gpu -- \\\n  --input /home/chaimeleon/datasets/<dataset-id> \\\n  --output /home/chaimeleon/persistent-home/lung-masks\n```\n\n## License\n\n[Apache-2.0](LICENSE)\n",
    "file": "README.md"
  },
  "CHM206": {
    "bad": "# Lung segmentation\n\n## Description\n\nSegments the lungs in the chest CT series of a dataset and writes one mask per series.\n\n## Usage\n\nOn this platform the datasets are under `/home/ds/datasets`:\n\n```bash\njobman submit -i lung-seg:1.0 -- --input /home/ds/datasets/<dataset-id> --output /home/ds/persistent-home/out\njobman submit -i lung-seg:1.0 -- --input /home/chaimeleon/datasets/<dataset-id> --output /home/ds/persistent-home/out\n```\n\n## License\n\n[Apache-2.0](LICENSE)\n",
    "good": "# Radiomics notebook\n\n## Description\n\nExtracts radiomics features.\n\n## Usage\n\n```bash\njobman submit -i radiomics-notebook:0.9 -- --input datasets/<dataset-id> --output persistent-home/features\n```\n\n## License\n\n[MIT](LICENSE)\n",
    "file": "README.md"
  },
  "CHM207": {
    "bad": "# Lung segmentation\n\n## Description\n\nSegments the lungs in the chest CT series of a dataset.\n\n## Usage\n\n<details><summary>Example</summary>\n<pre><code>jobman submit -i lung-seg:1.0 -- --input /home/chaimeleon/datasets/&lt;dataset-id&gt; \\\n  --output /workspace/out &amp;&amp; echo done\n</code></pre>\n</details>\n\n## License\n\n[Apache-2.0](LICENSE)\n",
    "good": "# Radiomics notebook\n\n## Description\n\nExtracts radiomics features.\n\n## Usage\n\n```bash\njobman submit -i radiomics-notebook:0.9 -- --input datasets/<dataset-id> --output persistent-home/features\n```\n\n## License\n\n[MIT](LICENSE)\n",
    "file": "README.md"
  },
  "CHM208": {
    "bad": "# chest-xray-classifier\n\n## Description\n\nClassifies frontal chest X-rays of a dataset into normal / pneumonia / COVID-19 (a DenseNet-121 trained\non public data) and writes a CSV with one probability per class and study.\n\n## Usage\n\n```bash\njobman submit -i chest-xray-classifier -- --input ~/datasets/<dataset-id> --output ~/persistent-home/cxr\n```\n\nWith a GPU and a fixed version:\n\n```bash\njobman submit -i chest-xray-classifier:1.2 -r small-gpu -- --input ~/datasets/<dataset-id> --output ~/persistent-home/cxr\n```\n\nOnly the CSV, without the heat maps:\n\n```bash\njobman submit -i chestxray-classifier:1.2 -- --input ~/datasets/<dataset-id> --output ~/persistent-home/cxr --no-heatmaps\n```\n\nTo run your own model with the same layout, build `FROM chest-xray-classifier` and submit `jobman submit -i <your-image> -- ...`.\n\n## License\n\nNone\n",
    "good": "# ubuntu-python\n\n## Description\n\nA basic image with Ubuntu 22.04, Python 3.10 and a few useful libraries (pandas, pydicom, SimpleITK).\nThe tags ending in `cuda11` include the CUDA libraries.\n\n## Usage\n\nPut the command you want to run after the `--` of `jobman submit`:\n\n- `jobman submit -i ubuntu-python -- ls -l persistent-home/`\n- `jobman submit -i ubuntu-python:latest-cuda -r small-gpu -- nvidia-smi`\n- `jobman submit -i ubuntu-python -- python3 application-examples/list-all-dcm-files.py datasets/<dataset-id>`\n\nYour own application, once published, runs the same way: `jobman submit -i yourApp -- ARGS`\n(for example `jobman submit -i my-application -- -i ~/datasets/<dataset-id> -o ~/persistent-home/results/`).\n\n## License\n\nNone\n",
    "file": "README.md"
  },
  "CHM209": {
    "bad": "# radiotherapy-contours\n\n## Description\n\nPropagates organ-at-risk contours between the planning CT and the cone-beam CT series of a study.\n\n## Usage\n\n```bash\njobman submit -i radiotherapy-contours:2.0 -- --input ~/datasets/<dataset-id> --output ~/persistent-home/contours\n```\n\n## License\n\nCopyright 2024 University Medical Center, Department of Radiation Oncology.\n",
    "good": "# quantib-prostate-report\n\n## Description\n\nProduces a PI-RADS structured report from the multiparametric MRI studies of a dataset.\n\n## Usage\n\n```bash\njobman submit -i quantib-prostate-report:4.2 -- --input /home/chaimeleon/datasets/<dataset-id> --output /home/chaimeleon/persistent-home/reports\n```\n\n## \u2696\uFE0F License\n\n\xA9 2024 Medical Imaging Solutions S.L. All rights reserved.\n",
    "file": "README.md"
  },
  "CHM301": {
    "bad": '# Lung nodule segmentation, run by jobman on CHAIMELEON datasets.\nFROM harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python:3.0\nLABEL name="lung-segmenter" version="1.0"\nRUN pip install --no-cache-dir SimpleITK==2.3.1\nENTRYPOINT ["python3", "-c", "import SimpleITK; print(SimpleITK.Version())"]\n',
    "good": '# Lung nodule segmentation, run by jobman on CHAIMELEON datasets.\nFROM harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python:3.0\nLABEL name="lung-segmenter" version="1.0"\nLABEL authorization="This Dockerfile is intended to build a container image that will be publicly accessible in the CHAIMELEON images repository."\nRUN pip install --no-cache-dir SimpleITK==2.3.1\nENTRYPOINT ["python3", "-c", "import SimpleITK; print(SimpleITK.Version())"]\n',
    "file": "Dockerfile"
  },
  "CHM302": {
    "bad": `# The EUCAIM node's wording, linted with the default (CHAIMELEON) profile: the label permits publishing
# in another repository. Reported, but the fix must not rewrite that permission on its own.
FROM harbor.eucaim-node.i3m.upv.es/library-batch/ubuntu-python:1.2
LABEL name="radiomics-extractor" version="0.3"
LABEL authorization="This Dockerfile is intended to build a container image that will be publicly accessible in the platform images repository."
COPY --chown=1000:1000 extract.py /home/ds/extract.py
ENTRYPOINT ["python3", "/home/ds/extract.py"]
`,
    "good": '# Lung nodule segmentation, run by jobman on CHAIMELEON datasets.\nFROM harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python:3.0\nLABEL name="lung-segmenter" version="1.0"\nARG AUTHORIZATION\nLABEL authorization="$AUTHORIZATION"\nRUN pip install --no-cache-dir SimpleITK==2.3.1\nENTRYPOINT ["python3", "-c", "import SimpleITK; print(SimpleITK.Version())"]\n',
    "file": "Dockerfile"
  },
  "CHM303": {
    "bad": '# Lung nodule segmentation, run by jobman on CHAIMELEON datasets.\nFROM harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python:3.0\nLABEL name="lung-segmenter" version="1.0"\nLABEL authorization="This Dockerfile is intended to build a container image that will be publicly accessible in the CHAIMELEON images repository."\nRUN pip install --no-cache-dir SimpleITK==2.3.1\nENTRYPOINT ["python3", "-c", "import SimpleITK; print(SimpleITK.Version())"]\n',
    "good": '# Lung nodule segmentation, run by jobman on CHAIMELEON datasets.\nFROM harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python:3.0\nLABEL name="lung-segmenter" version="1.0"\nRUN pip install --no-cache-dir SimpleITK==2.3.1\nENTRYPOINT ["python3", "-c", "import SimpleITK; print(SimpleITK.Version())"]\n',
    "file": "Dockerfile"
  },
  "CHM304": {
    "bad": "Copyright (c) 2023-2024 Example Imaging Lab.\nAll rights reserved.\n",
    "good": 'Copyright (c) 2024 Grupo de Investigaci\xF3n Biom\xE9dica en Imagen, La Fe. \n\nRedistribution and use in source and binary forms, with or without modification, are permitted provided that the following conditions are met:\n\n1. Redistributions of source code must retain the above copyright notice, this list of conditions and the following disclaimer.\n\n2. Redistributions in binary form must reproduce the above copyright notice, this list of conditions and the following disclaimer in the documentation and/or other materials provided with the distribution.\n\n3. Neither the name of La Fe nor the names of its contributors may be used to endorse or promote products derived from this software without specific prior written permission.\n\nTHIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n',
    "file": "LICENSE"
  },
  "CHM305": {
    "bad": "# Lung segmenter\n\n## Description\n\nSegments lung nodules in the chest CT series of a dataset and writes one mask per series.\n\n## Usage\n\n```bash\njobman submit -i lung-segmenter:1.0 -j lung-seg -- --input /home/chaimeleon/datasets/<dataset-id>\n```\n\n## License\n\nThis project is licensed under the Apache License 2.0.\n",
    "good": "# Lung segmenter\n\n## Description\n\nSegments lung nodules in the chest CT series of a dataset and writes one mask per series.\n\n## Usage\n\n```bash\njobman submit -i lung-segmenter:1.0 -j lung-seg -- --input /home/chaimeleon/datasets/<dataset-id>\n```\n\n## License\n\nCode: MIT ([LICENSE](LICENSE)). Model weights: CC BY-NC 4.0.\n",
    "file": "README.md"
  },
  "CHM401": {
    "bad": '#!/bin/bash\nset -e\ncurl -fsSL -o /tmp/atlas.nii.gz https://example.org/atlases/mni152.nii.gz\nexec python3 /home/chaimeleon/qc.py "$@"\n',
    "good": "#!/bin/bash\n# The platform base ships a pip.conf pointing at the platform's PyPI mirror.\npip install --no-cache-dir pydicom\nexec python3 /home/chaimeleon/app.py\n",
    "file": "start.sh"
  },
  "CHM402": {
    "bad": 'FROM harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python:3.1\nLABEL name="atlas-qc"\nLABEL version="1.0"\nCOPY --chown=chaimeleon:chaimeleon app.py /home/chaimeleon/app.py\n# The folder is in the context, but `.dockerignore` leaves it out (`data/`, quoted as written).\nCOPY --chown=chaimeleon:chaimeleon data/ /home/chaimeleon/data/\nENTRYPOINT ["python3", "/home/chaimeleon/app.py"]\n',
    "good": 'FROM ubuntu:22.04\nRUN useradd -m -u 1000 chaimeleon\nWORKDIR /home/chaimeleon\nCOPY ["requirements.txt", "run.sh", "./"]\nCOPY /app ./app\nCOPY ./scripts/*.sh /home/chaimeleon/.init/\nCOPY app/** ./flat/\nCOPY . /opt/everything/\nCOPY --parents src/pkg ./\nCOPY keep/ ./keep/\nUSER chaimeleon\nENTRYPOINT ["/home/chaimeleon/.init/start.sh"]\n',
    "file": "Dockerfile"
  },
  "CHM403": {
    "bad": 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends openssh-server && rm -rf /var/lib/apt/lists/*\nRUN groupadd -g 1000 chaimeleon && useradd -m -s /bin/bash -u 1000 -g 1000 chaimeleon\nRUN echo "chaimeleon:chaimeleon" | chpasswd\nCOPY --chown=1000:1000 startup.sh /opt/startup.sh\nUSER chaimeleon:chaimeleon\nENTRYPOINT ["bash", "/opt/startup.sh"]\n',
    "good": 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends openssh-server && rm -rf /var/lib/apt/lists/*\nRUN groupadd -g 1000 chaimeleon && useradd -m -s /bin/bash -u 1000 -g 1000 chaimeleon\nRUN echo "chaimeleon:chaimeleon" | chpasswd\nADD run.sh /home/chaimeleon/.init/run.sh\nRUN chmod +x /home/chaimeleon/.init/run.sh\nUSER chaimeleon:chaimeleon\nENTRYPOINT ["/home/chaimeleon/.init/run.sh"]\n',
    "file": "Dockerfile"
  },
  "CHM404": {
    "bad": `FROM debian:12 AS builder
# A builder stage that sets a password is not the image (and the ssh server it installs is not either).
RUN echo "root:builder" | chpasswd && apt-get install -y openssh-server

FROM python:3.11-slim AS base
ARG NB_USER=chaimeleon
RUN useradd -m -u 1000 "$NB_USER"
RUN chpasswd <<< "\${NB_USER}:secret"

FROM base
RUN printf 'root:toor\\n' | chpasswd -c SHA512
RUN usermod -p "$(openssl passwd -6 chaimeleon)" chaimeleon
RUN useradd --password=xyz -m guest
RUN <<EOF
set -e
echo -e "chaimeleon\\nchaimeleon" | passwd chaimeleon
EOF
RUN sh -c 'echo chaimeleon | passwd --stdin chaimeleon'
RUN chpasswd <<USERS
chaimeleon:chaimeleon
USERS
USER 1000:1000
ENTRYPOINT ["python", "main.py"]
`,
    "good": 'FROM alpine:3.19\nRUN apk add --no-cache dropbear bash\nRUN adduser -D -u 1000 chaimeleon && echo "chaimeleon:chaimeleon" | chpasswd\nUSER chaimeleon\nENTRYPOINT ["dropbear", "-F"]\n',
    "file": "Dockerfile"
  },
  "CHM405": {
    "bad": `FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends mate-desktop-environment-core tigervnc-standalone-server openssh-server supervisor \\
    && rm -rf /var/lib/apt/lists/*
RUN groupadd -g 1000 chaimeleon && useradd -m -s /bin/bash -u 1000 -g 1000 chaimeleon
USER chaimeleon
# VNC and SSH ports are the desktop's own; 8501 is a web application.
EXPOSE 5900 2222 8501/tcp
ENTRYPOINT ["/usr/bin/supervisord", "-n"]
`,
    "good": '# Not a desktop image: CHM405 does not judge it.\nFROM python:3.11-slim\nRUN pip install --no-cache-dir uvicorn==0.29.0 fastapi==0.110.0\nRUN groupadd -g 1000 chaimeleon && useradd -m -s /bin/bash -u 1000 -g 1000 chaimeleon\nUSER chaimeleon\nEXPOSE 8000\nENTRYPOINT ["uvicorn", "app:api", "--port", "8000"]\n',
    "file": "Dockerfile"
  },
  "CHM406": {
    "bad": 'FROM ubuntu:22.04\nRUN groupadd -g 1000 chaimeleon && useradd -m -u 1000 -g 1000 chaimeleon\nLABEL name="classifier" version="1.0"\nCOPY --chown=1000:1000 app/ /home/chaimeleon/app/\nRUN --mount=type=bind,source=requirements.txt,target=/tmp/requirements.txt pip install --no-cache-dir -r /tmp/requirements.txt\nUSER chaimeleon:chaimeleon\nWORKDIR /home/chaimeleon\nENTRYPOINT ["python3", "/home/chaimeleon/app/main.py"]\n',
    "good": 'FROM ubuntu:22.04\nRUN groupadd -g 1000 chaimeleon && useradd -m -u 1000 -g 1000 chaimeleon\nARG VERSION=2.1\nLABEL name="classifier" version="${VERSION}"\nCOPY app/ /home/chaimeleon/app/\n\nUSER chaimeleon:chaimeleon\nWORKDIR /home/chaimeleon\nENTRYPOINT ["python3", "/home/chaimeleon/app/main.py"]\n',
    "file": "Dockerfile"
  },
  "CHM407": {
    "bad": 'FROM ubuntu:22.04\nRUN groupadd -g 1000 chaimeleon && useradd -m -u 1000 -g 1000 chaimeleon\nUSER chaimeleon:chaimeleon\nWORKDIR /home/chaimeleon\nLABEL name="lung-segmenter" version="1.0"\nENTRYPOINT ["python3", "/home/chaimeleon/segment.py"]\n',
    "good": '# A profile for a platform with no repository-name convention.\nFROM harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python:3.1\nLABEL name="radiomics-features" version="0.2"\nCOPY --chown=chaimeleon:chaimeleon extract.py /home/chaimeleon/extract.py\nENTRYPOINT ["python3", "/home/chaimeleon/extract.py"]\n',
    "file": "Dockerfile"
  },
  "CHM408": {
    "bad": 'FROM ubuntu:22.04\nRUN groupadd -g 1000 chaimeleon && useradd -m -u 1000 -g 1000 chaimeleon \\\n    && mkdir -p /home/chaimeleon/datasets /home/chaimeleon/persistent-home /home/chaimeleon/persistent-shared-folder \\\n    && chown -R 1000:1000 /home/chaimeleon\nWORKDIR /home/chaimeleon\nCOPY --chown=1000:1000 app/ ./app/\nENV RESULTS_DIR=/home/chaimeleon/datasets/results\nENV INPUT_DIR=/home/chaimeleon/datasets\nUSER chaimeleon:chaimeleon\nENTRYPOINT ["python3", "app/segment.py"]\n',
    "good": 'FROM ubuntu:22.04\nRUN groupadd -g 1000 chaimeleon && useradd -m -u 1000 -g 1000 chaimeleon \\\n    && mkdir -p /home/chaimeleon/datasets /home/chaimeleon/persistent-home /home/chaimeleon/persistent-shared-folder \\\n    && chown -R 1000:1000 /home/chaimeleon\nWORKDIR /home/chaimeleon\nCOPY --chown=1000:1000 main.py ./\nENV OUTPUT_DIR=/home/chaimeleon/persistent-home/results\nENV DATASET_DIR=/home/chaimeleon/datasets\nUSER chaimeleon:chaimeleon\nENTRYPOINT ["python3", "main.py", "--input", "/home/chaimeleon/datasets", "--output", "/home/chaimeleon/persistent-home/out"]\n',
    "file": "Dockerfile"
  },
  "CHM409": {
    "bad": 'FROM nvidia/cuda:11.8.0-runtime-ubuntu22.04\n\nLABEL name="lung-nodule-segmentation"\nLABEL version="1.2.0"\nLABEL authorization="This Dockerfile is intended to build a container image that will be publicly accessible in the CHAIMELEON images repository."\n\nARG DEBIAN_FRONTEND=noninteractive\nRUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip \\\n    && rm -rf /var/lib/apt/lists/*\nCOPY requirements.txt /tmp/requirements.txt\nRUN pip3 install --no-cache-dir -r /tmp/requirements.txt\n\nRUN groupadd -g 1000 chaimeleon && \\\n    useradd --create-home --shell /bin/bash --uid 1000 --gid 1000 chaimeleon\n\nWORKDIR /app\nCOPY --chown=chaimeleon:chaimeleon src/ /app/src/\nENV OUTPUT_DIR=/app/results\nENV LOG_DIR=/app/logs\nENV TORCH_HOME=/home/chaimeleon/.cache/torch\n\nUSER chaimeleon:chaimeleon\nRUN mkdir -p /home/chaimeleon/datasets /home/chaimeleon/persistent-home /home/chaimeleon/persistent-shared-folder\n\nENTRYPOINT ["python3", "/app/src/predict.py"]\n',
    "good": 'FROM ubuntu:22.04\n\nLABEL name="kidney-tumour-seg"\nLABEL version="2.0.1"\nLABEL authorization="This Dockerfile is intended to build a container image that will be publicly accessible in the CHAIMELEON images repository."\n\nRUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip wget unzip \\\n    && rm -rf /var/lib/apt/lists/*\nRUN pip3 install --no-cache-dir nnunet==1.7.1\nRUN groupadd -g 1000 chaimeleon && useradd --create-home --uid 1000 --gid 1000 chaimeleon\n\n# nnU-Net v1 reads its trained models from RESULTS_FOLDER: an input of the application.\nENV RESULTS_FOLDER=/opt/nnunet/trained_models\nCOPY nnunet/ /opt/nnunet/trained_models/\nENV OUTPUT_DIR=/opt/pretrained/output\nRUN wget -q https://zenodo.org/record/000000/files/weights.zip -O /tmp/weights.zip \\\n    && unzip -q /tmp/weights.zip -d /opt/pretrained/output \\\n    && rm /tmp/weights.zip\n\nUSER chaimeleon\nRUN mkdir -p ~/datasets ~/persistent-home ~/persistent-shared-folder\nWORKDIR /home/chaimeleon\nENTRYPOINT ["nnUNet_predict", "-t", "Task135_KiTS2021", "-m", "3d_fullres"]\n',
    "file": "Dockerfile"
  }
};

// src/rule-docs.ts
function listRules(rules) {
  const rows = rules.map((r) => `${r.code}  ${r.slug.padEnd(34)} ${r.severity.padEnd(8)} ${r.summary}`);
  return rows.join("\n") + "\n";
}
function listRulesJson(rules) {
  const rows = rules.map((r) => ({
    code: r.code,
    slug: r.slug,
    severity: r.severity,
    target: r.target,
    summary: r.summary,
    guide: r.guide,
    security: !!r.security,
    fixable: !!r.fixable,
    tags: r.tags ?? [],
    docs: ruleDocsUrl(r.code)
  }));
  return JSON.stringify(rows, null, 2) + "\n";
}
function ruleMarkdown(rule, examples = RULE_EXAMPLES[rule.code]) {
  const lang = examples?.file.endsWith(".md") ? "markdown" : examples?.file.endsWith(".sh") ? "sh" : examples?.file.endsWith(".py") ? "python" : /LICENSE|COPYING|\.txt$/i.test(examples?.file ?? "") ? "text" : "dockerfile";
  const parts = [
    `# ${rule.code} ${rule.slug}`,
    "",
    `Default severity: **${rule.severity}**. Checks: ${rule.target === "engine" ? "reported by the engine" : rule.target === "project" ? "the whole repository" : "each Dockerfile"}. Guide: ${rule.guide === "beyond" ? "beyond the guide" : rule.guide}.`,
    "",
    `## What it does`,
    "",
    rule.summary,
    "",
    `## Why it matters`,
    "",
    rule.why
  ];
  if (rule.details) parts.push("", "## Details", "", rule.details);
  if (examples) {
    parts.push("", "## Example", "", "```" + lang, examples.bad.trimEnd(), "```", "", "## Use instead", "", "```" + lang, examples.good.trimEnd(), "```");
  }
  parts.push("", `Turn it off or change its severity in \`.chaimeleon-lint.yaml\` (\`rules: { ${rule.code}: off }\`) or for one instruction with \`# chaimeleon-lint ignore=${rule.code} -- reason\`.`);
  return parts.join("\n") + "\n";
}
function explainRule(rule) {
  return ruleMarkdown(rule) + `
Online: ${ruleDocsUrl(rule.code)}
`;
}

export {
  listRules,
  listRulesJson,
  ruleMarkdown,
  explainRule
};
