
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
    public static readonly RULE_instrList = 43;
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
        "elemItem", "offset", "dataField", "instrList", "blockInstr", "legacyCatch", 
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
            this.state = 539;
            this.instrList();
            this.state = 540;
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
            this.state = 542;
            this.match(WatParser.LPAR);
            this.state = 543;
            this.match(WatParser.LOCAL);
            this.state = 552;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 544;
                this.match(WatParser.ID);
                this.state = 545;
                this.valType();
                }
                break;
            case WatParser.LPAR:
            case WatParser.RPAR:
            case WatParser.NUM_TYPE:
            case WatParser.REF_SHORTHAND:
                {
                this.state = 549;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 56 || _la === 58) {
                    {
                    {
                    this.state = 546;
                    this.valType();
                    }
                    }
                    this.state = 551;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 554;
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
            this.state = 556;
            this.match(WatParser.LPAR);
            this.state = 557;
            this.match(WatParser.TABLE);
            this.state = 559;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 558;
                this.match(WatParser.ID);
                }
            }

            this.state = 564;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 68, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 561;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 566;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 68, this.context);
            }
            this.state = 568;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 69, this.context) ) {
            case 1:
                {
                this.state = 567;
                this.inlineImport();
                }
                break;
            }
            this.state = 593;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 74, this.context) ) {
            case 1:
                {
                this.state = 570;
                this.tableType();
                this.state = 571;
                this.instrList();
                }
                break;
            case 2:
                {
                this.state = 574;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 56) {
                    {
                    this.state = 573;
                    this.match(WatParser.NUM_TYPE);
                    }
                }

                this.state = 576;
                this.refType();
                this.state = 577;
                this.match(WatParser.LPAR);
                this.state = 578;
                this.match(WatParser.ELEM);
                this.state = 589;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                    {
                    this.state = 580;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    do {
                        {
                        {
                        this.state = 579;
                        this.elemItem();
                        }
                        }
                        this.state = 582;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    } while (_la === 1);
                    }
                    break;
                case WatParser.ID:
                case WatParser.NAT:
                    {
                    this.state = 585;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    do {
                        {
                        {
                        this.state = 584;
                        this.idx();
                        }
                        }
                        this.state = 587;
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
                this.state = 591;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 595;
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
            this.state = 597;
            this.match(WatParser.LPAR);
            this.state = 598;
            this.match(WatParser.MEMORY);
            this.state = 600;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 599;
                this.match(WatParser.ID);
                }
            }

            this.state = 605;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 76, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 602;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 607;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 76, this.context);
            }
            this.state = 609;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 77, this.context) ) {
            case 1:
                {
                this.state = 608;
                this.inlineImport();
                }
                break;
            }
            this.state = 624;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 80, this.context) ) {
            case 1:
                {
                this.state = 611;
                this.memoryType();
                }
                break;
            case 2:
                {
                this.state = 613;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 56) {
                    {
                    this.state = 612;
                    this.match(WatParser.NUM_TYPE);
                    }
                }

                this.state = 615;
                this.match(WatParser.LPAR);
                this.state = 616;
                this.match(WatParser.DATA);
                this.state = 620;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 7) {
                    {
                    {
                    this.state = 617;
                    this.match(WatParser.STRING);
                    }
                    }
                    this.state = 622;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 623;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 626;
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
            this.state = 628;
            this.match(WatParser.LPAR);
            this.state = 629;
            this.match(WatParser.GLOBAL);
            this.state = 631;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 630;
                this.match(WatParser.ID);
                }
            }

            this.state = 636;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 82, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 633;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 638;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 82, this.context);
            }
            this.state = 640;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 83, this.context) ) {
            case 1:
                {
                this.state = 639;
                this.inlineImport();
                }
                break;
            }
            this.state = 642;
            this.globalType();
            this.state = 643;
            this.instrList();
            this.state = 644;
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
            this.state = 646;
            this.match(WatParser.LPAR);
            this.state = 647;
            this.match(WatParser.TAG);
            this.state = 649;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 648;
                this.match(WatParser.ID);
                }
            }

            this.state = 654;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 85, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 651;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 656;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 85, this.context);
            }
            this.state = 658;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 86, this.context) ) {
            case 1:
                {
                this.state = 657;
                this.inlineImport();
                }
                break;
            }
            this.state = 660;
            this.typeUse();
            this.state = 661;
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
            this.state = 663;
            this.match(WatParser.LPAR);
            this.state = 664;
            this.match(WatParser.START);
            this.state = 665;
            this.idx();
            this.state = 666;
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
            this.state = 668;
            this.match(WatParser.LPAR);
            this.state = 669;
            this.match(WatParser.ELEM);
            this.state = 671;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 670;
                this.match(WatParser.ID);
                }
            }

            this.state = 694;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 91, this.context) ) {
            case 1:
                {
                this.state = 673;
                this.elemList();
                }
                break;
            case 2:
                {
                this.state = 674;
                this.match(WatParser.DECLARE);
                this.state = 675;
                this.elemList();
                }
                break;
            case 3:
                {
                this.state = 682;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 88, this.context) ) {
                case 1:
                    {
                    this.state = 676;
                    this.match(WatParser.LPAR);
                    this.state = 677;
                    this.match(WatParser.TABLE);
                    this.state = 678;
                    this.idx();
                    this.state = 679;
                    this.match(WatParser.RPAR);
                    }
                    break;
                case 2:
                    {
                    this.state = 681;
                    this.match(WatParser.NAT);
                    }
                    break;
                }
                this.state = 684;
                this.offset();
                this.state = 692;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                case WatParser.FUNC:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 685;
                    this.elemList();
                    }
                    break;
                case WatParser.RPAR:
                case WatParser.ID:
                case WatParser.NAT:
                    {
                    this.state = 689;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 8 || _la === 9) {
                        {
                        {
                        this.state = 686;
                        this.idx();
                        }
                        }
                        this.state = 691;
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
            this.state = 696;
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
            this.state = 712;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.LPAR:
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 698;
                this.refType();
                this.state = 702;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 699;
                    this.elemItem();
                    }
                    }
                    this.state = 704;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case WatParser.FUNC:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 705;
                this.match(WatParser.FUNC);
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
        try {
            this.state = 720;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 95, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 714;
                this.match(WatParser.LPAR);
                this.state = 715;
                this.match(WatParser.ITEM);
                this.state = 716;
                this.instrList();
                this.state = 717;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 719;
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
        try {
            this.state = 728;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 96, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 722;
                this.match(WatParser.LPAR);
                this.state = 723;
                this.match(WatParser.OFFSET);
                this.state = 724;
                this.instrList();
                this.state = 725;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 727;
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
            this.state = 730;
            this.match(WatParser.LPAR);
            this.state = 731;
            this.match(WatParser.DATA);
            this.state = 733;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 732;
                this.match(WatParser.ID);
                }
            }

            this.state = 744;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 1 || _la === 9) {
                {
                this.state = 741;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 98, this.context) ) {
                case 1:
                    {
                    this.state = 735;
                    this.match(WatParser.LPAR);
                    this.state = 736;
                    this.match(WatParser.MEMORY);
                    this.state = 737;
                    this.idx();
                    this.state = 738;
                    this.match(WatParser.RPAR);
                    }
                    break;
                case 2:
                    {
                    this.state = 740;
                    this.match(WatParser.NAT);
                    }
                    break;
                }
                this.state = 743;
                this.offset();
                }
            }

            this.state = 749;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 7) {
                {
                {
                this.state = 746;
                this.match(WatParser.STRING);
                }
                }
                this.state = 751;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 752;
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
    public instrList(): InstrListContext {
        let localContext = new InstrListContext(this.context, this.state);
        this.enterRule(localContext, 86, WatParser.RULE_instrList);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 785;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & 268435655) !== 0)) {
                {
                this.state = 783;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.KEYWORD:
                    {
                    this.state = 754;
                    this.match(WatParser.KEYWORD);
                    this.state = 778;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 102, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            this.state = 776;
                            this.errorHandler.sync(this);
                            switch (this.interpreter.adaptivePredict(this.tokenStream, 101, this.context) ) {
                            case 1:
                                {
                                this.state = 755;
                                this.match(WatParser.NAT);
                                }
                                break;
                            case 2:
                                {
                                this.state = 756;
                                this.match(WatParser.INT);
                                }
                                break;
                            case 3:
                                {
                                this.state = 757;
                                this.match(WatParser.FLOAT);
                                }
                                break;
                            case 4:
                                {
                                this.state = 758;
                                this.match(WatParser.ID);
                                }
                                break;
                            case 5:
                                {
                                this.state = 759;
                                this.match(WatParser.MEM_OFFSET);
                                }
                                break;
                            case 6:
                                {
                                this.state = 760;
                                this.match(WatParser.MEM_ALIGN);
                                }
                                break;
                            case 7:
                                {
                                this.state = 761;
                                this.match(WatParser.SHAPE);
                                }
                                break;
                            case 8:
                                {
                                this.state = 762;
                                this.match(WatParser.REF_SHORTHAND);
                                }
                                break;
                            case 9:
                                {
                                this.state = 763;
                                this.match(WatParser.FUNC);
                                }
                                break;
                            case 10:
                                {
                                this.state = 764;
                                this.match(WatParser.STRUCT);
                                }
                                break;
                            case 11:
                                {
                                this.state = 765;
                                this.match(WatParser.ARRAY);
                                }
                                break;
                            case 12:
                                {
                                this.state = 766;
                                this.match(WatParser.HEAP_TYPE);
                                }
                                break;
                            case 13:
                                {
                                this.state = 767;
                                this.match(WatParser.NULL);
                                }
                                break;
                            case 14:
                                {
                                this.state = 768;
                                this.match(WatParser.LPAR);
                                this.state = 769;
                                this.match(WatParser.TYPE);
                                this.state = 770;
                                this.idx();
                                this.state = 771;
                                this.match(WatParser.RPAR);
                                }
                                break;
                            case 15:
                                {
                                this.state = 773;
                                this.param();
                                }
                                break;
                            case 16:
                                {
                                this.state = 774;
                                this.result();
                                }
                                break;
                            case 17:
                                {
                                this.state = 775;
                                this.refType();
                                }
                                break;
                            }
                            }
                        }
                        this.state = 780;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 102, this.context);
                    }
                    }
                    break;
                case WatParser.BLOCK:
                case WatParser.LOOP:
                case WatParser.IF:
                case WatParser.TRY_TABLE:
                case WatParser.TRY:
                    {
                    this.state = 781;
                    this.blockInstr();
                    }
                    break;
                case WatParser.LPAR:
                    {
                    this.state = 782;
                    this.foldedInstr();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 787;
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
    public blockInstr(): BlockInstrContext {
        let localContext = new BlockInstrContext(this.context, this.state);
        this.enterRule(localContext, 88, WatParser.RULE_blockInstr);
        let _la: number;
        try {
            let alternative: number;
            this.state = 854;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.BLOCK:
            case WatParser.LOOP:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 788;
                _la = this.tokenStream.LA(1);
                if(!(_la === 42 || _la === 43)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 790;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 789;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 792;
                this.typeUse();
                this.state = 793;
                this.instrList();
                this.state = 794;
                this.match(WatParser.END);
                this.state = 796;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 795;
                    this.match(WatParser.ID);
                    }
                }

                }
                break;
            case WatParser.IF:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 798;
                this.match(WatParser.IF);
                this.state = 800;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 799;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 802;
                this.typeUse();
                this.state = 803;
                this.instrList();
                this.state = 809;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 46) {
                    {
                    this.state = 804;
                    this.match(WatParser.ELSE);
                    this.state = 806;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 805;
                        this.match(WatParser.ID);
                        }
                    }

                    this.state = 808;
                    this.instrList();
                    }
                }

                this.state = 811;
                this.match(WatParser.END);
                this.state = 813;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 812;
                    this.match(WatParser.ID);
                    }
                }

                }
                break;
            case WatParser.TRY_TABLE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 815;
                this.match(WatParser.TRY_TABLE);
                this.state = 817;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 816;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 819;
                this.typeUse();
                this.state = 823;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 112, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 820;
                        this.catchClause();
                        }
                        }
                    }
                    this.state = 825;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 112, this.context);
                }
                this.state = 826;
                this.instrList();
                this.state = 827;
                this.match(WatParser.END);
                this.state = 829;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 828;
                    this.match(WatParser.ID);
                    }
                }

                }
                break;
            case WatParser.TRY:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 831;
                this.match(WatParser.TRY);
                this.state = 833;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 832;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 835;
                this.typeUse();
                this.state = 836;
                this.instrList();
                this.state = 852;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.END:
                case WatParser.CATCH:
                case WatParser.CATCH_ALL:
                    {
                    this.state = 840;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 51) {
                        {
                        {
                        this.state = 837;
                        this.legacyCatch();
                        }
                        }
                        this.state = 842;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    this.state = 844;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 53) {
                        {
                        this.state = 843;
                        this.legacyCatchAll();
                        }
                    }

                    this.state = 846;
                    this.match(WatParser.END);
                    this.state = 848;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 847;
                        this.match(WatParser.ID);
                        }
                    }

                    }
                    break;
                case WatParser.DELEGATE:
                    {
                    this.state = 850;
                    this.match(WatParser.DELEGATE);
                    this.state = 851;
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
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 856;
            this.match(WatParser.CATCH);
            this.state = 857;
            this.idx();
            this.state = 858;
            this.instrList();
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
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 860;
            this.match(WatParser.CATCH_ALL);
            this.state = 861;
            this.instrList();
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
            this.state = 863;
            this.match(WatParser.LPAR);
            this.state = 876;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.CATCH:
                {
                this.state = 864;
                this.match(WatParser.CATCH);
                this.state = 865;
                this.idx();
                this.state = 866;
                this.idx();
                }
                break;
            case WatParser.CATCH_REF:
                {
                this.state = 868;
                this.match(WatParser.CATCH_REF);
                this.state = 869;
                this.idx();
                this.state = 870;
                this.idx();
                }
                break;
            case WatParser.CATCH_ALL:
                {
                this.state = 872;
                this.match(WatParser.CATCH_ALL);
                this.state = 873;
                this.idx();
                }
                break;
            case WatParser.CATCH_ALL_REF:
                {
                this.state = 874;
                this.match(WatParser.CATCH_ALL_REF);
                this.state = 875;
                this.idx();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 878;
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
            this.state = 992;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 134, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 880;
                this.match(WatParser.LPAR);
                this.state = 881;
                this.match(WatParser.KEYWORD);
                this.state = 905;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 122, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        this.state = 903;
                        this.errorHandler.sync(this);
                        switch (this.interpreter.adaptivePredict(this.tokenStream, 121, this.context) ) {
                        case 1:
                            {
                            this.state = 882;
                            this.match(WatParser.NAT);
                            }
                            break;
                        case 2:
                            {
                            this.state = 883;
                            this.match(WatParser.INT);
                            }
                            break;
                        case 3:
                            {
                            this.state = 884;
                            this.match(WatParser.FLOAT);
                            }
                            break;
                        case 4:
                            {
                            this.state = 885;
                            this.match(WatParser.ID);
                            }
                            break;
                        case 5:
                            {
                            this.state = 886;
                            this.match(WatParser.MEM_OFFSET);
                            }
                            break;
                        case 6:
                            {
                            this.state = 887;
                            this.match(WatParser.MEM_ALIGN);
                            }
                            break;
                        case 7:
                            {
                            this.state = 888;
                            this.match(WatParser.SHAPE);
                            }
                            break;
                        case 8:
                            {
                            this.state = 889;
                            this.match(WatParser.REF_SHORTHAND);
                            }
                            break;
                        case 9:
                            {
                            this.state = 890;
                            this.match(WatParser.FUNC);
                            }
                            break;
                        case 10:
                            {
                            this.state = 891;
                            this.match(WatParser.STRUCT);
                            }
                            break;
                        case 11:
                            {
                            this.state = 892;
                            this.match(WatParser.ARRAY);
                            }
                            break;
                        case 12:
                            {
                            this.state = 893;
                            this.match(WatParser.HEAP_TYPE);
                            }
                            break;
                        case 13:
                            {
                            this.state = 894;
                            this.match(WatParser.NULL);
                            }
                            break;
                        case 14:
                            {
                            this.state = 895;
                            this.match(WatParser.LPAR);
                            this.state = 896;
                            this.match(WatParser.TYPE);
                            this.state = 897;
                            this.idx();
                            this.state = 898;
                            this.match(WatParser.RPAR);
                            }
                            break;
                        case 15:
                            {
                            this.state = 900;
                            this.param();
                            }
                            break;
                        case 16:
                            {
                            this.state = 901;
                            this.result();
                            }
                            break;
                        case 17:
                            {
                            this.state = 902;
                            this.refType();
                            }
                            break;
                        }
                        }
                    }
                    this.state = 907;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 122, this.context);
                }
                this.state = 911;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 908;
                    this.foldedInstr();
                    }
                    }
                    this.state = 913;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 914;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 915;
                this.match(WatParser.LPAR);
                this.state = 916;
                _la = this.tokenStream.LA(1);
                if(!(_la === 42 || _la === 43)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 918;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 917;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 920;
                this.typeUse();
                this.state = 921;
                this.instrList();
                this.state = 922;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 924;
                this.match(WatParser.LPAR);
                this.state = 925;
                this.match(WatParser.IF);
                this.state = 927;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 926;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 929;
                this.typeUse();
                this.state = 933;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 126, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 930;
                        this.foldedInstr();
                        }
                        }
                    }
                    this.state = 935;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 126, this.context);
                }
                this.state = 936;
                this.match(WatParser.LPAR);
                this.state = 937;
                this.match(WatParser.THEN);
                this.state = 938;
                this.instrList();
                this.state = 939;
                this.match(WatParser.RPAR);
                this.state = 945;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 1) {
                    {
                    this.state = 940;
                    this.match(WatParser.LPAR);
                    this.state = 941;
                    this.match(WatParser.ELSE);
                    this.state = 942;
                    this.instrList();
                    this.state = 943;
                    this.match(WatParser.RPAR);
                    }
                }

                this.state = 947;
                this.match(WatParser.RPAR);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 949;
                this.match(WatParser.LPAR);
                this.state = 950;
                this.match(WatParser.TRY_TABLE);
                this.state = 952;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 951;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 954;
                this.typeUse();
                this.state = 958;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 129, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 955;
                        this.catchClause();
                        }
                        }
                    }
                    this.state = 960;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 129, this.context);
                }
                this.state = 961;
                this.instrList();
                this.state = 962;
                this.match(WatParser.RPAR);
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 964;
                this.match(WatParser.LPAR);
                this.state = 965;
                this.match(WatParser.TRY);
                this.state = 967;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 966;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 969;
                this.typeUse();
                this.state = 970;
                this.match(WatParser.LPAR);
                this.state = 971;
                this.match(WatParser.DO);
                this.state = 972;
                this.instrList();
                this.state = 973;
                this.match(WatParser.RPAR);
                this.state = 988;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 133, this.context) ) {
                case 1:
                    {
                    this.state = 977;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 131, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            {
                            this.state = 974;
                            this.foldedCatch();
                            }
                            }
                        }
                        this.state = 979;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 131, this.context);
                    }
                    this.state = 981;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 1) {
                        {
                        this.state = 980;
                        this.foldedCatchAll();
                        }
                    }

                    }
                    break;
                case 2:
                    {
                    this.state = 983;
                    this.match(WatParser.LPAR);
                    this.state = 984;
                    this.match(WatParser.DELEGATE);
                    this.state = 985;
                    this.idx();
                    this.state = 986;
                    this.match(WatParser.RPAR);
                    }
                    break;
                }
                this.state = 990;
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
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 994;
            this.match(WatParser.LPAR);
            this.state = 995;
            this.match(WatParser.CATCH);
            this.state = 996;
            this.idx();
            this.state = 997;
            this.instrList();
            this.state = 998;
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
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1000;
            this.match(WatParser.LPAR);
            this.state = 1001;
            this.match(WatParser.CATCH_ALL);
            this.state = 1002;
            this.instrList();
            this.state = 1003;
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
        4,1,71,1006,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,
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
        10,31,12,31,538,9,31,1,31,1,31,1,31,1,32,1,32,1,32,1,32,1,32,5,32,
        548,8,32,10,32,12,32,551,9,32,3,32,553,8,32,1,32,1,32,1,33,1,33,
        1,33,3,33,560,8,33,1,33,5,33,563,8,33,10,33,12,33,566,9,33,1,33,
        3,33,569,8,33,1,33,1,33,1,33,1,33,3,33,575,8,33,1,33,1,33,1,33,1,
        33,4,33,581,8,33,11,33,12,33,582,1,33,4,33,586,8,33,11,33,12,33,
        587,3,33,590,8,33,1,33,1,33,3,33,594,8,33,1,33,1,33,1,34,1,34,1,
        34,3,34,601,8,34,1,34,5,34,604,8,34,10,34,12,34,607,9,34,1,34,3,
        34,610,8,34,1,34,1,34,3,34,614,8,34,1,34,1,34,1,34,5,34,619,8,34,
        10,34,12,34,622,9,34,1,34,3,34,625,8,34,1,34,1,34,1,35,1,35,1,35,
        3,35,632,8,35,1,35,5,35,635,8,35,10,35,12,35,638,9,35,1,35,3,35,
        641,8,35,1,35,1,35,1,35,1,35,1,36,1,36,1,36,3,36,650,8,36,1,36,5,
        36,653,8,36,10,36,12,36,656,9,36,1,36,3,36,659,8,36,1,36,1,36,1,
        36,1,37,1,37,1,37,1,37,1,37,1,38,1,38,1,38,3,38,672,8,38,1,38,1,
        38,1,38,1,38,1,38,1,38,1,38,1,38,1,38,3,38,683,8,38,1,38,1,38,1,
        38,5,38,688,8,38,10,38,12,38,691,9,38,3,38,693,8,38,3,38,695,8,38,
        1,38,1,38,1,39,1,39,5,39,701,8,39,10,39,12,39,704,9,39,1,39,1,39,
        5,39,708,8,39,10,39,12,39,711,9,39,3,39,713,8,39,1,40,1,40,1,40,
        1,40,1,40,1,40,3,40,721,8,40,1,41,1,41,1,41,1,41,1,41,1,41,3,41,
        729,8,41,1,42,1,42,1,42,3,42,734,8,42,1,42,1,42,1,42,1,42,1,42,1,
        42,3,42,742,8,42,1,42,3,42,745,8,42,1,42,5,42,748,8,42,10,42,12,
        42,751,9,42,1,42,1,42,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,
        43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,
        43,5,43,777,8,43,10,43,12,43,780,9,43,1,43,1,43,5,43,784,8,43,10,
        43,12,43,787,9,43,1,44,1,44,3,44,791,8,44,1,44,1,44,1,44,1,44,3,
        44,797,8,44,1,44,1,44,3,44,801,8,44,1,44,1,44,1,44,1,44,3,44,807,
        8,44,1,44,3,44,810,8,44,1,44,1,44,3,44,814,8,44,1,44,1,44,3,44,818,
        8,44,1,44,1,44,5,44,822,8,44,10,44,12,44,825,9,44,1,44,1,44,1,44,
        3,44,830,8,44,1,44,1,44,3,44,834,8,44,1,44,1,44,1,44,5,44,839,8,
        44,10,44,12,44,842,9,44,1,44,3,44,845,8,44,1,44,1,44,3,44,849,8,
        44,1,44,1,44,3,44,853,8,44,3,44,855,8,44,1,45,1,45,1,45,1,45,1,46,
        1,46,1,46,1,47,1,47,1,47,1,47,1,47,1,47,1,47,1,47,1,47,1,47,1,47,
        1,47,1,47,3,47,877,8,47,1,47,1,47,1,48,1,48,1,48,1,48,1,48,1,48,
        1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,
        1,48,1,48,1,48,1,48,5,48,904,8,48,10,48,12,48,907,9,48,1,48,5,48,
        910,8,48,10,48,12,48,913,9,48,1,48,1,48,1,48,1,48,3,48,919,8,48,
        1,48,1,48,1,48,1,48,1,48,1,48,1,48,3,48,928,8,48,1,48,1,48,5,48,
        932,8,48,10,48,12,48,935,9,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,
        1,48,1,48,3,48,946,8,48,1,48,1,48,1,48,1,48,1,48,3,48,953,8,48,1,
        48,1,48,5,48,957,8,48,10,48,12,48,960,9,48,1,48,1,48,1,48,1,48,1,
        48,1,48,3,48,968,8,48,1,48,1,48,1,48,1,48,1,48,1,48,5,48,976,8,48,
        10,48,12,48,979,9,48,1,48,3,48,982,8,48,1,48,1,48,1,48,1,48,1,48,
        3,48,989,8,48,1,48,1,48,3,48,993,8,48,1,49,1,49,1,49,1,49,1,49,1,
        49,1,50,1,50,1,50,1,50,1,50,1,50,0,0,51,0,2,4,6,8,10,12,14,16,18,
        20,22,24,26,28,30,32,34,36,38,40,42,44,46,48,50,52,54,56,58,60,62,
        64,66,68,70,72,74,76,78,80,82,84,86,88,90,92,94,96,98,100,0,6,1,
        0,61,62,2,0,68,68,70,70,1,0,1,2,1,0,8,9,2,0,16,16,20,23,1,0,42,43,
        1163,0,113,1,0,0,0,2,159,1,0,0,0,4,195,1,0,0,0,6,217,1,0,0,0,8,219,
        1,0,0,0,10,250,1,0,0,0,12,264,1,0,0,0,14,266,1,0,0,0,16,274,1,0,
        0,0,18,299,1,0,0,0,20,330,1,0,0,0,22,332,1,0,0,0,24,352,1,0,0,0,
        26,356,1,0,0,0,28,360,1,0,0,0,30,371,1,0,0,0,32,378,1,0,0,0,34,380,
        1,0,0,0,36,382,1,0,0,0,38,396,1,0,0,0,40,411,1,0,0,0,42,426,1,0,
        0,0,44,432,1,0,0,0,46,435,1,0,0,0,48,445,1,0,0,0,50,447,1,0,0,0,
        52,494,1,0,0,0,54,496,1,0,0,0,56,502,1,0,0,0,58,507,1,0,0,0,60,516,
        1,0,0,0,62,518,1,0,0,0,64,542,1,0,0,0,66,556,1,0,0,0,68,597,1,0,
        0,0,70,628,1,0,0,0,72,646,1,0,0,0,74,663,1,0,0,0,76,668,1,0,0,0,
        78,712,1,0,0,0,80,720,1,0,0,0,82,728,1,0,0,0,84,730,1,0,0,0,86,785,
        1,0,0,0,88,854,1,0,0,0,90,856,1,0,0,0,92,860,1,0,0,0,94,863,1,0,
        0,0,96,992,1,0,0,0,98,994,1,0,0,0,100,1000,1,0,0,0,102,104,3,12,
        6,0,103,102,1,0,0,0,104,105,1,0,0,0,105,103,1,0,0,0,105,106,1,0,
        0,0,106,114,1,0,0,0,107,109,3,2,1,0,108,107,1,0,0,0,109,112,1,0,
        0,0,110,108,1,0,0,0,110,111,1,0,0,0,111,114,1,0,0,0,112,110,1,0,
        0,0,113,103,1,0,0,0,113,110,1,0,0,0,114,115,1,0,0,0,115,116,5,0,
        0,1,116,1,1,0,0,0,117,160,3,4,2,0,118,119,5,1,0,0,119,121,5,64,0,
        0,120,122,5,8,0,0,121,120,1,0,0,0,121,122,1,0,0,0,122,124,1,0,0,
        0,123,125,5,8,0,0,124,123,1,0,0,0,124,125,1,0,0,0,125,126,1,0,0,
        0,126,160,5,2,0,0,127,128,5,1,0,0,128,129,5,65,0,0,129,131,5,7,0,
        0,130,132,5,8,0,0,131,130,1,0,0,0,131,132,1,0,0,0,132,133,1,0,0,
        0,133,160,5,2,0,0,134,160,3,6,3,0,135,136,5,1,0,0,136,139,5,69,0,
        0,137,140,3,6,3,0,138,140,3,4,2,0,139,137,1,0,0,0,139,138,1,0,0,
        0,140,145,1,0,0,0,141,144,3,8,4,0,142,144,5,7,0,0,143,141,1,0,0,
        0,143,142,1,0,0,0,144,147,1,0,0,0,145,143,1,0,0,0,145,146,1,0,0,
        0,146,148,1,0,0,0,147,145,1,0,0,0,148,149,5,2,0,0,149,160,1,0,0,
        0,150,151,5,1,0,0,151,155,5,70,0,0,152,154,3,10,5,0,153,152,1,0,
        0,0,154,157,1,0,0,0,155,153,1,0,0,0,155,156,1,0,0,0,156,158,1,0,
        0,0,157,155,1,0,0,0,158,160,5,2,0,0,159,117,1,0,0,0,159,118,1,0,
        0,0,159,127,1,0,0,0,159,134,1,0,0,0,159,135,1,0,0,0,159,150,1,0,
        0,0,160,3,1,0,0,0,161,162,5,1,0,0,162,164,5,14,0,0,163,165,5,63,
        0,0,164,163,1,0,0,0,164,165,1,0,0,0,165,167,1,0,0,0,166,168,5,8,
        0,0,167,166,1,0,0,0,167,168,1,0,0,0,168,182,1,0,0,0,169,171,3,12,
        6,0,170,169,1,0,0,0,171,174,1,0,0,0,172,170,1,0,0,0,172,173,1,0,
        0,0,173,183,1,0,0,0,174,172,1,0,0,0,175,179,7,0,0,0,176,178,5,7,
        0,0,177,176,1,0,0,0,178,181,1,0,0,0,179,177,1,0,0,0,179,180,1,0,
        0,0,180,183,1,0,0,0,181,179,1,0,0,0,182,172,1,0,0,0,182,175,1,0,
        0,0,183,184,1,0,0,0,184,196,5,2,0,0,185,186,5,1,0,0,186,187,5,14,
        0,0,187,189,5,64,0,0,188,190,5,8,0,0,189,188,1,0,0,0,189,190,1,0,
        0,0,190,192,1,0,0,0,191,193,5,8,0,0,192,191,1,0,0,0,192,193,1,0,
        0,0,193,194,1,0,0,0,194,196,5,2,0,0,195,161,1,0,0,0,195,185,1,0,
        0,0,196,5,1,0,0,0,197,198,5,1,0,0,198,200,5,66,0,0,199,201,5,8,0,
        0,200,199,1,0,0,0,200,201,1,0,0,0,201,202,1,0,0,0,202,206,5,7,0,
        0,203,205,3,8,4,0,204,203,1,0,0,0,205,208,1,0,0,0,206,204,1,0,0,
        0,206,207,1,0,0,0,207,209,1,0,0,0,208,206,1,0,0,0,209,218,5,2,0,
        0,210,211,5,1,0,0,211,213,5,67,0,0,212,214,5,8,0,0,213,212,1,0,0,
        0,213,214,1,0,0,0,214,215,1,0,0,0,215,216,5,7,0,0,216,218,5,2,0,
        0,217,197,1,0,0,0,217,210,1,0,0,0,218,7,1,0,0,0,219,220,5,1,0,0,
        220,236,7,1,0,0,221,235,5,9,0,0,222,235,5,10,0,0,223,235,5,11,0,
        0,224,235,5,70,0,0,225,235,5,71,0,0,226,235,5,60,0,0,227,235,5,16,
        0,0,228,235,5,38,0,0,229,235,5,39,0,0,230,235,5,59,0,0,231,235,5,
        8,0,0,232,235,5,34,0,0,233,235,3,8,4,0,234,221,1,0,0,0,234,222,1,
        0,0,0,234,223,1,0,0,0,234,224,1,0,0,0,234,225,1,0,0,0,234,226,1,
        0,0,0,234,227,1,0,0,0,234,228,1,0,0,0,234,229,1,0,0,0,234,230,1,
        0,0,0,234,231,1,0,0,0,234,232,1,0,0,0,234,233,1,0,0,0,235,238,1,
        0,0,0,236,234,1,0,0,0,236,237,1,0,0,0,237,239,1,0,0,0,238,236,1,
        0,0,0,239,240,5,2,0,0,240,9,1,0,0,0,241,245,5,1,0,0,242,244,3,10,
        5,0,243,242,1,0,0,0,244,247,1,0,0,0,245,243,1,0,0,0,245,246,1,0,
        0,0,246,248,1,0,0,0,247,245,1,0,0,0,248,251,5,2,0,0,249,251,8,2,
        0,0,250,241,1,0,0,0,250,249,1,0,0,0,251,11,1,0,0,0,252,265,3,14,
        7,0,253,265,3,16,8,0,254,265,3,50,25,0,255,265,3,62,31,0,256,265,
        3,66,33,0,257,265,3,68,34,0,258,265,3,70,35,0,259,265,3,58,29,0,
        260,265,3,74,37,0,261,265,3,76,38,0,262,265,3,84,42,0,263,265,3,
        72,36,0,264,252,1,0,0,0,264,253,1,0,0,0,264,254,1,0,0,0,264,255,
        1,0,0,0,264,256,1,0,0,0,264,257,1,0,0,0,264,258,1,0,0,0,264,259,
        1,0,0,0,264,260,1,0,0,0,264,261,1,0,0,0,264,262,1,0,0,0,264,263,
        1,0,0,0,265,13,1,0,0,0,266,267,5,1,0,0,267,269,5,15,0,0,268,270,
        5,8,0,0,269,268,1,0,0,0,269,270,1,0,0,0,270,271,1,0,0,0,271,272,
        3,18,9,0,272,273,5,2,0,0,273,15,1,0,0,0,274,275,5,1,0,0,275,279,
        5,37,0,0,276,278,3,14,7,0,277,276,1,0,0,0,278,281,1,0,0,0,279,277,
        1,0,0,0,279,280,1,0,0,0,280,282,1,0,0,0,281,279,1,0,0,0,282,283,
        5,2,0,0,283,17,1,0,0,0,284,285,5,1,0,0,285,287,5,35,0,0,286,288,
        5,36,0,0,287,286,1,0,0,0,287,288,1,0,0,0,288,292,1,0,0,0,289,291,
        3,34,17,0,290,289,1,0,0,0,291,294,1,0,0,0,292,290,1,0,0,0,292,293,
        1,0,0,0,293,295,1,0,0,0,294,292,1,0,0,0,295,296,3,20,10,0,296,297,
        5,2,0,0,297,300,1,0,0,0,298,300,3,20,10,0,299,284,1,0,0,0,299,298,
        1,0,0,0,300,19,1,0,0,0,301,302,5,1,0,0,302,306,5,16,0,0,303,305,
        3,36,18,0,304,303,1,0,0,0,305,308,1,0,0,0,306,304,1,0,0,0,306,307,
        1,0,0,0,307,312,1,0,0,0,308,306,1,0,0,0,309,311,3,38,19,0,310,309,
        1,0,0,0,311,314,1,0,0,0,312,310,1,0,0,0,312,313,1,0,0,0,313,315,
        1,0,0,0,314,312,1,0,0,0,315,331,5,2,0,0,316,317,5,1,0,0,317,321,
        5,38,0,0,318,320,3,22,11,0,319,318,1,0,0,0,320,323,1,0,0,0,321,319,
        1,0,0,0,321,322,1,0,0,0,322,324,1,0,0,0,323,321,1,0,0,0,324,331,
        5,2,0,0,325,326,5,1,0,0,326,327,5,39,0,0,327,328,3,24,12,0,328,329,
        5,2,0,0,329,331,1,0,0,0,330,301,1,0,0,0,330,316,1,0,0,0,330,325,
        1,0,0,0,331,21,1,0,0,0,332,333,5,1,0,0,333,342,5,40,0,0,334,335,
        5,8,0,0,335,343,3,24,12,0,336,338,3,24,12,0,337,336,1,0,0,0,338,
        341,1,0,0,0,339,337,1,0,0,0,339,340,1,0,0,0,340,343,1,0,0,0,341,
        339,1,0,0,0,342,334,1,0,0,0,342,339,1,0,0,0,343,344,1,0,0,0,344,
        345,5,2,0,0,345,23,1,0,0,0,346,353,3,26,13,0,347,348,5,1,0,0,348,
        349,5,32,0,0,349,350,3,26,13,0,350,351,5,2,0,0,351,353,1,0,0,0,352,
        346,1,0,0,0,352,347,1,0,0,0,353,25,1,0,0,0,354,357,3,28,14,0,355,
        357,5,57,0,0,356,354,1,0,0,0,356,355,1,0,0,0,357,27,1,0,0,0,358,
        361,5,56,0,0,359,361,3,30,15,0,360,358,1,0,0,0,360,359,1,0,0,0,361,
        29,1,0,0,0,362,372,5,58,0,0,363,364,5,1,0,0,364,366,5,33,0,0,365,
        367,5,34,0,0,366,365,1,0,0,0,366,367,1,0,0,0,367,368,1,0,0,0,368,
        369,3,32,16,0,369,370,5,2,0,0,370,372,1,0,0,0,371,362,1,0,0,0,371,
        363,1,0,0,0,372,31,1,0,0,0,373,379,5,16,0,0,374,379,5,38,0,0,375,
        379,5,39,0,0,376,379,5,59,0,0,377,379,3,34,17,0,378,373,1,0,0,0,
        378,374,1,0,0,0,378,375,1,0,0,0,378,376,1,0,0,0,378,377,1,0,0,0,
        379,33,1,0,0,0,380,381,7,3,0,0,381,35,1,0,0,0,382,383,5,1,0,0,383,
        392,5,17,0,0,384,385,5,8,0,0,385,393,3,28,14,0,386,388,3,28,14,0,
        387,386,1,0,0,0,388,391,1,0,0,0,389,387,1,0,0,0,389,390,1,0,0,0,
        390,393,1,0,0,0,391,389,1,0,0,0,392,384,1,0,0,0,392,389,1,0,0,0,
        393,394,1,0,0,0,394,395,5,2,0,0,395,37,1,0,0,0,396,397,5,1,0,0,397,
        401,5,18,0,0,398,400,3,28,14,0,399,398,1,0,0,0,400,403,1,0,0,0,401,
        399,1,0,0,0,401,402,1,0,0,0,402,404,1,0,0,0,403,401,1,0,0,0,404,
        405,5,2,0,0,405,39,1,0,0,0,406,407,5,1,0,0,407,408,5,15,0,0,408,
        409,3,34,17,0,409,410,5,2,0,0,410,412,1,0,0,0,411,406,1,0,0,0,411,
        412,1,0,0,0,412,416,1,0,0,0,413,415,3,36,18,0,414,413,1,0,0,0,415,
        418,1,0,0,0,416,414,1,0,0,0,416,417,1,0,0,0,417,422,1,0,0,0,418,
        416,1,0,0,0,419,421,3,38,19,0,420,419,1,0,0,0,421,424,1,0,0,0,422,
        420,1,0,0,0,422,423,1,0,0,0,423,41,1,0,0,0,424,422,1,0,0,0,425,427,
        5,56,0,0,426,425,1,0,0,0,426,427,1,0,0,0,427,428,1,0,0,0,428,430,
        5,9,0,0,429,431,5,9,0,0,430,429,1,0,0,0,430,431,1,0,0,0,431,43,1,
        0,0,0,432,433,3,42,21,0,433,434,3,30,15,0,434,45,1,0,0,0,435,437,
        3,42,21,0,436,438,5,41,0,0,437,436,1,0,0,0,437,438,1,0,0,0,438,47,
        1,0,0,0,439,446,3,28,14,0,440,441,5,1,0,0,441,442,5,32,0,0,442,443,
        3,28,14,0,443,444,5,2,0,0,444,446,1,0,0,0,445,439,1,0,0,0,445,440,
        1,0,0,0,446,49,1,0,0,0,447,448,5,1,0,0,448,449,5,24,0,0,449,450,
        5,7,0,0,450,451,5,7,0,0,451,452,3,52,26,0,452,453,5,2,0,0,453,51,
        1,0,0,0,454,455,5,1,0,0,455,457,5,16,0,0,456,458,5,8,0,0,457,456,
        1,0,0,0,457,458,1,0,0,0,458,459,1,0,0,0,459,460,3,40,20,0,460,461,
        5,2,0,0,461,495,1,0,0,0,462,463,5,1,0,0,463,465,5,21,0,0,464,466,
        5,8,0,0,465,464,1,0,0,0,465,466,1,0,0,0,466,467,1,0,0,0,467,468,
        3,44,22,0,468,469,5,2,0,0,469,495,1,0,0,0,470,471,5,1,0,0,471,473,
        5,22,0,0,472,474,5,8,0,0,473,472,1,0,0,0,473,474,1,0,0,0,474,475,
        1,0,0,0,475,476,3,46,23,0,476,477,5,2,0,0,477,495,1,0,0,0,478,479,
        5,1,0,0,479,481,5,20,0,0,480,482,5,8,0,0,481,480,1,0,0,0,481,482,
        1,0,0,0,482,483,1,0,0,0,483,484,3,48,24,0,484,485,5,2,0,0,485,495,
        1,0,0,0,486,487,5,1,0,0,487,489,5,23,0,0,488,490,5,8,0,0,489,488,
        1,0,0,0,489,490,1,0,0,0,490,491,1,0,0,0,491,492,3,40,20,0,492,493,
        5,2,0,0,493,495,1,0,0,0,494,454,1,0,0,0,494,462,1,0,0,0,494,470,
        1,0,0,0,494,478,1,0,0,0,494,486,1,0,0,0,495,53,1,0,0,0,496,497,5,
        1,0,0,497,498,5,24,0,0,498,499,5,7,0,0,499,500,5,7,0,0,500,501,5,
        2,0,0,501,55,1,0,0,0,502,503,5,1,0,0,503,504,5,25,0,0,504,505,5,
        7,0,0,505,506,5,2,0,0,506,57,1,0,0,0,507,508,5,1,0,0,508,509,5,25,
        0,0,509,510,5,7,0,0,510,511,5,1,0,0,511,512,3,60,30,0,512,513,3,
        34,17,0,513,514,5,2,0,0,514,515,5,2,0,0,515,59,1,0,0,0,516,517,7,
        4,0,0,517,61,1,0,0,0,518,519,5,1,0,0,519,521,5,16,0,0,520,522,5,
        8,0,0,521,520,1,0,0,0,521,522,1,0,0,0,522,526,1,0,0,0,523,525,3,
        56,28,0,524,523,1,0,0,0,525,528,1,0,0,0,526,524,1,0,0,0,526,527,
        1,0,0,0,527,530,1,0,0,0,528,526,1,0,0,0,529,531,3,54,27,0,530,529,
        1,0,0,0,530,531,1,0,0,0,531,532,1,0,0,0,532,536,3,40,20,0,533,535,
        3,64,32,0,534,533,1,0,0,0,535,538,1,0,0,0,536,534,1,0,0,0,536,537,
        1,0,0,0,537,539,1,0,0,0,538,536,1,0,0,0,539,540,3,86,43,0,540,541,
        5,2,0,0,541,63,1,0,0,0,542,543,5,1,0,0,543,552,5,19,0,0,544,545,
        5,8,0,0,545,553,3,28,14,0,546,548,3,28,14,0,547,546,1,0,0,0,548,
        551,1,0,0,0,549,547,1,0,0,0,549,550,1,0,0,0,550,553,1,0,0,0,551,
        549,1,0,0,0,552,544,1,0,0,0,552,549,1,0,0,0,553,554,1,0,0,0,554,
        555,5,2,0,0,555,65,1,0,0,0,556,557,5,1,0,0,557,559,5,21,0,0,558,
        560,5,8,0,0,559,558,1,0,0,0,559,560,1,0,0,0,560,564,1,0,0,0,561,
        563,3,56,28,0,562,561,1,0,0,0,563,566,1,0,0,0,564,562,1,0,0,0,564,
        565,1,0,0,0,565,568,1,0,0,0,566,564,1,0,0,0,567,569,3,54,27,0,568,
        567,1,0,0,0,568,569,1,0,0,0,569,593,1,0,0,0,570,571,3,44,22,0,571,
        572,3,86,43,0,572,594,1,0,0,0,573,575,5,56,0,0,574,573,1,0,0,0,574,
        575,1,0,0,0,575,576,1,0,0,0,576,577,3,30,15,0,577,578,5,1,0,0,578,
        589,5,27,0,0,579,581,3,80,40,0,580,579,1,0,0,0,581,582,1,0,0,0,582,
        580,1,0,0,0,582,583,1,0,0,0,583,590,1,0,0,0,584,586,3,34,17,0,585,
        584,1,0,0,0,586,587,1,0,0,0,587,585,1,0,0,0,587,588,1,0,0,0,588,
        590,1,0,0,0,589,580,1,0,0,0,589,585,1,0,0,0,589,590,1,0,0,0,590,
        591,1,0,0,0,591,592,5,2,0,0,592,594,1,0,0,0,593,570,1,0,0,0,593,
        574,1,0,0,0,594,595,1,0,0,0,595,596,5,2,0,0,596,67,1,0,0,0,597,598,
        5,1,0,0,598,600,5,22,0,0,599,601,5,8,0,0,600,599,1,0,0,0,600,601,
        1,0,0,0,601,605,1,0,0,0,602,604,3,56,28,0,603,602,1,0,0,0,604,607,
        1,0,0,0,605,603,1,0,0,0,605,606,1,0,0,0,606,609,1,0,0,0,607,605,
        1,0,0,0,608,610,3,54,27,0,609,608,1,0,0,0,609,610,1,0,0,0,610,624,
        1,0,0,0,611,625,3,46,23,0,612,614,5,56,0,0,613,612,1,0,0,0,613,614,
        1,0,0,0,614,615,1,0,0,0,615,616,5,1,0,0,616,620,5,28,0,0,617,619,
        5,7,0,0,618,617,1,0,0,0,619,622,1,0,0,0,620,618,1,0,0,0,620,621,
        1,0,0,0,621,623,1,0,0,0,622,620,1,0,0,0,623,625,5,2,0,0,624,611,
        1,0,0,0,624,613,1,0,0,0,625,626,1,0,0,0,626,627,5,2,0,0,627,69,1,
        0,0,0,628,629,5,1,0,0,629,631,5,20,0,0,630,632,5,8,0,0,631,630,1,
        0,0,0,631,632,1,0,0,0,632,636,1,0,0,0,633,635,3,56,28,0,634,633,
        1,0,0,0,635,638,1,0,0,0,636,634,1,0,0,0,636,637,1,0,0,0,637,640,
        1,0,0,0,638,636,1,0,0,0,639,641,3,54,27,0,640,639,1,0,0,0,640,641,
        1,0,0,0,641,642,1,0,0,0,642,643,3,48,24,0,643,644,3,86,43,0,644,
        645,5,2,0,0,645,71,1,0,0,0,646,647,5,1,0,0,647,649,5,23,0,0,648,
        650,5,8,0,0,649,648,1,0,0,0,649,650,1,0,0,0,650,654,1,0,0,0,651,
        653,3,56,28,0,652,651,1,0,0,0,653,656,1,0,0,0,654,652,1,0,0,0,654,
        655,1,0,0,0,655,658,1,0,0,0,656,654,1,0,0,0,657,659,3,54,27,0,658,
        657,1,0,0,0,658,659,1,0,0,0,659,660,1,0,0,0,660,661,3,40,20,0,661,
        662,5,2,0,0,662,73,1,0,0,0,663,664,5,1,0,0,664,665,5,26,0,0,665,
        666,3,34,17,0,666,667,5,2,0,0,667,75,1,0,0,0,668,669,5,1,0,0,669,
        671,5,27,0,0,670,672,5,8,0,0,671,670,1,0,0,0,671,672,1,0,0,0,672,
        694,1,0,0,0,673,695,3,78,39,0,674,675,5,31,0,0,675,695,3,78,39,0,
        676,677,5,1,0,0,677,678,5,21,0,0,678,679,3,34,17,0,679,680,5,2,0,
        0,680,683,1,0,0,0,681,683,5,9,0,0,682,676,1,0,0,0,682,681,1,0,0,
        0,682,683,1,0,0,0,683,684,1,0,0,0,684,692,3,82,41,0,685,693,3,78,
        39,0,686,688,3,34,17,0,687,686,1,0,0,0,688,691,1,0,0,0,689,687,1,
        0,0,0,689,690,1,0,0,0,690,693,1,0,0,0,691,689,1,0,0,0,692,685,1,
        0,0,0,692,689,1,0,0,0,693,695,1,0,0,0,694,673,1,0,0,0,694,674,1,
        0,0,0,694,682,1,0,0,0,695,696,1,0,0,0,696,697,5,2,0,0,697,77,1,0,
        0,0,698,702,3,30,15,0,699,701,3,80,40,0,700,699,1,0,0,0,701,704,
        1,0,0,0,702,700,1,0,0,0,702,703,1,0,0,0,703,713,1,0,0,0,704,702,
        1,0,0,0,705,709,5,16,0,0,706,708,3,34,17,0,707,706,1,0,0,0,708,711,
        1,0,0,0,709,707,1,0,0,0,709,710,1,0,0,0,710,713,1,0,0,0,711,709,
        1,0,0,0,712,698,1,0,0,0,712,705,1,0,0,0,713,79,1,0,0,0,714,715,5,
        1,0,0,715,716,5,30,0,0,716,717,3,86,43,0,717,718,5,2,0,0,718,721,
        1,0,0,0,719,721,3,96,48,0,720,714,1,0,0,0,720,719,1,0,0,0,721,81,
        1,0,0,0,722,723,5,1,0,0,723,724,5,29,0,0,724,725,3,86,43,0,725,726,
        5,2,0,0,726,729,1,0,0,0,727,729,3,96,48,0,728,722,1,0,0,0,728,727,
        1,0,0,0,729,83,1,0,0,0,730,731,5,1,0,0,731,733,5,28,0,0,732,734,
        5,8,0,0,733,732,1,0,0,0,733,734,1,0,0,0,734,744,1,0,0,0,735,736,
        5,1,0,0,736,737,5,22,0,0,737,738,3,34,17,0,738,739,5,2,0,0,739,742,
        1,0,0,0,740,742,5,9,0,0,741,735,1,0,0,0,741,740,1,0,0,0,741,742,
        1,0,0,0,742,743,1,0,0,0,743,745,3,82,41,0,744,741,1,0,0,0,744,745,
        1,0,0,0,745,749,1,0,0,0,746,748,5,7,0,0,747,746,1,0,0,0,748,751,
        1,0,0,0,749,747,1,0,0,0,749,750,1,0,0,0,750,752,1,0,0,0,751,749,
        1,0,0,0,752,753,5,2,0,0,753,85,1,0,0,0,754,778,5,70,0,0,755,777,
        5,9,0,0,756,777,5,10,0,0,757,777,5,11,0,0,758,777,5,8,0,0,759,777,
        5,12,0,0,760,777,5,13,0,0,761,777,5,60,0,0,762,777,5,58,0,0,763,
        777,5,16,0,0,764,777,5,38,0,0,765,777,5,39,0,0,766,777,5,59,0,0,
        767,777,5,34,0,0,768,769,5,1,0,0,769,770,5,15,0,0,770,771,3,34,17,
        0,771,772,5,2,0,0,772,777,1,0,0,0,773,777,3,36,18,0,774,777,3,38,
        19,0,775,777,3,30,15,0,776,755,1,0,0,0,776,756,1,0,0,0,776,757,1,
        0,0,0,776,758,1,0,0,0,776,759,1,0,0,0,776,760,1,0,0,0,776,761,1,
        0,0,0,776,762,1,0,0,0,776,763,1,0,0,0,776,764,1,0,0,0,776,765,1,
        0,0,0,776,766,1,0,0,0,776,767,1,0,0,0,776,768,1,0,0,0,776,773,1,
        0,0,0,776,774,1,0,0,0,776,775,1,0,0,0,777,780,1,0,0,0,778,776,1,
        0,0,0,778,779,1,0,0,0,779,784,1,0,0,0,780,778,1,0,0,0,781,784,3,
        88,44,0,782,784,3,96,48,0,783,754,1,0,0,0,783,781,1,0,0,0,783,782,
        1,0,0,0,784,787,1,0,0,0,785,783,1,0,0,0,785,786,1,0,0,0,786,87,1,
        0,0,0,787,785,1,0,0,0,788,790,7,5,0,0,789,791,5,8,0,0,790,789,1,
        0,0,0,790,791,1,0,0,0,791,792,1,0,0,0,792,793,3,40,20,0,793,794,
        3,86,43,0,794,796,5,47,0,0,795,797,5,8,0,0,796,795,1,0,0,0,796,797,
        1,0,0,0,797,855,1,0,0,0,798,800,5,44,0,0,799,801,5,8,0,0,800,799,
        1,0,0,0,800,801,1,0,0,0,801,802,1,0,0,0,802,803,3,40,20,0,803,809,
        3,86,43,0,804,806,5,46,0,0,805,807,5,8,0,0,806,805,1,0,0,0,806,807,
        1,0,0,0,807,808,1,0,0,0,808,810,3,86,43,0,809,804,1,0,0,0,809,810,
        1,0,0,0,810,811,1,0,0,0,811,813,5,47,0,0,812,814,5,8,0,0,813,812,
        1,0,0,0,813,814,1,0,0,0,814,855,1,0,0,0,815,817,5,48,0,0,816,818,
        5,8,0,0,817,816,1,0,0,0,817,818,1,0,0,0,818,819,1,0,0,0,819,823,
        3,40,20,0,820,822,3,94,47,0,821,820,1,0,0,0,822,825,1,0,0,0,823,
        821,1,0,0,0,823,824,1,0,0,0,824,826,1,0,0,0,825,823,1,0,0,0,826,
        827,3,86,43,0,827,829,5,47,0,0,828,830,5,8,0,0,829,828,1,0,0,0,829,
        830,1,0,0,0,830,855,1,0,0,0,831,833,5,49,0,0,832,834,5,8,0,0,833,
        832,1,0,0,0,833,834,1,0,0,0,834,835,1,0,0,0,835,836,3,40,20,0,836,
        852,3,86,43,0,837,839,3,90,45,0,838,837,1,0,0,0,839,842,1,0,0,0,
        840,838,1,0,0,0,840,841,1,0,0,0,841,844,1,0,0,0,842,840,1,0,0,0,
        843,845,3,92,46,0,844,843,1,0,0,0,844,845,1,0,0,0,845,846,1,0,0,
        0,846,848,5,47,0,0,847,849,5,8,0,0,848,847,1,0,0,0,848,849,1,0,0,
        0,849,853,1,0,0,0,850,851,5,55,0,0,851,853,3,34,17,0,852,840,1,0,
        0,0,852,850,1,0,0,0,853,855,1,0,0,0,854,788,1,0,0,0,854,798,1,0,
        0,0,854,815,1,0,0,0,854,831,1,0,0,0,855,89,1,0,0,0,856,857,5,51,
        0,0,857,858,3,34,17,0,858,859,3,86,43,0,859,91,1,0,0,0,860,861,5,
        53,0,0,861,862,3,86,43,0,862,93,1,0,0,0,863,876,5,1,0,0,864,865,
        5,51,0,0,865,866,3,34,17,0,866,867,3,34,17,0,867,877,1,0,0,0,868,
        869,5,52,0,0,869,870,3,34,17,0,870,871,3,34,17,0,871,877,1,0,0,0,
        872,873,5,53,0,0,873,877,3,34,17,0,874,875,5,54,0,0,875,877,3,34,
        17,0,876,864,1,0,0,0,876,868,1,0,0,0,876,872,1,0,0,0,876,874,1,0,
        0,0,877,878,1,0,0,0,878,879,5,2,0,0,879,95,1,0,0,0,880,881,5,1,0,
        0,881,905,5,70,0,0,882,904,5,9,0,0,883,904,5,10,0,0,884,904,5,11,
        0,0,885,904,5,8,0,0,886,904,5,12,0,0,887,904,5,13,0,0,888,904,5,
        60,0,0,889,904,5,58,0,0,890,904,5,16,0,0,891,904,5,38,0,0,892,904,
        5,39,0,0,893,904,5,59,0,0,894,904,5,34,0,0,895,896,5,1,0,0,896,897,
        5,15,0,0,897,898,3,34,17,0,898,899,5,2,0,0,899,904,1,0,0,0,900,904,
        3,36,18,0,901,904,3,38,19,0,902,904,3,30,15,0,903,882,1,0,0,0,903,
        883,1,0,0,0,903,884,1,0,0,0,903,885,1,0,0,0,903,886,1,0,0,0,903,
        887,1,0,0,0,903,888,1,0,0,0,903,889,1,0,0,0,903,890,1,0,0,0,903,
        891,1,0,0,0,903,892,1,0,0,0,903,893,1,0,0,0,903,894,1,0,0,0,903,
        895,1,0,0,0,903,900,1,0,0,0,903,901,1,0,0,0,903,902,1,0,0,0,904,
        907,1,0,0,0,905,903,1,0,0,0,905,906,1,0,0,0,906,911,1,0,0,0,907,
        905,1,0,0,0,908,910,3,96,48,0,909,908,1,0,0,0,910,913,1,0,0,0,911,
        909,1,0,0,0,911,912,1,0,0,0,912,914,1,0,0,0,913,911,1,0,0,0,914,
        993,5,2,0,0,915,916,5,1,0,0,916,918,7,5,0,0,917,919,5,8,0,0,918,
        917,1,0,0,0,918,919,1,0,0,0,919,920,1,0,0,0,920,921,3,40,20,0,921,
        922,3,86,43,0,922,923,5,2,0,0,923,993,1,0,0,0,924,925,5,1,0,0,925,
        927,5,44,0,0,926,928,5,8,0,0,927,926,1,0,0,0,927,928,1,0,0,0,928,
        929,1,0,0,0,929,933,3,40,20,0,930,932,3,96,48,0,931,930,1,0,0,0,
        932,935,1,0,0,0,933,931,1,0,0,0,933,934,1,0,0,0,934,936,1,0,0,0,
        935,933,1,0,0,0,936,937,5,1,0,0,937,938,5,45,0,0,938,939,3,86,43,
        0,939,945,5,2,0,0,940,941,5,1,0,0,941,942,5,46,0,0,942,943,3,86,
        43,0,943,944,5,2,0,0,944,946,1,0,0,0,945,940,1,0,0,0,945,946,1,0,
        0,0,946,947,1,0,0,0,947,948,5,2,0,0,948,993,1,0,0,0,949,950,5,1,
        0,0,950,952,5,48,0,0,951,953,5,8,0,0,952,951,1,0,0,0,952,953,1,0,
        0,0,953,954,1,0,0,0,954,958,3,40,20,0,955,957,3,94,47,0,956,955,
        1,0,0,0,957,960,1,0,0,0,958,956,1,0,0,0,958,959,1,0,0,0,959,961,
        1,0,0,0,960,958,1,0,0,0,961,962,3,86,43,0,962,963,5,2,0,0,963,993,
        1,0,0,0,964,965,5,1,0,0,965,967,5,49,0,0,966,968,5,8,0,0,967,966,
        1,0,0,0,967,968,1,0,0,0,968,969,1,0,0,0,969,970,3,40,20,0,970,971,
        5,1,0,0,971,972,5,50,0,0,972,973,3,86,43,0,973,988,5,2,0,0,974,976,
        3,98,49,0,975,974,1,0,0,0,976,979,1,0,0,0,977,975,1,0,0,0,977,978,
        1,0,0,0,978,981,1,0,0,0,979,977,1,0,0,0,980,982,3,100,50,0,981,980,
        1,0,0,0,981,982,1,0,0,0,982,989,1,0,0,0,983,984,5,1,0,0,984,985,
        5,55,0,0,985,986,3,34,17,0,986,987,5,2,0,0,987,989,1,0,0,0,988,977,
        1,0,0,0,988,983,1,0,0,0,989,990,1,0,0,0,990,991,5,2,0,0,991,993,
        1,0,0,0,992,880,1,0,0,0,992,915,1,0,0,0,992,924,1,0,0,0,992,949,
        1,0,0,0,992,964,1,0,0,0,993,97,1,0,0,0,994,995,5,1,0,0,995,996,5,
        51,0,0,996,997,3,34,17,0,997,998,3,86,43,0,998,999,5,2,0,0,999,99,
        1,0,0,0,1000,1001,5,1,0,0,1001,1002,5,53,0,0,1002,1003,3,86,43,0,
        1003,1004,5,2,0,0,1004,101,1,0,0,0,135,105,110,113,121,124,131,139,
        143,145,155,159,164,167,172,179,182,189,192,195,200,206,213,217,
        234,236,245,250,264,269,279,287,292,299,306,312,321,330,339,342,
        352,356,360,366,371,378,389,392,401,411,416,422,426,430,437,445,
        457,465,473,481,489,494,521,526,530,536,549,552,559,564,568,574,
        582,587,589,593,600,605,609,613,620,624,631,636,640,649,654,658,
        671,682,689,692,694,702,709,712,720,728,733,741,744,749,776,778,
        783,785,790,796,800,806,809,813,817,823,829,833,840,844,848,852,
        854,876,903,905,911,918,927,933,945,952,958,967,977,981,988,992
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
    public instrList(): InstrListContext {
        return this.getRuleContext(0, InstrListContext)!;
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
    public instrList(): InstrListContext | null {
        return this.getRuleContext(0, InstrListContext);
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
    public instrList(): InstrListContext {
        return this.getRuleContext(0, InstrListContext)!;
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
    public instrList(): InstrListContext | null {
        return this.getRuleContext(0, InstrListContext);
    }
    public RPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.RPAR, 0);
    }
    public foldedInstr(): FoldedInstrContext | null {
        return this.getRuleContext(0, FoldedInstrContext);
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
    public instrList(): InstrListContext | null {
        return this.getRuleContext(0, InstrListContext);
    }
    public RPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.RPAR, 0);
    }
    public foldedInstr(): FoldedInstrContext | null {
        return this.getRuleContext(0, FoldedInstrContext);
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


export class InstrListContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
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
        return WatParser.RULE_instrList;
    }
}


export class BlockInstrContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public typeUse(): TypeUseContext {
        return this.getRuleContext(0, TypeUseContext)!;
    }
    public instrList(): InstrListContext[];
    public instrList(i: number): InstrListContext | null;
    public instrList(i?: number): InstrListContext[] | InstrListContext | null {
        if (i === undefined) {
            return this.getRuleContexts(InstrListContext);
        }

        return this.getRuleContext(i, InstrListContext);
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
    public instrList(): InstrListContext {
        return this.getRuleContext(0, InstrListContext)!;
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
    public instrList(): InstrListContext {
        return this.getRuleContext(0, InstrListContext)!;
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
    public instrList(): InstrListContext[];
    public instrList(i: number): InstrListContext | null;
    public instrList(i?: number): InstrListContext[] | InstrListContext | null {
        if (i === undefined) {
            return this.getRuleContexts(InstrListContext);
        }

        return this.getRuleContext(i, InstrListContext);
    }
    public BLOCK(): antlr.TerminalNode | null {
        return this.getToken(WatParser.BLOCK, 0);
    }
    public LOOP(): antlr.TerminalNode | null {
        return this.getToken(WatParser.LOOP, 0);
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
    public instrList(): InstrListContext {
        return this.getRuleContext(0, InstrListContext)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
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
    public instrList(): InstrListContext {
        return this.getRuleContext(0, InstrListContext)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_foldedCatchAll;
    }
}
