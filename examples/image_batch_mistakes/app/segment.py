import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--input", default="/workspace/inputs")
parser.add_argument("--output", default="/home/chaimeleon/datasets/results")
args = parser.parse_args()
print(args.input, args.output)
