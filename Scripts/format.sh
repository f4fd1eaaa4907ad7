#!/usr/bin/env bash
# Formats every Swift file in place with the repository's .swift-format settings.
set -euo pipefail
cd "$(dirname "$0")/.."
swift format format -i -r -p Package.swift Sources Tests "$@"
