(module
  (func (export "f") (param $p i32) (result i32)
    (local $x i32)
    ;; the first value is overwritten before any read, but $x is read:
    ;; dead stores are reported only with the deadStores option
    (local.set $x (i32.const 1))
    (local.set $x (local.get $p))
    (local.get $x)))
