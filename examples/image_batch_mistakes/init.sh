#!/bin/bash
# Installs the model at start-up: fails on the platform, which has no Internet at run time.
pip install segment-anything
git clone https://github.com/example/weights.git /tmp/weights
python3 /home/chaimeleon/app/segment.py --output /home/chaimeleon/datasets/results "$@"
