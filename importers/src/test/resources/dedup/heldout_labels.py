"""Shared by make-heldout2-labels.py .. make-heldout25-labels.py: writes <name>-labels.tsv
from the cluster column of <name>-questions.tsv: every pair of one cluster (topic/N) is `same`; every other pair of
two questions of one topic is `related`."""
import itertools, os

HERE = os.path.dirname(os.path.abspath(__file__))


def write_labels(name, header):
    rows = []
    with open(os.path.join(HERE, name + "-questions.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            key, split, bank, cluster, text = line.rstrip("\n").split("\t")
            rows.append((key, cluster))
    same, related = [], []
    for (ka, ca), (kb, cb) in itertools.combinations(rows, 2):
        ta, tb = ca.split("/")[0], cb.split("/")[0]
        if ta != tb:
            continue
        if ca == cb:
            same.append(f"{ka}\t{kb}\tsame\t{ca}\n")
        else:
            related.append(f"{ka}\t{kb}\trelated\t{ta}\n")
    with open(os.path.join(HERE, name + "-labels.tsv"), "w", encoding="utf-8") as f:
        f.write(header)
        f.writelines(same)
        f.writelines(related)
    print(len(rows), "questions,", len(same), "same,", len(related), "related")
