;; A linked list of i32 built with GC structs, summed with a typed function
;; reference, and an exception for the empty list. Hand-written.
(module
  (rec
    (type $node (sub final (struct (field $value i32) (field $next (ref null $node))))))
  (type $folder (func (param i32 i32) (result i32)))
  (tag $empty (export "empty"))

  (func $add (type $folder) (i32.add (local.get 0) (local.get 1)))
  (elem declare func $add)

  (func $cons (param $v i32) (param $rest (ref null $node)) (result (ref $node))
    (struct.new $node (local.get $v) (local.get $rest)))

  (func $fold (param $list (ref null $node)) (param $f (ref $folder)) (result i32)
    (local $acc i32)
    (if (ref.is_null (local.get $list)) (then (throw $empty)))
    (block $end
      (loop $walk
        (br_on_null $end (local.get $list))
        (local.set $list)
        (local.set $acc
          (call_ref $folder
            (local.get $acc)
            (struct.get $node $value (local.get $list))
            (local.get $f)))
        (local.set $list (struct.get $node $next (local.get $list)))
        (br $walk)))
    (local.get $acc))

  (func (export "sum_to") (param $n i32) (result i32)
    (local $list (ref null $node))
    (block $built
      (loop $more
        (br_if $built (i32.eqz (local.get $n)))
        (local.set $list (call $cons (local.get $n) (local.get $list)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $more)))
    (call $fold (local.get $list) (ref.func $add))))
