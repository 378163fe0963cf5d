#!/usr/bin/env python3
"""Survival benchmark data: gen.py N KIND SEED OUT.

KIND "cont": exponential times (mean 24 months, 30% longer in group 1),
all distinct; "days": the same rounded to days (month/30), many ties.
About 35% censored, two groups (i % 2). Binary little-endian file: int64 n,
float64 time[n], uint8 event[n], int32 group[n]. Same N, KIND and SEED give
the same bytes.
"""
import sys

import numpy as np

n, kind, seed, out = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
rng = np.random.default_rng(seed)
group = (np.arange(n) % 2).astype("<i4")
scale = np.where(group == 1, 24 * 1.3, 24.0)
time = rng.exponential(1.0, n) * scale
if kind == "days":
    time = np.round(time * 30) / 30
elif kind != "cont":
    sys.exit("KIND is cont or days")
event = (rng.random(n) < 0.65).astype("u1")
with open(out, "wb") as f:
    f.write(np.array([n], "<i8").tobytes())
    f.write(time.astype("<f8").tobytes())
    f.write(event.tobytes())
    f.write(group.tobytes())
