;; A kind an annotation id cannot spell is written with a quoted id, and an
;; empty payload is an empty string.
(module
  (func (result i32)
    (@"metadata.code.two words" "")
    (@metadata.code.x "\00\01\02")
    i32.const 1))
