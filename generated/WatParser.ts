
import * as antlr from "antlr4ng";
import { Token } from "antlr4ng";

// for running tests with parameters, TODO: discuss strategy for typed parameters in CI
// eslint-disable-next-line no-unused-vars
type int = number;


export class WatParser extends antlr.Parser {
    public static readonly LPAR = 1;
    public static readonly RPAR = 2;
    public static readonly ANNOTATION = 3;
    public static readonly BLOCK_COMMENT = 4;
    public static readonly LINE_COMMENT = 5;
    public static readonly WS = 6;
    public static readonly STRING = 7;
    public static readonly ID = 8;
    public static readonly NAT = 9;
    public static readonly INT = 10;
    public static readonly FLOAT = 11;
    public static readonly MEM_OFFSET = 12;
    public static readonly MEM_ALIGN = 13;
    public static readonly MODULE = 14;
    public static readonly TYPE = 15;
    public static readonly FUNC = 16;
    public static readonly PARAM = 17;
    public static readonly RESULT = 18;
    public static readonly LOCAL = 19;
    public static readonly GLOBAL = 20;
    public static readonly TABLE = 21;
    public static readonly MEMORY = 22;
    public static readonly TAG = 23;
    public static readonly IMPORT = 24;
    public static readonly EXPORT = 25;
    public static readonly START = 26;
    public static readonly ELEM = 27;
    public static readonly DATA = 28;
    public static readonly OFFSET = 29;
    public static readonly ITEM = 30;
    public static readonly DECLARE = 31;
    public static readonly MUT = 32;
    public static readonly REF = 33;
    public static readonly NULL = 34;
    public static readonly SUB = 35;
    public static readonly FINAL = 36;
    public static readonly REC = 37;
    public static readonly STRUCT = 38;
    public static readonly ARRAY = 39;
    public static readonly FIELD = 40;
    public static readonly SHARED = 41;
    public static readonly BLOCK = 42;
    public static readonly LOOP = 43;
    public static readonly IF = 44;
    public static readonly THEN = 45;
    public static readonly ELSE = 46;
    public static readonly END = 47;
    public static readonly TRY_TABLE = 48;
    public static readonly TRY = 49;
    public static readonly DO = 50;
    public static readonly CATCH = 51;
    public static readonly CATCH_REF = 52;
    public static readonly CATCH_ALL = 53;
    public static readonly CATCH_ALL_REF = 54;
    public static readonly DELEGATE = 55;
    public static readonly NUM_TYPE = 56;
    public static readonly PACKED_TYPE = 57;
    public static readonly REF_SHORTHAND = 58;
    public static readonly HEAP_TYPE = 59;
    public static readonly SHAPE = 60;
    public static readonly BINARY = 61;
    public static readonly QUOTE = 62;
    public static readonly DEFINITION = 63;
    public static readonly INSTANCE = 64;
    public static readonly REGISTER = 65;
    public static readonly INVOKE = 66;
    public static readonly GET = 67;
    public static readonly EITHER = 68;
    public static readonly ASSERT = 69;
    public static readonly KEYWORD = 70;
    public static readonly RESERVED = 71;
    public static readonly RULE_script = 0;
    public static readonly RULE_command = 1;
    public static readonly RULE_module = 2;
    public static readonly RULE_action = 3;
    public static readonly RULE_value = 4;
    public static readonly RULE_sexpr = 5;
    public static readonly RULE_moduleField = 6;
    public static readonly RULE_typeDef = 7;
    public static readonly RULE_recType = 8;
    public static readonly RULE_subType = 9;
    public static readonly RULE_compType = 10;
    public static readonly RULE_field = 11;
    public static readonly RULE_fieldType = 12;
    public static readonly RULE_storageType = 13;
    public static readonly RULE_valType = 14;
    public static readonly RULE_refType = 15;
    public static readonly RULE_heapType = 16;
    public static readonly RULE_idx = 17;
    public static readonly RULE_param = 18;
    public static readonly RULE_result = 19;
    public static readonly RULE_typeUse = 20;
    public static readonly RULE_limits = 21;
    public static readonly RULE_tableType = 22;
    public static readonly RULE_memoryType = 23;
    public static readonly RULE_globalType = 24;
    public static readonly RULE_importField = 25;
    public static readonly RULE_importDesc = 26;
    public static readonly RULE_inlineImport = 27;
    public static readonly RULE_inlineExport = 28;
    public static readonly RULE_exportField = 29;
    public static readonly RULE_exportKind = 30;
    public static readonly RULE_funcField = 31;
    public static readonly RULE_local = 32;
    public static readonly RULE_tableField = 33;
    public static readonly RULE_memoryField = 34;
    public static readonly RULE_globalField = 35;
    public static readonly RULE_tagField = 36;
    public static readonly RULE_startField = 37;
    public static readonly RULE_elemField = 38;
    public static readonly RULE_elemList = 39;
    public static readonly RULE_elemItem = 40;
    public static readonly RULE_offset = 41;
    public static readonly RULE_dataField = 42;
    public static readonly RULE_plainInstr = 43;
    public static readonly RULE_blockInstr = 44;
    public static readonly RULE_legacyCatch = 45;
    public static readonly RULE_legacyCatchAll = 46;
    public static readonly RULE_catchClause = 47;
    public static readonly RULE_foldedInstr = 48;
    public static readonly RULE_foldedCatch = 49;
    public static readonly RULE_foldedCatchAll = 50;

    public static readonly literalNames = [
        null, "'('", "')'", null, null, null, null, null, null, null, null, 
        null, null, null, "'module'", "'type'", "'func'", "'param'", "'result'", 
        "'local'", "'global'", "'table'", "'memory'", "'tag'", "'import'", 
        "'export'", "'start'", "'elem'", "'data'", "'offset'", "'item'", 
        "'declare'", "'mut'", "'ref'", "'null'", "'sub'", "'final'", "'rec'", 
        "'struct'", "'array'", "'field'", "'shared'", "'block'", "'loop'", 
        "'if'", "'then'", "'else'", "'end'", "'try_table'", "'try'", "'do'", 
        "'catch'", "'catch_ref'", "'catch_all'", "'catch_all_ref'", "'delegate'", 
        null, null, null, null, null, "'binary'", "'quote'", "'definition'", 
        "'instance'", "'register'", "'invoke'", "'get'", "'either'"
    ];

    public static readonly symbolicNames = [
        null, "LPAR", "RPAR", "ANNOTATION", "BLOCK_COMMENT", "LINE_COMMENT", 
        "WS", "STRING", "ID", "NAT", "INT", "FLOAT", "MEM_OFFSET", "MEM_ALIGN", 
        "MODULE", "TYPE", "FUNC", "PARAM", "RESULT", "LOCAL", "GLOBAL", 
        "TABLE", "MEMORY", "TAG", "IMPORT", "EXPORT", "START", "ELEM", "DATA", 
        "OFFSET", "ITEM", "DECLARE", "MUT", "REF", "NULL", "SUB", "FINAL", 
        "REC", "STRUCT", "ARRAY", "FIELD", "SHARED", "BLOCK", "LOOP", "IF", 
        "THEN", "ELSE", "END", "TRY_TABLE", "TRY", "DO", "CATCH", "CATCH_REF", 
        "CATCH_ALL", "CATCH_ALL_REF", "DELEGATE", "NUM_TYPE", "PACKED_TYPE", 
        "REF_SHORTHAND", "HEAP_TYPE", "SHAPE", "BINARY", "QUOTE", "DEFINITION", 
        "INSTANCE", "REGISTER", "INVOKE", "GET", "EITHER", "ASSERT", "KEYWORD", 
        "RESERVED"
    ];
    public static readonly ruleNames = [
        "script", "command", "module", "action", "value", "sexpr", "moduleField", 
        "typeDef", "recType", "subType", "compType", "field", "fieldType", 
        "storageType", "valType", "refType", "heapType", "idx", "param", 
        "result", "typeUse", "limits", "tableType", "memoryType", "globalType", 
        "importField", "importDesc", "inlineImport", "inlineExport", "exportField", 
        "exportKind", "funcField", "local", "tableField", "memoryField", 
        "globalField", "tagField", "startField", "elemField", "elemList", 
        "elemItem", "offset", "dataField", "plainInstr", "blockInstr", "legacyCatch", 
        "legacyCatchAll", "catchClause", "foldedInstr", "foldedCatch", "foldedCatchAll",
    ];

    public get grammarFileName(): string { return "WatParser.g4"; }
    public get literalNames(): (string | null)[] { return WatParser.literalNames; }
    public get symbolicNames(): (string | null)[] { return WatParser.symbolicNames; }
    public get ruleNames(): string[] { return WatParser.ruleNames; }
    public get serializedATN(): number[] { return WatParser._serializedATN; }

    protected createFailedPredicateException(predicate?: string, message?: string): antlr.FailedPredicateException {
        return new antlr.FailedPredicateException(this, predicate, message);
    }

    public constructor(input: antlr.TokenStream) {
        super(input);
        this.interpreter = new antlr.ParserATNSimulator(this, WatParser._ATN, WatParser.decisionsToDFA, new antlr.PredictionContextCache());
    }
    public script(): ScriptContext {
        let localContext = new ScriptContext(this.context, this.state);
        this.enterRule(localContext, 0, WatParser.RULE_script);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 113;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 2, this.context) ) {
            case 1:
                {
                this.state = 103;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                do {
                    {
                    {
                    this.state = 102;
                    this.moduleField();
                    }
                    }
                    this.state = 105;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                } while (_la === 1);
                }
                break;
            case 2:
                {
                this.state = 110;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 107;
                    this.command();
                    }
                    }
                    this.state = 112;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            }
            this.state = 115;
            this.match(WatParser.EOF);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public command(): CommandContext {
        let localContext = new CommandContext(this.context, this.state);
        this.enterRule(localContext, 2, WatParser.RULE_command);
        let _la: number;
        try {
            this.state = 159;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 10, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 117;
                this.module_();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 118;
                this.match(WatParser.LPAR);
                this.state = 119;
                this.match(WatParser.INSTANCE);
                this.state = 121;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 3, this.context) ) {
                case 1:
                    {
                    this.state = 120;
                    this.match(WatParser.ID);
                    }
                    break;
                }
                this.state = 124;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 123;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 126;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 127;
                this.match(WatParser.LPAR);
                this.state = 128;
                this.match(WatParser.REGISTER);
                this.state = 129;
                this.match(WatParser.STRING);
                this.state = 131;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 130;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 133;
                this.match(WatParser.RPAR);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 134;
                this.action();
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 135;
                this.match(WatParser.LPAR);
                this.state = 136;
                this.match(WatParser.ASSERT);
                this.state = 139;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 6, this.context) ) {
                case 1:
                    {
                    this.state = 137;
                    this.action();
                    }
                    break;
                case 2:
                    {
                    this.state = 138;
                    this.module_();
                    }
                    break;
                }
                this.state = 145;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 7) {
                    {
                    this.state = 143;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.LPAR:
                        {
                        this.state = 141;
                        this.value();
                        }
                        break;
                    case WatParser.STRING:
                        {
                        this.state = 142;
                        this.match(WatParser.STRING);
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 147;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 148;
                this.match(WatParser.RPAR);
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 150;
                this.match(WatParser.LPAR);
                this.state = 151;
                this.match(WatParser.KEYWORD);
                this.state = 155;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4294967290) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 4294967295) !== 0) || ((((_la - 64)) & ~0x1F) === 0 && ((1 << (_la - 64)) & 255) !== 0)) {
                    {
                    {
                    this.state = 152;
                    this.sexpr();
                    }
                    }
                    this.state = 157;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 158;
                this.match(WatParser.RPAR);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public module_(): ModuleContext {
        let localContext = new ModuleContext(this.context, this.state);
        this.enterRule(localContext, 4, WatParser.RULE_module);
        let _la: number;
        try {
            this.state = 195;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 18, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 161;
                this.match(WatParser.LPAR);
                this.state = 162;
                this.match(WatParser.MODULE);
                this.state = 164;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 63) {
                    {
                    this.state = 163;
                    this.match(WatParser.DEFINITION);
                    }
                }

                this.state = 167;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 166;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 182;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                case WatParser.RPAR:
                    {
                    this.state = 172;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 1) {
                        {
                        {
                        this.state = 169;
                        this.moduleField();
                        }
                        }
                        this.state = 174;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                case WatParser.BINARY:
                case WatParser.QUOTE:
                    {
                    this.state = 175;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 61 || _la === 62)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 179;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 7) {
                        {
                        {
                        this.state = 176;
                        this.match(WatParser.STRING);
                        }
                        }
                        this.state = 181;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 184;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 185;
                this.match(WatParser.LPAR);
                this.state = 186;
                this.match(WatParser.MODULE);
                this.state = 187;
                this.match(WatParser.INSTANCE);
                this.state = 189;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 16, this.context) ) {
                case 1:
                    {
                    this.state = 188;
                    this.match(WatParser.ID);
                    }
                    break;
                }
                this.state = 192;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 191;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 194;
                this.match(WatParser.RPAR);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public action(): ActionContext {
        let localContext = new ActionContext(this.context, this.state);
        this.enterRule(localContext, 6, WatParser.RULE_action);
        let _la: number;
        try {
            this.state = 217;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 22, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 197;
                this.match(WatParser.LPAR);
                this.state = 198;
                this.match(WatParser.INVOKE);
                this.state = 200;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 199;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 202;
                this.match(WatParser.STRING);
                this.state = 206;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 203;
                    this.value();
                    }
                    }
                    this.state = 208;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 209;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 210;
                this.match(WatParser.LPAR);
                this.state = 211;
                this.match(WatParser.GET);
                this.state = 213;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 212;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 215;
                this.match(WatParser.STRING);
                this.state = 216;
                this.match(WatParser.RPAR);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public value(): ValueContext {
        let localContext = new ValueContext(this.context, this.state);
        this.enterRule(localContext, 8, WatParser.RULE_value);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 219;
            this.match(WatParser.LPAR);
            this.state = 220;
            _la = this.tokenStream.LA(1);
            if(!(_la === 68 || _la === 70)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 236;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 69378) !== 0) || ((((_la - 34)) & ~0x1F) === 0 && ((1 << (_la - 34)) & 100663345) !== 0) || _la === 70 || _la === 71) {
                {
                this.state = 234;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NAT:
                    {
                    this.state = 221;
                    this.match(WatParser.NAT);
                    }
                    break;
                case WatParser.INT:
                    {
                    this.state = 222;
                    this.match(WatParser.INT);
                    }
                    break;
                case WatParser.FLOAT:
                    {
                    this.state = 223;
                    this.match(WatParser.FLOAT);
                    }
                    break;
                case WatParser.KEYWORD:
                    {
                    this.state = 224;
                    this.match(WatParser.KEYWORD);
                    }
                    break;
                case WatParser.RESERVED:
                    {
                    this.state = 225;
                    this.match(WatParser.RESERVED);
                    }
                    break;
                case WatParser.SHAPE:
                    {
                    this.state = 226;
                    this.match(WatParser.SHAPE);
                    }
                    break;
                case WatParser.FUNC:
                    {
                    this.state = 227;
                    this.match(WatParser.FUNC);
                    }
                    break;
                case WatParser.STRUCT:
                    {
                    this.state = 228;
                    this.match(WatParser.STRUCT);
                    }
                    break;
                case WatParser.ARRAY:
                    {
                    this.state = 229;
                    this.match(WatParser.ARRAY);
                    }
                    break;
                case WatParser.HEAP_TYPE:
                    {
                    this.state = 230;
                    this.match(WatParser.HEAP_TYPE);
                    }
                    break;
                case WatParser.ID:
                    {
                    this.state = 231;
                    this.match(WatParser.ID);
                    }
                    break;
                case WatParser.NULL:
                    {
                    this.state = 232;
                    this.match(WatParser.NULL);
                    }
                    break;
                case WatParser.LPAR:
                    {
                    this.state = 233;
                    this.value();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 238;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 239;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public sexpr(): SexprContext {
        let localContext = new SexprContext(this.context, this.state);
        this.enterRule(localContext, 10, WatParser.RULE_sexpr);
        let _la: number;
        try {
            this.state = 250;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.LPAR:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 241;
                this.match(WatParser.LPAR);
                this.state = 245;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4294967290) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 4294967295) !== 0) || ((((_la - 64)) & ~0x1F) === 0 && ((1 << (_la - 64)) & 255) !== 0)) {
                    {
                    {
                    this.state = 242;
                    this.sexpr();
                    }
                    }
                    this.state = 247;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 248;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.ANNOTATION:
            case WatParser.BLOCK_COMMENT:
            case WatParser.LINE_COMMENT:
            case WatParser.WS:
            case WatParser.STRING:
            case WatParser.ID:
            case WatParser.NAT:
            case WatParser.INT:
            case WatParser.FLOAT:
            case WatParser.MEM_OFFSET:
            case WatParser.MEM_ALIGN:
            case WatParser.MODULE:
            case WatParser.TYPE:
            case WatParser.FUNC:
            case WatParser.PARAM:
            case WatParser.RESULT:
            case WatParser.LOCAL:
            case WatParser.GLOBAL:
            case WatParser.TABLE:
            case WatParser.MEMORY:
            case WatParser.TAG:
            case WatParser.IMPORT:
            case WatParser.EXPORT:
            case WatParser.START:
            case WatParser.ELEM:
            case WatParser.DATA:
            case WatParser.OFFSET:
            case WatParser.ITEM:
            case WatParser.DECLARE:
            case WatParser.MUT:
            case WatParser.REF:
            case WatParser.NULL:
            case WatParser.SUB:
            case WatParser.FINAL:
            case WatParser.REC:
            case WatParser.STRUCT:
            case WatParser.ARRAY:
            case WatParser.FIELD:
            case WatParser.SHARED:
            case WatParser.BLOCK:
            case WatParser.LOOP:
            case WatParser.IF:
            case WatParser.THEN:
            case WatParser.ELSE:
            case WatParser.END:
            case WatParser.TRY_TABLE:
            case WatParser.TRY:
            case WatParser.DO:
            case WatParser.CATCH:
            case WatParser.CATCH_REF:
            case WatParser.CATCH_ALL:
            case WatParser.CATCH_ALL_REF:
            case WatParser.DELEGATE:
            case WatParser.NUM_TYPE:
            case WatParser.PACKED_TYPE:
            case WatParser.REF_SHORTHAND:
            case WatParser.HEAP_TYPE:
            case WatParser.SHAPE:
            case WatParser.BINARY:
            case WatParser.QUOTE:
            case WatParser.DEFINITION:
            case WatParser.INSTANCE:
            case WatParser.REGISTER:
            case WatParser.INVOKE:
            case WatParser.GET:
            case WatParser.EITHER:
            case WatParser.ASSERT:
            case WatParser.KEYWORD:
            case WatParser.RESERVED:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 249;
                _la = this.tokenStream.LA(1);
                if(_la<=0 || _la === 1 || _la === 2) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public moduleField(): ModuleFieldContext {
        let localContext = new ModuleFieldContext(this.context, this.state);
        this.enterRule(localContext, 12, WatParser.RULE_moduleField);
        try {
            this.state = 264;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 27, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 252;
                this.typeDef();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 253;
                this.recType();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 254;
                this.importField();
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 255;
                this.funcField();
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 256;
                this.tableField();
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 257;
                this.memoryField();
                }
                break;
            case 7:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 258;
                this.globalField();
                }
                break;
            case 8:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 259;
                this.exportField();
                }
                break;
            case 9:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 260;
                this.startField();
                }
                break;
            case 10:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 261;
                this.elemField();
                }
                break;
            case 11:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 262;
                this.dataField();
                }
                break;
            case 12:
                this.enterOuterAlt(localContext, 12);
                {
                this.state = 263;
                this.tagField();
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public typeDef(): TypeDefContext {
        let localContext = new TypeDefContext(this.context, this.state);
        this.enterRule(localContext, 14, WatParser.RULE_typeDef);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 266;
            this.match(WatParser.LPAR);
            this.state = 267;
            this.match(WatParser.TYPE);
            this.state = 269;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 268;
                this.match(WatParser.ID);
                }
            }

            this.state = 271;
            this.subType();
            this.state = 272;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public recType(): RecTypeContext {
        let localContext = new RecTypeContext(this.context, this.state);
        this.enterRule(localContext, 16, WatParser.RULE_recType);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 274;
            this.match(WatParser.LPAR);
            this.state = 275;
            this.match(WatParser.REC);
            this.state = 279;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1) {
                {
                {
                this.state = 276;
                this.typeDef();
                }
                }
                this.state = 281;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 282;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public subType(): SubTypeContext {
        let localContext = new SubTypeContext(this.context, this.state);
        this.enterRule(localContext, 18, WatParser.RULE_subType);
        let _la: number;
        try {
            this.state = 299;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 32, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 284;
                this.match(WatParser.LPAR);
                this.state = 285;
                this.match(WatParser.SUB);
                this.state = 287;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 36) {
                    {
                    this.state = 286;
                    this.match(WatParser.FINAL);
                    }
                }

                this.state = 292;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 8 || _la === 9) {
                    {
                    {
                    this.state = 289;
                    this.idx();
                    }
                    }
                    this.state = 294;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 295;
                this.compType();
                this.state = 296;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 298;
                this.compType();
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public compType(): CompTypeContext {
        let localContext = new CompTypeContext(this.context, this.state);
        this.enterRule(localContext, 20, WatParser.RULE_compType);
        let _la: number;
        try {
            let alternative: number;
            this.state = 330;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 36, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 301;
                this.match(WatParser.LPAR);
                this.state = 302;
                this.match(WatParser.FUNC);
                this.state = 306;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 33, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 303;
                        this.param();
                        }
                        }
                    }
                    this.state = 308;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 33, this.context);
                }
                this.state = 312;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 309;
                    this.result();
                    }
                    }
                    this.state = 314;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 315;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 316;
                this.match(WatParser.LPAR);
                this.state = 317;
                this.match(WatParser.STRUCT);
                this.state = 321;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 318;
                    this.field();
                    }
                    }
                    this.state = 323;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 324;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 325;
                this.match(WatParser.LPAR);
                this.state = 326;
                this.match(WatParser.ARRAY);
                this.state = 327;
                this.fieldType();
                this.state = 328;
                this.match(WatParser.RPAR);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public field(): FieldContext {
        let localContext = new FieldContext(this.context, this.state);
        this.enterRule(localContext, 22, WatParser.RULE_field);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 332;
            this.match(WatParser.LPAR);
            this.state = 333;
            this.match(WatParser.FIELD);
            this.state = 342;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 334;
                this.match(WatParser.ID);
                this.state = 335;
                this.fieldType();
                }
                break;
            case WatParser.LPAR:
            case WatParser.RPAR:
            case WatParser.NUM_TYPE:
            case WatParser.PACKED_TYPE:
            case WatParser.REF_SHORTHAND:
                {
                this.state = 339;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || ((((_la - 56)) & ~0x1F) === 0 && ((1 << (_la - 56)) & 7) !== 0)) {
                    {
                    {
                    this.state = 336;
                    this.fieldType();
                    }
                    }
                    this.state = 341;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 344;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public fieldType(): FieldTypeContext {
        let localContext = new FieldTypeContext(this.context, this.state);
        this.enterRule(localContext, 24, WatParser.RULE_fieldType);
        try {
            this.state = 352;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 39, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 346;
                this.storageType();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 347;
                this.match(WatParser.LPAR);
                this.state = 348;
                this.match(WatParser.MUT);
                this.state = 349;
                this.storageType();
                this.state = 350;
                this.match(WatParser.RPAR);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public storageType(): StorageTypeContext {
        let localContext = new StorageTypeContext(this.context, this.state);
        this.enterRule(localContext, 26, WatParser.RULE_storageType);
        try {
            this.state = 356;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.LPAR:
            case WatParser.NUM_TYPE:
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 354;
                this.valType();
                }
                break;
            case WatParser.PACKED_TYPE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 355;
                this.match(WatParser.PACKED_TYPE);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public valType(): ValTypeContext {
        let localContext = new ValTypeContext(this.context, this.state);
        this.enterRule(localContext, 28, WatParser.RULE_valType);
        try {
            this.state = 360;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.NUM_TYPE:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 358;
                this.match(WatParser.NUM_TYPE);
                }
                break;
            case WatParser.LPAR:
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 359;
                this.refType();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public refType(): RefTypeContext {
        let localContext = new RefTypeContext(this.context, this.state);
        this.enterRule(localContext, 30, WatParser.RULE_refType);
        let _la: number;
        try {
            this.state = 371;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 362;
                this.match(WatParser.REF_SHORTHAND);
                }
                break;
            case WatParser.LPAR:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 363;
                this.match(WatParser.LPAR);
                this.state = 364;
                this.match(WatParser.REF);
                this.state = 366;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 34) {
                    {
                    this.state = 365;
                    this.match(WatParser.NULL);
                    }
                }

                this.state = 368;
                this.heapType();
                this.state = 369;
                this.match(WatParser.RPAR);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public heapType(): HeapTypeContext {
        let localContext = new HeapTypeContext(this.context, this.state);
        this.enterRule(localContext, 32, WatParser.RULE_heapType);
        try {
            this.state = 378;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.FUNC:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 373;
                this.match(WatParser.FUNC);
                }
                break;
            case WatParser.STRUCT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 374;
                this.match(WatParser.STRUCT);
                }
                break;
            case WatParser.ARRAY:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 375;
                this.match(WatParser.ARRAY);
                }
                break;
            case WatParser.HEAP_TYPE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 376;
                this.match(WatParser.HEAP_TYPE);
                }
                break;
            case WatParser.ID:
            case WatParser.NAT:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 377;
                this.idx();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public idx(): IdxContext {
        let localContext = new IdxContext(this.context, this.state);
        this.enterRule(localContext, 34, WatParser.RULE_idx);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 380;
            _la = this.tokenStream.LA(1);
            if(!(_la === 8 || _la === 9)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public param(): ParamContext {
        let localContext = new ParamContext(this.context, this.state);
        this.enterRule(localContext, 36, WatParser.RULE_param);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 382;
            this.match(WatParser.LPAR);
            this.state = 383;
            this.match(WatParser.PARAM);
            this.state = 392;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 384;
                this.match(WatParser.ID);
                this.state = 385;
                this.valType();
                }
                break;
            case WatParser.LPAR:
            case WatParser.RPAR:
            case WatParser.NUM_TYPE:
            case WatParser.REF_SHORTHAND:
                {
                this.state = 389;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 56 || _la === 58) {
                    {
                    {
                    this.state = 386;
                    this.valType();
                    }
                    }
                    this.state = 391;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 394;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public result(): ResultContext {
        let localContext = new ResultContext(this.context, this.state);
        this.enterRule(localContext, 38, WatParser.RULE_result);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 396;
            this.match(WatParser.LPAR);
            this.state = 397;
            this.match(WatParser.RESULT);
            this.state = 401;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || _la === 56 || _la === 58) {
                {
                {
                this.state = 398;
                this.valType();
                }
                }
                this.state = 403;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 404;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public typeUse(): TypeUseContext {
        let localContext = new TypeUseContext(this.context, this.state);
        this.enterRule(localContext, 40, WatParser.RULE_typeUse);
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 411;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 48, this.context) ) {
            case 1:
                {
                this.state = 406;
                this.match(WatParser.LPAR);
                this.state = 407;
                this.match(WatParser.TYPE);
                this.state = 408;
                this.idx();
                this.state = 409;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 416;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 49, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 413;
                    this.param();
                    }
                    }
                }
                this.state = 418;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 49, this.context);
            }
            this.state = 422;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 50, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 419;
                    this.result();
                    }
                    }
                }
                this.state = 424;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 50, this.context);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public limits(): LimitsContext {
        let localContext = new LimitsContext(this.context, this.state);
        this.enterRule(localContext, 42, WatParser.RULE_limits);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 426;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 56) {
                {
                this.state = 425;
                this.match(WatParser.NUM_TYPE);
                }
            }

            this.state = 428;
            this.match(WatParser.NAT);
            this.state = 430;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 9) {
                {
                this.state = 429;
                this.match(WatParser.NAT);
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public tableType(): TableTypeContext {
        let localContext = new TableTypeContext(this.context, this.state);
        this.enterRule(localContext, 44, WatParser.RULE_tableType);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 432;
            this.limits();
            this.state = 433;
            this.refType();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public memoryType(): MemoryTypeContext {
        let localContext = new MemoryTypeContext(this.context, this.state);
        this.enterRule(localContext, 46, WatParser.RULE_memoryType);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 435;
            this.limits();
            this.state = 437;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 41) {
                {
                this.state = 436;
                this.match(WatParser.SHARED);
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public globalType(): GlobalTypeContext {
        let localContext = new GlobalTypeContext(this.context, this.state);
        this.enterRule(localContext, 48, WatParser.RULE_globalType);
        try {
            this.state = 445;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 54, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 439;
                this.valType();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 440;
                this.match(WatParser.LPAR);
                this.state = 441;
                this.match(WatParser.MUT);
                this.state = 442;
                this.valType();
                this.state = 443;
                this.match(WatParser.RPAR);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public importField(): ImportFieldContext {
        let localContext = new ImportFieldContext(this.context, this.state);
        this.enterRule(localContext, 50, WatParser.RULE_importField);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 447;
            this.match(WatParser.LPAR);
            this.state = 448;
            this.match(WatParser.IMPORT);
            this.state = 449;
            this.match(WatParser.STRING);
            this.state = 450;
            this.match(WatParser.STRING);
            this.state = 451;
            this.importDesc();
            this.state = 452;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public importDesc(): ImportDescContext {
        let localContext = new ImportDescContext(this.context, this.state);
        this.enterRule(localContext, 52, WatParser.RULE_importDesc);
        let _la: number;
        try {
            this.state = 494;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 60, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 454;
                this.match(WatParser.LPAR);
                this.state = 455;
                this.match(WatParser.FUNC);
                this.state = 457;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 456;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 459;
                this.typeUse();
                this.state = 460;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 462;
                this.match(WatParser.LPAR);
                this.state = 463;
                this.match(WatParser.TABLE);
                this.state = 465;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 464;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 467;
                this.tableType();
                this.state = 468;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 470;
                this.match(WatParser.LPAR);
                this.state = 471;
                this.match(WatParser.MEMORY);
                this.state = 473;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 472;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 475;
                this.memoryType();
                this.state = 476;
                this.match(WatParser.RPAR);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 478;
                this.match(WatParser.LPAR);
                this.state = 479;
                this.match(WatParser.GLOBAL);
                this.state = 481;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 480;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 483;
                this.globalType();
                this.state = 484;
                this.match(WatParser.RPAR);
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 486;
                this.match(WatParser.LPAR);
                this.state = 487;
                this.match(WatParser.TAG);
                this.state = 489;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 488;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 491;
                this.typeUse();
                this.state = 492;
                this.match(WatParser.RPAR);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public inlineImport(): InlineImportContext {
        let localContext = new InlineImportContext(this.context, this.state);
        this.enterRule(localContext, 54, WatParser.RULE_inlineImport);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 496;
            this.match(WatParser.LPAR);
            this.state = 497;
            this.match(WatParser.IMPORT);
            this.state = 498;
            this.match(WatParser.STRING);
            this.state = 499;
            this.match(WatParser.STRING);
            this.state = 500;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public inlineExport(): InlineExportContext {
        let localContext = new InlineExportContext(this.context, this.state);
        this.enterRule(localContext, 56, WatParser.RULE_inlineExport);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 502;
            this.match(WatParser.LPAR);
            this.state = 503;
            this.match(WatParser.EXPORT);
            this.state = 504;
            this.match(WatParser.STRING);
            this.state = 505;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public exportField(): ExportFieldContext {
        let localContext = new ExportFieldContext(this.context, this.state);
        this.enterRule(localContext, 58, WatParser.RULE_exportField);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 507;
            this.match(WatParser.LPAR);
            this.state = 508;
            this.match(WatParser.EXPORT);
            this.state = 509;
            this.match(WatParser.STRING);
            this.state = 510;
            this.match(WatParser.LPAR);
            this.state = 511;
            this.exportKind();
            this.state = 512;
            this.idx();
            this.state = 513;
            this.match(WatParser.RPAR);
            this.state = 514;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public exportKind(): ExportKindContext {
        let localContext = new ExportKindContext(this.context, this.state);
        this.enterRule(localContext, 60, WatParser.RULE_exportKind);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 516;
            _la = this.tokenStream.LA(1);
            if(!((((_la) & ~0x1F) === 0 && ((1 << _la) & 15794176) !== 0))) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public funcField(): FuncFieldContext {
        let localContext = new FuncFieldContext(this.context, this.state);
        this.enterRule(localContext, 62, WatParser.RULE_funcField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 518;
            this.match(WatParser.LPAR);
            this.state = 519;
            this.match(WatParser.FUNC);
            this.state = 521;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 520;
                this.match(WatParser.ID);
                }
            }

            this.state = 526;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 62, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 523;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 528;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 62, this.context);
            }
            this.state = 530;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 63, this.context) ) {
            case 1:
                {
                this.state = 529;
                this.inlineImport();
                }
                break;
            }
            this.state = 532;
            this.typeUse();
            this.state = 536;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 64, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 533;
                    this.local();
                    }
                    }
                }
                this.state = 538;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 64, this.context);
            }
            this.state = 544;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & 268435655) !== 0)) {
                {
                this.state = 542;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.KEYWORD:
                    {
                    this.state = 539;
                    this.plainInstr();
                    }
                    break;
                case WatParser.BLOCK:
                case WatParser.LOOP:
                case WatParser.IF:
                case WatParser.TRY_TABLE:
                case WatParser.TRY:
                    {
                    this.state = 540;
                    this.blockInstr();
                    }
                    break;
                case WatParser.LPAR:
                    {
                    this.state = 541;
                    this.foldedInstr();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 546;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 547;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public local(): LocalContext {
        let localContext = new LocalContext(this.context, this.state);
        this.enterRule(localContext, 64, WatParser.RULE_local);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 549;
            this.match(WatParser.LPAR);
            this.state = 550;
            this.match(WatParser.LOCAL);
            this.state = 559;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 551;
                this.match(WatParser.ID);
                this.state = 552;
                this.valType();
                }
                break;
            case WatParser.LPAR:
            case WatParser.RPAR:
            case WatParser.NUM_TYPE:
            case WatParser.REF_SHORTHAND:
                {
                this.state = 556;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 56 || _la === 58) {
                    {
                    {
                    this.state = 553;
                    this.valType();
                    }
                    }
                    this.state = 558;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 561;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public tableField(): TableFieldContext {
        let localContext = new TableFieldContext(this.context, this.state);
        this.enterRule(localContext, 66, WatParser.RULE_tableField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 563;
            this.match(WatParser.LPAR);
            this.state = 564;
            this.match(WatParser.TABLE);
            this.state = 566;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 565;
                this.match(WatParser.ID);
                }
            }

            this.state = 571;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 70, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 568;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 573;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 70, this.context);
            }
            this.state = 575;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 71, this.context) ) {
            case 1:
                {
                this.state = 574;
                this.inlineImport();
                }
                break;
            }
            this.state = 606;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 78, this.context) ) {
            case 1:
                {
                this.state = 577;
                this.tableType();
                this.state = 583;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & 268435655) !== 0)) {
                    {
                    this.state = 581;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.KEYWORD:
                        {
                        this.state = 578;
                        this.plainInstr();
                        }
                        break;
                    case WatParser.BLOCK:
                    case WatParser.LOOP:
                    case WatParser.IF:
                    case WatParser.TRY_TABLE:
                    case WatParser.TRY:
                        {
                        this.state = 579;
                        this.blockInstr();
                        }
                        break;
                    case WatParser.LPAR:
                        {
                        this.state = 580;
                        this.foldedInstr();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 585;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case 2:
                {
                this.state = 587;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 56) {
                    {
                    this.state = 586;
                    this.match(WatParser.NUM_TYPE);
                    }
                }

                this.state = 589;
                this.refType();
                this.state = 590;
                this.match(WatParser.LPAR);
                this.state = 591;
                this.match(WatParser.ELEM);
                this.state = 602;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                    {
                    this.state = 593;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    do {
                        {
                        {
                        this.state = 592;
                        this.elemItem();
                        }
                        }
                        this.state = 595;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    } while (_la === 1);
                    }
                    break;
                case WatParser.ID:
                case WatParser.NAT:
                    {
                    this.state = 598;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    do {
                        {
                        {
                        this.state = 597;
                        this.idx();
                        }
                        }
                        this.state = 600;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    } while (_la === 8 || _la === 9);
                    }
                    break;
                case WatParser.RPAR:
                    break;
                default:
                    break;
                }
                this.state = 604;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 608;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public memoryField(): MemoryFieldContext {
        let localContext = new MemoryFieldContext(this.context, this.state);
        this.enterRule(localContext, 68, WatParser.RULE_memoryField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 610;
            this.match(WatParser.LPAR);
            this.state = 611;
            this.match(WatParser.MEMORY);
            this.state = 613;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 612;
                this.match(WatParser.ID);
                }
            }

            this.state = 618;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 80, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 615;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 620;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 80, this.context);
            }
            this.state = 622;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 81, this.context) ) {
            case 1:
                {
                this.state = 621;
                this.inlineImport();
                }
                break;
            }
            this.state = 637;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 84, this.context) ) {
            case 1:
                {
                this.state = 624;
                this.memoryType();
                }
                break;
            case 2:
                {
                this.state = 626;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 56) {
                    {
                    this.state = 625;
                    this.match(WatParser.NUM_TYPE);
                    }
                }

                this.state = 628;
                this.match(WatParser.LPAR);
                this.state = 629;
                this.match(WatParser.DATA);
                this.state = 633;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 7) {
                    {
                    {
                    this.state = 630;
                    this.match(WatParser.STRING);
                    }
                    }
                    this.state = 635;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 636;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 639;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public globalField(): GlobalFieldContext {
        let localContext = new GlobalFieldContext(this.context, this.state);
        this.enterRule(localContext, 70, WatParser.RULE_globalField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 641;
            this.match(WatParser.LPAR);
            this.state = 642;
            this.match(WatParser.GLOBAL);
            this.state = 644;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 643;
                this.match(WatParser.ID);
                }
            }

            this.state = 649;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 86, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 646;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 651;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 86, this.context);
            }
            this.state = 653;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 87, this.context) ) {
            case 1:
                {
                this.state = 652;
                this.inlineImport();
                }
                break;
            }
            this.state = 655;
            this.globalType();
            this.state = 661;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & 268435655) !== 0)) {
                {
                this.state = 659;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.KEYWORD:
                    {
                    this.state = 656;
                    this.plainInstr();
                    }
                    break;
                case WatParser.BLOCK:
                case WatParser.LOOP:
                case WatParser.IF:
                case WatParser.TRY_TABLE:
                case WatParser.TRY:
                    {
                    this.state = 657;
                    this.blockInstr();
                    }
                    break;
                case WatParser.LPAR:
                    {
                    this.state = 658;
                    this.foldedInstr();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 663;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 664;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public tagField(): TagFieldContext {
        let localContext = new TagFieldContext(this.context, this.state);
        this.enterRule(localContext, 72, WatParser.RULE_tagField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 666;
            this.match(WatParser.LPAR);
            this.state = 667;
            this.match(WatParser.TAG);
            this.state = 669;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 668;
                this.match(WatParser.ID);
                }
            }

            this.state = 674;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 91, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 671;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 676;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 91, this.context);
            }
            this.state = 678;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 92, this.context) ) {
            case 1:
                {
                this.state = 677;
                this.inlineImport();
                }
                break;
            }
            this.state = 680;
            this.typeUse();
            this.state = 681;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public startField(): StartFieldContext {
        let localContext = new StartFieldContext(this.context, this.state);
        this.enterRule(localContext, 74, WatParser.RULE_startField);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 683;
            this.match(WatParser.LPAR);
            this.state = 684;
            this.match(WatParser.START);
            this.state = 685;
            this.idx();
            this.state = 686;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public elemField(): ElemFieldContext {
        let localContext = new ElemFieldContext(this.context, this.state);
        this.enterRule(localContext, 76, WatParser.RULE_elemField);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 688;
            this.match(WatParser.LPAR);
            this.state = 689;
            this.match(WatParser.ELEM);
            this.state = 691;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 690;
                this.match(WatParser.ID);
                }
            }

            this.state = 714;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 97, this.context) ) {
            case 1:
                {
                this.state = 693;
                this.elemList();
                }
                break;
            case 2:
                {
                this.state = 694;
                this.match(WatParser.DECLARE);
                this.state = 695;
                this.elemList();
                }
                break;
            case 3:
                {
                this.state = 702;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 94, this.context) ) {
                case 1:
                    {
                    this.state = 696;
                    this.match(WatParser.LPAR);
                    this.state = 697;
                    this.match(WatParser.TABLE);
                    this.state = 698;
                    this.idx();
                    this.state = 699;
                    this.match(WatParser.RPAR);
                    }
                    break;
                case 2:
                    {
                    this.state = 701;
                    this.match(WatParser.NAT);
                    }
                    break;
                }
                this.state = 704;
                this.offset();
                this.state = 712;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                case WatParser.FUNC:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 705;
                    this.elemList();
                    }
                    break;
                case WatParser.RPAR:
                case WatParser.ID:
                case WatParser.NAT:
                    {
                    this.state = 709;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 8 || _la === 9) {
                        {
                        {
                        this.state = 706;
                        this.idx();
                        }
                        }
                        this.state = 711;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            }
            this.state = 716;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public elemList(): ElemListContext {
        let localContext = new ElemListContext(this.context, this.state);
        this.enterRule(localContext, 78, WatParser.RULE_elemList);
        let _la: number;
        try {
            this.state = 732;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.LPAR:
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 718;
                this.refType();
                this.state = 722;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 719;
                    this.elemItem();
                    }
                    }
                    this.state = 724;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case WatParser.FUNC:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 725;
                this.match(WatParser.FUNC);
                this.state = 729;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 8 || _la === 9) {
                    {
                    {
                    this.state = 726;
                    this.idx();
                    }
                    }
                    this.state = 731;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public elemItem(): ElemItemContext {
        let localContext = new ElemItemContext(this.context, this.state);
        this.enterRule(localContext, 80, WatParser.RULE_elemItem);
        let _la: number;
        try {
            this.state = 746;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 103, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 734;
                this.match(WatParser.LPAR);
                this.state = 735;
                this.match(WatParser.ITEM);
                this.state = 741;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & 268435655) !== 0)) {
                    {
                    this.state = 739;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.KEYWORD:
                        {
                        this.state = 736;
                        this.plainInstr();
                        }
                        break;
                    case WatParser.BLOCK:
                    case WatParser.LOOP:
                    case WatParser.IF:
                    case WatParser.TRY_TABLE:
                    case WatParser.TRY:
                        {
                        this.state = 737;
                        this.blockInstr();
                        }
                        break;
                    case WatParser.LPAR:
                        {
                        this.state = 738;
                        this.foldedInstr();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 743;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 744;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 745;
                this.foldedInstr();
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public offset(): OffsetContext {
        let localContext = new OffsetContext(this.context, this.state);
        this.enterRule(localContext, 82, WatParser.RULE_offset);
        let _la: number;
        try {
            this.state = 760;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 106, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 748;
                this.match(WatParser.LPAR);
                this.state = 749;
                this.match(WatParser.OFFSET);
                this.state = 755;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & 268435655) !== 0)) {
                    {
                    this.state = 753;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.KEYWORD:
                        {
                        this.state = 750;
                        this.plainInstr();
                        }
                        break;
                    case WatParser.BLOCK:
                    case WatParser.LOOP:
                    case WatParser.IF:
                    case WatParser.TRY_TABLE:
                    case WatParser.TRY:
                        {
                        this.state = 751;
                        this.blockInstr();
                        }
                        break;
                    case WatParser.LPAR:
                        {
                        this.state = 752;
                        this.foldedInstr();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 757;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 758;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 759;
                this.foldedInstr();
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public dataField(): DataFieldContext {
        let localContext = new DataFieldContext(this.context, this.state);
        this.enterRule(localContext, 84, WatParser.RULE_dataField);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 762;
            this.match(WatParser.LPAR);
            this.state = 763;
            this.match(WatParser.DATA);
            this.state = 765;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 764;
                this.match(WatParser.ID);
                }
            }

            this.state = 776;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 1 || _la === 9) {
                {
                this.state = 773;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 108, this.context) ) {
                case 1:
                    {
                    this.state = 767;
                    this.match(WatParser.LPAR);
                    this.state = 768;
                    this.match(WatParser.MEMORY);
                    this.state = 769;
                    this.idx();
                    this.state = 770;
                    this.match(WatParser.RPAR);
                    }
                    break;
                case 2:
                    {
                    this.state = 772;
                    this.match(WatParser.NAT);
                    }
                    break;
                }
                this.state = 775;
                this.offset();
                }
            }

            this.state = 781;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 7) {
                {
                {
                this.state = 778;
                this.match(WatParser.STRING);
                }
                }
                this.state = 783;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 784;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public plainInstr(): PlainInstrContext {
        let localContext = new PlainInstrContext(this.context, this.state);
        this.enterRule(localContext, 86, WatParser.RULE_plainInstr);
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 786;
            this.match(WatParser.KEYWORD);
            this.state = 810;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 112, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    this.state = 808;
                    this.errorHandler.sync(this);
                    switch (this.interpreter.adaptivePredict(this.tokenStream, 111, this.context) ) {
                    case 1:
                        {
                        this.state = 787;
                        this.match(WatParser.NAT);
                        }
                        break;
                    case 2:
                        {
                        this.state = 788;
                        this.match(WatParser.INT);
                        }
                        break;
                    case 3:
                        {
                        this.state = 789;
                        this.match(WatParser.FLOAT);
                        }
                        break;
                    case 4:
                        {
                        this.state = 790;
                        this.match(WatParser.ID);
                        }
                        break;
                    case 5:
                        {
                        this.state = 791;
                        this.match(WatParser.MEM_OFFSET);
                        }
                        break;
                    case 6:
                        {
                        this.state = 792;
                        this.match(WatParser.MEM_ALIGN);
                        }
                        break;
                    case 7:
                        {
                        this.state = 793;
                        this.match(WatParser.SHAPE);
                        }
                        break;
                    case 8:
                        {
                        this.state = 794;
                        this.match(WatParser.REF_SHORTHAND);
                        }
                        break;
                    case 9:
                        {
                        this.state = 795;
                        this.match(WatParser.FUNC);
                        }
                        break;
                    case 10:
                        {
                        this.state = 796;
                        this.match(WatParser.STRUCT);
                        }
                        break;
                    case 11:
                        {
                        this.state = 797;
                        this.match(WatParser.ARRAY);
                        }
                        break;
                    case 12:
                        {
                        this.state = 798;
                        this.match(WatParser.HEAP_TYPE);
                        }
                        break;
                    case 13:
                        {
                        this.state = 799;
                        this.match(WatParser.NULL);
                        }
                        break;
                    case 14:
                        {
                        this.state = 800;
                        this.match(WatParser.LPAR);
                        this.state = 801;
                        this.match(WatParser.TYPE);
                        this.state = 802;
                        this.idx();
                        this.state = 803;
                        this.match(WatParser.RPAR);
                        }
                        break;
                    case 15:
                        {
                        this.state = 805;
                        this.param();
                        }
                        break;
                    case 16:
                        {
                        this.state = 806;
                        this.result();
                        }
                        break;
                    case 17:
                        {
                        this.state = 807;
                        this.refType();
                        }
                        break;
                    }
                    }
                }
                this.state = 812;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 112, this.context);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public blockInstr(): BlockInstrContext {
        let localContext = new BlockInstrContext(this.context, this.state);
        this.enterRule(localContext, 88, WatParser.RULE_blockInstr);
        let _la: number;
        try {
            let alternative: number;
            this.state = 914;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.BLOCK:
            case WatParser.LOOP:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 813;
                _la = this.tokenStream.LA(1);
                if(!(_la === 42 || _la === 43)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 815;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 814;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 817;
                this.typeUse();
                this.state = 823;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & 268435655) !== 0)) {
                    {
                    this.state = 821;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.KEYWORD:
                        {
                        this.state = 818;
                        this.plainInstr();
                        }
                        break;
                    case WatParser.BLOCK:
                    case WatParser.LOOP:
                    case WatParser.IF:
                    case WatParser.TRY_TABLE:
                    case WatParser.TRY:
                        {
                        this.state = 819;
                        this.blockInstr();
                        }
                        break;
                    case WatParser.LPAR:
                        {
                        this.state = 820;
                        this.foldedInstr();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 825;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 826;
                this.match(WatParser.END);
                this.state = 828;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 827;
                    this.match(WatParser.ID);
                    }
                }

                }
                break;
            case WatParser.IF:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 830;
                this.match(WatParser.IF);
                this.state = 832;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 831;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 834;
                this.typeUse();
                this.state = 840;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & 268435655) !== 0)) {
                    {
                    this.state = 838;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.KEYWORD:
                        {
                        this.state = 835;
                        this.plainInstr();
                        }
                        break;
                    case WatParser.BLOCK:
                    case WatParser.LOOP:
                    case WatParser.IF:
                    case WatParser.TRY_TABLE:
                    case WatParser.TRY:
                        {
                        this.state = 836;
                        this.blockInstr();
                        }
                        break;
                    case WatParser.LPAR:
                        {
                        this.state = 837;
                        this.foldedInstr();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 842;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 855;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 46) {
                    {
                    this.state = 843;
                    this.match(WatParser.ELSE);
                    this.state = 845;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 844;
                        this.match(WatParser.ID);
                        }
                    }

                    this.state = 852;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 1 || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & 268435655) !== 0)) {
                        {
                        this.state = 850;
                        this.errorHandler.sync(this);
                        switch (this.tokenStream.LA(1)) {
                        case WatParser.KEYWORD:
                            {
                            this.state = 847;
                            this.plainInstr();
                            }
                            break;
                        case WatParser.BLOCK:
                        case WatParser.LOOP:
                        case WatParser.IF:
                        case WatParser.TRY_TABLE:
                        case WatParser.TRY:
                            {
                            this.state = 848;
                            this.blockInstr();
                            }
                            break;
                        case WatParser.LPAR:
                            {
                            this.state = 849;
                            this.foldedInstr();
                            }
                            break;
                        default:
                            throw new antlr.NoViableAltException(this);
                        }
                        }
                        this.state = 854;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                }

                this.state = 857;
                this.match(WatParser.END);
                this.state = 859;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 858;
                    this.match(WatParser.ID);
                    }
                }

                }
                break;
            case WatParser.TRY_TABLE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 861;
                this.match(WatParser.TRY_TABLE);
                this.state = 863;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 862;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 865;
                this.typeUse();
                this.state = 869;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 126, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 866;
                        this.catchClause();
                        }
                        }
                    }
                    this.state = 871;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 126, this.context);
                }
                this.state = 877;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & 268435655) !== 0)) {
                    {
                    this.state = 875;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.KEYWORD:
                        {
                        this.state = 872;
                        this.plainInstr();
                        }
                        break;
                    case WatParser.BLOCK:
                    case WatParser.LOOP:
                    case WatParser.IF:
                    case WatParser.TRY_TABLE:
                    case WatParser.TRY:
                        {
                        this.state = 873;
                        this.blockInstr();
                        }
                        break;
                    case WatParser.LPAR:
                        {
                        this.state = 874;
                        this.foldedInstr();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 879;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 880;
                this.match(WatParser.END);
                this.state = 882;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 881;
                    this.match(WatParser.ID);
                    }
                }

                }
                break;
            case WatParser.TRY:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 884;
                this.match(WatParser.TRY);
                this.state = 886;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 885;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 888;
                this.typeUse();
                this.state = 894;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & 268435655) !== 0)) {
                    {
                    this.state = 892;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.KEYWORD:
                        {
                        this.state = 889;
                        this.plainInstr();
                        }
                        break;
                    case WatParser.BLOCK:
                    case WatParser.LOOP:
                    case WatParser.IF:
                    case WatParser.TRY_TABLE:
                    case WatParser.TRY:
                        {
                        this.state = 890;
                        this.blockInstr();
                        }
                        break;
                    case WatParser.LPAR:
                        {
                        this.state = 891;
                        this.foldedInstr();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 896;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 912;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.END:
                case WatParser.CATCH:
                case WatParser.CATCH_ALL:
                    {
                    this.state = 900;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 51) {
                        {
                        {
                        this.state = 897;
                        this.legacyCatch();
                        }
                        }
                        this.state = 902;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    this.state = 904;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 53) {
                        {
                        this.state = 903;
                        this.legacyCatchAll();
                        }
                    }

                    this.state = 906;
                    this.match(WatParser.END);
                    this.state = 908;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 907;
                        this.match(WatParser.ID);
                        }
                    }

                    }
                    break;
                case WatParser.DELEGATE:
                    {
                    this.state = 910;
                    this.match(WatParser.DELEGATE);
                    this.state = 911;
                    this.idx();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public legacyCatch(): LegacyCatchContext {
        let localContext = new LegacyCatchContext(this.context, this.state);
        this.enterRule(localContext, 90, WatParser.RULE_legacyCatch);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 916;
            this.match(WatParser.CATCH);
            this.state = 917;
            this.idx();
            this.state = 923;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & 268435655) !== 0)) {
                {
                this.state = 921;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.KEYWORD:
                    {
                    this.state = 918;
                    this.plainInstr();
                    }
                    break;
                case WatParser.BLOCK:
                case WatParser.LOOP:
                case WatParser.IF:
                case WatParser.TRY_TABLE:
                case WatParser.TRY:
                    {
                    this.state = 919;
                    this.blockInstr();
                    }
                    break;
                case WatParser.LPAR:
                    {
                    this.state = 920;
                    this.foldedInstr();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 925;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public legacyCatchAll(): LegacyCatchAllContext {
        let localContext = new LegacyCatchAllContext(this.context, this.state);
        this.enterRule(localContext, 92, WatParser.RULE_legacyCatchAll);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 926;
            this.match(WatParser.CATCH_ALL);
            this.state = 932;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & 268435655) !== 0)) {
                {
                this.state = 930;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.KEYWORD:
                    {
                    this.state = 927;
                    this.plainInstr();
                    }
                    break;
                case WatParser.BLOCK:
                case WatParser.LOOP:
                case WatParser.IF:
                case WatParser.TRY_TABLE:
                case WatParser.TRY:
                    {
                    this.state = 928;
                    this.blockInstr();
                    }
                    break;
                case WatParser.LPAR:
                    {
                    this.state = 929;
                    this.foldedInstr();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 934;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public catchClause(): CatchClauseContext {
        let localContext = new CatchClauseContext(this.context, this.state);
        this.enterRule(localContext, 94, WatParser.RULE_catchClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 935;
            this.match(WatParser.LPAR);
            this.state = 948;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.CATCH:
                {
                this.state = 936;
                this.match(WatParser.CATCH);
                this.state = 937;
                this.idx();
                this.state = 938;
                this.idx();
                }
                break;
            case WatParser.CATCH_REF:
                {
                this.state = 940;
                this.match(WatParser.CATCH_REF);
                this.state = 941;
                this.idx();
                this.state = 942;
                this.idx();
                }
                break;
            case WatParser.CATCH_ALL:
                {
                this.state = 944;
                this.match(WatParser.CATCH_ALL);
                this.state = 945;
                this.idx();
                }
                break;
            case WatParser.CATCH_ALL_REF:
                {
                this.state = 946;
                this.match(WatParser.CATCH_ALL_REF);
                this.state = 947;
                this.idx();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 950;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public foldedInstr(): FoldedInstrContext {
        let localContext = new FoldedInstrContext(this.context, this.state);
        this.enterRule(localContext, 96, WatParser.RULE_foldedInstr);
        let _la: number;
        try {
            let alternative: number;
            this.state = 1098;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 166, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 952;
                this.match(WatParser.LPAR);
                this.state = 953;
                this.match(WatParser.KEYWORD);
                this.state = 977;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 144, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        this.state = 975;
                        this.errorHandler.sync(this);
                        switch (this.interpreter.adaptivePredict(this.tokenStream, 143, this.context) ) {
                        case 1:
                            {
                            this.state = 954;
                            this.match(WatParser.NAT);
                            }
                            break;
                        case 2:
                            {
                            this.state = 955;
                            this.match(WatParser.INT);
                            }
                            break;
                        case 3:
                            {
                            this.state = 956;
                            this.match(WatParser.FLOAT);
                            }
                            break;
                        case 4:
                            {
                            this.state = 957;
                            this.match(WatParser.ID);
                            }
                            break;
                        case 5:
                            {
                            this.state = 958;
                            this.match(WatParser.MEM_OFFSET);
                            }
                            break;
                        case 6:
                            {
                            this.state = 959;
                            this.match(WatParser.MEM_ALIGN);
                            }
                            break;
                        case 7:
                            {
                            this.state = 960;
                            this.match(WatParser.SHAPE);
                            }
                            break;
                        case 8:
                            {
                            this.state = 961;
                            this.match(WatParser.REF_SHORTHAND);
                            }
                            break;
                        case 9:
                            {
                            this.state = 962;
                            this.match(WatParser.FUNC);
                            }
                            break;
                        case 10:
                            {
                            this.state = 963;
                            this.match(WatParser.STRUCT);
                            }
                            break;
                        case 11:
                            {
                            this.state = 964;
                            this.match(WatParser.ARRAY);
                            }
                            break;
                        case 12:
                            {
                            this.state = 965;
                            this.match(WatParser.HEAP_TYPE);
                            }
                            break;
                        case 13:
                            {
                            this.state = 966;
                            this.match(WatParser.NULL);
                            }
                            break;
                        case 14:
                            {
                            this.state = 967;
                            this.match(WatParser.LPAR);
                            this.state = 968;
                            this.match(WatParser.TYPE);
                            this.state = 969;
                            this.idx();
                            this.state = 970;
                            this.match(WatParser.RPAR);
                            }
                            break;
                        case 15:
                            {
                            this.state = 972;
                            this.param();
                            }
                            break;
                        case 16:
                            {
                            this.state = 973;
                            this.result();
                            }
                            break;
                        case 17:
                            {
                            this.state = 974;
                            this.refType();
                            }
                            break;
                        }
                        }
                    }
                    this.state = 979;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 144, this.context);
                }
                this.state = 983;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 980;
                    this.foldedInstr();
                    }
                    }
                    this.state = 985;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 986;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 987;
                this.match(WatParser.LPAR);
                this.state = 988;
                _la = this.tokenStream.LA(1);
                if(!(_la === 42 || _la === 43)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 990;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 989;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 992;
                this.typeUse();
                this.state = 998;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & 268435655) !== 0)) {
                    {
                    this.state = 996;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.KEYWORD:
                        {
                        this.state = 993;
                        this.plainInstr();
                        }
                        break;
                    case WatParser.BLOCK:
                    case WatParser.LOOP:
                    case WatParser.IF:
                    case WatParser.TRY_TABLE:
                    case WatParser.TRY:
                        {
                        this.state = 994;
                        this.blockInstr();
                        }
                        break;
                    case WatParser.LPAR:
                        {
                        this.state = 995;
                        this.foldedInstr();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 1000;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1001;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1003;
                this.match(WatParser.LPAR);
                this.state = 1004;
                this.match(WatParser.IF);
                this.state = 1006;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 1005;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 1008;
                this.typeUse();
                this.state = 1012;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 150, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 1009;
                        this.foldedInstr();
                        }
                        }
                    }
                    this.state = 1014;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 150, this.context);
                }
                this.state = 1015;
                this.match(WatParser.LPAR);
                this.state = 1016;
                this.match(WatParser.THEN);
                this.state = 1022;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & 268435655) !== 0)) {
                    {
                    this.state = 1020;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.KEYWORD:
                        {
                        this.state = 1017;
                        this.plainInstr();
                        }
                        break;
                    case WatParser.BLOCK:
                    case WatParser.LOOP:
                    case WatParser.IF:
                    case WatParser.TRY_TABLE:
                    case WatParser.TRY:
                        {
                        this.state = 1018;
                        this.blockInstr();
                        }
                        break;
                    case WatParser.LPAR:
                        {
                        this.state = 1019;
                        this.foldedInstr();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 1024;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1025;
                this.match(WatParser.RPAR);
                this.state = 1037;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 1) {
                    {
                    this.state = 1026;
                    this.match(WatParser.LPAR);
                    this.state = 1027;
                    this.match(WatParser.ELSE);
                    this.state = 1033;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 1 || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & 268435655) !== 0)) {
                        {
                        this.state = 1031;
                        this.errorHandler.sync(this);
                        switch (this.tokenStream.LA(1)) {
                        case WatParser.KEYWORD:
                            {
                            this.state = 1028;
                            this.plainInstr();
                            }
                            break;
                        case WatParser.BLOCK:
                        case WatParser.LOOP:
                        case WatParser.IF:
                        case WatParser.TRY_TABLE:
                        case WatParser.TRY:
                            {
                            this.state = 1029;
                            this.blockInstr();
                            }
                            break;
                        case WatParser.LPAR:
                            {
                            this.state = 1030;
                            this.foldedInstr();
                            }
                            break;
                        default:
                            throw new antlr.NoViableAltException(this);
                        }
                        }
                        this.state = 1035;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    this.state = 1036;
                    this.match(WatParser.RPAR);
                    }
                }

                this.state = 1039;
                this.match(WatParser.RPAR);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1041;
                this.match(WatParser.LPAR);
                this.state = 1042;
                this.match(WatParser.TRY_TABLE);
                this.state = 1044;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 1043;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 1046;
                this.typeUse();
                this.state = 1050;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 157, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 1047;
                        this.catchClause();
                        }
                        }
                    }
                    this.state = 1052;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 157, this.context);
                }
                this.state = 1058;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & 268435655) !== 0)) {
                    {
                    this.state = 1056;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.KEYWORD:
                        {
                        this.state = 1053;
                        this.plainInstr();
                        }
                        break;
                    case WatParser.BLOCK:
                    case WatParser.LOOP:
                    case WatParser.IF:
                    case WatParser.TRY_TABLE:
                    case WatParser.TRY:
                        {
                        this.state = 1054;
                        this.blockInstr();
                        }
                        break;
                    case WatParser.LPAR:
                        {
                        this.state = 1055;
                        this.foldedInstr();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 1060;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1061;
                this.match(WatParser.RPAR);
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1063;
                this.match(WatParser.LPAR);
                this.state = 1064;
                this.match(WatParser.TRY);
                this.state = 1066;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 1065;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 1068;
                this.typeUse();
                this.state = 1069;
                this.match(WatParser.LPAR);
                this.state = 1070;
                this.match(WatParser.DO);
                this.state = 1076;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & 268435655) !== 0)) {
                    {
                    this.state = 1074;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.KEYWORD:
                        {
                        this.state = 1071;
                        this.plainInstr();
                        }
                        break;
                    case WatParser.BLOCK:
                    case WatParser.LOOP:
                    case WatParser.IF:
                    case WatParser.TRY_TABLE:
                    case WatParser.TRY:
                        {
                        this.state = 1072;
                        this.blockInstr();
                        }
                        break;
                    case WatParser.LPAR:
                        {
                        this.state = 1073;
                        this.foldedInstr();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 1078;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1079;
                this.match(WatParser.RPAR);
                this.state = 1094;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 165, this.context) ) {
                case 1:
                    {
                    this.state = 1083;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 163, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            {
                            this.state = 1080;
                            this.foldedCatch();
                            }
                            }
                        }
                        this.state = 1085;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 163, this.context);
                    }
                    this.state = 1087;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 1) {
                        {
                        this.state = 1086;
                        this.foldedCatchAll();
                        }
                    }

                    }
                    break;
                case 2:
                    {
                    this.state = 1089;
                    this.match(WatParser.LPAR);
                    this.state = 1090;
                    this.match(WatParser.DELEGATE);
                    this.state = 1091;
                    this.idx();
                    this.state = 1092;
                    this.match(WatParser.RPAR);
                    }
                    break;
                }
                this.state = 1096;
                this.match(WatParser.RPAR);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public foldedCatch(): FoldedCatchContext {
        let localContext = new FoldedCatchContext(this.context, this.state);
        this.enterRule(localContext, 98, WatParser.RULE_foldedCatch);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1100;
            this.match(WatParser.LPAR);
            this.state = 1101;
            this.match(WatParser.CATCH);
            this.state = 1102;
            this.idx();
            this.state = 1108;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & 268435655) !== 0)) {
                {
                this.state = 1106;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.KEYWORD:
                    {
                    this.state = 1103;
                    this.plainInstr();
                    }
                    break;
                case WatParser.BLOCK:
                case WatParser.LOOP:
                case WatParser.IF:
                case WatParser.TRY_TABLE:
                case WatParser.TRY:
                    {
                    this.state = 1104;
                    this.blockInstr();
                    }
                    break;
                case WatParser.LPAR:
                    {
                    this.state = 1105;
                    this.foldedInstr();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 1110;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1111;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public foldedCatchAll(): FoldedCatchAllContext {
        let localContext = new FoldedCatchAllContext(this.context, this.state);
        this.enterRule(localContext, 100, WatParser.RULE_foldedCatchAll);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1113;
            this.match(WatParser.LPAR);
            this.state = 1114;
            this.match(WatParser.CATCH_ALL);
            this.state = 1120;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & 268435655) !== 0)) {
                {
                this.state = 1118;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.KEYWORD:
                    {
                    this.state = 1115;
                    this.plainInstr();
                    }
                    break;
                case WatParser.BLOCK:
                case WatParser.LOOP:
                case WatParser.IF:
                case WatParser.TRY_TABLE:
                case WatParser.TRY:
                    {
                    this.state = 1116;
                    this.blockInstr();
                    }
                    break;
                case WatParser.LPAR:
                    {
                    this.state = 1117;
                    this.foldedInstr();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 1122;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1123;
            this.match(WatParser.RPAR);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }

    public static readonly _serializedATN: number[] = [
        4,1,71,1126,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,
        7,6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,
        13,2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,7,19,2,
        20,7,20,2,21,7,21,2,22,7,22,2,23,7,23,2,24,7,24,2,25,7,25,2,26,7,
        26,2,27,7,27,2,28,7,28,2,29,7,29,2,30,7,30,2,31,7,31,2,32,7,32,2,
        33,7,33,2,34,7,34,2,35,7,35,2,36,7,36,2,37,7,37,2,38,7,38,2,39,7,
        39,2,40,7,40,2,41,7,41,2,42,7,42,2,43,7,43,2,44,7,44,2,45,7,45,2,
        46,7,46,2,47,7,47,2,48,7,48,2,49,7,49,2,50,7,50,1,0,4,0,104,8,0,
        11,0,12,0,105,1,0,5,0,109,8,0,10,0,12,0,112,9,0,3,0,114,8,0,1,0,
        1,0,1,1,1,1,1,1,1,1,3,1,122,8,1,1,1,3,1,125,8,1,1,1,1,1,1,1,1,1,
        1,1,3,1,132,8,1,1,1,1,1,1,1,1,1,1,1,1,1,3,1,140,8,1,1,1,1,1,5,1,
        144,8,1,10,1,12,1,147,9,1,1,1,1,1,1,1,1,1,1,1,5,1,154,8,1,10,1,12,
        1,157,9,1,1,1,3,1,160,8,1,1,2,1,2,1,2,3,2,165,8,2,1,2,3,2,168,8,
        2,1,2,5,2,171,8,2,10,2,12,2,174,9,2,1,2,1,2,5,2,178,8,2,10,2,12,
        2,181,9,2,3,2,183,8,2,1,2,1,2,1,2,1,2,1,2,3,2,190,8,2,1,2,3,2,193,
        8,2,1,2,3,2,196,8,2,1,3,1,3,1,3,3,3,201,8,3,1,3,1,3,5,3,205,8,3,
        10,3,12,3,208,9,3,1,3,1,3,1,3,1,3,3,3,214,8,3,1,3,1,3,3,3,218,8,
        3,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,5,
        4,235,8,4,10,4,12,4,238,9,4,1,4,1,4,1,5,1,5,5,5,244,8,5,10,5,12,
        5,247,9,5,1,5,1,5,3,5,251,8,5,1,6,1,6,1,6,1,6,1,6,1,6,1,6,1,6,1,
        6,1,6,1,6,1,6,3,6,265,8,6,1,7,1,7,1,7,3,7,270,8,7,1,7,1,7,1,7,1,
        8,1,8,1,8,5,8,278,8,8,10,8,12,8,281,9,8,1,8,1,8,1,9,1,9,1,9,3,9,
        288,8,9,1,9,5,9,291,8,9,10,9,12,9,294,9,9,1,9,1,9,1,9,1,9,3,9,300,
        8,9,1,10,1,10,1,10,5,10,305,8,10,10,10,12,10,308,9,10,1,10,5,10,
        311,8,10,10,10,12,10,314,9,10,1,10,1,10,1,10,1,10,5,10,320,8,10,
        10,10,12,10,323,9,10,1,10,1,10,1,10,1,10,1,10,1,10,3,10,331,8,10,
        1,11,1,11,1,11,1,11,1,11,5,11,338,8,11,10,11,12,11,341,9,11,3,11,
        343,8,11,1,11,1,11,1,12,1,12,1,12,1,12,1,12,1,12,3,12,353,8,12,1,
        13,1,13,3,13,357,8,13,1,14,1,14,3,14,361,8,14,1,15,1,15,1,15,1,15,
        3,15,367,8,15,1,15,1,15,1,15,3,15,372,8,15,1,16,1,16,1,16,1,16,1,
        16,3,16,379,8,16,1,17,1,17,1,18,1,18,1,18,1,18,1,18,5,18,388,8,18,
        10,18,12,18,391,9,18,3,18,393,8,18,1,18,1,18,1,19,1,19,1,19,5,19,
        400,8,19,10,19,12,19,403,9,19,1,19,1,19,1,20,1,20,1,20,1,20,1,20,
        3,20,412,8,20,1,20,5,20,415,8,20,10,20,12,20,418,9,20,1,20,5,20,
        421,8,20,10,20,12,20,424,9,20,1,21,3,21,427,8,21,1,21,1,21,3,21,
        431,8,21,1,22,1,22,1,22,1,23,1,23,3,23,438,8,23,1,24,1,24,1,24,1,
        24,1,24,1,24,3,24,446,8,24,1,25,1,25,1,25,1,25,1,25,1,25,1,25,1,
        26,1,26,1,26,3,26,458,8,26,1,26,1,26,1,26,1,26,1,26,1,26,3,26,466,
        8,26,1,26,1,26,1,26,1,26,1,26,1,26,3,26,474,8,26,1,26,1,26,1,26,
        1,26,1,26,1,26,3,26,482,8,26,1,26,1,26,1,26,1,26,1,26,1,26,3,26,
        490,8,26,1,26,1,26,1,26,3,26,495,8,26,1,27,1,27,1,27,1,27,1,27,1,
        27,1,28,1,28,1,28,1,28,1,28,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,
        29,1,29,1,30,1,30,1,31,1,31,1,31,3,31,522,8,31,1,31,5,31,525,8,31,
        10,31,12,31,528,9,31,1,31,3,31,531,8,31,1,31,1,31,5,31,535,8,31,
        10,31,12,31,538,9,31,1,31,1,31,1,31,5,31,543,8,31,10,31,12,31,546,
        9,31,1,31,1,31,1,32,1,32,1,32,1,32,1,32,5,32,555,8,32,10,32,12,32,
        558,9,32,3,32,560,8,32,1,32,1,32,1,33,1,33,1,33,3,33,567,8,33,1,
        33,5,33,570,8,33,10,33,12,33,573,9,33,1,33,3,33,576,8,33,1,33,1,
        33,1,33,1,33,5,33,582,8,33,10,33,12,33,585,9,33,1,33,3,33,588,8,
        33,1,33,1,33,1,33,1,33,4,33,594,8,33,11,33,12,33,595,1,33,4,33,599,
        8,33,11,33,12,33,600,3,33,603,8,33,1,33,1,33,3,33,607,8,33,1,33,
        1,33,1,34,1,34,1,34,3,34,614,8,34,1,34,5,34,617,8,34,10,34,12,34,
        620,9,34,1,34,3,34,623,8,34,1,34,1,34,3,34,627,8,34,1,34,1,34,1,
        34,5,34,632,8,34,10,34,12,34,635,9,34,1,34,3,34,638,8,34,1,34,1,
        34,1,35,1,35,1,35,3,35,645,8,35,1,35,5,35,648,8,35,10,35,12,35,651,
        9,35,1,35,3,35,654,8,35,1,35,1,35,1,35,1,35,5,35,660,8,35,10,35,
        12,35,663,9,35,1,35,1,35,1,36,1,36,1,36,3,36,670,8,36,1,36,5,36,
        673,8,36,10,36,12,36,676,9,36,1,36,3,36,679,8,36,1,36,1,36,1,36,
        1,37,1,37,1,37,1,37,1,37,1,38,1,38,1,38,3,38,692,8,38,1,38,1,38,
        1,38,1,38,1,38,1,38,1,38,1,38,1,38,3,38,703,8,38,1,38,1,38,1,38,
        5,38,708,8,38,10,38,12,38,711,9,38,3,38,713,8,38,3,38,715,8,38,1,
        38,1,38,1,39,1,39,5,39,721,8,39,10,39,12,39,724,9,39,1,39,1,39,5,
        39,728,8,39,10,39,12,39,731,9,39,3,39,733,8,39,1,40,1,40,1,40,1,
        40,1,40,5,40,740,8,40,10,40,12,40,743,9,40,1,40,1,40,3,40,747,8,
        40,1,41,1,41,1,41,1,41,1,41,5,41,754,8,41,10,41,12,41,757,9,41,1,
        41,1,41,3,41,761,8,41,1,42,1,42,1,42,3,42,766,8,42,1,42,1,42,1,42,
        1,42,1,42,1,42,3,42,774,8,42,1,42,3,42,777,8,42,1,42,5,42,780,8,
        42,10,42,12,42,783,9,42,1,42,1,42,1,43,1,43,1,43,1,43,1,43,1,43,
        1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,
        1,43,1,43,1,43,5,43,809,8,43,10,43,12,43,812,9,43,1,44,1,44,3,44,
        816,8,44,1,44,1,44,1,44,1,44,5,44,822,8,44,10,44,12,44,825,9,44,
        1,44,1,44,3,44,829,8,44,1,44,1,44,3,44,833,8,44,1,44,1,44,1,44,1,
        44,5,44,839,8,44,10,44,12,44,842,9,44,1,44,1,44,3,44,846,8,44,1,
        44,1,44,1,44,5,44,851,8,44,10,44,12,44,854,9,44,3,44,856,8,44,1,
        44,1,44,3,44,860,8,44,1,44,1,44,3,44,864,8,44,1,44,1,44,5,44,868,
        8,44,10,44,12,44,871,9,44,1,44,1,44,1,44,5,44,876,8,44,10,44,12,
        44,879,9,44,1,44,1,44,3,44,883,8,44,1,44,1,44,3,44,887,8,44,1,44,
        1,44,1,44,1,44,5,44,893,8,44,10,44,12,44,896,9,44,1,44,5,44,899,
        8,44,10,44,12,44,902,9,44,1,44,3,44,905,8,44,1,44,1,44,3,44,909,
        8,44,1,44,1,44,3,44,913,8,44,3,44,915,8,44,1,45,1,45,1,45,1,45,1,
        45,5,45,922,8,45,10,45,12,45,925,9,45,1,46,1,46,1,46,1,46,5,46,931,
        8,46,10,46,12,46,934,9,46,1,47,1,47,1,47,1,47,1,47,1,47,1,47,1,47,
        1,47,1,47,1,47,1,47,1,47,3,47,949,8,47,1,47,1,47,1,48,1,48,1,48,
        1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,
        1,48,1,48,1,48,1,48,1,48,1,48,1,48,5,48,976,8,48,10,48,12,48,979,
        9,48,1,48,5,48,982,8,48,10,48,12,48,985,9,48,1,48,1,48,1,48,1,48,
        3,48,991,8,48,1,48,1,48,1,48,1,48,5,48,997,8,48,10,48,12,48,1000,
        9,48,1,48,1,48,1,48,1,48,1,48,3,48,1007,8,48,1,48,1,48,5,48,1011,
        8,48,10,48,12,48,1014,9,48,1,48,1,48,1,48,1,48,1,48,5,48,1021,8,
        48,10,48,12,48,1024,9,48,1,48,1,48,1,48,1,48,1,48,1,48,5,48,1032,
        8,48,10,48,12,48,1035,9,48,1,48,3,48,1038,8,48,1,48,1,48,1,48,1,
        48,1,48,3,48,1045,8,48,1,48,1,48,5,48,1049,8,48,10,48,12,48,1052,
        9,48,1,48,1,48,1,48,5,48,1057,8,48,10,48,12,48,1060,9,48,1,48,1,
        48,1,48,1,48,1,48,3,48,1067,8,48,1,48,1,48,1,48,1,48,1,48,1,48,5,
        48,1075,8,48,10,48,12,48,1078,9,48,1,48,1,48,5,48,1082,8,48,10,48,
        12,48,1085,9,48,1,48,3,48,1088,8,48,1,48,1,48,1,48,1,48,1,48,3,48,
        1095,8,48,1,48,1,48,3,48,1099,8,48,1,49,1,49,1,49,1,49,1,49,1,49,
        5,49,1107,8,49,10,49,12,49,1110,9,49,1,49,1,49,1,50,1,50,1,50,1,
        50,1,50,5,50,1119,8,50,10,50,12,50,1122,9,50,1,50,1,50,1,50,0,0,
        51,0,2,4,6,8,10,12,14,16,18,20,22,24,26,28,30,32,34,36,38,40,42,
        44,46,48,50,52,54,56,58,60,62,64,66,68,70,72,74,76,78,80,82,84,86,
        88,90,92,94,96,98,100,0,6,1,0,61,62,2,0,68,68,70,70,1,0,1,2,1,0,
        8,9,2,0,16,16,20,23,1,0,42,43,1337,0,113,1,0,0,0,2,159,1,0,0,0,4,
        195,1,0,0,0,6,217,1,0,0,0,8,219,1,0,0,0,10,250,1,0,0,0,12,264,1,
        0,0,0,14,266,1,0,0,0,16,274,1,0,0,0,18,299,1,0,0,0,20,330,1,0,0,
        0,22,332,1,0,0,0,24,352,1,0,0,0,26,356,1,0,0,0,28,360,1,0,0,0,30,
        371,1,0,0,0,32,378,1,0,0,0,34,380,1,0,0,0,36,382,1,0,0,0,38,396,
        1,0,0,0,40,411,1,0,0,0,42,426,1,0,0,0,44,432,1,0,0,0,46,435,1,0,
        0,0,48,445,1,0,0,0,50,447,1,0,0,0,52,494,1,0,0,0,54,496,1,0,0,0,
        56,502,1,0,0,0,58,507,1,0,0,0,60,516,1,0,0,0,62,518,1,0,0,0,64,549,
        1,0,0,0,66,563,1,0,0,0,68,610,1,0,0,0,70,641,1,0,0,0,72,666,1,0,
        0,0,74,683,1,0,0,0,76,688,1,0,0,0,78,732,1,0,0,0,80,746,1,0,0,0,
        82,760,1,0,0,0,84,762,1,0,0,0,86,786,1,0,0,0,88,914,1,0,0,0,90,916,
        1,0,0,0,92,926,1,0,0,0,94,935,1,0,0,0,96,1098,1,0,0,0,98,1100,1,
        0,0,0,100,1113,1,0,0,0,102,104,3,12,6,0,103,102,1,0,0,0,104,105,
        1,0,0,0,105,103,1,0,0,0,105,106,1,0,0,0,106,114,1,0,0,0,107,109,
        3,2,1,0,108,107,1,0,0,0,109,112,1,0,0,0,110,108,1,0,0,0,110,111,
        1,0,0,0,111,114,1,0,0,0,112,110,1,0,0,0,113,103,1,0,0,0,113,110,
        1,0,0,0,114,115,1,0,0,0,115,116,5,0,0,1,116,1,1,0,0,0,117,160,3,
        4,2,0,118,119,5,1,0,0,119,121,5,64,0,0,120,122,5,8,0,0,121,120,1,
        0,0,0,121,122,1,0,0,0,122,124,1,0,0,0,123,125,5,8,0,0,124,123,1,
        0,0,0,124,125,1,0,0,0,125,126,1,0,0,0,126,160,5,2,0,0,127,128,5,
        1,0,0,128,129,5,65,0,0,129,131,5,7,0,0,130,132,5,8,0,0,131,130,1,
        0,0,0,131,132,1,0,0,0,132,133,1,0,0,0,133,160,5,2,0,0,134,160,3,
        6,3,0,135,136,5,1,0,0,136,139,5,69,0,0,137,140,3,6,3,0,138,140,3,
        4,2,0,139,137,1,0,0,0,139,138,1,0,0,0,140,145,1,0,0,0,141,144,3,
        8,4,0,142,144,5,7,0,0,143,141,1,0,0,0,143,142,1,0,0,0,144,147,1,
        0,0,0,145,143,1,0,0,0,145,146,1,0,0,0,146,148,1,0,0,0,147,145,1,
        0,0,0,148,149,5,2,0,0,149,160,1,0,0,0,150,151,5,1,0,0,151,155,5,
        70,0,0,152,154,3,10,5,0,153,152,1,0,0,0,154,157,1,0,0,0,155,153,
        1,0,0,0,155,156,1,0,0,0,156,158,1,0,0,0,157,155,1,0,0,0,158,160,
        5,2,0,0,159,117,1,0,0,0,159,118,1,0,0,0,159,127,1,0,0,0,159,134,
        1,0,0,0,159,135,1,0,0,0,159,150,1,0,0,0,160,3,1,0,0,0,161,162,5,
        1,0,0,162,164,5,14,0,0,163,165,5,63,0,0,164,163,1,0,0,0,164,165,
        1,0,0,0,165,167,1,0,0,0,166,168,5,8,0,0,167,166,1,0,0,0,167,168,
        1,0,0,0,168,182,1,0,0,0,169,171,3,12,6,0,170,169,1,0,0,0,171,174,
        1,0,0,0,172,170,1,0,0,0,172,173,1,0,0,0,173,183,1,0,0,0,174,172,
        1,0,0,0,175,179,7,0,0,0,176,178,5,7,0,0,177,176,1,0,0,0,178,181,
        1,0,0,0,179,177,1,0,0,0,179,180,1,0,0,0,180,183,1,0,0,0,181,179,
        1,0,0,0,182,172,1,0,0,0,182,175,1,0,0,0,183,184,1,0,0,0,184,196,
        5,2,0,0,185,186,5,1,0,0,186,187,5,14,0,0,187,189,5,64,0,0,188,190,
        5,8,0,0,189,188,1,0,0,0,189,190,1,0,0,0,190,192,1,0,0,0,191,193,
        5,8,0,0,192,191,1,0,0,0,192,193,1,0,0,0,193,194,1,0,0,0,194,196,
        5,2,0,0,195,161,1,0,0,0,195,185,1,0,0,0,196,5,1,0,0,0,197,198,5,
        1,0,0,198,200,5,66,0,0,199,201,5,8,0,0,200,199,1,0,0,0,200,201,1,
        0,0,0,201,202,1,0,0,0,202,206,5,7,0,0,203,205,3,8,4,0,204,203,1,
        0,0,0,205,208,1,0,0,0,206,204,1,0,0,0,206,207,1,0,0,0,207,209,1,
        0,0,0,208,206,1,0,0,0,209,218,5,2,0,0,210,211,5,1,0,0,211,213,5,
        67,0,0,212,214,5,8,0,0,213,212,1,0,0,0,213,214,1,0,0,0,214,215,1,
        0,0,0,215,216,5,7,0,0,216,218,5,2,0,0,217,197,1,0,0,0,217,210,1,
        0,0,0,218,7,1,0,0,0,219,220,5,1,0,0,220,236,7,1,0,0,221,235,5,9,
        0,0,222,235,5,10,0,0,223,235,5,11,0,0,224,235,5,70,0,0,225,235,5,
        71,0,0,226,235,5,60,0,0,227,235,5,16,0,0,228,235,5,38,0,0,229,235,
        5,39,0,0,230,235,5,59,0,0,231,235,5,8,0,0,232,235,5,34,0,0,233,235,
        3,8,4,0,234,221,1,0,0,0,234,222,1,0,0,0,234,223,1,0,0,0,234,224,
        1,0,0,0,234,225,1,0,0,0,234,226,1,0,0,0,234,227,1,0,0,0,234,228,
        1,0,0,0,234,229,1,0,0,0,234,230,1,0,0,0,234,231,1,0,0,0,234,232,
        1,0,0,0,234,233,1,0,0,0,235,238,1,0,0,0,236,234,1,0,0,0,236,237,
        1,0,0,0,237,239,1,0,0,0,238,236,1,0,0,0,239,240,5,2,0,0,240,9,1,
        0,0,0,241,245,5,1,0,0,242,244,3,10,5,0,243,242,1,0,0,0,244,247,1,
        0,0,0,245,243,1,0,0,0,245,246,1,0,0,0,246,248,1,0,0,0,247,245,1,
        0,0,0,248,251,5,2,0,0,249,251,8,2,0,0,250,241,1,0,0,0,250,249,1,
        0,0,0,251,11,1,0,0,0,252,265,3,14,7,0,253,265,3,16,8,0,254,265,3,
        50,25,0,255,265,3,62,31,0,256,265,3,66,33,0,257,265,3,68,34,0,258,
        265,3,70,35,0,259,265,3,58,29,0,260,265,3,74,37,0,261,265,3,76,38,
        0,262,265,3,84,42,0,263,265,3,72,36,0,264,252,1,0,0,0,264,253,1,
        0,0,0,264,254,1,0,0,0,264,255,1,0,0,0,264,256,1,0,0,0,264,257,1,
        0,0,0,264,258,1,0,0,0,264,259,1,0,0,0,264,260,1,0,0,0,264,261,1,
        0,0,0,264,262,1,0,0,0,264,263,1,0,0,0,265,13,1,0,0,0,266,267,5,1,
        0,0,267,269,5,15,0,0,268,270,5,8,0,0,269,268,1,0,0,0,269,270,1,0,
        0,0,270,271,1,0,0,0,271,272,3,18,9,0,272,273,5,2,0,0,273,15,1,0,
        0,0,274,275,5,1,0,0,275,279,5,37,0,0,276,278,3,14,7,0,277,276,1,
        0,0,0,278,281,1,0,0,0,279,277,1,0,0,0,279,280,1,0,0,0,280,282,1,
        0,0,0,281,279,1,0,0,0,282,283,5,2,0,0,283,17,1,0,0,0,284,285,5,1,
        0,0,285,287,5,35,0,0,286,288,5,36,0,0,287,286,1,0,0,0,287,288,1,
        0,0,0,288,292,1,0,0,0,289,291,3,34,17,0,290,289,1,0,0,0,291,294,
        1,0,0,0,292,290,1,0,0,0,292,293,1,0,0,0,293,295,1,0,0,0,294,292,
        1,0,0,0,295,296,3,20,10,0,296,297,5,2,0,0,297,300,1,0,0,0,298,300,
        3,20,10,0,299,284,1,0,0,0,299,298,1,0,0,0,300,19,1,0,0,0,301,302,
        5,1,0,0,302,306,5,16,0,0,303,305,3,36,18,0,304,303,1,0,0,0,305,308,
        1,0,0,0,306,304,1,0,0,0,306,307,1,0,0,0,307,312,1,0,0,0,308,306,
        1,0,0,0,309,311,3,38,19,0,310,309,1,0,0,0,311,314,1,0,0,0,312,310,
        1,0,0,0,312,313,1,0,0,0,313,315,1,0,0,0,314,312,1,0,0,0,315,331,
        5,2,0,0,316,317,5,1,0,0,317,321,5,38,0,0,318,320,3,22,11,0,319,318,
        1,0,0,0,320,323,1,0,0,0,321,319,1,0,0,0,321,322,1,0,0,0,322,324,
        1,0,0,0,323,321,1,0,0,0,324,331,5,2,0,0,325,326,5,1,0,0,326,327,
        5,39,0,0,327,328,3,24,12,0,328,329,5,2,0,0,329,331,1,0,0,0,330,301,
        1,0,0,0,330,316,1,0,0,0,330,325,1,0,0,0,331,21,1,0,0,0,332,333,5,
        1,0,0,333,342,5,40,0,0,334,335,5,8,0,0,335,343,3,24,12,0,336,338,
        3,24,12,0,337,336,1,0,0,0,338,341,1,0,0,0,339,337,1,0,0,0,339,340,
        1,0,0,0,340,343,1,0,0,0,341,339,1,0,0,0,342,334,1,0,0,0,342,339,
        1,0,0,0,343,344,1,0,0,0,344,345,5,2,0,0,345,23,1,0,0,0,346,353,3,
        26,13,0,347,348,5,1,0,0,348,349,5,32,0,0,349,350,3,26,13,0,350,351,
        5,2,0,0,351,353,1,0,0,0,352,346,1,0,0,0,352,347,1,0,0,0,353,25,1,
        0,0,0,354,357,3,28,14,0,355,357,5,57,0,0,356,354,1,0,0,0,356,355,
        1,0,0,0,357,27,1,0,0,0,358,361,5,56,0,0,359,361,3,30,15,0,360,358,
        1,0,0,0,360,359,1,0,0,0,361,29,1,0,0,0,362,372,5,58,0,0,363,364,
        5,1,0,0,364,366,5,33,0,0,365,367,5,34,0,0,366,365,1,0,0,0,366,367,
        1,0,0,0,367,368,1,0,0,0,368,369,3,32,16,0,369,370,5,2,0,0,370,372,
        1,0,0,0,371,362,1,0,0,0,371,363,1,0,0,0,372,31,1,0,0,0,373,379,5,
        16,0,0,374,379,5,38,0,0,375,379,5,39,0,0,376,379,5,59,0,0,377,379,
        3,34,17,0,378,373,1,0,0,0,378,374,1,0,0,0,378,375,1,0,0,0,378,376,
        1,0,0,0,378,377,1,0,0,0,379,33,1,0,0,0,380,381,7,3,0,0,381,35,1,
        0,0,0,382,383,5,1,0,0,383,392,5,17,0,0,384,385,5,8,0,0,385,393,3,
        28,14,0,386,388,3,28,14,0,387,386,1,0,0,0,388,391,1,0,0,0,389,387,
        1,0,0,0,389,390,1,0,0,0,390,393,1,0,0,0,391,389,1,0,0,0,392,384,
        1,0,0,0,392,389,1,0,0,0,393,394,1,0,0,0,394,395,5,2,0,0,395,37,1,
        0,0,0,396,397,5,1,0,0,397,401,5,18,0,0,398,400,3,28,14,0,399,398,
        1,0,0,0,400,403,1,0,0,0,401,399,1,0,0,0,401,402,1,0,0,0,402,404,
        1,0,0,0,403,401,1,0,0,0,404,405,5,2,0,0,405,39,1,0,0,0,406,407,5,
        1,0,0,407,408,5,15,0,0,408,409,3,34,17,0,409,410,5,2,0,0,410,412,
        1,0,0,0,411,406,1,0,0,0,411,412,1,0,0,0,412,416,1,0,0,0,413,415,
        3,36,18,0,414,413,1,0,0,0,415,418,1,0,0,0,416,414,1,0,0,0,416,417,
        1,0,0,0,417,422,1,0,0,0,418,416,1,0,0,0,419,421,3,38,19,0,420,419,
        1,0,0,0,421,424,1,0,0,0,422,420,1,0,0,0,422,423,1,0,0,0,423,41,1,
        0,0,0,424,422,1,0,0,0,425,427,5,56,0,0,426,425,1,0,0,0,426,427,1,
        0,0,0,427,428,1,0,0,0,428,430,5,9,0,0,429,431,5,9,0,0,430,429,1,
        0,0,0,430,431,1,0,0,0,431,43,1,0,0,0,432,433,3,42,21,0,433,434,3,
        30,15,0,434,45,1,0,0,0,435,437,3,42,21,0,436,438,5,41,0,0,437,436,
        1,0,0,0,437,438,1,0,0,0,438,47,1,0,0,0,439,446,3,28,14,0,440,441,
        5,1,0,0,441,442,5,32,0,0,442,443,3,28,14,0,443,444,5,2,0,0,444,446,
        1,0,0,0,445,439,1,0,0,0,445,440,1,0,0,0,446,49,1,0,0,0,447,448,5,
        1,0,0,448,449,5,24,0,0,449,450,5,7,0,0,450,451,5,7,0,0,451,452,3,
        52,26,0,452,453,5,2,0,0,453,51,1,0,0,0,454,455,5,1,0,0,455,457,5,
        16,0,0,456,458,5,8,0,0,457,456,1,0,0,0,457,458,1,0,0,0,458,459,1,
        0,0,0,459,460,3,40,20,0,460,461,5,2,0,0,461,495,1,0,0,0,462,463,
        5,1,0,0,463,465,5,21,0,0,464,466,5,8,0,0,465,464,1,0,0,0,465,466,
        1,0,0,0,466,467,1,0,0,0,467,468,3,44,22,0,468,469,5,2,0,0,469,495,
        1,0,0,0,470,471,5,1,0,0,471,473,5,22,0,0,472,474,5,8,0,0,473,472,
        1,0,0,0,473,474,1,0,0,0,474,475,1,0,0,0,475,476,3,46,23,0,476,477,
        5,2,0,0,477,495,1,0,0,0,478,479,5,1,0,0,479,481,5,20,0,0,480,482,
        5,8,0,0,481,480,1,0,0,0,481,482,1,0,0,0,482,483,1,0,0,0,483,484,
        3,48,24,0,484,485,5,2,0,0,485,495,1,0,0,0,486,487,5,1,0,0,487,489,
        5,23,0,0,488,490,5,8,0,0,489,488,1,0,0,0,489,490,1,0,0,0,490,491,
        1,0,0,0,491,492,3,40,20,0,492,493,5,2,0,0,493,495,1,0,0,0,494,454,
        1,0,0,0,494,462,1,0,0,0,494,470,1,0,0,0,494,478,1,0,0,0,494,486,
        1,0,0,0,495,53,1,0,0,0,496,497,5,1,0,0,497,498,5,24,0,0,498,499,
        5,7,0,0,499,500,5,7,0,0,500,501,5,2,0,0,501,55,1,0,0,0,502,503,5,
        1,0,0,503,504,5,25,0,0,504,505,5,7,0,0,505,506,5,2,0,0,506,57,1,
        0,0,0,507,508,5,1,0,0,508,509,5,25,0,0,509,510,5,7,0,0,510,511,5,
        1,0,0,511,512,3,60,30,0,512,513,3,34,17,0,513,514,5,2,0,0,514,515,
        5,2,0,0,515,59,1,0,0,0,516,517,7,4,0,0,517,61,1,0,0,0,518,519,5,
        1,0,0,519,521,5,16,0,0,520,522,5,8,0,0,521,520,1,0,0,0,521,522,1,
        0,0,0,522,526,1,0,0,0,523,525,3,56,28,0,524,523,1,0,0,0,525,528,
        1,0,0,0,526,524,1,0,0,0,526,527,1,0,0,0,527,530,1,0,0,0,528,526,
        1,0,0,0,529,531,3,54,27,0,530,529,1,0,0,0,530,531,1,0,0,0,531,532,
        1,0,0,0,532,536,3,40,20,0,533,535,3,64,32,0,534,533,1,0,0,0,535,
        538,1,0,0,0,536,534,1,0,0,0,536,537,1,0,0,0,537,544,1,0,0,0,538,
        536,1,0,0,0,539,543,3,86,43,0,540,543,3,88,44,0,541,543,3,96,48,
        0,542,539,1,0,0,0,542,540,1,0,0,0,542,541,1,0,0,0,543,546,1,0,0,
        0,544,542,1,0,0,0,544,545,1,0,0,0,545,547,1,0,0,0,546,544,1,0,0,
        0,547,548,5,2,0,0,548,63,1,0,0,0,549,550,5,1,0,0,550,559,5,19,0,
        0,551,552,5,8,0,0,552,560,3,28,14,0,553,555,3,28,14,0,554,553,1,
        0,0,0,555,558,1,0,0,0,556,554,1,0,0,0,556,557,1,0,0,0,557,560,1,
        0,0,0,558,556,1,0,0,0,559,551,1,0,0,0,559,556,1,0,0,0,560,561,1,
        0,0,0,561,562,5,2,0,0,562,65,1,0,0,0,563,564,5,1,0,0,564,566,5,21,
        0,0,565,567,5,8,0,0,566,565,1,0,0,0,566,567,1,0,0,0,567,571,1,0,
        0,0,568,570,3,56,28,0,569,568,1,0,0,0,570,573,1,0,0,0,571,569,1,
        0,0,0,571,572,1,0,0,0,572,575,1,0,0,0,573,571,1,0,0,0,574,576,3,
        54,27,0,575,574,1,0,0,0,575,576,1,0,0,0,576,606,1,0,0,0,577,583,
        3,44,22,0,578,582,3,86,43,0,579,582,3,88,44,0,580,582,3,96,48,0,
        581,578,1,0,0,0,581,579,1,0,0,0,581,580,1,0,0,0,582,585,1,0,0,0,
        583,581,1,0,0,0,583,584,1,0,0,0,584,607,1,0,0,0,585,583,1,0,0,0,
        586,588,5,56,0,0,587,586,1,0,0,0,587,588,1,0,0,0,588,589,1,0,0,0,
        589,590,3,30,15,0,590,591,5,1,0,0,591,602,5,27,0,0,592,594,3,80,
        40,0,593,592,1,0,0,0,594,595,1,0,0,0,595,593,1,0,0,0,595,596,1,0,
        0,0,596,603,1,0,0,0,597,599,3,34,17,0,598,597,1,0,0,0,599,600,1,
        0,0,0,600,598,1,0,0,0,600,601,1,0,0,0,601,603,1,0,0,0,602,593,1,
        0,0,0,602,598,1,0,0,0,602,603,1,0,0,0,603,604,1,0,0,0,604,605,5,
        2,0,0,605,607,1,0,0,0,606,577,1,0,0,0,606,587,1,0,0,0,607,608,1,
        0,0,0,608,609,5,2,0,0,609,67,1,0,0,0,610,611,5,1,0,0,611,613,5,22,
        0,0,612,614,5,8,0,0,613,612,1,0,0,0,613,614,1,0,0,0,614,618,1,0,
        0,0,615,617,3,56,28,0,616,615,1,0,0,0,617,620,1,0,0,0,618,616,1,
        0,0,0,618,619,1,0,0,0,619,622,1,0,0,0,620,618,1,0,0,0,621,623,3,
        54,27,0,622,621,1,0,0,0,622,623,1,0,0,0,623,637,1,0,0,0,624,638,
        3,46,23,0,625,627,5,56,0,0,626,625,1,0,0,0,626,627,1,0,0,0,627,628,
        1,0,0,0,628,629,5,1,0,0,629,633,5,28,0,0,630,632,5,7,0,0,631,630,
        1,0,0,0,632,635,1,0,0,0,633,631,1,0,0,0,633,634,1,0,0,0,634,636,
        1,0,0,0,635,633,1,0,0,0,636,638,5,2,0,0,637,624,1,0,0,0,637,626,
        1,0,0,0,638,639,1,0,0,0,639,640,5,2,0,0,640,69,1,0,0,0,641,642,5,
        1,0,0,642,644,5,20,0,0,643,645,5,8,0,0,644,643,1,0,0,0,644,645,1,
        0,0,0,645,649,1,0,0,0,646,648,3,56,28,0,647,646,1,0,0,0,648,651,
        1,0,0,0,649,647,1,0,0,0,649,650,1,0,0,0,650,653,1,0,0,0,651,649,
        1,0,0,0,652,654,3,54,27,0,653,652,1,0,0,0,653,654,1,0,0,0,654,655,
        1,0,0,0,655,661,3,48,24,0,656,660,3,86,43,0,657,660,3,88,44,0,658,
        660,3,96,48,0,659,656,1,0,0,0,659,657,1,0,0,0,659,658,1,0,0,0,660,
        663,1,0,0,0,661,659,1,0,0,0,661,662,1,0,0,0,662,664,1,0,0,0,663,
        661,1,0,0,0,664,665,5,2,0,0,665,71,1,0,0,0,666,667,5,1,0,0,667,669,
        5,23,0,0,668,670,5,8,0,0,669,668,1,0,0,0,669,670,1,0,0,0,670,674,
        1,0,0,0,671,673,3,56,28,0,672,671,1,0,0,0,673,676,1,0,0,0,674,672,
        1,0,0,0,674,675,1,0,0,0,675,678,1,0,0,0,676,674,1,0,0,0,677,679,
        3,54,27,0,678,677,1,0,0,0,678,679,1,0,0,0,679,680,1,0,0,0,680,681,
        3,40,20,0,681,682,5,2,0,0,682,73,1,0,0,0,683,684,5,1,0,0,684,685,
        5,26,0,0,685,686,3,34,17,0,686,687,5,2,0,0,687,75,1,0,0,0,688,689,
        5,1,0,0,689,691,5,27,0,0,690,692,5,8,0,0,691,690,1,0,0,0,691,692,
        1,0,0,0,692,714,1,0,0,0,693,715,3,78,39,0,694,695,5,31,0,0,695,715,
        3,78,39,0,696,697,5,1,0,0,697,698,5,21,0,0,698,699,3,34,17,0,699,
        700,5,2,0,0,700,703,1,0,0,0,701,703,5,9,0,0,702,696,1,0,0,0,702,
        701,1,0,0,0,702,703,1,0,0,0,703,704,1,0,0,0,704,712,3,82,41,0,705,
        713,3,78,39,0,706,708,3,34,17,0,707,706,1,0,0,0,708,711,1,0,0,0,
        709,707,1,0,0,0,709,710,1,0,0,0,710,713,1,0,0,0,711,709,1,0,0,0,
        712,705,1,0,0,0,712,709,1,0,0,0,713,715,1,0,0,0,714,693,1,0,0,0,
        714,694,1,0,0,0,714,702,1,0,0,0,715,716,1,0,0,0,716,717,5,2,0,0,
        717,77,1,0,0,0,718,722,3,30,15,0,719,721,3,80,40,0,720,719,1,0,0,
        0,721,724,1,0,0,0,722,720,1,0,0,0,722,723,1,0,0,0,723,733,1,0,0,
        0,724,722,1,0,0,0,725,729,5,16,0,0,726,728,3,34,17,0,727,726,1,0,
        0,0,728,731,1,0,0,0,729,727,1,0,0,0,729,730,1,0,0,0,730,733,1,0,
        0,0,731,729,1,0,0,0,732,718,1,0,0,0,732,725,1,0,0,0,733,79,1,0,0,
        0,734,735,5,1,0,0,735,741,5,30,0,0,736,740,3,86,43,0,737,740,3,88,
        44,0,738,740,3,96,48,0,739,736,1,0,0,0,739,737,1,0,0,0,739,738,1,
        0,0,0,740,743,1,0,0,0,741,739,1,0,0,0,741,742,1,0,0,0,742,744,1,
        0,0,0,743,741,1,0,0,0,744,747,5,2,0,0,745,747,3,96,48,0,746,734,
        1,0,0,0,746,745,1,0,0,0,747,81,1,0,0,0,748,749,5,1,0,0,749,755,5,
        29,0,0,750,754,3,86,43,0,751,754,3,88,44,0,752,754,3,96,48,0,753,
        750,1,0,0,0,753,751,1,0,0,0,753,752,1,0,0,0,754,757,1,0,0,0,755,
        753,1,0,0,0,755,756,1,0,0,0,756,758,1,0,0,0,757,755,1,0,0,0,758,
        761,5,2,0,0,759,761,3,96,48,0,760,748,1,0,0,0,760,759,1,0,0,0,761,
        83,1,0,0,0,762,763,5,1,0,0,763,765,5,28,0,0,764,766,5,8,0,0,765,
        764,1,0,0,0,765,766,1,0,0,0,766,776,1,0,0,0,767,768,5,1,0,0,768,
        769,5,22,0,0,769,770,3,34,17,0,770,771,5,2,0,0,771,774,1,0,0,0,772,
        774,5,9,0,0,773,767,1,0,0,0,773,772,1,0,0,0,773,774,1,0,0,0,774,
        775,1,0,0,0,775,777,3,82,41,0,776,773,1,0,0,0,776,777,1,0,0,0,777,
        781,1,0,0,0,778,780,5,7,0,0,779,778,1,0,0,0,780,783,1,0,0,0,781,
        779,1,0,0,0,781,782,1,0,0,0,782,784,1,0,0,0,783,781,1,0,0,0,784,
        785,5,2,0,0,785,85,1,0,0,0,786,810,5,70,0,0,787,809,5,9,0,0,788,
        809,5,10,0,0,789,809,5,11,0,0,790,809,5,8,0,0,791,809,5,12,0,0,792,
        809,5,13,0,0,793,809,5,60,0,0,794,809,5,58,0,0,795,809,5,16,0,0,
        796,809,5,38,0,0,797,809,5,39,0,0,798,809,5,59,0,0,799,809,5,34,
        0,0,800,801,5,1,0,0,801,802,5,15,0,0,802,803,3,34,17,0,803,804,5,
        2,0,0,804,809,1,0,0,0,805,809,3,36,18,0,806,809,3,38,19,0,807,809,
        3,30,15,0,808,787,1,0,0,0,808,788,1,0,0,0,808,789,1,0,0,0,808,790,
        1,0,0,0,808,791,1,0,0,0,808,792,1,0,0,0,808,793,1,0,0,0,808,794,
        1,0,0,0,808,795,1,0,0,0,808,796,1,0,0,0,808,797,1,0,0,0,808,798,
        1,0,0,0,808,799,1,0,0,0,808,800,1,0,0,0,808,805,1,0,0,0,808,806,
        1,0,0,0,808,807,1,0,0,0,809,812,1,0,0,0,810,808,1,0,0,0,810,811,
        1,0,0,0,811,87,1,0,0,0,812,810,1,0,0,0,813,815,7,5,0,0,814,816,5,
        8,0,0,815,814,1,0,0,0,815,816,1,0,0,0,816,817,1,0,0,0,817,823,3,
        40,20,0,818,822,3,86,43,0,819,822,3,88,44,0,820,822,3,96,48,0,821,
        818,1,0,0,0,821,819,1,0,0,0,821,820,1,0,0,0,822,825,1,0,0,0,823,
        821,1,0,0,0,823,824,1,0,0,0,824,826,1,0,0,0,825,823,1,0,0,0,826,
        828,5,47,0,0,827,829,5,8,0,0,828,827,1,0,0,0,828,829,1,0,0,0,829,
        915,1,0,0,0,830,832,5,44,0,0,831,833,5,8,0,0,832,831,1,0,0,0,832,
        833,1,0,0,0,833,834,1,0,0,0,834,840,3,40,20,0,835,839,3,86,43,0,
        836,839,3,88,44,0,837,839,3,96,48,0,838,835,1,0,0,0,838,836,1,0,
        0,0,838,837,1,0,0,0,839,842,1,0,0,0,840,838,1,0,0,0,840,841,1,0,
        0,0,841,855,1,0,0,0,842,840,1,0,0,0,843,845,5,46,0,0,844,846,5,8,
        0,0,845,844,1,0,0,0,845,846,1,0,0,0,846,852,1,0,0,0,847,851,3,86,
        43,0,848,851,3,88,44,0,849,851,3,96,48,0,850,847,1,0,0,0,850,848,
        1,0,0,0,850,849,1,0,0,0,851,854,1,0,0,0,852,850,1,0,0,0,852,853,
        1,0,0,0,853,856,1,0,0,0,854,852,1,0,0,0,855,843,1,0,0,0,855,856,
        1,0,0,0,856,857,1,0,0,0,857,859,5,47,0,0,858,860,5,8,0,0,859,858,
        1,0,0,0,859,860,1,0,0,0,860,915,1,0,0,0,861,863,5,48,0,0,862,864,
        5,8,0,0,863,862,1,0,0,0,863,864,1,0,0,0,864,865,1,0,0,0,865,869,
        3,40,20,0,866,868,3,94,47,0,867,866,1,0,0,0,868,871,1,0,0,0,869,
        867,1,0,0,0,869,870,1,0,0,0,870,877,1,0,0,0,871,869,1,0,0,0,872,
        876,3,86,43,0,873,876,3,88,44,0,874,876,3,96,48,0,875,872,1,0,0,
        0,875,873,1,0,0,0,875,874,1,0,0,0,876,879,1,0,0,0,877,875,1,0,0,
        0,877,878,1,0,0,0,878,880,1,0,0,0,879,877,1,0,0,0,880,882,5,47,0,
        0,881,883,5,8,0,0,882,881,1,0,0,0,882,883,1,0,0,0,883,915,1,0,0,
        0,884,886,5,49,0,0,885,887,5,8,0,0,886,885,1,0,0,0,886,887,1,0,0,
        0,887,888,1,0,0,0,888,894,3,40,20,0,889,893,3,86,43,0,890,893,3,
        88,44,0,891,893,3,96,48,0,892,889,1,0,0,0,892,890,1,0,0,0,892,891,
        1,0,0,0,893,896,1,0,0,0,894,892,1,0,0,0,894,895,1,0,0,0,895,912,
        1,0,0,0,896,894,1,0,0,0,897,899,3,90,45,0,898,897,1,0,0,0,899,902,
        1,0,0,0,900,898,1,0,0,0,900,901,1,0,0,0,901,904,1,0,0,0,902,900,
        1,0,0,0,903,905,3,92,46,0,904,903,1,0,0,0,904,905,1,0,0,0,905,906,
        1,0,0,0,906,908,5,47,0,0,907,909,5,8,0,0,908,907,1,0,0,0,908,909,
        1,0,0,0,909,913,1,0,0,0,910,911,5,55,0,0,911,913,3,34,17,0,912,900,
        1,0,0,0,912,910,1,0,0,0,913,915,1,0,0,0,914,813,1,0,0,0,914,830,
        1,0,0,0,914,861,1,0,0,0,914,884,1,0,0,0,915,89,1,0,0,0,916,917,5,
        51,0,0,917,923,3,34,17,0,918,922,3,86,43,0,919,922,3,88,44,0,920,
        922,3,96,48,0,921,918,1,0,0,0,921,919,1,0,0,0,921,920,1,0,0,0,922,
        925,1,0,0,0,923,921,1,0,0,0,923,924,1,0,0,0,924,91,1,0,0,0,925,923,
        1,0,0,0,926,932,5,53,0,0,927,931,3,86,43,0,928,931,3,88,44,0,929,
        931,3,96,48,0,930,927,1,0,0,0,930,928,1,0,0,0,930,929,1,0,0,0,931,
        934,1,0,0,0,932,930,1,0,0,0,932,933,1,0,0,0,933,93,1,0,0,0,934,932,
        1,0,0,0,935,948,5,1,0,0,936,937,5,51,0,0,937,938,3,34,17,0,938,939,
        3,34,17,0,939,949,1,0,0,0,940,941,5,52,0,0,941,942,3,34,17,0,942,
        943,3,34,17,0,943,949,1,0,0,0,944,945,5,53,0,0,945,949,3,34,17,0,
        946,947,5,54,0,0,947,949,3,34,17,0,948,936,1,0,0,0,948,940,1,0,0,
        0,948,944,1,0,0,0,948,946,1,0,0,0,949,950,1,0,0,0,950,951,5,2,0,
        0,951,95,1,0,0,0,952,953,5,1,0,0,953,977,5,70,0,0,954,976,5,9,0,
        0,955,976,5,10,0,0,956,976,5,11,0,0,957,976,5,8,0,0,958,976,5,12,
        0,0,959,976,5,13,0,0,960,976,5,60,0,0,961,976,5,58,0,0,962,976,5,
        16,0,0,963,976,5,38,0,0,964,976,5,39,0,0,965,976,5,59,0,0,966,976,
        5,34,0,0,967,968,5,1,0,0,968,969,5,15,0,0,969,970,3,34,17,0,970,
        971,5,2,0,0,971,976,1,0,0,0,972,976,3,36,18,0,973,976,3,38,19,0,
        974,976,3,30,15,0,975,954,1,0,0,0,975,955,1,0,0,0,975,956,1,0,0,
        0,975,957,1,0,0,0,975,958,1,0,0,0,975,959,1,0,0,0,975,960,1,0,0,
        0,975,961,1,0,0,0,975,962,1,0,0,0,975,963,1,0,0,0,975,964,1,0,0,
        0,975,965,1,0,0,0,975,966,1,0,0,0,975,967,1,0,0,0,975,972,1,0,0,
        0,975,973,1,0,0,0,975,974,1,0,0,0,976,979,1,0,0,0,977,975,1,0,0,
        0,977,978,1,0,0,0,978,983,1,0,0,0,979,977,1,0,0,0,980,982,3,96,48,
        0,981,980,1,0,0,0,982,985,1,0,0,0,983,981,1,0,0,0,983,984,1,0,0,
        0,984,986,1,0,0,0,985,983,1,0,0,0,986,1099,5,2,0,0,987,988,5,1,0,
        0,988,990,7,5,0,0,989,991,5,8,0,0,990,989,1,0,0,0,990,991,1,0,0,
        0,991,992,1,0,0,0,992,998,3,40,20,0,993,997,3,86,43,0,994,997,3,
        88,44,0,995,997,3,96,48,0,996,993,1,0,0,0,996,994,1,0,0,0,996,995,
        1,0,0,0,997,1000,1,0,0,0,998,996,1,0,0,0,998,999,1,0,0,0,999,1001,
        1,0,0,0,1000,998,1,0,0,0,1001,1002,5,2,0,0,1002,1099,1,0,0,0,1003,
        1004,5,1,0,0,1004,1006,5,44,0,0,1005,1007,5,8,0,0,1006,1005,1,0,
        0,0,1006,1007,1,0,0,0,1007,1008,1,0,0,0,1008,1012,3,40,20,0,1009,
        1011,3,96,48,0,1010,1009,1,0,0,0,1011,1014,1,0,0,0,1012,1010,1,0,
        0,0,1012,1013,1,0,0,0,1013,1015,1,0,0,0,1014,1012,1,0,0,0,1015,1016,
        5,1,0,0,1016,1022,5,45,0,0,1017,1021,3,86,43,0,1018,1021,3,88,44,
        0,1019,1021,3,96,48,0,1020,1017,1,0,0,0,1020,1018,1,0,0,0,1020,1019,
        1,0,0,0,1021,1024,1,0,0,0,1022,1020,1,0,0,0,1022,1023,1,0,0,0,1023,
        1025,1,0,0,0,1024,1022,1,0,0,0,1025,1037,5,2,0,0,1026,1027,5,1,0,
        0,1027,1033,5,46,0,0,1028,1032,3,86,43,0,1029,1032,3,88,44,0,1030,
        1032,3,96,48,0,1031,1028,1,0,0,0,1031,1029,1,0,0,0,1031,1030,1,0,
        0,0,1032,1035,1,0,0,0,1033,1031,1,0,0,0,1033,1034,1,0,0,0,1034,1036,
        1,0,0,0,1035,1033,1,0,0,0,1036,1038,5,2,0,0,1037,1026,1,0,0,0,1037,
        1038,1,0,0,0,1038,1039,1,0,0,0,1039,1040,5,2,0,0,1040,1099,1,0,0,
        0,1041,1042,5,1,0,0,1042,1044,5,48,0,0,1043,1045,5,8,0,0,1044,1043,
        1,0,0,0,1044,1045,1,0,0,0,1045,1046,1,0,0,0,1046,1050,3,40,20,0,
        1047,1049,3,94,47,0,1048,1047,1,0,0,0,1049,1052,1,0,0,0,1050,1048,
        1,0,0,0,1050,1051,1,0,0,0,1051,1058,1,0,0,0,1052,1050,1,0,0,0,1053,
        1057,3,86,43,0,1054,1057,3,88,44,0,1055,1057,3,96,48,0,1056,1053,
        1,0,0,0,1056,1054,1,0,0,0,1056,1055,1,0,0,0,1057,1060,1,0,0,0,1058,
        1056,1,0,0,0,1058,1059,1,0,0,0,1059,1061,1,0,0,0,1060,1058,1,0,0,
        0,1061,1062,5,2,0,0,1062,1099,1,0,0,0,1063,1064,5,1,0,0,1064,1066,
        5,49,0,0,1065,1067,5,8,0,0,1066,1065,1,0,0,0,1066,1067,1,0,0,0,1067,
        1068,1,0,0,0,1068,1069,3,40,20,0,1069,1070,5,1,0,0,1070,1076,5,50,
        0,0,1071,1075,3,86,43,0,1072,1075,3,88,44,0,1073,1075,3,96,48,0,
        1074,1071,1,0,0,0,1074,1072,1,0,0,0,1074,1073,1,0,0,0,1075,1078,
        1,0,0,0,1076,1074,1,0,0,0,1076,1077,1,0,0,0,1077,1079,1,0,0,0,1078,
        1076,1,0,0,0,1079,1094,5,2,0,0,1080,1082,3,98,49,0,1081,1080,1,0,
        0,0,1082,1085,1,0,0,0,1083,1081,1,0,0,0,1083,1084,1,0,0,0,1084,1087,
        1,0,0,0,1085,1083,1,0,0,0,1086,1088,3,100,50,0,1087,1086,1,0,0,0,
        1087,1088,1,0,0,0,1088,1095,1,0,0,0,1089,1090,5,1,0,0,1090,1091,
        5,55,0,0,1091,1092,3,34,17,0,1092,1093,5,2,0,0,1093,1095,1,0,0,0,
        1094,1083,1,0,0,0,1094,1089,1,0,0,0,1095,1096,1,0,0,0,1096,1097,
        5,2,0,0,1097,1099,1,0,0,0,1098,952,1,0,0,0,1098,987,1,0,0,0,1098,
        1003,1,0,0,0,1098,1041,1,0,0,0,1098,1063,1,0,0,0,1099,97,1,0,0,0,
        1100,1101,5,1,0,0,1101,1102,5,51,0,0,1102,1108,3,34,17,0,1103,1107,
        3,86,43,0,1104,1107,3,88,44,0,1105,1107,3,96,48,0,1106,1103,1,0,
        0,0,1106,1104,1,0,0,0,1106,1105,1,0,0,0,1107,1110,1,0,0,0,1108,1106,
        1,0,0,0,1108,1109,1,0,0,0,1109,1111,1,0,0,0,1110,1108,1,0,0,0,1111,
        1112,5,2,0,0,1112,99,1,0,0,0,1113,1114,5,1,0,0,1114,1120,5,53,0,
        0,1115,1119,3,86,43,0,1116,1119,3,88,44,0,1117,1119,3,96,48,0,1118,
        1115,1,0,0,0,1118,1116,1,0,0,0,1118,1117,1,0,0,0,1119,1122,1,0,0,
        0,1120,1118,1,0,0,0,1120,1121,1,0,0,0,1121,1123,1,0,0,0,1122,1120,
        1,0,0,0,1123,1124,5,2,0,0,1124,101,1,0,0,0,171,105,110,113,121,124,
        131,139,143,145,155,159,164,167,172,179,182,189,192,195,200,206,
        213,217,234,236,245,250,264,269,279,287,292,299,306,312,321,330,
        339,342,352,356,360,366,371,378,389,392,401,411,416,422,426,430,
        437,445,457,465,473,481,489,494,521,526,530,536,542,544,556,559,
        566,571,575,581,583,587,595,600,602,606,613,618,622,626,633,637,
        644,649,653,659,661,669,674,678,691,702,709,712,714,722,729,732,
        739,741,746,753,755,760,765,773,776,781,808,810,815,821,823,828,
        832,838,840,845,850,852,855,859,863,869,875,877,882,886,892,894,
        900,904,908,912,914,921,923,930,932,948,975,977,983,990,996,998,
        1006,1012,1020,1022,1031,1033,1037,1044,1050,1056,1058,1066,1074,
        1076,1083,1087,1094,1098,1106,1108,1118,1120
    ];

    private static __ATN: antlr.ATN;
    public static get _ATN(): antlr.ATN {
        if (!WatParser.__ATN) {
            WatParser.__ATN = new antlr.ATNDeserializer().deserialize(WatParser._serializedATN);
        }

        return WatParser.__ATN;
    }


    private static readonly vocabulary = new antlr.Vocabulary(WatParser.literalNames, WatParser.symbolicNames, []);

    public override get vocabulary(): antlr.Vocabulary {
        return WatParser.vocabulary;
    }

    private static readonly decisionsToDFA = WatParser._ATN.decisionToState.map( (ds: antlr.DecisionState, index: number) => new antlr.DFA(ds, index) );
}

export class ScriptContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public EOF(): antlr.TerminalNode {
        return this.getToken(WatParser.EOF, 0)!;
    }
    public moduleField(): ModuleFieldContext[];
    public moduleField(i: number): ModuleFieldContext | null;
    public moduleField(i?: number): ModuleFieldContext[] | ModuleFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ModuleFieldContext);
        }

        return this.getRuleContext(i, ModuleFieldContext);
    }
    public command(): CommandContext[];
    public command(i: number): CommandContext | null;
    public command(i?: number): CommandContext[] | CommandContext | null {
        if (i === undefined) {
            return this.getRuleContexts(CommandContext);
        }

        return this.getRuleContext(i, CommandContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_script;
    }
}


export class CommandContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public module(): ModuleContext | null {
        return this.getRuleContext(0, ModuleContext);
    }
    public LPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.LPAR, 0);
    }
    public INSTANCE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.INSTANCE, 0);
    }
    public RPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.RPAR, 0);
    }
    public ID(): antlr.TerminalNode[];
    public ID(i: number): antlr.TerminalNode | null;
    public ID(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.ID);
    	} else {
    		return this.getToken(WatParser.ID, i);
    	}
    }
    public REGISTER(): antlr.TerminalNode | null {
        return this.getToken(WatParser.REGISTER, 0);
    }
    public STRING(): antlr.TerminalNode[];
    public STRING(i: number): antlr.TerminalNode | null;
    public STRING(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.STRING);
    	} else {
    		return this.getToken(WatParser.STRING, i);
    	}
    }
    public action(): ActionContext | null {
        return this.getRuleContext(0, ActionContext);
    }
    public ASSERT(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ASSERT, 0);
    }
    public value(): ValueContext[];
    public value(i: number): ValueContext | null;
    public value(i?: number): ValueContext[] | ValueContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ValueContext);
        }

        return this.getRuleContext(i, ValueContext);
    }
    public KEYWORD(): antlr.TerminalNode | null {
        return this.getToken(WatParser.KEYWORD, 0);
    }
    public sexpr(): SexprContext[];
    public sexpr(i: number): SexprContext | null;
    public sexpr(i?: number): SexprContext[] | SexprContext | null {
        if (i === undefined) {
            return this.getRuleContexts(SexprContext);
        }

        return this.getRuleContext(i, SexprContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_command;
    }
}


export class ModuleContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public MODULE(): antlr.TerminalNode {
        return this.getToken(WatParser.MODULE, 0)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public DEFINITION(): antlr.TerminalNode | null {
        return this.getToken(WatParser.DEFINITION, 0);
    }
    public ID(): antlr.TerminalNode[];
    public ID(i: number): antlr.TerminalNode | null;
    public ID(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.ID);
    	} else {
    		return this.getToken(WatParser.ID, i);
    	}
    }
    public BINARY(): antlr.TerminalNode | null {
        return this.getToken(WatParser.BINARY, 0);
    }
    public QUOTE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.QUOTE, 0);
    }
    public moduleField(): ModuleFieldContext[];
    public moduleField(i: number): ModuleFieldContext | null;
    public moduleField(i?: number): ModuleFieldContext[] | ModuleFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ModuleFieldContext);
        }

        return this.getRuleContext(i, ModuleFieldContext);
    }
    public STRING(): antlr.TerminalNode[];
    public STRING(i: number): antlr.TerminalNode | null;
    public STRING(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.STRING);
    	} else {
    		return this.getToken(WatParser.STRING, i);
    	}
    }
    public INSTANCE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.INSTANCE, 0);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_module;
    }
}


export class ActionContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public INVOKE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.INVOKE, 0);
    }
    public STRING(): antlr.TerminalNode {
        return this.getToken(WatParser.STRING, 0)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public ID(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ID, 0);
    }
    public value(): ValueContext[];
    public value(i: number): ValueContext | null;
    public value(i?: number): ValueContext[] | ValueContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ValueContext);
        }

        return this.getRuleContext(i, ValueContext);
    }
    public GET(): antlr.TerminalNode | null {
        return this.getToken(WatParser.GET, 0);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_action;
    }
}


export class ValueContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public KEYWORD(): antlr.TerminalNode[];
    public KEYWORD(i: number): antlr.TerminalNode | null;
    public KEYWORD(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.KEYWORD);
    	} else {
    		return this.getToken(WatParser.KEYWORD, i);
    	}
    }
    public EITHER(): antlr.TerminalNode | null {
        return this.getToken(WatParser.EITHER, 0);
    }
    public NAT(): antlr.TerminalNode[];
    public NAT(i: number): antlr.TerminalNode | null;
    public NAT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.NAT);
    	} else {
    		return this.getToken(WatParser.NAT, i);
    	}
    }
    public INT(): antlr.TerminalNode[];
    public INT(i: number): antlr.TerminalNode | null;
    public INT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.INT);
    	} else {
    		return this.getToken(WatParser.INT, i);
    	}
    }
    public FLOAT(): antlr.TerminalNode[];
    public FLOAT(i: number): antlr.TerminalNode | null;
    public FLOAT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.FLOAT);
    	} else {
    		return this.getToken(WatParser.FLOAT, i);
    	}
    }
    public RESERVED(): antlr.TerminalNode[];
    public RESERVED(i: number): antlr.TerminalNode | null;
    public RESERVED(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.RESERVED);
    	} else {
    		return this.getToken(WatParser.RESERVED, i);
    	}
    }
    public SHAPE(): antlr.TerminalNode[];
    public SHAPE(i: number): antlr.TerminalNode | null;
    public SHAPE(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.SHAPE);
    	} else {
    		return this.getToken(WatParser.SHAPE, i);
    	}
    }
    public FUNC(): antlr.TerminalNode[];
    public FUNC(i: number): antlr.TerminalNode | null;
    public FUNC(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.FUNC);
    	} else {
    		return this.getToken(WatParser.FUNC, i);
    	}
    }
    public STRUCT(): antlr.TerminalNode[];
    public STRUCT(i: number): antlr.TerminalNode | null;
    public STRUCT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.STRUCT);
    	} else {
    		return this.getToken(WatParser.STRUCT, i);
    	}
    }
    public ARRAY(): antlr.TerminalNode[];
    public ARRAY(i: number): antlr.TerminalNode | null;
    public ARRAY(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.ARRAY);
    	} else {
    		return this.getToken(WatParser.ARRAY, i);
    	}
    }
    public HEAP_TYPE(): antlr.TerminalNode[];
    public HEAP_TYPE(i: number): antlr.TerminalNode | null;
    public HEAP_TYPE(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.HEAP_TYPE);
    	} else {
    		return this.getToken(WatParser.HEAP_TYPE, i);
    	}
    }
    public ID(): antlr.TerminalNode[];
    public ID(i: number): antlr.TerminalNode | null;
    public ID(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.ID);
    	} else {
    		return this.getToken(WatParser.ID, i);
    	}
    }
    public NULL(): antlr.TerminalNode[];
    public NULL(i: number): antlr.TerminalNode | null;
    public NULL(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.NULL);
    	} else {
    		return this.getToken(WatParser.NULL, i);
    	}
    }
    public value(): ValueContext[];
    public value(i: number): ValueContext | null;
    public value(i?: number): ValueContext[] | ValueContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ValueContext);
        }

        return this.getRuleContext(i, ValueContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_value;
    }
}


export class SexprContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.LPAR, 0);
    }
    public RPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.RPAR, 0);
    }
    public sexpr(): SexprContext[];
    public sexpr(i: number): SexprContext | null;
    public sexpr(i?: number): SexprContext[] | SexprContext | null {
        if (i === undefined) {
            return this.getRuleContexts(SexprContext);
        }

        return this.getRuleContext(i, SexprContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_sexpr;
    }
}


export class ModuleFieldContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public typeDef(): TypeDefContext | null {
        return this.getRuleContext(0, TypeDefContext);
    }
    public recType(): RecTypeContext | null {
        return this.getRuleContext(0, RecTypeContext);
    }
    public importField(): ImportFieldContext | null {
        return this.getRuleContext(0, ImportFieldContext);
    }
    public funcField(): FuncFieldContext | null {
        return this.getRuleContext(0, FuncFieldContext);
    }
    public tableField(): TableFieldContext | null {
        return this.getRuleContext(0, TableFieldContext);
    }
    public memoryField(): MemoryFieldContext | null {
        return this.getRuleContext(0, MemoryFieldContext);
    }
    public globalField(): GlobalFieldContext | null {
        return this.getRuleContext(0, GlobalFieldContext);
    }
    public exportField(): ExportFieldContext | null {
        return this.getRuleContext(0, ExportFieldContext);
    }
    public startField(): StartFieldContext | null {
        return this.getRuleContext(0, StartFieldContext);
    }
    public elemField(): ElemFieldContext | null {
        return this.getRuleContext(0, ElemFieldContext);
    }
    public dataField(): DataFieldContext | null {
        return this.getRuleContext(0, DataFieldContext);
    }
    public tagField(): TagFieldContext | null {
        return this.getRuleContext(0, TagFieldContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_moduleField;
    }
}


export class TypeDefContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public TYPE(): antlr.TerminalNode {
        return this.getToken(WatParser.TYPE, 0)!;
    }
    public subType(): SubTypeContext {
        return this.getRuleContext(0, SubTypeContext)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public ID(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ID, 0);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_typeDef;
    }
}


export class RecTypeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public REC(): antlr.TerminalNode {
        return this.getToken(WatParser.REC, 0)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public typeDef(): TypeDefContext[];
    public typeDef(i: number): TypeDefContext | null;
    public typeDef(i?: number): TypeDefContext[] | TypeDefContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TypeDefContext);
        }

        return this.getRuleContext(i, TypeDefContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_recType;
    }
}


export class SubTypeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.LPAR, 0);
    }
    public SUB(): antlr.TerminalNode | null {
        return this.getToken(WatParser.SUB, 0);
    }
    public compType(): CompTypeContext {
        return this.getRuleContext(0, CompTypeContext)!;
    }
    public RPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.RPAR, 0);
    }
    public FINAL(): antlr.TerminalNode | null {
        return this.getToken(WatParser.FINAL, 0);
    }
    public idx(): IdxContext[];
    public idx(i: number): IdxContext | null;
    public idx(i?: number): IdxContext[] | IdxContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdxContext);
        }

        return this.getRuleContext(i, IdxContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_subType;
    }
}


export class CompTypeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public FUNC(): antlr.TerminalNode | null {
        return this.getToken(WatParser.FUNC, 0);
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public param(): ParamContext[];
    public param(i: number): ParamContext | null;
    public param(i?: number): ParamContext[] | ParamContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ParamContext);
        }

        return this.getRuleContext(i, ParamContext);
    }
    public result(): ResultContext[];
    public result(i: number): ResultContext | null;
    public result(i?: number): ResultContext[] | ResultContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ResultContext);
        }

        return this.getRuleContext(i, ResultContext);
    }
    public STRUCT(): antlr.TerminalNode | null {
        return this.getToken(WatParser.STRUCT, 0);
    }
    public field(): FieldContext[];
    public field(i: number): FieldContext | null;
    public field(i?: number): FieldContext[] | FieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(FieldContext);
        }

        return this.getRuleContext(i, FieldContext);
    }
    public ARRAY(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ARRAY, 0);
    }
    public fieldType(): FieldTypeContext | null {
        return this.getRuleContext(0, FieldTypeContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_compType;
    }
}


export class FieldContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public FIELD(): antlr.TerminalNode {
        return this.getToken(WatParser.FIELD, 0)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public ID(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ID, 0);
    }
    public fieldType(): FieldTypeContext[];
    public fieldType(i: number): FieldTypeContext | null;
    public fieldType(i?: number): FieldTypeContext[] | FieldTypeContext | null {
        if (i === undefined) {
            return this.getRuleContexts(FieldTypeContext);
        }

        return this.getRuleContext(i, FieldTypeContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_field;
    }
}


export class FieldTypeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public storageType(): StorageTypeContext {
        return this.getRuleContext(0, StorageTypeContext)!;
    }
    public LPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.LPAR, 0);
    }
    public MUT(): antlr.TerminalNode | null {
        return this.getToken(WatParser.MUT, 0);
    }
    public RPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.RPAR, 0);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_fieldType;
    }
}


export class StorageTypeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public valType(): ValTypeContext | null {
        return this.getRuleContext(0, ValTypeContext);
    }
    public PACKED_TYPE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.PACKED_TYPE, 0);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_storageType;
    }
}


export class ValTypeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public NUM_TYPE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.NUM_TYPE, 0);
    }
    public refType(): RefTypeContext | null {
        return this.getRuleContext(0, RefTypeContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_valType;
    }
}


export class RefTypeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public REF_SHORTHAND(): antlr.TerminalNode | null {
        return this.getToken(WatParser.REF_SHORTHAND, 0);
    }
    public LPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.LPAR, 0);
    }
    public REF(): antlr.TerminalNode | null {
        return this.getToken(WatParser.REF, 0);
    }
    public heapType(): HeapTypeContext | null {
        return this.getRuleContext(0, HeapTypeContext);
    }
    public RPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.RPAR, 0);
    }
    public NULL(): antlr.TerminalNode | null {
        return this.getToken(WatParser.NULL, 0);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_refType;
    }
}


export class HeapTypeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public FUNC(): antlr.TerminalNode | null {
        return this.getToken(WatParser.FUNC, 0);
    }
    public STRUCT(): antlr.TerminalNode | null {
        return this.getToken(WatParser.STRUCT, 0);
    }
    public ARRAY(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ARRAY, 0);
    }
    public HEAP_TYPE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.HEAP_TYPE, 0);
    }
    public idx(): IdxContext | null {
        return this.getRuleContext(0, IdxContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_heapType;
    }
}


export class IdxContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public NAT(): antlr.TerminalNode | null {
        return this.getToken(WatParser.NAT, 0);
    }
    public ID(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ID, 0);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_idx;
    }
}


export class ParamContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public PARAM(): antlr.TerminalNode {
        return this.getToken(WatParser.PARAM, 0)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public ID(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ID, 0);
    }
    public valType(): ValTypeContext[];
    public valType(i: number): ValTypeContext | null;
    public valType(i?: number): ValTypeContext[] | ValTypeContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ValTypeContext);
        }

        return this.getRuleContext(i, ValTypeContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_param;
    }
}


export class ResultContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public RESULT(): antlr.TerminalNode {
        return this.getToken(WatParser.RESULT, 0)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public valType(): ValTypeContext[];
    public valType(i: number): ValTypeContext | null;
    public valType(i?: number): ValTypeContext[] | ValTypeContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ValTypeContext);
        }

        return this.getRuleContext(i, ValTypeContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_result;
    }
}


export class TypeUseContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.LPAR, 0);
    }
    public TYPE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.TYPE, 0);
    }
    public idx(): IdxContext | null {
        return this.getRuleContext(0, IdxContext);
    }
    public RPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.RPAR, 0);
    }
    public param(): ParamContext[];
    public param(i: number): ParamContext | null;
    public param(i?: number): ParamContext[] | ParamContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ParamContext);
        }

        return this.getRuleContext(i, ParamContext);
    }
    public result(): ResultContext[];
    public result(i: number): ResultContext | null;
    public result(i?: number): ResultContext[] | ResultContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ResultContext);
        }

        return this.getRuleContext(i, ResultContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_typeUse;
    }
}


export class LimitsContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public NAT(): antlr.TerminalNode[];
    public NAT(i: number): antlr.TerminalNode | null;
    public NAT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.NAT);
    	} else {
    		return this.getToken(WatParser.NAT, i);
    	}
    }
    public NUM_TYPE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.NUM_TYPE, 0);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_limits;
    }
}


export class TableTypeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public limits(): LimitsContext {
        return this.getRuleContext(0, LimitsContext)!;
    }
    public refType(): RefTypeContext {
        return this.getRuleContext(0, RefTypeContext)!;
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_tableType;
    }
}


export class MemoryTypeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public limits(): LimitsContext {
        return this.getRuleContext(0, LimitsContext)!;
    }
    public SHARED(): antlr.TerminalNode | null {
        return this.getToken(WatParser.SHARED, 0);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_memoryType;
    }
}


export class GlobalTypeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public valType(): ValTypeContext {
        return this.getRuleContext(0, ValTypeContext)!;
    }
    public LPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.LPAR, 0);
    }
    public MUT(): antlr.TerminalNode | null {
        return this.getToken(WatParser.MUT, 0);
    }
    public RPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.RPAR, 0);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_globalType;
    }
}


export class ImportFieldContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public IMPORT(): antlr.TerminalNode {
        return this.getToken(WatParser.IMPORT, 0)!;
    }
    public STRING(): antlr.TerminalNode[];
    public STRING(i: number): antlr.TerminalNode | null;
    public STRING(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.STRING);
    	} else {
    		return this.getToken(WatParser.STRING, i);
    	}
    }
    public importDesc(): ImportDescContext {
        return this.getRuleContext(0, ImportDescContext)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_importField;
    }
}


export class ImportDescContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public FUNC(): antlr.TerminalNode | null {
        return this.getToken(WatParser.FUNC, 0);
    }
    public typeUse(): TypeUseContext | null {
        return this.getRuleContext(0, TypeUseContext);
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public ID(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ID, 0);
    }
    public TABLE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.TABLE, 0);
    }
    public tableType(): TableTypeContext | null {
        return this.getRuleContext(0, TableTypeContext);
    }
    public MEMORY(): antlr.TerminalNode | null {
        return this.getToken(WatParser.MEMORY, 0);
    }
    public memoryType(): MemoryTypeContext | null {
        return this.getRuleContext(0, MemoryTypeContext);
    }
    public GLOBAL(): antlr.TerminalNode | null {
        return this.getToken(WatParser.GLOBAL, 0);
    }
    public globalType(): GlobalTypeContext | null {
        return this.getRuleContext(0, GlobalTypeContext);
    }
    public TAG(): antlr.TerminalNode | null {
        return this.getToken(WatParser.TAG, 0);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_importDesc;
    }
}


export class InlineImportContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public IMPORT(): antlr.TerminalNode {
        return this.getToken(WatParser.IMPORT, 0)!;
    }
    public STRING(): antlr.TerminalNode[];
    public STRING(i: number): antlr.TerminalNode | null;
    public STRING(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.STRING);
    	} else {
    		return this.getToken(WatParser.STRING, i);
    	}
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_inlineImport;
    }
}


export class InlineExportContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public EXPORT(): antlr.TerminalNode {
        return this.getToken(WatParser.EXPORT, 0)!;
    }
    public STRING(): antlr.TerminalNode {
        return this.getToken(WatParser.STRING, 0)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_inlineExport;
    }
}


export class ExportFieldContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode[];
    public LPAR(i: number): antlr.TerminalNode | null;
    public LPAR(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.LPAR);
    	} else {
    		return this.getToken(WatParser.LPAR, i);
    	}
    }
    public EXPORT(): antlr.TerminalNode {
        return this.getToken(WatParser.EXPORT, 0)!;
    }
    public STRING(): antlr.TerminalNode {
        return this.getToken(WatParser.STRING, 0)!;
    }
    public exportKind(): ExportKindContext {
        return this.getRuleContext(0, ExportKindContext)!;
    }
    public idx(): IdxContext {
        return this.getRuleContext(0, IdxContext)!;
    }
    public RPAR(): antlr.TerminalNode[];
    public RPAR(i: number): antlr.TerminalNode | null;
    public RPAR(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.RPAR);
    	} else {
    		return this.getToken(WatParser.RPAR, i);
    	}
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_exportField;
    }
}


export class ExportKindContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public FUNC(): antlr.TerminalNode | null {
        return this.getToken(WatParser.FUNC, 0);
    }
    public TABLE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.TABLE, 0);
    }
    public MEMORY(): antlr.TerminalNode | null {
        return this.getToken(WatParser.MEMORY, 0);
    }
    public GLOBAL(): antlr.TerminalNode | null {
        return this.getToken(WatParser.GLOBAL, 0);
    }
    public TAG(): antlr.TerminalNode | null {
        return this.getToken(WatParser.TAG, 0);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_exportKind;
    }
}


export class FuncFieldContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public FUNC(): antlr.TerminalNode {
        return this.getToken(WatParser.FUNC, 0)!;
    }
    public typeUse(): TypeUseContext {
        return this.getRuleContext(0, TypeUseContext)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public ID(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ID, 0);
    }
    public inlineExport(): InlineExportContext[];
    public inlineExport(i: number): InlineExportContext | null;
    public inlineExport(i?: number): InlineExportContext[] | InlineExportContext | null {
        if (i === undefined) {
            return this.getRuleContexts(InlineExportContext);
        }

        return this.getRuleContext(i, InlineExportContext);
    }
    public inlineImport(): InlineImportContext | null {
        return this.getRuleContext(0, InlineImportContext);
    }
    public local(): LocalContext[];
    public local(i: number): LocalContext | null;
    public local(i?: number): LocalContext[] | LocalContext | null {
        if (i === undefined) {
            return this.getRuleContexts(LocalContext);
        }

        return this.getRuleContext(i, LocalContext);
    }
    public plainInstr(): PlainInstrContext[];
    public plainInstr(i: number): PlainInstrContext | null;
    public plainInstr(i?: number): PlainInstrContext[] | PlainInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PlainInstrContext);
        }

        return this.getRuleContext(i, PlainInstrContext);
    }
    public blockInstr(): BlockInstrContext[];
    public blockInstr(i: number): BlockInstrContext | null;
    public blockInstr(i?: number): BlockInstrContext[] | BlockInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(BlockInstrContext);
        }

        return this.getRuleContext(i, BlockInstrContext);
    }
    public foldedInstr(): FoldedInstrContext[];
    public foldedInstr(i: number): FoldedInstrContext | null;
    public foldedInstr(i?: number): FoldedInstrContext[] | FoldedInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(FoldedInstrContext);
        }

        return this.getRuleContext(i, FoldedInstrContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_funcField;
    }
}


export class LocalContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public LOCAL(): antlr.TerminalNode {
        return this.getToken(WatParser.LOCAL, 0)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public ID(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ID, 0);
    }
    public valType(): ValTypeContext[];
    public valType(i: number): ValTypeContext | null;
    public valType(i?: number): ValTypeContext[] | ValTypeContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ValTypeContext);
        }

        return this.getRuleContext(i, ValTypeContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_local;
    }
}


export class TableFieldContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode[];
    public LPAR(i: number): antlr.TerminalNode | null;
    public LPAR(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.LPAR);
    	} else {
    		return this.getToken(WatParser.LPAR, i);
    	}
    }
    public TABLE(): antlr.TerminalNode {
        return this.getToken(WatParser.TABLE, 0)!;
    }
    public RPAR(): antlr.TerminalNode[];
    public RPAR(i: number): antlr.TerminalNode | null;
    public RPAR(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.RPAR);
    	} else {
    		return this.getToken(WatParser.RPAR, i);
    	}
    }
    public tableType(): TableTypeContext | null {
        return this.getRuleContext(0, TableTypeContext);
    }
    public refType(): RefTypeContext | null {
        return this.getRuleContext(0, RefTypeContext);
    }
    public ELEM(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ELEM, 0);
    }
    public ID(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ID, 0);
    }
    public inlineExport(): InlineExportContext[];
    public inlineExport(i: number): InlineExportContext | null;
    public inlineExport(i?: number): InlineExportContext[] | InlineExportContext | null {
        if (i === undefined) {
            return this.getRuleContexts(InlineExportContext);
        }

        return this.getRuleContext(i, InlineExportContext);
    }
    public inlineImport(): InlineImportContext | null {
        return this.getRuleContext(0, InlineImportContext);
    }
    public plainInstr(): PlainInstrContext[];
    public plainInstr(i: number): PlainInstrContext | null;
    public plainInstr(i?: number): PlainInstrContext[] | PlainInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PlainInstrContext);
        }

        return this.getRuleContext(i, PlainInstrContext);
    }
    public blockInstr(): BlockInstrContext[];
    public blockInstr(i: number): BlockInstrContext | null;
    public blockInstr(i?: number): BlockInstrContext[] | BlockInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(BlockInstrContext);
        }

        return this.getRuleContext(i, BlockInstrContext);
    }
    public foldedInstr(): FoldedInstrContext[];
    public foldedInstr(i: number): FoldedInstrContext | null;
    public foldedInstr(i?: number): FoldedInstrContext[] | FoldedInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(FoldedInstrContext);
        }

        return this.getRuleContext(i, FoldedInstrContext);
    }
    public NUM_TYPE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.NUM_TYPE, 0);
    }
    public elemItem(): ElemItemContext[];
    public elemItem(i: number): ElemItemContext | null;
    public elemItem(i?: number): ElemItemContext[] | ElemItemContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ElemItemContext);
        }

        return this.getRuleContext(i, ElemItemContext);
    }
    public idx(): IdxContext[];
    public idx(i: number): IdxContext | null;
    public idx(i?: number): IdxContext[] | IdxContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdxContext);
        }

        return this.getRuleContext(i, IdxContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_tableField;
    }
}


export class MemoryFieldContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode[];
    public LPAR(i: number): antlr.TerminalNode | null;
    public LPAR(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.LPAR);
    	} else {
    		return this.getToken(WatParser.LPAR, i);
    	}
    }
    public MEMORY(): antlr.TerminalNode {
        return this.getToken(WatParser.MEMORY, 0)!;
    }
    public RPAR(): antlr.TerminalNode[];
    public RPAR(i: number): antlr.TerminalNode | null;
    public RPAR(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.RPAR);
    	} else {
    		return this.getToken(WatParser.RPAR, i);
    	}
    }
    public memoryType(): MemoryTypeContext | null {
        return this.getRuleContext(0, MemoryTypeContext);
    }
    public DATA(): antlr.TerminalNode | null {
        return this.getToken(WatParser.DATA, 0);
    }
    public ID(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ID, 0);
    }
    public inlineExport(): InlineExportContext[];
    public inlineExport(i: number): InlineExportContext | null;
    public inlineExport(i?: number): InlineExportContext[] | InlineExportContext | null {
        if (i === undefined) {
            return this.getRuleContexts(InlineExportContext);
        }

        return this.getRuleContext(i, InlineExportContext);
    }
    public inlineImport(): InlineImportContext | null {
        return this.getRuleContext(0, InlineImportContext);
    }
    public NUM_TYPE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.NUM_TYPE, 0);
    }
    public STRING(): antlr.TerminalNode[];
    public STRING(i: number): antlr.TerminalNode | null;
    public STRING(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.STRING);
    	} else {
    		return this.getToken(WatParser.STRING, i);
    	}
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_memoryField;
    }
}


export class GlobalFieldContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public GLOBAL(): antlr.TerminalNode {
        return this.getToken(WatParser.GLOBAL, 0)!;
    }
    public globalType(): GlobalTypeContext {
        return this.getRuleContext(0, GlobalTypeContext)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public ID(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ID, 0);
    }
    public inlineExport(): InlineExportContext[];
    public inlineExport(i: number): InlineExportContext | null;
    public inlineExport(i?: number): InlineExportContext[] | InlineExportContext | null {
        if (i === undefined) {
            return this.getRuleContexts(InlineExportContext);
        }

        return this.getRuleContext(i, InlineExportContext);
    }
    public inlineImport(): InlineImportContext | null {
        return this.getRuleContext(0, InlineImportContext);
    }
    public plainInstr(): PlainInstrContext[];
    public plainInstr(i: number): PlainInstrContext | null;
    public plainInstr(i?: number): PlainInstrContext[] | PlainInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PlainInstrContext);
        }

        return this.getRuleContext(i, PlainInstrContext);
    }
    public blockInstr(): BlockInstrContext[];
    public blockInstr(i: number): BlockInstrContext | null;
    public blockInstr(i?: number): BlockInstrContext[] | BlockInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(BlockInstrContext);
        }

        return this.getRuleContext(i, BlockInstrContext);
    }
    public foldedInstr(): FoldedInstrContext[];
    public foldedInstr(i: number): FoldedInstrContext | null;
    public foldedInstr(i?: number): FoldedInstrContext[] | FoldedInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(FoldedInstrContext);
        }

        return this.getRuleContext(i, FoldedInstrContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_globalField;
    }
}


export class TagFieldContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public TAG(): antlr.TerminalNode {
        return this.getToken(WatParser.TAG, 0)!;
    }
    public typeUse(): TypeUseContext {
        return this.getRuleContext(0, TypeUseContext)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public ID(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ID, 0);
    }
    public inlineExport(): InlineExportContext[];
    public inlineExport(i: number): InlineExportContext | null;
    public inlineExport(i?: number): InlineExportContext[] | InlineExportContext | null {
        if (i === undefined) {
            return this.getRuleContexts(InlineExportContext);
        }

        return this.getRuleContext(i, InlineExportContext);
    }
    public inlineImport(): InlineImportContext | null {
        return this.getRuleContext(0, InlineImportContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_tagField;
    }
}


export class StartFieldContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public START(): antlr.TerminalNode {
        return this.getToken(WatParser.START, 0)!;
    }
    public idx(): IdxContext {
        return this.getRuleContext(0, IdxContext)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_startField;
    }
}


export class ElemFieldContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode[];
    public LPAR(i: number): antlr.TerminalNode | null;
    public LPAR(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.LPAR);
    	} else {
    		return this.getToken(WatParser.LPAR, i);
    	}
    }
    public ELEM(): antlr.TerminalNode {
        return this.getToken(WatParser.ELEM, 0)!;
    }
    public RPAR(): antlr.TerminalNode[];
    public RPAR(i: number): antlr.TerminalNode | null;
    public RPAR(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.RPAR);
    	} else {
    		return this.getToken(WatParser.RPAR, i);
    	}
    }
    public elemList(): ElemListContext | null {
        return this.getRuleContext(0, ElemListContext);
    }
    public DECLARE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.DECLARE, 0);
    }
    public offset(): OffsetContext | null {
        return this.getRuleContext(0, OffsetContext);
    }
    public ID(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ID, 0);
    }
    public TABLE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.TABLE, 0);
    }
    public idx(): IdxContext[];
    public idx(i: number): IdxContext | null;
    public idx(i?: number): IdxContext[] | IdxContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdxContext);
        }

        return this.getRuleContext(i, IdxContext);
    }
    public NAT(): antlr.TerminalNode | null {
        return this.getToken(WatParser.NAT, 0);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_elemField;
    }
}


export class ElemListContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public refType(): RefTypeContext | null {
        return this.getRuleContext(0, RefTypeContext);
    }
    public elemItem(): ElemItemContext[];
    public elemItem(i: number): ElemItemContext | null;
    public elemItem(i?: number): ElemItemContext[] | ElemItemContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ElemItemContext);
        }

        return this.getRuleContext(i, ElemItemContext);
    }
    public FUNC(): antlr.TerminalNode | null {
        return this.getToken(WatParser.FUNC, 0);
    }
    public idx(): IdxContext[];
    public idx(i: number): IdxContext | null;
    public idx(i?: number): IdxContext[] | IdxContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdxContext);
        }

        return this.getRuleContext(i, IdxContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_elemList;
    }
}


export class ElemItemContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.LPAR, 0);
    }
    public ITEM(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ITEM, 0);
    }
    public RPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.RPAR, 0);
    }
    public plainInstr(): PlainInstrContext[];
    public plainInstr(i: number): PlainInstrContext | null;
    public plainInstr(i?: number): PlainInstrContext[] | PlainInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PlainInstrContext);
        }

        return this.getRuleContext(i, PlainInstrContext);
    }
    public blockInstr(): BlockInstrContext[];
    public blockInstr(i: number): BlockInstrContext | null;
    public blockInstr(i?: number): BlockInstrContext[] | BlockInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(BlockInstrContext);
        }

        return this.getRuleContext(i, BlockInstrContext);
    }
    public foldedInstr(): FoldedInstrContext[];
    public foldedInstr(i: number): FoldedInstrContext | null;
    public foldedInstr(i?: number): FoldedInstrContext[] | FoldedInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(FoldedInstrContext);
        }

        return this.getRuleContext(i, FoldedInstrContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_elemItem;
    }
}


export class OffsetContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.LPAR, 0);
    }
    public OFFSET(): antlr.TerminalNode | null {
        return this.getToken(WatParser.OFFSET, 0);
    }
    public RPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.RPAR, 0);
    }
    public plainInstr(): PlainInstrContext[];
    public plainInstr(i: number): PlainInstrContext | null;
    public plainInstr(i?: number): PlainInstrContext[] | PlainInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PlainInstrContext);
        }

        return this.getRuleContext(i, PlainInstrContext);
    }
    public blockInstr(): BlockInstrContext[];
    public blockInstr(i: number): BlockInstrContext | null;
    public blockInstr(i?: number): BlockInstrContext[] | BlockInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(BlockInstrContext);
        }

        return this.getRuleContext(i, BlockInstrContext);
    }
    public foldedInstr(): FoldedInstrContext[];
    public foldedInstr(i: number): FoldedInstrContext | null;
    public foldedInstr(i?: number): FoldedInstrContext[] | FoldedInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(FoldedInstrContext);
        }

        return this.getRuleContext(i, FoldedInstrContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_offset;
    }
}


export class DataFieldContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode[];
    public LPAR(i: number): antlr.TerminalNode | null;
    public LPAR(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.LPAR);
    	} else {
    		return this.getToken(WatParser.LPAR, i);
    	}
    }
    public DATA(): antlr.TerminalNode {
        return this.getToken(WatParser.DATA, 0)!;
    }
    public RPAR(): antlr.TerminalNode[];
    public RPAR(i: number): antlr.TerminalNode | null;
    public RPAR(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.RPAR);
    	} else {
    		return this.getToken(WatParser.RPAR, i);
    	}
    }
    public ID(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ID, 0);
    }
    public offset(): OffsetContext | null {
        return this.getRuleContext(0, OffsetContext);
    }
    public STRING(): antlr.TerminalNode[];
    public STRING(i: number): antlr.TerminalNode | null;
    public STRING(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.STRING);
    	} else {
    		return this.getToken(WatParser.STRING, i);
    	}
    }
    public MEMORY(): antlr.TerminalNode | null {
        return this.getToken(WatParser.MEMORY, 0);
    }
    public idx(): IdxContext | null {
        return this.getRuleContext(0, IdxContext);
    }
    public NAT(): antlr.TerminalNode | null {
        return this.getToken(WatParser.NAT, 0);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_dataField;
    }
}


export class PlainInstrContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public KEYWORD(): antlr.TerminalNode {
        return this.getToken(WatParser.KEYWORD, 0)!;
    }
    public NAT(): antlr.TerminalNode[];
    public NAT(i: number): antlr.TerminalNode | null;
    public NAT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.NAT);
    	} else {
    		return this.getToken(WatParser.NAT, i);
    	}
    }
    public INT(): antlr.TerminalNode[];
    public INT(i: number): antlr.TerminalNode | null;
    public INT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.INT);
    	} else {
    		return this.getToken(WatParser.INT, i);
    	}
    }
    public FLOAT(): antlr.TerminalNode[];
    public FLOAT(i: number): antlr.TerminalNode | null;
    public FLOAT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.FLOAT);
    	} else {
    		return this.getToken(WatParser.FLOAT, i);
    	}
    }
    public ID(): antlr.TerminalNode[];
    public ID(i: number): antlr.TerminalNode | null;
    public ID(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.ID);
    	} else {
    		return this.getToken(WatParser.ID, i);
    	}
    }
    public MEM_OFFSET(): antlr.TerminalNode[];
    public MEM_OFFSET(i: number): antlr.TerminalNode | null;
    public MEM_OFFSET(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.MEM_OFFSET);
    	} else {
    		return this.getToken(WatParser.MEM_OFFSET, i);
    	}
    }
    public MEM_ALIGN(): antlr.TerminalNode[];
    public MEM_ALIGN(i: number): antlr.TerminalNode | null;
    public MEM_ALIGN(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.MEM_ALIGN);
    	} else {
    		return this.getToken(WatParser.MEM_ALIGN, i);
    	}
    }
    public SHAPE(): antlr.TerminalNode[];
    public SHAPE(i: number): antlr.TerminalNode | null;
    public SHAPE(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.SHAPE);
    	} else {
    		return this.getToken(WatParser.SHAPE, i);
    	}
    }
    public REF_SHORTHAND(): antlr.TerminalNode[];
    public REF_SHORTHAND(i: number): antlr.TerminalNode | null;
    public REF_SHORTHAND(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.REF_SHORTHAND);
    	} else {
    		return this.getToken(WatParser.REF_SHORTHAND, i);
    	}
    }
    public FUNC(): antlr.TerminalNode[];
    public FUNC(i: number): antlr.TerminalNode | null;
    public FUNC(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.FUNC);
    	} else {
    		return this.getToken(WatParser.FUNC, i);
    	}
    }
    public STRUCT(): antlr.TerminalNode[];
    public STRUCT(i: number): antlr.TerminalNode | null;
    public STRUCT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.STRUCT);
    	} else {
    		return this.getToken(WatParser.STRUCT, i);
    	}
    }
    public ARRAY(): antlr.TerminalNode[];
    public ARRAY(i: number): antlr.TerminalNode | null;
    public ARRAY(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.ARRAY);
    	} else {
    		return this.getToken(WatParser.ARRAY, i);
    	}
    }
    public HEAP_TYPE(): antlr.TerminalNode[];
    public HEAP_TYPE(i: number): antlr.TerminalNode | null;
    public HEAP_TYPE(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.HEAP_TYPE);
    	} else {
    		return this.getToken(WatParser.HEAP_TYPE, i);
    	}
    }
    public NULL(): antlr.TerminalNode[];
    public NULL(i: number): antlr.TerminalNode | null;
    public NULL(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.NULL);
    	} else {
    		return this.getToken(WatParser.NULL, i);
    	}
    }
    public LPAR(): antlr.TerminalNode[];
    public LPAR(i: number): antlr.TerminalNode | null;
    public LPAR(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.LPAR);
    	} else {
    		return this.getToken(WatParser.LPAR, i);
    	}
    }
    public TYPE(): antlr.TerminalNode[];
    public TYPE(i: number): antlr.TerminalNode | null;
    public TYPE(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.TYPE);
    	} else {
    		return this.getToken(WatParser.TYPE, i);
    	}
    }
    public idx(): IdxContext[];
    public idx(i: number): IdxContext | null;
    public idx(i?: number): IdxContext[] | IdxContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdxContext);
        }

        return this.getRuleContext(i, IdxContext);
    }
    public RPAR(): antlr.TerminalNode[];
    public RPAR(i: number): antlr.TerminalNode | null;
    public RPAR(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.RPAR);
    	} else {
    		return this.getToken(WatParser.RPAR, i);
    	}
    }
    public param(): ParamContext[];
    public param(i: number): ParamContext | null;
    public param(i?: number): ParamContext[] | ParamContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ParamContext);
        }

        return this.getRuleContext(i, ParamContext);
    }
    public result(): ResultContext[];
    public result(i: number): ResultContext | null;
    public result(i?: number): ResultContext[] | ResultContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ResultContext);
        }

        return this.getRuleContext(i, ResultContext);
    }
    public refType(): RefTypeContext[];
    public refType(i: number): RefTypeContext | null;
    public refType(i?: number): RefTypeContext[] | RefTypeContext | null {
        if (i === undefined) {
            return this.getRuleContexts(RefTypeContext);
        }

        return this.getRuleContext(i, RefTypeContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_plainInstr;
    }
}


export class BlockInstrContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public typeUse(): TypeUseContext {
        return this.getRuleContext(0, TypeUseContext)!;
    }
    public END(): antlr.TerminalNode | null {
        return this.getToken(WatParser.END, 0);
    }
    public BLOCK(): antlr.TerminalNode | null {
        return this.getToken(WatParser.BLOCK, 0);
    }
    public LOOP(): antlr.TerminalNode | null {
        return this.getToken(WatParser.LOOP, 0);
    }
    public ID(): antlr.TerminalNode[];
    public ID(i: number): antlr.TerminalNode | null;
    public ID(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.ID);
    	} else {
    		return this.getToken(WatParser.ID, i);
    	}
    }
    public plainInstr(): PlainInstrContext[];
    public plainInstr(i: number): PlainInstrContext | null;
    public plainInstr(i?: number): PlainInstrContext[] | PlainInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PlainInstrContext);
        }

        return this.getRuleContext(i, PlainInstrContext);
    }
    public blockInstr(): BlockInstrContext[];
    public blockInstr(i: number): BlockInstrContext | null;
    public blockInstr(i?: number): BlockInstrContext[] | BlockInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(BlockInstrContext);
        }

        return this.getRuleContext(i, BlockInstrContext);
    }
    public foldedInstr(): FoldedInstrContext[];
    public foldedInstr(i: number): FoldedInstrContext | null;
    public foldedInstr(i?: number): FoldedInstrContext[] | FoldedInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(FoldedInstrContext);
        }

        return this.getRuleContext(i, FoldedInstrContext);
    }
    public IF(): antlr.TerminalNode | null {
        return this.getToken(WatParser.IF, 0);
    }
    public ELSE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ELSE, 0);
    }
    public TRY_TABLE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.TRY_TABLE, 0);
    }
    public catchClause(): CatchClauseContext[];
    public catchClause(i: number): CatchClauseContext | null;
    public catchClause(i?: number): CatchClauseContext[] | CatchClauseContext | null {
        if (i === undefined) {
            return this.getRuleContexts(CatchClauseContext);
        }

        return this.getRuleContext(i, CatchClauseContext);
    }
    public TRY(): antlr.TerminalNode | null {
        return this.getToken(WatParser.TRY, 0);
    }
    public DELEGATE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.DELEGATE, 0);
    }
    public idx(): IdxContext | null {
        return this.getRuleContext(0, IdxContext);
    }
    public legacyCatch(): LegacyCatchContext[];
    public legacyCatch(i: number): LegacyCatchContext | null;
    public legacyCatch(i?: number): LegacyCatchContext[] | LegacyCatchContext | null {
        if (i === undefined) {
            return this.getRuleContexts(LegacyCatchContext);
        }

        return this.getRuleContext(i, LegacyCatchContext);
    }
    public legacyCatchAll(): LegacyCatchAllContext | null {
        return this.getRuleContext(0, LegacyCatchAllContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_blockInstr;
    }
}


export class LegacyCatchContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public CATCH(): antlr.TerminalNode {
        return this.getToken(WatParser.CATCH, 0)!;
    }
    public idx(): IdxContext {
        return this.getRuleContext(0, IdxContext)!;
    }
    public plainInstr(): PlainInstrContext[];
    public plainInstr(i: number): PlainInstrContext | null;
    public plainInstr(i?: number): PlainInstrContext[] | PlainInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PlainInstrContext);
        }

        return this.getRuleContext(i, PlainInstrContext);
    }
    public blockInstr(): BlockInstrContext[];
    public blockInstr(i: number): BlockInstrContext | null;
    public blockInstr(i?: number): BlockInstrContext[] | BlockInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(BlockInstrContext);
        }

        return this.getRuleContext(i, BlockInstrContext);
    }
    public foldedInstr(): FoldedInstrContext[];
    public foldedInstr(i: number): FoldedInstrContext | null;
    public foldedInstr(i?: number): FoldedInstrContext[] | FoldedInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(FoldedInstrContext);
        }

        return this.getRuleContext(i, FoldedInstrContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_legacyCatch;
    }
}


export class LegacyCatchAllContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public CATCH_ALL(): antlr.TerminalNode {
        return this.getToken(WatParser.CATCH_ALL, 0)!;
    }
    public plainInstr(): PlainInstrContext[];
    public plainInstr(i: number): PlainInstrContext | null;
    public plainInstr(i?: number): PlainInstrContext[] | PlainInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PlainInstrContext);
        }

        return this.getRuleContext(i, PlainInstrContext);
    }
    public blockInstr(): BlockInstrContext[];
    public blockInstr(i: number): BlockInstrContext | null;
    public blockInstr(i?: number): BlockInstrContext[] | BlockInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(BlockInstrContext);
        }

        return this.getRuleContext(i, BlockInstrContext);
    }
    public foldedInstr(): FoldedInstrContext[];
    public foldedInstr(i: number): FoldedInstrContext | null;
    public foldedInstr(i?: number): FoldedInstrContext[] | FoldedInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(FoldedInstrContext);
        }

        return this.getRuleContext(i, FoldedInstrContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_legacyCatchAll;
    }
}


export class CatchClauseContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public CATCH(): antlr.TerminalNode | null {
        return this.getToken(WatParser.CATCH, 0);
    }
    public idx(): IdxContext[];
    public idx(i: number): IdxContext | null;
    public idx(i?: number): IdxContext[] | IdxContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdxContext);
        }

        return this.getRuleContext(i, IdxContext);
    }
    public CATCH_REF(): antlr.TerminalNode | null {
        return this.getToken(WatParser.CATCH_REF, 0);
    }
    public CATCH_ALL(): antlr.TerminalNode | null {
        return this.getToken(WatParser.CATCH_ALL, 0);
    }
    public CATCH_ALL_REF(): antlr.TerminalNode | null {
        return this.getToken(WatParser.CATCH_ALL_REF, 0);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_catchClause;
    }
}


export class FoldedInstrContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode[];
    public LPAR(i: number): antlr.TerminalNode | null;
    public LPAR(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.LPAR);
    	} else {
    		return this.getToken(WatParser.LPAR, i);
    	}
    }
    public KEYWORD(): antlr.TerminalNode | null {
        return this.getToken(WatParser.KEYWORD, 0);
    }
    public RPAR(): antlr.TerminalNode[];
    public RPAR(i: number): antlr.TerminalNode | null;
    public RPAR(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.RPAR);
    	} else {
    		return this.getToken(WatParser.RPAR, i);
    	}
    }
    public NAT(): antlr.TerminalNode[];
    public NAT(i: number): antlr.TerminalNode | null;
    public NAT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.NAT);
    	} else {
    		return this.getToken(WatParser.NAT, i);
    	}
    }
    public INT(): antlr.TerminalNode[];
    public INT(i: number): antlr.TerminalNode | null;
    public INT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.INT);
    	} else {
    		return this.getToken(WatParser.INT, i);
    	}
    }
    public FLOAT(): antlr.TerminalNode[];
    public FLOAT(i: number): antlr.TerminalNode | null;
    public FLOAT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.FLOAT);
    	} else {
    		return this.getToken(WatParser.FLOAT, i);
    	}
    }
    public ID(): antlr.TerminalNode[];
    public ID(i: number): antlr.TerminalNode | null;
    public ID(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.ID);
    	} else {
    		return this.getToken(WatParser.ID, i);
    	}
    }
    public MEM_OFFSET(): antlr.TerminalNode[];
    public MEM_OFFSET(i: number): antlr.TerminalNode | null;
    public MEM_OFFSET(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.MEM_OFFSET);
    	} else {
    		return this.getToken(WatParser.MEM_OFFSET, i);
    	}
    }
    public MEM_ALIGN(): antlr.TerminalNode[];
    public MEM_ALIGN(i: number): antlr.TerminalNode | null;
    public MEM_ALIGN(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.MEM_ALIGN);
    	} else {
    		return this.getToken(WatParser.MEM_ALIGN, i);
    	}
    }
    public SHAPE(): antlr.TerminalNode[];
    public SHAPE(i: number): antlr.TerminalNode | null;
    public SHAPE(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.SHAPE);
    	} else {
    		return this.getToken(WatParser.SHAPE, i);
    	}
    }
    public REF_SHORTHAND(): antlr.TerminalNode[];
    public REF_SHORTHAND(i: number): antlr.TerminalNode | null;
    public REF_SHORTHAND(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.REF_SHORTHAND);
    	} else {
    		return this.getToken(WatParser.REF_SHORTHAND, i);
    	}
    }
    public FUNC(): antlr.TerminalNode[];
    public FUNC(i: number): antlr.TerminalNode | null;
    public FUNC(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.FUNC);
    	} else {
    		return this.getToken(WatParser.FUNC, i);
    	}
    }
    public STRUCT(): antlr.TerminalNode[];
    public STRUCT(i: number): antlr.TerminalNode | null;
    public STRUCT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.STRUCT);
    	} else {
    		return this.getToken(WatParser.STRUCT, i);
    	}
    }
    public ARRAY(): antlr.TerminalNode[];
    public ARRAY(i: number): antlr.TerminalNode | null;
    public ARRAY(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.ARRAY);
    	} else {
    		return this.getToken(WatParser.ARRAY, i);
    	}
    }
    public HEAP_TYPE(): antlr.TerminalNode[];
    public HEAP_TYPE(i: number): antlr.TerminalNode | null;
    public HEAP_TYPE(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.HEAP_TYPE);
    	} else {
    		return this.getToken(WatParser.HEAP_TYPE, i);
    	}
    }
    public NULL(): antlr.TerminalNode[];
    public NULL(i: number): antlr.TerminalNode | null;
    public NULL(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.NULL);
    	} else {
    		return this.getToken(WatParser.NULL, i);
    	}
    }
    public TYPE(): antlr.TerminalNode[];
    public TYPE(i: number): antlr.TerminalNode | null;
    public TYPE(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.TYPE);
    	} else {
    		return this.getToken(WatParser.TYPE, i);
    	}
    }
    public idx(): IdxContext[];
    public idx(i: number): IdxContext | null;
    public idx(i?: number): IdxContext[] | IdxContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdxContext);
        }

        return this.getRuleContext(i, IdxContext);
    }
    public param(): ParamContext[];
    public param(i: number): ParamContext | null;
    public param(i?: number): ParamContext[] | ParamContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ParamContext);
        }

        return this.getRuleContext(i, ParamContext);
    }
    public result(): ResultContext[];
    public result(i: number): ResultContext | null;
    public result(i?: number): ResultContext[] | ResultContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ResultContext);
        }

        return this.getRuleContext(i, ResultContext);
    }
    public refType(): RefTypeContext[];
    public refType(i: number): RefTypeContext | null;
    public refType(i?: number): RefTypeContext[] | RefTypeContext | null {
        if (i === undefined) {
            return this.getRuleContexts(RefTypeContext);
        }

        return this.getRuleContext(i, RefTypeContext);
    }
    public foldedInstr(): FoldedInstrContext[];
    public foldedInstr(i: number): FoldedInstrContext | null;
    public foldedInstr(i?: number): FoldedInstrContext[] | FoldedInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(FoldedInstrContext);
        }

        return this.getRuleContext(i, FoldedInstrContext);
    }
    public typeUse(): TypeUseContext | null {
        return this.getRuleContext(0, TypeUseContext);
    }
    public BLOCK(): antlr.TerminalNode | null {
        return this.getToken(WatParser.BLOCK, 0);
    }
    public LOOP(): antlr.TerminalNode | null {
        return this.getToken(WatParser.LOOP, 0);
    }
    public plainInstr(): PlainInstrContext[];
    public plainInstr(i: number): PlainInstrContext | null;
    public plainInstr(i?: number): PlainInstrContext[] | PlainInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PlainInstrContext);
        }

        return this.getRuleContext(i, PlainInstrContext);
    }
    public blockInstr(): BlockInstrContext[];
    public blockInstr(i: number): BlockInstrContext | null;
    public blockInstr(i?: number): BlockInstrContext[] | BlockInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(BlockInstrContext);
        }

        return this.getRuleContext(i, BlockInstrContext);
    }
    public IF(): antlr.TerminalNode | null {
        return this.getToken(WatParser.IF, 0);
    }
    public THEN(): antlr.TerminalNode | null {
        return this.getToken(WatParser.THEN, 0);
    }
    public ELSE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ELSE, 0);
    }
    public TRY_TABLE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.TRY_TABLE, 0);
    }
    public catchClause(): CatchClauseContext[];
    public catchClause(i: number): CatchClauseContext | null;
    public catchClause(i?: number): CatchClauseContext[] | CatchClauseContext | null {
        if (i === undefined) {
            return this.getRuleContexts(CatchClauseContext);
        }

        return this.getRuleContext(i, CatchClauseContext);
    }
    public TRY(): antlr.TerminalNode | null {
        return this.getToken(WatParser.TRY, 0);
    }
    public DO(): antlr.TerminalNode | null {
        return this.getToken(WatParser.DO, 0);
    }
    public DELEGATE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.DELEGATE, 0);
    }
    public foldedCatch(): FoldedCatchContext[];
    public foldedCatch(i: number): FoldedCatchContext | null;
    public foldedCatch(i?: number): FoldedCatchContext[] | FoldedCatchContext | null {
        if (i === undefined) {
            return this.getRuleContexts(FoldedCatchContext);
        }

        return this.getRuleContext(i, FoldedCatchContext);
    }
    public foldedCatchAll(): FoldedCatchAllContext | null {
        return this.getRuleContext(0, FoldedCatchAllContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_foldedInstr;
    }
}


export class FoldedCatchContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public CATCH(): antlr.TerminalNode {
        return this.getToken(WatParser.CATCH, 0)!;
    }
    public idx(): IdxContext {
        return this.getRuleContext(0, IdxContext)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public plainInstr(): PlainInstrContext[];
    public plainInstr(i: number): PlainInstrContext | null;
    public plainInstr(i?: number): PlainInstrContext[] | PlainInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PlainInstrContext);
        }

        return this.getRuleContext(i, PlainInstrContext);
    }
    public blockInstr(): BlockInstrContext[];
    public blockInstr(i: number): BlockInstrContext | null;
    public blockInstr(i?: number): BlockInstrContext[] | BlockInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(BlockInstrContext);
        }

        return this.getRuleContext(i, BlockInstrContext);
    }
    public foldedInstr(): FoldedInstrContext[];
    public foldedInstr(i: number): FoldedInstrContext | null;
    public foldedInstr(i?: number): FoldedInstrContext[] | FoldedInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(FoldedInstrContext);
        }

        return this.getRuleContext(i, FoldedInstrContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_foldedCatch;
    }
}


export class FoldedCatchAllContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public CATCH_ALL(): antlr.TerminalNode {
        return this.getToken(WatParser.CATCH_ALL, 0)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public plainInstr(): PlainInstrContext[];
    public plainInstr(i: number): PlainInstrContext | null;
    public plainInstr(i?: number): PlainInstrContext[] | PlainInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PlainInstrContext);
        }

        return this.getRuleContext(i, PlainInstrContext);
    }
    public blockInstr(): BlockInstrContext[];
    public blockInstr(i: number): BlockInstrContext | null;
    public blockInstr(i?: number): BlockInstrContext[] | BlockInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(BlockInstrContext);
        }

        return this.getRuleContext(i, BlockInstrContext);
    }
    public foldedInstr(): FoldedInstrContext[];
    public foldedInstr(i: number): FoldedInstrContext | null;
    public foldedInstr(i?: number): FoldedInstrContext[] | FoldedInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(FoldedInstrContext);
        }

        return this.getRuleContext(i, FoldedInstrContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_foldedCatchAll;
    }
}
