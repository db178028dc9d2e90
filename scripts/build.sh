#!/usr/bin/env bash
# scripts/build.sh [PRESET...] — configure and build with CMake presets.
#
#   scripts/build.sh              native + wasm (the default)
#   scripts/build.sh asan         any of: native wasm asan
#   scripts/build.sh app          only what the web app needs: the wasm engine (no test
#                                 suites, no native CLI), then build/web — what start.sh runs
#
# After a wasm build the web app is assembled in build/web/ (web/ sources plus
# yaosu.js and yaosu.wasm in engine/), which scripts/start.sh serves.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Emscripten's JS optimizer finds Debian's acorn through NODE_PATH.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:${NODE_PATH}}"

# write_precache_list DIR: DIR/precache.js names every file the service worker
# (web/sw.js) stores for offline use, with a version that changes with them.
write_precache_list() {
  local dir="$1" files version
  files=$(cd "$dir" && find . -type f ! -name sw.js ! -name precache.js ! -name package.json | sed 's|^\./||' | LC_ALL=C sort)
  version=$(cd "$dir" && echo "$files" | xargs sha256sum | sha256sum | cut -c1-16)
  {
    echo "// Written by scripts/build.sh: what web/sw.js stores for offline use."
    echo "self.YAOSU_PRECACHE = {"
    echo "  version: '${version}',"
    echo "  files: ["
    echo "$files" | sed "s|.*|    './&',|"
    echo "  ],"
    echo "};"
  } > "$dir/precache.js"
}

presets=("$@")
if ((${#presets[@]} == 0)); then presets=(native wasm); fi

for preset in "${presets[@]}"; do
  targets=()
  case "$preset" in
    native | wasm | asan) ;;
    app) preset=wasm; targets=(--target yaosu_wasm) ;;
    *) echo "build: unknown preset '$preset' (native, wasm, asan, app)" >&2; exit 2 ;;
  esac
  echo "== build: $preset ${targets[*]}"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j2 "${targets[@]}"
  if [[ "$preset" == wasm ]]; then
    rm -rf build/web
    mkdir -p build/web
    # Every page, script and style of web/ and its folders, where they are (not the
    # READMEs or the dev server), the words the form shows (schemas/ui/), the draft file format
    # (schemas/draft/), and the engine.
    (cd web && find . -type f \( -name '*.html' -o -name '*.js' -o -name '*.css' -o -name '*.webmanifest' \) \
      -exec cp --parents {} ../build/web/ \;)
    mkdir -p build/web/schemas/ui build/web/schemas/draft
    cp schemas/ui/*.json build/web/schemas/ui/ 2>/dev/null || true
    cp schemas/draft/*.json build/web/schemas/draft/ # the draft file format, read by the engine's worker
    # The engine beside the workers that load it (web/engine/worker.js, web/validator/validator_worker.js);
    # web/package.json says its scripts are ES modules, for the build's scripts below that load it in Node.
    cp build/wasm/wasm/yaosu.js build/wasm/wasm/yaosu.wasm build/web/engine/
    cp web/package.json build/web/
    # Each case type's files apart from the engine, fetched when the page names one, and the list of forms.
    node web/server/form_bundles.mjs schemas build/web/forms
    node --no-experimental-fetch web/server/form_index.mjs build/web/engine/yaosu.js schemas build/web/forms/index.json
    write_precache_list build/web
    # Brotli and gzip copies beside each file, sent by the server where the browser accepts them.
    node web/server/precompress.mjs build/web
    raw=$(stat -c %s build/web/engine/yaosu.wasm)
    br=$(stat -c %s build/web/engine/yaosu.wasm.br)
    gz=$(stat -c %s build/web/engine/yaosu.wasm.gz)
    echo "build: web app in build/web/ (yaosu.wasm: ${raw} bytes, ${br} with brotli, ${gz} gzipped)"
  fi
done
