;; Items of whole functions, anywhere in their headers (offset 0 of the
;; body, the start of the local declarations), beside items of instructions.
(module
  (func $f (@metadata.code.hot "\01") (param i32) (local i64)
    (@metadata.code.hot "\02")
    nop)
  (func (export "g") (@metadata.code.hot "\03") (@metadata.code.cold "x") (result i32)
    (@metadata.code.cold "y")
    i32.const 0)
  (func (@metadata.code.cold "z") (type 0)))
