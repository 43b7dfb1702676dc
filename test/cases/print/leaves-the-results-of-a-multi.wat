(module
        (func $two (result i32 i32) i32.const 1 i32.const 2)
        (func (result i32) call $two i32.add))
