// Time and concurrency: sleeps, timers, a ticker, goroutines exchanging
// values over channels, a select with a timeout, and crypto/rand. Prints only
// what does not vary between runs (orderings the program enforces, and
// whether measured durations reach what was asked).
package main

import (
	"crypto/rand"
	"fmt"
	"sort"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("slept at least 30ms:", time.Since(start) >= 30*time.Millisecond)

	fmt.Println("wall clock after 2020:", time.Now().Year() >= 2020)

	results := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			time.Sleep(time.Duration(4-n) * 10 * time.Millisecond)
			results <- n * n
		}(i)
	}
	go func() { wg.Wait(); close(results) }()
	var squares []int
	for r := range results {
		squares = append(squares, r)
	}
	sort.Ints(squares)
	fmt.Println("squares", squares)

	timer := time.NewTimer(20 * time.Millisecond)
	stopped := time.NewTimer(time.Hour)
	fmt.Println("stop long timer:", stopped.Stop())
	<-timer.C
	fmt.Println("timer fired")

	ticker := time.NewTicker(5 * time.Millisecond)
	ticks := 0
	for range ticker.C {
		ticks++
		if ticks == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks", ticks)

	never := make(chan struct{})
	select {
	case <-never:
		fmt.Println("impossible")
	case <-time.After(15 * time.Millisecond):
		fmt.Println("select timed out")
	}

	done := make(chan string)
	time.AfterFunc(10*time.Millisecond, func() { done <- "afterfunc ran" })
	fmt.Println(<-done)

	key := make([]byte, 32)
	n, err := rand.Read(key)
	zero := true
	for _, b := range key {
		zero = zero && b == 0
	}
	fmt.Println("random bytes:", n, err, "all zero:", zero)
	fmt.Println("total at least 100ms:", time.Since(start) >= 100*time.Millisecond)
}
