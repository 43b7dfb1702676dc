(module
  (memory 1)
  (data (i32.const 0) "abcdefgh")
  (data (i32.const 4) "wxyz"))
