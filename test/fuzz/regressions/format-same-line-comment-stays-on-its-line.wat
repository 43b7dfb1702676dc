(module
  (func nop (; a comment wider than the line it sits on, which the formatter must leave on this line ;))
  (func (; a comment after the func keyword that makes the line far wider than eighty columns ;)))
