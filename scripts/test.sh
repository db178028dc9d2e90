#!/usr/bin/env bash
# scripts/test.sh — install what is missing, build every preset and run every test:
#   native  GoogleTest unit + conformance tests
#   wasm    the same tests compiled to wasm under Node, and the Embind bundle's
#           Node tests (tests/wasm/bindings.test.mjs)
#   asan    the tests under AddressSanitizer + UndefinedBehaviorSanitizer (clang-16),
#           and every fuzz target for a few seconds on its seed corpus (fuzz/)
#   style   the JavaScript's layout (Prettier) and lint (ESLint), first: `npm run
#           format:check` and `npm run lint` (package.json); the C++'s layout
#           (clang-format-16): `bash scripts/format_cpp.sh --check`
# Prints a summary and exits non-zero if any check, build or test failed. CI=true is
# passed through to the tests (a missing conformance suite then fails).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

start_time=$SECONDS
bash scripts/setup.sh --tests

export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:${NODE_PATH}}"
echo "test: CI=${CI:-<unset>}"
logs=build/test-logs
mkdir -p "$logs"

presets=(native wasm asan)
declare -A status
total_passed=0
total_failed=0
failed=0

# The JavaScript's layout and lint: seconds, so before the builds; a failure is
# reported in the summary with the command that mends it, and the tests still run.
style_problems=()
if ! npm run --silent format:check 2>&1 | tee "$logs/format.log"; then
  style_problems+=("formatting: run 'npm run format' and commit the result (log $logs/format.log)")
fi
if ! npm run --silent lint 2>&1 | tee "$logs/lint.log"; then
  style_problems+=("lint: run 'npm run lint', fix what it lists ('npm run lint -- --fix' mends some) (log $logs/lint.log)")
fi
if ! bash scripts/format_cpp.sh --check 2>&1 | tee "$logs/format_cpp.log"; then
  style_problems+=("C++ layout: run 'bash scripts/format_cpp.sh' and commit the result (log $logs/format_cpp.log)")
fi
if ((${#style_problems[@]} > 0)); then
  failed=1
  total_failed=$((total_failed + ${#style_problems[@]}))
  for problem in "${style_problems[@]}"; do echo "test: STYLE FAILED: $problem" >&2; done
fi

for preset in "${presets[@]}"; do
  preset_start=$SECONDS
  if ! bash scripts/build.sh "$preset" 2>&1 | tee "$logs/$preset-build.log"; then
    status[$preset]="BUILD FAILED (see $logs/$preset-build.log)"
    failed=1
    continue
  fi
  set +e
  ctest --preset "$preset" 2>&1 | tee "$logs/$preset-test.log"
  rc=${PIPESTATUS[0]}
  set -e
  # ctest's closing line: "NN% tests passed, F tests failed out of T".
  line=$(grep -E '[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$logs/$preset-test.log" | tail -1 || true)
  if [[ -n "$line" ]]; then
    f=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
    t=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\2/' <<<"$line")
    total_passed=$((total_passed + t - f))
    total_failed=$((total_failed + f))
    summary="$((t - f))/$t ctest tests passed"
  else
    summary="no ctest summary"
  fi
  elapsed=$((SECONDS - preset_start))
  if ((rc == 0)); then
    status[$preset]="ok: $summary (${elapsed}s)"
  else
    status[$preset]="FAILED (ctest exit $rc): $summary (${elapsed}s, log $logs/$preset-test.log)"
    failed=1
    if [[ -z "$line" ]]; then total_failed=$((total_failed + 1)); fi
  fi
done

echo
echo "== test summary (CI=${CI:-<unset>}, $((SECONDS - start_time))s)"
if ((${#style_problems[@]} == 0)); then
  echo "  style: ok (npm run format:check, npm run lint, scripts/format_cpp.sh --check)"
else
  for problem in "${style_problems[@]}"; do echo "  style: FAILED $problem"; done
fi
for preset in "${presets[@]}"; do
  echo "  $preset: ${status[$preset]}"
  if [[ ${status[$preset]} == BUILD* ]]; then total_failed=$((total_failed + 1)); fi
done
echo "tests: ${total_passed} passed, ${total_failed} failed"
exit "$failed"
