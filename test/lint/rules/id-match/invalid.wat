;; options: [{"pattern": "^[a-z][a-z_]*$"}]
(module
  (func $AddOne (param $Value i32) (result i32)
    (block $done2 (result i32)
      (i32.add (local.get $Value) (i32.const 1)))))
