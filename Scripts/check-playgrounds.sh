#!/usr/bin/env bash
# Compiles and runs every playground page, in the order of its contents.xcplayground, and
# fails if a page does not compile (warnings count) or stops (a failed check crashes it).
#
# Linux has no Xcode, so each page's Contents.swift is compiled as a program against the
# package's library modules: every library target is built in debug and its object files
# are linked in, so a page may import any of them (Micrograd, MicrogradNN, ...).
#
#   Scripts/check-playgrounds.sh        one line per page: PASS or FAIL, and the time
#   Scripts/check-playgrounds.sh -v     also print what each page prints
set -euo pipefail
cd "$(dirname "$0")/.."

verbose=false
if [[ "${1:-}" == "-v" || "${1:-}" == "--verbose" ]]; then verbose=true; fi

# The library targets, from `swift package describe` (no jq: CI has only the toolchain).
libraries=$(swift package describe | awk '
  /^Targets:/ { inTargets = 1 }
  inTargets && /^    Name: / { name = $2 }
  inTargets && /^    Type: library$/ { print name }')
if [[ -z "$libraries" ]]; then
  echo "error: no library targets found by 'swift package describe'" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The time in seconds, with decimals where the shell has them (bash 5).
now() { echo "${EPOCHREALTIME:-$(date +%s)}"; }
# Where coreutils exist: stop a page stuck for 5 minutes, and flush each line it prints,
# so that a failed page's log shows everything printed before the failure.
run=()
if command -v timeout >/dev/null; then run+=(timeout 300); fi
if command -v stdbuf >/dev/null; then run+=(stdbuf -oL); fi

echo "==> Building the library targets (debug): $(echo $libraries)"
for library in $libraries; do
  if ! swift build --target "$library" >"$work/build.log" 2>&1; then
    cat "$work/build.log"
    exit 1
  fi
  tail -n 1 "$work/build.log"
done
bin=$(swift build --show-bin-path)
objects=()
for library in $libraries; do
  objects+=("$bin/$library.build/"*.o)
done

failures=0
for playground in Playgrounds/*.playground; do
  # Page names in order, from lines such as <page name='01-Derivative'/>.
  pages=()
  while IFS= read -r page; do pages+=("$page"); done < <(
    sed -n "s/.*<page name=['\"]\([^'\"]*\)['\"].*/\1/p" "$playground/contents.xcplayground")

  # Every page on disk must be listed, and every listed page must exist. (Not grep -q:
  # it may exit at the first match, before printf has written every name, and printf's
  # SIGPIPE then fails the pipeline under pipefail.)
  for dir in "$playground"/Pages/*.xcplaygroundpage; do
    name=$(basename "$dir" .xcplaygroundpage)
    if ! printf '%s\n' "${pages[@]}" | grep -xF "$name" >/dev/null; then
      echo "FAIL  $name: not listed in $playground/contents.xcplayground"
      failures=$((failures + 1))
    fi
  done

  echo "==> $playground (${#pages[@]} pages)"
  for page in "${pages[@]}"; do
    source="$playground/Pages/$page.xcplaygroundpage/Contents.swift"
    if [[ ! -f "$source" ]]; then
      echo "FAIL  $page: $source does not exist"
      failures=$((failures + 1))
      continue
    fi
    if ! head -n 1 "$source" | grep -qE '^//: .*\(@(previous|next)\)'; then
      echo "FAIL  $page: the first line must be the navigation, //: [Previous](@previous) | ..."
      failures=$((failures + 1))
      continue
    fi

    start=$(now)
    dir="$work/$page"
    mkdir -p "$dir"
    # A lone source file is compiled as a main.swift would be; compiling it in place keeps
    # its real path in error messages.
    if ! swiftc -swift-version 6 -warnings-as-errors -module-name Page -I "$bin/Modules" \
      "${objects[@]}" "$source" -o "$dir/page" >"$dir/compile.log" 2>&1; then
      echo "FAIL  $page: does not compile"
      sed 's/^/      /' "$dir/compile.log"
      failures=$((failures + 1))
      continue
    fi
    # A failed check stops the page with its message; the crash report adds nothing.
    # (The braces keep the shell's own "Illegal instruction" notice out of the log.)
    if ! { (cd "$dir" && SWIFT_BACKTRACE=enable=no "${run[@]}" ./page) >"$dir/run.log" 2>&1; } \
      2>/dev/null; then
      echo "FAIL  $page: stopped with an error"
      sed 's/^/      /' "$dir/run.log"
      failures=$((failures + 1))
      continue
    fi
    seconds=$(echo "$start $(now)" | awk '{ printf "%.1f", $2 - $1 }')
    echo "PASS  $page (${seconds} s)"
    if $verbose; then sed 's/^/      /' "$dir/run.log"; fi
  done
done

if ((failures > 0)); then
  echo "$failures playground page(s) failed"
  exit 1
fi
echo "All playground pages passed"
