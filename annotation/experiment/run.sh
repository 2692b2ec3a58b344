#!/usr/bin/env bash
# Issue-10 experiment: NER trained on GermEval dev 80 % with and without our adjudicated corpus,
# scored on the same GermEval dev 20 % held-out part (training/work/ner-heldout.spacy, from make model).
set -euo pipefail
cd "$(dirname "$0")/../.."
W=annotation/work/experiment
mkdir -p $W/base $W/plus
cp training/work/ner-train.spacy $W/base/
cp training/work/ner-train.spacy $W/plus/ && cp annotation/work/ner-corpus.spacy $W/plus/
for v in base plus; do
  nice -n 10 .venv/bin/python -m spacy train annotation/experiment/ner.cfg --output $W/out-$v \
    --paths.train $W/$v --paths.dev training/work/ner-heldout.spacy --paths.vectors training/work/vectors \
    --system.seed 0 > $W/log-$v.txt 2>&1
  .venv/bin/python -m spacy evaluate $W/out-$v/model-best training/work/ner-heldout.spacy --output $W/eval-$v.json > /dev/null
done
python3 -c "
import json
for v in ('base','plus'):
    d=json.load(open('$W/eval-'+v+'.json')); print(v, 'ents_f', round(d['ents_f'],4), {k: round(x['f'],4) for k,x in d['ents_per_type'].items()})"
