#!/usr/bin/env bash
# scripts/start.sh — install what is missing, build native + wasm, and serve the
# web app on http://127.0.0.1:8080 (PORT=... to change). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
bash scripts/build.sh native wasm

port="${PORT:-8080}"
echo "start: Yaosu on http://127.0.0.1:${port}/"
exec node web/server/server.mjs --root build/web --host 127.0.0.1 --port "$port"
