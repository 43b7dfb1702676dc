;; format: instructionStyle=flat
(module
  (tag $t)
  (func $delegates
    (try $outer
      (do
        (try
          (do (call $delegates))
          (delegate (@a note) $outer))))
    (try
      (do)
      (delegate (; to the caller ;) 0)))
  (func $catches
    (try
      (do (call $catches))
      (catch (; the tag ;) $t
        (drop (i32.const 1))))))
