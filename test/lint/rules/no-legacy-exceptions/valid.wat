(module
  (tag $e)
  (func (export "f")
    (block $h
      (try_table (catch_all $h) (throw $e)))))
