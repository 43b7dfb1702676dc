(module
  (type (;0;) (func (param i32 i32) (result i32)))
  (type (;1;) (func (param i32) (result i32)))
  (type (;2;) (func))
  (type (;3;) (func (param i64 i64) (result i64)))
  (type (;4;) (func (param i32) (result i64)))
  (type (;5;) (func (param i32 i32) (result f64)))
  (type (;6;) (func (param i32 i32 i32) (result i32)))
  (type (;7;) (func (param i32 i32)))
  (type (;8;) (func (param i32 i32 f32)))
  (type (;9;) (func (param i32 i32 i32)))
  (func $alloc (;0;) (type 1) (param i32) (result i32)
    (local i32 i32)
    (block
      (br_if 0
        (local.tee 1
          (i32.load offset=1100 (i32.const 0))))
      (local.set 1 (i32.const 66640))
      (i32.store offset=1100 (i32.const 0) (i32.const 66640))
    )
    (block
      (br_if 0
        (i32.le_u
          (local.tee 1
            (i32.add
              (local.tee 2
                (i32.and
                  (i32.add (local.get 1) (i32.const 7))
                  (i32.const -8)))
              (local.get 0)))
          (local.tee 0
            (i32.shl (memory.size) (i32.const 16)))))
      (br_if 0
        (i32.ne
          (memory.grow
            (i32.shr_u
              (i32.add
                (i32.sub (local.get 1) (local.get 0))
                (i32.const 65535))
              (i32.const 16)))
          (i32.const -1)))
      (return (i32.const 0))
    )
    (i32.store offset=1100 (i32.const 0) (local.get 1))
    (local.get 2)
  )
  (func $reset (;1;) (type 2)
    (i32.store offset=1100 (i32.const 0) (i32.const 0))
  )
  (func $gcd (;2;) (type 3) (param i64 i64) (result i64)
    (local i64)
    (block
      (br_if 0
        (i32.eqz
          (i64.eqz (local.get 1))))
      (return (local.get 0))
    )
    (loop
      (local.set 1
        (i64.rem_u
          (local.get 0)
          (local.tee 2 (local.get 1))))
      (local.set 0 (local.get 2))
      (br_if 0
        (i64.ne (local.get 1) (i64.const 0)))
    )
    (local.get 2)
  )
  (func $fib (;3;) (type 4) (param i32) (result i64)
    (local i32 i64 i64 i64)
    (block
      (br_if 0 (local.get 0))
      (return (i64.const 0))
    )
    (local.set 1
      (i32.and (local.get 0) (i32.const 7)))
    (block
      (block
        (br_if 0
          (i32.ge_u
            (i32.add (local.get 0) (i32.const -1))
            (i32.const 7)))
        (local.set 2 (i64.const 1))
        (local.set 3 (i64.const 0))
        (br 1)
      )
      (local.set 0
        (i32.and (local.get 0) (i32.const -8)))
      (local.set 2 (i64.const 1))
      (local.set 3 (i64.const 0))
      (loop
        (local.set 2
          (i64.add
            (local.tee 3
              (i64.add
                (local.tee 3
                  (i64.add
                    (local.tee 2
                      (i64.add
                        (local.get 2)
                        (local.tee 3
                          (i64.add (local.get 3) (local.get 2)))))
                    (local.tee 2
                      (i64.add (local.get 3) (local.get 2)))))
                (local.tee 2
                  (i64.add (local.get 2) (local.get 3)))))
            (local.tee 3
              (i64.add (local.get 2) (local.get 3)))))
        (br_if 0
          (local.tee 0
            (i32.add (local.get 0) (i32.const -8))))
      )
    )
    (block
      (br_if 0
        (i32.eqz (local.get 1)))
      (local.set 4 (local.get 3))
      (loop
        (local.set 2
          (i64.add
            (local.get 4)
            (local.tee 3 (local.get 2))))
        (local.set 4 (local.get 3))
        (br_if 0
          (local.tee 1
            (i32.add (local.get 1) (i32.const -1))))
      )
    )
    (local.get 3)
  )
  (func $crc32 (;4;) (type 0) (param i32 i32) (result i32)
    (local i32 i32 i32 i32)
    (block
      (br_if 0 (local.get 1))
      (return (i32.const 0))
    )
    (local.set 2
      (i32.and (local.get 1) (i32.const 1)))
    (block
      (block
        (br_if 0
          (i32.ne (local.get 1) (i32.const 1)))
        (local.set 3 (i32.const -1))
        (local.set 1 (i32.const 0))
        (br 1)
      )
      (local.set 4
        (i32.and (local.get 1) (i32.const -2)))
      (local.set 3 (i32.const -1))
      (local.set 1 (i32.const 0))
      (loop
        (local.set 3
          (i32.xor
            (i32.shr_u
              (local.tee 3
                (i32.xor
                  (i32.shr_u
                    (local.tee 3
                      (i32.xor
                        (i32.xor
