module watkit.invalid/corpus/jscall

go 1.19
