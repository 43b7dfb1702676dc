;; passes: replace-func=$zz=$a
(module (func $a))
