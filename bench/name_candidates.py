#!/usr/bin/env python3
"""How often a NAME_MISMATCH finding offers the right Korean name (issue 5: "the best candidate in
the message").

On the name task that ../shared/eval/galley_eval.py prepares (one proper name of an English line
replaced by another, labels.json saying which), a finding "English has X; the Korean has Y (y),
which nothing in the English matches" names Y as the Korean word the translation put X in place
of. Y is counted right when it is the replaced name's counterpart: its romanization y is alike to
the replaced English name (difflib ratio >= 0.5: 오바마 obama for Obama), or the news lexicon links
the two (common/align/data/news_lexicon.tsv: 중국 for China). A rough measure, as romanizations
and spellings differ, but one that moves only with which Korean word is offered. Usage:

    python3 bench/name_candidates.py --tasks TASKS [--cli build/bin/galley]

where TASKS is the output directory of `galley_eval.py prepare` (its checks/name subdirectory is
read). Prints right / offered.
"""
import argparse
import difflib
import json
import os
import re
import subprocess
import sys

LEXICON = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common", "align",
                       "data", "news_lexicon.tsv")
FINDING = re.compile(r"English has (.*); the Korean has (\S+) \((.*?)\), which nothing")


def read_lexicon(path):
    """(Korean stems, English stems) of each concept of the news lexicon."""
    entries = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        columns = line.rstrip("\n").split("\t")
        if len(columns) >= 2:
            entries.append((columns[0].split("|"), columns[1].split("|")))
    return entries


def lexicon_links(lexicon, korean, english):
    """Whether a concept has a Korean stem `korean` starts with and an English stem of `english`,
    as the lexicon's own matching reads them (stems of one syllable or under four letters whole)."""
    english = english.lower()
    for korean_stems, english_stems in lexicon:
        if not any(korean.startswith(k) and (len(k) > 1 or korean == k) for k in korean_stems):
            continue
        if any(english == e or (len(e) >= 4 and english.startswith(e)) for e in english_stems):
            return True
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", required=True, help="output directory of galley_eval.py prepare")
    parser.add_argument("--cli", default="build/bin/galley", help="the galley binary")
    args = parser.parse_args()
    name_dir = os.path.join(args.tasks, "checks", "name")
    labels_path = os.path.join(name_dir, "labels.json")
    if not os.path.exists(labels_path):
        sys.exit(f"name_candidates: {labels_path} not found; run galley_eval.py prepare first")
    labels = json.load(open(labels_path, encoding="utf-8"))
    # `galley check` exits 1 when it reports findings, as it does here; 2 and above are errors.
    run = subprocess.run(
        [args.cli, "check", os.path.join(name_dir, "source.ko"), os.path.join(name_dir, "target.en"),
         "--segmented=lines", "--pre-aligned", "--format=json"],
        capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"name_candidates: {args.cli} failed ({run.returncode}): {run.stderr.strip()}")
    report = json.loads(run.stdout)
    lexicon = read_lexicon(LEXICON)
    right = offered = 0
    for finding in report["findings"]:
        match = FINDING.match(finding["message"])
        if not match:
            continue
        english_name, korean, romanized = match.groups()
        for line in report["pairs"][finding["pair_index"]]["target_indexes"]:
            label = labels.get(str(line))
            if not label or label["to"] not in english_name:
                continue
            offered += 1
            romanized = romanized.lower().replace(" ", "").replace("-", "")
            alike = difflib.SequenceMatcher(None, romanized, label["from"].lower()).ratio() >= 0.5
            if alike or lexicon_links(lexicon, korean, label["from"]):
                right += 1
    print(f"right Korean name offered: {right} / {offered} "
          f"({right / offered:.3f})" if offered else "no finding offers a Korean name")


if __name__ == "__main__":
    main()
