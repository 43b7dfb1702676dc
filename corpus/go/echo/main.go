// Arguments, environment, both output streams and the exit status: prints
// each argument and the variables named WATKIT_*, writes a line to stderr
// through os.Stderr and one through println (the runtime's own write), and
// exits with the status given by WATKIT_EXIT (0 when unset).
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

func main() {
	for i, arg := range os.Args[1:] {
		fmt.Printf("arg %d: %q\n", i+1, arg)
	}
	var vars []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "WATKIT_") {
			vars = append(vars, kv)
		}
	}
	sort.Strings(vars)
	for _, kv := range vars {
		fmt.Println("env", kv)
	}
	home, ok := os.LookupEnv("WATKIT_HOME")
	fmt.Printf("WATKIT_HOME=%q set=%v\n", home, ok)
	fmt.Fprintln(os.Stderr, "to stderr through os.Stderr")
	println("to stderr through println")
	code, _ := strconv.Atoi(os.Getenv("WATKIT_EXIT"))
	os.Exit(code)
}
