;; --pass add-wat=%s
(data (i32.const 24) "abcdef")
