(module(func(block $(nop))(block $""(nop))))
