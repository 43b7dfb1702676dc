;; passes: replace-func=$a=$b
(module (func $a (param i32)) (func $b))
