#!/usr/bin/env bash
# scripts/start.sh — install what is missing, build what the web app needs (the
# wasm engine only: no test suites, no native CLI), and serve the web app on
# http://127.0.0.1:8080 (PORT=... to change). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
bash scripts/build.sh app

port="${PORT:-8080}"
echo "start: Yaosu on http://127.0.0.1:${port}/"
exec node web/server/server.mjs --root build/web --host 127.0.0.1 --port "$port"
