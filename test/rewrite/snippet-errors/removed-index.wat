;; --pass replace-import=gojs.b=stub,gojs.*=@%s
(func $gojs.a (param i32))
(func (export "probe") (param i32) (call 1 (local.get 0)))
