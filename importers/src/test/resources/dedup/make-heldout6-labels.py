#!/usr/bin/env python3
"""Writes heldout6-labels.tsv from the cluster column of heldout6-questions.tsv: every pair of one
cluster (topic/N) is `same`; every other pair of two questions of one topic is `related`.
Run from this directory: python3 make-heldout6-labels.py"""
from heldout_labels import write_labels

HEADER = """# Labelled pairs of heldout6-questions.tsv (split test6), written by make-heldout6-labels.py from its cluster
# column: same = the same question (every pair of a cluster topic/N); related = two questions of one topic that are
# different (the hard negatives: another ask, a sibling concept, another qualifier, the opposite direction, a
# negation; topic/sK are singletons). Rule as labels.tsv: same concepts and the same primary (first) ask; follow-on
# asks do not split; a second concept does; a setting is not a second concept. Written blind in session 20 (by a
# helper that read neither the dedup model nor the earlier fixtures' questions or error lists), a different author
# pass than the earlier held-out labels; never used to tune the model, measured once. Pairs not listed (different
# topics) are different questions too.
# a	b	label	note
"""
write_labels("heldout6", HEADER)
