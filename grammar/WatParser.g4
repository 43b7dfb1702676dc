// The WebAssembly 3.0 text format and .wast scripts, purely syntactic.
//
// Every decision is made on the token after `(` (LL(2) at most), so SLL
// prediction always succeeds. Instructions are one rule invocation each:
// the mnemonic is a generic KEYWORD and its immediates are plain tokens or a
// few parenthesised forms; which immediates an instruction takes is checked
// by the AST builder against the instruction table.
parser grammar WatParser;

options { tokenVocab = WatLexer; }

// A .wat file or a .wast script. A file of bare module fields is one module.
script : (typeDef | recType | importField | funcField | tableField | memoryField | globalField | exportField | startField | elemField | dataField | tagField)+ EOF | command* EOF ;

command
  : module
  | LPAR INSTANCE ID? ID? RPAR
  | LPAR REGISTER STRING ID? RPAR
  | action
  | LPAR ASSERT (action | module) (value | STRING)* RPAR
  | LPAR KEYWORD sexpr* RPAR
  ;

module
  : LPAR MODULE DEFINITION? ID? ((typeDef | recType | importField | funcField | tableField | memoryField | globalField | exportField | startField | elemField | dataField | tagField)* | (BINARY | QUOTE) STRING*) RPAR
  | LPAR MODULE INSTANCE ID? ID? RPAR
  ;

action
  : LPAR INVOKE ID? STRING value* RPAR
  | LPAR GET ID? STRING RPAR
  ;

// Constants and result patterns: (i32.const 1), (f32.const nan:canonical),
// (ref.null func), (v128.const i32x4 1 2 3 4), (either ...).
value : LPAR (KEYWORD | EITHER) (NAT | INT | FLOAT | KEYWORD | RESERVED | SHAPE | FUNC | STRUCT | ARRAY | CONT | HEAP_TYPE | ID | NULL | value)* RPAR ;

// Script commands watkit keeps as source without interpreting.
sexpr : LPAR sexpr* RPAR | ~(LPAR | RPAR) ;

// Module fields are listed where they occur (script, module) rather than
// behind a moduleField rule: one rule context fewer per field.

// Types

typeDef : LPAR TYPE ID? subType RPAR ;
recType : LPAR REC typeDef* RPAR ;
subType : LPAR SUB FINAL? idx* describedType RPAR | describedType ;
// custom-descriptors: the type a struct describes, and the type of its descriptor.
describedType : (LPAR DESCRIBES idx RPAR)? (LPAR DESCRIPTOR idx RPAR)? (compType | sharedCompType) ;
// Shared-everything threads: a composite type whose values may be shared between threads.
sharedCompType : LPAR SHARED compType RPAR ;
compType
  : LPAR FUNC param* result* RPAR
  | LPAR STRUCT field* RPAR
  | LPAR ARRAY fieldType RPAR
  | LPAR CONT idx RPAR
  ;
field : LPAR FIELD (ID fieldType | fieldType*) RPAR ;
fieldType : storageType | LPAR MUT storageType RPAR ;
// A value type is a NUM_TYPE token or a refType, written out where it
// occurs: a rule of its own would cost a rule context per type.
storageType : NUM_TYPE | refType | PACKED_TYPE ;
refType : REF_SHORTHAND | LPAR REF NULL? heapType RPAR | LPAR SHARED REF_SHORTHAND RPAR ;
heapType : FUNC | STRUCT | ARRAY | CONT | HEAP_TYPE | idx | LPAR EXACT idx RPAR | sharedHeapType ;
// Shared-everything threads: `(shared any)`, an abstract heap type of shared references.
sharedHeapType : LPAR SHARED (FUNC | STRUCT | ARRAY | CONT | HEAP_TYPE) RPAR ;
idx : NAT | ID ;

param : LPAR PARAM (ID (NUM_TYPE | refType) | (NUM_TYPE | refType)*) RPAR ;
result : LPAR RESULT (NUM_TYPE | refType)* RPAR ;
typeUse : (LPAR TYPE idx RPAR)? param* result* ;

limits : NUM_TYPE? NAT NAT? ;
// Shared-everything threads: `shared` comes first in a table type (`(table shared 1 ...)`).
tableType : SHARED? limits refType ;
memoryType : limits SHARED? pageSize? ;
pageSize : LPAR PAGESIZE NAT RPAR ;
// `(shared ...)` right after `global` is a shared global (shared-everything threads), never the short form of a shared reference type.
globalType : NUM_TYPE | plainRefType | LPAR MUT (NUM_TYPE | refType) RPAR | LPAR SHARED MUT? (NUM_TYPE | refType) RPAR ;
plainRefType : REF_SHORTHAND | LPAR REF NULL? heapType RPAR ;

// Imports and exports

// A group of imports from one module (compact-import-section): items with
// their own descriptions, or bare items sharing the description after them.
importField : LPAR IMPORT STRING (STRING importDesc | importItem+ importDesc?) RPAR ;
importItem : LPAR ITEM STRING importDesc? RPAR ;
importDesc
  : LPAR FUNC ID? (typeUse | exactTypeUse) RPAR
  | LPAR TABLE ID? tableType RPAR
  | LPAR MEMORY ID? memoryType RPAR
  | LPAR GLOBAL ID? globalType RPAR
  | LPAR TAG ID? typeUse RPAR
  ;
inlineImport : LPAR IMPORT STRING STRING RPAR ;
inlineExport : LPAR EXPORT STRING RPAR ;

exportField : LPAR EXPORT STRING LPAR exportKind idx RPAR RPAR ;
exportKind : FUNC | TABLE | MEMORY | GLOBAL | TAG ;

// Definitions

funcField : LPAR FUNC ID? inlineExport* inlineImport? (typeUse | exactTypeUse) local* instrList RPAR ;
// custom-descriptors: a function imported with exactly this type.
exactTypeUse : LPAR EXACT typeUse RPAR ;
local : LPAR LOCAL (ID (NUM_TYPE | refType) | (NUM_TYPE | refType)*) RPAR ;

tableField
  : LPAR TABLE ID? inlineExport* inlineImport?
    ( tableType instrList
    | (NUM_TYPE | SHARED)? refType LPAR ELEM (elemItem+ | idx+)? RPAR
    )
    RPAR
  ;

memoryField
  : LPAR MEMORY ID? inlineExport* inlineImport?
    (memoryType | NUM_TYPE? pageSize? LPAR DATA STRING* RPAR)
    RPAR
  ;

globalField : LPAR GLOBAL ID? inlineExport* inlineImport? globalType instrList RPAR ;
tagField : LPAR TAG ID? inlineExport* inlineImport? typeUse RPAR ;
startField : LPAR START idx RPAR ;

elemField
  : LPAR ELEM ID?
    ( elemList
    | DECLARE elemList
    | LPAR TABLE idx RPAR offset elemList
    | NAT? offset (elemList | idx*)
    )
    RPAR
  ;
elemList : refType elemItem* | FUNC idx* ;
elemItem : LPAR ITEM instrList RPAR | foldedInstr ;
offset : LPAR OFFSET instrList RPAR | foldedInstr ;

dataField : LPAR DATA ID? ((LPAR MEMORY idx RPAR | NAT)? offset)? STRING* RPAR ;

// Instructions

// A sequence of instructions. Plain instructions are a mnemonic and its
// immediates, inline: the rule is invoked once per sequence, not once per
// instruction (the parser is bound by allocating rule contexts).
//
// Flat structured instructions are flat items too: a block head (keyword,
// label, type use, try_table catch clauses), `else`, legacy `catch`,
// `catch_all` and `delegate`, and `end`. The AST builder matches them up
// with an explicit stack, so flat nesting costs the parser no recursion and
// is limited only by memory.
instrList
  : ( KEYWORD
      ( NAT | INT | FLOAT | ID | MEM_OFFSET | MEM_ALIGN | SHAPE
      | FUNC | STRUCT | ARRAY | CONT | HEAP_TYPE | NULL
      | LPAR TYPE idx RPAR | LPAR EXACT idx RPAR | sharedHeapType | MEMORY_ORDER | param | result | refType | onClause
      )*
    | (BLOCK | LOOP | IF | TRY) ID? typeUse
    | TRY_TABLE ID? typeUse catchClause*
    | (ELSE | END) ID?
    | CATCH idx
    | CATCH_ALL
    | DELEGATE idx
    | foldedInstr
    )*
  ;

catchClause
  : LPAR (CATCH idx idx | CATCH_REF idx idx | CATCH_ALL idx | CATCH_ALL_REF idx) RPAR
  ;

// A resume handler: `(on $tag $label)`, or `(on $tag switch)`.
onClause : LPAR ON idx (idx | KEYWORD) RPAR ;

foldedInstr
  // The '(' is shared so that the keyword after it (one token) picks the form.
  : LPAR
    ( KEYWORD // a folded plain instruction: its immediates as in instrList
      ( NAT | INT | FLOAT | ID | MEM_OFFSET | MEM_ALIGN | SHAPE
      | FUNC | STRUCT | ARRAY | CONT | HEAP_TYPE | NULL
      | LPAR TYPE idx RPAR | LPAR EXACT idx RPAR | sharedHeapType | MEMORY_ORDER | param | result | refType | onClause
      )*
      foldedInstr* RPAR
    | (BLOCK | LOOP) ID? typeUse instrList RPAR
    | IF ID? typeUse foldedInstr*
      LPAR THEN instrList RPAR
      (LPAR ELSE instrList RPAR)?
      RPAR
    | TRY_TABLE ID? typeUse catchClause* instrList RPAR
    | TRY ID? typeUse
      LPAR DO instrList RPAR
      ( foldedCatch* foldedCatchAll?
      | LPAR DELEGATE idx RPAR
      )
      RPAR
    )
  ;
foldedCatch : LPAR CATCH idx instrList RPAR ;
foldedCatchAll : LPAR CATCH_ALL instrList RPAR ;
