(module (memory 1) (func i32.const 0 i32.atomic.load align=1 drop))
