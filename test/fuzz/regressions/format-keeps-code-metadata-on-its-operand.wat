(module(memory 0)(func(select(@metadata.code.d)(i32.const 2))(drop)))
