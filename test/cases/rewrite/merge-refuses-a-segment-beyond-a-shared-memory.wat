;; passes: merge=self=app,lib=files/user-at-65534.wat,export=app.run,export=lib.f
(module (memory (export "memory") 1) (data (i32.const 16) "owner's data") (func (export "run")))
