(module
  (type $bin (func (param i32 i32) (result i32)))
  (func (type $bin) (local.get 0))
  (func (export "add") (type $bin) (param $a i32) (param $b i32) (result i32)
    (i32.add (local.get $a) (local.get $b))))
