module watkit.invalid/corpus/clock

go 1.19
