// A program that calls JavaScript beyond what Go's standard library uses:
// it looks up the browser's document and calls a method of it. Under Node
// with wasm_exec.js there is no document either; after go-wasi the program
// stops with a message naming the member it reached.
package main

import (
	"fmt"
	"syscall/js"
)

func main() {
	fmt.Println("looking for the page title")
	title := js.Global().Get("document").Call("querySelector", "title")
	fmt.Println(title.Get("textContent").String())
}
