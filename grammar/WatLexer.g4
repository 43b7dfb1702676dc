// Tokens of the WebAssembly text format (WebAssembly 3.0) and .wast scripts.
//
// Lexed the spec's way: the longest run of identifier characters wins, and
// ANTLR's first-rule-wins tie-break then classifies it: a structural keyword,
// a number, or else a generic KEYWORD (instruction mnemonics, looked up in the
// instruction table by the AST builder) or RESERVED (an error for the parser).
// Whitespace, comments and annotations go to hidden channels so the formatter
// and the annotation readers can see them.
lexer grammar WatLexer;

channels { COMMENTS, ANNOTATIONS }

LPAR : '(' ;
RPAR : ')' ;

// Annotations are balanced token sequences; watkit reads @custom, @name and
// branch hints from this channel and ignores the rest, as the spec says.
ANNOTATION : '(@' ANNOT_ID ANNOT_ITEM* ')' -> channel(ANNOTATIONS) ;

BLOCK_COMMENT : '(;' (BLOCK_COMMENT | ~[;(] | ';' ~[)] | '(' ~[;])*? ';)' -> channel(COMMENTS) ;
LINE_COMMENT : ';;' ~[\n\r]* -> channel(COMMENTS) ;
WS : [ \t\n\r]+ -> channel(HIDDEN) ;

STRING : '"' STRING_CHAR* '"' ;
ID : '$' (IDCHAR+ | STRING) ;

NAT : NUM | '0x' HEXNUM ;
INT : SIGN NAT ;
FLOAT
  : SIGN? NUM ('.' NUM?)? [eE] SIGN? NUM
  | SIGN? NUM '.' NUM?
  | SIGN? '0x' HEXNUM ('.' HEXNUM?)? [pP] SIGN? NUM
  | SIGN? '0x' HEXNUM '.' HEXNUM?
  | SIGN? 'inf'
  | SIGN? 'nan'
  | SIGN? 'nan:0x' HEXNUM
  ;

MEM_OFFSET : 'offset=' (NUM | '0x' HEXNUM) ;
MEM_ALIGN : 'align=' (NUM | '0x' HEXNUM) ;

// Structural keywords. Everything else that starts with a lowercase letter
// is a KEYWORD (an instruction mnemonic or a script keyword).
MODULE : 'module' ;
TYPE : 'type' ;
FUNC : 'func' ;
PARAM : 'param' ;
RESULT : 'result' ;
LOCAL : 'local' ;
GLOBAL : 'global' ;
TABLE : 'table' ;
MEMORY : 'memory' ;
TAG : 'tag' ;
IMPORT : 'import' ;
EXPORT : 'export' ;
START : 'start' ;
ELEM : 'elem' ;
DATA : 'data' ;
OFFSET : 'offset' ;
ITEM : 'item' ;
DECLARE : 'declare' ;
MUT : 'mut' ;
REF : 'ref' ;
NULL : 'null' ;
SUB : 'sub' ;
FINAL : 'final' ;
REC : 'rec' ;
STRUCT : 'struct' ;
ARRAY : 'array' ;
FIELD : 'field' ;
SHARED : 'shared' ;
PAGESIZE : 'pagesize' ;
DESCRIBES : 'describes' ;
DESCRIPTOR : 'descriptor' ;
EXACT : 'exact' ;
BLOCK : 'block' ;
LOOP : 'loop' ;
IF : 'if' ;
THEN : 'then' ;
ELSE : 'else' ;
END : 'end' ;
TRY_TABLE : 'try_table' ;
TRY : 'try' ;
DO : 'do' ;
CATCH : 'catch' ;
CATCH_REF : 'catch_ref' ;
CATCH_ALL : 'catch_all' ;
CATCH_ALL_REF : 'catch_all_ref' ;
DELEGATE : 'delegate' ;
// Stack switching: continuation types and resume handler clauses.
CONT : 'cont' ;
ON : 'on' ;
// Shared-everything threads: the memory order of an atomic access to a global, table, struct or array.
MEMORY_ORDER : 'seq_cst' | 'acq_rel' ;

NUM_TYPE : 'i32' | 'i64' | 'f32' | 'f64' | 'v128' ;
PACKED_TYPE : 'i8' | 'i16' ;
REF_SHORTHAND
  : 'funcref' | 'externref' | 'anyref' | 'eqref' | 'i31ref' | 'structref' | 'arrayref'
  | 'nullref' | 'nullfuncref' | 'nullexternref' | 'exnref' | 'nullexnref'
  // The old spelling of `funcref`: the builder rejects it or reads it (src/syntax/legacy-names.ts).
  | 'anyfunc'
  | 'contref' | 'nullcontref'
  ;
// `func`, `struct`, `array` and `cont` are heap types too; they have their own tokens above.
HEAP_TYPE : 'extern' | 'any' | 'eq' | 'i31' | 'none' | 'nofunc' | 'noextern' | 'exn' | 'noexn' | 'nocont' ;
SHAPE : 'i8x16' | 'i16x8' | 'i32x4' | 'i64x2' | 'f32x4' | 'f64x2' ;

// Script keywords.
BINARY : 'binary' ;
QUOTE : 'quote' ;
DEFINITION : 'definition' ;
INSTANCE : 'instance' ;
REGISTER : 'register' ;
INVOKE : 'invoke' ;
GET : 'get' ;
EITHER : 'either' ;
ASSERT
  : 'assert_return' | 'assert_trap' | 'assert_exhaustion' | 'assert_exception' | 'assert_suspension'
  | 'assert_malformed' | 'assert_invalid' | 'assert_unlinkable' | 'assert_uninstantiable'
  | 'assert_malformed_custom' | 'assert_invalid_custom'
  ;

KEYWORD : [a-z] IDCHAR* ;
// Any other run of identifier characters, strings and reserved characters
// (`$l"a"`, `"a""b"`, `0x1z`) is a token the grammar never accepts, so the
// parser reports it where it stands.
RESERVED : (IDCHAR | STRING | [,[\]{}])+ | ';' ;

fragment SIGN : [+-] ;
fragment DIGIT : [0-9] ;
fragment HEXDIGIT : [0-9a-fA-F] ;
fragment NUM : DIGIT ('_'? DIGIT)* ;
fragment HEXNUM : HEXDIGIT ('_'? HEXDIGIT)* ;
fragment IDCHAR : [0-9A-Za-z!#$%&'*+\-./:<=>?@\\^_`|~] ;
fragment STRING_CHAR
  : ~["\\\u0000-\u001f\u007f]
  | '\\' ([tnr"'\\] | HEXDIGIT HEXDIGIT | 'u{' HEXNUM '}')
  ;
fragment ANNOT_ID : IDCHAR+ | STRING ;
fragment ANNOT_ITEM
  : [ \t\n\r]
  | ';;' ~[\n\r]*
  | '(;' (BLOCK_COMMENT | ~[;(] | ';' ~[)] | '(' ~[;])*? ';)'
  | STRING
  | IDCHAR
  | [,;[\]{}]
  | '(' ANNOT_ITEM* ')'
  ;
