#!/usr/bin/env bash
# Rebuilds the compiler outputs of corpus/ from the sources beside them, and
# records in corpus/outputs.tsv what each output was built from (the SHA-256
# of its sources, the compiler and its flags), which the tests use to tell
# that an output is up to date with its sources.
#
# CI does not run this: the outputs are committed. Run it by hand after
# changing a source:   corpus/build.sh [c] [objects] [go] [assemblyscript] [rust]
# (no argument: everything).
#
# Needs (Debian bookworm; `apt-get install` as root):
#   c, objects      clang lld (LLVM 14: clang, wasm-ld), wasi-libc,
#                   libclang-rt-14-dev-wasm32 (compiler-rt builtins for wasm32)
#   go              golang-go (Go 1.19)
#   rust            rustc libstd-rust-dev-wasm32 (Debian's rustc 1.63 at
#                   /usr/bin/rustc; a rustup toolchain earlier in PATH is not
#                   used, since it has no wasm32 standard library here)
#   assemblyscript  the `assemblyscript` npm package, a devDependency with an
#                   exact version (`npm install` at the project root)
#
# The flags are fixed and no output carries the path of the checkout: C uses
# -fdebug-prefix-map, Rust --remap-path-prefix, Go -trimpath and an empty
# build ID. Debian's prebuilt wasi-libc and Rust standard library keep their
# own build paths (/usr/src/...), which are the same on every machine. Every
# compiler here gives the same bytes on every run.
set -euo pipefail

CORPUS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$CORPUS")"
MANIFEST="$CORPUS/outputs.tsv"
RUSTC=/usr/bin/rustc

die() {
  echo "build.sh: $*" >&2
  exit 1
}

need() {
  command -v "$1" >/dev/null 2>&1 || die "$1 not found; $2"
}

sha() {
  sha256sum "$1" | cut -d' ' -f1
}

# record OUTPUT COMPILER FLAGS SOURCE... — replaces OUTPUT's line of the manifest.
# Paths are relative to corpus/.
record() {
  local output="$1" compiler="$2" flags="$3"
  shift 3
  local sources=""
  for source in "$@"; do sources+="${sources:+ }$source:$(sha "$CORPUS/$source")"; done
  local line
  line="$(printf '%s\t%s\t%s\t%s\t%s\t%s' "$output" "$(stat -c %s "$CORPUS/$output")" "$(sha "$CORPUS/$output")" "$compiler" "$flags" "$sources")"
  local rest=""
  if [[ -f "$MANIFEST" ]]; then rest="$(tail -n +2 "$MANIFEST" | awk -F'\t' -v o="$output" '$1 != o')"; fi
  {
    printf 'output\tbytes\tsha256\tcompiler\tflags\tsources\n'
    { [[ -n "$rest" ]] && printf '%s\n' "$rest"; printf '%s\n' "$line"; } | sort
  } >"$MANIFEST.tmp"
  mv "$MANIFEST.tmp" "$MANIFEST"
  echo "built corpus/$output ($(stat -c %s "$CORPUS/$output") bytes)"
}

build_c() {
  need clang "apt-get install clang lld wasi-libc libclang-rt-14-dev-wasm32"
  need wasm-ld "apt-get install lld"
  [[ -f /usr/lib/wasm32-wasi/libc.a ]] || die "wasi-libc not found; apt-get install wasi-libc"
  local cc="$(clang --version | head -n 1)"
  cd "$CORPUS/c"
  # Relative source names and a mapped directory keep the checkout's path out of DWARF.
  local common=(-fdebug-prefix-map="$CORPUS/c=." -Wall -Wextra -Werror)

  # A freestanding library: no libc, no start function, exports only.
  local lib=(--target=wasm32 -nostdlib -ffreestanding -Wl,--no-entry)
  local flags=(-O2)
  clang "${common[@]}" "${lib[@]}" "${flags[@]}" -o mathlib.wasm mathlib.c
  record c/mathlib.wasm "$cc" "${lib[*]} ${flags[*]}" c/mathlib.c
  # The same, with SIMD, bulk memory, non-trapping conversions and sign extension on.
  flags=(-O3 -msimd128 -mbulk-memory -mnontrapping-fptoint -msign-ext)
  clang "${common[@]}" "${lib[@]}" "${flags[@]}" -o mathlib-simd.wasm mathlib.c
  record c/mathlib-simd.wasm "$cc" "${lib[*]} ${flags[*]}" c/mathlib.c

  # A WASI command linked with wasi-libc. Debian's libc.a carries DWARF of its
  # own: the optimised build drops it, the debug build keeps it beside ours.
  local wasi=(--target=wasm32-wasi --sysroot=/usr)
  flags=(-O2 -Wl,--strip-debug)
  clang "${common[@]}" "${wasi[@]}" "${flags[@]}" -o wc.wasm wc.c
  record c/wc.wasm "$cc" "${wasi[*]} ${flags[*]}" c/wc.c
  flags=(-O0 -g)
  clang "${common[@]}" "${wasi[@]}" "${flags[@]}" -o wc-debug.wasm wc.c
  record c/wc-debug.wasm "$cc" "${wasi[*]} ${flags[*]}" c/wc.c

  # A side module with a dylink.0 section. LLVM 14 makes position-independent
  # code for wasm32 only under the emscripten triple (for plain wasm32 it
  # ignores -fPIC); the code is freestanding, so no emscripten library is used.
  local pic=(--target=wasm32-unknown-emscripten -fPIC -fvisibility=default -O2 -c)
  local shared=(--experimental-pic -shared)
  clang "${common[@]}" "${pic[@]}" -o side.o side.c
  wasm-ld "${shared[@]}" -o side.wasm side.o
  rm side.o
  record c/side.wasm "$cc" "${pic[*]}; wasm-ld ${shared[*]}" c/side.c
}

# Relocatable object files (clang -c): the C programs above unoptimised,
# optimised and with DWARF, and a two-file program whose objects link with
# wasm-ld into a WASI command (the link and its output are the tests').
build_objects() {
  need clang "apt-get install clang lld wasi-libc libclang-rt-14-dev-wasm32"
  [[ -f /usr/lib/wasm32-wasi/libc.a ]] || die "wasi-libc not found; apt-get install wasi-libc"
  local cc="$(clang --version | head -n 1)"
  cd "$CORPUS/objects"
  local common=(-fdebug-prefix-map="$CORPUS=." -Wall -Wextra -Werror -c)
  local wasi=(--target=wasm32-wasi --sysroot=/usr)
  local lib=(--target=wasm32 -ffreestanding)
  clang "${common[@]}" "${wasi[@]}" -O0 -o wc-O0.o ../c/wc.c
  record objects/wc-O0.o "$cc" "${wasi[*]} -c -O0" c/wc.c
  clang "${common[@]}" "${wasi[@]}" -O2 -o wc-O2.o ../c/wc.c
  record objects/wc-O2.o "$cc" "${wasi[*]} -c -O2" c/wc.c
  clang "${common[@]}" "${wasi[@]}" -O0 -g -o wc-g.o ../c/wc.c
  record objects/wc-g.o "$cc" "${wasi[*]} -c -O0 -g" c/wc.c
  clang "${common[@]}" "${lib[@]}" -O2 -o mathlib.o ../c/mathlib.c
  record objects/mathlib.o "$cc" "${lib[*]} -c -O2" c/mathlib.c
  clang "${common[@]}" "${wasi[@]}" -O2 -o hook-main.o hook-main.c
  record objects/hook-main.o "$cc" "${wasi[*]} -c -O2" objects/hook-main.c
  clang "${common[@]}" "${wasi[@]}" -O2 -o hook-impl.o hook-impl.c
  record objects/hook-impl.o "$cc" "${wasi[*]} -c -O2" objects/hook-impl.c
}

# go_build PROG FLAGS...: corpus/go/PROG/PROG.wasm from the package there.
# No network (the programs have no dependencies), no cgo, no build ID, no paths.
go_build() {
  local prog="$1"
  shift
  (cd "$CORPUS/go/$prog" && GOOS=js GOARCH=wasm CGO_ENABLED=0 GO111MODULE=on GOPROXY=off GOFLAGS= \
    go build "$@" -o "$prog.wasm" .)
}

build_go() {
  need go "apt-get install golang-go"
  local gc="$(go version)"
  local flags=(-trimpath -ldflags=-buildid=)
  # Inside a git checkout Go stamps the commit into the binary unless told
  # not to; stdin is built stripped (-s: no name section), the others with names.
  local unstamped=(-buildvcs=false "${flags[@]}")
  local stripped=(-buildvcs=false -trimpath "-ldflags=-s -buildid=")
  local prog
  go_build hello "${flags[@]}"
  for prog in echo files clock panic jscall; do go_build "$prog" "${unstamped[@]}"; done
  go_build stdin "${stripped[@]}"
  record go/hello/hello.wasm "$gc" "GOOS=js GOARCH=wasm ${flags[*]}" go/hello/main.go go/hello/go.mod
  record go/echo/echo.wasm "$gc" "GOOS=js GOARCH=wasm ${unstamped[*]}" go/echo/main.go go/echo/go.mod
  record go/files/files.wasm "$gc" "GOOS=js GOARCH=wasm ${unstamped[*]}" go/files/main.go go/files/go.mod
  record go/clock/clock.wasm "$gc" "GOOS=js GOARCH=wasm ${unstamped[*]}" go/clock/main.go go/clock/go.mod
  record go/panic/panic.wasm "$gc" "GOOS=js GOARCH=wasm ${unstamped[*]}" go/panic/main.go go/panic/go.mod
  record go/jscall/jscall.wasm "$gc" "GOOS=js GOARCH=wasm ${unstamped[*]}" go/jscall/main.go go/jscall/go.mod
  record go/stdin/stdin.wasm "$gc" "GOOS=js GOARCH=wasm ${stripped[*]}" go/stdin/main.go go/stdin/go.mod
  # What each program does under Node with Go's own wasm_exec.js: the go-wasi tests' expectations.
  node "$CORPUS/go/record.mjs"
}

build_assemblyscript() {
  local asc="$ROOT/node_modules/.bin/asc"
  [[ -x "$asc" ]] || die "asc not found; run npm install at the project root"
  local version="assemblyscript $("$asc" --version | sed 's/^Version //')"
  cd "$CORPUS/assemblyscript"
  local flags=(--optimizeLevel 3 --shrinkLevel 0 --noAssert)
  "$asc" primes.ts "${flags[@]}" -o primes.wasm
  record assemblyscript/primes.wasm "$version" "${flags[*]}" assemblyscript/primes.ts
  # --debug keeps the name section and skips optimisation.
  flags=(--debug)
  "$asc" primes.ts "${flags[@]}" -o primes-debug.wasm
  record assemblyscript/primes-debug.wasm "$version" "${flags[*]}" assemblyscript/primes.ts
}

build_rust() {
  [[ -x "$RUSTC" ]] || die "$RUSTC not found; apt-get install rustc libstd-rust-dev-wasm32"
  local version="$("$RUSTC" --version)"
  cd "$CORPUS/rust"
  local flags=(--edition 2021 --target wasm32-unknown-unknown --crate-type cdylib -C opt-level=2 -C panic=abort -C strip=debuginfo)
  "$RUSTC" "${flags[@]}" --remap-path-prefix="$CORPUS/rust=." -o words.wasm words.rs
  record rust/words.wasm "$version" "${flags[*]}" rust/words.rs
}

targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(c objects go assemblyscript rust)
for target in "${targets[@]}"; do
  case "$target" in
    c) build_c ;;
    objects) build_objects ;;
    go) build_go ;;
    assemblyscript) build_assemblyscript ;;
    rust) build_rust ;;
    *) die "unknown target $target (known: c objects go assemblyscript rust)" ;;
  esac
done
