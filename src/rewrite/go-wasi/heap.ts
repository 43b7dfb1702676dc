/**
 * The runtime's heap, above the memory Go manages. Go's allocator assumes
 * every page above its data is its own and grows the memory itself, so the
 * pass routes Go's `memory.size`/`memory.grow` through `$go.memory.size`/
 * `$go.memory.grow`: Go sees the pages below the heap, and when it grows,
 * the heap moves up by as much. Heap data is therefore addressed by offset
 * from `$heap` (`$abs`), and no absolute heap address is held across a call
 * into Go (a callback may grow Go's memory).
 *
 * Blocks come in power-of-two size classes with a free list each; a block
 * starts with its class (8 bytes before the offset `$alloc` gives).
 */
export const HEAP_WAT = `
(global $heap (mut i32) (i32.const 0))
(global $goPages (mut i32) (i32.const 0))
(global $heapTop (mut i32) (i32.const 0))
(global $heapCap (mut i32) (i32.const 0))

(func $abs (param $off i32) (result i32)
  (i32.add (global.get $heap) (local.get $off)))

;; Free-list heads are the heap's first 32 words; blocks start after them.
(func $heap.init
  (global.set $goPages (memory.size))
  (global.set $heap (i32.shl (global.get $goPages) (i32.const 16)))
  (if (i32.eq (memory.grow (i32.const 4)) (i32.const -1)) (then (call $die.oom)))
  (global.set $heapCap (i32.const 0x40000))
  (global.set $heapTop (i32.const 128))
  (memory.fill (global.get $heap) (i32.const 0) (i32.const 128)))

(func $go.memory.size (result i32)
  (global.get $goPages))

(func $go.memory.grow (param $pages i32) (result i32)
  (local $old i32)
  (if (i32.eq (memory.grow (local.get $pages)) (i32.const -1)) (then (return (i32.const -1))))
  (memory.copy
    (i32.add (global.get $heap) (i32.shl (local.get $pages) (i32.const 16)))
    (global.get $heap)
    (global.get $heapTop))
  ;; Go takes fresh pages to be zero, as memory.grow makes them.
  (memory.fill (global.get $heap) (i32.const 0)
    (call $min (global.get $heapTop) (i32.shl (local.get $pages) (i32.const 16))))
  (global.set $heap (i32.add (global.get $heap) (i32.shl (local.get $pages) (i32.const 16))))
  (local.set $old (global.get $goPages))
  (global.set $goPages (i32.add (global.get $goPages) (local.get $pages)))
  (local.get $old))

;; A zeroed block of at least $size bytes; gives its offset.
(func $alloc (param $size i32) (result i32)
  (local $class i32) (local $block i32) (local $bytes i32) (local $head i32)
  (local.set $class (i32.sub (i32.const 32) (i32.clz (i32.add (local.get $size) (i32.const 7)))))
  (if (i32.lt_u (local.get $class) (i32.const 4)) (then (local.set $class (i32.const 4))))
  (if (i32.gt_u (local.get $class) (i32.const 30)) (then (call $die.oom)))
  (local.set $bytes (i32.shl (i32.const 1) (local.get $class)))
  (local.set $head (call $abs (i32.shl (local.get $class) (i32.const 2))))
  (local.set $block (i32.load (local.get $head)))
  (if (local.get $block)
    (then (i32.store (local.get $head) (i32.load (call $abs (local.get $block)))))
    (else
      (local.set $block (i32.add (global.get $heapTop) (i32.const 8)))
      (call $heap.reserve (i32.add (global.get $heapTop) (local.get $bytes)))
      (global.set $heapTop (i32.add (global.get $heapTop) (local.get $bytes)))))
  (i32.store (call $abs (i32.sub (local.get $block) (i32.const 8))) (local.get $class))
  (memory.fill (call $abs (local.get $block)) (i32.const 0) (i32.sub (local.get $bytes) (i32.const 8)))
  (local.get $block))

(func $free (param $block i32)
  (local $head i32)
  (if (i32.eqz (local.get $block)) (then (return)))
  (local.set $head (call $abs (i32.shl (i32.load (call $abs (i32.sub (local.get $block) (i32.const 8)))) (i32.const 2))))
  (i32.store (call $abs (local.get $block)) (i32.load (local.get $head)))
  (i32.store (local.get $head) (local.get $block)))

;; Grows the memory (at the top, where the heap is) until $end bytes of heap fit.
(func $heap.reserve (param $end i32)
  (local $pages i32)
  (if (i32.le_u (local.get $end) (global.get $heapCap)) (then (return)))
  (local.set $pages (i32.shr_u (i32.add (i32.sub (local.get $end) (global.get $heapCap)) (i32.const 0xFFFF)) (i32.const 16)))
  (if (i32.lt_u (local.get $pages) (i32.const 16)) (then (local.set $pages (i32.const 16))))
  (if (i32.eq (memory.grow (local.get $pages)) (i32.const -1)) (then (call $die.oom)))
  (global.set $heapCap (i32.add (global.get $heapCap) (i32.shl (local.get $pages) (i32.const 16)))))
`;
