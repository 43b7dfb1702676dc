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
    block
      i32.const 0
      i32.load offset=1100
      local.tee 1
      br_if 0
      i32.const 66640
      local.set 1
      i32.const 0
      i32.const 66640
      i32.store offset=1100
    end
    block
      local.get 1
      i32.const 7
      i32.add
      i32.const -8
      i32.and
      local.tee 2
      local.get 0
      i32.add
      local.tee 1
      memory.size
      i32.const 16
      i32.shl
      local.tee 0
      i32.le_u
      br_if 0
      local.get 1
      local.get 0
      i32.sub
      i32.const 65535
      i32.add
      i32.const 16
      i32.shr_u
      memory.grow
      i32.const -1
      i32.ne
      br_if 0
      i32.const 0
      return
    end
    i32.const 0
    local.get 1
    i32.store offset=1100
    local.get 2
  )
  (func $reset (;1;) (type 2)
    i32.const 0
    i32.const 0
    i32.store offset=1100
  )
  (func $gcd (;2;) (type 3) (param i64 i64) (result i64)
    (local i64)
    block
      local.get 1
      i64.eqz
      i32.eqz
      br_if 0
      local.get 0
      return
    end
    loop
      local.get 0
      local.get 1
      local.tee 2
      i64.rem_u
      local.set 1
      local.get 2
      local.set 0
      local.get 1
      i64.const 0
      i64.ne
      br_if 0
    end
    local.get 2
  )
  (func $fib (;3;) (type 4) (param i32) (result i64)
    (local i32 i64 i64 i64)
    block
      local.get 0
      br_if 0
      i64.const 0
      return
    end
    local.get 0
    i32.const 7
    i32.and
    local.set 1
    block
      block
        local.get 0
        i32.const -1
        i32.add
        i32.const 7
        i32.ge_u
        br_if 0
        i64.const 1
        local.set 2
        i64.const 0
        local.set 3
        br 1
      end
      local.get 0
      i32.const -8
      i32.and
      local.set 0
      i64.const 1
      local.set 2
      i64.const 0
      local.set 3
      loop
        local.get 2
        local.get 3
        local.get 2
        i64.add
        local.tee 3
        i64.add
        local.tee 2
        local.get 3
        local.get 2
        i64.add
        local.tee 2
        i64.add
        local.tee 3
        local.get 2
        local.get 3
        i64.add
        local.tee 2
        i64.add
        local.tee 3
        local.get 2
        local.get 3
        i64.add
        local.tee 3
        i64.add
        local.set 2
        local.get 0
        i32.const -8
        i32.add
        local.tee 0
        br_if 0
      end
    end
    block
      local.get 1
      i32.eqz
      br_if 0
