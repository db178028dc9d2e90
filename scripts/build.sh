#!/usr/bin/env bash
# scripts/build.sh [PRESET...] — configure and build with CMake presets.
#
#   scripts/build.sh              native + wasm (the default)
#   scripts/build.sh asan         any of: native wasm asan
#
# After a wasm build the web app is assembled in build/web/ (web/ sources plus
# yaosu.js and yaosu.wasm), which scripts/start.sh serves.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Emscripten's JS optimizer finds Debian's acorn through NODE_PATH.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:${NODE_PATH}}"

presets=("$@")
if ((${#presets[@]} == 0)); then presets=(native wasm); fi

for preset in "${presets[@]}"; do
  case "$preset" in
    native | wasm | asan) ;;
    *) echo "build: unknown preset '$preset' (native, wasm, asan)" >&2; exit 2 ;;
  esac
  echo "== build: $preset"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j2
  if [[ "$preset" == wasm ]]; then
    rm -rf build/web
    mkdir -p build/web
    cp web/index.html web/app.js web/worker.js web/style.css build/web/
    cp build/wasm/wasm/yaosu.js build/wasm/wasm/yaosu.wasm build/web/
    raw=$(stat -c %s build/web/yaosu.wasm)
    gz=$(gzip -9 -c build/web/yaosu.wasm | wc -c)
    echo "build: web app in build/web/ (yaosu.wasm: ${raw} bytes, ${gz} gzipped)"
  fi
done
