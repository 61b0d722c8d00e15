#!/usr/bin/env python3
"""Generator D's thirty-six tuning sets of the 2024 back (docs/benchmarks.md, OCR), run two at a time and summed.

    python3 bench/d-sets/run.py OUT_DIR [--jar bench/target/bench.jar] [--extra=-Docr.dRealQr=true] [--par 2] [--sum-only]

Each set (sets.txt: seed|switches) is one bench run of 20 cards, clean and degraded, in OUT_DIR/<seed>/ (its
misread file under target/ocr-bench/). Prints each set's fields exact and the sums: fields exact, backs taken for
another face, what the citizen is shown, and the mean of the sets' CPU ms per card.
"""
import argparse, os, re, statistics, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
p = argparse.ArgumentParser()
p.add_argument('out')
p.add_argument('--jar', default=os.path.join(HERE, '..', 'target', 'bench.jar'))
p.add_argument('--extra', action='append', default=[], help='one more -D switch for every set')
p.add_argument('--par', type=int, default=2)
p.add_argument('--sum-only', action='store_true', help='sum the runs already in OUT_DIR')
a = p.parse_args()

sets = []
for line in open(os.path.join(HERE, 'sets.txt'), encoding='utf-8'):
    if line.strip():
        seed, switches = line.strip().split('|', 1)
        sets.append((seed, ['-D' + s.strip() for s in re.split(r'(?:^|\s)-D', switches) if s.strip()] + a.extra))


def run(s):
    seed, switches = s
    d = os.path.join(a.out, seed)
    os.makedirs(d, exist_ok=True)
    cmd = ['java', '-Docr.faces=BACK', '-Docr.models=CAN_CUOC_2024', *switches, '-jar', os.path.abspath(a.jar),
           '--only', 'ocr', '--ocr-cards', '20', '--ocr-seed', seed, '--ocr-generators', 'D']
    with open(os.path.join(d, 'out.txt'), 'w') as out:
        subprocess.run(cmd, cwd=d, stdout=out, stderr=subprocess.STDOUT, env=dict(os.environ, OMP_THREAD_LIMIT='1'))


if not a.sum_only:
    with ThreadPoolExecutor(a.par) as pool:
        list(pool.map(run, sets))

total = {q: [0, 0, [0, 0, 0, 0], []] for q in ('clean', 'degraded')}
for seed, _ in sets:
    t = open(os.path.join(a.out, seed, 'out.txt'), encoding='utf-8').read()
    row = []
    for q, v in total.items():
        face = re.search(rf'^\| D \(tuned on\) \| CAN_CUOC_2024 \| BACK \| {q} \| 20 \| (\d+) / 20 .*\| (\d+) \|\s*$', t, re.M)
        if not face:
            sys.exit(f'set {seed} has no {q} row: see {a.out}/{seed}/out.txt')
        exact = sum(int(n) for n in re.findall(rf'^\| D \| CAN_CUOC_2024 \| BACK \| {q} \| \w+ \| (\d+) / 20 \|', t, re.M))
        shown = re.findall(rf'^\| D \| CAN_CUOC_2024 \| BACK \| {q} \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|\s*$', t, re.M)[-1]
        v[0] += exact
        v[1] += 20 - int(face.group(1))
        v[2] = [x + int(y) for x, y in zip(v[2], shown)]
        v[3].append(int(face.group(2)))
        row.append(f'{q} {exact}')
    print(seed, ', '.join(row))
for q, v in total.items():
    print(f'{q}: fields exact {v[0]} of {100 * len(sets)}; taken for another face {v[1]} of {20 * len(sets)}; '
          f'right and sure / right, asked / wrong, asked or empty / wrong, sure {" / ".join(map(str, v[2]))}; '
          f'CPU ms per card, mean of the sets {round(statistics.mean(v[3]))}')
