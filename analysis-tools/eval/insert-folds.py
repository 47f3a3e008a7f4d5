#!/usr/bin/env python3
"""Two folds of the dev split of typed insert examples, held out by site (decision 0061).

The insert-type model is trained on the dev split, so dev's typed figure is read on lines the
words model has seen. To tune on dev with figures that behave like held-out ones, train one model
on each half of the dev sites and score the other half with it:

    python3 insert-folds.py EXAMPLES.tsv OUT_DIR
    # OUT_DIR/fold-A.tsv: dev rows of the A sites stay "dev", the B sites' become "hold"; fold-B.tsv
    # the reverse. Test rows are left out.
    java -cp $J org.factdesk.analysis.train.TrainInsertTypes OUT_DIR/fold-A.tsv \
        MA/org/factdesk/analysis/model/insert-types-v4.bin     # and fold-B.tsv into MB/...
    java -cp MA:$J org.factdesk.analysis.eval.web.InsertEvaluation OUT_DIR/fold-B.tsv --split dev
    java -cp MB:$J org.factdesk.analysis.eval.web.InsertEvaluation OUT_DIR/fold-A.tsv --split dev

The model directory first on the class path shadows the shipped weights. A site's fold is the
CRC-32 of its name, even A, odd B; every page's rows share one site.
"""
import os
import sys
import zlib


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: insert-folds.py EXAMPLES.tsv OUT_DIR")
    os.makedirs(sys.argv[2], exist_ok=True)
    a = open(os.path.join(sys.argv[2], "fold-A.tsv"), "w", encoding="utf-8")
    b = open(os.path.join(sys.argv[2], "fold-B.tsv"), "w", encoding="utf-8")
    with open(sys.argv[1], encoding="utf-8") as f:
        header = f.readline()
        a.write(header)
        b.write(header)
        for line in f:
            split, site, rest = line.split("\t", 2)
            if split != "dev":
                continue
            held = "hold\t" + site + "\t" + rest
            if zlib.crc32(site.encode()) % 2 == 0:
                a.write(line)
                b.write(held)
            else:
                b.write(line)
                a.write(held)
    a.close()
    b.close()


if __name__ == "__main__":
    main()
