;; Items of kinds watkit does not know travel as they are: each kind is a
;; section of its own, sections in kind order, items in code order; the
;; function index counts the imported function.
(module
  (import "env" "log" (func $log (param i32)))
  (func $pick (param i32 i32) (result i32)
    local.get 0
    (@metadata.code.hotness "\10")
    (@metadata.code.inline "never" " ever")
    i32.eqz
    (@metadata.code.branch_hint "\00")
    if (result i32)
      (@metadata.code.hotness "\01")
      local.get 1
    else
      (@metadata.code.trace_inst "\81\01")
      i32.const 7
    end)
  (func $loop (param i32)
    (@metadata.code.hotness "\ff")
    (block $out
      (loop $again
        (@metadata.code.branch_hint "\01")
        (br_if $out (i32.eqz (local.get 0)))
        (@metadata.code.trace_inst "\02")
        (call $log (local.get 0))
        (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
        (br $again)))))
