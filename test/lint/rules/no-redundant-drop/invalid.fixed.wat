(module
  (global $g i32 (i32.const 0))
  (func (export "f") (param $p i32)))
