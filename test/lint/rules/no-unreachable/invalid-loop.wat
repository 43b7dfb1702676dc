(module
  (func (export "spin") (result i32)
    (loop $forever
      br $forever)
    i32.const 0)
  (func (export "both") (param i32) (result i32)
    (block $b
      (if (local.get 0)
        (then (return (i32.const 1)))
        (else (unreachable))))
    i32.const 2))
