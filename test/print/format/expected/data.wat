;; Data strings are kept as spelled (escapes included); several wrap like words.
(module
  (memory $m 1)
  (data (i32.const 0) "hello, world\n\00")
  (data $table
    (i32.const 16)
    "\00\01\02\03\04\05\06\07\08\09\0a\0b\0c\0d\0e\0f"
    "\10\11\12\13\14\15\16\17\18\19\1a\1b\1c\1d\1e\1f" "\u{1F600}\t\"quoted\"")
  (data $passive "abc")
  (data (memory $m) (offset (i32.const 64)) "x")
)
