(module (memory 0xffff_ffff (pagesize 1)))
