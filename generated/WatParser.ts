
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
    public static readonly PAGESIZE = 42;
    public static readonly BLOCK = 43;
    public static readonly LOOP = 44;
    public static readonly IF = 45;
    public static readonly THEN = 46;
    public static readonly ELSE = 47;
    public static readonly END = 48;
    public static readonly TRY_TABLE = 49;
    public static readonly TRY = 50;
    public static readonly DO = 51;
    public static readonly CATCH = 52;
    public static readonly CATCH_REF = 53;
    public static readonly CATCH_ALL = 54;
    public static readonly CATCH_ALL_REF = 55;
    public static readonly DELEGATE = 56;
    public static readonly NUM_TYPE = 57;
    public static readonly PACKED_TYPE = 58;
    public static readonly REF_SHORTHAND = 59;
    public static readonly HEAP_TYPE = 60;
    public static readonly SHAPE = 61;
    public static readonly BINARY = 62;
    public static readonly QUOTE = 63;
    public static readonly DEFINITION = 64;
    public static readonly INSTANCE = 65;
    public static readonly REGISTER = 66;
    public static readonly INVOKE = 67;
    public static readonly GET = 68;
    public static readonly EITHER = 69;
    public static readonly ASSERT = 70;
    public static readonly KEYWORD = 71;
    public static readonly RESERVED = 72;
    public static readonly RULE_script = 0;
    public static readonly RULE_command = 1;
    public static readonly RULE_module = 2;
    public static readonly RULE_action = 3;
    public static readonly RULE_value = 4;
    public static readonly RULE_sexpr = 5;
    public static readonly RULE_typeDef = 6;
    public static readonly RULE_recType = 7;
    public static readonly RULE_subType = 8;
    public static readonly RULE_compType = 9;
    public static readonly RULE_field = 10;
    public static readonly RULE_fieldType = 11;
    public static readonly RULE_storageType = 12;
    public static readonly RULE_refType = 13;
    public static readonly RULE_heapType = 14;
    public static readonly RULE_idx = 15;
    public static readonly RULE_param = 16;
    public static readonly RULE_result = 17;
    public static readonly RULE_typeUse = 18;
    public static readonly RULE_limits = 19;
    public static readonly RULE_tableType = 20;
    public static readonly RULE_memoryType = 21;
    public static readonly RULE_pageSize = 22;
    public static readonly RULE_globalType = 23;
    public static readonly RULE_importField = 24;
    public static readonly RULE_importDesc = 25;
    public static readonly RULE_inlineImport = 26;
    public static readonly RULE_inlineExport = 27;
    public static readonly RULE_exportField = 28;
    public static readonly RULE_exportKind = 29;
    public static readonly RULE_funcField = 30;
    public static readonly RULE_local = 31;
    public static readonly RULE_tableField = 32;
    public static readonly RULE_memoryField = 33;
    public static readonly RULE_globalField = 34;
    public static readonly RULE_tagField = 35;
    public static readonly RULE_startField = 36;
    public static readonly RULE_elemField = 37;
    public static readonly RULE_elemList = 38;
    public static readonly RULE_elemItem = 39;
    public static readonly RULE_offset = 40;
    public static readonly RULE_dataField = 41;
    public static readonly RULE_instrList = 42;
    public static readonly RULE_catchClause = 43;
    public static readonly RULE_foldedInstr = 44;
    public static readonly RULE_foldedCatch = 45;
    public static readonly RULE_foldedCatchAll = 46;

    public static readonly literalNames = [
        null, "'('", "')'", null, null, null, null, null, null, null, null, 
        null, null, null, "'module'", "'type'", "'func'", "'param'", "'result'", 
        "'local'", "'global'", "'table'", "'memory'", "'tag'", "'import'", 
        "'export'", "'start'", "'elem'", "'data'", "'offset'", "'item'", 
        "'declare'", "'mut'", "'ref'", "'null'", "'sub'", "'final'", "'rec'", 
        "'struct'", "'array'", "'field'", "'shared'", "'pagesize'", "'block'", 
        "'loop'", "'if'", "'then'", "'else'", "'end'", "'try_table'", "'try'", 
        "'do'", "'catch'", "'catch_ref'", "'catch_all'", "'catch_all_ref'", 
        "'delegate'", null, null, null, null, null, "'binary'", "'quote'", 
        "'definition'", "'instance'", "'register'", "'invoke'", "'get'", 
        "'either'"
    ];

    public static readonly symbolicNames = [
        null, "LPAR", "RPAR", "ANNOTATION", "BLOCK_COMMENT", "LINE_COMMENT", 
        "WS", "STRING", "ID", "NAT", "INT", "FLOAT", "MEM_OFFSET", "MEM_ALIGN", 
        "MODULE", "TYPE", "FUNC", "PARAM", "RESULT", "LOCAL", "GLOBAL", 
        "TABLE", "MEMORY", "TAG", "IMPORT", "EXPORT", "START", "ELEM", "DATA", 
        "OFFSET", "ITEM", "DECLARE", "MUT", "REF", "NULL", "SUB", "FINAL", 
        "REC", "STRUCT", "ARRAY", "FIELD", "SHARED", "PAGESIZE", "BLOCK", 
        "LOOP", "IF", "THEN", "ELSE", "END", "TRY_TABLE", "TRY", "DO", "CATCH", 
        "CATCH_REF", "CATCH_ALL", "CATCH_ALL_REF", "DELEGATE", "NUM_TYPE", 
        "PACKED_TYPE", "REF_SHORTHAND", "HEAP_TYPE", "SHAPE", "BINARY", 
        "QUOTE", "DEFINITION", "INSTANCE", "REGISTER", "INVOKE", "GET", 
        "EITHER", "ASSERT", "KEYWORD", "RESERVED"
    ];
    public static readonly ruleNames = [
        "script", "command", "module", "action", "value", "sexpr", "typeDef", 
        "recType", "subType", "compType", "field", "fieldType", "storageType", 
        "refType", "heapType", "idx", "param", "result", "typeUse", "limits", 
        "tableType", "memoryType", "pageSize", "globalType", "importField", 
        "importDesc", "inlineImport", "inlineExport", "exportField", "exportKind", 
        "funcField", "local", "tableField", "memoryField", "globalField", 
        "tagField", "startField", "elemField", "elemList", "elemItem", "offset", 
        "dataField", "instrList", "catchClause", "foldedInstr", "foldedCatch", 
        "foldedCatchAll",
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
            this.state = 119;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 3, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 106;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                do {
                    {
                    this.state = 106;
                    this.errorHandler.sync(this);
                    switch (this.interpreter.adaptivePredict(this.tokenStream, 0, this.context) ) {
                    case 1:
                        {
                        this.state = 94;
                        this.typeDef();
                        }
                        break;
                    case 2:
                        {
                        this.state = 95;
                        this.recType();
                        }
                        break;
                    case 3:
                        {
                        this.state = 96;
                        this.importField();
                        }
                        break;
                    case 4:
                        {
                        this.state = 97;
                        this.funcField();
                        }
                        break;
                    case 5:
                        {
                        this.state = 98;
                        this.tableField();
                        }
                        break;
                    case 6:
                        {
                        this.state = 99;
                        this.memoryField();
                        }
                        break;
                    case 7:
                        {
                        this.state = 100;
                        this.globalField();
                        }
                        break;
                    case 8:
                        {
                        this.state = 101;
                        this.exportField();
                        }
                        break;
                    case 9:
                        {
                        this.state = 102;
                        this.startField();
                        }
                        break;
                    case 10:
                        {
                        this.state = 103;
                        this.elemField();
                        }
                        break;
                    case 11:
                        {
                        this.state = 104;
                        this.dataField();
                        }
                        break;
                    case 12:
                        {
                        this.state = 105;
                        this.tagField();
                        }
                        break;
                    }
                    }
                    this.state = 108;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                } while (_la === 1);
                this.state = 110;
                this.match(WatParser.EOF);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 115;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 112;
                    this.command();
                    }
                    }
                    this.state = 117;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 118;
                this.match(WatParser.EOF);
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
    public command(): CommandContext {
        let localContext = new CommandContext(this.context, this.state);
        this.enterRule(localContext, 2, WatParser.RULE_command);
        let _la: number;
        try {
            this.state = 163;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 11, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 121;
                this.module_();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 122;
                this.match(WatParser.LPAR);
                this.state = 123;
                this.match(WatParser.INSTANCE);
                this.state = 125;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 4, this.context) ) {
                case 1:
                    {
                    this.state = 124;
                    this.match(WatParser.ID);
                    }
                    break;
                }
                this.state = 128;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 127;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 130;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 131;
                this.match(WatParser.LPAR);
                this.state = 132;
                this.match(WatParser.REGISTER);
                this.state = 133;
                this.match(WatParser.STRING);
                this.state = 135;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 134;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 137;
                this.match(WatParser.RPAR);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 138;
                this.action();
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 139;
                this.match(WatParser.LPAR);
                this.state = 140;
                this.match(WatParser.ASSERT);
                this.state = 143;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 7, this.context) ) {
                case 1:
                    {
                    this.state = 141;
                    this.action();
                    }
                    break;
                case 2:
                    {
                    this.state = 142;
                    this.module_();
                    }
                    break;
                }
                this.state = 149;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 7) {
                    {
                    this.state = 147;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.LPAR:
                        {
                        this.state = 145;
                        this.value();
                        }
                        break;
                    case WatParser.STRING:
                        {
                        this.state = 146;
                        this.match(WatParser.STRING);
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 151;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 152;
                this.match(WatParser.RPAR);
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 154;
                this.match(WatParser.LPAR);
                this.state = 155;
                this.match(WatParser.KEYWORD);
                this.state = 159;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4294967290) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 4294967295) !== 0) || ((((_la - 64)) & ~0x1F) === 0 && ((1 << (_la - 64)) & 511) !== 0)) {
                    {
                    {
                    this.state = 156;
                    this.sexpr();
                    }
                    }
                    this.state = 161;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 162;
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
            this.state = 210;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 20, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 165;
                this.match(WatParser.LPAR);
                this.state = 166;
                this.match(WatParser.MODULE);
                this.state = 168;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 64) {
                    {
                    this.state = 167;
                    this.match(WatParser.DEFINITION);
                    }
                }

                this.state = 171;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 170;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 197;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                case WatParser.RPAR:
                    {
                    this.state = 187;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 1) {
                        {
                        this.state = 185;
                        this.errorHandler.sync(this);
                        switch (this.interpreter.adaptivePredict(this.tokenStream, 14, this.context) ) {
                        case 1:
                            {
                            this.state = 173;
                            this.typeDef();
                            }
                            break;
                        case 2:
                            {
                            this.state = 174;
                            this.recType();
                            }
                            break;
                        case 3:
                            {
                            this.state = 175;
                            this.importField();
                            }
                            break;
                        case 4:
                            {
                            this.state = 176;
                            this.funcField();
                            }
                            break;
                        case 5:
                            {
                            this.state = 177;
                            this.tableField();
                            }
                            break;
                        case 6:
                            {
                            this.state = 178;
                            this.memoryField();
                            }
                            break;
                        case 7:
                            {
                            this.state = 179;
                            this.globalField();
                            }
                            break;
                        case 8:
                            {
                            this.state = 180;
                            this.exportField();
                            }
                            break;
                        case 9:
                            {
                            this.state = 181;
                            this.startField();
                            }
                            break;
                        case 10:
                            {
                            this.state = 182;
                            this.elemField();
                            }
                            break;
                        case 11:
                            {
                            this.state = 183;
                            this.dataField();
                            }
                            break;
                        case 12:
                            {
                            this.state = 184;
                            this.tagField();
                            }
                            break;
                        }
                        }
                        this.state = 189;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                case WatParser.BINARY:
                case WatParser.QUOTE:
                    {
                    this.state = 190;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 62 || _la === 63)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 194;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 7) {
                        {
                        {
                        this.state = 191;
                        this.match(WatParser.STRING);
                        }
                        }
                        this.state = 196;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 199;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 200;
                this.match(WatParser.LPAR);
                this.state = 201;
                this.match(WatParser.MODULE);
                this.state = 202;
                this.match(WatParser.INSTANCE);
                this.state = 204;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 18, this.context) ) {
                case 1:
                    {
                    this.state = 203;
                    this.match(WatParser.ID);
                    }
                    break;
                }
                this.state = 207;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 206;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 209;
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
            this.state = 232;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 24, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 212;
                this.match(WatParser.LPAR);
                this.state = 213;
                this.match(WatParser.INVOKE);
                this.state = 215;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 214;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 217;
                this.match(WatParser.STRING);
                this.state = 221;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 218;
                    this.value();
                    }
                    }
                    this.state = 223;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 224;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 225;
                this.match(WatParser.LPAR);
                this.state = 226;
                this.match(WatParser.GET);
                this.state = 228;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 227;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 230;
                this.match(WatParser.STRING);
                this.state = 231;
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
            this.state = 234;
            this.match(WatParser.LPAR);
            this.state = 235;
            _la = this.tokenStream.LA(1);
            if(!(_la === 69 || _la === 71)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 251;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 69378) !== 0) || ((((_la - 34)) & ~0x1F) === 0 && ((1 << (_la - 34)) & 201326641) !== 0) || _la === 71 || _la === 72) {
                {
                this.state = 249;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NAT:
                    {
                    this.state = 236;
                    this.match(WatParser.NAT);
                    }
                    break;
                case WatParser.INT:
                    {
                    this.state = 237;
                    this.match(WatParser.INT);
                    }
                    break;
                case WatParser.FLOAT:
                    {
                    this.state = 238;
                    this.match(WatParser.FLOAT);
                    }
                    break;
                case WatParser.KEYWORD:
                    {
                    this.state = 239;
                    this.match(WatParser.KEYWORD);
                    }
                    break;
                case WatParser.RESERVED:
                    {
                    this.state = 240;
                    this.match(WatParser.RESERVED);
                    }
                    break;
                case WatParser.SHAPE:
                    {
                    this.state = 241;
                    this.match(WatParser.SHAPE);
                    }
                    break;
                case WatParser.FUNC:
                    {
                    this.state = 242;
                    this.match(WatParser.FUNC);
                    }
                    break;
                case WatParser.STRUCT:
                    {
                    this.state = 243;
                    this.match(WatParser.STRUCT);
                    }
                    break;
                case WatParser.ARRAY:
                    {
                    this.state = 244;
                    this.match(WatParser.ARRAY);
                    }
                    break;
                case WatParser.HEAP_TYPE:
                    {
                    this.state = 245;
                    this.match(WatParser.HEAP_TYPE);
                    }
                    break;
                case WatParser.ID:
                    {
                    this.state = 246;
                    this.match(WatParser.ID);
                    }
                    break;
                case WatParser.NULL:
                    {
                    this.state = 247;
                    this.match(WatParser.NULL);
                    }
                    break;
                case WatParser.LPAR:
                    {
                    this.state = 248;
                    this.value();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 253;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 254;
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
            this.state = 265;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.LPAR:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 256;
                this.match(WatParser.LPAR);
                this.state = 260;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4294967290) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 4294967295) !== 0) || ((((_la - 64)) & ~0x1F) === 0 && ((1 << (_la - 64)) & 511) !== 0)) {
                    {
                    {
                    this.state = 257;
                    this.sexpr();
                    }
                    }
                    this.state = 262;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 263;
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
            case WatParser.PAGESIZE:
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
                this.state = 264;
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
    public typeDef(): TypeDefContext {
        let localContext = new TypeDefContext(this.context, this.state);
        this.enterRule(localContext, 12, WatParser.RULE_typeDef);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 267;
            this.match(WatParser.LPAR);
            this.state = 268;
            this.match(WatParser.TYPE);
            this.state = 270;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 269;
                this.match(WatParser.ID);
                }
            }

            this.state = 272;
            this.subType();
            this.state = 273;
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
        this.enterRule(localContext, 14, WatParser.RULE_recType);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 275;
            this.match(WatParser.LPAR);
            this.state = 276;
            this.match(WatParser.REC);
            this.state = 280;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1) {
                {
                {
                this.state = 277;
                this.typeDef();
                }
                }
                this.state = 282;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 283;
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
        this.enterRule(localContext, 16, WatParser.RULE_subType);
        let _la: number;
        try {
            this.state = 300;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 33, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 285;
                this.match(WatParser.LPAR);
                this.state = 286;
                this.match(WatParser.SUB);
                this.state = 288;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 36) {
                    {
                    this.state = 287;
                    this.match(WatParser.FINAL);
                    }
                }

                this.state = 293;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 8 || _la === 9) {
                    {
                    {
                    this.state = 290;
                    this.idx();
                    }
                    }
                    this.state = 295;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 296;
                this.compType();
                this.state = 297;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 299;
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
        this.enterRule(localContext, 18, WatParser.RULE_compType);
        let _la: number;
        try {
            let alternative: number;
            this.state = 331;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 37, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 302;
                this.match(WatParser.LPAR);
                this.state = 303;
                this.match(WatParser.FUNC);
                this.state = 307;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 34, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 304;
                        this.param();
                        }
                        }
                    }
                    this.state = 309;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 34, this.context);
                }
                this.state = 313;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 310;
                    this.result();
                    }
                    }
                    this.state = 315;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 316;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 317;
                this.match(WatParser.LPAR);
                this.state = 318;
                this.match(WatParser.STRUCT);
                this.state = 322;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 319;
                    this.field();
                    }
                    }
                    this.state = 324;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 325;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 326;
                this.match(WatParser.LPAR);
                this.state = 327;
                this.match(WatParser.ARRAY);
                this.state = 328;
                this.fieldType();
                this.state = 329;
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
        this.enterRule(localContext, 20, WatParser.RULE_field);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 333;
            this.match(WatParser.LPAR);
            this.state = 334;
            this.match(WatParser.FIELD);
            this.state = 343;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 335;
                this.match(WatParser.ID);
                this.state = 336;
                this.fieldType();
                }
                break;
            case WatParser.LPAR:
            case WatParser.RPAR:
            case WatParser.NUM_TYPE:
            case WatParser.PACKED_TYPE:
            case WatParser.REF_SHORTHAND:
                {
                this.state = 340;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || ((((_la - 57)) & ~0x1F) === 0 && ((1 << (_la - 57)) & 7) !== 0)) {
                    {
                    {
                    this.state = 337;
                    this.fieldType();
                    }
                    }
                    this.state = 342;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 345;
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
        this.enterRule(localContext, 22, WatParser.RULE_fieldType);
        try {
            this.state = 353;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 40, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 347;
                this.storageType();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 348;
                this.match(WatParser.LPAR);
                this.state = 349;
                this.match(WatParser.MUT);
                this.state = 350;
                this.storageType();
                this.state = 351;
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
        this.enterRule(localContext, 24, WatParser.RULE_storageType);
        try {
            this.state = 358;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.NUM_TYPE:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 355;
                this.match(WatParser.NUM_TYPE);
                }
                break;
            case WatParser.LPAR:
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 356;
                this.refType();
                }
                break;
            case WatParser.PACKED_TYPE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 357;
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
    public refType(): RefTypeContext {
        let localContext = new RefTypeContext(this.context, this.state);
        this.enterRule(localContext, 26, WatParser.RULE_refType);
        let _la: number;
        try {
            this.state = 369;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 360;
                this.match(WatParser.REF_SHORTHAND);
                }
                break;
            case WatParser.LPAR:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 361;
                this.match(WatParser.LPAR);
                this.state = 362;
                this.match(WatParser.REF);
                this.state = 364;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 34) {
                    {
                    this.state = 363;
                    this.match(WatParser.NULL);
                    }
                }

                this.state = 366;
                this.heapType();
                this.state = 367;
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
        this.enterRule(localContext, 28, WatParser.RULE_heapType);
        try {
            this.state = 376;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.FUNC:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 371;
                this.match(WatParser.FUNC);
                }
                break;
            case WatParser.STRUCT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 372;
                this.match(WatParser.STRUCT);
                }
                break;
            case WatParser.ARRAY:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 373;
                this.match(WatParser.ARRAY);
                }
                break;
            case WatParser.HEAP_TYPE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 374;
                this.match(WatParser.HEAP_TYPE);
                }
                break;
            case WatParser.ID:
            case WatParser.NAT:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 375;
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
        this.enterRule(localContext, 30, WatParser.RULE_idx);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 378;
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
        this.enterRule(localContext, 32, WatParser.RULE_param);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 380;
            this.match(WatParser.LPAR);
            this.state = 381;
            this.match(WatParser.PARAM);
            this.state = 394;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 382;
                this.match(WatParser.ID);
                this.state = 385;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 383;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 384;
                    this.refType();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            case WatParser.LPAR:
            case WatParser.RPAR:
            case WatParser.NUM_TYPE:
            case WatParser.REF_SHORTHAND:
                {
                this.state = 391;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 57 || _la === 59) {
                    {
                    this.state = 389;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.NUM_TYPE:
                        {
                        this.state = 387;
                        this.match(WatParser.NUM_TYPE);
                        }
                        break;
                    case WatParser.LPAR:
                    case WatParser.REF_SHORTHAND:
                        {
                        this.state = 388;
                        this.refType();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 393;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 396;
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
        this.enterRule(localContext, 34, WatParser.RULE_result);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 398;
            this.match(WatParser.LPAR);
            this.state = 399;
            this.match(WatParser.RESULT);
            this.state = 404;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || _la === 57 || _la === 59) {
                {
                this.state = 402;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 400;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 401;
                    this.refType();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 406;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 407;
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
        this.enterRule(localContext, 36, WatParser.RULE_typeUse);
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 414;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 51, this.context) ) {
            case 1:
                {
                this.state = 409;
                this.match(WatParser.LPAR);
                this.state = 410;
                this.match(WatParser.TYPE);
                this.state = 411;
                this.idx();
                this.state = 412;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 419;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 52, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 416;
                    this.param();
                    }
                    }
                }
                this.state = 421;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 52, this.context);
            }
            this.state = 425;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 53, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 422;
                    this.result();
                    }
                    }
                }
                this.state = 427;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 53, this.context);
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
        this.enterRule(localContext, 38, WatParser.RULE_limits);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 429;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 57) {
                {
                this.state = 428;
                this.match(WatParser.NUM_TYPE);
                }
            }

            this.state = 431;
            this.match(WatParser.NAT);
            this.state = 433;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 9) {
                {
                this.state = 432;
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
        this.enterRule(localContext, 40, WatParser.RULE_tableType);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 435;
            this.limits();
            this.state = 436;
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
        this.enterRule(localContext, 42, WatParser.RULE_memoryType);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 438;
            this.limits();
            this.state = 440;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 41) {
                {
                this.state = 439;
                this.match(WatParser.SHARED);
                }
            }

            this.state = 443;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 1) {
                {
                this.state = 442;
                this.pageSize();
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
    public pageSize(): PageSizeContext {
        let localContext = new PageSizeContext(this.context, this.state);
        this.enterRule(localContext, 44, WatParser.RULE_pageSize);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 445;
            this.match(WatParser.LPAR);
            this.state = 446;
            this.match(WatParser.PAGESIZE);
            this.state = 447;
            this.match(WatParser.NAT);
            this.state = 448;
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
    public globalType(): GlobalTypeContext {
        let localContext = new GlobalTypeContext(this.context, this.state);
        this.enterRule(localContext, 46, WatParser.RULE_globalType);
        try {
            this.state = 459;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 59, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 450;
                this.match(WatParser.NUM_TYPE);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 451;
                this.refType();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 452;
                this.match(WatParser.LPAR);
                this.state = 453;
                this.match(WatParser.MUT);
                this.state = 456;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 454;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 455;
                    this.refType();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 458;
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
        this.enterRule(localContext, 48, WatParser.RULE_importField);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 461;
            this.match(WatParser.LPAR);
            this.state = 462;
            this.match(WatParser.IMPORT);
            this.state = 463;
            this.match(WatParser.STRING);
            this.state = 464;
            this.match(WatParser.STRING);
            this.state = 465;
            this.importDesc();
            this.state = 466;
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
        this.enterRule(localContext, 50, WatParser.RULE_importDesc);
        let _la: number;
        try {
            this.state = 508;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 65, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 468;
                this.match(WatParser.LPAR);
                this.state = 469;
                this.match(WatParser.FUNC);
                this.state = 471;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 470;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 473;
                this.typeUse();
                this.state = 474;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 476;
                this.match(WatParser.LPAR);
                this.state = 477;
                this.match(WatParser.TABLE);
                this.state = 479;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 478;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 481;
                this.tableType();
                this.state = 482;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 484;
                this.match(WatParser.LPAR);
                this.state = 485;
                this.match(WatParser.MEMORY);
                this.state = 487;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 486;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 489;
                this.memoryType();
                this.state = 490;
                this.match(WatParser.RPAR);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 492;
                this.match(WatParser.LPAR);
                this.state = 493;
                this.match(WatParser.GLOBAL);
                this.state = 495;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 494;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 497;
                this.globalType();
                this.state = 498;
                this.match(WatParser.RPAR);
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 500;
                this.match(WatParser.LPAR);
                this.state = 501;
                this.match(WatParser.TAG);
                this.state = 503;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 502;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 505;
                this.typeUse();
                this.state = 506;
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
        this.enterRule(localContext, 52, WatParser.RULE_inlineImport);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 510;
            this.match(WatParser.LPAR);
            this.state = 511;
            this.match(WatParser.IMPORT);
            this.state = 512;
            this.match(WatParser.STRING);
            this.state = 513;
            this.match(WatParser.STRING);
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
    public inlineExport(): InlineExportContext {
        let localContext = new InlineExportContext(this.context, this.state);
        this.enterRule(localContext, 54, WatParser.RULE_inlineExport);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 516;
            this.match(WatParser.LPAR);
            this.state = 517;
            this.match(WatParser.EXPORT);
            this.state = 518;
            this.match(WatParser.STRING);
            this.state = 519;
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
        this.enterRule(localContext, 56, WatParser.RULE_exportField);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 521;
            this.match(WatParser.LPAR);
            this.state = 522;
            this.match(WatParser.EXPORT);
            this.state = 523;
            this.match(WatParser.STRING);
            this.state = 524;
            this.match(WatParser.LPAR);
            this.state = 525;
            this.exportKind();
            this.state = 526;
            this.idx();
            this.state = 527;
            this.match(WatParser.RPAR);
            this.state = 528;
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
        this.enterRule(localContext, 58, WatParser.RULE_exportKind);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 530;
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
        this.enterRule(localContext, 60, WatParser.RULE_funcField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 532;
            this.match(WatParser.LPAR);
            this.state = 533;
            this.match(WatParser.FUNC);
            this.state = 535;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 534;
                this.match(WatParser.ID);
                }
            }

            this.state = 540;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 67, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 537;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 542;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 67, this.context);
            }
            this.state = 544;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 68, this.context) ) {
            case 1:
                {
                this.state = 543;
                this.inlineImport();
                }
                break;
            }
            this.state = 546;
            this.typeUse();
            this.state = 550;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 69, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 547;
                    this.local();
                    }
                    }
                }
                this.state = 552;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 69, this.context);
            }
            this.state = 553;
            this.instrList();
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
    public local(): LocalContext {
        let localContext = new LocalContext(this.context, this.state);
        this.enterRule(localContext, 62, WatParser.RULE_local);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 556;
            this.match(WatParser.LPAR);
            this.state = 557;
            this.match(WatParser.LOCAL);
            this.state = 570;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 558;
                this.match(WatParser.ID);
                this.state = 561;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 559;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 560;
                    this.refType();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            case WatParser.LPAR:
            case WatParser.RPAR:
            case WatParser.NUM_TYPE:
            case WatParser.REF_SHORTHAND:
                {
                this.state = 567;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 57 || _la === 59) {
                    {
                    this.state = 565;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.NUM_TYPE:
                        {
                        this.state = 563;
                        this.match(WatParser.NUM_TYPE);
                        }
                        break;
                    case WatParser.LPAR:
                    case WatParser.REF_SHORTHAND:
                        {
                        this.state = 564;
                        this.refType();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 569;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 572;
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
        this.enterRule(localContext, 64, WatParser.RULE_tableField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 574;
            this.match(WatParser.LPAR);
            this.state = 575;
            this.match(WatParser.TABLE);
            this.state = 577;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 576;
                this.match(WatParser.ID);
                }
            }

            this.state = 582;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 75, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 579;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 584;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 75, this.context);
            }
            this.state = 586;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 76, this.context) ) {
            case 1:
                {
                this.state = 585;
                this.inlineImport();
                }
                break;
            }
            this.state = 611;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 81, this.context) ) {
            case 1:
                {
                this.state = 588;
                this.tableType();
                this.state = 589;
                this.instrList();
                }
                break;
            case 2:
                {
                this.state = 592;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 57) {
                    {
                    this.state = 591;
                    this.match(WatParser.NUM_TYPE);
                    }
                }

                this.state = 594;
                this.refType();
                this.state = 595;
                this.match(WatParser.LPAR);
                this.state = 596;
                this.match(WatParser.ELEM);
                this.state = 607;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                    {
                    this.state = 598;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    do {
                        {
                        {
                        this.state = 597;
                        this.elemItem();
                        }
                        }
                        this.state = 600;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    } while (_la === 1);
                    }
                    break;
                case WatParser.ID:
                case WatParser.NAT:
                    {
                    this.state = 603;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    do {
                        {
                        {
                        this.state = 602;
                        this.idx();
                        }
                        }
                        this.state = 605;
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
                this.state = 609;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 613;
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
        this.enterRule(localContext, 66, WatParser.RULE_memoryField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 615;
            this.match(WatParser.LPAR);
            this.state = 616;
            this.match(WatParser.MEMORY);
            this.state = 618;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 617;
                this.match(WatParser.ID);
                }
            }

            this.state = 623;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 83, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 620;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 625;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 83, this.context);
            }
            this.state = 627;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 84, this.context) ) {
            case 1:
                {
                this.state = 626;
                this.inlineImport();
                }
                break;
            }
            this.state = 645;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 88, this.context) ) {
            case 1:
                {
                this.state = 629;
                this.memoryType();
                }
                break;
            case 2:
                {
                this.state = 631;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 57) {
                    {
                    this.state = 630;
                    this.match(WatParser.NUM_TYPE);
                    }
                }

                this.state = 634;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 86, this.context) ) {
                case 1:
                    {
                    this.state = 633;
                    this.pageSize();
                    }
                    break;
                }
                this.state = 636;
                this.match(WatParser.LPAR);
                this.state = 637;
                this.match(WatParser.DATA);
                this.state = 641;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 7) {
                    {
                    {
                    this.state = 638;
                    this.match(WatParser.STRING);
                    }
                    }
                    this.state = 643;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 644;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 647;
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
        this.enterRule(localContext, 68, WatParser.RULE_globalField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 649;
            this.match(WatParser.LPAR);
            this.state = 650;
            this.match(WatParser.GLOBAL);
            this.state = 652;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 651;
                this.match(WatParser.ID);
                }
            }

            this.state = 657;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 90, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 654;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 659;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 90, this.context);
            }
            this.state = 661;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 91, this.context) ) {
            case 1:
                {
                this.state = 660;
                this.inlineImport();
                }
                break;
            }
            this.state = 663;
            this.globalType();
            this.state = 664;
            this.instrList();
            this.state = 665;
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
        this.enterRule(localContext, 70, WatParser.RULE_tagField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 667;
            this.match(WatParser.LPAR);
            this.state = 668;
            this.match(WatParser.TAG);
            this.state = 670;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 669;
                this.match(WatParser.ID);
                }
            }

            this.state = 675;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 93, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 672;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 677;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 93, this.context);
            }
            this.state = 679;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 94, this.context) ) {
            case 1:
                {
                this.state = 678;
                this.inlineImport();
                }
                break;
            }
            this.state = 681;
            this.typeUse();
            this.state = 682;
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
        this.enterRule(localContext, 72, WatParser.RULE_startField);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 684;
            this.match(WatParser.LPAR);
            this.state = 685;
            this.match(WatParser.START);
            this.state = 686;
            this.idx();
            this.state = 687;
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
        this.enterRule(localContext, 74, WatParser.RULE_elemField);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 689;
            this.match(WatParser.LPAR);
            this.state = 690;
            this.match(WatParser.ELEM);
            this.state = 692;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 691;
                this.match(WatParser.ID);
                }
            }

            this.state = 715;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 99, this.context) ) {
            case 1:
                {
                this.state = 694;
                this.elemList();
                }
                break;
            case 2:
                {
                this.state = 695;
                this.match(WatParser.DECLARE);
                this.state = 696;
                this.elemList();
                }
                break;
            case 3:
                {
                this.state = 703;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 96, this.context) ) {
                case 1:
                    {
                    this.state = 697;
                    this.match(WatParser.LPAR);
                    this.state = 698;
                    this.match(WatParser.TABLE);
                    this.state = 699;
                    this.idx();
                    this.state = 700;
                    this.match(WatParser.RPAR);
                    }
                    break;
                case 2:
                    {
                    this.state = 702;
                    this.match(WatParser.NAT);
                    }
                    break;
                }
                this.state = 705;
                this.offset();
                this.state = 713;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                case WatParser.FUNC:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 706;
                    this.elemList();
                    }
                    break;
                case WatParser.RPAR:
                case WatParser.ID:
                case WatParser.NAT:
                    {
                    this.state = 710;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 8 || _la === 9) {
                        {
                        {
                        this.state = 707;
                        this.idx();
                        }
                        }
                        this.state = 712;
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
            this.state = 717;
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
        this.enterRule(localContext, 76, WatParser.RULE_elemList);
        let _la: number;
        try {
            this.state = 733;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.LPAR:
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 719;
                this.refType();
                this.state = 723;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 720;
                    this.elemItem();
                    }
                    }
                    this.state = 725;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case WatParser.FUNC:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 726;
                this.match(WatParser.FUNC);
                this.state = 730;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 8 || _la === 9) {
                    {
                    {
                    this.state = 727;
                    this.idx();
                    }
                    }
                    this.state = 732;
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
        this.enterRule(localContext, 78, WatParser.RULE_elemItem);
        try {
            this.state = 741;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 103, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 735;
                this.match(WatParser.LPAR);
                this.state = 736;
                this.match(WatParser.ITEM);
                this.state = 737;
                this.instrList();
                this.state = 738;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 740;
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
        this.enterRule(localContext, 80, WatParser.RULE_offset);
        try {
            this.state = 749;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 104, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 743;
                this.match(WatParser.LPAR);
                this.state = 744;
                this.match(WatParser.OFFSET);
                this.state = 745;
                this.instrList();
                this.state = 746;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 748;
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
        this.enterRule(localContext, 82, WatParser.RULE_dataField);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 751;
            this.match(WatParser.LPAR);
            this.state = 752;
            this.match(WatParser.DATA);
            this.state = 754;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 753;
                this.match(WatParser.ID);
                }
            }

            this.state = 765;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 1 || _la === 9) {
                {
                this.state = 762;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 106, this.context) ) {
                case 1:
                    {
                    this.state = 756;
                    this.match(WatParser.LPAR);
                    this.state = 757;
                    this.match(WatParser.MEMORY);
                    this.state = 758;
                    this.idx();
                    this.state = 759;
                    this.match(WatParser.RPAR);
                    }
                    break;
                case 2:
                    {
                    this.state = 761;
                    this.match(WatParser.NAT);
                    }
                    break;
                }
                this.state = 764;
                this.offset();
                }
            }

            this.state = 770;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 7) {
                {
                {
                this.state = 767;
                this.match(WatParser.STRING);
                }
                }
                this.state = 772;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 773;
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
        this.enterRule(localContext, 84, WatParser.RULE_instrList);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 829;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || ((((_la - 43)) & ~0x1F) === 0 && ((1 << (_la - 43)) & 268446455) !== 0)) {
                {
                this.state = 827;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.KEYWORD:
                    {
                    this.state = 775;
                    this.match(WatParser.KEYWORD);
                    this.state = 798;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 110, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            this.state = 796;
                            this.errorHandler.sync(this);
                            switch (this.interpreter.adaptivePredict(this.tokenStream, 109, this.context) ) {
                            case 1:
                                {
                                this.state = 776;
                                this.match(WatParser.NAT);
                                }
                                break;
                            case 2:
                                {
                                this.state = 777;
                                this.match(WatParser.INT);
                                }
                                break;
                            case 3:
                                {
                                this.state = 778;
                                this.match(WatParser.FLOAT);
                                }
                                break;
                            case 4:
                                {
                                this.state = 779;
                                this.match(WatParser.ID);
                                }
                                break;
                            case 5:
                                {
                                this.state = 780;
                                this.match(WatParser.MEM_OFFSET);
                                }
                                break;
                            case 6:
                                {
                                this.state = 781;
                                this.match(WatParser.MEM_ALIGN);
                                }
                                break;
                            case 7:
                                {
                                this.state = 782;
                                this.match(WatParser.SHAPE);
                                }
                                break;
                            case 8:
                                {
                                this.state = 783;
                                this.match(WatParser.FUNC);
                                }
                                break;
                            case 9:
                                {
                                this.state = 784;
                                this.match(WatParser.STRUCT);
                                }
                                break;
                            case 10:
                                {
                                this.state = 785;
                                this.match(WatParser.ARRAY);
                                }
                                break;
                            case 11:
                                {
                                this.state = 786;
                                this.match(WatParser.HEAP_TYPE);
                                }
                                break;
                            case 12:
                                {
                                this.state = 787;
                                this.match(WatParser.NULL);
                                }
                                break;
                            case 13:
                                {
                                this.state = 788;
                                this.match(WatParser.LPAR);
                                this.state = 789;
                                this.match(WatParser.TYPE);
                                this.state = 790;
                                this.idx();
                                this.state = 791;
                                this.match(WatParser.RPAR);
                                }
                                break;
                            case 14:
                                {
                                this.state = 793;
                                this.param();
                                }
                                break;
                            case 15:
                                {
                                this.state = 794;
                                this.result();
                                }
                                break;
                            case 16:
                                {
                                this.state = 795;
                                this.refType();
                                }
                                break;
                            }
                            }
                        }
                        this.state = 800;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 110, this.context);
                    }
                    }
                    break;
                case WatParser.BLOCK:
                case WatParser.LOOP:
                case WatParser.IF:
                case WatParser.TRY:
                    {
                    this.state = 801;
                    _la = this.tokenStream.LA(1);
                    if(!(((((_la - 43)) & ~0x1F) === 0 && ((1 << (_la - 43)) & 135) !== 0))) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 803;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 802;
                        this.match(WatParser.ID);
                        }
                    }

                    this.state = 805;
                    this.typeUse();
                    }
                    break;
                case WatParser.TRY_TABLE:
                    {
                    this.state = 806;
                    this.match(WatParser.TRY_TABLE);
                    this.state = 808;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 807;
                        this.match(WatParser.ID);
                        }
                    }

                    this.state = 810;
                    this.typeUse();
                    this.state = 814;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 113, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            {
                            this.state = 811;
                            this.catchClause();
                            }
                            }
                        }
                        this.state = 816;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 113, this.context);
                    }
                    }
                    break;
                case WatParser.ELSE:
                case WatParser.END:
                    {
                    this.state = 817;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 47 || _la === 48)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 819;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 818;
                        this.match(WatParser.ID);
                        }
                    }

                    }
                    break;
                case WatParser.CATCH:
                    {
                    this.state = 821;
                    this.match(WatParser.CATCH);
                    this.state = 822;
                    this.idx();
                    }
                    break;
                case WatParser.CATCH_ALL:
                    {
                    this.state = 823;
                    this.match(WatParser.CATCH_ALL);
                    }
                    break;
                case WatParser.DELEGATE:
                    {
                    this.state = 824;
                    this.match(WatParser.DELEGATE);
                    this.state = 825;
                    this.idx();
                    }
                    break;
                case WatParser.LPAR:
                    {
                    this.state = 826;
                    this.foldedInstr();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 831;
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
        this.enterRule(localContext, 86, WatParser.RULE_catchClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 832;
            this.match(WatParser.LPAR);
            this.state = 845;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.CATCH:
                {
                this.state = 833;
                this.match(WatParser.CATCH);
                this.state = 834;
                this.idx();
                this.state = 835;
                this.idx();
                }
                break;
            case WatParser.CATCH_REF:
                {
                this.state = 837;
                this.match(WatParser.CATCH_REF);
                this.state = 838;
                this.idx();
                this.state = 839;
                this.idx();
                }
                break;
            case WatParser.CATCH_ALL:
                {
                this.state = 841;
                this.match(WatParser.CATCH_ALL);
                this.state = 842;
                this.idx();
                }
                break;
            case WatParser.CATCH_ALL_REF:
                {
                this.state = 843;
                this.match(WatParser.CATCH_ALL_REF);
                this.state = 844;
                this.idx();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 847;
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
        this.enterRule(localContext, 88, WatParser.RULE_foldedInstr);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 849;
            this.match(WatParser.LPAR);
            this.state = 956;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.KEYWORD:
                {
                this.state = 850;
                this.match(WatParser.KEYWORD);
                this.state = 873;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 119, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        this.state = 871;
                        this.errorHandler.sync(this);
                        switch (this.interpreter.adaptivePredict(this.tokenStream, 118, this.context) ) {
                        case 1:
                            {
                            this.state = 851;
                            this.match(WatParser.NAT);
                            }
                            break;
                        case 2:
                            {
                            this.state = 852;
                            this.match(WatParser.INT);
                            }
                            break;
                        case 3:
                            {
                            this.state = 853;
                            this.match(WatParser.FLOAT);
                            }
                            break;
                        case 4:
                            {
                            this.state = 854;
                            this.match(WatParser.ID);
                            }
                            break;
                        case 5:
                            {
                            this.state = 855;
                            this.match(WatParser.MEM_OFFSET);
                            }
                            break;
                        case 6:
                            {
                            this.state = 856;
                            this.match(WatParser.MEM_ALIGN);
                            }
                            break;
                        case 7:
                            {
                            this.state = 857;
                            this.match(WatParser.SHAPE);
                            }
                            break;
                        case 8:
                            {
                            this.state = 858;
                            this.match(WatParser.FUNC);
                            }
                            break;
                        case 9:
                            {
                            this.state = 859;
                            this.match(WatParser.STRUCT);
                            }
                            break;
                        case 10:
                            {
                            this.state = 860;
                            this.match(WatParser.ARRAY);
                            }
                            break;
                        case 11:
                            {
                            this.state = 861;
                            this.match(WatParser.HEAP_TYPE);
                            }
                            break;
                        case 12:
                            {
                            this.state = 862;
                            this.match(WatParser.NULL);
                            }
                            break;
                        case 13:
                            {
                            this.state = 863;
                            this.match(WatParser.LPAR);
                            this.state = 864;
                            this.match(WatParser.TYPE);
                            this.state = 865;
                            this.idx();
                            this.state = 866;
                            this.match(WatParser.RPAR);
                            }
                            break;
                        case 14:
                            {
                            this.state = 868;
                            this.param();
                            }
                            break;
                        case 15:
                            {
                            this.state = 869;
                            this.result();
                            }
                            break;
                        case 16:
                            {
                            this.state = 870;
                            this.refType();
                            }
                            break;
                        }
                        }
                    }
                    this.state = 875;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 119, this.context);
                }
                this.state = 879;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 876;
                    this.foldedInstr();
                    }
                    }
                    this.state = 881;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 882;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.BLOCK:
            case WatParser.LOOP:
                {
                this.state = 883;
                _la = this.tokenStream.LA(1);
                if(!(_la === 43 || _la === 44)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 885;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 884;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 887;
                this.typeUse();
                this.state = 888;
                this.instrList();
                this.state = 889;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.IF:
                {
                this.state = 891;
                this.match(WatParser.IF);
                this.state = 893;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 892;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 895;
                this.typeUse();
                this.state = 899;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 123, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 896;
                        this.foldedInstr();
                        }
                        }
                    }
                    this.state = 901;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 123, this.context);
                }
                this.state = 902;
                this.match(WatParser.LPAR);
                this.state = 903;
                this.match(WatParser.THEN);
                this.state = 904;
                this.instrList();
                this.state = 905;
                this.match(WatParser.RPAR);
                this.state = 911;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 1) {
                    {
                    this.state = 906;
                    this.match(WatParser.LPAR);
                    this.state = 907;
                    this.match(WatParser.ELSE);
                    this.state = 908;
                    this.instrList();
                    this.state = 909;
                    this.match(WatParser.RPAR);
                    }
                }

                this.state = 913;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.TRY_TABLE:
                {
                this.state = 915;
                this.match(WatParser.TRY_TABLE);
                this.state = 917;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 916;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 919;
                this.typeUse();
                this.state = 923;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 126, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 920;
                        this.catchClause();
                        }
                        }
                    }
                    this.state = 925;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 126, this.context);
                }
                this.state = 926;
                this.instrList();
                this.state = 927;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.TRY:
                {
                this.state = 929;
                this.match(WatParser.TRY);
                this.state = 931;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 930;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 933;
                this.typeUse();
                this.state = 934;
                this.match(WatParser.LPAR);
                this.state = 935;
                this.match(WatParser.DO);
                this.state = 936;
                this.instrList();
                this.state = 937;
                this.match(WatParser.RPAR);
                this.state = 952;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 130, this.context) ) {
                case 1:
                    {
                    this.state = 941;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 128, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            {
                            this.state = 938;
                            this.foldedCatch();
                            }
                            }
                        }
                        this.state = 943;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 128, this.context);
                    }
                    this.state = 945;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 1) {
                        {
                        this.state = 944;
                        this.foldedCatchAll();
                        }
                    }

                    }
                    break;
                case 2:
                    {
                    this.state = 947;
                    this.match(WatParser.LPAR);
                    this.state = 948;
                    this.match(WatParser.DELEGATE);
                    this.state = 949;
                    this.idx();
                    this.state = 950;
                    this.match(WatParser.RPAR);
                    }
                    break;
                }
                this.state = 954;
                this.match(WatParser.RPAR);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
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
    public foldedCatch(): FoldedCatchContext {
        let localContext = new FoldedCatchContext(this.context, this.state);
        this.enterRule(localContext, 90, WatParser.RULE_foldedCatch);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 958;
            this.match(WatParser.LPAR);
            this.state = 959;
            this.match(WatParser.CATCH);
            this.state = 960;
            this.idx();
            this.state = 961;
            this.instrList();
            this.state = 962;
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
        this.enterRule(localContext, 92, WatParser.RULE_foldedCatchAll);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 964;
            this.match(WatParser.LPAR);
            this.state = 965;
            this.match(WatParser.CATCH_ALL);
            this.state = 966;
            this.instrList();
            this.state = 967;
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
        4,1,72,970,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,7,
        6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,13,
        2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,7,19,2,20,
        7,20,2,21,7,21,2,22,7,22,2,23,7,23,2,24,7,24,2,25,7,25,2,26,7,26,
        2,27,7,27,2,28,7,28,2,29,7,29,2,30,7,30,2,31,7,31,2,32,7,32,2,33,
        7,33,2,34,7,34,2,35,7,35,2,36,7,36,2,37,7,37,2,38,7,38,2,39,7,39,
        2,40,7,40,2,41,7,41,2,42,7,42,2,43,7,43,2,44,7,44,2,45,7,45,2,46,
        7,46,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,4,0,107,8,0,
        11,0,12,0,108,1,0,1,0,1,0,5,0,114,8,0,10,0,12,0,117,9,0,1,0,3,0,
        120,8,0,1,1,1,1,1,1,1,1,3,1,126,8,1,1,1,3,1,129,8,1,1,1,1,1,1,1,
        1,1,1,1,3,1,136,8,1,1,1,1,1,1,1,1,1,1,1,1,1,3,1,144,8,1,1,1,1,1,
        5,1,148,8,1,10,1,12,1,151,9,1,1,1,1,1,1,1,1,1,1,1,5,1,158,8,1,10,
        1,12,1,161,9,1,1,1,3,1,164,8,1,1,2,1,2,1,2,3,2,169,8,2,1,2,3,2,172,
        8,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,5,2,186,8,2,
        10,2,12,2,189,9,2,1,2,1,2,5,2,193,8,2,10,2,12,2,196,9,2,3,2,198,
        8,2,1,2,1,2,1,2,1,2,1,2,3,2,205,8,2,1,2,3,2,208,8,2,1,2,3,2,211,
        8,2,1,3,1,3,1,3,3,3,216,8,3,1,3,1,3,5,3,220,8,3,10,3,12,3,223,9,
        3,1,3,1,3,1,3,1,3,3,3,229,8,3,1,3,1,3,3,3,233,8,3,1,4,1,4,1,4,1,
        4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,5,4,250,8,4,10,4,12,
        4,253,9,4,1,4,1,4,1,5,1,5,5,5,259,8,5,10,5,12,5,262,9,5,1,5,1,5,
        3,5,266,8,5,1,6,1,6,1,6,3,6,271,8,6,1,6,1,6,1,6,1,7,1,7,1,7,5,7,
        279,8,7,10,7,12,7,282,9,7,1,7,1,7,1,8,1,8,1,8,3,8,289,8,8,1,8,5,
        8,292,8,8,10,8,12,8,295,9,8,1,8,1,8,1,8,1,8,3,8,301,8,8,1,9,1,9,
        1,9,5,9,306,8,9,10,9,12,9,309,9,9,1,9,5,9,312,8,9,10,9,12,9,315,
        9,9,1,9,1,9,1,9,1,9,5,9,321,8,9,10,9,12,9,324,9,9,1,9,1,9,1,9,1,
        9,1,9,1,9,3,9,332,8,9,1,10,1,10,1,10,1,10,1,10,5,10,339,8,10,10,
        10,12,10,342,9,10,3,10,344,8,10,1,10,1,10,1,11,1,11,1,11,1,11,1,
        11,1,11,3,11,354,8,11,1,12,1,12,1,12,3,12,359,8,12,1,13,1,13,1,13,
        1,13,3,13,365,8,13,1,13,1,13,1,13,3,13,370,8,13,1,14,1,14,1,14,1,
        14,1,14,3,14,377,8,14,1,15,1,15,1,16,1,16,1,16,1,16,1,16,3,16,386,
        8,16,1,16,1,16,5,16,390,8,16,10,16,12,16,393,9,16,3,16,395,8,16,
        1,16,1,16,1,17,1,17,1,17,1,17,5,17,403,8,17,10,17,12,17,406,9,17,
        1,17,1,17,1,18,1,18,1,18,1,18,1,18,3,18,415,8,18,1,18,5,18,418,8,
        18,10,18,12,18,421,9,18,1,18,5,18,424,8,18,10,18,12,18,427,9,18,
        1,19,3,19,430,8,19,1,19,1,19,3,19,434,8,19,1,20,1,20,1,20,1,21,1,
        21,3,21,441,8,21,1,21,3,21,444,8,21,1,22,1,22,1,22,1,22,1,22,1,23,
        1,23,1,23,1,23,1,23,1,23,3,23,457,8,23,1,23,3,23,460,8,23,1,24,1,
        24,1,24,1,24,1,24,1,24,1,24,1,25,1,25,1,25,3,25,472,8,25,1,25,1,
        25,1,25,1,25,1,25,1,25,3,25,480,8,25,1,25,1,25,1,25,1,25,1,25,1,
        25,3,25,488,8,25,1,25,1,25,1,25,1,25,1,25,1,25,3,25,496,8,25,1,25,
        1,25,1,25,1,25,1,25,1,25,3,25,504,8,25,1,25,1,25,1,25,3,25,509,8,
        25,1,26,1,26,1,26,1,26,1,26,1,26,1,27,1,27,1,27,1,27,1,27,1,28,1,
        28,1,28,1,28,1,28,1,28,1,28,1,28,1,28,1,29,1,29,1,30,1,30,1,30,3,
        30,536,8,30,1,30,5,30,539,8,30,10,30,12,30,542,9,30,1,30,3,30,545,
        8,30,1,30,1,30,5,30,549,8,30,10,30,12,30,552,9,30,1,30,1,30,1,30,
        1,31,1,31,1,31,1,31,1,31,3,31,562,8,31,1,31,1,31,5,31,566,8,31,10,
        31,12,31,569,9,31,3,31,571,8,31,1,31,1,31,1,32,1,32,1,32,3,32,578,
        8,32,1,32,5,32,581,8,32,10,32,12,32,584,9,32,1,32,3,32,587,8,32,
        1,32,1,32,1,32,1,32,3,32,593,8,32,1,32,1,32,1,32,1,32,4,32,599,8,
        32,11,32,12,32,600,1,32,4,32,604,8,32,11,32,12,32,605,3,32,608,8,
        32,1,32,1,32,3,32,612,8,32,1,32,1,32,1,33,1,33,1,33,3,33,619,8,33,
        1,33,5,33,622,8,33,10,33,12,33,625,9,33,1,33,3,33,628,8,33,1,33,
        1,33,3,33,632,8,33,1,33,3,33,635,8,33,1,33,1,33,1,33,5,33,640,8,
        33,10,33,12,33,643,9,33,1,33,3,33,646,8,33,1,33,1,33,1,34,1,34,1,
        34,3,34,653,8,34,1,34,5,34,656,8,34,10,34,12,34,659,9,34,1,34,3,
        34,662,8,34,1,34,1,34,1,34,1,34,1,35,1,35,1,35,3,35,671,8,35,1,35,
        5,35,674,8,35,10,35,12,35,677,9,35,1,35,3,35,680,8,35,1,35,1,35,
        1,35,1,36,1,36,1,36,1,36,1,36,1,37,1,37,1,37,3,37,693,8,37,1,37,
        1,37,1,37,1,37,1,37,1,37,1,37,1,37,1,37,3,37,704,8,37,1,37,1,37,
        1,37,5,37,709,8,37,10,37,12,37,712,9,37,3,37,714,8,37,3,37,716,8,
        37,1,37,1,37,1,38,1,38,5,38,722,8,38,10,38,12,38,725,9,38,1,38,1,
        38,5,38,729,8,38,10,38,12,38,732,9,38,3,38,734,8,38,1,39,1,39,1,
        39,1,39,1,39,1,39,3,39,742,8,39,1,40,1,40,1,40,1,40,1,40,1,40,3,
        40,750,8,40,1,41,1,41,1,41,3,41,755,8,41,1,41,1,41,1,41,1,41,1,41,
        1,41,3,41,763,8,41,1,41,3,41,766,8,41,1,41,5,41,769,8,41,10,41,12,
        41,772,9,41,1,41,1,41,1,42,1,42,1,42,1,42,1,42,1,42,1,42,1,42,1,
        42,1,42,1,42,1,42,1,42,1,42,1,42,1,42,1,42,1,42,1,42,1,42,1,42,5,
        42,797,8,42,10,42,12,42,800,9,42,1,42,1,42,3,42,804,8,42,1,42,1,
        42,1,42,3,42,809,8,42,1,42,1,42,5,42,813,8,42,10,42,12,42,816,9,
        42,1,42,1,42,3,42,820,8,42,1,42,1,42,1,42,1,42,1,42,1,42,5,42,828,
        8,42,10,42,12,42,831,9,42,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,
        1,43,1,43,1,43,1,43,1,43,3,43,846,8,43,1,43,1,43,1,44,1,44,1,44,
        1,44,1,44,1,44,1,44,1,44,1,44,1,44,1,44,1,44,1,44,1,44,1,44,1,44,
        1,44,1,44,1,44,1,44,1,44,1,44,5,44,872,8,44,10,44,12,44,875,9,44,
        1,44,5,44,878,8,44,10,44,12,44,881,9,44,1,44,1,44,1,44,3,44,886,
        8,44,1,44,1,44,1,44,1,44,1,44,1,44,3,44,894,8,44,1,44,1,44,5,44,
        898,8,44,10,44,12,44,901,9,44,1,44,1,44,1,44,1,44,1,44,1,44,1,44,
        1,44,1,44,3,44,912,8,44,1,44,1,44,1,44,1,44,3,44,918,8,44,1,44,1,
        44,5,44,922,8,44,10,44,12,44,925,9,44,1,44,1,44,1,44,1,44,1,44,3,
        44,932,8,44,1,44,1,44,1,44,1,44,1,44,1,44,5,44,940,8,44,10,44,12,
        44,943,9,44,1,44,3,44,946,8,44,1,44,1,44,1,44,1,44,1,44,3,44,953,
        8,44,1,44,1,44,3,44,957,8,44,1,45,1,45,1,45,1,45,1,45,1,45,1,46,
        1,46,1,46,1,46,1,46,1,46,0,0,47,0,2,4,6,8,10,12,14,16,18,20,22,24,
        26,28,30,32,34,36,38,40,42,44,46,48,50,52,54,56,58,60,62,64,66,68,
        70,72,74,76,78,80,82,84,86,88,90,92,0,8,1,0,62,63,2,0,69,69,71,71,
        1,0,1,2,1,0,8,9,2,0,16,16,20,23,2,0,43,45,50,50,1,0,47,48,1,0,43,
        44,1141,0,119,1,0,0,0,2,163,1,0,0,0,4,210,1,0,0,0,6,232,1,0,0,0,
        8,234,1,0,0,0,10,265,1,0,0,0,12,267,1,0,0,0,14,275,1,0,0,0,16,300,
        1,0,0,0,18,331,1,0,0,0,20,333,1,0,0,0,22,353,1,0,0,0,24,358,1,0,
        0,0,26,369,1,0,0,0,28,376,1,0,0,0,30,378,1,0,0,0,32,380,1,0,0,0,
        34,398,1,0,0,0,36,414,1,0,0,0,38,429,1,0,0,0,40,435,1,0,0,0,42,438,
        1,0,0,0,44,445,1,0,0,0,46,459,1,0,0,0,48,461,1,0,0,0,50,508,1,0,
        0,0,52,510,1,0,0,0,54,516,1,0,0,0,56,521,1,0,0,0,58,530,1,0,0,0,
        60,532,1,0,0,0,62,556,1,0,0,0,64,574,1,0,0,0,66,615,1,0,0,0,68,649,
        1,0,0,0,70,667,1,0,0,0,72,684,1,0,0,0,74,689,1,0,0,0,76,733,1,0,
        0,0,78,741,1,0,0,0,80,749,1,0,0,0,82,751,1,0,0,0,84,829,1,0,0,0,
        86,832,1,0,0,0,88,849,1,0,0,0,90,958,1,0,0,0,92,964,1,0,0,0,94,107,
        3,12,6,0,95,107,3,14,7,0,96,107,3,48,24,0,97,107,3,60,30,0,98,107,
        3,64,32,0,99,107,3,66,33,0,100,107,3,68,34,0,101,107,3,56,28,0,102,
        107,3,72,36,0,103,107,3,74,37,0,104,107,3,82,41,0,105,107,3,70,35,
        0,106,94,1,0,0,0,106,95,1,0,0,0,106,96,1,0,0,0,106,97,1,0,0,0,106,
        98,1,0,0,0,106,99,1,0,0,0,106,100,1,0,0,0,106,101,1,0,0,0,106,102,
        1,0,0,0,106,103,1,0,0,0,106,104,1,0,0,0,106,105,1,0,0,0,107,108,
        1,0,0,0,108,106,1,0,0,0,108,109,1,0,0,0,109,110,1,0,0,0,110,111,
        5,0,0,1,111,120,1,0,0,0,112,114,3,2,1,0,113,112,1,0,0,0,114,117,
        1,0,0,0,115,113,1,0,0,0,115,116,1,0,0,0,116,118,1,0,0,0,117,115,
        1,0,0,0,118,120,5,0,0,1,119,106,1,0,0,0,119,115,1,0,0,0,120,1,1,
        0,0,0,121,164,3,4,2,0,122,123,5,1,0,0,123,125,5,65,0,0,124,126,5,
        8,0,0,125,124,1,0,0,0,125,126,1,0,0,0,126,128,1,0,0,0,127,129,5,
        8,0,0,128,127,1,0,0,0,128,129,1,0,0,0,129,130,1,0,0,0,130,164,5,
        2,0,0,131,132,5,1,0,0,132,133,5,66,0,0,133,135,5,7,0,0,134,136,5,
        8,0,0,135,134,1,0,0,0,135,136,1,0,0,0,136,137,1,0,0,0,137,164,5,
        2,0,0,138,164,3,6,3,0,139,140,5,1,0,0,140,143,5,70,0,0,141,144,3,
        6,3,0,142,144,3,4,2,0,143,141,1,0,0,0,143,142,1,0,0,0,144,149,1,
        0,0,0,145,148,3,8,4,0,146,148,5,7,0,0,147,145,1,0,0,0,147,146,1,
        0,0,0,148,151,1,0,0,0,149,147,1,0,0,0,149,150,1,0,0,0,150,152,1,
        0,0,0,151,149,1,0,0,0,152,153,5,2,0,0,153,164,1,0,0,0,154,155,5,
        1,0,0,155,159,5,71,0,0,156,158,3,10,5,0,157,156,1,0,0,0,158,161,
        1,0,0,0,159,157,1,0,0,0,159,160,1,0,0,0,160,162,1,0,0,0,161,159,
        1,0,0,0,162,164,5,2,0,0,163,121,1,0,0,0,163,122,1,0,0,0,163,131,
        1,0,0,0,163,138,1,0,0,0,163,139,1,0,0,0,163,154,1,0,0,0,164,3,1,
        0,0,0,165,166,5,1,0,0,166,168,5,14,0,0,167,169,5,64,0,0,168,167,
        1,0,0,0,168,169,1,0,0,0,169,171,1,0,0,0,170,172,5,8,0,0,171,170,
        1,0,0,0,171,172,1,0,0,0,172,197,1,0,0,0,173,186,3,12,6,0,174,186,
        3,14,7,0,175,186,3,48,24,0,176,186,3,60,30,0,177,186,3,64,32,0,178,
        186,3,66,33,0,179,186,3,68,34,0,180,186,3,56,28,0,181,186,3,72,36,
        0,182,186,3,74,37,0,183,186,3,82,41,0,184,186,3,70,35,0,185,173,
        1,0,0,0,185,174,1,0,0,0,185,175,1,0,0,0,185,176,1,0,0,0,185,177,
        1,0,0,0,185,178,1,0,0,0,185,179,1,0,0,0,185,180,1,0,0,0,185,181,
        1,0,0,0,185,182,1,0,0,0,185,183,1,0,0,0,185,184,1,0,0,0,186,189,
        1,0,0,0,187,185,1,0,0,0,187,188,1,0,0,0,188,198,1,0,0,0,189,187,
        1,0,0,0,190,194,7,0,0,0,191,193,5,7,0,0,192,191,1,0,0,0,193,196,
        1,0,0,0,194,192,1,0,0,0,194,195,1,0,0,0,195,198,1,0,0,0,196,194,
        1,0,0,0,197,187,1,0,0,0,197,190,1,0,0,0,198,199,1,0,0,0,199,211,
        5,2,0,0,200,201,5,1,0,0,201,202,5,14,0,0,202,204,5,65,0,0,203,205,
        5,8,0,0,204,203,1,0,0,0,204,205,1,0,0,0,205,207,1,0,0,0,206,208,
        5,8,0,0,207,206,1,0,0,0,207,208,1,0,0,0,208,209,1,0,0,0,209,211,
        5,2,0,0,210,165,1,0,0,0,210,200,1,0,0,0,211,5,1,0,0,0,212,213,5,
        1,0,0,213,215,5,67,0,0,214,216,5,8,0,0,215,214,1,0,0,0,215,216,1,
        0,0,0,216,217,1,0,0,0,217,221,5,7,0,0,218,220,3,8,4,0,219,218,1,
        0,0,0,220,223,1,0,0,0,221,219,1,0,0,0,221,222,1,0,0,0,222,224,1,
        0,0,0,223,221,1,0,0,0,224,233,5,2,0,0,225,226,5,1,0,0,226,228,5,
        68,0,0,227,229,5,8,0,0,228,227,1,0,0,0,228,229,1,0,0,0,229,230,1,
        0,0,0,230,231,5,7,0,0,231,233,5,2,0,0,232,212,1,0,0,0,232,225,1,
        0,0,0,233,7,1,0,0,0,234,235,5,1,0,0,235,251,7,1,0,0,236,250,5,9,
        0,0,237,250,5,10,0,0,238,250,5,11,0,0,239,250,5,71,0,0,240,250,5,
        72,0,0,241,250,5,61,0,0,242,250,5,16,0,0,243,250,5,38,0,0,244,250,
        5,39,0,0,245,250,5,60,0,0,246,250,5,8,0,0,247,250,5,34,0,0,248,250,
        3,8,4,0,249,236,1,0,0,0,249,237,1,0,0,0,249,238,1,0,0,0,249,239,
        1,0,0,0,249,240,1,0,0,0,249,241,1,0,0,0,249,242,1,0,0,0,249,243,
        1,0,0,0,249,244,1,0,0,0,249,245,1,0,0,0,249,246,1,0,0,0,249,247,
        1,0,0,0,249,248,1,0,0,0,250,253,1,0,0,0,251,249,1,0,0,0,251,252,
        1,0,0,0,252,254,1,0,0,0,253,251,1,0,0,0,254,255,5,2,0,0,255,9,1,
        0,0,0,256,260,5,1,0,0,257,259,3,10,5,0,258,257,1,0,0,0,259,262,1,
        0,0,0,260,258,1,0,0,0,260,261,1,0,0,0,261,263,1,0,0,0,262,260,1,
        0,0,0,263,266,5,2,0,0,264,266,8,2,0,0,265,256,1,0,0,0,265,264,1,
        0,0,0,266,11,1,0,0,0,267,268,5,1,0,0,268,270,5,15,0,0,269,271,5,
        8,0,0,270,269,1,0,0,0,270,271,1,0,0,0,271,272,1,0,0,0,272,273,3,
        16,8,0,273,274,5,2,0,0,274,13,1,0,0,0,275,276,5,1,0,0,276,280,5,
        37,0,0,277,279,3,12,6,0,278,277,1,0,0,0,279,282,1,0,0,0,280,278,
        1,0,0,0,280,281,1,0,0,0,281,283,1,0,0,0,282,280,1,0,0,0,283,284,
        5,2,0,0,284,15,1,0,0,0,285,286,5,1,0,0,286,288,5,35,0,0,287,289,
        5,36,0,0,288,287,1,0,0,0,288,289,1,0,0,0,289,293,1,0,0,0,290,292,
        3,30,15,0,291,290,1,0,0,0,292,295,1,0,0,0,293,291,1,0,0,0,293,294,
        1,0,0,0,294,296,1,0,0,0,295,293,1,0,0,0,296,297,3,18,9,0,297,298,
        5,2,0,0,298,301,1,0,0,0,299,301,3,18,9,0,300,285,1,0,0,0,300,299,
        1,0,0,0,301,17,1,0,0,0,302,303,5,1,0,0,303,307,5,16,0,0,304,306,
        3,32,16,0,305,304,1,0,0,0,306,309,1,0,0,0,307,305,1,0,0,0,307,308,
        1,0,0,0,308,313,1,0,0,0,309,307,1,0,0,0,310,312,3,34,17,0,311,310,
        1,0,0,0,312,315,1,0,0,0,313,311,1,0,0,0,313,314,1,0,0,0,314,316,
        1,0,0,0,315,313,1,0,0,0,316,332,5,2,0,0,317,318,5,1,0,0,318,322,
        5,38,0,0,319,321,3,20,10,0,320,319,1,0,0,0,321,324,1,0,0,0,322,320,
        1,0,0,0,322,323,1,0,0,0,323,325,1,0,0,0,324,322,1,0,0,0,325,332,
        5,2,0,0,326,327,5,1,0,0,327,328,5,39,0,0,328,329,3,22,11,0,329,330,
        5,2,0,0,330,332,1,0,0,0,331,302,1,0,0,0,331,317,1,0,0,0,331,326,
        1,0,0,0,332,19,1,0,0,0,333,334,5,1,0,0,334,343,5,40,0,0,335,336,
        5,8,0,0,336,344,3,22,11,0,337,339,3,22,11,0,338,337,1,0,0,0,339,
        342,1,0,0,0,340,338,1,0,0,0,340,341,1,0,0,0,341,344,1,0,0,0,342,
        340,1,0,0,0,343,335,1,0,0,0,343,340,1,0,0,0,344,345,1,0,0,0,345,
        346,5,2,0,0,346,21,1,0,0,0,347,354,3,24,12,0,348,349,5,1,0,0,349,
        350,5,32,0,0,350,351,3,24,12,0,351,352,5,2,0,0,352,354,1,0,0,0,353,
        347,1,0,0,0,353,348,1,0,0,0,354,23,1,0,0,0,355,359,5,57,0,0,356,
        359,3,26,13,0,357,359,5,58,0,0,358,355,1,0,0,0,358,356,1,0,0,0,358,
        357,1,0,0,0,359,25,1,0,0,0,360,370,5,59,0,0,361,362,5,1,0,0,362,
        364,5,33,0,0,363,365,5,34,0,0,364,363,1,0,0,0,364,365,1,0,0,0,365,
        366,1,0,0,0,366,367,3,28,14,0,367,368,5,2,0,0,368,370,1,0,0,0,369,
        360,1,0,0,0,369,361,1,0,0,0,370,27,1,0,0,0,371,377,5,16,0,0,372,
        377,5,38,0,0,373,377,5,39,0,0,374,377,5,60,0,0,375,377,3,30,15,0,
        376,371,1,0,0,0,376,372,1,0,0,0,376,373,1,0,0,0,376,374,1,0,0,0,
        376,375,1,0,0,0,377,29,1,0,0,0,378,379,7,3,0,0,379,31,1,0,0,0,380,
        381,5,1,0,0,381,394,5,17,0,0,382,385,5,8,0,0,383,386,5,57,0,0,384,
        386,3,26,13,0,385,383,1,0,0,0,385,384,1,0,0,0,386,395,1,0,0,0,387,
        390,5,57,0,0,388,390,3,26,13,0,389,387,1,0,0,0,389,388,1,0,0,0,390,
        393,1,0,0,0,391,389,1,0,0,0,391,392,1,0,0,0,392,395,1,0,0,0,393,
        391,1,0,0,0,394,382,1,0,0,0,394,391,1,0,0,0,395,396,1,0,0,0,396,
        397,5,2,0,0,397,33,1,0,0,0,398,399,5,1,0,0,399,404,5,18,0,0,400,
        403,5,57,0,0,401,403,3,26,13,0,402,400,1,0,0,0,402,401,1,0,0,0,403,
        406,1,0,0,0,404,402,1,0,0,0,404,405,1,0,0,0,405,407,1,0,0,0,406,
        404,1,0,0,0,407,408,5,2,0,0,408,35,1,0,0,0,409,410,5,1,0,0,410,411,
        5,15,0,0,411,412,3,30,15,0,412,413,5,2,0,0,413,415,1,0,0,0,414,409,
        1,0,0,0,414,415,1,0,0,0,415,419,1,0,0,0,416,418,3,32,16,0,417,416,
        1,0,0,0,418,421,1,0,0,0,419,417,1,0,0,0,419,420,1,0,0,0,420,425,
        1,0,0,0,421,419,1,0,0,0,422,424,3,34,17,0,423,422,1,0,0,0,424,427,
        1,0,0,0,425,423,1,0,0,0,425,426,1,0,0,0,426,37,1,0,0,0,427,425,1,
        0,0,0,428,430,5,57,0,0,429,428,1,0,0,0,429,430,1,0,0,0,430,431,1,
        0,0,0,431,433,5,9,0,0,432,434,5,9,0,0,433,432,1,0,0,0,433,434,1,
        0,0,0,434,39,1,0,0,0,435,436,3,38,19,0,436,437,3,26,13,0,437,41,
        1,0,0,0,438,440,3,38,19,0,439,441,5,41,0,0,440,439,1,0,0,0,440,441,
        1,0,0,0,441,443,1,0,0,0,442,444,3,44,22,0,443,442,1,0,0,0,443,444,
        1,0,0,0,444,43,1,0,0,0,445,446,5,1,0,0,446,447,5,42,0,0,447,448,
        5,9,0,0,448,449,5,2,0,0,449,45,1,0,0,0,450,460,5,57,0,0,451,460,
        3,26,13,0,452,453,5,1,0,0,453,456,5,32,0,0,454,457,5,57,0,0,455,
        457,3,26,13,0,456,454,1,0,0,0,456,455,1,0,0,0,457,458,1,0,0,0,458,
        460,5,2,0,0,459,450,1,0,0,0,459,451,1,0,0,0,459,452,1,0,0,0,460,
        47,1,0,0,0,461,462,5,1,0,0,462,463,5,24,0,0,463,464,5,7,0,0,464,
        465,5,7,0,0,465,466,3,50,25,0,466,467,5,2,0,0,467,49,1,0,0,0,468,
        469,5,1,0,0,469,471,5,16,0,0,470,472,5,8,0,0,471,470,1,0,0,0,471,
        472,1,0,0,0,472,473,1,0,0,0,473,474,3,36,18,0,474,475,5,2,0,0,475,
        509,1,0,0,0,476,477,5,1,0,0,477,479,5,21,0,0,478,480,5,8,0,0,479,
        478,1,0,0,0,479,480,1,0,0,0,480,481,1,0,0,0,481,482,3,40,20,0,482,
        483,5,2,0,0,483,509,1,0,0,0,484,485,5,1,0,0,485,487,5,22,0,0,486,
        488,5,8,0,0,487,486,1,0,0,0,487,488,1,0,0,0,488,489,1,0,0,0,489,
        490,3,42,21,0,490,491,5,2,0,0,491,509,1,0,0,0,492,493,5,1,0,0,493,
        495,5,20,0,0,494,496,5,8,0,0,495,494,1,0,0,0,495,496,1,0,0,0,496,
        497,1,0,0,0,497,498,3,46,23,0,498,499,5,2,0,0,499,509,1,0,0,0,500,
        501,5,1,0,0,501,503,5,23,0,0,502,504,5,8,0,0,503,502,1,0,0,0,503,
        504,1,0,0,0,504,505,1,0,0,0,505,506,3,36,18,0,506,507,5,2,0,0,507,
        509,1,0,0,0,508,468,1,0,0,0,508,476,1,0,0,0,508,484,1,0,0,0,508,
        492,1,0,0,0,508,500,1,0,0,0,509,51,1,0,0,0,510,511,5,1,0,0,511,512,
        5,24,0,0,512,513,5,7,0,0,513,514,5,7,0,0,514,515,5,2,0,0,515,53,
        1,0,0,0,516,517,5,1,0,0,517,518,5,25,0,0,518,519,5,7,0,0,519,520,
        5,2,0,0,520,55,1,0,0,0,521,522,5,1,0,0,522,523,5,25,0,0,523,524,
        5,7,0,0,524,525,5,1,0,0,525,526,3,58,29,0,526,527,3,30,15,0,527,
        528,5,2,0,0,528,529,5,2,0,0,529,57,1,0,0,0,530,531,7,4,0,0,531,59,
        1,0,0,0,532,533,5,1,0,0,533,535,5,16,0,0,534,536,5,8,0,0,535,534,
        1,0,0,0,535,536,1,0,0,0,536,540,1,0,0,0,537,539,3,54,27,0,538,537,
        1,0,0,0,539,542,1,0,0,0,540,538,1,0,0,0,540,541,1,0,0,0,541,544,
        1,0,0,0,542,540,1,0,0,0,543,545,3,52,26,0,544,543,1,0,0,0,544,545,
        1,0,0,0,545,546,1,0,0,0,546,550,3,36,18,0,547,549,3,62,31,0,548,
        547,1,0,0,0,549,552,1,0,0,0,550,548,1,0,0,0,550,551,1,0,0,0,551,
        553,1,0,0,0,552,550,1,0,0,0,553,554,3,84,42,0,554,555,5,2,0,0,555,
        61,1,0,0,0,556,557,5,1,0,0,557,570,5,19,0,0,558,561,5,8,0,0,559,
        562,5,57,0,0,560,562,3,26,13,0,561,559,1,0,0,0,561,560,1,0,0,0,562,
        571,1,0,0,0,563,566,5,57,0,0,564,566,3,26,13,0,565,563,1,0,0,0,565,
        564,1,0,0,0,566,569,1,0,0,0,567,565,1,0,0,0,567,568,1,0,0,0,568,
        571,1,0,0,0,569,567,1,0,0,0,570,558,1,0,0,0,570,567,1,0,0,0,571,
        572,1,0,0,0,572,573,5,2,0,0,573,63,1,0,0,0,574,575,5,1,0,0,575,577,
        5,21,0,0,576,578,5,8,0,0,577,576,1,0,0,0,577,578,1,0,0,0,578,582,
        1,0,0,0,579,581,3,54,27,0,580,579,1,0,0,0,581,584,1,0,0,0,582,580,
        1,0,0,0,582,583,1,0,0,0,583,586,1,0,0,0,584,582,1,0,0,0,585,587,
        3,52,26,0,586,585,1,0,0,0,586,587,1,0,0,0,587,611,1,0,0,0,588,589,
        3,40,20,0,589,590,3,84,42,0,590,612,1,0,0,0,591,593,5,57,0,0,592,
        591,1,0,0,0,592,593,1,0,0,0,593,594,1,0,0,0,594,595,3,26,13,0,595,
        596,5,1,0,0,596,607,5,27,0,0,597,599,3,78,39,0,598,597,1,0,0,0,599,
        600,1,0,0,0,600,598,1,0,0,0,600,601,1,0,0,0,601,608,1,0,0,0,602,
        604,3,30,15,0,603,602,1,0,0,0,604,605,1,0,0,0,605,603,1,0,0,0,605,
        606,1,0,0,0,606,608,1,0,0,0,607,598,1,0,0,0,607,603,1,0,0,0,607,
        608,1,0,0,0,608,609,1,0,0,0,609,610,5,2,0,0,610,612,1,0,0,0,611,
        588,1,0,0,0,611,592,1,0,0,0,612,613,1,0,0,0,613,614,5,2,0,0,614,
        65,1,0,0,0,615,616,5,1,0,0,616,618,5,22,0,0,617,619,5,8,0,0,618,
        617,1,0,0,0,618,619,1,0,0,0,619,623,1,0,0,0,620,622,3,54,27,0,621,
        620,1,0,0,0,622,625,1,0,0,0,623,621,1,0,0,0,623,624,1,0,0,0,624,
        627,1,0,0,0,625,623,1,0,0,0,626,628,3,52,26,0,627,626,1,0,0,0,627,
        628,1,0,0,0,628,645,1,0,0,0,629,646,3,42,21,0,630,632,5,57,0,0,631,
        630,1,0,0,0,631,632,1,0,0,0,632,634,1,0,0,0,633,635,3,44,22,0,634,
        633,1,0,0,0,634,635,1,0,0,0,635,636,1,0,0,0,636,637,5,1,0,0,637,
        641,5,28,0,0,638,640,5,7,0,0,639,638,1,0,0,0,640,643,1,0,0,0,641,
        639,1,0,0,0,641,642,1,0,0,0,642,644,1,0,0,0,643,641,1,0,0,0,644,
        646,5,2,0,0,645,629,1,0,0,0,645,631,1,0,0,0,646,647,1,0,0,0,647,
        648,5,2,0,0,648,67,1,0,0,0,649,650,5,1,0,0,650,652,5,20,0,0,651,
        653,5,8,0,0,652,651,1,0,0,0,652,653,1,0,0,0,653,657,1,0,0,0,654,
        656,3,54,27,0,655,654,1,0,0,0,656,659,1,0,0,0,657,655,1,0,0,0,657,
        658,1,0,0,0,658,661,1,0,0,0,659,657,1,0,0,0,660,662,3,52,26,0,661,
        660,1,0,0,0,661,662,1,0,0,0,662,663,1,0,0,0,663,664,3,46,23,0,664,
        665,3,84,42,0,665,666,5,2,0,0,666,69,1,0,0,0,667,668,5,1,0,0,668,
        670,5,23,0,0,669,671,5,8,0,0,670,669,1,0,0,0,670,671,1,0,0,0,671,
        675,1,0,0,0,672,674,3,54,27,0,673,672,1,0,0,0,674,677,1,0,0,0,675,
        673,1,0,0,0,675,676,1,0,0,0,676,679,1,0,0,0,677,675,1,0,0,0,678,
        680,3,52,26,0,679,678,1,0,0,0,679,680,1,0,0,0,680,681,1,0,0,0,681,
        682,3,36,18,0,682,683,5,2,0,0,683,71,1,0,0,0,684,685,5,1,0,0,685,
        686,5,26,0,0,686,687,3,30,15,0,687,688,5,2,0,0,688,73,1,0,0,0,689,
        690,5,1,0,0,690,692,5,27,0,0,691,693,5,8,0,0,692,691,1,0,0,0,692,
        693,1,0,0,0,693,715,1,0,0,0,694,716,3,76,38,0,695,696,5,31,0,0,696,
        716,3,76,38,0,697,698,5,1,0,0,698,699,5,21,0,0,699,700,3,30,15,0,
        700,701,5,2,0,0,701,704,1,0,0,0,702,704,5,9,0,0,703,697,1,0,0,0,
        703,702,1,0,0,0,703,704,1,0,0,0,704,705,1,0,0,0,705,713,3,80,40,
        0,706,714,3,76,38,0,707,709,3,30,15,0,708,707,1,0,0,0,709,712,1,
        0,0,0,710,708,1,0,0,0,710,711,1,0,0,0,711,714,1,0,0,0,712,710,1,
        0,0,0,713,706,1,0,0,0,713,710,1,0,0,0,714,716,1,0,0,0,715,694,1,
        0,0,0,715,695,1,0,0,0,715,703,1,0,0,0,716,717,1,0,0,0,717,718,5,
        2,0,0,718,75,1,0,0,0,719,723,3,26,13,0,720,722,3,78,39,0,721,720,
        1,0,0,0,722,725,1,0,0,0,723,721,1,0,0,0,723,724,1,0,0,0,724,734,
        1,0,0,0,725,723,1,0,0,0,726,730,5,16,0,0,727,729,3,30,15,0,728,727,
        1,0,0,0,729,732,1,0,0,0,730,728,1,0,0,0,730,731,1,0,0,0,731,734,
        1,0,0,0,732,730,1,0,0,0,733,719,1,0,0,0,733,726,1,0,0,0,734,77,1,
        0,0,0,735,736,5,1,0,0,736,737,5,30,0,0,737,738,3,84,42,0,738,739,
        5,2,0,0,739,742,1,0,0,0,740,742,3,88,44,0,741,735,1,0,0,0,741,740,
        1,0,0,0,742,79,1,0,0,0,743,744,5,1,0,0,744,745,5,29,0,0,745,746,
        3,84,42,0,746,747,5,2,0,0,747,750,1,0,0,0,748,750,3,88,44,0,749,
        743,1,0,0,0,749,748,1,0,0,0,750,81,1,0,0,0,751,752,5,1,0,0,752,754,
        5,28,0,0,753,755,5,8,0,0,754,753,1,0,0,0,754,755,1,0,0,0,755,765,
        1,0,0,0,756,757,5,1,0,0,757,758,5,22,0,0,758,759,3,30,15,0,759,760,
        5,2,0,0,760,763,1,0,0,0,761,763,5,9,0,0,762,756,1,0,0,0,762,761,
        1,0,0,0,762,763,1,0,0,0,763,764,1,0,0,0,764,766,3,80,40,0,765,762,
        1,0,0,0,765,766,1,0,0,0,766,770,1,0,0,0,767,769,5,7,0,0,768,767,
        1,0,0,0,769,772,1,0,0,0,770,768,1,0,0,0,770,771,1,0,0,0,771,773,
        1,0,0,0,772,770,1,0,0,0,773,774,5,2,0,0,774,83,1,0,0,0,775,798,5,
        71,0,0,776,797,5,9,0,0,777,797,5,10,0,0,778,797,5,11,0,0,779,797,
        5,8,0,0,780,797,5,12,0,0,781,797,5,13,0,0,782,797,5,61,0,0,783,797,
        5,16,0,0,784,797,5,38,0,0,785,797,5,39,0,0,786,797,5,60,0,0,787,
        797,5,34,0,0,788,789,5,1,0,0,789,790,5,15,0,0,790,791,3,30,15,0,
        791,792,5,2,0,0,792,797,1,0,0,0,793,797,3,32,16,0,794,797,3,34,17,
        0,795,797,3,26,13,0,796,776,1,0,0,0,796,777,1,0,0,0,796,778,1,0,
        0,0,796,779,1,0,0,0,796,780,1,0,0,0,796,781,1,0,0,0,796,782,1,0,
        0,0,796,783,1,0,0,0,796,784,1,0,0,0,796,785,1,0,0,0,796,786,1,0,
        0,0,796,787,1,0,0,0,796,788,1,0,0,0,796,793,1,0,0,0,796,794,1,0,
        0,0,796,795,1,0,0,0,797,800,1,0,0,0,798,796,1,0,0,0,798,799,1,0,
        0,0,799,828,1,0,0,0,800,798,1,0,0,0,801,803,7,5,0,0,802,804,5,8,
        0,0,803,802,1,0,0,0,803,804,1,0,0,0,804,805,1,0,0,0,805,828,3,36,
        18,0,806,808,5,49,0,0,807,809,5,8,0,0,808,807,1,0,0,0,808,809,1,
        0,0,0,809,810,1,0,0,0,810,814,3,36,18,0,811,813,3,86,43,0,812,811,
        1,0,0,0,813,816,1,0,0,0,814,812,1,0,0,0,814,815,1,0,0,0,815,828,
        1,0,0,0,816,814,1,0,0,0,817,819,7,6,0,0,818,820,5,8,0,0,819,818,
        1,0,0,0,819,820,1,0,0,0,820,828,1,0,0,0,821,822,5,52,0,0,822,828,
        3,30,15,0,823,828,5,54,0,0,824,825,5,56,0,0,825,828,3,30,15,0,826,
        828,3,88,44,0,827,775,1,0,0,0,827,801,1,0,0,0,827,806,1,0,0,0,827,
        817,1,0,0,0,827,821,1,0,0,0,827,823,1,0,0,0,827,824,1,0,0,0,827,
        826,1,0,0,0,828,831,1,0,0,0,829,827,1,0,0,0,829,830,1,0,0,0,830,
        85,1,0,0,0,831,829,1,0,0,0,832,845,5,1,0,0,833,834,5,52,0,0,834,
        835,3,30,15,0,835,836,3,30,15,0,836,846,1,0,0,0,837,838,5,53,0,0,
        838,839,3,30,15,0,839,840,3,30,15,0,840,846,1,0,0,0,841,842,5,54,
        0,0,842,846,3,30,15,0,843,844,5,55,0,0,844,846,3,30,15,0,845,833,
        1,0,0,0,845,837,1,0,0,0,845,841,1,0,0,0,845,843,1,0,0,0,846,847,
        1,0,0,0,847,848,5,2,0,0,848,87,1,0,0,0,849,956,5,1,0,0,850,873,5,
        71,0,0,851,872,5,9,0,0,852,872,5,10,0,0,853,872,5,11,0,0,854,872,
        5,8,0,0,855,872,5,12,0,0,856,872,5,13,0,0,857,872,5,61,0,0,858,872,
        5,16,0,0,859,872,5,38,0,0,860,872,5,39,0,0,861,872,5,60,0,0,862,
        872,5,34,0,0,863,864,5,1,0,0,864,865,5,15,0,0,865,866,3,30,15,0,
        866,867,5,2,0,0,867,872,1,0,0,0,868,872,3,32,16,0,869,872,3,34,17,
        0,870,872,3,26,13,0,871,851,1,0,0,0,871,852,1,0,0,0,871,853,1,0,
        0,0,871,854,1,0,0,0,871,855,1,0,0,0,871,856,1,0,0,0,871,857,1,0,
        0,0,871,858,1,0,0,0,871,859,1,0,0,0,871,860,1,0,0,0,871,861,1,0,
        0,0,871,862,1,0,0,0,871,863,1,0,0,0,871,868,1,0,0,0,871,869,1,0,
        0,0,871,870,1,0,0,0,872,875,1,0,0,0,873,871,1,0,0,0,873,874,1,0,
        0,0,874,879,1,0,0,0,875,873,1,0,0,0,876,878,3,88,44,0,877,876,1,
        0,0,0,878,881,1,0,0,0,879,877,1,0,0,0,879,880,1,0,0,0,880,882,1,
        0,0,0,881,879,1,0,0,0,882,957,5,2,0,0,883,885,7,7,0,0,884,886,5,
        8,0,0,885,884,1,0,0,0,885,886,1,0,0,0,886,887,1,0,0,0,887,888,3,
        36,18,0,888,889,3,84,42,0,889,890,5,2,0,0,890,957,1,0,0,0,891,893,
        5,45,0,0,892,894,5,8,0,0,893,892,1,0,0,0,893,894,1,0,0,0,894,895,
        1,0,0,0,895,899,3,36,18,0,896,898,3,88,44,0,897,896,1,0,0,0,898,
        901,1,0,0,0,899,897,1,0,0,0,899,900,1,0,0,0,900,902,1,0,0,0,901,
        899,1,0,0,0,902,903,5,1,0,0,903,904,5,46,0,0,904,905,3,84,42,0,905,
        911,5,2,0,0,906,907,5,1,0,0,907,908,5,47,0,0,908,909,3,84,42,0,909,
        910,5,2,0,0,910,912,1,0,0,0,911,906,1,0,0,0,911,912,1,0,0,0,912,
        913,1,0,0,0,913,914,5,2,0,0,914,957,1,0,0,0,915,917,5,49,0,0,916,
        918,5,8,0,0,917,916,1,0,0,0,917,918,1,0,0,0,918,919,1,0,0,0,919,
        923,3,36,18,0,920,922,3,86,43,0,921,920,1,0,0,0,922,925,1,0,0,0,
        923,921,1,0,0,0,923,924,1,0,0,0,924,926,1,0,0,0,925,923,1,0,0,0,
        926,927,3,84,42,0,927,928,5,2,0,0,928,957,1,0,0,0,929,931,5,50,0,
        0,930,932,5,8,0,0,931,930,1,0,0,0,931,932,1,0,0,0,932,933,1,0,0,
        0,933,934,3,36,18,0,934,935,5,1,0,0,935,936,5,51,0,0,936,937,3,84,
        42,0,937,952,5,2,0,0,938,940,3,90,45,0,939,938,1,0,0,0,940,943,1,
        0,0,0,941,939,1,0,0,0,941,942,1,0,0,0,942,945,1,0,0,0,943,941,1,
        0,0,0,944,946,3,92,46,0,945,944,1,0,0,0,945,946,1,0,0,0,946,953,
        1,0,0,0,947,948,5,1,0,0,948,949,5,56,0,0,949,950,3,30,15,0,950,951,
        5,2,0,0,951,953,1,0,0,0,952,941,1,0,0,0,952,947,1,0,0,0,953,954,
        1,0,0,0,954,955,5,2,0,0,955,957,1,0,0,0,956,850,1,0,0,0,956,883,
        1,0,0,0,956,891,1,0,0,0,956,915,1,0,0,0,956,929,1,0,0,0,957,89,1,
        0,0,0,958,959,5,1,0,0,959,960,5,52,0,0,960,961,3,30,15,0,961,962,
        3,84,42,0,962,963,5,2,0,0,963,91,1,0,0,0,964,965,5,1,0,0,965,966,
        5,54,0,0,966,967,3,84,42,0,967,968,5,2,0,0,968,93,1,0,0,0,132,106,
        108,115,119,125,128,135,143,147,149,159,163,168,171,185,187,194,
        197,204,207,210,215,221,228,232,249,251,260,265,270,280,288,293,
        300,307,313,322,331,340,343,353,358,364,369,376,385,389,391,394,
        402,404,414,419,425,429,433,440,443,456,459,471,479,487,495,503,
        508,535,540,544,550,561,565,567,570,577,582,586,592,600,605,607,
        611,618,623,627,631,634,641,645,652,657,661,670,675,679,692,703,
        710,713,715,723,730,733,741,749,754,762,765,770,796,798,803,808,
        814,819,827,829,845,871,873,879,885,893,899,911,917,923,931,941,
        945,952,956
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
    public typeDef(): TypeDefContext[];
    public typeDef(i: number): TypeDefContext | null;
    public typeDef(i?: number): TypeDefContext[] | TypeDefContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TypeDefContext);
        }

        return this.getRuleContext(i, TypeDefContext);
    }
    public recType(): RecTypeContext[];
    public recType(i: number): RecTypeContext | null;
    public recType(i?: number): RecTypeContext[] | RecTypeContext | null {
        if (i === undefined) {
            return this.getRuleContexts(RecTypeContext);
        }

        return this.getRuleContext(i, RecTypeContext);
    }
    public importField(): ImportFieldContext[];
    public importField(i: number): ImportFieldContext | null;
    public importField(i?: number): ImportFieldContext[] | ImportFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ImportFieldContext);
        }

        return this.getRuleContext(i, ImportFieldContext);
    }
    public funcField(): FuncFieldContext[];
    public funcField(i: number): FuncFieldContext | null;
    public funcField(i?: number): FuncFieldContext[] | FuncFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(FuncFieldContext);
        }

        return this.getRuleContext(i, FuncFieldContext);
    }
    public tableField(): TableFieldContext[];
    public tableField(i: number): TableFieldContext | null;
    public tableField(i?: number): TableFieldContext[] | TableFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TableFieldContext);
        }

        return this.getRuleContext(i, TableFieldContext);
    }
    public memoryField(): MemoryFieldContext[];
    public memoryField(i: number): MemoryFieldContext | null;
    public memoryField(i?: number): MemoryFieldContext[] | MemoryFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(MemoryFieldContext);
        }

        return this.getRuleContext(i, MemoryFieldContext);
    }
    public globalField(): GlobalFieldContext[];
    public globalField(i: number): GlobalFieldContext | null;
    public globalField(i?: number): GlobalFieldContext[] | GlobalFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(GlobalFieldContext);
        }

        return this.getRuleContext(i, GlobalFieldContext);
    }
    public exportField(): ExportFieldContext[];
    public exportField(i: number): ExportFieldContext | null;
    public exportField(i?: number): ExportFieldContext[] | ExportFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ExportFieldContext);
        }

        return this.getRuleContext(i, ExportFieldContext);
    }
    public startField(): StartFieldContext[];
    public startField(i: number): StartFieldContext | null;
    public startField(i?: number): StartFieldContext[] | StartFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(StartFieldContext);
        }

        return this.getRuleContext(i, StartFieldContext);
    }
    public elemField(): ElemFieldContext[];
    public elemField(i: number): ElemFieldContext | null;
    public elemField(i?: number): ElemFieldContext[] | ElemFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ElemFieldContext);
        }

        return this.getRuleContext(i, ElemFieldContext);
    }
    public dataField(): DataFieldContext[];
    public dataField(i: number): DataFieldContext | null;
    public dataField(i?: number): DataFieldContext[] | DataFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(DataFieldContext);
        }

        return this.getRuleContext(i, DataFieldContext);
    }
    public tagField(): TagFieldContext[];
    public tagField(i: number): TagFieldContext | null;
    public tagField(i?: number): TagFieldContext[] | TagFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TagFieldContext);
        }

        return this.getRuleContext(i, TagFieldContext);
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
    public typeDef(): TypeDefContext[];
    public typeDef(i: number): TypeDefContext | null;
    public typeDef(i?: number): TypeDefContext[] | TypeDefContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TypeDefContext);
        }

        return this.getRuleContext(i, TypeDefContext);
    }
    public recType(): RecTypeContext[];
    public recType(i: number): RecTypeContext | null;
    public recType(i?: number): RecTypeContext[] | RecTypeContext | null {
        if (i === undefined) {
            return this.getRuleContexts(RecTypeContext);
        }

        return this.getRuleContext(i, RecTypeContext);
    }
    public importField(): ImportFieldContext[];
    public importField(i: number): ImportFieldContext | null;
    public importField(i?: number): ImportFieldContext[] | ImportFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ImportFieldContext);
        }

        return this.getRuleContext(i, ImportFieldContext);
    }
    public funcField(): FuncFieldContext[];
    public funcField(i: number): FuncFieldContext | null;
    public funcField(i?: number): FuncFieldContext[] | FuncFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(FuncFieldContext);
        }

        return this.getRuleContext(i, FuncFieldContext);
    }
    public tableField(): TableFieldContext[];
    public tableField(i: number): TableFieldContext | null;
    public tableField(i?: number): TableFieldContext[] | TableFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TableFieldContext);
        }

        return this.getRuleContext(i, TableFieldContext);
    }
    public memoryField(): MemoryFieldContext[];
    public memoryField(i: number): MemoryFieldContext | null;
    public memoryField(i?: number): MemoryFieldContext[] | MemoryFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(MemoryFieldContext);
        }

        return this.getRuleContext(i, MemoryFieldContext);
    }
    public globalField(): GlobalFieldContext[];
    public globalField(i: number): GlobalFieldContext | null;
    public globalField(i?: number): GlobalFieldContext[] | GlobalFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(GlobalFieldContext);
        }

        return this.getRuleContext(i, GlobalFieldContext);
    }
    public exportField(): ExportFieldContext[];
    public exportField(i: number): ExportFieldContext | null;
    public exportField(i?: number): ExportFieldContext[] | ExportFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ExportFieldContext);
        }

        return this.getRuleContext(i, ExportFieldContext);
    }
    public startField(): StartFieldContext[];
    public startField(i: number): StartFieldContext | null;
    public startField(i?: number): StartFieldContext[] | StartFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(StartFieldContext);
        }

        return this.getRuleContext(i, StartFieldContext);
    }
    public elemField(): ElemFieldContext[];
    public elemField(i: number): ElemFieldContext | null;
    public elemField(i?: number): ElemFieldContext[] | ElemFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ElemFieldContext);
        }

        return this.getRuleContext(i, ElemFieldContext);
    }
    public dataField(): DataFieldContext[];
    public dataField(i: number): DataFieldContext | null;
    public dataField(i?: number): DataFieldContext[] | DataFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(DataFieldContext);
        }

        return this.getRuleContext(i, DataFieldContext);
    }
    public tagField(): TagFieldContext[];
    public tagField(i: number): TagFieldContext | null;
    public tagField(i?: number): TagFieldContext[] | TagFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TagFieldContext);
        }

        return this.getRuleContext(i, TagFieldContext);
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
    public NUM_TYPE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.NUM_TYPE, 0);
    }
    public refType(): RefTypeContext | null {
        return this.getRuleContext(0, RefTypeContext);
    }
    public PACKED_TYPE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.PACKED_TYPE, 0);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_storageType;
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
    public NUM_TYPE(): antlr.TerminalNode[];
    public NUM_TYPE(i: number): antlr.TerminalNode | null;
    public NUM_TYPE(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.NUM_TYPE);
    	} else {
    		return this.getToken(WatParser.NUM_TYPE, i);
    	}
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
    public NUM_TYPE(): antlr.TerminalNode[];
    public NUM_TYPE(i: number): antlr.TerminalNode | null;
    public NUM_TYPE(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.NUM_TYPE);
    	} else {
    		return this.getToken(WatParser.NUM_TYPE, i);
    	}
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
    public pageSize(): PageSizeContext | null {
        return this.getRuleContext(0, PageSizeContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_memoryType;
    }
}


export class PageSizeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public PAGESIZE(): antlr.TerminalNode {
        return this.getToken(WatParser.PAGESIZE, 0)!;
    }
    public NAT(): antlr.TerminalNode {
        return this.getToken(WatParser.NAT, 0)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_pageSize;
    }
}


export class GlobalTypeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public NUM_TYPE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.NUM_TYPE, 0);
    }
    public refType(): RefTypeContext | null {
        return this.getRuleContext(0, RefTypeContext);
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
    public NUM_TYPE(): antlr.TerminalNode[];
    public NUM_TYPE(i: number): antlr.TerminalNode | null;
    public NUM_TYPE(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.NUM_TYPE);
    	} else {
    		return this.getToken(WatParser.NUM_TYPE, i);
    	}
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
    public pageSize(): PageSizeContext | null {
        return this.getRuleContext(0, PageSizeContext);
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
    public typeUse(): TypeUseContext[];
    public typeUse(i: number): TypeUseContext | null;
    public typeUse(i?: number): TypeUseContext[] | TypeUseContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TypeUseContext);
        }

        return this.getRuleContext(i, TypeUseContext);
    }
    public TRY_TABLE(): antlr.TerminalNode[];
    public TRY_TABLE(i: number): antlr.TerminalNode | null;
    public TRY_TABLE(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.TRY_TABLE);
    	} else {
    		return this.getToken(WatParser.TRY_TABLE, i);
    	}
    }
    public CATCH(): antlr.TerminalNode[];
    public CATCH(i: number): antlr.TerminalNode | null;
    public CATCH(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.CATCH);
    	} else {
    		return this.getToken(WatParser.CATCH, i);
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
    public CATCH_ALL(): antlr.TerminalNode[];
    public CATCH_ALL(i: number): antlr.TerminalNode | null;
    public CATCH_ALL(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.CATCH_ALL);
    	} else {
    		return this.getToken(WatParser.CATCH_ALL, i);
    	}
    }
    public DELEGATE(): antlr.TerminalNode[];
    public DELEGATE(i: number): antlr.TerminalNode | null;
    public DELEGATE(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.DELEGATE);
    	} else {
    		return this.getToken(WatParser.DELEGATE, i);
    	}
    }
    public foldedInstr(): FoldedInstrContext[];
    public foldedInstr(i: number): FoldedInstrContext | null;
    public foldedInstr(i?: number): FoldedInstrContext[] | FoldedInstrContext | null {
        if (i === undefined) {
            return this.getRuleContexts(FoldedInstrContext);
        }

        return this.getRuleContext(i, FoldedInstrContext);
    }
    public BLOCK(): antlr.TerminalNode[];
    public BLOCK(i: number): antlr.TerminalNode | null;
    public BLOCK(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.BLOCK);
    	} else {
    		return this.getToken(WatParser.BLOCK, i);
    	}
    }
    public LOOP(): antlr.TerminalNode[];
    public LOOP(i: number): antlr.TerminalNode | null;
    public LOOP(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.LOOP);
    	} else {
    		return this.getToken(WatParser.LOOP, i);
    	}
    }
    public IF(): antlr.TerminalNode[];
    public IF(i: number): antlr.TerminalNode | null;
    public IF(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.IF);
    	} else {
    		return this.getToken(WatParser.IF, i);
    	}
    }
    public TRY(): antlr.TerminalNode[];
    public TRY(i: number): antlr.TerminalNode | null;
    public TRY(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.TRY);
    	} else {
    		return this.getToken(WatParser.TRY, i);
    	}
    }
    public ELSE(): antlr.TerminalNode[];
    public ELSE(i: number): antlr.TerminalNode | null;
    public ELSE(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.ELSE);
    	} else {
    		return this.getToken(WatParser.ELSE, i);
    	}
    }
    public END(): antlr.TerminalNode[];
    public END(i: number): antlr.TerminalNode | null;
    public END(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.END);
    	} else {
    		return this.getToken(WatParser.END, i);
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
    public catchClause(): CatchClauseContext[];
    public catchClause(i: number): CatchClauseContext | null;
    public catchClause(i?: number): CatchClauseContext[] | CatchClauseContext | null {
        if (i === undefined) {
            return this.getRuleContexts(CatchClauseContext);
        }

        return this.getRuleContext(i, CatchClauseContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_instrList;
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
    public IF(): antlr.TerminalNode | null {
        return this.getToken(WatParser.IF, 0);
    }
    public THEN(): antlr.TerminalNode | null {
        return this.getToken(WatParser.THEN, 0);
    }
    public TRY_TABLE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.TRY_TABLE, 0);
    }
    public TRY(): antlr.TerminalNode | null {
        return this.getToken(WatParser.TRY, 0);
    }
    public DO(): antlr.TerminalNode | null {
        return this.getToken(WatParser.DO, 0);
    }
    public BLOCK(): antlr.TerminalNode | null {
        return this.getToken(WatParser.BLOCK, 0);
    }
    public LOOP(): antlr.TerminalNode | null {
        return this.getToken(WatParser.LOOP, 0);
    }
    public DELEGATE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.DELEGATE, 0);
    }
    public idx(): IdxContext[];
    public idx(i: number): IdxContext | null;
    public idx(i?: number): IdxContext[] | IdxContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdxContext);
        }

        return this.getRuleContext(i, IdxContext);
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
    public ELSE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ELSE, 0);
    }
    public catchClause(): CatchClauseContext[];
    public catchClause(i: number): CatchClauseContext | null;
    public catchClause(i?: number): CatchClauseContext[] | CatchClauseContext | null {
        if (i === undefined) {
            return this.getRuleContexts(CatchClauseContext);
        }

        return this.getRuleContext(i, CatchClauseContext);
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
