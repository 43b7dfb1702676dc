(module (memory 65537 (pagesize 65536)))
