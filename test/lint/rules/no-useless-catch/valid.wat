(module
  (tag $a)
  (tag $b)
  (func (export "f")
    (block $h
      (try_table (catch $a $h) (catch $b $h) (catch_all $h)
        (throw $a)))))
