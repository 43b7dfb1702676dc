;; The last byte of the page; an imported memory's size is the host's.
(module
  (import "env" "mem" (memory $host 0))
  (memory $own 1)
  (table 2 funcref)
  (func $f)
  (data (memory $own) (i32.const 65535) "x")
  (data (memory $host) (i32.const 100000) "y")
  (elem (i32.const 1) $f))
