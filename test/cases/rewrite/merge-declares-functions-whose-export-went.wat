;; passes: merge=lib=files/takes-its-export.wat
;; lib's export "g" goes (nothing imports it), and with it the only declaration of lib's $g:
;; the merged module declares $g by a declarative segment.
(module
  (import "lib" "take" (func $take (result funcref)))
  (func (export "run") (result funcref) (call $take)))
