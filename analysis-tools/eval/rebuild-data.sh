#!/usr/bin/env bash
# Rebuilds the public evaluation and training data outside the checkout from snapshots of public
# GitHub repositories (nothing of them is committed here). First bring the repositories in with the
# search tool's fetch, which puts each under MIRROR/OWNER+NAME/:
#   j-szulc/html-cleaning-dataset-merged, rundimeco/waddle,
#   immortal-autumn/Chinese-Web-Content-Extraction-Dataset,
#   MSVCode/ir-research-data                                          (main text, issue 12)
#   matsbratvold/Checkworthiness-Detection-with-Open-Source-LLMs,
#   TonyTTTTT/Claim-Detection-in-Tweets                               (check-worthiness, issue 13)
#   brmson/dataset-sts                                                (claim links, issue 13)
# then, from the project root after `mvn -pl analysis,analysis-tools -am -DskipTests package`:
#   analysis-tools/eval/rebuild-data.sh [DATA=../data] [MIRROR=/work/.mirror]
# A repository that is not there is skipped with a message; the rest is built.
# The copied insert lines of issue 16 (DATA/inserts/web-lines.tsv) are not made here: see README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${1:-../data}
mirror=${2:-/work/.mirror}
jar=analysis-tools/target/factdesk-analysis.jar
[ -f "$jar" ] || { echo "no $jar: build it first (mvn -pl analysis,analysis-tools -am -DskipTests package)" >&2; exit 1; }
mkdir -p "$data"

# The git directory of a snapshot: MIRROR/OWNER+NAME/repo is either a bare repository or holds .git.
gitdir() {
  local d="$mirror/$1/repo"
  if [ -d "$d/.git" ]; then echo "$d/.git"; elif [ -d "$d" ]; then echo "$d"; else return 1; fi
}

# Writes one file of a snapshot's newest commit into a folder (no work tree needed).
take() { # repo path-in-repo target-folder
  local g
  g=$(gitdir "$1") || { echo "skipped $3/$(basename "$2"): fetch $1 first" >&2; return 1; }
  mkdir -p "$3"
  git --git-dir="$g" show "HEAD:$2" > "$3/$(basename "$2")"
}

# A work tree of a snapshot, for the converters that read whole folders.
checkout() { # repo target-folder
  local g
  g=$(gitdir "$1") || { echo "skipped $2: fetch $1 first" >&2; return 1; }
  [ -d "$2" ] || git clone -q "$g" "$2"
}

run() { java -cp "$jar" "$@"; }

if checkout j-szulc+html-cleaning-dataset-merged "$data/hcd"; then
  run org.factdesk.analysis.eval.web.WebEvaluation convert "$data/hcd" "$data/eval"
  if checkout rundimeco+waddle "$data/waddle" &&
     checkout immortal-autumn+Chinese-Web-Content-Extraction-Dataset "$data/cwced"; then
    run org.factdesk.analysis.eval.web.WebEvaluation convert "$data/hcd" "$data/eval-multi" \
      --daniel "$data/waddle" --zh-handcrafted "$data/cwced"
  fi
fi

if checkout MSVCode+ir-research-data "$data/msv"; then
  run org.factdesk.analysis.eval.web.WebEvaluation convert - "$data/eval-news" --searched-news "$data/msv"
fi

cb=matsbratvold+Checkworthiness-Detection-with-Open-Source-LLMs
if take $cb data/ClaimBuster/datasets/crowdsourced.csv "$data/CB" &&
   take $cb data/ClaimBuster/datasets/groundtruth.csv "$data/CB"; then
  run org.factdesk.analysis.train.ClaimBusterConverter "$data/CB" "$data/cw-split"
fi

nc=TonyTTTTT+Claim-Detection-in-Tweets
nc_path=datasets/other-sentence-level/NewsClaims_processed
if take $nc $nc_path/all_sents.json "$data/NC" && take $nc $nc_path/dev.json "$data/NC" &&
   take $nc $nc_path/test.json "$data/NC"; then
  run org.factdesk.analysis.train.NewsClaimsConverter "$data/NC" "$data/news"
fi

for part in train val test; do
  take brmson+dataset-sts data/para/msr/msr-para-$part.tsv "$data/MRPC" || break
done

echo "data in $data: $(ls "$data" | tr '\n' ' ')"
