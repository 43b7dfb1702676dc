(module (memory 0x1_0000_0000 (pagesize 1)))
