// Files in a directory given as the first argument: creates, writes,
// appends, reads, lists, stats, renames and removes files and directories,
// and reports the errors a missing file gives. Prints only names relative to
// that directory, so the output does not depend on where it is.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func check(what string, err error) {
	if err != nil {
		fmt.Printf("%s: %v\n", what, err)
		os.Exit(1)
	}
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: files DIR")
		os.Exit(2)
	}
	root := os.Args[1]
	at := func(name string) string { return filepath.Join(root, name) }

	check("mkdir", os.Mkdir(at("work"), 0o755))
	check("mkdir sub", os.MkdirAll(at("work/sub/deeper"), 0o755))
	check("write", os.WriteFile(at("work/a.txt"), []byte("first line\n"), 0o644))

	f, err := os.OpenFile(at("work/a.txt"), os.O_APPEND|os.O_WRONLY, 0)
	check("open append", err)
	_, err = f.WriteString("second line\n")
	check("append", err)
	check("close", f.Close())

	data, err := os.ReadFile(at("work/a.txt"))
	check("read", err)
	fmt.Printf("a.txt has %d bytes: %q\n", len(data), data)

	info, err := os.Stat(at("work/a.txt"))
	check("stat", err)
	fmt.Printf("stat a.txt: size %d, dir %v, regular %v\n", info.Size(), info.IsDir(), info.Mode().IsRegular())
	info, err = os.Stat(at("work/sub"))
	check("stat sub", err)
	fmt.Printf("stat sub: dir %v\n", info.IsDir())

	check("rename", os.Rename(at("work/a.txt"), at("work/b.txt")))
	check("write c", os.WriteFile(at("work/sub/c.txt"), []byte("c"), 0o644))

	entries, err := os.ReadDir(at("work"))
	check("readdir", err)
	for _, e := range entries {
		fmt.Printf("entry %s dir=%v\n", e.Name(), e.IsDir())
	}

	err = filepath.WalkDir(at("work"), func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		fmt.Println("walk", rel)
		return nil
	})
	check("walk", err)

	f, err = os.Open(at("work/b.txt"))
	check("open", err)
	buf := make([]byte, 5)
	n, err := f.ReadAt(buf, 6)
	check("readat", err)
	fmt.Printf("readat: %q\n", buf[:n])
	off, err := f.Seek(-5, 2)
	check("seek", err)
	n, _ = f.Read(buf)
	fmt.Printf("seek to %d, read %q\n", off, buf[:n])
	check("close b", f.Close())

	_, err = os.ReadFile(at("missing.txt"))
	fmt.Println("missing:", errors.Is(err, fs.ErrNotExist))
	err = os.Remove(at("work"))
	fmt.Println("remove non-empty fails:", err != nil)

	check("remove b", os.Remove(at("work/b.txt")))
	check("remove all", os.RemoveAll(at("work")))
	_, err = os.Stat(at("work"))
	fmt.Println("gone:", errors.Is(err, fs.ErrNotExist))
}
