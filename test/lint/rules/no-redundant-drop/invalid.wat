(module
  (global $g i32 (i32.const 0))
  (func (export "f") (param $p i32)
    (drop (i32.const 1))
    local.get $p
    drop
    (drop (global.get $g))))
