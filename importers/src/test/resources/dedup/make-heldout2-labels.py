#!/usr/bin/env python3
"""Writes heldout2-labels.tsv from the cluster column of heldout2-questions.tsv: every pair of one
cluster (topic/N) is `same`; every other pair of two questions of one topic is `related`.
Run from this directory: python3 make-heldout2-labels.py"""
from heldout_labels import write_labels

HEADER = """# Labelled pairs of heldout2-questions.tsv (split test2), written by make-heldout2-labels.py from its cluster
# column: same = the same question (every pair of a cluster topic/N); related = two questions of one topic that are
# different (the hard negatives; topic/sK are singletons). Rule as labels.tsv: same concepts and the same primary
# (first) ask; follow-on asks do not split; a second concept does; a setting ("Faster R-CNN中的RPN") is not a second
# concept. Written by a different author pass than heldout-labels.tsv (the session 17 helper); never used to tune
# the model, measured once. Pairs not listed (different topics) are different questions too.
# a	b	label	note
"""
write_labels("heldout2", HEADER)
