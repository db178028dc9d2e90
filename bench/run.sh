#!/usr/bin/env bash
# bash bench/run.sh — the benchmark suite in one command (bench/README.md):
# builds what it needs, then bench/run.mjs writes the corpus, times Yaosu native,
# Yaosu wasm in Node and ajv on it, `yaosu verify`, the page weight and the form
# in Chromium, and prints the Markdown table (also in build/bench-results/). It
# reports; it never fails on a slow figure, and it is not part of scripts/test.sh or CI.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# What is missing first: the test packages (Chromium for the form's timings) and npm's (ajv).
bash scripts/setup.sh --tests

# A Release build of the CLI and the corpus driver, apart from the presets' builds.
nice -n 10 cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DYAOSU_BUILD_BENCH=ON -DYAOSU_BUILD_TESTS=OFF -DCMAKE_UNITY_BUILD=ON >/dev/null
nice -n 10 cmake --build build/bench -j2 --target yaosu yaosu_corpus_bench

# The wasm engine and build/web: built only when missing (about 10 minutes);
# YAOSU_WASM_JS may name another build's yaosu.js instead.
if [[ -z "${YAOSU_WASM_JS:-}" && ! -f build/wasm/wasm/yaosu.js ]]; then
  echo "bench: build/wasm/wasm/yaosu.js is missing; building the wasm engine and build/web (scripts/build.sh app)" >&2
  nice -n 10 bash scripts/build.sh app
fi

# ajv and ajv-formats are dev dependencies (package.json), installed by setup.sh above.
if [[ ! -f node_modules/ajv/dist/2020.js || ! -d node_modules/ajv-formats ]]; then
  echo "bench: ajv is missing from node_modules (npm ci)" >&2
  exit 2
fi

node bench/run.mjs
