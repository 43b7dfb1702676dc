// A hello world for GOOS=js GOARCH=wasm: the smallest real Go program, with
// the whole Go runtime (scheduler, garbage collector, fmt) behind it. It greets
// the name given as its first argument, or "watkit" when there is none, and
// exits with status 0. Under Go's wasm_exec.js the output goes through the
// imports of module "go" (runtime.wasmWrite, runtime.wasmExit; Go 1.21 and
// later name that module "gojs"), the part that a later rewrite replaces with
// WASI calls.
package main

import (
	"fmt"
	"os"
)

func main() {
	name := "watkit"
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	fmt.Printf("Hello, %s!\n", name)
}
