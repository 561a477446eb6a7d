#!/usr/bin/python3
"""Differential test: mentor's assignment solver and scipy's linear_sum_assignment (an
independent exact solver) must reach the same optimum -- the most pairs, then the highest
total score -- on random and tie-heavy instances with capacities and forbidden pairs.

    differential_scipy.py SOLVE_MATRIX_BINARY
"""
import os
import subprocess
import sys
import tempfile

import numpy as np
from scipy.optimize import linear_sum_assignment

solver = sys.argv[1]
rng = np.random.default_rng(2026)


def scipy_optimum(scores, capacity):
    rows = scores.shape[0]
    slots = np.repeat(np.arange(scores.shape[1]), capacity)
    if len(slots) == 0:
        return 0, 0
    allowed = scores[:, slots] >= 0
    big = (int(scores.max(initial=0)) + 1) * (rows + 1)
    cost = np.where(allowed, -(big + scores[:, slots]), 0)
    cost = np.hstack([cost, np.zeros((rows, rows), dtype=np.int64)])
    r, c = linear_sum_assignment(cost)
    real = c < len(slots)
    cc = np.minimum(c, len(slots) - 1)
    ok = real & allowed[r, cc]
    return int(ok.sum()), int(scores[r[ok], slots[cc[ok]]].sum())


def ours(scores, capacity):
    with tempfile.NamedTemporaryFile(delete=False) as f:
        np.array(scores.shape, dtype=np.int32).tofile(f)
        capacity.astype(np.int32).tofile(f)
        scores.astype(np.int32).tofile(f)
        name = f.name
    try:
        out = subprocess.run([solver, name], check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(name)
    kv = dict(x.split("=") for x in out.split())
    return int(kv["assigned"]), int(kv["total"])


cases = 0
for size in [(5, 4), (20, 15), (60, 40), (150, 120), (400, 300), (800, 700)]:
    for kind in ["random", "ties", "sparse", "few-slots"]:
        rows, cols = size
        if kind == "ties":
            scores = rng.integers(0, 4, (rows, cols)) * 500       # four distinct scores: many ties
        else:
            scores = rng.integers(0, 2700, (rows, cols))
        density = {"random": 0.6, "ties": 0.6, "sparse": 0.05, "few-slots": 0.5}[kind]
        scores = np.where(rng.random((rows, cols)) < density, scores, -1)
        capacity = rng.integers(0, 2 if kind == "few-slots" else 4, cols)
        a, b = ours(scores, capacity), scipy_optimum(scores, capacity)
        cases += 1
        if a != b:
            print(f"FAIL {kind} {rows}x{cols}: mentor {a}, scipy {b}")
            sys.exit(1)
print(f"{cases} instances: mentor's solver and scipy reach the same optimum")
