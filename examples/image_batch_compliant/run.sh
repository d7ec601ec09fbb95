#!/bin/bash
# Entrypoint: jobman appends the job's arguments, passed on to the application.
set -euo pipefail
exec python3 /home/chaimeleon/app/classify.py "$@"
