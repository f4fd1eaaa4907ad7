#!/usr/bin/env python3
"""Writes a large classification CSV for timing the CSV reader (not committed data).

    python3 Scripts/make-big-csv.py [ROWS] [PATH]     (default 1000000 rows, /tmp/big.csv)

Two noisy interleaved half-moons, as `micrograd train --dataset moons` makes them:
a header `x,y,label`, then ROWS lines `x,y,label` with labels 0 and 1, written with
repr() (17 significant digits, as a float64 round-trips). Seeded, so every run writes
the same file. The timing it serves (issue 16):

    python3 Scripts/make-big-csv.py 1000000 /tmp/big.csv
    time .build/release/micrograd train --dataset /tmp/big.csv --steps 1 --batch-size 100 \\
        -o /tmp/big-out
    python3 -c 'import csv,time; t=time.time(); n=sum(1 for _ in csv.reader(open("/tmp/big.csv"))); print(n, time.time()-t)'
"""
import math
import random
import sys

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
path = sys.argv[2] if len(sys.argv) > 2 else "/tmp/big.csv"
generator = random.Random(16)
with open(path, "w") as f:
    f.write("x,y,label\n")
    lines = []
    for i in range(rows):
        label = i % 2
        t = math.pi * generator.random()
        if label == 0:
            x, y = math.cos(t), math.sin(t)
        else:
            x, y = 1 - math.cos(t), 0.5 - math.sin(t)
        x += generator.gauss(0, 0.1)
        y += generator.gauss(0, 0.1)
        lines.append(f"{x!r},{y!r},{label}\n")
        if len(lines) == 100_000:
            f.writelines(lines)
            lines = []
    f.writelines(lines)
