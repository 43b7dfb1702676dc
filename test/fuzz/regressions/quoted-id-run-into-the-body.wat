(module(func $"a"nop)(func $"\\t"try_table end))
