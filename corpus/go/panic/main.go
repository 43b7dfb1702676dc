// A panic out of main after some output: Go prints the panic value and the
// goroutine's stack to stderr and exits with status 2. With the argument
// "deadlock" it instead blocks forever, which Go reports as a deadlock.
package main

import (
	"fmt"
	"os"
)

type config struct{ name string }

func load(name string) *config {
	if name == "" {
		return nil
	}
	return &config{name}
}

func main() {
	fmt.Println("before the panic")
	if len(os.Args) > 1 && os.Args[1] == "deadlock" {
		select {}
	}
	var names []string
	fmt.Println(load("x").name, len(names))
	panic(fmt.Sprintf("index %d out of range", 7))
}
