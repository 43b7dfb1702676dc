;; passes: inject-data=files/text.txt
(module)
