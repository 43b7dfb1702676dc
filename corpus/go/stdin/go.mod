module watkit.invalid/corpus/stdin

go 1.19
