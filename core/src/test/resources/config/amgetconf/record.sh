#!/bin/sh
# Records what Debian's amanda 3.5.1 amgetconf prints for each parameter listed in
# PARAMS_FILE, run on the configuration in CONFIG_DIR (amgetconf reads the current directory
# when given "." as the configuration; the directory's name becomes the configuration name).
# Output: one line per parameter, "PARAMETER<TAB>EXIT-STATUS<TAB>OUTPUT", with the newlines
# of OUTPUT written as \n. OUTPUT is what amgetconf printed on stdout when it succeeded, on
# stderr when it failed (warnings on stderr of a success are left out).
# Usage: record.sh CONFIG_DIR PARAMS_FILE [--client] > expected.tsv
dir=$1; params=$2; shift 2
params=$(cd "$(dirname "$params")" && pwd)/$(basename "$params")
cd "$dir" || exit 1
while IFS= read -r p; do
  [ -z "$p" ] && continue
  err=$(mktemp)
  out=$(amgetconf "$@" . "$p" 2>"$err"); rc=$?
  [ "$rc" -ne 0 ] && out=$(cat "$err")
  rm -f "$err"
  printf '%s\t%s\t%s\n' "$p" "$rc" "$(printf '%s' "$out" | sed ':a;N;$!ba;s/\n/\\n/g')"
done < "$params"
