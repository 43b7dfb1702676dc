;; --pass add-wat=%s
(func (export "probe")
  call $nowhere)
