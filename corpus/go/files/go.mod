module watkit.invalid/corpus/files

go 1.19
