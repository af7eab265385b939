#!/usr/bin/env bash
# Start-up of the vnru command: `vnru --version` against `vnru timeline` on the embedded seeds,
# both timed by the same tool (GNU time) in one run, N times each, interleaved, so that both see
# the same load. Prints the load average before and after, then the median (and fastest) wall and
# CPU (user+sys) seconds of each, and the ratio of the medians. With CDS=1, the same again with an
# AppCDS archive of the jar (-XX:SharedArchiveFile, made once with -XX:ArchiveClassesAtExit).
#   benchmarks/startup.sh [N]      (after mvn package -DskipTests; N defaults to 11)
set -euo pipefail
N=${1:-11}
JAR=${JAR:-examples/target/vnru.jar}
JSA=${JSA:-examples/target/vnru.jsa}
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "needs GNU time (/usr/bin/time; Debian package 'time')" >&2; exit 2; }
[ -f "$JAR" ] || { echo "no $JAR: run mvn -B -q package -DskipTests first" >&2; exit 2; }

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }
least() { sort -n | head -1; }

measure() { # label, java options...
  local label=$1; shift
  local v=$(mktemp) t=$(mktemp)
  for _ in $(seq "$N"); do
    "$TIME" -f "%e %U %S" -a -o "$v" java "$@" -jar "$JAR" --version >/dev/null
    "$TIME" -f "%e %U %S" -a -o "$t" java "$@" -jar "$JAR" timeline >/dev/null
  done
  local vw=$(awk '{print $1}' "$v" | median) vc=$(awk '{print $2+$3}' "$v" | median)
  local tw=$(awk '{print $1}' "$t" | median) tc=$(awk '{print $2+$3}' "$t" | median)
  local vmin=$(awk '{print $1}' "$v" | least) tmin=$(awk '{print $1}' "$t" | least)
  printf "%-8s --version %5ss wall (fastest %s) %5ss CPU | timeline %5ss wall (fastest %s) %5ss CPU | timeline/version: wall %s, CPU %s\n" \
    "$label" "$vw" "$vmin" "$vc" "$tw" "$tmin" "$tc" \
    "$(awk -v a="$tw" -v b="$vw" 'BEGIN{printf "%.2fx", a/b}')" \
    "$(awk -v a="$tc" -v b="$vc" 'BEGIN{printf "%.2fx", a/b}')"
  rm -f "$v" "$t"
}

echo "$(java -version 2>&1 | head -1); $(nproc) cores; N=$N; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "plain"
if [ "${CDS:-0}" = 1 ]; then
  java -XX:ArchiveClassesAtExit="$JSA" -jar "$JAR" timeline >/dev/null 2>&1
  measure "AppCDS" -XX:SharedArchiveFile="$JSA"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
