;; passes: inject-data=files/text.txt,at=65530
(module (memory 1 4) (data $msg (i32.const 1024) "Hello, world!"))
