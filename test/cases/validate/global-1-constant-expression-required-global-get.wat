(module (global $g (mut i32) (i32.const 0)) (global i32 (global.get $g)))
