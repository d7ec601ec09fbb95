#!/bin/bash
set -e
exec python3 /home/chaimeleon/explainer/explain.py "$@"
