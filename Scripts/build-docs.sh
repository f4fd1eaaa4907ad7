#!/usr/bin/env bash
# Builds the DocC documentation of every module that has a catalog (Sources/<Module>/*.docc),
# without the swift-docc-plugin, which would be a dependency. Warnings are errors, so a
# broken ``Symbol`` or <doc:Article> link fails the build.
#
#   Scripts/build-docs.sh              every module with a catalog
#   Scripts/build-docs.sh Micrograd    only the modules named
#
# Output: .build/docs/<Module>.doccarchive, a static website. To browse it, serve the
# archive folder, e.g. `python3 -m http.server --directory .build/docs/Micrograd.doccarchive`,
# and open http://localhost:8000/documentation/micrograd/.
set -euo pipefail
cd "$(dirname "$0")/.."

docs=.build/docs
# A scratch path of its own: the symbol-graph flags would otherwise invalidate the
# ordinary debug build in .build, and the next `swift build` would start over.
scratch=$docs/scratch
graphs=$scratch/symbol-graphs

modules=("$@")
if ((${#modules[@]} == 0)); then
  for catalog in Sources/*/*.docc; do
    [[ -d "$catalog" ]] && modules+=("$(basename "$(dirname "$catalog")")")
  done
fi
if ((${#modules[@]} == 0)); then
  echo "error: no documentation catalogs (Sources/<Module>/*.docc) found" >&2
  exit 1
fi

# Builds a module and writes its symbol graphs (and those of its dependencies) to $graphs;
# prints the build's last line, or all of it if the build fails.
build_symbol_graphs() {
  mkdir -p "$docs"
  if ! swift build --scratch-path "$scratch" --target "$1" \
    -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$graphs" \
    -Xswiftc -emit-extension-block-symbols >"$docs/build.log" 2>&1; then
    cat "$docs/build.log"
    return 1
  fi
  tail -n 1 "$docs/build.log"
}

for module in "${modules[@]}"; do
  start=$SECONDS
  catalogs=(Sources/"$module"/*.docc)
  if [[ ! -d "${catalogs[0]}" ]]; then
    echo "error: $module has no documentation catalog in Sources/$module" >&2
    exit 1
  fi

  echo "==> $module: symbol graph"
  build_symbol_graphs "$module"
  if [[ ! -f "$graphs/$module.symbols.json" ]]; then
    # The build was up to date but the graphs are gone: build again from scratch.
    rm -rf "$scratch"
    build_symbol_graphs "$module"
  fi
  # Only this module's graphs: a dependency's graphs would add a second module.
  rm -rf "$docs/graphs/$module"
  mkdir -p "$docs/graphs/$module"
  cp "$graphs/$module.symbols.json" "$docs/graphs/$module/"
  for extension in "$graphs/$module"@*.symbols.json; do
    [[ -f "$extension" ]] && cp "$extension" "$docs/graphs/$module/"
  done

  echo "==> $module: docc convert ${catalogs[0]}"
  rm -rf "$docs/$module.doccarchive"
  docc convert "${catalogs[0]}" \
    --additional-symbol-graph-dir "$docs/graphs/$module" \
    --fallback-display-name "$module" \
    --fallback-bundle-identifier "org.swift-micrograd.$module" \
    --output-path "$docs/$module.doccarchive" \
    --warnings-as-errors
  echo "==> $module: $docs/$module.doccarchive ($((SECONDS - start)) s)"
done
