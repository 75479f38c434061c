#!/usr/bin/env python3
"""Throughput and memory of `galley check --batch` (issue 7's speed target).

Builds article pairs of about 6 KB (Korean + English together, the news sentences of
$GALLEY_DATA_DIR/ko-en-news-dev joined into paragraphs, each pair a different window of the
corpus) as files in a temporary directory with a JSON Lines manifest, then times

    galley check --batch MANIFEST --format=json --output FILE      (offline, all cores)

for each batch size, several runs, and reports the median pairs per second and the peak RSS of
the galley process (from wait4). Usage:

    python3 bench/batch_throughput.py [--galley build/bin/galley] [--data ../shared/data]
                                      [--pairs 1000 10000] [--runs 5] [--jobs N]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def make_articles(data_dir, count, out_dir, target_bytes=6000):
    ko_lines = open(os.path.join(data_dir, "ko-en-news-dev", "source.ko"), encoding="utf-8").read().splitlines()
    en_lines = open(os.path.join(data_dir, "ko-en-news-dev", "target.en"), encoding="utf-8").read().splitlines()
    n = len(ko_lines)
    # At most 1,000 distinct pairs on disk; larger batches list them again (memory is what is
    # measured there, and the manifest still has one line per pair).
    distinct = min(count, 1000)
    paths = []
    sizes = []
    for i in range(distinct):
        start = (i * 37) % n
        ko, en, j = [], [], start
        while sum(len(s.encode()) for s in ko + en) < target_bytes:
            ko.append(ko_lines[j % n])
            en.append(en_lines[j % n])
            j += 1
        # Paragraphs of three sentences, as articles are written.
        ko_text = "\n\n".join(" ".join(ko[k:k + 3]) for k in range(0, len(ko), 3)) + "\n"
        en_text = "\n\n".join(" ".join(en[k:k + 3]) for k in range(0, len(en), 3)) + "\n"
        kp, ep = os.path.join(out_dir, f"a{i}.ko.txt"), os.path.join(out_dir, f"a{i}.en.txt")
        open(kp, "w", encoding="utf-8").write(ko_text)
        open(ep, "w", encoding="utf-8").write(en_text)
        paths.append((kp, ep))
        sizes.append(len(ko_text.encode()) + len(en_text.encode()))
    manifest = os.path.join(out_dir, f"manifest-{count}.jsonl")
    with open(manifest, "w", encoding="utf-8") as m:
        for i in range(count):
            kp, ep = paths[i % distinct]
            m.write(json.dumps({"id": f"p{i}", "source_path": kp, "target_path": ep}) + "\n")
    return manifest, statistics.mean(sizes)


def run_once(galley, manifest, output, jobs):
    argv = [galley, "check", "--batch", manifest, "--format=json", "--output", output]
    if jobs:
        argv += ["--jobs", str(jobs)]
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"galley exited {code}: {proc.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024.0, usage.ru_utime + usage.ru_stime  # MiB, CPU s


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--galley", default="build/bin/galley")
    parser.add_argument("--data", default=os.environ.get("GALLEY_DATA_DIR", "../shared/data"))
    parser.add_argument("--pairs", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=0, help="default: galley's (the cores)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="galley-batch-bench-") as tmp:
        print(f"machine: {os.cpu_count()} cores; galley {args.galley}; runs {args.runs} (median)")
        for count in args.pairs:
            manifest, mean_bytes = make_articles(args.data, count, tmp)
            output = os.path.join(tmp, "out.jsonl")
            run_once(args.galley, manifest, output, args.jobs)  # Warm the page cache.
            times, rss, cpus = [], [], []
            for _ in range(args.runs):
                t, r, c = run_once(args.galley, manifest, output, args.jobs)
                times.append(t)
                rss.append(r)
                cpus.append(c)
            lines = sum(1 for _ in open(output, encoding="utf-8"))
            assert lines == count, f"{lines} report lines for {count} pairs"
            median = statistics.median(times)
            print(f"{count:6d} pairs of {mean_bytes / 1000:.1f} KB: median {median:.3f} s = "
                  f"{count / median:,.0f} pairs/s (runs {', '.join(f'{t:.3f}' for t in times)}); "
                  f"peak RSS {max(rss):.1f} MiB; report {os.path.getsize(output) / 1e6:.1f} MB")
            # CPU time is steadier than wall time on a shared machine: what the cores could do.
            cpu = statistics.median(cpus) / count
            print(f"        CPU {cpu * 1e3:.3f} ms per pair (user + sys, median): "
                  f"{os.cpu_count() / cpu:,.0f} pairs/s with all {os.cpu_count()} cores busy")


if __name__ == "__main__":
    main()
