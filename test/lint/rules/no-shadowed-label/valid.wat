;; Siblings may reuse a label; only an enclosing one is shadowed.
(module
  (func
    (block $l (br $l))
    (block $l (br $l))
    (block $outer (block $inner (br $outer)))))
