(module
  (type (;0;) (func (param i32) (result i32)))
  (type (;1;) (func (param i32 i32 i32) (result i32)))
  (type (;2;) (func (param i32 i64 i32) (result i64)))
  (type (;3;) (func (param i32 i32) (result i32)))
  (type (;4;) (func (param i32 i32 i32 i32) (result i32)))
  (type (;5;) (func (param i32 i64 i32 i32) (result i32)))
  (type (;6;) (func (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (type (;7;) (func (param i32)))
  (type (;8;) (func))
  (type (;9;) (func (param i32 i32 i32 i32 i32) (result i32)))
  (type (;10;) (func (result i32)))
  (type (;11;) (func (param i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (type (;12;) (func (param i32 i32 i32)))
  (type (;13;) (func (param i32 i32 i32 i32 i32)))
  (type (;14;) (func (param f64 i32) (result f64)))
  (import "wasi_snapshot_preview1" "args_get"
    (func $__imported_wasi_snapshot_preview1_args_get (;0;)
      (type 3)
      (param i32 i32)
      (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get"
    (func $__imported_wasi_snapshot_preview1_args_sizes_get (;1;)
      (type 3)
      (param i32 i32)
      (result i32)))
  (import "wasi_snapshot_preview1" "fd_close"
    (func $__imported_wasi_snapshot_preview1_fd_close (;2;)
      (type 0)
      (param i32)
      (result i32)))
  (import "wasi_snapshot_preview1" "fd_fdstat_get"
    (func $__imported_wasi_snapshot_preview1_fd_fdstat_get (;3;)
      (type 3)
      (param i32 i32)
      (result i32)))
  (import "wasi_snapshot_preview1" "fd_fdstat_set_flags"
    (func $__imported_wasi_snapshot_preview1_fd_fdstat_set_flags (;4;)
      (type 3)
      (param i32 i32)
      (result i32)))
  (import "wasi_snapshot_preview1" "fd_prestat_get"
    (func $__imported_wasi_snapshot_preview1_fd_prestat_get (;5;)
      (type 3)
      (param i32 i32)
      (result i32)))
  (import "wasi_snapshot_preview1" "fd_prestat_dir_name"
    (func $__imported_wasi_snapshot_preview1_fd_prestat_dir_name (;6;)
      (type 1)
      (param i32 i32 i32)
      (result i32)))
  (import "wasi_snapshot_preview1" "fd_read"
    (func $__imported_wasi_snapshot_preview1_fd_read (;7;)
      (type 4)
      (param i32 i32 i32 i32)
      (result i32)))
  (import "wasi_snapshot_preview1" "fd_seek"
    (func $__imported_wasi_snapshot_preview1_fd_seek (;8;)
      (type 5)
      (param i32 i64 i32 i32)
      (result i32)))
  (import "wasi_snapshot_preview1" "fd_write"
    (func $__imported_wasi_snapshot_preview1_fd_write (;9;)
      (type 4)
      (param i32 i32 i32 i32)
      (result i32)))
  (import "wasi_snapshot_preview1" "path_open"
    (func $__imported_wasi_snapshot_preview1_path_open (;10;)
      (type 6)
      (param i32 i32 i32 i32 i32 i64 i64 i32 i32)
      (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit"
    (func $__imported_wasi_snapshot_preview1_proc_exit (;11;)
      (type 7)
      (param i32)))
  (func $__wasm_call_ctors (;12;) (type 8)
    call $__wasilibc_populate_preopens
  )
  (func $undefined_weak:__wasilibc_find_relpath_alloc (;13;)
    (type 9)
    (param i32 i32 i32 i32 i32)
    (result i32)
    unreachable
  )
  (func $_start (;14;) (type 8)
    (local i32)
    block
      call $__original_main
      local.tee 0
      i32.eqz
      br_if 0
      local.get 0
      call $exit
      unreachable
    end
  )
  (func $main (;15;) (type 3) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    global.get $__stack_pointer
    i32.const 128
    i32.sub
    local.tee 2
    global.set $__stack_pointer
    block
      block
        block
          local.get 0
          i32.const 2
          i32.lt_s
          br_if 0
          block
            block
              local.get 1
              i32.load offset=4
              local.tee 3
              i32.const 1070
              call $strcmp
              i32.eqz
              br_if 0
              local.get 3
              i32.const 1053
              call $strcmp
              br_if 1
            end
            i32.const 1092
            call $puts
            drop
            i32.const 0
            local.set 4
            br 3
          end
          local.get 3
          i32.load8_u
          i32.const 45
          i32.ne
          br_if 1
          local.get 3
          i32.load8_u offset=1
          i32.eqz
          br_if 1
          local.get 2
          local.get 3
          i32.store offset=80
          i32.const 0
          i32.load offset=3020
          i32.const 1141
          local.get 2
          i32.const 80
          i32.add
          call $fprintf
          drop
          i32.const 2
          local.set 4
          br 2
        end
        i32.const 0
        local.set 4
        local.get 0
        i32.const 1
        i32.ne
