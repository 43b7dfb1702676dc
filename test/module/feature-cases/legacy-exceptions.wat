;; features: wasm3
(module
  (tag $e)
  (func
    try
      throw $e
    catch $e
    end))
