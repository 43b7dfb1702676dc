;; Comments in awkward places stay where they were written.
( ;; between the parenthesis and the keyword
  module $m (; block comment after the id ;)
  (func $f (param i32 (; inside a param list ;) i64) ;; trailing the header
    (; a block comment (; nested ;) on its own line ;)
    local.get 0 ;; trailing an instruction
    (i32.add ;; inside a folded expression
      (i32.const 1) (; between operands ;)
      (i32.const 2))
    drop
    drop

    ;; after a blank line
    (@my.annotation "kept as written")
  ) ;; after the closing parenthesis
  (func $g (result i32)
    (i32.const 1
      ;; before the closing parenthesis
    )
  )

  ;; before the end of the module
)
;; at the end of the file
(; and a block comment after it ;)
