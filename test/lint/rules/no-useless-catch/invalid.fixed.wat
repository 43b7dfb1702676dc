(module
  (tag $a)
  (func (export "f")
    (block $h
      (try_table (catch $a $h) (catch_all $h)
        (throw $a)))))
