#!/usr/bin/env python3
"""Writes heldout31-labels.tsv from the cluster column of heldout31-questions.tsv: every pair of one
cluster (topic/N) is `same`; every other pair of two questions of one topic is `related`.
Run from this directory: python3 make-heldout31-labels.py"""
from heldout_labels import write_labels

HEADER = """# Labelled pairs of heldout31-questions.tsv (split test31), written by make-heldout31-labels.py from its cluster
# column: same = the same question (every pair of a cluster topic/N); related = two questions of one topic that are
# different (the hard negatives: another ask, a sibling concept, another qualifier, the opposite direction, a
# comparison with another second concept; topic/sK are singletons). Rule as labels.tsv: same concepts and the same
# primary (first) ask; follow-on asks do not split; a second concept does; a setting is not a second concept. Written
# blind in session 43 (by a helper that read neither the dedup model nor any glossary nor the earlier fixtures'
# questions or error lists); never used to tune the model, measured once. Pairs not listed (different topics) are different questions too.
# a	b	label	note
"""
write_labels("heldout31", HEADER)
