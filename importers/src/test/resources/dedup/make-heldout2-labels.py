#!/usr/bin/env python3
"""Writes heldout2-labels.tsv from the cluster column of heldout2-questions.tsv: every pair of one
cluster (topic/N) is `same`; every other pair of two questions of one topic is `related`.
Run from this directory: python3 make-heldout2-labels.py"""
import itertools, os

HERE = os.path.dirname(os.path.abspath(__file__))
rows = []
with open(os.path.join(HERE, "heldout2-questions.tsv"), encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        key, split, bank, cluster, text = line.rstrip("\n").split("\t")
        rows.append((key, cluster))

HEADER = """# Labelled pairs of heldout2-questions.tsv (split test2), written by make-heldout2-labels.py from its cluster
# column: same = the same question (every pair of a cluster topic/N); related = two questions of one topic that are
# different (the hard negatives; topic/sK are singletons). Rule as labels.tsv: same concepts and the same primary
# (first) ask; follow-on asks do not split; a second concept does; a setting ("Faster R-CNN中的RPN") is not a second
# concept. Written by a different author pass than heldout-labels.tsv (the session 17 helper); never used to tune
# the model, measured once. Pairs not listed (different topics) are different questions too.
# a	b	label	note
"""
same, related = [], []
for (ka, ca), (kb, cb) in itertools.combinations(rows, 2):
    ta, tb = ca.split("/")[0], cb.split("/")[0]
    if ta != tb:
        continue
    if ca == cb:
        same.append(f"{ka}\t{kb}\tsame\t{ca}\n")
    else:
        related.append(f"{ka}\t{kb}\trelated\t{ta}\n")
with open(os.path.join(HERE, "heldout2-labels.tsv"), "w", encoding="utf-8") as f:
    f.write(HEADER)
    f.writelines(same)
    f.writelines(related)
print(len(rows), "questions,", len(same), "same,", len(related), "related")
