;; options: [{"ignorePattern": "^\\$unused_"}]
(module
  (func $unused_ok)
  (func $_now_reported))
