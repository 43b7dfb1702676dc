
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
    public static readonly DESCRIBES = 43;
    public static readonly DESCRIPTOR = 44;
    public static readonly EXACT = 45;
    public static readonly BLOCK = 46;
    public static readonly LOOP = 47;
    public static readonly IF = 48;
    public static readonly THEN = 49;
    public static readonly ELSE = 50;
    public static readonly END = 51;
    public static readonly TRY_TABLE = 52;
    public static readonly TRY = 53;
    public static readonly DO = 54;
    public static readonly CATCH = 55;
    public static readonly CATCH_REF = 56;
    public static readonly CATCH_ALL = 57;
    public static readonly CATCH_ALL_REF = 58;
    public static readonly DELEGATE = 59;
    public static readonly CONT = 60;
    public static readonly ON = 61;
    public static readonly MEMORY_ORDER = 62;
    public static readonly NUM_TYPE = 63;
    public static readonly PACKED_TYPE = 64;
    public static readonly REF_SHORTHAND = 65;
    public static readonly HEAP_TYPE = 66;
    public static readonly SHAPE = 67;
    public static readonly BINARY = 68;
    public static readonly QUOTE = 69;
    public static readonly DEFINITION = 70;
    public static readonly INSTANCE = 71;
    public static readonly REGISTER = 72;
    public static readonly INVOKE = 73;
    public static readonly GET = 74;
    public static readonly EITHER = 75;
    public static readonly ASSERT = 76;
    public static readonly KEYWORD = 77;
    public static readonly RESERVED = 78;
    public static readonly RULE_script = 0;
    public static readonly RULE_command = 1;
    public static readonly RULE_module = 2;
    public static readonly RULE_action = 3;
    public static readonly RULE_value = 4;
    public static readonly RULE_sexpr = 5;
    public static readonly RULE_typeDef = 6;
    public static readonly RULE_recType = 7;
    public static readonly RULE_subType = 8;
    public static readonly RULE_describedType = 9;
    public static readonly RULE_sharedCompType = 10;
    public static readonly RULE_compType = 11;
    public static readonly RULE_field = 12;
    public static readonly RULE_fieldType = 13;
    public static readonly RULE_storageType = 14;
    public static readonly RULE_refType = 15;
    public static readonly RULE_heapType = 16;
    public static readonly RULE_sharedHeapType = 17;
    public static readonly RULE_idx = 18;
    public static readonly RULE_param = 19;
    public static readonly RULE_result = 20;
    public static readonly RULE_typeUse = 21;
    public static readonly RULE_limits = 22;
    public static readonly RULE_tableType = 23;
    public static readonly RULE_memoryType = 24;
    public static readonly RULE_pageSize = 25;
    public static readonly RULE_globalType = 26;
    public static readonly RULE_plainRefType = 27;
    public static readonly RULE_importField = 28;
    public static readonly RULE_importItem = 29;
    public static readonly RULE_importDesc = 30;
    public static readonly RULE_inlineImport = 31;
    public static readonly RULE_inlineExport = 32;
    public static readonly RULE_exportField = 33;
    public static readonly RULE_exportKind = 34;
    public static readonly RULE_funcField = 35;
    public static readonly RULE_exactTypeUse = 36;
    public static readonly RULE_local = 37;
    public static readonly RULE_tableField = 38;
    public static readonly RULE_memoryField = 39;
    public static readonly RULE_globalField = 40;
    public static readonly RULE_tagField = 41;
    public static readonly RULE_startField = 42;
    public static readonly RULE_elemField = 43;
    public static readonly RULE_elemList = 44;
    public static readonly RULE_elemItem = 45;
    public static readonly RULE_offset = 46;
    public static readonly RULE_dataField = 47;
    public static readonly RULE_instrList = 48;
    public static readonly RULE_catchClause = 49;
    public static readonly RULE_onClause = 50;
    public static readonly RULE_foldedInstr = 51;
    public static readonly RULE_foldedCatch = 52;
    public static readonly RULE_foldedCatchAll = 53;

    public static readonly literalNames = [
        null, "'('", "')'", null, null, null, null, null, null, null, null, 
        null, null, null, "'module'", "'type'", "'func'", "'param'", "'result'", 
        "'local'", "'global'", "'table'", "'memory'", "'tag'", "'import'", 
        "'export'", "'start'", "'elem'", "'data'", "'offset'", "'item'", 
        "'declare'", "'mut'", "'ref'", "'null'", "'sub'", "'final'", "'rec'", 
        "'struct'", "'array'", "'field'", "'shared'", "'pagesize'", "'describes'", 
        "'descriptor'", "'exact'", "'block'", "'loop'", "'if'", "'then'", 
        "'else'", "'end'", "'try_table'", "'try'", "'do'", "'catch'", "'catch_ref'", 
        "'catch_all'", "'catch_all_ref'", "'delegate'", "'cont'", "'on'", 
        null, null, null, null, null, null, "'binary'", "'quote'", "'definition'", 
        "'instance'", "'register'", "'invoke'", "'get'", "'either'"
    ];

    public static readonly symbolicNames = [
        null, "LPAR", "RPAR", "ANNOTATION", "BLOCK_COMMENT", "LINE_COMMENT", 
        "WS", "STRING", "ID", "NAT", "INT", "FLOAT", "MEM_OFFSET", "MEM_ALIGN", 
        "MODULE", "TYPE", "FUNC", "PARAM", "RESULT", "LOCAL", "GLOBAL", 
        "TABLE", "MEMORY", "TAG", "IMPORT", "EXPORT", "START", "ELEM", "DATA", 
        "OFFSET", "ITEM", "DECLARE", "MUT", "REF", "NULL", "SUB", "FINAL", 
        "REC", "STRUCT", "ARRAY", "FIELD", "SHARED", "PAGESIZE", "DESCRIBES", 
        "DESCRIPTOR", "EXACT", "BLOCK", "LOOP", "IF", "THEN", "ELSE", "END", 
        "TRY_TABLE", "TRY", "DO", "CATCH", "CATCH_REF", "CATCH_ALL", "CATCH_ALL_REF", 
        "DELEGATE", "CONT", "ON", "MEMORY_ORDER", "NUM_TYPE", "PACKED_TYPE", 
        "REF_SHORTHAND", "HEAP_TYPE", "SHAPE", "BINARY", "QUOTE", "DEFINITION", 
        "INSTANCE", "REGISTER", "INVOKE", "GET", "EITHER", "ASSERT", "KEYWORD", 
        "RESERVED"
    ];
    public static readonly ruleNames = [
        "script", "command", "module", "action", "value", "sexpr", "typeDef", 
        "recType", "subType", "describedType", "sharedCompType", "compType", 
        "field", "fieldType", "storageType", "refType", "heapType", "sharedHeapType", 
        "idx", "param", "result", "typeUse", "limits", "tableType", "memoryType", 
        "pageSize", "globalType", "plainRefType", "importField", "importItem", 
        "importDesc", "inlineImport", "inlineExport", "exportField", "exportKind", 
        "funcField", "exactTypeUse", "local", "tableField", "memoryField", 
        "globalField", "tagField", "startField", "elemField", "elemList", 
        "elemItem", "offset", "dataField", "instrList", "catchClause", "onClause", 
        "foldedInstr", "foldedCatch", "foldedCatchAll",
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
            this.state = 133;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 3, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 120;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                do {
                    {
                    this.state = 120;
                    this.errorHandler.sync(this);
                    switch (this.interpreter.adaptivePredict(this.tokenStream, 0, this.context) ) {
                    case 1:
                        {
                        this.state = 108;
                        this.typeDef();
                        }
                        break;
                    case 2:
                        {
                        this.state = 109;
                        this.recType();
                        }
                        break;
                    case 3:
                        {
                        this.state = 110;
                        this.importField();
                        }
                        break;
                    case 4:
                        {
                        this.state = 111;
                        this.funcField();
                        }
                        break;
                    case 5:
                        {
                        this.state = 112;
                        this.tableField();
                        }
                        break;
                    case 6:
                        {
                        this.state = 113;
                        this.memoryField();
                        }
                        break;
                    case 7:
                        {
                        this.state = 114;
                        this.globalField();
                        }
                        break;
                    case 8:
                        {
                        this.state = 115;
                        this.exportField();
                        }
                        break;
                    case 9:
                        {
                        this.state = 116;
                        this.startField();
                        }
                        break;
                    case 10:
                        {
                        this.state = 117;
                        this.elemField();
                        }
                        break;
                    case 11:
                        {
                        this.state = 118;
                        this.dataField();
                        }
                        break;
                    case 12:
                        {
                        this.state = 119;
                        this.tagField();
                        }
                        break;
                    }
                    }
                    this.state = 122;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                } while (_la === 1);
                this.state = 124;
                this.match(WatParser.EOF);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 129;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 126;
                    this.command();
                    }
                    }
                    this.state = 131;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 132;
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
            this.state = 177;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 11, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 135;
                this.module_();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 136;
                this.match(WatParser.LPAR);
                this.state = 137;
                this.match(WatParser.INSTANCE);
                this.state = 139;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 4, this.context) ) {
                case 1:
                    {
                    this.state = 138;
                    this.match(WatParser.ID);
                    }
                    break;
                }
                this.state = 142;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 141;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 144;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 145;
                this.match(WatParser.LPAR);
                this.state = 146;
                this.match(WatParser.REGISTER);
                this.state = 147;
                this.match(WatParser.STRING);
                this.state = 149;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 148;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 151;
                this.match(WatParser.RPAR);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 152;
                this.action();
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 153;
                this.match(WatParser.LPAR);
                this.state = 154;
                this.match(WatParser.ASSERT);
                this.state = 157;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 7, this.context) ) {
                case 1:
                    {
                    this.state = 155;
                    this.action();
                    }
                    break;
                case 2:
                    {
                    this.state = 156;
                    this.module_();
                    }
                    break;
                }
                this.state = 163;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 7) {
                    {
                    this.state = 161;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.LPAR:
                        {
                        this.state = 159;
                        this.value();
                        }
                        break;
                    case WatParser.STRING:
                        {
                        this.state = 160;
                        this.match(WatParser.STRING);
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 165;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 166;
                this.match(WatParser.RPAR);
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 168;
                this.match(WatParser.LPAR);
                this.state = 169;
                this.match(WatParser.KEYWORD);
                this.state = 173;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4294967290) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 4294967295) !== 0) || ((((_la - 64)) & ~0x1F) === 0 && ((1 << (_la - 64)) & 32767) !== 0)) {
                    {
                    {
                    this.state = 170;
                    this.sexpr();
                    }
                    }
                    this.state = 175;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 176;
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
            this.state = 224;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 20, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 179;
                this.match(WatParser.LPAR);
                this.state = 180;
                this.match(WatParser.MODULE);
                this.state = 182;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 70) {
                    {
                    this.state = 181;
                    this.match(WatParser.DEFINITION);
                    }
                }

                this.state = 185;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 184;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 211;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                case WatParser.RPAR:
                    {
                    this.state = 201;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 1) {
                        {
                        this.state = 199;
                        this.errorHandler.sync(this);
                        switch (this.interpreter.adaptivePredict(this.tokenStream, 14, this.context) ) {
                        case 1:
                            {
                            this.state = 187;
                            this.typeDef();
                            }
                            break;
                        case 2:
                            {
                            this.state = 188;
                            this.recType();
                            }
                            break;
                        case 3:
                            {
                            this.state = 189;
                            this.importField();
                            }
                            break;
                        case 4:
                            {
                            this.state = 190;
                            this.funcField();
                            }
                            break;
                        case 5:
                            {
                            this.state = 191;
                            this.tableField();
                            }
                            break;
                        case 6:
                            {
                            this.state = 192;
                            this.memoryField();
                            }
                            break;
                        case 7:
                            {
                            this.state = 193;
                            this.globalField();
                            }
                            break;
                        case 8:
                            {
                            this.state = 194;
                            this.exportField();
                            }
                            break;
                        case 9:
                            {
                            this.state = 195;
                            this.startField();
                            }
                            break;
                        case 10:
                            {
                            this.state = 196;
                            this.elemField();
                            }
                            break;
                        case 11:
                            {
                            this.state = 197;
                            this.dataField();
                            }
                            break;
                        case 12:
                            {
                            this.state = 198;
                            this.tagField();
                            }
                            break;
                        }
                        }
                        this.state = 203;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                case WatParser.BINARY:
                case WatParser.QUOTE:
                    {
                    this.state = 204;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 68 || _la === 69)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 208;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 7) {
                        {
                        {
                        this.state = 205;
                        this.match(WatParser.STRING);
                        }
                        }
                        this.state = 210;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 213;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 214;
                this.match(WatParser.LPAR);
                this.state = 215;
                this.match(WatParser.MODULE);
                this.state = 216;
                this.match(WatParser.INSTANCE);
                this.state = 218;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 18, this.context) ) {
                case 1:
                    {
                    this.state = 217;
                    this.match(WatParser.ID);
                    }
                    break;
                }
                this.state = 221;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 220;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 223;
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
            this.state = 246;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 24, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 226;
                this.match(WatParser.LPAR);
                this.state = 227;
                this.match(WatParser.INVOKE);
                this.state = 229;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 228;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 231;
                this.match(WatParser.STRING);
                this.state = 235;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 232;
                    this.value();
                    }
                    }
                    this.state = 237;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 238;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 239;
                this.match(WatParser.LPAR);
                this.state = 240;
                this.match(WatParser.GET);
                this.state = 242;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 241;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 244;
                this.match(WatParser.STRING);
                this.state = 245;
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
            this.state = 248;
            this.match(WatParser.LPAR);
            this.state = 249;
            _la = this.tokenStream.LA(1);
            if(!(_la === 75 || _la === 77)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 266;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 69378) !== 0) || ((((_la - 34)) & ~0x1F) === 0 && ((1 << (_la - 34)) & 67108913) !== 0) || ((((_la - 66)) & ~0x1F) === 0 && ((1 << (_la - 66)) & 6147) !== 0)) {
                {
                this.state = 264;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NAT:
                    {
                    this.state = 250;
                    this.match(WatParser.NAT);
                    }
                    break;
                case WatParser.INT:
                    {
                    this.state = 251;
                    this.match(WatParser.INT);
                    }
                    break;
                case WatParser.FLOAT:
                    {
                    this.state = 252;
                    this.match(WatParser.FLOAT);
                    }
                    break;
                case WatParser.KEYWORD:
                    {
                    this.state = 253;
                    this.match(WatParser.KEYWORD);
                    }
                    break;
                case WatParser.RESERVED:
                    {
                    this.state = 254;
                    this.match(WatParser.RESERVED);
                    }
                    break;
                case WatParser.SHAPE:
                    {
                    this.state = 255;
                    this.match(WatParser.SHAPE);
                    }
                    break;
                case WatParser.FUNC:
                    {
                    this.state = 256;
                    this.match(WatParser.FUNC);
                    }
                    break;
                case WatParser.STRUCT:
                    {
                    this.state = 257;
                    this.match(WatParser.STRUCT);
                    }
                    break;
                case WatParser.ARRAY:
                    {
                    this.state = 258;
                    this.match(WatParser.ARRAY);
                    }
                    break;
                case WatParser.CONT:
                    {
                    this.state = 259;
                    this.match(WatParser.CONT);
                    }
                    break;
                case WatParser.HEAP_TYPE:
                    {
                    this.state = 260;
                    this.match(WatParser.HEAP_TYPE);
                    }
                    break;
                case WatParser.ID:
                    {
                    this.state = 261;
                    this.match(WatParser.ID);
                    }
                    break;
                case WatParser.NULL:
                    {
                    this.state = 262;
                    this.match(WatParser.NULL);
                    }
                    break;
                case WatParser.LPAR:
                    {
                    this.state = 263;
                    this.value();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 268;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 269;
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
            this.state = 280;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.LPAR:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 271;
                this.match(WatParser.LPAR);
                this.state = 275;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4294967290) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 4294967295) !== 0) || ((((_la - 64)) & ~0x1F) === 0 && ((1 << (_la - 64)) & 32767) !== 0)) {
                    {
                    {
                    this.state = 272;
                    this.sexpr();
                    }
                    }
                    this.state = 277;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 278;
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
            case WatParser.DESCRIBES:
            case WatParser.DESCRIPTOR:
            case WatParser.EXACT:
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
            case WatParser.CONT:
            case WatParser.ON:
            case WatParser.MEMORY_ORDER:
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
                this.state = 279;
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
            this.state = 282;
            this.match(WatParser.LPAR);
            this.state = 283;
            this.match(WatParser.TYPE);
            this.state = 285;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 284;
                this.match(WatParser.ID);
                }
            }

            this.state = 287;
            this.subType();
            this.state = 288;
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
            this.state = 290;
            this.match(WatParser.LPAR);
            this.state = 291;
            this.match(WatParser.REC);
            this.state = 295;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1) {
                {
                {
                this.state = 292;
                this.typeDef();
                }
                }
                this.state = 297;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 298;
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
            this.state = 315;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 33, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 300;
                this.match(WatParser.LPAR);
                this.state = 301;
                this.match(WatParser.SUB);
                this.state = 303;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 36) {
                    {
                    this.state = 302;
                    this.match(WatParser.FINAL);
                    }
                }

                this.state = 308;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 8 || _la === 9) {
                    {
                    {
                    this.state = 305;
                    this.idx();
                    }
                    }
                    this.state = 310;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 311;
                this.describedType();
                this.state = 312;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 314;
                this.describedType();
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
    public describedType(): DescribedTypeContext {
        let localContext = new DescribedTypeContext(this.context, this.state);
        this.enterRule(localContext, 18, WatParser.RULE_describedType);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 322;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 34, this.context) ) {
            case 1:
                {
                this.state = 317;
                this.match(WatParser.LPAR);
                this.state = 318;
                this.match(WatParser.DESCRIBES);
                this.state = 319;
                this.idx();
                this.state = 320;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 329;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 35, this.context) ) {
            case 1:
                {
                this.state = 324;
                this.match(WatParser.LPAR);
                this.state = 325;
                this.match(WatParser.DESCRIPTOR);
                this.state = 326;
                this.idx();
                this.state = 327;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 333;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 36, this.context) ) {
            case 1:
                {
                this.state = 331;
                this.compType();
                }
                break;
            case 2:
                {
                this.state = 332;
                this.sharedCompType();
                }
                break;
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
    public sharedCompType(): SharedCompTypeContext {
        let localContext = new SharedCompTypeContext(this.context, this.state);
        this.enterRule(localContext, 20, WatParser.RULE_sharedCompType);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 335;
            this.match(WatParser.LPAR);
            this.state = 336;
            this.match(WatParser.SHARED);
            this.state = 337;
            this.compType();
            this.state = 338;
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
    public compType(): CompTypeContext {
        let localContext = new CompTypeContext(this.context, this.state);
        this.enterRule(localContext, 22, WatParser.RULE_compType);
        let _la: number;
        try {
            let alternative: number;
            this.state = 374;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 40, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 340;
                this.match(WatParser.LPAR);
                this.state = 341;
                this.match(WatParser.FUNC);
                this.state = 345;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 37, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 342;
                        this.param();
                        }
                        }
                    }
                    this.state = 347;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 37, this.context);
                }
                this.state = 351;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 348;
                    this.result();
                    }
                    }
                    this.state = 353;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 354;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 355;
                this.match(WatParser.LPAR);
                this.state = 356;
                this.match(WatParser.STRUCT);
                this.state = 360;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 357;
                    this.field();
                    }
                    }
                    this.state = 362;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 363;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 364;
                this.match(WatParser.LPAR);
                this.state = 365;
                this.match(WatParser.ARRAY);
                this.state = 366;
                this.fieldType();
                this.state = 367;
                this.match(WatParser.RPAR);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 369;
                this.match(WatParser.LPAR);
                this.state = 370;
                this.match(WatParser.CONT);
                this.state = 371;
                this.idx();
                this.state = 372;
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
        this.enterRule(localContext, 24, WatParser.RULE_field);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 376;
            this.match(WatParser.LPAR);
            this.state = 377;
            this.match(WatParser.FIELD);
            this.state = 386;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 378;
                this.match(WatParser.ID);
                this.state = 379;
                this.fieldType();
                }
                break;
            case WatParser.LPAR:
            case WatParser.RPAR:
            case WatParser.NUM_TYPE:
            case WatParser.PACKED_TYPE:
            case WatParser.REF_SHORTHAND:
                {
                this.state = 383;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || ((((_la - 63)) & ~0x1F) === 0 && ((1 << (_la - 63)) & 7) !== 0)) {
                    {
                    {
                    this.state = 380;
                    this.fieldType();
                    }
                    }
                    this.state = 385;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 388;
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
        this.enterRule(localContext, 26, WatParser.RULE_fieldType);
        try {
            this.state = 396;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 43, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 390;
                this.storageType();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 391;
                this.match(WatParser.LPAR);
                this.state = 392;
                this.match(WatParser.MUT);
                this.state = 393;
                this.storageType();
                this.state = 394;
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
        this.enterRule(localContext, 28, WatParser.RULE_storageType);
        try {
            this.state = 401;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.NUM_TYPE:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 398;
                this.match(WatParser.NUM_TYPE);
                }
                break;
            case WatParser.LPAR:
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 399;
                this.refType();
                }
                break;
            case WatParser.PACKED_TYPE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 400;
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
        this.enterRule(localContext, 30, WatParser.RULE_refType);
        let _la: number;
        try {
            this.state = 416;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 46, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 403;
                this.match(WatParser.REF_SHORTHAND);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 404;
                this.match(WatParser.LPAR);
                this.state = 405;
                this.match(WatParser.REF);
                this.state = 407;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 34) {
                    {
                    this.state = 406;
                    this.match(WatParser.NULL);
                    }
                }

                this.state = 409;
                this.heapType();
                this.state = 410;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 412;
                this.match(WatParser.LPAR);
                this.state = 413;
                this.match(WatParser.SHARED);
                this.state = 414;
                this.match(WatParser.REF_SHORTHAND);
                this.state = 415;
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
    public heapType(): HeapTypeContext {
        let localContext = new HeapTypeContext(this.context, this.state);
        this.enterRule(localContext, 32, WatParser.RULE_heapType);
        try {
            this.state = 430;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 47, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 418;
                this.match(WatParser.FUNC);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 419;
                this.match(WatParser.STRUCT);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 420;
                this.match(WatParser.ARRAY);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 421;
                this.match(WatParser.CONT);
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 422;
                this.match(WatParser.HEAP_TYPE);
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 423;
                this.idx();
                }
                break;
            case 7:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 424;
                this.match(WatParser.LPAR);
                this.state = 425;
                this.match(WatParser.EXACT);
                this.state = 426;
                this.idx();
                this.state = 427;
                this.match(WatParser.RPAR);
                }
                break;
            case 8:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 429;
                this.sharedHeapType();
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
    public sharedHeapType(): SharedHeapTypeContext {
        let localContext = new SharedHeapTypeContext(this.context, this.state);
        this.enterRule(localContext, 34, WatParser.RULE_sharedHeapType);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 432;
            this.match(WatParser.LPAR);
            this.state = 433;
            this.match(WatParser.SHARED);
            this.state = 434;
            _la = this.tokenStream.LA(1);
            if(!(_la === 16 || ((((_la - 38)) & ~0x1F) === 0 && ((1 << (_la - 38)) & 272629763) !== 0))) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 435;
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
    public idx(): IdxContext {
        let localContext = new IdxContext(this.context, this.state);
        this.enterRule(localContext, 36, WatParser.RULE_idx);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 437;
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
        this.enterRule(localContext, 38, WatParser.RULE_param);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 439;
            this.match(WatParser.LPAR);
            this.state = 440;
            this.match(WatParser.PARAM);
            this.state = 453;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 441;
                this.match(WatParser.ID);
                this.state = 444;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 442;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 443;
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
                this.state = 450;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 63 || _la === 65) {
                    {
                    this.state = 448;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.NUM_TYPE:
                        {
                        this.state = 446;
                        this.match(WatParser.NUM_TYPE);
                        }
                        break;
                    case WatParser.LPAR:
                    case WatParser.REF_SHORTHAND:
                        {
                        this.state = 447;
                        this.refType();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 452;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 455;
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
        this.enterRule(localContext, 40, WatParser.RULE_result);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 457;
            this.match(WatParser.LPAR);
            this.state = 458;
            this.match(WatParser.RESULT);
            this.state = 463;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || _la === 63 || _la === 65) {
                {
                this.state = 461;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 459;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 460;
                    this.refType();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 465;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
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
    public typeUse(): TypeUseContext {
        let localContext = new TypeUseContext(this.context, this.state);
        this.enterRule(localContext, 42, WatParser.RULE_typeUse);
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 473;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 54, this.context) ) {
            case 1:
                {
                this.state = 468;
                this.match(WatParser.LPAR);
                this.state = 469;
                this.match(WatParser.TYPE);
                this.state = 470;
                this.idx();
                this.state = 471;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 478;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 55, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 475;
                    this.param();
                    }
                    }
                }
                this.state = 480;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 55, this.context);
            }
            this.state = 484;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 56, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 481;
                    this.result();
                    }
                    }
                }
                this.state = 486;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 56, this.context);
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
        this.enterRule(localContext, 44, WatParser.RULE_limits);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 488;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 63) {
                {
                this.state = 487;
                this.match(WatParser.NUM_TYPE);
                }
            }

            this.state = 490;
            this.match(WatParser.NAT);
            this.state = 492;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 9) {
                {
                this.state = 491;
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
        this.enterRule(localContext, 46, WatParser.RULE_tableType);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 495;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 41) {
                {
                this.state = 494;
                this.match(WatParser.SHARED);
                }
            }

            this.state = 497;
            this.limits();
            this.state = 498;
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
        this.enterRule(localContext, 48, WatParser.RULE_memoryType);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 500;
            this.limits();
            this.state = 502;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 41) {
                {
                this.state = 501;
                this.match(WatParser.SHARED);
                }
            }

            this.state = 505;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 1) {
                {
                this.state = 504;
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
        this.enterRule(localContext, 50, WatParser.RULE_pageSize);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 507;
            this.match(WatParser.LPAR);
            this.state = 508;
            this.match(WatParser.PAGESIZE);
            this.state = 509;
            this.match(WatParser.NAT);
            this.state = 510;
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
        this.enterRule(localContext, 52, WatParser.RULE_globalType);
        let _la: number;
        try {
            this.state = 531;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 65, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 512;
                this.match(WatParser.NUM_TYPE);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 513;
                this.plainRefType();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 514;
                this.match(WatParser.LPAR);
                this.state = 515;
                this.match(WatParser.MUT);
                this.state = 518;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 516;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 517;
                    this.refType();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 520;
                this.match(WatParser.RPAR);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 521;
                this.match(WatParser.LPAR);
                this.state = 522;
                this.match(WatParser.SHARED);
                this.state = 524;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 32) {
                    {
                    this.state = 523;
                    this.match(WatParser.MUT);
                    }
                }

                this.state = 528;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 526;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 527;
                    this.refType();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 530;
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
    public plainRefType(): PlainRefTypeContext {
        let localContext = new PlainRefTypeContext(this.context, this.state);
        this.enterRule(localContext, 54, WatParser.RULE_plainRefType);
        let _la: number;
        try {
            this.state = 542;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 533;
                this.match(WatParser.REF_SHORTHAND);
                }
                break;
            case WatParser.LPAR:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 534;
                this.match(WatParser.LPAR);
                this.state = 535;
                this.match(WatParser.REF);
                this.state = 537;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 34) {
                    {
                    this.state = 536;
                    this.match(WatParser.NULL);
                    }
                }

                this.state = 539;
                this.heapType();
                this.state = 540;
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
    public importField(): ImportFieldContext {
        let localContext = new ImportFieldContext(this.context, this.state);
        this.enterRule(localContext, 56, WatParser.RULE_importField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 544;
            this.match(WatParser.LPAR);
            this.state = 545;
            this.match(WatParser.IMPORT);
            this.state = 546;
            this.match(WatParser.STRING);
            this.state = 557;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.STRING:
                {
                this.state = 547;
                this.match(WatParser.STRING);
                this.state = 548;
                this.importDesc();
                }
                break;
            case WatParser.LPAR:
                {
                this.state = 550;
                this.errorHandler.sync(this);
                alternative = 1;
                do {
                    switch (alternative) {
                    case 1:
                        {
                        {
                        this.state = 549;
                        this.importItem();
                        }
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    this.state = 552;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 68, this.context);
                } while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER);
                this.state = 555;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 1) {
                    {
                    this.state = 554;
                    this.importDesc();
                    }
                }

                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 559;
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
    public importItem(): ImportItemContext {
        let localContext = new ImportItemContext(this.context, this.state);
        this.enterRule(localContext, 58, WatParser.RULE_importItem);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 561;
            this.match(WatParser.LPAR);
            this.state = 562;
            this.match(WatParser.ITEM);
            this.state = 563;
            this.match(WatParser.STRING);
            this.state = 565;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 1) {
                {
                this.state = 564;
                this.importDesc();
                }
            }

            this.state = 567;
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
        this.enterRule(localContext, 60, WatParser.RULE_importDesc);
        let _la: number;
        try {
            this.state = 612;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 78, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 569;
                this.match(WatParser.LPAR);
                this.state = 570;
                this.match(WatParser.FUNC);
                this.state = 572;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 571;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 576;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 73, this.context) ) {
                case 1:
                    {
                    this.state = 574;
                    this.typeUse();
                    }
                    break;
                case 2:
                    {
                    this.state = 575;
                    this.exactTypeUse();
                    }
                    break;
                }
                this.state = 578;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 580;
                this.match(WatParser.LPAR);
                this.state = 581;
                this.match(WatParser.TABLE);
                this.state = 583;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 582;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 585;
                this.tableType();
                this.state = 586;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 588;
                this.match(WatParser.LPAR);
                this.state = 589;
                this.match(WatParser.MEMORY);
                this.state = 591;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 590;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 593;
                this.memoryType();
                this.state = 594;
                this.match(WatParser.RPAR);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 596;
                this.match(WatParser.LPAR);
                this.state = 597;
                this.match(WatParser.GLOBAL);
                this.state = 599;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 598;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 601;
                this.globalType();
                this.state = 602;
                this.match(WatParser.RPAR);
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 604;
                this.match(WatParser.LPAR);
                this.state = 605;
                this.match(WatParser.TAG);
                this.state = 607;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 606;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 609;
                this.typeUse();
                this.state = 610;
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
        this.enterRule(localContext, 62, WatParser.RULE_inlineImport);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 614;
            this.match(WatParser.LPAR);
            this.state = 615;
            this.match(WatParser.IMPORT);
            this.state = 616;
            this.match(WatParser.STRING);
            this.state = 617;
            this.match(WatParser.STRING);
            this.state = 618;
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
        this.enterRule(localContext, 64, WatParser.RULE_inlineExport);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 620;
            this.match(WatParser.LPAR);
            this.state = 621;
            this.match(WatParser.EXPORT);
            this.state = 622;
            this.match(WatParser.STRING);
            this.state = 623;
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
        this.enterRule(localContext, 66, WatParser.RULE_exportField);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 625;
            this.match(WatParser.LPAR);
            this.state = 626;
            this.match(WatParser.EXPORT);
            this.state = 627;
            this.match(WatParser.STRING);
            this.state = 628;
            this.match(WatParser.LPAR);
            this.state = 629;
            this.exportKind();
            this.state = 630;
            this.idx();
            this.state = 631;
            this.match(WatParser.RPAR);
            this.state = 632;
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
        this.enterRule(localContext, 68, WatParser.RULE_exportKind);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 634;
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
        this.enterRule(localContext, 70, WatParser.RULE_funcField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 636;
            this.match(WatParser.LPAR);
            this.state = 637;
            this.match(WatParser.FUNC);
            this.state = 639;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 638;
                this.match(WatParser.ID);
                }
            }

            this.state = 644;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 80, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 641;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 646;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 80, this.context);
            }
            this.state = 648;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 81, this.context) ) {
            case 1:
                {
                this.state = 647;
                this.inlineImport();
                }
                break;
            }
            this.state = 652;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 82, this.context) ) {
            case 1:
                {
                this.state = 650;
                this.typeUse();
                }
                break;
            case 2:
                {
                this.state = 651;
                this.exactTypeUse();
                }
                break;
            }
            this.state = 657;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 83, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 654;
                    this.local();
                    }
                    }
                }
                this.state = 659;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 83, this.context);
            }
            this.state = 660;
            this.instrList();
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
    public exactTypeUse(): ExactTypeUseContext {
        let localContext = new ExactTypeUseContext(this.context, this.state);
        this.enterRule(localContext, 72, WatParser.RULE_exactTypeUse);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 663;
            this.match(WatParser.LPAR);
            this.state = 664;
            this.match(WatParser.EXACT);
            this.state = 665;
            this.typeUse();
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
    public local(): LocalContext {
        let localContext = new LocalContext(this.context, this.state);
        this.enterRule(localContext, 74, WatParser.RULE_local);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 668;
            this.match(WatParser.LPAR);
            this.state = 669;
            this.match(WatParser.LOCAL);
            this.state = 682;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 670;
                this.match(WatParser.ID);
                this.state = 673;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 671;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 672;
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
                this.state = 679;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 63 || _la === 65) {
                    {
                    this.state = 677;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.NUM_TYPE:
                        {
                        this.state = 675;
                        this.match(WatParser.NUM_TYPE);
                        }
                        break;
                    case WatParser.LPAR:
                    case WatParser.REF_SHORTHAND:
                        {
                        this.state = 676;
                        this.refType();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 681;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 684;
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
        this.enterRule(localContext, 76, WatParser.RULE_tableField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 686;
            this.match(WatParser.LPAR);
            this.state = 687;
            this.match(WatParser.TABLE);
            this.state = 689;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 688;
                this.match(WatParser.ID);
                }
            }

            this.state = 694;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 89, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 691;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 696;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 89, this.context);
            }
            this.state = 698;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 90, this.context) ) {
            case 1:
                {
                this.state = 697;
                this.inlineImport();
                }
                break;
            }
            this.state = 723;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 95, this.context) ) {
            case 1:
                {
                this.state = 700;
                this.tableType();
                this.state = 701;
                this.instrList();
                }
                break;
            case 2:
                {
                this.state = 704;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 41 || _la === 63) {
                    {
                    this.state = 703;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 41 || _la === 63)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    }
                }

                this.state = 706;
                this.refType();
                this.state = 707;
                this.match(WatParser.LPAR);
                this.state = 708;
                this.match(WatParser.ELEM);
                this.state = 719;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                    {
                    this.state = 710;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    do {
                        {
                        {
                        this.state = 709;
                        this.elemItem();
                        }
                        }
                        this.state = 712;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    } while (_la === 1);
                    }
                    break;
                case WatParser.ID:
                case WatParser.NAT:
                    {
                    this.state = 715;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    do {
                        {
                        {
                        this.state = 714;
                        this.idx();
                        }
                        }
                        this.state = 717;
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
                this.state = 721;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 725;
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
        this.enterRule(localContext, 78, WatParser.RULE_memoryField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 727;
            this.match(WatParser.LPAR);
            this.state = 728;
            this.match(WatParser.MEMORY);
            this.state = 730;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 729;
                this.match(WatParser.ID);
                }
            }

            this.state = 735;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 97, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 732;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 737;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 97, this.context);
            }
            this.state = 739;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 98, this.context) ) {
            case 1:
                {
                this.state = 738;
                this.inlineImport();
                }
                break;
            }
            this.state = 757;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 102, this.context) ) {
            case 1:
                {
                this.state = 741;
                this.memoryType();
                }
                break;
            case 2:
                {
                this.state = 743;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 63) {
                    {
                    this.state = 742;
                    this.match(WatParser.NUM_TYPE);
                    }
                }

                this.state = 746;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 100, this.context) ) {
                case 1:
                    {
                    this.state = 745;
                    this.pageSize();
                    }
                    break;
                }
                this.state = 748;
                this.match(WatParser.LPAR);
                this.state = 749;
                this.match(WatParser.DATA);
                this.state = 753;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 7) {
                    {
                    {
                    this.state = 750;
                    this.match(WatParser.STRING);
                    }
                    }
                    this.state = 755;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 756;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 759;
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
        this.enterRule(localContext, 80, WatParser.RULE_globalField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 761;
            this.match(WatParser.LPAR);
            this.state = 762;
            this.match(WatParser.GLOBAL);
            this.state = 764;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 763;
                this.match(WatParser.ID);
                }
            }

            this.state = 769;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 104, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 766;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 771;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 104, this.context);
            }
            this.state = 773;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 105, this.context) ) {
            case 1:
                {
                this.state = 772;
                this.inlineImport();
                }
                break;
            }
            this.state = 775;
            this.globalType();
            this.state = 776;
            this.instrList();
            this.state = 777;
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
        this.enterRule(localContext, 82, WatParser.RULE_tagField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 779;
            this.match(WatParser.LPAR);
            this.state = 780;
            this.match(WatParser.TAG);
            this.state = 782;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 781;
                this.match(WatParser.ID);
                }
            }

            this.state = 787;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 107, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 784;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 789;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 107, this.context);
            }
            this.state = 791;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 108, this.context) ) {
            case 1:
                {
                this.state = 790;
                this.inlineImport();
                }
                break;
            }
            this.state = 793;
            this.typeUse();
            this.state = 794;
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
        this.enterRule(localContext, 84, WatParser.RULE_startField);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 796;
            this.match(WatParser.LPAR);
            this.state = 797;
            this.match(WatParser.START);
            this.state = 798;
            this.idx();
            this.state = 799;
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
        this.enterRule(localContext, 86, WatParser.RULE_elemField);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 801;
            this.match(WatParser.LPAR);
            this.state = 802;
            this.match(WatParser.ELEM);
            this.state = 804;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 803;
                this.match(WatParser.ID);
                }
            }

            this.state = 829;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 113, this.context) ) {
            case 1:
                {
                this.state = 806;
                this.elemList();
                }
                break;
            case 2:
                {
                this.state = 807;
                this.match(WatParser.DECLARE);
                this.state = 808;
                this.elemList();
                }
                break;
            case 3:
                {
                this.state = 809;
                this.match(WatParser.LPAR);
                this.state = 810;
                this.match(WatParser.TABLE);
                this.state = 811;
                this.idx();
                this.state = 812;
                this.match(WatParser.RPAR);
                this.state = 813;
                this.offset();
                this.state = 814;
                this.elemList();
                }
                break;
            case 4:
                {
                this.state = 817;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 9) {
                    {
                    this.state = 816;
                    this.match(WatParser.NAT);
                    }
                }

                this.state = 819;
                this.offset();
                this.state = 827;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                case WatParser.FUNC:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 820;
                    this.elemList();
                    }
                    break;
                case WatParser.RPAR:
                case WatParser.ID:
                case WatParser.NAT:
                    {
                    this.state = 824;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 8 || _la === 9) {
                        {
                        {
                        this.state = 821;
                        this.idx();
                        }
                        }
                        this.state = 826;
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
            this.state = 831;
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
        this.enterRule(localContext, 88, WatParser.RULE_elemList);
        let _la: number;
        try {
            this.state = 847;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.LPAR:
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 833;
                this.refType();
                this.state = 837;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 834;
                    this.elemItem();
                    }
                    }
                    this.state = 839;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case WatParser.FUNC:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 840;
                this.match(WatParser.FUNC);
                this.state = 844;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 8 || _la === 9) {
                    {
                    {
                    this.state = 841;
                    this.idx();
                    }
                    }
                    this.state = 846;
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
        this.enterRule(localContext, 90, WatParser.RULE_elemItem);
        try {
            this.state = 855;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 117, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 849;
                this.match(WatParser.LPAR);
                this.state = 850;
                this.match(WatParser.ITEM);
                this.state = 851;
                this.instrList();
                this.state = 852;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 854;
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
        this.enterRule(localContext, 92, WatParser.RULE_offset);
        try {
            this.state = 863;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 118, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 857;
                this.match(WatParser.LPAR);
                this.state = 858;
                this.match(WatParser.OFFSET);
                this.state = 859;
                this.instrList();
                this.state = 860;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 862;
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
        this.enterRule(localContext, 94, WatParser.RULE_dataField);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 865;
            this.match(WatParser.LPAR);
            this.state = 866;
            this.match(WatParser.DATA);
            this.state = 868;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 867;
                this.match(WatParser.ID);
                }
            }

            this.state = 879;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 1 || _la === 9) {
                {
                this.state = 876;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 120, this.context) ) {
                case 1:
                    {
                    this.state = 870;
                    this.match(WatParser.LPAR);
                    this.state = 871;
                    this.match(WatParser.MEMORY);
                    this.state = 872;
                    this.idx();
                    this.state = 873;
                    this.match(WatParser.RPAR);
                    }
                    break;
                case 2:
                    {
                    this.state = 875;
                    this.match(WatParser.NAT);
                    }
                    break;
                }
                this.state = 878;
                this.offset();
                }
            }

            this.state = 884;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 7) {
                {
                {
                this.state = 881;
                this.match(WatParser.STRING);
                }
                }
                this.state = 886;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 887;
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
        this.enterRule(localContext, 96, WatParser.RULE_instrList);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 952;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || ((((_la - 46)) & ~0x1F) === 0 && ((1 << (_la - 46)) & 2147494647) !== 0)) {
                {
                this.state = 950;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.KEYWORD:
                    {
                    this.state = 889;
                    this.match(WatParser.KEYWORD);
                    this.state = 921;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 124, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            this.state = 919;
                            this.errorHandler.sync(this);
                            switch (this.interpreter.adaptivePredict(this.tokenStream, 123, this.context) ) {
                            case 1:
                                {
                                this.state = 890;
                                this.match(WatParser.NAT);
                                }
                                break;
                            case 2:
                                {
                                this.state = 891;
                                this.match(WatParser.INT);
                                }
                                break;
                            case 3:
                                {
                                this.state = 892;
                                this.match(WatParser.FLOAT);
                                }
                                break;
                            case 4:
                                {
                                this.state = 893;
                                this.match(WatParser.ID);
                                }
                                break;
                            case 5:
                                {
                                this.state = 894;
                                this.match(WatParser.MEM_OFFSET);
                                }
                                break;
                            case 6:
                                {
                                this.state = 895;
                                this.match(WatParser.MEM_ALIGN);
                                }
                                break;
                            case 7:
                                {
                                this.state = 896;
                                this.match(WatParser.SHAPE);
                                }
                                break;
                            case 8:
                                {
                                this.state = 897;
                                this.match(WatParser.FUNC);
                                }
                                break;
                            case 9:
                                {
                                this.state = 898;
                                this.match(WatParser.STRUCT);
                                }
                                break;
                            case 10:
                                {
                                this.state = 899;
                                this.match(WatParser.ARRAY);
                                }
                                break;
                            case 11:
                                {
                                this.state = 900;
                                this.match(WatParser.CONT);
                                }
                                break;
                            case 12:
                                {
                                this.state = 901;
                                this.match(WatParser.HEAP_TYPE);
                                }
                                break;
                            case 13:
                                {
                                this.state = 902;
                                this.match(WatParser.NULL);
                                }
                                break;
                            case 14:
                                {
                                this.state = 903;
                                this.match(WatParser.LPAR);
                                this.state = 904;
                                this.match(WatParser.TYPE);
                                this.state = 905;
                                this.idx();
                                this.state = 906;
                                this.match(WatParser.RPAR);
                                }
                                break;
                            case 15:
                                {
                                this.state = 908;
                                this.match(WatParser.LPAR);
                                this.state = 909;
                                this.match(WatParser.EXACT);
                                this.state = 910;
                                this.idx();
                                this.state = 911;
                                this.match(WatParser.RPAR);
                                }
                                break;
                            case 16:
                                {
                                this.state = 913;
                                this.sharedHeapType();
                                }
                                break;
                            case 17:
                                {
                                this.state = 914;
                                this.match(WatParser.MEMORY_ORDER);
                                }
                                break;
                            case 18:
                                {
                                this.state = 915;
                                this.param();
                                }
                                break;
                            case 19:
                                {
                                this.state = 916;
                                this.result();
                                }
                                break;
                            case 20:
                                {
                                this.state = 917;
                                this.refType();
                                }
                                break;
                            case 21:
                                {
                                this.state = 918;
                                this.onClause();
                                }
                                break;
                            }
                            }
                        }
                        this.state = 923;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 124, this.context);
                    }
                    }
                    break;
                case WatParser.BLOCK:
                case WatParser.LOOP:
                case WatParser.IF:
                case WatParser.TRY:
                    {
                    this.state = 924;
                    _la = this.tokenStream.LA(1);
                    if(!(((((_la - 46)) & ~0x1F) === 0 && ((1 << (_la - 46)) & 135) !== 0))) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 926;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 925;
                        this.match(WatParser.ID);
                        }
                    }

                    this.state = 928;
                    this.typeUse();
                    }
                    break;
                case WatParser.TRY_TABLE:
                    {
                    this.state = 929;
                    this.match(WatParser.TRY_TABLE);
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
                    this.state = 937;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 127, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            {
                            this.state = 934;
                            this.catchClause();
                            }
                            }
                        }
                        this.state = 939;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 127, this.context);
                    }
                    }
                    break;
                case WatParser.ELSE:
                case WatParser.END:
                    {
                    this.state = 940;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 50 || _la === 51)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 942;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 941;
                        this.match(WatParser.ID);
                        }
                    }

                    }
                    break;
                case WatParser.CATCH:
                    {
                    this.state = 944;
                    this.match(WatParser.CATCH);
                    this.state = 945;
                    this.idx();
                    }
                    break;
                case WatParser.CATCH_ALL:
                    {
                    this.state = 946;
                    this.match(WatParser.CATCH_ALL);
                    }
                    break;
                case WatParser.DELEGATE:
                    {
                    this.state = 947;
                    this.match(WatParser.DELEGATE);
                    this.state = 948;
                    this.idx();
                    }
                    break;
                case WatParser.LPAR:
                    {
                    this.state = 949;
                    this.foldedInstr();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 954;
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
        this.enterRule(localContext, 98, WatParser.RULE_catchClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 955;
            this.match(WatParser.LPAR);
            this.state = 968;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.CATCH:
                {
                this.state = 956;
                this.match(WatParser.CATCH);
                this.state = 957;
                this.idx();
                this.state = 958;
                this.idx();
                }
                break;
            case WatParser.CATCH_REF:
                {
                this.state = 960;
                this.match(WatParser.CATCH_REF);
                this.state = 961;
                this.idx();
                this.state = 962;
                this.idx();
                }
                break;
            case WatParser.CATCH_ALL:
                {
                this.state = 964;
                this.match(WatParser.CATCH_ALL);
                this.state = 965;
                this.idx();
                }
                break;
            case WatParser.CATCH_ALL_REF:
                {
                this.state = 966;
                this.match(WatParser.CATCH_ALL_REF);
                this.state = 967;
                this.idx();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 970;
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
    public onClause(): OnClauseContext {
        let localContext = new OnClauseContext(this.context, this.state);
        this.enterRule(localContext, 100, WatParser.RULE_onClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 972;
            this.match(WatParser.LPAR);
            this.state = 973;
            this.match(WatParser.ON);
            this.state = 974;
            this.idx();
            this.state = 977;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
            case WatParser.NAT:
                {
                this.state = 975;
                this.idx();
                }
                break;
            case WatParser.KEYWORD:
                {
                this.state = 976;
                this.match(WatParser.KEYWORD);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 979;
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
        this.enterRule(localContext, 102, WatParser.RULE_foldedInstr);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 981;
            this.match(WatParser.LPAR);
            this.state = 1097;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.KEYWORD:
                {
                this.state = 982;
                this.match(WatParser.KEYWORD);
                this.state = 1014;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 134, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        this.state = 1012;
                        this.errorHandler.sync(this);
                        switch (this.interpreter.adaptivePredict(this.tokenStream, 133, this.context) ) {
                        case 1:
                            {
                            this.state = 983;
                            this.match(WatParser.NAT);
                            }
                            break;
                        case 2:
                            {
                            this.state = 984;
                            this.match(WatParser.INT);
                            }
                            break;
                        case 3:
                            {
                            this.state = 985;
                            this.match(WatParser.FLOAT);
                            }
                            break;
                        case 4:
                            {
                            this.state = 986;
                            this.match(WatParser.ID);
                            }
                            break;
                        case 5:
                            {
                            this.state = 987;
                            this.match(WatParser.MEM_OFFSET);
                            }
                            break;
                        case 6:
                            {
                            this.state = 988;
                            this.match(WatParser.MEM_ALIGN);
                            }
                            break;
                        case 7:
                            {
                            this.state = 989;
                            this.match(WatParser.SHAPE);
                            }
                            break;
                        case 8:
                            {
                            this.state = 990;
                            this.match(WatParser.FUNC);
                            }
                            break;
                        case 9:
                            {
                            this.state = 991;
                            this.match(WatParser.STRUCT);
                            }
                            break;
                        case 10:
                            {
                            this.state = 992;
                            this.match(WatParser.ARRAY);
                            }
                            break;
                        case 11:
                            {
                            this.state = 993;
                            this.match(WatParser.CONT);
                            }
                            break;
                        case 12:
                            {
                            this.state = 994;
                            this.match(WatParser.HEAP_TYPE);
                            }
                            break;
                        case 13:
                            {
                            this.state = 995;
                            this.match(WatParser.NULL);
                            }
                            break;
                        case 14:
                            {
                            this.state = 996;
                            this.match(WatParser.LPAR);
                            this.state = 997;
                            this.match(WatParser.TYPE);
                            this.state = 998;
                            this.idx();
                            this.state = 999;
                            this.match(WatParser.RPAR);
                            }
                            break;
                        case 15:
                            {
                            this.state = 1001;
                            this.match(WatParser.LPAR);
                            this.state = 1002;
                            this.match(WatParser.EXACT);
                            this.state = 1003;
                            this.idx();
                            this.state = 1004;
                            this.match(WatParser.RPAR);
                            }
                            break;
                        case 16:
                            {
                            this.state = 1006;
                            this.sharedHeapType();
                            }
                            break;
                        case 17:
                            {
                            this.state = 1007;
                            this.match(WatParser.MEMORY_ORDER);
                            }
                            break;
                        case 18:
                            {
                            this.state = 1008;
                            this.param();
                            }
                            break;
                        case 19:
                            {
                            this.state = 1009;
                            this.result();
                            }
                            break;
                        case 20:
                            {
                            this.state = 1010;
                            this.refType();
                            }
                            break;
                        case 21:
                            {
                            this.state = 1011;
                            this.onClause();
                            }
                            break;
                        }
                        }
                    }
                    this.state = 1016;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 134, this.context);
                }
                this.state = 1020;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 1017;
                    this.foldedInstr();
                    }
                    }
                    this.state = 1022;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1023;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.BLOCK:
            case WatParser.LOOP:
                {
                this.state = 1024;
                _la = this.tokenStream.LA(1);
                if(!(_la === 46 || _la === 47)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1026;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 1025;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 1028;
                this.typeUse();
                this.state = 1029;
                this.instrList();
                this.state = 1030;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.IF:
                {
                this.state = 1032;
                this.match(WatParser.IF);
                this.state = 1034;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 1033;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 1036;
                this.typeUse();
                this.state = 1040;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 138, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 1037;
                        this.foldedInstr();
                        }
                        }
                    }
                    this.state = 1042;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 138, this.context);
                }
                this.state = 1043;
                this.match(WatParser.LPAR);
                this.state = 1044;
                this.match(WatParser.THEN);
                this.state = 1045;
                this.instrList();
                this.state = 1046;
                this.match(WatParser.RPAR);
                this.state = 1052;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 1) {
                    {
                    this.state = 1047;
                    this.match(WatParser.LPAR);
                    this.state = 1048;
                    this.match(WatParser.ELSE);
                    this.state = 1049;
                    this.instrList();
                    this.state = 1050;
                    this.match(WatParser.RPAR);
                    }
                }

                this.state = 1054;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.TRY_TABLE:
                {
                this.state = 1056;
                this.match(WatParser.TRY_TABLE);
                this.state = 1058;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 1057;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 1060;
                this.typeUse();
                this.state = 1064;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 141, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 1061;
                        this.catchClause();
                        }
                        }
                    }
                    this.state = 1066;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 141, this.context);
                }
                this.state = 1067;
                this.instrList();
                this.state = 1068;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.TRY:
                {
                this.state = 1070;
                this.match(WatParser.TRY);
                this.state = 1072;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 1071;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 1074;
                this.typeUse();
                this.state = 1075;
                this.match(WatParser.LPAR);
                this.state = 1076;
                this.match(WatParser.DO);
                this.state = 1077;
                this.instrList();
                this.state = 1078;
                this.match(WatParser.RPAR);
                this.state = 1093;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 145, this.context) ) {
                case 1:
                    {
                    this.state = 1082;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 143, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            {
                            this.state = 1079;
                            this.foldedCatch();
                            }
                            }
                        }
                        this.state = 1084;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 143, this.context);
                    }
                    this.state = 1086;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 1) {
                        {
                        this.state = 1085;
                        this.foldedCatchAll();
                        }
                    }

                    }
                    break;
                case 2:
                    {
                    this.state = 1088;
                    this.match(WatParser.LPAR);
                    this.state = 1089;
                    this.match(WatParser.DELEGATE);
                    this.state = 1090;
                    this.idx();
                    this.state = 1091;
                    this.match(WatParser.RPAR);
                    }
                    break;
                }
                this.state = 1095;
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
        this.enterRule(localContext, 104, WatParser.RULE_foldedCatch);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1099;
            this.match(WatParser.LPAR);
            this.state = 1100;
            this.match(WatParser.CATCH);
            this.state = 1101;
            this.idx();
            this.state = 1102;
            this.instrList();
            this.state = 1103;
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
        this.enterRule(localContext, 106, WatParser.RULE_foldedCatchAll);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1105;
            this.match(WatParser.LPAR);
            this.state = 1106;
            this.match(WatParser.CATCH_ALL);
            this.state = 1107;
            this.instrList();
            this.state = 1108;
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
        4,1,78,1111,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,
        7,6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,
        13,2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,7,19,2,
        20,7,20,2,21,7,21,2,22,7,22,2,23,7,23,2,24,7,24,2,25,7,25,2,26,7,
        26,2,27,7,27,2,28,7,28,2,29,7,29,2,30,7,30,2,31,7,31,2,32,7,32,2,
        33,7,33,2,34,7,34,2,35,7,35,2,36,7,36,2,37,7,37,2,38,7,38,2,39,7,
        39,2,40,7,40,2,41,7,41,2,42,7,42,2,43,7,43,2,44,7,44,2,45,7,45,2,
        46,7,46,2,47,7,47,2,48,7,48,2,49,7,49,2,50,7,50,2,51,7,51,2,52,7,
        52,2,53,7,53,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,4,0,
        121,8,0,11,0,12,0,122,1,0,1,0,1,0,5,0,128,8,0,10,0,12,0,131,9,0,
        1,0,3,0,134,8,0,1,1,1,1,1,1,1,1,3,1,140,8,1,1,1,3,1,143,8,1,1,1,
        1,1,1,1,1,1,1,1,3,1,150,8,1,1,1,1,1,1,1,1,1,1,1,1,1,3,1,158,8,1,
        1,1,1,1,5,1,162,8,1,10,1,12,1,165,9,1,1,1,1,1,1,1,1,1,1,1,5,1,172,
        8,1,10,1,12,1,175,9,1,1,1,3,1,178,8,1,1,2,1,2,1,2,3,2,183,8,2,1,
        2,3,2,186,8,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,5,
        2,200,8,2,10,2,12,2,203,9,2,1,2,1,2,5,2,207,8,2,10,2,12,2,210,9,
        2,3,2,212,8,2,1,2,1,2,1,2,1,2,1,2,3,2,219,8,2,1,2,3,2,222,8,2,1,
        2,3,2,225,8,2,1,3,1,3,1,3,3,3,230,8,3,1,3,1,3,5,3,234,8,3,10,3,12,
        3,237,9,3,1,3,1,3,1,3,1,3,3,3,243,8,3,1,3,1,3,3,3,247,8,3,1,4,1,
        4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,5,4,265,
        8,4,10,4,12,4,268,9,4,1,4,1,4,1,5,1,5,5,5,274,8,5,10,5,12,5,277,
        9,5,1,5,1,5,3,5,281,8,5,1,6,1,6,1,6,3,6,286,8,6,1,6,1,6,1,6,1,7,
        1,7,1,7,5,7,294,8,7,10,7,12,7,297,9,7,1,7,1,7,1,8,1,8,1,8,3,8,304,
        8,8,1,8,5,8,307,8,8,10,8,12,8,310,9,8,1,8,1,8,1,8,1,8,3,8,316,8,
        8,1,9,1,9,1,9,1,9,1,9,3,9,323,8,9,1,9,1,9,1,9,1,9,1,9,3,9,330,8,
        9,1,9,1,9,3,9,334,8,9,1,10,1,10,1,10,1,10,1,10,1,11,1,11,1,11,5,
        11,344,8,11,10,11,12,11,347,9,11,1,11,5,11,350,8,11,10,11,12,11,
        353,9,11,1,11,1,11,1,11,1,11,5,11,359,8,11,10,11,12,11,362,9,11,
        1,11,1,11,1,11,1,11,1,11,1,11,1,11,1,11,1,11,1,11,1,11,3,11,375,
        8,11,1,12,1,12,1,12,1,12,1,12,5,12,382,8,12,10,12,12,12,385,9,12,
        3,12,387,8,12,1,12,1,12,1,13,1,13,1,13,1,13,1,13,1,13,3,13,397,8,
        13,1,14,1,14,1,14,3,14,402,8,14,1,15,1,15,1,15,1,15,3,15,408,8,15,
        1,15,1,15,1,15,1,15,1,15,1,15,1,15,3,15,417,8,15,1,16,1,16,1,16,
        1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,1,16,3,16,431,8,16,1,17,
        1,17,1,17,1,17,1,17,1,18,1,18,1,19,1,19,1,19,1,19,1,19,3,19,445,
        8,19,1,19,1,19,5,19,449,8,19,10,19,12,19,452,9,19,3,19,454,8,19,
        1,19,1,19,1,20,1,20,1,20,1,20,5,20,462,8,20,10,20,12,20,465,9,20,
        1,20,1,20,1,21,1,21,1,21,1,21,1,21,3,21,474,8,21,1,21,5,21,477,8,
        21,10,21,12,21,480,9,21,1,21,5,21,483,8,21,10,21,12,21,486,9,21,
        1,22,3,22,489,8,22,1,22,1,22,3,22,493,8,22,1,23,3,23,496,8,23,1,
        23,1,23,1,23,1,24,1,24,3,24,503,8,24,1,24,3,24,506,8,24,1,25,1,25,
        1,25,1,25,1,25,1,26,1,26,1,26,1,26,1,26,1,26,3,26,519,8,26,1,26,
        1,26,1,26,1,26,3,26,525,8,26,1,26,1,26,3,26,529,8,26,1,26,3,26,532,
        8,26,1,27,1,27,1,27,1,27,3,27,538,8,27,1,27,1,27,1,27,3,27,543,8,
        27,1,28,1,28,1,28,1,28,1,28,1,28,4,28,551,8,28,11,28,12,28,552,1,
        28,3,28,556,8,28,3,28,558,8,28,1,28,1,28,1,29,1,29,1,29,1,29,3,29,
        566,8,29,1,29,1,29,1,30,1,30,1,30,3,30,573,8,30,1,30,1,30,3,30,577,
        8,30,1,30,1,30,1,30,1,30,1,30,3,30,584,8,30,1,30,1,30,1,30,1,30,
        1,30,1,30,3,30,592,8,30,1,30,1,30,1,30,1,30,1,30,1,30,3,30,600,8,
        30,1,30,1,30,1,30,1,30,1,30,1,30,3,30,608,8,30,1,30,1,30,1,30,3,
        30,613,8,30,1,31,1,31,1,31,1,31,1,31,1,31,1,32,1,32,1,32,1,32,1,
        32,1,33,1,33,1,33,1,33,1,33,1,33,1,33,1,33,1,33,1,34,1,34,1,35,1,
        35,1,35,3,35,640,8,35,1,35,5,35,643,8,35,10,35,12,35,646,9,35,1,
        35,3,35,649,8,35,1,35,1,35,3,35,653,8,35,1,35,5,35,656,8,35,10,35,
        12,35,659,9,35,1,35,1,35,1,35,1,36,1,36,1,36,1,36,1,36,1,37,1,37,
        1,37,1,37,1,37,3,37,674,8,37,1,37,1,37,5,37,678,8,37,10,37,12,37,
        681,9,37,3,37,683,8,37,1,37,1,37,1,38,1,38,1,38,3,38,690,8,38,1,
        38,5,38,693,8,38,10,38,12,38,696,9,38,1,38,3,38,699,8,38,1,38,1,
        38,1,38,1,38,3,38,705,8,38,1,38,1,38,1,38,1,38,4,38,711,8,38,11,
        38,12,38,712,1,38,4,38,716,8,38,11,38,12,38,717,3,38,720,8,38,1,
        38,1,38,3,38,724,8,38,1,38,1,38,1,39,1,39,1,39,3,39,731,8,39,1,39,
        5,39,734,8,39,10,39,12,39,737,9,39,1,39,3,39,740,8,39,1,39,1,39,
        3,39,744,8,39,1,39,3,39,747,8,39,1,39,1,39,1,39,5,39,752,8,39,10,
        39,12,39,755,9,39,1,39,3,39,758,8,39,1,39,1,39,1,40,1,40,1,40,3,
        40,765,8,40,1,40,5,40,768,8,40,10,40,12,40,771,9,40,1,40,3,40,774,
        8,40,1,40,1,40,1,40,1,40,1,41,1,41,1,41,3,41,783,8,41,1,41,5,41,
        786,8,41,10,41,12,41,789,9,41,1,41,3,41,792,8,41,1,41,1,41,1,41,
        1,42,1,42,1,42,1,42,1,42,1,43,1,43,1,43,3,43,805,8,43,1,43,1,43,
        1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,3,43,818,8,43,1,43,
        1,43,1,43,5,43,823,8,43,10,43,12,43,826,9,43,3,43,828,8,43,3,43,
        830,8,43,1,43,1,43,1,44,1,44,5,44,836,8,44,10,44,12,44,839,9,44,
        1,44,1,44,5,44,843,8,44,10,44,12,44,846,9,44,3,44,848,8,44,1,45,
        1,45,1,45,1,45,1,45,1,45,3,45,856,8,45,1,46,1,46,1,46,1,46,1,46,
        1,46,3,46,864,8,46,1,47,1,47,1,47,3,47,869,8,47,1,47,1,47,1,47,1,
        47,1,47,1,47,3,47,877,8,47,1,47,3,47,880,8,47,1,47,5,47,883,8,47,
        10,47,12,47,886,9,47,1,47,1,47,1,48,1,48,1,48,1,48,1,48,1,48,1,48,
        1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,
        1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,5,48,920,8,48,
        10,48,12,48,923,9,48,1,48,1,48,3,48,927,8,48,1,48,1,48,1,48,3,48,
        932,8,48,1,48,1,48,5,48,936,8,48,10,48,12,48,939,9,48,1,48,1,48,
        3,48,943,8,48,1,48,1,48,1,48,1,48,1,48,1,48,5,48,951,8,48,10,48,
        12,48,954,9,48,1,49,1,49,1,49,1,49,1,49,1,49,1,49,1,49,1,49,1,49,
        1,49,1,49,1,49,3,49,969,8,49,1,49,1,49,1,50,1,50,1,50,1,50,1,50,
        3,50,978,8,50,1,50,1,50,1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,
        1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,
        1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,5,51,1013,8,51,
        10,51,12,51,1016,9,51,1,51,5,51,1019,8,51,10,51,12,51,1022,9,51,
        1,51,1,51,1,51,3,51,1027,8,51,1,51,1,51,1,51,1,51,1,51,1,51,3,51,
        1035,8,51,1,51,1,51,5,51,1039,8,51,10,51,12,51,1042,9,51,1,51,1,
        51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,3,51,1053,8,51,1,51,1,51,1,
        51,1,51,3,51,1059,8,51,1,51,1,51,5,51,1063,8,51,10,51,12,51,1066,
        9,51,1,51,1,51,1,51,1,51,1,51,3,51,1073,8,51,1,51,1,51,1,51,1,51,
        1,51,1,51,5,51,1081,8,51,10,51,12,51,1084,9,51,1,51,3,51,1087,8,
        51,1,51,1,51,1,51,1,51,1,51,3,51,1094,8,51,1,51,1,51,3,51,1098,8,
        51,1,52,1,52,1,52,1,52,1,52,1,52,1,53,1,53,1,53,1,53,1,53,1,53,0,
        0,54,0,2,4,6,8,10,12,14,16,18,20,22,24,26,28,30,32,34,36,38,40,42,
        44,46,48,50,52,54,56,58,60,62,64,66,68,70,72,74,76,78,80,82,84,86,
        88,90,92,94,96,98,100,102,104,106,0,10,1,0,68,69,2,0,75,75,77,77,
        1,0,1,2,4,0,16,16,38,39,60,60,66,66,1,0,8,9,2,0,16,16,20,23,2,0,
        41,41,63,63,2,0,46,48,53,53,1,0,50,51,1,0,46,47,1307,0,133,1,0,0,
        0,2,177,1,0,0,0,4,224,1,0,0,0,6,246,1,0,0,0,8,248,1,0,0,0,10,280,
        1,0,0,0,12,282,1,0,0,0,14,290,1,0,0,0,16,315,1,0,0,0,18,322,1,0,
        0,0,20,335,1,0,0,0,22,374,1,0,0,0,24,376,1,0,0,0,26,396,1,0,0,0,
        28,401,1,0,0,0,30,416,1,0,0,0,32,430,1,0,0,0,34,432,1,0,0,0,36,437,
        1,0,0,0,38,439,1,0,0,0,40,457,1,0,0,0,42,473,1,0,0,0,44,488,1,0,
        0,0,46,495,1,0,0,0,48,500,1,0,0,0,50,507,1,0,0,0,52,531,1,0,0,0,
        54,542,1,0,0,0,56,544,1,0,0,0,58,561,1,0,0,0,60,612,1,0,0,0,62,614,
        1,0,0,0,64,620,1,0,0,0,66,625,1,0,0,0,68,634,1,0,0,0,70,636,1,0,
        0,0,72,663,1,0,0,0,74,668,1,0,0,0,76,686,1,0,0,0,78,727,1,0,0,0,
        80,761,1,0,0,0,82,779,1,0,0,0,84,796,1,0,0,0,86,801,1,0,0,0,88,847,
        1,0,0,0,90,855,1,0,0,0,92,863,1,0,0,0,94,865,1,0,0,0,96,952,1,0,
        0,0,98,955,1,0,0,0,100,972,1,0,0,0,102,981,1,0,0,0,104,1099,1,0,
        0,0,106,1105,1,0,0,0,108,121,3,12,6,0,109,121,3,14,7,0,110,121,3,
        56,28,0,111,121,3,70,35,0,112,121,3,76,38,0,113,121,3,78,39,0,114,
        121,3,80,40,0,115,121,3,66,33,0,116,121,3,84,42,0,117,121,3,86,43,
        0,118,121,3,94,47,0,119,121,3,82,41,0,120,108,1,0,0,0,120,109,1,
        0,0,0,120,110,1,0,0,0,120,111,1,0,0,0,120,112,1,0,0,0,120,113,1,
        0,0,0,120,114,1,0,0,0,120,115,1,0,0,0,120,116,1,0,0,0,120,117,1,
        0,0,0,120,118,1,0,0,0,120,119,1,0,0,0,121,122,1,0,0,0,122,120,1,
        0,0,0,122,123,1,0,0,0,123,124,1,0,0,0,124,125,5,0,0,1,125,134,1,
        0,0,0,126,128,3,2,1,0,127,126,1,0,0,0,128,131,1,0,0,0,129,127,1,
        0,0,0,129,130,1,0,0,0,130,132,1,0,0,0,131,129,1,0,0,0,132,134,5,
        0,0,1,133,120,1,0,0,0,133,129,1,0,0,0,134,1,1,0,0,0,135,178,3,4,
        2,0,136,137,5,1,0,0,137,139,5,71,0,0,138,140,5,8,0,0,139,138,1,0,
        0,0,139,140,1,0,0,0,140,142,1,0,0,0,141,143,5,8,0,0,142,141,1,0,
        0,0,142,143,1,0,0,0,143,144,1,0,0,0,144,178,5,2,0,0,145,146,5,1,
        0,0,146,147,5,72,0,0,147,149,5,7,0,0,148,150,5,8,0,0,149,148,1,0,
        0,0,149,150,1,0,0,0,150,151,1,0,0,0,151,178,5,2,0,0,152,178,3,6,
        3,0,153,154,5,1,0,0,154,157,5,76,0,0,155,158,3,6,3,0,156,158,3,4,
        2,0,157,155,1,0,0,0,157,156,1,0,0,0,158,163,1,0,0,0,159,162,3,8,
        4,0,160,162,5,7,0,0,161,159,1,0,0,0,161,160,1,0,0,0,162,165,1,0,
        0,0,163,161,1,0,0,0,163,164,1,0,0,0,164,166,1,0,0,0,165,163,1,0,
        0,0,166,167,5,2,0,0,167,178,1,0,0,0,168,169,5,1,0,0,169,173,5,77,
        0,0,170,172,3,10,5,0,171,170,1,0,0,0,172,175,1,0,0,0,173,171,1,0,
        0,0,173,174,1,0,0,0,174,176,1,0,0,0,175,173,1,0,0,0,176,178,5,2,
        0,0,177,135,1,0,0,0,177,136,1,0,0,0,177,145,1,0,0,0,177,152,1,0,
        0,0,177,153,1,0,0,0,177,168,1,0,0,0,178,3,1,0,0,0,179,180,5,1,0,
        0,180,182,5,14,0,0,181,183,5,70,0,0,182,181,1,0,0,0,182,183,1,0,
        0,0,183,185,1,0,0,0,184,186,5,8,0,0,185,184,1,0,0,0,185,186,1,0,
        0,0,186,211,1,0,0,0,187,200,3,12,6,0,188,200,3,14,7,0,189,200,3,
        56,28,0,190,200,3,70,35,0,191,200,3,76,38,0,192,200,3,78,39,0,193,
        200,3,80,40,0,194,200,3,66,33,0,195,200,3,84,42,0,196,200,3,86,43,
        0,197,200,3,94,47,0,198,200,3,82,41,0,199,187,1,0,0,0,199,188,1,
        0,0,0,199,189,1,0,0,0,199,190,1,0,0,0,199,191,1,0,0,0,199,192,1,
        0,0,0,199,193,1,0,0,0,199,194,1,0,0,0,199,195,1,0,0,0,199,196,1,
        0,0,0,199,197,1,0,0,0,199,198,1,0,0,0,200,203,1,0,0,0,201,199,1,
        0,0,0,201,202,1,0,0,0,202,212,1,0,0,0,203,201,1,0,0,0,204,208,7,
        0,0,0,205,207,5,7,0,0,206,205,1,0,0,0,207,210,1,0,0,0,208,206,1,
        0,0,0,208,209,1,0,0,0,209,212,1,0,0,0,210,208,1,0,0,0,211,201,1,
        0,0,0,211,204,1,0,0,0,212,213,1,0,0,0,213,225,5,2,0,0,214,215,5,
        1,0,0,215,216,5,14,0,0,216,218,5,71,0,0,217,219,5,8,0,0,218,217,
        1,0,0,0,218,219,1,0,0,0,219,221,1,0,0,0,220,222,5,8,0,0,221,220,
        1,0,0,0,221,222,1,0,0,0,222,223,1,0,0,0,223,225,5,2,0,0,224,179,
        1,0,0,0,224,214,1,0,0,0,225,5,1,0,0,0,226,227,5,1,0,0,227,229,5,
        73,0,0,228,230,5,8,0,0,229,228,1,0,0,0,229,230,1,0,0,0,230,231,1,
        0,0,0,231,235,5,7,0,0,232,234,3,8,4,0,233,232,1,0,0,0,234,237,1,
        0,0,0,235,233,1,0,0,0,235,236,1,0,0,0,236,238,1,0,0,0,237,235,1,
        0,0,0,238,247,5,2,0,0,239,240,5,1,0,0,240,242,5,74,0,0,241,243,5,
        8,0,0,242,241,1,0,0,0,242,243,1,0,0,0,243,244,1,0,0,0,244,245,5,
        7,0,0,245,247,5,2,0,0,246,226,1,0,0,0,246,239,1,0,0,0,247,7,1,0,
        0,0,248,249,5,1,0,0,249,266,7,1,0,0,250,265,5,9,0,0,251,265,5,10,
        0,0,252,265,5,11,0,0,253,265,5,77,0,0,254,265,5,78,0,0,255,265,5,
        67,0,0,256,265,5,16,0,0,257,265,5,38,0,0,258,265,5,39,0,0,259,265,
        5,60,0,0,260,265,5,66,0,0,261,265,5,8,0,0,262,265,5,34,0,0,263,265,
        3,8,4,0,264,250,1,0,0,0,264,251,1,0,0,0,264,252,1,0,0,0,264,253,
        1,0,0,0,264,254,1,0,0,0,264,255,1,0,0,0,264,256,1,0,0,0,264,257,
        1,0,0,0,264,258,1,0,0,0,264,259,1,0,0,0,264,260,1,0,0,0,264,261,
        1,0,0,0,264,262,1,0,0,0,264,263,1,0,0,0,265,268,1,0,0,0,266,264,
        1,0,0,0,266,267,1,0,0,0,267,269,1,0,0,0,268,266,1,0,0,0,269,270,
        5,2,0,0,270,9,1,0,0,0,271,275,5,1,0,0,272,274,3,10,5,0,273,272,1,
        0,0,0,274,277,1,0,0,0,275,273,1,0,0,0,275,276,1,0,0,0,276,278,1,
        0,0,0,277,275,1,0,0,0,278,281,5,2,0,0,279,281,8,2,0,0,280,271,1,
        0,0,0,280,279,1,0,0,0,281,11,1,0,0,0,282,283,5,1,0,0,283,285,5,15,
        0,0,284,286,5,8,0,0,285,284,1,0,0,0,285,286,1,0,0,0,286,287,1,0,
        0,0,287,288,3,16,8,0,288,289,5,2,0,0,289,13,1,0,0,0,290,291,5,1,
        0,0,291,295,5,37,0,0,292,294,3,12,6,0,293,292,1,0,0,0,294,297,1,
        0,0,0,295,293,1,0,0,0,295,296,1,0,0,0,296,298,1,0,0,0,297,295,1,
        0,0,0,298,299,5,2,0,0,299,15,1,0,0,0,300,301,5,1,0,0,301,303,5,35,
        0,0,302,304,5,36,0,0,303,302,1,0,0,0,303,304,1,0,0,0,304,308,1,0,
        0,0,305,307,3,36,18,0,306,305,1,0,0,0,307,310,1,0,0,0,308,306,1,
        0,0,0,308,309,1,0,0,0,309,311,1,0,0,0,310,308,1,0,0,0,311,312,3,
        18,9,0,312,313,5,2,0,0,313,316,1,0,0,0,314,316,3,18,9,0,315,300,
        1,0,0,0,315,314,1,0,0,0,316,17,1,0,0,0,317,318,5,1,0,0,318,319,5,
        43,0,0,319,320,3,36,18,0,320,321,5,2,0,0,321,323,1,0,0,0,322,317,
        1,0,0,0,322,323,1,0,0,0,323,329,1,0,0,0,324,325,5,1,0,0,325,326,
        5,44,0,0,326,327,3,36,18,0,327,328,5,2,0,0,328,330,1,0,0,0,329,324,
        1,0,0,0,329,330,1,0,0,0,330,333,1,0,0,0,331,334,3,22,11,0,332,334,
        3,20,10,0,333,331,1,0,0,0,333,332,1,0,0,0,334,19,1,0,0,0,335,336,
        5,1,0,0,336,337,5,41,0,0,337,338,3,22,11,0,338,339,5,2,0,0,339,21,
        1,0,0,0,340,341,5,1,0,0,341,345,5,16,0,0,342,344,3,38,19,0,343,342,
        1,0,0,0,344,347,1,0,0,0,345,343,1,0,0,0,345,346,1,0,0,0,346,351,
        1,0,0,0,347,345,1,0,0,0,348,350,3,40,20,0,349,348,1,0,0,0,350,353,
        1,0,0,0,351,349,1,0,0,0,351,352,1,0,0,0,352,354,1,0,0,0,353,351,
        1,0,0,0,354,375,5,2,0,0,355,356,5,1,0,0,356,360,5,38,0,0,357,359,
        3,24,12,0,358,357,1,0,0,0,359,362,1,0,0,0,360,358,1,0,0,0,360,361,
        1,0,0,0,361,363,1,0,0,0,362,360,1,0,0,0,363,375,5,2,0,0,364,365,
        5,1,0,0,365,366,5,39,0,0,366,367,3,26,13,0,367,368,5,2,0,0,368,375,
        1,0,0,0,369,370,5,1,0,0,370,371,5,60,0,0,371,372,3,36,18,0,372,373,
        5,2,0,0,373,375,1,0,0,0,374,340,1,0,0,0,374,355,1,0,0,0,374,364,
        1,0,0,0,374,369,1,0,0,0,375,23,1,0,0,0,376,377,5,1,0,0,377,386,5,
        40,0,0,378,379,5,8,0,0,379,387,3,26,13,0,380,382,3,26,13,0,381,380,
        1,0,0,0,382,385,1,0,0,0,383,381,1,0,0,0,383,384,1,0,0,0,384,387,
        1,0,0,0,385,383,1,0,0,0,386,378,1,0,0,0,386,383,1,0,0,0,387,388,
        1,0,0,0,388,389,5,2,0,0,389,25,1,0,0,0,390,397,3,28,14,0,391,392,
        5,1,0,0,392,393,5,32,0,0,393,394,3,28,14,0,394,395,5,2,0,0,395,397,
        1,0,0,0,396,390,1,0,0,0,396,391,1,0,0,0,397,27,1,0,0,0,398,402,5,
        63,0,0,399,402,3,30,15,0,400,402,5,64,0,0,401,398,1,0,0,0,401,399,
        1,0,0,0,401,400,1,0,0,0,402,29,1,0,0,0,403,417,5,65,0,0,404,405,
        5,1,0,0,405,407,5,33,0,0,406,408,5,34,0,0,407,406,1,0,0,0,407,408,
        1,0,0,0,408,409,1,0,0,0,409,410,3,32,16,0,410,411,5,2,0,0,411,417,
        1,0,0,0,412,413,5,1,0,0,413,414,5,41,0,0,414,415,5,65,0,0,415,417,
        5,2,0,0,416,403,1,0,0,0,416,404,1,0,0,0,416,412,1,0,0,0,417,31,1,
        0,0,0,418,431,5,16,0,0,419,431,5,38,0,0,420,431,5,39,0,0,421,431,
        5,60,0,0,422,431,5,66,0,0,423,431,3,36,18,0,424,425,5,1,0,0,425,
        426,5,45,0,0,426,427,3,36,18,0,427,428,5,2,0,0,428,431,1,0,0,0,429,
        431,3,34,17,0,430,418,1,0,0,0,430,419,1,0,0,0,430,420,1,0,0,0,430,
        421,1,0,0,0,430,422,1,0,0,0,430,423,1,0,0,0,430,424,1,0,0,0,430,
        429,1,0,0,0,431,33,1,0,0,0,432,433,5,1,0,0,433,434,5,41,0,0,434,
        435,7,3,0,0,435,436,5,2,0,0,436,35,1,0,0,0,437,438,7,4,0,0,438,37,
        1,0,0,0,439,440,5,1,0,0,440,453,5,17,0,0,441,444,5,8,0,0,442,445,
        5,63,0,0,443,445,3,30,15,0,444,442,1,0,0,0,444,443,1,0,0,0,445,454,
        1,0,0,0,446,449,5,63,0,0,447,449,3,30,15,0,448,446,1,0,0,0,448,447,
        1,0,0,0,449,452,1,0,0,0,450,448,1,0,0,0,450,451,1,0,0,0,451,454,
        1,0,0,0,452,450,1,0,0,0,453,441,1,0,0,0,453,450,1,0,0,0,454,455,
        1,0,0,0,455,456,5,2,0,0,456,39,1,0,0,0,457,458,5,1,0,0,458,463,5,
        18,0,0,459,462,5,63,0,0,460,462,3,30,15,0,461,459,1,0,0,0,461,460,
        1,0,0,0,462,465,1,0,0,0,463,461,1,0,0,0,463,464,1,0,0,0,464,466,
        1,0,0,0,465,463,1,0,0,0,466,467,5,2,0,0,467,41,1,0,0,0,468,469,5,
        1,0,0,469,470,5,15,0,0,470,471,3,36,18,0,471,472,5,2,0,0,472,474,
        1,0,0,0,473,468,1,0,0,0,473,474,1,0,0,0,474,478,1,0,0,0,475,477,
        3,38,19,0,476,475,1,0,0,0,477,480,1,0,0,0,478,476,1,0,0,0,478,479,
        1,0,0,0,479,484,1,0,0,0,480,478,1,0,0,0,481,483,3,40,20,0,482,481,
        1,0,0,0,483,486,1,0,0,0,484,482,1,0,0,0,484,485,1,0,0,0,485,43,1,
        0,0,0,486,484,1,0,0,0,487,489,5,63,0,0,488,487,1,0,0,0,488,489,1,
        0,0,0,489,490,1,0,0,0,490,492,5,9,0,0,491,493,5,9,0,0,492,491,1,
        0,0,0,492,493,1,0,0,0,493,45,1,0,0,0,494,496,5,41,0,0,495,494,1,
        0,0,0,495,496,1,0,0,0,496,497,1,0,0,0,497,498,3,44,22,0,498,499,
        3,30,15,0,499,47,1,0,0,0,500,502,3,44,22,0,501,503,5,41,0,0,502,
        501,1,0,0,0,502,503,1,0,0,0,503,505,1,0,0,0,504,506,3,50,25,0,505,
        504,1,0,0,0,505,506,1,0,0,0,506,49,1,0,0,0,507,508,5,1,0,0,508,509,
        5,42,0,0,509,510,5,9,0,0,510,511,5,2,0,0,511,51,1,0,0,0,512,532,
        5,63,0,0,513,532,3,54,27,0,514,515,5,1,0,0,515,518,5,32,0,0,516,
        519,5,63,0,0,517,519,3,30,15,0,518,516,1,0,0,0,518,517,1,0,0,0,519,
        520,1,0,0,0,520,532,5,2,0,0,521,522,5,1,0,0,522,524,5,41,0,0,523,
        525,5,32,0,0,524,523,1,0,0,0,524,525,1,0,0,0,525,528,1,0,0,0,526,
        529,5,63,0,0,527,529,3,30,15,0,528,526,1,0,0,0,528,527,1,0,0,0,529,
        530,1,0,0,0,530,532,5,2,0,0,531,512,1,0,0,0,531,513,1,0,0,0,531,
        514,1,0,0,0,531,521,1,0,0,0,532,53,1,0,0,0,533,543,5,65,0,0,534,
        535,5,1,0,0,535,537,5,33,0,0,536,538,5,34,0,0,537,536,1,0,0,0,537,
        538,1,0,0,0,538,539,1,0,0,0,539,540,3,32,16,0,540,541,5,2,0,0,541,
        543,1,0,0,0,542,533,1,0,0,0,542,534,1,0,0,0,543,55,1,0,0,0,544,545,
        5,1,0,0,545,546,5,24,0,0,546,557,5,7,0,0,547,548,5,7,0,0,548,558,
        3,60,30,0,549,551,3,58,29,0,550,549,1,0,0,0,551,552,1,0,0,0,552,
        550,1,0,0,0,552,553,1,0,0,0,553,555,1,0,0,0,554,556,3,60,30,0,555,
        554,1,0,0,0,555,556,1,0,0,0,556,558,1,0,0,0,557,547,1,0,0,0,557,
        550,1,0,0,0,558,559,1,0,0,0,559,560,5,2,0,0,560,57,1,0,0,0,561,562,
        5,1,0,0,562,563,5,30,0,0,563,565,5,7,0,0,564,566,3,60,30,0,565,564,
        1,0,0,0,565,566,1,0,0,0,566,567,1,0,0,0,567,568,5,2,0,0,568,59,1,
        0,0,0,569,570,5,1,0,0,570,572,5,16,0,0,571,573,5,8,0,0,572,571,1,
        0,0,0,572,573,1,0,0,0,573,576,1,0,0,0,574,577,3,42,21,0,575,577,
        3,72,36,0,576,574,1,0,0,0,576,575,1,0,0,0,577,578,1,0,0,0,578,579,
        5,2,0,0,579,613,1,0,0,0,580,581,5,1,0,0,581,583,5,21,0,0,582,584,
        5,8,0,0,583,582,1,0,0,0,583,584,1,0,0,0,584,585,1,0,0,0,585,586,
        3,46,23,0,586,587,5,2,0,0,587,613,1,0,0,0,588,589,5,1,0,0,589,591,
        5,22,0,0,590,592,5,8,0,0,591,590,1,0,0,0,591,592,1,0,0,0,592,593,
        1,0,0,0,593,594,3,48,24,0,594,595,5,2,0,0,595,613,1,0,0,0,596,597,
        5,1,0,0,597,599,5,20,0,0,598,600,5,8,0,0,599,598,1,0,0,0,599,600,
        1,0,0,0,600,601,1,0,0,0,601,602,3,52,26,0,602,603,5,2,0,0,603,613,
        1,0,0,0,604,605,5,1,0,0,605,607,5,23,0,0,606,608,5,8,0,0,607,606,
        1,0,0,0,607,608,1,0,0,0,608,609,1,0,0,0,609,610,3,42,21,0,610,611,
        5,2,0,0,611,613,1,0,0,0,612,569,1,0,0,0,612,580,1,0,0,0,612,588,
        1,0,0,0,612,596,1,0,0,0,612,604,1,0,0,0,613,61,1,0,0,0,614,615,5,
        1,0,0,615,616,5,24,0,0,616,617,5,7,0,0,617,618,5,7,0,0,618,619,5,
        2,0,0,619,63,1,0,0,0,620,621,5,1,0,0,621,622,5,25,0,0,622,623,5,
        7,0,0,623,624,5,2,0,0,624,65,1,0,0,0,625,626,5,1,0,0,626,627,5,25,
        0,0,627,628,5,7,0,0,628,629,5,1,0,0,629,630,3,68,34,0,630,631,3,
        36,18,0,631,632,5,2,0,0,632,633,5,2,0,0,633,67,1,0,0,0,634,635,7,
        5,0,0,635,69,1,0,0,0,636,637,5,1,0,0,637,639,5,16,0,0,638,640,5,
        8,0,0,639,638,1,0,0,0,639,640,1,0,0,0,640,644,1,0,0,0,641,643,3,
        64,32,0,642,641,1,0,0,0,643,646,1,0,0,0,644,642,1,0,0,0,644,645,
        1,0,0,0,645,648,1,0,0,0,646,644,1,0,0,0,647,649,3,62,31,0,648,647,
        1,0,0,0,648,649,1,0,0,0,649,652,1,0,0,0,650,653,3,42,21,0,651,653,
        3,72,36,0,652,650,1,0,0,0,652,651,1,0,0,0,653,657,1,0,0,0,654,656,
        3,74,37,0,655,654,1,0,0,0,656,659,1,0,0,0,657,655,1,0,0,0,657,658,
        1,0,0,0,658,660,1,0,0,0,659,657,1,0,0,0,660,661,3,96,48,0,661,662,
        5,2,0,0,662,71,1,0,0,0,663,664,5,1,0,0,664,665,5,45,0,0,665,666,
        3,42,21,0,666,667,5,2,0,0,667,73,1,0,0,0,668,669,5,1,0,0,669,682,
        5,19,0,0,670,673,5,8,0,0,671,674,5,63,0,0,672,674,3,30,15,0,673,
        671,1,0,0,0,673,672,1,0,0,0,674,683,1,0,0,0,675,678,5,63,0,0,676,
        678,3,30,15,0,677,675,1,0,0,0,677,676,1,0,0,0,678,681,1,0,0,0,679,
        677,1,0,0,0,679,680,1,0,0,0,680,683,1,0,0,0,681,679,1,0,0,0,682,
        670,1,0,0,0,682,679,1,0,0,0,683,684,1,0,0,0,684,685,5,2,0,0,685,
        75,1,0,0,0,686,687,5,1,0,0,687,689,5,21,0,0,688,690,5,8,0,0,689,
        688,1,0,0,0,689,690,1,0,0,0,690,694,1,0,0,0,691,693,3,64,32,0,692,
        691,1,0,0,0,693,696,1,0,0,0,694,692,1,0,0,0,694,695,1,0,0,0,695,
        698,1,0,0,0,696,694,1,0,0,0,697,699,3,62,31,0,698,697,1,0,0,0,698,
        699,1,0,0,0,699,723,1,0,0,0,700,701,3,46,23,0,701,702,3,96,48,0,
        702,724,1,0,0,0,703,705,7,6,0,0,704,703,1,0,0,0,704,705,1,0,0,0,
        705,706,1,0,0,0,706,707,3,30,15,0,707,708,5,1,0,0,708,719,5,27,0,
        0,709,711,3,90,45,0,710,709,1,0,0,0,711,712,1,0,0,0,712,710,1,0,
        0,0,712,713,1,0,0,0,713,720,1,0,0,0,714,716,3,36,18,0,715,714,1,
        0,0,0,716,717,1,0,0,0,717,715,1,0,0,0,717,718,1,0,0,0,718,720,1,
        0,0,0,719,710,1,0,0,0,719,715,1,0,0,0,719,720,1,0,0,0,720,721,1,
        0,0,0,721,722,5,2,0,0,722,724,1,0,0,0,723,700,1,0,0,0,723,704,1,
        0,0,0,724,725,1,0,0,0,725,726,5,2,0,0,726,77,1,0,0,0,727,728,5,1,
        0,0,728,730,5,22,0,0,729,731,5,8,0,0,730,729,1,0,0,0,730,731,1,0,
        0,0,731,735,1,0,0,0,732,734,3,64,32,0,733,732,1,0,0,0,734,737,1,
        0,0,0,735,733,1,0,0,0,735,736,1,0,0,0,736,739,1,0,0,0,737,735,1,
        0,0,0,738,740,3,62,31,0,739,738,1,0,0,0,739,740,1,0,0,0,740,757,
        1,0,0,0,741,758,3,48,24,0,742,744,5,63,0,0,743,742,1,0,0,0,743,744,
        1,0,0,0,744,746,1,0,0,0,745,747,3,50,25,0,746,745,1,0,0,0,746,747,
        1,0,0,0,747,748,1,0,0,0,748,749,5,1,0,0,749,753,5,28,0,0,750,752,
        5,7,0,0,751,750,1,0,0,0,752,755,1,0,0,0,753,751,1,0,0,0,753,754,
        1,0,0,0,754,756,1,0,0,0,755,753,1,0,0,0,756,758,5,2,0,0,757,741,
        1,0,0,0,757,743,1,0,0,0,758,759,1,0,0,0,759,760,5,2,0,0,760,79,1,
        0,0,0,761,762,5,1,0,0,762,764,5,20,0,0,763,765,5,8,0,0,764,763,1,
        0,0,0,764,765,1,0,0,0,765,769,1,0,0,0,766,768,3,64,32,0,767,766,
        1,0,0,0,768,771,1,0,0,0,769,767,1,0,0,0,769,770,1,0,0,0,770,773,
        1,0,0,0,771,769,1,0,0,0,772,774,3,62,31,0,773,772,1,0,0,0,773,774,
        1,0,0,0,774,775,1,0,0,0,775,776,3,52,26,0,776,777,3,96,48,0,777,
        778,5,2,0,0,778,81,1,0,0,0,779,780,5,1,0,0,780,782,5,23,0,0,781,
        783,5,8,0,0,782,781,1,0,0,0,782,783,1,0,0,0,783,787,1,0,0,0,784,
        786,3,64,32,0,785,784,1,0,0,0,786,789,1,0,0,0,787,785,1,0,0,0,787,
        788,1,0,0,0,788,791,1,0,0,0,789,787,1,0,0,0,790,792,3,62,31,0,791,
        790,1,0,0,0,791,792,1,0,0,0,792,793,1,0,0,0,793,794,3,42,21,0,794,
        795,5,2,0,0,795,83,1,0,0,0,796,797,5,1,0,0,797,798,5,26,0,0,798,
        799,3,36,18,0,799,800,5,2,0,0,800,85,1,0,0,0,801,802,5,1,0,0,802,
        804,5,27,0,0,803,805,5,8,0,0,804,803,1,0,0,0,804,805,1,0,0,0,805,
        829,1,0,0,0,806,830,3,88,44,0,807,808,5,31,0,0,808,830,3,88,44,0,
        809,810,5,1,0,0,810,811,5,21,0,0,811,812,3,36,18,0,812,813,5,2,0,
        0,813,814,3,92,46,0,814,815,3,88,44,0,815,830,1,0,0,0,816,818,5,
        9,0,0,817,816,1,0,0,0,817,818,1,0,0,0,818,819,1,0,0,0,819,827,3,
        92,46,0,820,828,3,88,44,0,821,823,3,36,18,0,822,821,1,0,0,0,823,
        826,1,0,0,0,824,822,1,0,0,0,824,825,1,0,0,0,825,828,1,0,0,0,826,
        824,1,0,0,0,827,820,1,0,0,0,827,824,1,0,0,0,828,830,1,0,0,0,829,
        806,1,0,0,0,829,807,1,0,0,0,829,809,1,0,0,0,829,817,1,0,0,0,830,
        831,1,0,0,0,831,832,5,2,0,0,832,87,1,0,0,0,833,837,3,30,15,0,834,
        836,3,90,45,0,835,834,1,0,0,0,836,839,1,0,0,0,837,835,1,0,0,0,837,
        838,1,0,0,0,838,848,1,0,0,0,839,837,1,0,0,0,840,844,5,16,0,0,841,
        843,3,36,18,0,842,841,1,0,0,0,843,846,1,0,0,0,844,842,1,0,0,0,844,
        845,1,0,0,0,845,848,1,0,0,0,846,844,1,0,0,0,847,833,1,0,0,0,847,
        840,1,0,0,0,848,89,1,0,0,0,849,850,5,1,0,0,850,851,5,30,0,0,851,
        852,3,96,48,0,852,853,5,2,0,0,853,856,1,0,0,0,854,856,3,102,51,0,
        855,849,1,0,0,0,855,854,1,0,0,0,856,91,1,0,0,0,857,858,5,1,0,0,858,
        859,5,29,0,0,859,860,3,96,48,0,860,861,5,2,0,0,861,864,1,0,0,0,862,
        864,3,102,51,0,863,857,1,0,0,0,863,862,1,0,0,0,864,93,1,0,0,0,865,
        866,5,1,0,0,866,868,5,28,0,0,867,869,5,8,0,0,868,867,1,0,0,0,868,
        869,1,0,0,0,869,879,1,0,0,0,870,871,5,1,0,0,871,872,5,22,0,0,872,
        873,3,36,18,0,873,874,5,2,0,0,874,877,1,0,0,0,875,877,5,9,0,0,876,
        870,1,0,0,0,876,875,1,0,0,0,876,877,1,0,0,0,877,878,1,0,0,0,878,
        880,3,92,46,0,879,876,1,0,0,0,879,880,1,0,0,0,880,884,1,0,0,0,881,
        883,5,7,0,0,882,881,1,0,0,0,883,886,1,0,0,0,884,882,1,0,0,0,884,
        885,1,0,0,0,885,887,1,0,0,0,886,884,1,0,0,0,887,888,5,2,0,0,888,
        95,1,0,0,0,889,921,5,77,0,0,890,920,5,9,0,0,891,920,5,10,0,0,892,
        920,5,11,0,0,893,920,5,8,0,0,894,920,5,12,0,0,895,920,5,13,0,0,896,
        920,5,67,0,0,897,920,5,16,0,0,898,920,5,38,0,0,899,920,5,39,0,0,
        900,920,5,60,0,0,901,920,5,66,0,0,902,920,5,34,0,0,903,904,5,1,0,
        0,904,905,5,15,0,0,905,906,3,36,18,0,906,907,5,2,0,0,907,920,1,0,
        0,0,908,909,5,1,0,0,909,910,5,45,0,0,910,911,3,36,18,0,911,912,5,
        2,0,0,912,920,1,0,0,0,913,920,3,34,17,0,914,920,5,62,0,0,915,920,
        3,38,19,0,916,920,3,40,20,0,917,920,3,30,15,0,918,920,3,100,50,0,
        919,890,1,0,0,0,919,891,1,0,0,0,919,892,1,0,0,0,919,893,1,0,0,0,
        919,894,1,0,0,0,919,895,1,0,0,0,919,896,1,0,0,0,919,897,1,0,0,0,
        919,898,1,0,0,0,919,899,1,0,0,0,919,900,1,0,0,0,919,901,1,0,0,0,
        919,902,1,0,0,0,919,903,1,0,0,0,919,908,1,0,0,0,919,913,1,0,0,0,
        919,914,1,0,0,0,919,915,1,0,0,0,919,916,1,0,0,0,919,917,1,0,0,0,
        919,918,1,0,0,0,920,923,1,0,0,0,921,919,1,0,0,0,921,922,1,0,0,0,
        922,951,1,0,0,0,923,921,1,0,0,0,924,926,7,7,0,0,925,927,5,8,0,0,
        926,925,1,0,0,0,926,927,1,0,0,0,927,928,1,0,0,0,928,951,3,42,21,
        0,929,931,5,52,0,0,930,932,5,8,0,0,931,930,1,0,0,0,931,932,1,0,0,
        0,932,933,1,0,0,0,933,937,3,42,21,0,934,936,3,98,49,0,935,934,1,
        0,0,0,936,939,1,0,0,0,937,935,1,0,0,0,937,938,1,0,0,0,938,951,1,
        0,0,0,939,937,1,0,0,0,940,942,7,8,0,0,941,943,5,8,0,0,942,941,1,
        0,0,0,942,943,1,0,0,0,943,951,1,0,0,0,944,945,5,55,0,0,945,951,3,
        36,18,0,946,951,5,57,0,0,947,948,5,59,0,0,948,951,3,36,18,0,949,
        951,3,102,51,0,950,889,1,0,0,0,950,924,1,0,0,0,950,929,1,0,0,0,950,
        940,1,0,0,0,950,944,1,0,0,0,950,946,1,0,0,0,950,947,1,0,0,0,950,
        949,1,0,0,0,951,954,1,0,0,0,952,950,1,0,0,0,952,953,1,0,0,0,953,
        97,1,0,0,0,954,952,1,0,0,0,955,968,5,1,0,0,956,957,5,55,0,0,957,
        958,3,36,18,0,958,959,3,36,18,0,959,969,1,0,0,0,960,961,5,56,0,0,
        961,962,3,36,18,0,962,963,3,36,18,0,963,969,1,0,0,0,964,965,5,57,
        0,0,965,969,3,36,18,0,966,967,5,58,0,0,967,969,3,36,18,0,968,956,
        1,0,0,0,968,960,1,0,0,0,968,964,1,0,0,0,968,966,1,0,0,0,969,970,
        1,0,0,0,970,971,5,2,0,0,971,99,1,0,0,0,972,973,5,1,0,0,973,974,5,
        61,0,0,974,977,3,36,18,0,975,978,3,36,18,0,976,978,5,77,0,0,977,
        975,1,0,0,0,977,976,1,0,0,0,978,979,1,0,0,0,979,980,5,2,0,0,980,
        101,1,0,0,0,981,1097,5,1,0,0,982,1014,5,77,0,0,983,1013,5,9,0,0,
        984,1013,5,10,0,0,985,1013,5,11,0,0,986,1013,5,8,0,0,987,1013,5,
        12,0,0,988,1013,5,13,0,0,989,1013,5,67,0,0,990,1013,5,16,0,0,991,
        1013,5,38,0,0,992,1013,5,39,0,0,993,1013,5,60,0,0,994,1013,5,66,
        0,0,995,1013,5,34,0,0,996,997,5,1,0,0,997,998,5,15,0,0,998,999,3,
        36,18,0,999,1000,5,2,0,0,1000,1013,1,0,0,0,1001,1002,5,1,0,0,1002,
        1003,5,45,0,0,1003,1004,3,36,18,0,1004,1005,5,2,0,0,1005,1013,1,
        0,0,0,1006,1013,3,34,17,0,1007,1013,5,62,0,0,1008,1013,3,38,19,0,
        1009,1013,3,40,20,0,1010,1013,3,30,15,0,1011,1013,3,100,50,0,1012,
        983,1,0,0,0,1012,984,1,0,0,0,1012,985,1,0,0,0,1012,986,1,0,0,0,1012,
        987,1,0,0,0,1012,988,1,0,0,0,1012,989,1,0,0,0,1012,990,1,0,0,0,1012,
        991,1,0,0,0,1012,992,1,0,0,0,1012,993,1,0,0,0,1012,994,1,0,0,0,1012,
        995,1,0,0,0,1012,996,1,0,0,0,1012,1001,1,0,0,0,1012,1006,1,0,0,0,
        1012,1007,1,0,0,0,1012,1008,1,0,0,0,1012,1009,1,0,0,0,1012,1010,
        1,0,0,0,1012,1011,1,0,0,0,1013,1016,1,0,0,0,1014,1012,1,0,0,0,1014,
        1015,1,0,0,0,1015,1020,1,0,0,0,1016,1014,1,0,0,0,1017,1019,3,102,
        51,0,1018,1017,1,0,0,0,1019,1022,1,0,0,0,1020,1018,1,0,0,0,1020,
        1021,1,0,0,0,1021,1023,1,0,0,0,1022,1020,1,0,0,0,1023,1098,5,2,0,
        0,1024,1026,7,9,0,0,1025,1027,5,8,0,0,1026,1025,1,0,0,0,1026,1027,
        1,0,0,0,1027,1028,1,0,0,0,1028,1029,3,42,21,0,1029,1030,3,96,48,
        0,1030,1031,5,2,0,0,1031,1098,1,0,0,0,1032,1034,5,48,0,0,1033,1035,
        5,8,0,0,1034,1033,1,0,0,0,1034,1035,1,0,0,0,1035,1036,1,0,0,0,1036,
        1040,3,42,21,0,1037,1039,3,102,51,0,1038,1037,1,0,0,0,1039,1042,
        1,0,0,0,1040,1038,1,0,0,0,1040,1041,1,0,0,0,1041,1043,1,0,0,0,1042,
        1040,1,0,0,0,1043,1044,5,1,0,0,1044,1045,5,49,0,0,1045,1046,3,96,
        48,0,1046,1052,5,2,0,0,1047,1048,5,1,0,0,1048,1049,5,50,0,0,1049,
        1050,3,96,48,0,1050,1051,5,2,0,0,1051,1053,1,0,0,0,1052,1047,1,0,
        0,0,1052,1053,1,0,0,0,1053,1054,1,0,0,0,1054,1055,5,2,0,0,1055,1098,
        1,0,0,0,1056,1058,5,52,0,0,1057,1059,5,8,0,0,1058,1057,1,0,0,0,1058,
        1059,1,0,0,0,1059,1060,1,0,0,0,1060,1064,3,42,21,0,1061,1063,3,98,
        49,0,1062,1061,1,0,0,0,1063,1066,1,0,0,0,1064,1062,1,0,0,0,1064,
        1065,1,0,0,0,1065,1067,1,0,0,0,1066,1064,1,0,0,0,1067,1068,3,96,
        48,0,1068,1069,5,2,0,0,1069,1098,1,0,0,0,1070,1072,5,53,0,0,1071,
        1073,5,8,0,0,1072,1071,1,0,0,0,1072,1073,1,0,0,0,1073,1074,1,0,0,
        0,1074,1075,3,42,21,0,1075,1076,5,1,0,0,1076,1077,5,54,0,0,1077,
        1078,3,96,48,0,1078,1093,5,2,0,0,1079,1081,3,104,52,0,1080,1079,
        1,0,0,0,1081,1084,1,0,0,0,1082,1080,1,0,0,0,1082,1083,1,0,0,0,1083,
        1086,1,0,0,0,1084,1082,1,0,0,0,1085,1087,3,106,53,0,1086,1085,1,
        0,0,0,1086,1087,1,0,0,0,1087,1094,1,0,0,0,1088,1089,5,1,0,0,1089,
        1090,5,59,0,0,1090,1091,3,36,18,0,1091,1092,5,2,0,0,1092,1094,1,
        0,0,0,1093,1082,1,0,0,0,1093,1088,1,0,0,0,1094,1095,1,0,0,0,1095,
        1096,5,2,0,0,1096,1098,1,0,0,0,1097,982,1,0,0,0,1097,1024,1,0,0,
        0,1097,1032,1,0,0,0,1097,1056,1,0,0,0,1097,1070,1,0,0,0,1098,103,
        1,0,0,0,1099,1100,5,1,0,0,1100,1101,5,55,0,0,1101,1102,3,36,18,0,
        1102,1103,3,96,48,0,1103,1104,5,2,0,0,1104,105,1,0,0,0,1105,1106,
        5,1,0,0,1106,1107,5,57,0,0,1107,1108,3,96,48,0,1108,1109,5,2,0,0,
        1109,107,1,0,0,0,147,120,122,129,133,139,142,149,157,161,163,173,
        177,182,185,199,201,208,211,218,221,224,229,235,242,246,264,266,
        275,280,285,295,303,308,315,322,329,333,345,351,360,374,383,386,
        396,401,407,416,430,444,448,450,453,461,463,473,478,484,488,492,
        495,502,505,518,524,528,531,537,542,552,555,557,565,572,576,583,
        591,599,607,612,639,644,648,652,657,673,677,679,682,689,694,698,
        704,712,717,719,723,730,735,739,743,746,753,757,764,769,773,782,
        787,791,804,817,824,827,829,837,844,847,855,863,868,876,879,884,
        919,921,926,931,937,942,950,952,968,977,1012,1014,1020,1026,1034,
        1040,1052,1058,1064,1072,1082,1086,1093,1097
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
    public CONT(): antlr.TerminalNode[];
    public CONT(i: number): antlr.TerminalNode | null;
    public CONT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.CONT);
    	} else {
    		return this.getToken(WatParser.CONT, i);
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
    public describedType(): DescribedTypeContext {
        return this.getRuleContext(0, DescribedTypeContext)!;
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


export class DescribedTypeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public compType(): CompTypeContext | null {
        return this.getRuleContext(0, CompTypeContext);
    }
    public sharedCompType(): SharedCompTypeContext | null {
        return this.getRuleContext(0, SharedCompTypeContext);
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
    public DESCRIBES(): antlr.TerminalNode | null {
        return this.getToken(WatParser.DESCRIBES, 0);
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
    public DESCRIPTOR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.DESCRIPTOR, 0);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_describedType;
    }
}


export class SharedCompTypeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public SHARED(): antlr.TerminalNode {
        return this.getToken(WatParser.SHARED, 0)!;
    }
    public compType(): CompTypeContext {
        return this.getRuleContext(0, CompTypeContext)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_sharedCompType;
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
    public CONT(): antlr.TerminalNode | null {
        return this.getToken(WatParser.CONT, 0);
    }
    public idx(): IdxContext | null {
        return this.getRuleContext(0, IdxContext);
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
    public SHARED(): antlr.TerminalNode | null {
        return this.getToken(WatParser.SHARED, 0);
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
    public CONT(): antlr.TerminalNode | null {
        return this.getToken(WatParser.CONT, 0);
    }
    public HEAP_TYPE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.HEAP_TYPE, 0);
    }
    public idx(): IdxContext | null {
        return this.getRuleContext(0, IdxContext);
    }
    public LPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.LPAR, 0);
    }
    public EXACT(): antlr.TerminalNode | null {
        return this.getToken(WatParser.EXACT, 0);
    }
    public RPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.RPAR, 0);
    }
    public sharedHeapType(): SharedHeapTypeContext | null {
        return this.getRuleContext(0, SharedHeapTypeContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_heapType;
    }
}


export class SharedHeapTypeContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public SHARED(): antlr.TerminalNode {
        return this.getToken(WatParser.SHARED, 0)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
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
    public CONT(): antlr.TerminalNode | null {
        return this.getToken(WatParser.CONT, 0);
    }
    public HEAP_TYPE(): antlr.TerminalNode | null {
        return this.getToken(WatParser.HEAP_TYPE, 0);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_sharedHeapType;
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
    public SHARED(): antlr.TerminalNode | null {
        return this.getToken(WatParser.SHARED, 0);
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
    public plainRefType(): PlainRefTypeContext | null {
        return this.getRuleContext(0, PlainRefTypeContext);
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
    public refType(): RefTypeContext | null {
        return this.getRuleContext(0, RefTypeContext);
    }
    public SHARED(): antlr.TerminalNode | null {
        return this.getToken(WatParser.SHARED, 0);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_globalType;
    }
}


export class PlainRefTypeContext extends antlr.ParserRuleContext {
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
        return WatParser.RULE_plainRefType;
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
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public importDesc(): ImportDescContext | null {
        return this.getRuleContext(0, ImportDescContext);
    }
    public importItem(): ImportItemContext[];
    public importItem(i: number): ImportItemContext | null;
    public importItem(i?: number): ImportItemContext[] | ImportItemContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ImportItemContext);
        }

        return this.getRuleContext(i, ImportItemContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_importField;
    }
}


export class ImportItemContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public ITEM(): antlr.TerminalNode {
        return this.getToken(WatParser.ITEM, 0)!;
    }
    public STRING(): antlr.TerminalNode {
        return this.getToken(WatParser.STRING, 0)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public importDesc(): ImportDescContext | null {
        return this.getRuleContext(0, ImportDescContext);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_importItem;
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
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public typeUse(): TypeUseContext | null {
        return this.getRuleContext(0, TypeUseContext);
    }
    public exactTypeUse(): ExactTypeUseContext | null {
        return this.getRuleContext(0, ExactTypeUseContext);
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
    public instrList(): InstrListContext {
        return this.getRuleContext(0, InstrListContext)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public typeUse(): TypeUseContext | null {
        return this.getRuleContext(0, TypeUseContext);
    }
    public exactTypeUse(): ExactTypeUseContext | null {
        return this.getRuleContext(0, ExactTypeUseContext);
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


export class ExactTypeUseContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public EXACT(): antlr.TerminalNode {
        return this.getToken(WatParser.EXACT, 0)!;
    }
    public typeUse(): TypeUseContext {
        return this.getRuleContext(0, TypeUseContext)!;
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_exactTypeUse;
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
    public SHARED(): antlr.TerminalNode | null {
        return this.getToken(WatParser.SHARED, 0);
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
    public offset(): OffsetContext | null {
        return this.getRuleContext(0, OffsetContext);
    }
    public ID(): antlr.TerminalNode | null {
        return this.getToken(WatParser.ID, 0);
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
    public CONT(): antlr.TerminalNode[];
    public CONT(i: number): antlr.TerminalNode | null;
    public CONT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.CONT);
    	} else {
    		return this.getToken(WatParser.CONT, i);
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
    public EXACT(): antlr.TerminalNode[];
    public EXACT(i: number): antlr.TerminalNode | null;
    public EXACT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.EXACT);
    	} else {
    		return this.getToken(WatParser.EXACT, i);
    	}
    }
    public sharedHeapType(): SharedHeapTypeContext[];
    public sharedHeapType(i: number): SharedHeapTypeContext | null;
    public sharedHeapType(i?: number): SharedHeapTypeContext[] | SharedHeapTypeContext | null {
        if (i === undefined) {
            return this.getRuleContexts(SharedHeapTypeContext);
        }

        return this.getRuleContext(i, SharedHeapTypeContext);
    }
    public MEMORY_ORDER(): antlr.TerminalNode[];
    public MEMORY_ORDER(i: number): antlr.TerminalNode | null;
    public MEMORY_ORDER(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.MEMORY_ORDER);
    	} else {
    		return this.getToken(WatParser.MEMORY_ORDER, i);
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
    public onClause(): OnClauseContext[];
    public onClause(i: number): OnClauseContext | null;
    public onClause(i?: number): OnClauseContext[] | OnClauseContext | null {
        if (i === undefined) {
            return this.getRuleContexts(OnClauseContext);
        }

        return this.getRuleContext(i, OnClauseContext);
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


export class OnClauseContext extends antlr.ParserRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
    }
    public LPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.LPAR, 0)!;
    }
    public ON(): antlr.TerminalNode {
        return this.getToken(WatParser.ON, 0)!;
    }
    public idx(): IdxContext[];
    public idx(i: number): IdxContext | null;
    public idx(i?: number): IdxContext[] | IdxContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdxContext);
        }

        return this.getRuleContext(i, IdxContext);
    }
    public RPAR(): antlr.TerminalNode {
        return this.getToken(WatParser.RPAR, 0)!;
    }
    public KEYWORD(): antlr.TerminalNode | null {
        return this.getToken(WatParser.KEYWORD, 0);
    }
    public override get ruleIndex(): number {
        return WatParser.RULE_onClause;
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
    public CONT(): antlr.TerminalNode[];
    public CONT(i: number): antlr.TerminalNode | null;
    public CONT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.CONT);
    	} else {
    		return this.getToken(WatParser.CONT, i);
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
    public EXACT(): antlr.TerminalNode[];
    public EXACT(i: number): antlr.TerminalNode | null;
    public EXACT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.EXACT);
    	} else {
    		return this.getToken(WatParser.EXACT, i);
    	}
    }
    public sharedHeapType(): SharedHeapTypeContext[];
    public sharedHeapType(i: number): SharedHeapTypeContext | null;
    public sharedHeapType(i?: number): SharedHeapTypeContext[] | SharedHeapTypeContext | null {
        if (i === undefined) {
            return this.getRuleContexts(SharedHeapTypeContext);
        }

        return this.getRuleContext(i, SharedHeapTypeContext);
    }
    public MEMORY_ORDER(): antlr.TerminalNode[];
    public MEMORY_ORDER(i: number): antlr.TerminalNode | null;
    public MEMORY_ORDER(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.MEMORY_ORDER);
    	} else {
    		return this.getToken(WatParser.MEMORY_ORDER, i);
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
    public onClause(): OnClauseContext[];
    public onClause(i: number): OnClauseContext | null;
    public onClause(i?: number): OnClauseContext[] | OnClauseContext | null {
        if (i === undefined) {
            return this.getRuleContexts(OnClauseContext);
        }

        return this.getRuleContext(i, OnClauseContext);
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
