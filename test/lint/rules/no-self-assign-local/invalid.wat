(module
  (func (export "f") (param $a i32) (result i32)
    local.get $a
    local.set $a
    (local.set $a (local.get $a))
    local.get $a))
