(module
  (func (export "f") (param i32) (result i32)
    (block $b
      br $b
      nop
      nop)
    i32.const 1
    return
    ;; kept: a comment is never deleted by a fix
    drop
    i32.const 2)
  (func (export "g") (result i32)
    (unreachable)
    (i32.const 3)))
