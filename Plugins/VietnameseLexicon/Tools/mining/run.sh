#!/bin/bash
# Whole pipeline, from the git mirrors to accepted.tsv (about 10 minutes on 2 cores).
set -e
cd ${MINE:-/tmp/mine}
mkdir -p pool/{baomoi,unc,phenikaa}
M=/work/.mirror
git --git-dir=$M/magizbox+scraper/repo/.git archive HEAD vn_news/data | tar -x -C pool/baomoi
git --git-dir=$M/undertheseanlp+resources/repo archive HEAD resources/CP_Vietnamese-UNC/corpus resources/CP_Vietnamese-UNC/datasets | tar -x -C pool/unc
git --git-dir=$M/Phenikaa-University+Vietnamese-News-Summarization/repo archive HEAD dataset/raw/News-mds/original | tar -x -C pool/phenikaa
find pool -type f -name '*.txt' | sort > files.txt
xargs -n 2000 /work/shared/holdout/is-heldout < files.txt > heldout-check.txt || true   # exits 1 when any file is flagged
python3 blind_check.py files.txt blind-check.txt
(grep "HELD OUT" heldout-check.txt | sed 's/: HELD OUT.*//'; grep -P "\tBLIND\t" blind-check.txt | cut -f1) | sort -u > exclude.txt
python3 mine.py files.txt exclude.txt occurrences.jsonl
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install -q pyvi; }
venv/bin/python aggregate.py && cp candidates.tsv candidates-round1.tsv
python3 judge.py                               # round 1 judgement
venv/bin/python aggregate.py accepted.tsv      # round 2: chains may pass through round-1 acceptances
python3 judge.py
python3 harmful.py > harmful-raw.tsv
