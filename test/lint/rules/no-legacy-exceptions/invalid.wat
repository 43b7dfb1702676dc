(module
  (tag $e)
  (func (export "f")
    (try
      (do (throw $e))
      (catch $e))))
