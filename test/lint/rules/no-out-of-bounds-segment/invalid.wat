(module
  (memory 1)
  (table 2 funcref)
  (func $f)
  (data (i32.const 65535) "xy")
  (elem (i32.const 1) $f $f))
