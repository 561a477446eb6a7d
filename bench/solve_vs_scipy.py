#!/usr/bin/python3
"""Times scipy's linear_sum_assignment on the score matrix that mentor-solve-bench wrote,
and checks that it reaches the same optimum as mentor's solver.

    solve_vs_scipy.py MATRIX MENTOR_LINE

MATRIX is the file mentor-solve-bench wrote (int32 shape, int32 capacities, int32 scores
with -1 where a rule forbids the pair); MENTOR_LINE is the key=value line it printed.
The same objective is given to scipy: mentor slots expanded by capacity, one
"unassigned" column per mentee, and a cost of -(BIG + score) per allowed pair so that the
number of pairs comes first and the total score second.
"""
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment

data = np.fromfile(sys.argv[1], dtype=np.int32)
rows, cols = int(data[0]), int(data[1])
capacity = data[2:2 + cols]
scores = data[2 + cols:].reshape(rows, cols).astype(np.int64)
ours = dict(kv.split("=") for kv in sys.argv[2].split())

slots = np.repeat(np.arange(cols), capacity)
allowed = scores[:, slots] >= 0
big = (int(scores.max(initial=0)) + 1) * (rows + 1)
cost = np.where(allowed, -(big + scores[:, slots]), 0)
cost = np.hstack([cost, np.zeros((rows, rows), dtype=np.int64)])  # "unassigned" columns

times = []
for _ in range(3):
    t = time.perf_counter()
    r, c = linear_sum_assignment(cost)
    times.append(time.perf_counter() - t)
times.sort()
real = c < len(slots)
pairs = real & allowed[r, np.minimum(c, len(slots) - 1)]
assigned = int(pairs.sum())
total = int(scores[r[pairs], slots[c[pairs]]].sum())

same = assigned == int(ours["assigned"]) and total == int(ours["total"])
print(f"matrix {rows} x {len(slots)} slots (+{rows} unassigned columns), {int(allowed.sum())} allowed entries")
print(f"  mentor solve (sparse, median of 5): {float(ours['solve_median_s']):.4f} s  assigned={ours['assigned']} total={ours['total']}")
print(f"  scipy  linear_sum_assignment (median of 3): {times[1]:.4f} s  assigned={assigned} total={total}")
print(f"  same optimum: {'yes' if same else 'NO'}")
sys.exit(0 if same else 1)
