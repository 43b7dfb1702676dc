(module
  (tag $e)
  (func (export "f")
    (block $h
      (try_table (catch $e $h)
        (throw $e)))))
