;; Items on structured instructions and inside their bodies, in flat and
;; folded text alike.
(module
  (tag $e)
  (func (param i32)
    (@metadata.code.note "block")
    block $b
      (@metadata.code.note "try_table")
      (try_table (catch_all $b)
        (@metadata.code.note "throw")
        (throw $e))
    end
    (@metadata.code.note "if")
    (if (local.get 0)
      (then (@metadata.code.note "nop") (nop)))))
