"""Classifies lung nodules in the CT studies of a CHAIMELEON dataset."""
import argparse
import json
import os


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--input", required=True, help="dataset folder: /home/chaimeleon/datasets/<dataset-id>")
    parser.add_argument("--output", default="/home/chaimeleon/persistent-home/nodules", help="results folder")
    args = parser.parse_args()

    with open(os.path.join(args.input, "index.json"), encoding="utf-8") as f:
        studies = json.load(f)
    os.makedirs(args.output, exist_ok=True)
    with open(os.path.join(args.output, "summary.json"), "w", encoding="utf-8") as f:
        json.dump({"studies": len(studies)}, f)


if __name__ == "__main__":
    main()
