// Standard input: reads lines until end of input and prints each with its
// number and length, then the totals. Built stripped (no name section), so
// the rewrite finds what it needs through exports and imports alone.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	lines, bytes := 0, 0
	for scanner.Scan() {
		lines++
		bytes += len(scanner.Text())
		fmt.Printf("%d: %s (%d)\n", lines, strings.ToUpper(scanner.Text()), len(scanner.Text()))
	}
	if err := scanner.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "read:", err)
		os.Exit(1)
	}
	fmt.Printf("%d lines, %d bytes\n", lines, bytes)
}
