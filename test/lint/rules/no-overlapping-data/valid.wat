(module
  (memory 1)
  (data (i32.const 0) "abcd")
  (data (i32.const 4) "efgh")
  (data (i32.const 8) ""))
