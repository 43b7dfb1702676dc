(module
  (type (;0;) (func (param i32 i32)))
  (type (;1;) (func (param i32 i32 i32) (result i32)))
  (type (;2;) (func (param i32 i32) (result i32)))
  (type (;3;) (func (param i32 i32 i32 i32)))
  (type (;4;) (func (param i32 i32 i32)))
  (type (;5;) (func (param i32) (result i32)))
  (type (;6;) (func (result i32)))
  (type (;7;) (func (param i32 i32 i32 i32) (result i32)))
  (type (;8;) (func (param i32) (result i64)))
  (type (;9;) (func (param i32)))
  (type (;10;) (func (param i32 i32 i32 i32 i32)))
  (type (;11;) (func (param i32 i32 i32 i32 i32) (result i32)))
  (type (;12;) (func))
  (type (;13;) (func (param i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;14;) (func (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;15;) (func (param i64 i32 i32) (result i32)))
  (func
    $_ZN5alloc11collections5btree4node210Handle$LT$alloc..collections..btree..node..NodeRef$LT$alloc..collections..btree..node..marker..Mut$C$K$C$V$C$alloc..collections..btree..node..marker..Leaf$GT$$C$alloc..collections..btree..node..marker..Edge$GT$16insert_recursing17h89b377e54ce52013E (;0;)
    (type 3)
    (param i32 i32 i32 i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i32 i32 i32 i32
      i32)
    (global.set $__stack_pointer
      (local.tee 4
        (i32.sub (global.get $__stack_pointer) (i32.const 64))))
    (local.set 5
      (i32.load offset=8 (local.get 1)))
    (block
      (block
        (block
          (block
            (block
              (block
                (block
                  (block
                    (block
                      (block
                        (block
                          (block
                            (block
                              (block
                                (block
                                  (br_if 0
                                    (i32.lt_u
                                      (local.tee 7
                                        (i32.load16_u offset=182
                                          (local.tee 6
                                            (i32.load offset=4 (local.get 1)))))
                                      (i32.const 11)))
                                  (local.set 8
                                    (i32.load (local.get 1)))
                                  (call
                                    $_ZN5alloc11collections5btree4node10splitpoint17h9ea33da04f9f3a93E
                                    (i32.add (local.get 4) (i32.const 48))
                                    (local.get 5))
                                  (local.set 10
                                    (i32.load
                                      (local.tee 9
                                        (i32.add
                                          (i32.add (local.get 4) (i32.const 48))
                                          (i32.const 8)))))
                                  (local.set 11
                                    (i32.load offset=52 (local.get 4)))
                                  (local.set 1
                                    (i32.load offset=48 (local.get 4)))
                                  (br_if 3
                                    (i32.eqz
                                      (local.tee 7
                                        (call $__rust_alloc
                                          (i32.const 184)
                                          (i32.const 4)))))
                                  (i32.store (local.get 7) (i32.const 0))
                                  (i32.store16 offset=182
                                    (local.get 7)
                                    (local.tee 5
                                      (i32.add
                                        (local.tee 12
                                          (i32.load16_u offset=182
                                            (local.get 6)))
                                        (i32.xor
                                          (local.get 1)
                                          (i32.const -1)))))
                                  (i32.store
                                    (local.get 9)
                                    (i32.load
                                      (i32.add
                                        (local.tee 14
                                          (i32.add
                                            (local.tee 13
                                              (i32.add
                                                (local.get 6)
                                                (i32.const 4)))
                                            (i32.mul
                                              (local.get 1)
                                              (i32.const 12))))
                                        (i32.const 8))))
                                  (i64.store offset=48
                                    (local.get 4)
                                    (i64.load align=4 (local.get 14)))
                                  (br_if 4
                                    (i32.ge_u (local.get 5) (i32.const 12)))
                                  (br_if 5
                                    (i32.ne
                                      (i32.sub
                                        (local.get 12)
                                        (local.tee 9
                                          (i32.add
                                            (local.get 1)
                                            (i32.const 1))))
                                      (local.get 5)))
                                  (local.set 14
                                    (i32.load
                                      (i32.add
                                        (i32.add
                                          (local.get 6)
                                          (i32.shl (local.get 1) (i32.const 2)))
                                        (i32.const 136))))
                                  (drop
                                    (call $memcpy
                                      (i32.add (local.get 7) (i32.const 4))
                                      (i32.add
                                        (local.get 13)
                                        (i32.mul (local.get 9) (i32.const 12)))
                                      (i32.mul (local.get 5) (i32.const 12))))
                                  (drop
                                    (call $memcpy
                                      (i32.add (local.get 7) (i32.const 136))
                                      (i32.add
                                        (i32.add
                                          (local.get 6)
                                          (i32.shl (local.get 9) (i32.const 2)))
                                        (i32.const 136))
                                      (i32.shl (local.get 5) (i32.const 2))))
                                  (i32.store16 offset=182
                                    (local.get 6)
                                    (local.get 1))
                                  (i32.store
                                    (i32.add
                                      (i32.add (local.get 4) (i32.const 32))
                                      (i32.const 8))
                                    (i32.load
                                      (i32.add
                                        (i32.add (local.get 4) (i32.const 48))
                                        (i32.const 8))))
                                  (i64.store offset=32
                                    (local.get 4)
                                    (i64.load offset=48 (local.get 4)))
                                  (local.set 5
                                    (i32.add
                                      (local.tee 12
                                        (i32.add
                                          (local.tee 1
                                            (select
                                              (local.get 7)
                                              (local.get 6)
                                              (local.get 11)))
                                          (i32.const 4)))
                                      (i32.mul (local.get 10) (i32.const 12))))
                                  (br_if 1
