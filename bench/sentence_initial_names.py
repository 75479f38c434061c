#!/usr/bin/env python3
"""Recall of the name check on names that open a line, which galley_eval.py never replaces.

The harness's name task (../shared/eval/galley_eval.py `checks`) replaces one proper name per
English line, but only a name after a lower-case letter, a comma or a semicolon: a sentence's
first word is never one. This script prepares the same task for those words: every dev line
whose first word is in the harness's pool of proper names (capitalized words the corpus never
writes in lower case, at least four letters) gets it replaced by another name of the pool, drawn
the harness's way. It then scores the CLI with the harness (`checks`) and prints its JSON; the
figure is `name_recall`. Usage:

    python3 bench/sentence_initial_names.py [--galley build/bin/galley] [--data ../shared/data]
                                            [--eval ../shared/eval/galley_eval.py] [--seed 11]
"""
import argparse
import importlib.util
import json
import os
import random
import re
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--galley", default="build/bin/galley")
    ap.add_argument("--data", default=os.environ.get("GALLEY_DATA_DIR", "../shared/data"))
    ap.add_argument("--eval", default="../shared/eval/galley_eval.py")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()

    spec = importlib.util.spec_from_file_location("galley_eval", args.eval)
    harness = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(harness)
    source = os.path.join(args.data, "ko-en-news-dev", "source.ko")
    target = os.path.join(args.data, "ko-en-news-dev", "target.en")
    ko = open(source, encoding="utf-8").read().splitlines()
    en = open(target, encoding="utf-8").read().splitlines()
    pool = harness.proper_names(en)
    in_pool = set(pool)
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory(prefix="galley-initial-names-") as tasks:
        replaced, labels = [], {}
        for i, line in enumerate(en):
            m = re.match(r"([A-Z][a-z]{3,})\b", line)
            if m and m.group(1) in in_pool:
                new = rng.choice([p for p in pool if p != m.group(1) and p not in line])
                replaced.append(new + line[m.end():])
                labels[i] = {"kind": "name", "from": m.group(1), "to": new, "target_begin": 0}
            else:
                replaced.append(line)
        # The harness scores three tasks; the clean and number ones are the unchanged lines.
        for task, lines, task_labels in (("clean", en, {}), ("number", en, {}),
                                         ("name", replaced, labels)):
            d = os.path.join(tasks, "checks", task)
            os.makedirs(d)
            with open(os.path.join(d, "source.ko"), "w", encoding="utf-8") as f:
                f.write("\n".join(ko) + "\n")
            with open(os.path.join(d, "target.en"), "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            with open(os.path.join(d, "labels.json"), "w", encoding="utf-8") as f:
                json.dump({str(k): v for k, v in task_labels.items()}, f, ensure_ascii=False)
        print(f"{len(labels)} lines open with a name of the pool; replaced", file=sys.stderr)
        result = subprocess.run([sys.executable, args.eval, "checks", "--tasks", tasks, "--cli",
                                 args.galley], check=True, capture_output=True, text=True)
        print(result.stdout.strip())


if __name__ == "__main__":
    main()
