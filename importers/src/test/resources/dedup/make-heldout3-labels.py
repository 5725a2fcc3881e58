#!/usr/bin/env python3
"""Writes heldout3-labels.tsv from the cluster column of heldout3-questions.tsv: every pair of one
cluster (topic/N) is `same`; every other pair of two questions of one topic is `related`.
Run from this directory: python3 make-heldout3-labels.py"""
from heldout_labels import write_labels

HEADER = """# Labelled pairs of heldout3-questions.tsv (split test3), written by make-heldout3-labels.py from its cluster
# column: same = the same question (every pair of a cluster topic/N); related = two questions of one topic that are
# different (the hard negatives; topic/sK are singletons). Rule as labels.tsv: same concepts and the same primary
# (first) ask; follow-on asks do not split; a second concept does; a setting ("Faster R-CNN中的RPN") is not a second
# concept. Written blind in session 18 (by a helper that read neither the dedup model nor the earlier fixtures' error
# lists), a different author pass than heldout-labels.tsv and heldout2-labels.tsv; never used to tune the model,
# measured once. Pairs not listed (different topics) are different questions too.
# a	b	label	note
"""
write_labels("heldout3", HEADER)
