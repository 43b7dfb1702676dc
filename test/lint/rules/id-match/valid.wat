(module
  (func $add_one (param $value i32) (result i32)
    (block $done (result i32)
      (i32.add (local.get $value) (i32.const 1)))))
