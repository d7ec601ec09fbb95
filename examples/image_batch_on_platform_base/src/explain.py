"""Explains a radiomics model's predictions with SHAP values."""
import argparse
import json
from pathlib import Path

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("dataset", help="/home/chaimeleon/datasets/<dataset-id>")
parser.add_argument("-o", "--output", default="/home/chaimeleon/persistent-home/shap")
args = parser.parse_args()

index = json.loads((Path(args.dataset) / "index.json").read_text(encoding="utf-8"))
out = Path(args.output)
out.mkdir(parents=True, exist_ok=True)
(out / "studies.txt").write_text("\n".join(s["studyId"] for s in index), encoding="utf-8")
