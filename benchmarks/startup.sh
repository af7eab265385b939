#!/usr/bin/env bash
# Start-up of the vnru command: `vnru --version` against `vnru timeline` on the embedded seeds,
# both measured by the same tool (GNU time) in one run, N times each, interleaved; prints the
# median wall and CPU (user+sys) seconds. Then the same with an AppCDS archive of the jar
# (-XX:SharedArchiveFile), made once with -XX:ArchiveClassesAtExit.
#   benchmarks/startup.sh [N]      (after mvn package -DskipTests; N defaults to 10)
set -euo pipefail
N=${1:-10}
JAR=${JAR:-examples/target/vnru.jar}
JSA=${JSA:-examples/target/vnru.jsa}
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "needs GNU time (/usr/bin/time; Debian package 'time')" >&2; exit 2; }
[ -f "$JAR" ] || { echo "no $JAR: run mvn -B -q package -DskipTests first" >&2; exit 2; }

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }

measure() { # label, java options...
  local label=$1; shift
  local v=$(mktemp) t=$(mktemp)
  for _ in $(seq "$N"); do
    "$TIME" -f "%e %U %S" -a -o "$v" java "$@" -jar "$JAR" --version >/dev/null
    "$TIME" -f "%e %U %S" -a -o "$t" java "$@" -jar "$JAR" timeline >/dev/null
  done
  local vw=$(awk '{print $1}' "$v" | median) vc=$(awk '{print $2+$3}' "$v" | median)
  local tw=$(awk '{print $1}' "$t" | median) tc=$(awk '{print $2+$3}' "$t" | median)
  printf "%-22s --version %5ss wall %5ss CPU | timeline %5ss wall %5ss CPU | ratio (wall) %s\n" \
    "$label" "$vw" "$vc" "$tw" "$tc" "$(awk -v a="$tw" -v b="$vw" 'BEGIN{printf "%.2f", a/b}')"
  rm -f "$v" "$t"
}

echo "$(java -version 2>&1 | head -1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); N=$N"
measure "plain"
java -XX:ArchiveClassesAtExit="$JSA" -jar "$JAR" timeline >/dev/null 2>&1
measure "AppCDS" -XX:SharedArchiveFile="$JSA"
