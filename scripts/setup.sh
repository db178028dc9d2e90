#!/usr/bin/env bash
# scripts/setup.sh [--tests] — install whatever Yaosu's build (and, with --tests,
# its tests) needs and is missing.
#
# Only Debian packages (apt-get) and, when a package.json asks for them, npm
# packages. Runs as root on a fresh Debian machine (or with sudo otherwise);
# does nothing when everything is already there.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Debian packages, each checked with dpkg.
#   cmake, ninja-build, g++        the native build (presets use Ninja)
#   nlohmann-json3-dev             JSON values
#   libgtest-dev, libgmock-dev     GoogleTest for the native tests
#   googletest                     GoogleTest sources, compiled for the wasm tests
#   emscripten                     the WebAssembly toolchain (brings clang/lld/binaryen and node-acorn)
packages=(cmake ninja-build g++ nlohmann-json3-dev libgtest-dev libgmock-dev googletest emscripten)
# Only the tests need these: they open the generated DOCX in LibreOffice, convert it to PDF and
# read its text back (poppler-utils' pdftotext), with CJK fonts so the Chinese text survives;
# and they drive the web app in Debian's Chromium (with playwright-core from npm). The sanitizer
# build (preset asan) is clang-16's, with its sanitizer runtimes (libclang-rt-16-dev) and libFuzzer for the
# fuzz targets; clang-format-16 checks
# the C++'s layout (scripts/format_cpp.sh).
if [[ "${1:-}" == "--tests" ]]; then
  packages+=(libreoffice-writer-nogui poppler-utils fonts-noto-cjk chromium clang-16 libclang-rt-16-dev libfuzzer-16-dev clang-format-16)
fi

installed() {
  dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed'
}

missing=()
for package in "${packages[@]}"; do
  installed "$package" || missing+=("$package")
done
# Node.js runs the wasm tests and the web server. Any node will do (Debian's
# nodejs or one already on the machine); npm only when a package.json needs it.
if ! command -v node >/dev/null 2>&1; then
  missing+=(nodejs)
fi
if [[ -f package.json ]] && ! command -v npm >/dev/null 2>&1; then
  missing+=(npm)
fi

if ((${#missing[@]} > 0)); then
  echo "setup: installing ${missing[*]}"
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then sudo=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  echo "setup: all packages present"
fi

# npm packages, for a package.json at the top (none yet).
if [[ -f package.json ]]; then
  if [[ -f package-lock.json ]]; then
    if [[ ! -d node_modules || package-lock.json -nt node_modules ]]; then npm ci --no-audit --no-fund; fi
  elif [[ ! -d node_modules || package.json -nt node_modules ]]; then
    npm install --no-audit --no-fund
  fi
fi

# Emscripten 3.1.6's JS optimizer needs Debian's acorn on NODE_PATH; check once
# here so a broken toolchain is reported before a long build.
if [[ ! -f /usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake ]]; then
  echo "setup: Emscripten's CMake toolchain file is missing (package emscripten)" >&2
  exit 1
fi
if [[ ! -d /usr/share/nodejs/acorn ]]; then
  echo "setup: /usr/share/nodejs/acorn is missing (package node-acorn)" >&2
  exit 1
fi
