(func $slow (param i32) (result i32) (i32.sub (local.get 0) (i32.const 1)))
