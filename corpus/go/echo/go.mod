module watkit.invalid/corpus/echo

go 1.19
