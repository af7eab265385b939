#!/usr/bin/env bash
# Runs one Jazzer fuzz campaign (issue 16): coverage-guided fuzzing of one @FuzzTest for a given
# time. A finding (an input that breaks an invariant) stops the campaign and is written, as
# crash-<sha1>, into the target's committed inputs folder
#   <module>/src/test/resources/<package>/<Class>Inputs/<method>/
# where `mvn verify` replays it from then on: fix the bug, keep the file, commit both.
# Inputs that reach new code are kept in <module>/.cifuzz-corpus/ (not committed).
#
# usage: ./fuzz.sh MODULE CLASS#METHOD [DURATION] [extra mvn args...]
#   ./fuzz.sh parser ParserFuzzTest#text 10m
#   ./fuzz.sh examples CliFuzzTest#queryFilters 30m -Dmaven.repo.local=/path/to/repository
# Targets: parser ParserFuzzTest#{text,html,jsonLines,registry};
#          examples CliFuzzTest#queryFilters, examples ReportFuzzTest#report
# DURATION: seconds, or a number with s, m or h (default 10m). One campaign at a time: libFuzzer
# runs in one process on one core.
set -euo pipefail
cd "$(dirname "$0")"
module=${1:?usage: ./fuzz.sh MODULE CLASS#METHOD [DURATION] [mvn args...]}
target=${2:?usage: ./fuzz.sh MODULE CLASS#METHOD [DURATION] [mvn args...]}
duration=${3:-10m}
shift $(( $# >= 3 ? 3 : $# ))
case "$duration" in
  *h) seconds=$(( ${duration%h} * 3600 ));;
  *m) seconds=$(( ${duration%m} * 60 ));;
  *s) seconds=${duration%s};;
  *) seconds=$duration;;
esac
# JAZZER_FUZZ switches @FuzzTest from replaying its inputs to fuzzing; the libFuzzer flag after
# the placeholder argv[0] sets the campaign's length (it overrides the annotation's maxDuration).
JAZZER_FUZZ=1 exec mvn -B -o test -pl "$module" -am \
  -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.internal.arg.0=fuzz \
  -Djazzer.internal.arg.1=-max_total_time="$seconds" \
  -Djazzer.internal.arg.2=-print_final_stats=1 \
  -Djazzer.hooks=true \
  -Dinvoker.skip -Dmaven.javadoc.skip -Dmaven.source.skip -Denforcer.skip \
  "$@"
