;; --pass add-wat=%s
(data (i32.const 65534) "abcdef")
