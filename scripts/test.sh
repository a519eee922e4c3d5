#!/usr/bin/env bash
# Runs every test: sets everything up (scripts/bootstrap.sh), then the lit
# suite and the unit tests, and prints the totals.
set -uo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh || exit 1
cmake --build build -j2 --target mlir-doc >/dev/null || exit 1
exec ./scripts/run-suites.sh build
