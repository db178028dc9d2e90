#!/usr/bin/env bash
# scripts/format_cpp.sh [--check] — lay the C++ out with clang-format-16 (.clang-format:
# Google's style, 120 columns), or with --check only say which files it would change.
# Generated files (a "do not edit by hand" line at their top: the Unicode and IDNA
# tables) are left as their generators write them.
#
#   bash scripts/format_cpp.sh           reformat every tracked .cpp and .h
#   bash scripts/format_cpp.sh --check   exit 1 and list the files that are not laid out
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

formatter=clang-format-16
command -v "$formatter" >/dev/null || { echo "format_cpp: $formatter is missing (scripts/setup.sh --tests installs it)" >&2; exit 2; }

files=()
while IFS= read -r file; do
  head -n 5 "$file" | grep -qi "do not edit by hand" || files+=("$file")
done < <(git ls-files '*.cpp' '*.h')

if [[ "${1:-}" == --check ]]; then
  unformatted=()
  for file in "${files[@]}"; do
    "$formatter" --dry-run -Werror "$file" >/dev/null 2>&1 || unformatted+=("$file")
  done
  if ((${#unformatted[@]} > 0)); then
    printf 'format_cpp: not laid out by %s (run bash scripts/format_cpp.sh):\n' "$formatter" >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    exit 1
  fi
  echo "format_cpp: ${#files[@]} files laid out"
else
  "$formatter" -i "${files[@]}"
fi
