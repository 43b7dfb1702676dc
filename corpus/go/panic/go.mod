module watkit.invalid/corpus/panic

go 1.19
