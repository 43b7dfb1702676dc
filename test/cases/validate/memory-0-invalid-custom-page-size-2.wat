(module (memory 0 (pagesize 4096)))
