(module
  ;; the annotation may also stand on its own just before the field
  (@deprecated "use $next")
  (import "env" "tick" (func $tick))
  (rec
    (@deprecated)
    (type $old (func)))
  (@deprecated) ;; kept for old callers
  (global $g i32 (i32.const 0))
  (func (export "f") (type $old)
    call $tick
    (drop (global.get 0))
    (drop (ref.null $old))))
