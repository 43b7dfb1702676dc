module watkit.invalid/corpus/hello

go 1.19
