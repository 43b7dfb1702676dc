(module
  (func (export "f") (param i32) (result i32)
    (block $b
      br $b)
    i32.const 1
    return
    ;; kept: a comment is never deleted by a fix
)
  (func (export "g") (result i32)
    (unreachable)))
