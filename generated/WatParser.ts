
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
    public static readonly RULE_importItem = 25;
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
    public static readonly RULE_catchClause = 44;
    public static readonly RULE_foldedInstr = 45;
    public static readonly RULE_foldedCatch = 46;
    public static readonly RULE_foldedCatchAll = 47;

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
        "importItem", "importDesc", "inlineImport", "inlineExport", "exportField", 
        "exportKind", "funcField", "local", "tableField", "memoryField", 
        "globalField", "tagField", "startField", "elemField", "elemList", 
        "elemItem", "offset", "dataField", "instrList", "catchClause", "foldedInstr", 
        "foldedCatch", "foldedCatchAll",
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
            this.state = 121;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 3, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 108;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                do {
                    {
                    this.state = 108;
                    this.errorHandler.sync(this);
                    switch (this.interpreter.adaptivePredict(this.tokenStream, 0, this.context) ) {
                    case 1:
                        {
                        this.state = 96;
                        this.typeDef();
                        }
                        break;
                    case 2:
                        {
                        this.state = 97;
                        this.recType();
                        }
                        break;
                    case 3:
                        {
                        this.state = 98;
                        this.importField();
                        }
                        break;
                    case 4:
                        {
                        this.state = 99;
                        this.funcField();
                        }
                        break;
                    case 5:
                        {
                        this.state = 100;
                        this.tableField();
                        }
                        break;
                    case 6:
                        {
                        this.state = 101;
                        this.memoryField();
                        }
                        break;
                    case 7:
                        {
                        this.state = 102;
                        this.globalField();
                        }
                        break;
                    case 8:
                        {
                        this.state = 103;
                        this.exportField();
                        }
                        break;
                    case 9:
                        {
                        this.state = 104;
                        this.startField();
                        }
                        break;
                    case 10:
                        {
                        this.state = 105;
                        this.elemField();
                        }
                        break;
                    case 11:
                        {
                        this.state = 106;
                        this.dataField();
                        }
                        break;
                    case 12:
                        {
                        this.state = 107;
                        this.tagField();
                        }
                        break;
                    }
                    }
                    this.state = 110;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                } while (_la === 1);
                this.state = 112;
                this.match(WatParser.EOF);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 117;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 114;
                    this.command();
                    }
                    }
                    this.state = 119;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 120;
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
            this.state = 165;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 11, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 123;
                this.module_();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 124;
                this.match(WatParser.LPAR);
                this.state = 125;
                this.match(WatParser.INSTANCE);
                this.state = 127;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 4, this.context) ) {
                case 1:
                    {
                    this.state = 126;
                    this.match(WatParser.ID);
                    }
                    break;
                }
                this.state = 130;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 129;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 132;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 133;
                this.match(WatParser.LPAR);
                this.state = 134;
                this.match(WatParser.REGISTER);
                this.state = 135;
                this.match(WatParser.STRING);
                this.state = 137;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 136;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 139;
                this.match(WatParser.RPAR);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 140;
                this.action();
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 141;
                this.match(WatParser.LPAR);
                this.state = 142;
                this.match(WatParser.ASSERT);
                this.state = 145;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 7, this.context) ) {
                case 1:
                    {
                    this.state = 143;
                    this.action();
                    }
                    break;
                case 2:
                    {
                    this.state = 144;
                    this.module_();
                    }
                    break;
                }
                this.state = 151;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 7) {
                    {
                    this.state = 149;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.LPAR:
                        {
                        this.state = 147;
                        this.value();
                        }
                        break;
                    case WatParser.STRING:
                        {
                        this.state = 148;
                        this.match(WatParser.STRING);
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 153;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 154;
                this.match(WatParser.RPAR);
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 156;
                this.match(WatParser.LPAR);
                this.state = 157;
                this.match(WatParser.KEYWORD);
                this.state = 161;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4294967290) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 4294967295) !== 0) || ((((_la - 64)) & ~0x1F) === 0 && ((1 << (_la - 64)) & 511) !== 0)) {
                    {
                    {
                    this.state = 158;
                    this.sexpr();
                    }
                    }
                    this.state = 163;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 164;
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
            this.state = 212;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 20, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 167;
                this.match(WatParser.LPAR);
                this.state = 168;
                this.match(WatParser.MODULE);
                this.state = 170;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 64) {
                    {
                    this.state = 169;
                    this.match(WatParser.DEFINITION);
                    }
                }

                this.state = 173;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 172;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 199;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                case WatParser.RPAR:
                    {
                    this.state = 189;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 1) {
                        {
                        this.state = 187;
                        this.errorHandler.sync(this);
                        switch (this.interpreter.adaptivePredict(this.tokenStream, 14, this.context) ) {
                        case 1:
                            {
                            this.state = 175;
                            this.typeDef();
                            }
                            break;
                        case 2:
                            {
                            this.state = 176;
                            this.recType();
                            }
                            break;
                        case 3:
                            {
                            this.state = 177;
                            this.importField();
                            }
                            break;
                        case 4:
                            {
                            this.state = 178;
                            this.funcField();
                            }
                            break;
                        case 5:
                            {
                            this.state = 179;
                            this.tableField();
                            }
                            break;
                        case 6:
                            {
                            this.state = 180;
                            this.memoryField();
                            }
                            break;
                        case 7:
                            {
                            this.state = 181;
                            this.globalField();
                            }
                            break;
                        case 8:
                            {
                            this.state = 182;
                            this.exportField();
                            }
                            break;
                        case 9:
                            {
                            this.state = 183;
                            this.startField();
                            }
                            break;
                        case 10:
                            {
                            this.state = 184;
                            this.elemField();
                            }
                            break;
                        case 11:
                            {
                            this.state = 185;
                            this.dataField();
                            }
                            break;
                        case 12:
                            {
                            this.state = 186;
                            this.tagField();
                            }
                            break;
                        }
                        }
                        this.state = 191;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                case WatParser.BINARY:
                case WatParser.QUOTE:
                    {
                    this.state = 192;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 62 || _la === 63)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 196;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 7) {
                        {
                        {
                        this.state = 193;
                        this.match(WatParser.STRING);
                        }
                        }
                        this.state = 198;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 201;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 202;
                this.match(WatParser.LPAR);
                this.state = 203;
                this.match(WatParser.MODULE);
                this.state = 204;
                this.match(WatParser.INSTANCE);
                this.state = 206;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 18, this.context) ) {
                case 1:
                    {
                    this.state = 205;
                    this.match(WatParser.ID);
                    }
                    break;
                }
                this.state = 209;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 208;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 211;
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
            this.state = 234;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 24, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 214;
                this.match(WatParser.LPAR);
                this.state = 215;
                this.match(WatParser.INVOKE);
                this.state = 217;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 216;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 219;
                this.match(WatParser.STRING);
                this.state = 223;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 220;
                    this.value();
                    }
                    }
                    this.state = 225;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 226;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 227;
                this.match(WatParser.LPAR);
                this.state = 228;
                this.match(WatParser.GET);
                this.state = 230;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 229;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 232;
                this.match(WatParser.STRING);
                this.state = 233;
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
            this.state = 236;
            this.match(WatParser.LPAR);
            this.state = 237;
            _la = this.tokenStream.LA(1);
            if(!(_la === 69 || _la === 71)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 253;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 69378) !== 0) || ((((_la - 34)) & ~0x1F) === 0 && ((1 << (_la - 34)) & 201326641) !== 0) || _la === 71 || _la === 72) {
                {
                this.state = 251;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NAT:
                    {
                    this.state = 238;
                    this.match(WatParser.NAT);
                    }
                    break;
                case WatParser.INT:
                    {
                    this.state = 239;
                    this.match(WatParser.INT);
                    }
                    break;
                case WatParser.FLOAT:
                    {
                    this.state = 240;
                    this.match(WatParser.FLOAT);
                    }
                    break;
                case WatParser.KEYWORD:
                    {
                    this.state = 241;
                    this.match(WatParser.KEYWORD);
                    }
                    break;
                case WatParser.RESERVED:
                    {
                    this.state = 242;
                    this.match(WatParser.RESERVED);
                    }
                    break;
                case WatParser.SHAPE:
                    {
                    this.state = 243;
                    this.match(WatParser.SHAPE);
                    }
                    break;
                case WatParser.FUNC:
                    {
                    this.state = 244;
                    this.match(WatParser.FUNC);
                    }
                    break;
                case WatParser.STRUCT:
                    {
                    this.state = 245;
                    this.match(WatParser.STRUCT);
                    }
                    break;
                case WatParser.ARRAY:
                    {
                    this.state = 246;
                    this.match(WatParser.ARRAY);
                    }
                    break;
                case WatParser.HEAP_TYPE:
                    {
                    this.state = 247;
                    this.match(WatParser.HEAP_TYPE);
                    }
                    break;
                case WatParser.ID:
                    {
                    this.state = 248;
                    this.match(WatParser.ID);
                    }
                    break;
                case WatParser.NULL:
                    {
                    this.state = 249;
                    this.match(WatParser.NULL);
                    }
                    break;
                case WatParser.LPAR:
                    {
                    this.state = 250;
                    this.value();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 255;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 256;
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
            this.state = 267;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.LPAR:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 258;
                this.match(WatParser.LPAR);
                this.state = 262;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4294967290) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 4294967295) !== 0) || ((((_la - 64)) & ~0x1F) === 0 && ((1 << (_la - 64)) & 511) !== 0)) {
                    {
                    {
                    this.state = 259;
                    this.sexpr();
                    }
                    }
                    this.state = 264;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 265;
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
                this.state = 266;
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
            this.state = 269;
            this.match(WatParser.LPAR);
            this.state = 270;
            this.match(WatParser.TYPE);
            this.state = 272;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 271;
                this.match(WatParser.ID);
                }
            }

            this.state = 274;
            this.subType();
            this.state = 275;
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
            this.state = 277;
            this.match(WatParser.LPAR);
            this.state = 278;
            this.match(WatParser.REC);
            this.state = 282;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1) {
                {
                {
                this.state = 279;
                this.typeDef();
                }
                }
                this.state = 284;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 285;
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
            this.state = 302;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 33, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 287;
                this.match(WatParser.LPAR);
                this.state = 288;
                this.match(WatParser.SUB);
                this.state = 290;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 36) {
                    {
                    this.state = 289;
                    this.match(WatParser.FINAL);
                    }
                }

                this.state = 295;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 8 || _la === 9) {
                    {
                    {
                    this.state = 292;
                    this.idx();
                    }
                    }
                    this.state = 297;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 298;
                this.compType();
                this.state = 299;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 301;
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
            this.state = 333;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 37, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 304;
                this.match(WatParser.LPAR);
                this.state = 305;
                this.match(WatParser.FUNC);
                this.state = 309;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 34, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 306;
                        this.param();
                        }
                        }
                    }
                    this.state = 311;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 34, this.context);
                }
                this.state = 315;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 312;
                    this.result();
                    }
                    }
                    this.state = 317;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 318;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 319;
                this.match(WatParser.LPAR);
                this.state = 320;
                this.match(WatParser.STRUCT);
                this.state = 324;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 321;
                    this.field();
                    }
                    }
                    this.state = 326;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 327;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 328;
                this.match(WatParser.LPAR);
                this.state = 329;
                this.match(WatParser.ARRAY);
                this.state = 330;
                this.fieldType();
                this.state = 331;
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
            this.state = 335;
            this.match(WatParser.LPAR);
            this.state = 336;
            this.match(WatParser.FIELD);
            this.state = 345;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 337;
                this.match(WatParser.ID);
                this.state = 338;
                this.fieldType();
                }
                break;
            case WatParser.LPAR:
            case WatParser.RPAR:
            case WatParser.NUM_TYPE:
            case WatParser.PACKED_TYPE:
            case WatParser.REF_SHORTHAND:
                {
                this.state = 342;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || ((((_la - 57)) & ~0x1F) === 0 && ((1 << (_la - 57)) & 7) !== 0)) {
                    {
                    {
                    this.state = 339;
                    this.fieldType();
                    }
                    }
                    this.state = 344;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 347;
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
            this.state = 355;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 40, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 349;
                this.storageType();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 350;
                this.match(WatParser.LPAR);
                this.state = 351;
                this.match(WatParser.MUT);
                this.state = 352;
                this.storageType();
                this.state = 353;
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
            this.state = 360;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.NUM_TYPE:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 357;
                this.match(WatParser.NUM_TYPE);
                }
                break;
            case WatParser.LPAR:
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 358;
                this.refType();
                }
                break;
            case WatParser.PACKED_TYPE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 359;
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
        this.enterRule(localContext, 28, WatParser.RULE_heapType);
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
        this.enterRule(localContext, 30, WatParser.RULE_idx);
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
        this.enterRule(localContext, 32, WatParser.RULE_param);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 382;
            this.match(WatParser.LPAR);
            this.state = 383;
            this.match(WatParser.PARAM);
            this.state = 396;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 384;
                this.match(WatParser.ID);
                this.state = 387;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 385;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 386;
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
                this.state = 393;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 57 || _la === 59) {
                    {
                    this.state = 391;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.NUM_TYPE:
                        {
                        this.state = 389;
                        this.match(WatParser.NUM_TYPE);
                        }
                        break;
                    case WatParser.LPAR:
                    case WatParser.REF_SHORTHAND:
                        {
                        this.state = 390;
                        this.refType();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 395;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 398;
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
            this.state = 400;
            this.match(WatParser.LPAR);
            this.state = 401;
            this.match(WatParser.RESULT);
            this.state = 406;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || _la === 57 || _la === 59) {
                {
                this.state = 404;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 402;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 403;
                    this.refType();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 408;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 409;
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
            this.state = 416;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 51, this.context) ) {
            case 1:
                {
                this.state = 411;
                this.match(WatParser.LPAR);
                this.state = 412;
                this.match(WatParser.TYPE);
                this.state = 413;
                this.idx();
                this.state = 414;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 421;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 52, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 418;
                    this.param();
                    }
                    }
                }
                this.state = 423;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 52, this.context);
            }
            this.state = 427;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 53, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 424;
                    this.result();
                    }
                    }
                }
                this.state = 429;
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
            this.state = 431;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 57) {
                {
                this.state = 430;
                this.match(WatParser.NUM_TYPE);
                }
            }

            this.state = 433;
            this.match(WatParser.NAT);
            this.state = 435;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 9) {
                {
                this.state = 434;
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
            this.state = 437;
            this.limits();
            this.state = 438;
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
            this.state = 440;
            this.limits();
            this.state = 442;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 41) {
                {
                this.state = 441;
                this.match(WatParser.SHARED);
                }
            }

            this.state = 445;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 1) {
                {
                this.state = 444;
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
            this.state = 447;
            this.match(WatParser.LPAR);
            this.state = 448;
            this.match(WatParser.PAGESIZE);
            this.state = 449;
            this.match(WatParser.NAT);
            this.state = 450;
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
            this.state = 461;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 59, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 452;
                this.match(WatParser.NUM_TYPE);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 453;
                this.refType();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 454;
                this.match(WatParser.LPAR);
                this.state = 455;
                this.match(WatParser.MUT);
                this.state = 458;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 456;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 457;
                    this.refType();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 460;
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
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 463;
            this.match(WatParser.LPAR);
            this.state = 464;
            this.match(WatParser.IMPORT);
            this.state = 465;
            this.match(WatParser.STRING);
            this.state = 476;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.STRING:
                {
                this.state = 466;
                this.match(WatParser.STRING);
                this.state = 467;
                this.importDesc();
                }
                break;
            case WatParser.LPAR:
                {
                this.state = 469;
                this.errorHandler.sync(this);
                alternative = 1;
                do {
                    switch (alternative) {
                    case 1:
                        {
                        {
                        this.state = 468;
                        this.importItem();
                        }
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    this.state = 471;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 60, this.context);
                } while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER);
                this.state = 474;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 1) {
                    {
                    this.state = 473;
                    this.importDesc();
                    }
                }

                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 478;
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
        this.enterRule(localContext, 50, WatParser.RULE_importItem);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 480;
            this.match(WatParser.LPAR);
            this.state = 481;
            this.match(WatParser.ITEM);
            this.state = 482;
            this.match(WatParser.STRING);
            this.state = 484;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 1) {
                {
                this.state = 483;
                this.importDesc();
                }
            }

            this.state = 486;
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
            this.state = 528;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 69, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 488;
                this.match(WatParser.LPAR);
                this.state = 489;
                this.match(WatParser.FUNC);
                this.state = 491;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 490;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 493;
                this.typeUse();
                this.state = 494;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 496;
                this.match(WatParser.LPAR);
                this.state = 497;
                this.match(WatParser.TABLE);
                this.state = 499;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 498;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 501;
                this.tableType();
                this.state = 502;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 504;
                this.match(WatParser.LPAR);
                this.state = 505;
                this.match(WatParser.MEMORY);
                this.state = 507;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 506;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 509;
                this.memoryType();
                this.state = 510;
                this.match(WatParser.RPAR);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 512;
                this.match(WatParser.LPAR);
                this.state = 513;
                this.match(WatParser.GLOBAL);
                this.state = 515;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 514;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 517;
                this.globalType();
                this.state = 518;
                this.match(WatParser.RPAR);
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 520;
                this.match(WatParser.LPAR);
                this.state = 521;
                this.match(WatParser.TAG);
                this.state = 523;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 522;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 525;
                this.typeUse();
                this.state = 526;
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
            this.state = 530;
            this.match(WatParser.LPAR);
            this.state = 531;
            this.match(WatParser.IMPORT);
            this.state = 532;
            this.match(WatParser.STRING);
            this.state = 533;
            this.match(WatParser.STRING);
            this.state = 534;
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
            this.state = 536;
            this.match(WatParser.LPAR);
            this.state = 537;
            this.match(WatParser.EXPORT);
            this.state = 538;
            this.match(WatParser.STRING);
            this.state = 539;
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
            this.state = 541;
            this.match(WatParser.LPAR);
            this.state = 542;
            this.match(WatParser.EXPORT);
            this.state = 543;
            this.match(WatParser.STRING);
            this.state = 544;
            this.match(WatParser.LPAR);
            this.state = 545;
            this.exportKind();
            this.state = 546;
            this.idx();
            this.state = 547;
            this.match(WatParser.RPAR);
            this.state = 548;
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
            this.state = 550;
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
            this.state = 552;
            this.match(WatParser.LPAR);
            this.state = 553;
            this.match(WatParser.FUNC);
            this.state = 555;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 554;
                this.match(WatParser.ID);
                }
            }

            this.state = 560;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 71, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 557;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 562;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 71, this.context);
            }
            this.state = 564;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 72, this.context) ) {
            case 1:
                {
                this.state = 563;
                this.inlineImport();
                }
                break;
            }
            this.state = 566;
            this.typeUse();
            this.state = 570;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 73, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 567;
                    this.local();
                    }
                    }
                }
                this.state = 572;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 73, this.context);
            }
            this.state = 573;
            this.instrList();
            this.state = 574;
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
            this.state = 576;
            this.match(WatParser.LPAR);
            this.state = 577;
            this.match(WatParser.LOCAL);
            this.state = 590;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 578;
                this.match(WatParser.ID);
                this.state = 581;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 579;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 580;
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
                this.state = 587;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 57 || _la === 59) {
                    {
                    this.state = 585;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.NUM_TYPE:
                        {
                        this.state = 583;
                        this.match(WatParser.NUM_TYPE);
                        }
                        break;
                    case WatParser.LPAR:
                    case WatParser.REF_SHORTHAND:
                        {
                        this.state = 584;
                        this.refType();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 589;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 592;
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
            this.state = 594;
            this.match(WatParser.LPAR);
            this.state = 595;
            this.match(WatParser.TABLE);
            this.state = 597;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 596;
                this.match(WatParser.ID);
                }
            }

            this.state = 602;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 79, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 599;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 604;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 79, this.context);
            }
            this.state = 606;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 80, this.context) ) {
            case 1:
                {
                this.state = 605;
                this.inlineImport();
                }
                break;
            }
            this.state = 631;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 85, this.context) ) {
            case 1:
                {
                this.state = 608;
                this.tableType();
                this.state = 609;
                this.instrList();
                }
                break;
            case 2:
                {
                this.state = 612;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 57) {
                    {
                    this.state = 611;
                    this.match(WatParser.NUM_TYPE);
                    }
                }

                this.state = 614;
                this.refType();
                this.state = 615;
                this.match(WatParser.LPAR);
                this.state = 616;
                this.match(WatParser.ELEM);
                this.state = 627;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                    {
                    this.state = 618;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    do {
                        {
                        {
                        this.state = 617;
                        this.elemItem();
                        }
                        }
                        this.state = 620;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    } while (_la === 1);
                    }
                    break;
                case WatParser.ID:
                case WatParser.NAT:
                    {
                    this.state = 623;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    do {
                        {
                        {
                        this.state = 622;
                        this.idx();
                        }
                        }
                        this.state = 625;
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
                this.state = 629;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 633;
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
            this.state = 635;
            this.match(WatParser.LPAR);
            this.state = 636;
            this.match(WatParser.MEMORY);
            this.state = 638;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 637;
                this.match(WatParser.ID);
                }
            }

            this.state = 643;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 87, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 640;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 645;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 87, this.context);
            }
            this.state = 647;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 88, this.context) ) {
            case 1:
                {
                this.state = 646;
                this.inlineImport();
                }
                break;
            }
            this.state = 665;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 92, this.context) ) {
            case 1:
                {
                this.state = 649;
                this.memoryType();
                }
                break;
            case 2:
                {
                this.state = 651;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 57) {
                    {
                    this.state = 650;
                    this.match(WatParser.NUM_TYPE);
                    }
                }

                this.state = 654;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 90, this.context) ) {
                case 1:
                    {
                    this.state = 653;
                    this.pageSize();
                    }
                    break;
                }
                this.state = 656;
                this.match(WatParser.LPAR);
                this.state = 657;
                this.match(WatParser.DATA);
                this.state = 661;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 7) {
                    {
                    {
                    this.state = 658;
                    this.match(WatParser.STRING);
                    }
                    }
                    this.state = 663;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 664;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 667;
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
            this.state = 669;
            this.match(WatParser.LPAR);
            this.state = 670;
            this.match(WatParser.GLOBAL);
            this.state = 672;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 671;
                this.match(WatParser.ID);
                }
            }

            this.state = 677;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 94, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 674;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 679;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 94, this.context);
            }
            this.state = 681;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 95, this.context) ) {
            case 1:
                {
                this.state = 680;
                this.inlineImport();
                }
                break;
            }
            this.state = 683;
            this.globalType();
            this.state = 684;
            this.instrList();
            this.state = 685;
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
            this.state = 687;
            this.match(WatParser.LPAR);
            this.state = 688;
            this.match(WatParser.TAG);
            this.state = 690;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 689;
                this.match(WatParser.ID);
                }
            }

            this.state = 695;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 97, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 692;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 697;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 97, this.context);
            }
            this.state = 699;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 98, this.context) ) {
            case 1:
                {
                this.state = 698;
                this.inlineImport();
                }
                break;
            }
            this.state = 701;
            this.typeUse();
            this.state = 702;
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
            this.state = 704;
            this.match(WatParser.LPAR);
            this.state = 705;
            this.match(WatParser.START);
            this.state = 706;
            this.idx();
            this.state = 707;
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
            this.state = 709;
            this.match(WatParser.LPAR);
            this.state = 710;
            this.match(WatParser.ELEM);
            this.state = 712;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 711;
                this.match(WatParser.ID);
                }
            }

            this.state = 735;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 103, this.context) ) {
            case 1:
                {
                this.state = 714;
                this.elemList();
                }
                break;
            case 2:
                {
                this.state = 715;
                this.match(WatParser.DECLARE);
                this.state = 716;
                this.elemList();
                }
                break;
            case 3:
                {
                this.state = 723;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 100, this.context) ) {
                case 1:
                    {
                    this.state = 717;
                    this.match(WatParser.LPAR);
                    this.state = 718;
                    this.match(WatParser.TABLE);
                    this.state = 719;
                    this.idx();
                    this.state = 720;
                    this.match(WatParser.RPAR);
                    }
                    break;
                case 2:
                    {
                    this.state = 722;
                    this.match(WatParser.NAT);
                    }
                    break;
                }
                this.state = 725;
                this.offset();
                this.state = 733;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                case WatParser.FUNC:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 726;
                    this.elemList();
                    }
                    break;
                case WatParser.RPAR:
                case WatParser.ID:
                case WatParser.NAT:
                    {
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
                break;
            }
            this.state = 737;
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
            this.state = 753;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.LPAR:
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 739;
                this.refType();
                this.state = 743;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 740;
                    this.elemItem();
                    }
                    }
                    this.state = 745;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case WatParser.FUNC:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 746;
                this.match(WatParser.FUNC);
                this.state = 750;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 8 || _la === 9) {
                    {
                    {
                    this.state = 747;
                    this.idx();
                    }
                    }
                    this.state = 752;
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
            this.state = 761;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 107, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 755;
                this.match(WatParser.LPAR);
                this.state = 756;
                this.match(WatParser.ITEM);
                this.state = 757;
                this.instrList();
                this.state = 758;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 760;
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
            this.state = 769;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 108, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 763;
                this.match(WatParser.LPAR);
                this.state = 764;
                this.match(WatParser.OFFSET);
                this.state = 765;
                this.instrList();
                this.state = 766;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 768;
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
            this.state = 771;
            this.match(WatParser.LPAR);
            this.state = 772;
            this.match(WatParser.DATA);
            this.state = 774;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 773;
                this.match(WatParser.ID);
                }
            }

            this.state = 785;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 1 || _la === 9) {
                {
                this.state = 782;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 110, this.context) ) {
                case 1:
                    {
                    this.state = 776;
                    this.match(WatParser.LPAR);
                    this.state = 777;
                    this.match(WatParser.MEMORY);
                    this.state = 778;
                    this.idx();
                    this.state = 779;
                    this.match(WatParser.RPAR);
                    }
                    break;
                case 2:
                    {
                    this.state = 781;
                    this.match(WatParser.NAT);
                    }
                    break;
                }
                this.state = 784;
                this.offset();
                }
            }

            this.state = 790;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 7) {
                {
                {
                this.state = 787;
                this.match(WatParser.STRING);
                }
                }
                this.state = 792;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 793;
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
            this.state = 849;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || ((((_la - 43)) & ~0x1F) === 0 && ((1 << (_la - 43)) & 268446455) !== 0)) {
                {
                this.state = 847;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.KEYWORD:
                    {
                    this.state = 795;
                    this.match(WatParser.KEYWORD);
                    this.state = 818;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 114, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            this.state = 816;
                            this.errorHandler.sync(this);
                            switch (this.interpreter.adaptivePredict(this.tokenStream, 113, this.context) ) {
                            case 1:
                                {
                                this.state = 796;
                                this.match(WatParser.NAT);
                                }
                                break;
                            case 2:
                                {
                                this.state = 797;
                                this.match(WatParser.INT);
                                }
                                break;
                            case 3:
                                {
                                this.state = 798;
                                this.match(WatParser.FLOAT);
                                }
                                break;
                            case 4:
                                {
                                this.state = 799;
                                this.match(WatParser.ID);
                                }
                                break;
                            case 5:
                                {
                                this.state = 800;
                                this.match(WatParser.MEM_OFFSET);
                                }
                                break;
                            case 6:
                                {
                                this.state = 801;
                                this.match(WatParser.MEM_ALIGN);
                                }
                                break;
                            case 7:
                                {
                                this.state = 802;
                                this.match(WatParser.SHAPE);
                                }
                                break;
                            case 8:
                                {
                                this.state = 803;
                                this.match(WatParser.FUNC);
                                }
                                break;
                            case 9:
                                {
                                this.state = 804;
                                this.match(WatParser.STRUCT);
                                }
                                break;
                            case 10:
                                {
                                this.state = 805;
                                this.match(WatParser.ARRAY);
                                }
                                break;
                            case 11:
                                {
                                this.state = 806;
                                this.match(WatParser.HEAP_TYPE);
                                }
                                break;
                            case 12:
                                {
                                this.state = 807;
                                this.match(WatParser.NULL);
                                }
                                break;
                            case 13:
                                {
                                this.state = 808;
                                this.match(WatParser.LPAR);
                                this.state = 809;
                                this.match(WatParser.TYPE);
                                this.state = 810;
                                this.idx();
                                this.state = 811;
                                this.match(WatParser.RPAR);
                                }
                                break;
                            case 14:
                                {
                                this.state = 813;
                                this.param();
                                }
                                break;
                            case 15:
                                {
                                this.state = 814;
                                this.result();
                                }
                                break;
                            case 16:
                                {
                                this.state = 815;
                                this.refType();
                                }
                                break;
                            }
                            }
                        }
                        this.state = 820;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 114, this.context);
                    }
                    }
                    break;
                case WatParser.BLOCK:
                case WatParser.LOOP:
                case WatParser.IF:
                case WatParser.TRY:
                    {
                    this.state = 821;
                    _la = this.tokenStream.LA(1);
                    if(!(((((_la - 43)) & ~0x1F) === 0 && ((1 << (_la - 43)) & 135) !== 0))) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 823;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 822;
                        this.match(WatParser.ID);
                        }
                    }

                    this.state = 825;
                    this.typeUse();
                    }
                    break;
                case WatParser.TRY_TABLE:
                    {
                    this.state = 826;
                    this.match(WatParser.TRY_TABLE);
                    this.state = 828;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 827;
                        this.match(WatParser.ID);
                        }
                    }

                    this.state = 830;
                    this.typeUse();
                    this.state = 834;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 117, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            {
                            this.state = 831;
                            this.catchClause();
                            }
                            }
                        }
                        this.state = 836;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 117, this.context);
                    }
                    }
                    break;
                case WatParser.ELSE:
                case WatParser.END:
                    {
                    this.state = 837;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 47 || _la === 48)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 839;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 838;
                        this.match(WatParser.ID);
                        }
                    }

                    }
                    break;
                case WatParser.CATCH:
                    {
                    this.state = 841;
                    this.match(WatParser.CATCH);
                    this.state = 842;
                    this.idx();
                    }
                    break;
                case WatParser.CATCH_ALL:
                    {
                    this.state = 843;
                    this.match(WatParser.CATCH_ALL);
                    }
                    break;
                case WatParser.DELEGATE:
                    {
                    this.state = 844;
                    this.match(WatParser.DELEGATE);
                    this.state = 845;
                    this.idx();
                    }
                    break;
                case WatParser.LPAR:
                    {
                    this.state = 846;
                    this.foldedInstr();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 851;
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
        this.enterRule(localContext, 88, WatParser.RULE_catchClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 852;
            this.match(WatParser.LPAR);
            this.state = 865;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.CATCH:
                {
                this.state = 853;
                this.match(WatParser.CATCH);
                this.state = 854;
                this.idx();
                this.state = 855;
                this.idx();
                }
                break;
            case WatParser.CATCH_REF:
                {
                this.state = 857;
                this.match(WatParser.CATCH_REF);
                this.state = 858;
                this.idx();
                this.state = 859;
                this.idx();
                }
                break;
            case WatParser.CATCH_ALL:
                {
                this.state = 861;
                this.match(WatParser.CATCH_ALL);
                this.state = 862;
                this.idx();
                }
                break;
            case WatParser.CATCH_ALL_REF:
                {
                this.state = 863;
                this.match(WatParser.CATCH_ALL_REF);
                this.state = 864;
                this.idx();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 867;
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
        this.enterRule(localContext, 90, WatParser.RULE_foldedInstr);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 869;
            this.match(WatParser.LPAR);
            this.state = 976;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.KEYWORD:
                {
                this.state = 870;
                this.match(WatParser.KEYWORD);
                this.state = 893;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 123, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        this.state = 891;
                        this.errorHandler.sync(this);
                        switch (this.interpreter.adaptivePredict(this.tokenStream, 122, this.context) ) {
                        case 1:
                            {
                            this.state = 871;
                            this.match(WatParser.NAT);
                            }
                            break;
                        case 2:
                            {
                            this.state = 872;
                            this.match(WatParser.INT);
                            }
                            break;
                        case 3:
                            {
                            this.state = 873;
                            this.match(WatParser.FLOAT);
                            }
                            break;
                        case 4:
                            {
                            this.state = 874;
                            this.match(WatParser.ID);
                            }
                            break;
                        case 5:
                            {
                            this.state = 875;
                            this.match(WatParser.MEM_OFFSET);
                            }
                            break;
                        case 6:
                            {
                            this.state = 876;
                            this.match(WatParser.MEM_ALIGN);
                            }
                            break;
                        case 7:
                            {
                            this.state = 877;
                            this.match(WatParser.SHAPE);
                            }
                            break;
                        case 8:
                            {
                            this.state = 878;
                            this.match(WatParser.FUNC);
                            }
                            break;
                        case 9:
                            {
                            this.state = 879;
                            this.match(WatParser.STRUCT);
                            }
                            break;
                        case 10:
                            {
                            this.state = 880;
                            this.match(WatParser.ARRAY);
                            }
                            break;
                        case 11:
                            {
                            this.state = 881;
                            this.match(WatParser.HEAP_TYPE);
                            }
                            break;
                        case 12:
                            {
                            this.state = 882;
                            this.match(WatParser.NULL);
                            }
                            break;
                        case 13:
                            {
                            this.state = 883;
                            this.match(WatParser.LPAR);
                            this.state = 884;
                            this.match(WatParser.TYPE);
                            this.state = 885;
                            this.idx();
                            this.state = 886;
                            this.match(WatParser.RPAR);
                            }
                            break;
                        case 14:
                            {
                            this.state = 888;
                            this.param();
                            }
                            break;
                        case 15:
                            {
                            this.state = 889;
                            this.result();
                            }
                            break;
                        case 16:
                            {
                            this.state = 890;
                            this.refType();
                            }
                            break;
                        }
                        }
                    }
                    this.state = 895;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 123, this.context);
                }
                this.state = 899;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 896;
                    this.foldedInstr();
                    }
                    }
                    this.state = 901;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 902;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.BLOCK:
            case WatParser.LOOP:
                {
                this.state = 903;
                _la = this.tokenStream.LA(1);
                if(!(_la === 43 || _la === 44)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 905;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 904;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 907;
                this.typeUse();
                this.state = 908;
                this.instrList();
                this.state = 909;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.IF:
                {
                this.state = 911;
                this.match(WatParser.IF);
                this.state = 913;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 912;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 915;
                this.typeUse();
                this.state = 919;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 127, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 916;
                        this.foldedInstr();
                        }
                        }
                    }
                    this.state = 921;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 127, this.context);
                }
                this.state = 922;
                this.match(WatParser.LPAR);
                this.state = 923;
                this.match(WatParser.THEN);
                this.state = 924;
                this.instrList();
                this.state = 925;
                this.match(WatParser.RPAR);
                this.state = 931;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 1) {
                    {
                    this.state = 926;
                    this.match(WatParser.LPAR);
                    this.state = 927;
                    this.match(WatParser.ELSE);
                    this.state = 928;
                    this.instrList();
                    this.state = 929;
                    this.match(WatParser.RPAR);
                    }
                }

                this.state = 933;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.TRY_TABLE:
                {
                this.state = 935;
                this.match(WatParser.TRY_TABLE);
                this.state = 937;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 936;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 939;
                this.typeUse();
                this.state = 943;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 130, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 940;
                        this.catchClause();
                        }
                        }
                    }
                    this.state = 945;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 130, this.context);
                }
                this.state = 946;
                this.instrList();
                this.state = 947;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.TRY:
                {
                this.state = 949;
                this.match(WatParser.TRY);
                this.state = 951;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 950;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 953;
                this.typeUse();
                this.state = 954;
                this.match(WatParser.LPAR);
                this.state = 955;
                this.match(WatParser.DO);
                this.state = 956;
                this.instrList();
                this.state = 957;
                this.match(WatParser.RPAR);
                this.state = 972;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 134, this.context) ) {
                case 1:
                    {
                    this.state = 961;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 132, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            {
                            this.state = 958;
                            this.foldedCatch();
                            }
                            }
                        }
                        this.state = 963;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 132, this.context);
                    }
                    this.state = 965;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 1) {
                        {
                        this.state = 964;
                        this.foldedCatchAll();
                        }
                    }

                    }
                    break;
                case 2:
                    {
                    this.state = 967;
                    this.match(WatParser.LPAR);
                    this.state = 968;
                    this.match(WatParser.DELEGATE);
                    this.state = 969;
                    this.idx();
                    this.state = 970;
                    this.match(WatParser.RPAR);
                    }
                    break;
                }
                this.state = 974;
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
        this.enterRule(localContext, 92, WatParser.RULE_foldedCatch);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 978;
            this.match(WatParser.LPAR);
            this.state = 979;
            this.match(WatParser.CATCH);
            this.state = 980;
            this.idx();
            this.state = 981;
            this.instrList();
            this.state = 982;
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
        this.enterRule(localContext, 94, WatParser.RULE_foldedCatchAll);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 984;
            this.match(WatParser.LPAR);
            this.state = 985;
            this.match(WatParser.CATCH_ALL);
            this.state = 986;
            this.instrList();
            this.state = 987;
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
        4,1,72,990,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,7,
        6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,13,
        2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,7,19,2,20,
        7,20,2,21,7,21,2,22,7,22,2,23,7,23,2,24,7,24,2,25,7,25,2,26,7,26,
        2,27,7,27,2,28,7,28,2,29,7,29,2,30,7,30,2,31,7,31,2,32,7,32,2,33,
        7,33,2,34,7,34,2,35,7,35,2,36,7,36,2,37,7,37,2,38,7,38,2,39,7,39,
        2,40,7,40,2,41,7,41,2,42,7,42,2,43,7,43,2,44,7,44,2,45,7,45,2,46,
        7,46,2,47,7,47,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,4,
        0,109,8,0,11,0,12,0,110,1,0,1,0,1,0,5,0,116,8,0,10,0,12,0,119,9,
        0,1,0,3,0,122,8,0,1,1,1,1,1,1,1,1,3,1,128,8,1,1,1,3,1,131,8,1,1,
        1,1,1,1,1,1,1,1,1,3,1,138,8,1,1,1,1,1,1,1,1,1,1,1,1,1,3,1,146,8,
        1,1,1,1,1,5,1,150,8,1,10,1,12,1,153,9,1,1,1,1,1,1,1,1,1,1,1,5,1,
        160,8,1,10,1,12,1,163,9,1,1,1,3,1,166,8,1,1,2,1,2,1,2,3,2,171,8,
        2,1,2,3,2,174,8,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,
        2,5,2,188,8,2,10,2,12,2,191,9,2,1,2,1,2,5,2,195,8,2,10,2,12,2,198,
        9,2,3,2,200,8,2,1,2,1,2,1,2,1,2,1,2,3,2,207,8,2,1,2,3,2,210,8,2,
        1,2,3,2,213,8,2,1,3,1,3,1,3,3,3,218,8,3,1,3,1,3,5,3,222,8,3,10,3,
        12,3,225,9,3,1,3,1,3,1,3,1,3,3,3,231,8,3,1,3,1,3,3,3,235,8,3,1,4,
        1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,5,4,252,
        8,4,10,4,12,4,255,9,4,1,4,1,4,1,5,1,5,5,5,261,8,5,10,5,12,5,264,
        9,5,1,5,1,5,3,5,268,8,5,1,6,1,6,1,6,3,6,273,8,6,1,6,1,6,1,6,1,7,
        1,7,1,7,5,7,281,8,7,10,7,12,7,284,9,7,1,7,1,7,1,8,1,8,1,8,3,8,291,
        8,8,1,8,5,8,294,8,8,10,8,12,8,297,9,8,1,8,1,8,1,8,1,8,3,8,303,8,
        8,1,9,1,9,1,9,5,9,308,8,9,10,9,12,9,311,9,9,1,9,5,9,314,8,9,10,9,
        12,9,317,9,9,1,9,1,9,1,9,1,9,5,9,323,8,9,10,9,12,9,326,9,9,1,9,1,
        9,1,9,1,9,1,9,1,9,3,9,334,8,9,1,10,1,10,1,10,1,10,1,10,5,10,341,
        8,10,10,10,12,10,344,9,10,3,10,346,8,10,1,10,1,10,1,11,1,11,1,11,
        1,11,1,11,1,11,3,11,356,8,11,1,12,1,12,1,12,3,12,361,8,12,1,13,1,
        13,1,13,1,13,3,13,367,8,13,1,13,1,13,1,13,3,13,372,8,13,1,14,1,14,
        1,14,1,14,1,14,3,14,379,8,14,1,15,1,15,1,16,1,16,1,16,1,16,1,16,
        3,16,388,8,16,1,16,1,16,5,16,392,8,16,10,16,12,16,395,9,16,3,16,
        397,8,16,1,16,1,16,1,17,1,17,1,17,1,17,5,17,405,8,17,10,17,12,17,
        408,9,17,1,17,1,17,1,18,1,18,1,18,1,18,1,18,3,18,417,8,18,1,18,5,
        18,420,8,18,10,18,12,18,423,9,18,1,18,5,18,426,8,18,10,18,12,18,
        429,9,18,1,19,3,19,432,8,19,1,19,1,19,3,19,436,8,19,1,20,1,20,1,
        20,1,21,1,21,3,21,443,8,21,1,21,3,21,446,8,21,1,22,1,22,1,22,1,22,
        1,22,1,23,1,23,1,23,1,23,1,23,1,23,3,23,459,8,23,1,23,3,23,462,8,
        23,1,24,1,24,1,24,1,24,1,24,1,24,4,24,470,8,24,11,24,12,24,471,1,
        24,3,24,475,8,24,3,24,477,8,24,1,24,1,24,1,25,1,25,1,25,1,25,3,25,
        485,8,25,1,25,1,25,1,26,1,26,1,26,3,26,492,8,26,1,26,1,26,1,26,1,
        26,1,26,1,26,3,26,500,8,26,1,26,1,26,1,26,1,26,1,26,1,26,3,26,508,
        8,26,1,26,1,26,1,26,1,26,1,26,1,26,3,26,516,8,26,1,26,1,26,1,26,
        1,26,1,26,1,26,3,26,524,8,26,1,26,1,26,1,26,3,26,529,8,26,1,27,1,
        27,1,27,1,27,1,27,1,27,1,28,1,28,1,28,1,28,1,28,1,29,1,29,1,29,1,
        29,1,29,1,29,1,29,1,29,1,29,1,30,1,30,1,31,1,31,1,31,3,31,556,8,
        31,1,31,5,31,559,8,31,10,31,12,31,562,9,31,1,31,3,31,565,8,31,1,
        31,1,31,5,31,569,8,31,10,31,12,31,572,9,31,1,31,1,31,1,31,1,32,1,
        32,1,32,1,32,1,32,3,32,582,8,32,1,32,1,32,5,32,586,8,32,10,32,12,
        32,589,9,32,3,32,591,8,32,1,32,1,32,1,33,1,33,1,33,3,33,598,8,33,
        1,33,5,33,601,8,33,10,33,12,33,604,9,33,1,33,3,33,607,8,33,1,33,
        1,33,1,33,1,33,3,33,613,8,33,1,33,1,33,1,33,1,33,4,33,619,8,33,11,
        33,12,33,620,1,33,4,33,624,8,33,11,33,12,33,625,3,33,628,8,33,1,
        33,1,33,3,33,632,8,33,1,33,1,33,1,34,1,34,1,34,3,34,639,8,34,1,34,
        5,34,642,8,34,10,34,12,34,645,9,34,1,34,3,34,648,8,34,1,34,1,34,
        3,34,652,8,34,1,34,3,34,655,8,34,1,34,1,34,1,34,5,34,660,8,34,10,
        34,12,34,663,9,34,1,34,3,34,666,8,34,1,34,1,34,1,35,1,35,1,35,3,
        35,673,8,35,1,35,5,35,676,8,35,10,35,12,35,679,9,35,1,35,3,35,682,
        8,35,1,35,1,35,1,35,1,35,1,36,1,36,1,36,3,36,691,8,36,1,36,5,36,
        694,8,36,10,36,12,36,697,9,36,1,36,3,36,700,8,36,1,36,1,36,1,36,
        1,37,1,37,1,37,1,37,1,37,1,38,1,38,1,38,3,38,713,8,38,1,38,1,38,
        1,38,1,38,1,38,1,38,1,38,1,38,1,38,3,38,724,8,38,1,38,1,38,1,38,
        5,38,729,8,38,10,38,12,38,732,9,38,3,38,734,8,38,3,38,736,8,38,1,
        38,1,38,1,39,1,39,5,39,742,8,39,10,39,12,39,745,9,39,1,39,1,39,5,
        39,749,8,39,10,39,12,39,752,9,39,3,39,754,8,39,1,40,1,40,1,40,1,
        40,1,40,1,40,3,40,762,8,40,1,41,1,41,1,41,1,41,1,41,1,41,3,41,770,
        8,41,1,42,1,42,1,42,3,42,775,8,42,1,42,1,42,1,42,1,42,1,42,1,42,
        3,42,783,8,42,1,42,3,42,786,8,42,1,42,5,42,789,8,42,10,42,12,42,
        792,9,42,1,42,1,42,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,
        1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,1,43,5,43,
        817,8,43,10,43,12,43,820,9,43,1,43,1,43,3,43,824,8,43,1,43,1,43,
        1,43,3,43,829,8,43,1,43,1,43,5,43,833,8,43,10,43,12,43,836,9,43,
        1,43,1,43,3,43,840,8,43,1,43,1,43,1,43,1,43,1,43,1,43,5,43,848,8,
        43,10,43,12,43,851,9,43,1,44,1,44,1,44,1,44,1,44,1,44,1,44,1,44,
        1,44,1,44,1,44,1,44,1,44,3,44,866,8,44,1,44,1,44,1,45,1,45,1,45,
        1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,
        1,45,1,45,1,45,1,45,1,45,1,45,5,45,892,8,45,10,45,12,45,895,9,45,
        1,45,5,45,898,8,45,10,45,12,45,901,9,45,1,45,1,45,1,45,3,45,906,
        8,45,1,45,1,45,1,45,1,45,1,45,1,45,3,45,914,8,45,1,45,1,45,5,45,
        918,8,45,10,45,12,45,921,9,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,
        1,45,1,45,3,45,932,8,45,1,45,1,45,1,45,1,45,3,45,938,8,45,1,45,1,
        45,5,45,942,8,45,10,45,12,45,945,9,45,1,45,1,45,1,45,1,45,1,45,3,
        45,952,8,45,1,45,1,45,1,45,1,45,1,45,1,45,5,45,960,8,45,10,45,12,
        45,963,9,45,1,45,3,45,966,8,45,1,45,1,45,1,45,1,45,1,45,3,45,973,
        8,45,1,45,1,45,3,45,977,8,45,1,46,1,46,1,46,1,46,1,46,1,46,1,47,
        1,47,1,47,1,47,1,47,1,47,0,0,48,0,2,4,6,8,10,12,14,16,18,20,22,24,
        26,28,30,32,34,36,38,40,42,44,46,48,50,52,54,56,58,60,62,64,66,68,
        70,72,74,76,78,80,82,84,86,88,90,92,94,0,8,1,0,62,63,2,0,69,69,71,
        71,1,0,1,2,1,0,8,9,2,0,16,16,20,23,2,0,43,45,50,50,1,0,47,48,1,0,
        43,44,1164,0,121,1,0,0,0,2,165,1,0,0,0,4,212,1,0,0,0,6,234,1,0,0,
        0,8,236,1,0,0,0,10,267,1,0,0,0,12,269,1,0,0,0,14,277,1,0,0,0,16,
        302,1,0,0,0,18,333,1,0,0,0,20,335,1,0,0,0,22,355,1,0,0,0,24,360,
        1,0,0,0,26,371,1,0,0,0,28,378,1,0,0,0,30,380,1,0,0,0,32,382,1,0,
        0,0,34,400,1,0,0,0,36,416,1,0,0,0,38,431,1,0,0,0,40,437,1,0,0,0,
        42,440,1,0,0,0,44,447,1,0,0,0,46,461,1,0,0,0,48,463,1,0,0,0,50,480,
        1,0,0,0,52,528,1,0,0,0,54,530,1,0,0,0,56,536,1,0,0,0,58,541,1,0,
        0,0,60,550,1,0,0,0,62,552,1,0,0,0,64,576,1,0,0,0,66,594,1,0,0,0,
        68,635,1,0,0,0,70,669,1,0,0,0,72,687,1,0,0,0,74,704,1,0,0,0,76,709,
        1,0,0,0,78,753,1,0,0,0,80,761,1,0,0,0,82,769,1,0,0,0,84,771,1,0,
        0,0,86,849,1,0,0,0,88,852,1,0,0,0,90,869,1,0,0,0,92,978,1,0,0,0,
        94,984,1,0,0,0,96,109,3,12,6,0,97,109,3,14,7,0,98,109,3,48,24,0,
        99,109,3,62,31,0,100,109,3,66,33,0,101,109,3,68,34,0,102,109,3,70,
        35,0,103,109,3,58,29,0,104,109,3,74,37,0,105,109,3,76,38,0,106,109,
        3,84,42,0,107,109,3,72,36,0,108,96,1,0,0,0,108,97,1,0,0,0,108,98,
        1,0,0,0,108,99,1,0,0,0,108,100,1,0,0,0,108,101,1,0,0,0,108,102,1,
        0,0,0,108,103,1,0,0,0,108,104,1,0,0,0,108,105,1,0,0,0,108,106,1,
        0,0,0,108,107,1,0,0,0,109,110,1,0,0,0,110,108,1,0,0,0,110,111,1,
        0,0,0,111,112,1,0,0,0,112,113,5,0,0,1,113,122,1,0,0,0,114,116,3,
        2,1,0,115,114,1,0,0,0,116,119,1,0,0,0,117,115,1,0,0,0,117,118,1,
        0,0,0,118,120,1,0,0,0,119,117,1,0,0,0,120,122,5,0,0,1,121,108,1,
        0,0,0,121,117,1,0,0,0,122,1,1,0,0,0,123,166,3,4,2,0,124,125,5,1,
        0,0,125,127,5,65,0,0,126,128,5,8,0,0,127,126,1,0,0,0,127,128,1,0,
        0,0,128,130,1,0,0,0,129,131,5,8,0,0,130,129,1,0,0,0,130,131,1,0,
        0,0,131,132,1,0,0,0,132,166,5,2,0,0,133,134,5,1,0,0,134,135,5,66,
        0,0,135,137,5,7,0,0,136,138,5,8,0,0,137,136,1,0,0,0,137,138,1,0,
        0,0,138,139,1,0,0,0,139,166,5,2,0,0,140,166,3,6,3,0,141,142,5,1,
        0,0,142,145,5,70,0,0,143,146,3,6,3,0,144,146,3,4,2,0,145,143,1,0,
        0,0,145,144,1,0,0,0,146,151,1,0,0,0,147,150,3,8,4,0,148,150,5,7,
        0,0,149,147,1,0,0,0,149,148,1,0,0,0,150,153,1,0,0,0,151,149,1,0,
        0,0,151,152,1,0,0,0,152,154,1,0,0,0,153,151,1,0,0,0,154,155,5,2,
        0,0,155,166,1,0,0,0,156,157,5,1,0,0,157,161,5,71,0,0,158,160,3,10,
        5,0,159,158,1,0,0,0,160,163,1,0,0,0,161,159,1,0,0,0,161,162,1,0,
        0,0,162,164,1,0,0,0,163,161,1,0,0,0,164,166,5,2,0,0,165,123,1,0,
        0,0,165,124,1,0,0,0,165,133,1,0,0,0,165,140,1,0,0,0,165,141,1,0,
        0,0,165,156,1,0,0,0,166,3,1,0,0,0,167,168,5,1,0,0,168,170,5,14,0,
        0,169,171,5,64,0,0,170,169,1,0,0,0,170,171,1,0,0,0,171,173,1,0,0,
        0,172,174,5,8,0,0,173,172,1,0,0,0,173,174,1,0,0,0,174,199,1,0,0,
        0,175,188,3,12,6,0,176,188,3,14,7,0,177,188,3,48,24,0,178,188,3,
        62,31,0,179,188,3,66,33,0,180,188,3,68,34,0,181,188,3,70,35,0,182,
        188,3,58,29,0,183,188,3,74,37,0,184,188,3,76,38,0,185,188,3,84,42,
        0,186,188,3,72,36,0,187,175,1,0,0,0,187,176,1,0,0,0,187,177,1,0,
        0,0,187,178,1,0,0,0,187,179,1,0,0,0,187,180,1,0,0,0,187,181,1,0,
        0,0,187,182,1,0,0,0,187,183,1,0,0,0,187,184,1,0,0,0,187,185,1,0,
        0,0,187,186,1,0,0,0,188,191,1,0,0,0,189,187,1,0,0,0,189,190,1,0,
        0,0,190,200,1,0,0,0,191,189,1,0,0,0,192,196,7,0,0,0,193,195,5,7,
        0,0,194,193,1,0,0,0,195,198,1,0,0,0,196,194,1,0,0,0,196,197,1,0,
        0,0,197,200,1,0,0,0,198,196,1,0,0,0,199,189,1,0,0,0,199,192,1,0,
        0,0,200,201,1,0,0,0,201,213,5,2,0,0,202,203,5,1,0,0,203,204,5,14,
        0,0,204,206,5,65,0,0,205,207,5,8,0,0,206,205,1,0,0,0,206,207,1,0,
        0,0,207,209,1,0,0,0,208,210,5,8,0,0,209,208,1,0,0,0,209,210,1,0,
        0,0,210,211,1,0,0,0,211,213,5,2,0,0,212,167,1,0,0,0,212,202,1,0,
        0,0,213,5,1,0,0,0,214,215,5,1,0,0,215,217,5,67,0,0,216,218,5,8,0,
        0,217,216,1,0,0,0,217,218,1,0,0,0,218,219,1,0,0,0,219,223,5,7,0,
        0,220,222,3,8,4,0,221,220,1,0,0,0,222,225,1,0,0,0,223,221,1,0,0,
        0,223,224,1,0,0,0,224,226,1,0,0,0,225,223,1,0,0,0,226,235,5,2,0,
        0,227,228,5,1,0,0,228,230,5,68,0,0,229,231,5,8,0,0,230,229,1,0,0,
        0,230,231,1,0,0,0,231,232,1,0,0,0,232,233,5,7,0,0,233,235,5,2,0,
        0,234,214,1,0,0,0,234,227,1,0,0,0,235,7,1,0,0,0,236,237,5,1,0,0,
        237,253,7,1,0,0,238,252,5,9,0,0,239,252,5,10,0,0,240,252,5,11,0,
        0,241,252,5,71,0,0,242,252,5,72,0,0,243,252,5,61,0,0,244,252,5,16,
        0,0,245,252,5,38,0,0,246,252,5,39,0,0,247,252,5,60,0,0,248,252,5,
        8,0,0,249,252,5,34,0,0,250,252,3,8,4,0,251,238,1,0,0,0,251,239,1,
        0,0,0,251,240,1,0,0,0,251,241,1,0,0,0,251,242,1,0,0,0,251,243,1,
        0,0,0,251,244,1,0,0,0,251,245,1,0,0,0,251,246,1,0,0,0,251,247,1,
        0,0,0,251,248,1,0,0,0,251,249,1,0,0,0,251,250,1,0,0,0,252,255,1,
        0,0,0,253,251,1,0,0,0,253,254,1,0,0,0,254,256,1,0,0,0,255,253,1,
        0,0,0,256,257,5,2,0,0,257,9,1,0,0,0,258,262,5,1,0,0,259,261,3,10,
        5,0,260,259,1,0,0,0,261,264,1,0,0,0,262,260,1,0,0,0,262,263,1,0,
        0,0,263,265,1,0,0,0,264,262,1,0,0,0,265,268,5,2,0,0,266,268,8,2,
        0,0,267,258,1,0,0,0,267,266,1,0,0,0,268,11,1,0,0,0,269,270,5,1,0,
        0,270,272,5,15,0,0,271,273,5,8,0,0,272,271,1,0,0,0,272,273,1,0,0,
        0,273,274,1,0,0,0,274,275,3,16,8,0,275,276,5,2,0,0,276,13,1,0,0,
        0,277,278,5,1,0,0,278,282,5,37,0,0,279,281,3,12,6,0,280,279,1,0,
        0,0,281,284,1,0,0,0,282,280,1,0,0,0,282,283,1,0,0,0,283,285,1,0,
        0,0,284,282,1,0,0,0,285,286,5,2,0,0,286,15,1,0,0,0,287,288,5,1,0,
        0,288,290,5,35,0,0,289,291,5,36,0,0,290,289,1,0,0,0,290,291,1,0,
        0,0,291,295,1,0,0,0,292,294,3,30,15,0,293,292,1,0,0,0,294,297,1,
        0,0,0,295,293,1,0,0,0,295,296,1,0,0,0,296,298,1,0,0,0,297,295,1,
        0,0,0,298,299,3,18,9,0,299,300,5,2,0,0,300,303,1,0,0,0,301,303,3,
        18,9,0,302,287,1,0,0,0,302,301,1,0,0,0,303,17,1,0,0,0,304,305,5,
        1,0,0,305,309,5,16,0,0,306,308,3,32,16,0,307,306,1,0,0,0,308,311,
        1,0,0,0,309,307,1,0,0,0,309,310,1,0,0,0,310,315,1,0,0,0,311,309,
        1,0,0,0,312,314,3,34,17,0,313,312,1,0,0,0,314,317,1,0,0,0,315,313,
        1,0,0,0,315,316,1,0,0,0,316,318,1,0,0,0,317,315,1,0,0,0,318,334,
        5,2,0,0,319,320,5,1,0,0,320,324,5,38,0,0,321,323,3,20,10,0,322,321,
        1,0,0,0,323,326,1,0,0,0,324,322,1,0,0,0,324,325,1,0,0,0,325,327,
        1,0,0,0,326,324,1,0,0,0,327,334,5,2,0,0,328,329,5,1,0,0,329,330,
        5,39,0,0,330,331,3,22,11,0,331,332,5,2,0,0,332,334,1,0,0,0,333,304,
        1,0,0,0,333,319,1,0,0,0,333,328,1,0,0,0,334,19,1,0,0,0,335,336,5,
        1,0,0,336,345,5,40,0,0,337,338,5,8,0,0,338,346,3,22,11,0,339,341,
        3,22,11,0,340,339,1,0,0,0,341,344,1,0,0,0,342,340,1,0,0,0,342,343,
        1,0,0,0,343,346,1,0,0,0,344,342,1,0,0,0,345,337,1,0,0,0,345,342,
        1,0,0,0,346,347,1,0,0,0,347,348,5,2,0,0,348,21,1,0,0,0,349,356,3,
        24,12,0,350,351,5,1,0,0,351,352,5,32,0,0,352,353,3,24,12,0,353,354,
        5,2,0,0,354,356,1,0,0,0,355,349,1,0,0,0,355,350,1,0,0,0,356,23,1,
        0,0,0,357,361,5,57,0,0,358,361,3,26,13,0,359,361,5,58,0,0,360,357,
        1,0,0,0,360,358,1,0,0,0,360,359,1,0,0,0,361,25,1,0,0,0,362,372,5,
        59,0,0,363,364,5,1,0,0,364,366,5,33,0,0,365,367,5,34,0,0,366,365,
        1,0,0,0,366,367,1,0,0,0,367,368,1,0,0,0,368,369,3,28,14,0,369,370,
        5,2,0,0,370,372,1,0,0,0,371,362,1,0,0,0,371,363,1,0,0,0,372,27,1,
        0,0,0,373,379,5,16,0,0,374,379,5,38,0,0,375,379,5,39,0,0,376,379,
        5,60,0,0,377,379,3,30,15,0,378,373,1,0,0,0,378,374,1,0,0,0,378,375,
        1,0,0,0,378,376,1,0,0,0,378,377,1,0,0,0,379,29,1,0,0,0,380,381,7,
        3,0,0,381,31,1,0,0,0,382,383,5,1,0,0,383,396,5,17,0,0,384,387,5,
        8,0,0,385,388,5,57,0,0,386,388,3,26,13,0,387,385,1,0,0,0,387,386,
        1,0,0,0,388,397,1,0,0,0,389,392,5,57,0,0,390,392,3,26,13,0,391,389,
        1,0,0,0,391,390,1,0,0,0,392,395,1,0,0,0,393,391,1,0,0,0,393,394,
        1,0,0,0,394,397,1,0,0,0,395,393,1,0,0,0,396,384,1,0,0,0,396,393,
        1,0,0,0,397,398,1,0,0,0,398,399,5,2,0,0,399,33,1,0,0,0,400,401,5,
        1,0,0,401,406,5,18,0,0,402,405,5,57,0,0,403,405,3,26,13,0,404,402,
        1,0,0,0,404,403,1,0,0,0,405,408,1,0,0,0,406,404,1,0,0,0,406,407,
        1,0,0,0,407,409,1,0,0,0,408,406,1,0,0,0,409,410,5,2,0,0,410,35,1,
        0,0,0,411,412,5,1,0,0,412,413,5,15,0,0,413,414,3,30,15,0,414,415,
        5,2,0,0,415,417,1,0,0,0,416,411,1,0,0,0,416,417,1,0,0,0,417,421,
        1,0,0,0,418,420,3,32,16,0,419,418,1,0,0,0,420,423,1,0,0,0,421,419,
        1,0,0,0,421,422,1,0,0,0,422,427,1,0,0,0,423,421,1,0,0,0,424,426,
        3,34,17,0,425,424,1,0,0,0,426,429,1,0,0,0,427,425,1,0,0,0,427,428,
        1,0,0,0,428,37,1,0,0,0,429,427,1,0,0,0,430,432,5,57,0,0,431,430,
        1,0,0,0,431,432,1,0,0,0,432,433,1,0,0,0,433,435,5,9,0,0,434,436,
        5,9,0,0,435,434,1,0,0,0,435,436,1,0,0,0,436,39,1,0,0,0,437,438,3,
        38,19,0,438,439,3,26,13,0,439,41,1,0,0,0,440,442,3,38,19,0,441,443,
        5,41,0,0,442,441,1,0,0,0,442,443,1,0,0,0,443,445,1,0,0,0,444,446,
        3,44,22,0,445,444,1,0,0,0,445,446,1,0,0,0,446,43,1,0,0,0,447,448,
        5,1,0,0,448,449,5,42,0,0,449,450,5,9,0,0,450,451,5,2,0,0,451,45,
        1,0,0,0,452,462,5,57,0,0,453,462,3,26,13,0,454,455,5,1,0,0,455,458,
        5,32,0,0,456,459,5,57,0,0,457,459,3,26,13,0,458,456,1,0,0,0,458,
        457,1,0,0,0,459,460,1,0,0,0,460,462,5,2,0,0,461,452,1,0,0,0,461,
        453,1,0,0,0,461,454,1,0,0,0,462,47,1,0,0,0,463,464,5,1,0,0,464,465,
        5,24,0,0,465,476,5,7,0,0,466,467,5,7,0,0,467,477,3,52,26,0,468,470,
        3,50,25,0,469,468,1,0,0,0,470,471,1,0,0,0,471,469,1,0,0,0,471,472,
        1,0,0,0,472,474,1,0,0,0,473,475,3,52,26,0,474,473,1,0,0,0,474,475,
        1,0,0,0,475,477,1,0,0,0,476,466,1,0,0,0,476,469,1,0,0,0,477,478,
        1,0,0,0,478,479,5,2,0,0,479,49,1,0,0,0,480,481,5,1,0,0,481,482,5,
        30,0,0,482,484,5,7,0,0,483,485,3,52,26,0,484,483,1,0,0,0,484,485,
        1,0,0,0,485,486,1,0,0,0,486,487,5,2,0,0,487,51,1,0,0,0,488,489,5,
        1,0,0,489,491,5,16,0,0,490,492,5,8,0,0,491,490,1,0,0,0,491,492,1,
        0,0,0,492,493,1,0,0,0,493,494,3,36,18,0,494,495,5,2,0,0,495,529,
        1,0,0,0,496,497,5,1,0,0,497,499,5,21,0,0,498,500,5,8,0,0,499,498,
        1,0,0,0,499,500,1,0,0,0,500,501,1,0,0,0,501,502,3,40,20,0,502,503,
        5,2,0,0,503,529,1,0,0,0,504,505,5,1,0,0,505,507,5,22,0,0,506,508,
        5,8,0,0,507,506,1,0,0,0,507,508,1,0,0,0,508,509,1,0,0,0,509,510,
        3,42,21,0,510,511,5,2,0,0,511,529,1,0,0,0,512,513,5,1,0,0,513,515,
        5,20,0,0,514,516,5,8,0,0,515,514,1,0,0,0,515,516,1,0,0,0,516,517,
        1,0,0,0,517,518,3,46,23,0,518,519,5,2,0,0,519,529,1,0,0,0,520,521,
        5,1,0,0,521,523,5,23,0,0,522,524,5,8,0,0,523,522,1,0,0,0,523,524,
        1,0,0,0,524,525,1,0,0,0,525,526,3,36,18,0,526,527,5,2,0,0,527,529,
        1,0,0,0,528,488,1,0,0,0,528,496,1,0,0,0,528,504,1,0,0,0,528,512,
        1,0,0,0,528,520,1,0,0,0,529,53,1,0,0,0,530,531,5,1,0,0,531,532,5,
        24,0,0,532,533,5,7,0,0,533,534,5,7,0,0,534,535,5,2,0,0,535,55,1,
        0,0,0,536,537,5,1,0,0,537,538,5,25,0,0,538,539,5,7,0,0,539,540,5,
        2,0,0,540,57,1,0,0,0,541,542,5,1,0,0,542,543,5,25,0,0,543,544,5,
        7,0,0,544,545,5,1,0,0,545,546,3,60,30,0,546,547,3,30,15,0,547,548,
        5,2,0,0,548,549,5,2,0,0,549,59,1,0,0,0,550,551,7,4,0,0,551,61,1,
        0,0,0,552,553,5,1,0,0,553,555,5,16,0,0,554,556,5,8,0,0,555,554,1,
        0,0,0,555,556,1,0,0,0,556,560,1,0,0,0,557,559,3,56,28,0,558,557,
        1,0,0,0,559,562,1,0,0,0,560,558,1,0,0,0,560,561,1,0,0,0,561,564,
        1,0,0,0,562,560,1,0,0,0,563,565,3,54,27,0,564,563,1,0,0,0,564,565,
        1,0,0,0,565,566,1,0,0,0,566,570,3,36,18,0,567,569,3,64,32,0,568,
        567,1,0,0,0,569,572,1,0,0,0,570,568,1,0,0,0,570,571,1,0,0,0,571,
        573,1,0,0,0,572,570,1,0,0,0,573,574,3,86,43,0,574,575,5,2,0,0,575,
        63,1,0,0,0,576,577,5,1,0,0,577,590,5,19,0,0,578,581,5,8,0,0,579,
        582,5,57,0,0,580,582,3,26,13,0,581,579,1,0,0,0,581,580,1,0,0,0,582,
        591,1,0,0,0,583,586,5,57,0,0,584,586,3,26,13,0,585,583,1,0,0,0,585,
        584,1,0,0,0,586,589,1,0,0,0,587,585,1,0,0,0,587,588,1,0,0,0,588,
        591,1,0,0,0,589,587,1,0,0,0,590,578,1,0,0,0,590,587,1,0,0,0,591,
        592,1,0,0,0,592,593,5,2,0,0,593,65,1,0,0,0,594,595,5,1,0,0,595,597,
        5,21,0,0,596,598,5,8,0,0,597,596,1,0,0,0,597,598,1,0,0,0,598,602,
        1,0,0,0,599,601,3,56,28,0,600,599,1,0,0,0,601,604,1,0,0,0,602,600,
        1,0,0,0,602,603,1,0,0,0,603,606,1,0,0,0,604,602,1,0,0,0,605,607,
        3,54,27,0,606,605,1,0,0,0,606,607,1,0,0,0,607,631,1,0,0,0,608,609,
        3,40,20,0,609,610,3,86,43,0,610,632,1,0,0,0,611,613,5,57,0,0,612,
        611,1,0,0,0,612,613,1,0,0,0,613,614,1,0,0,0,614,615,3,26,13,0,615,
        616,5,1,0,0,616,627,5,27,0,0,617,619,3,80,40,0,618,617,1,0,0,0,619,
        620,1,0,0,0,620,618,1,0,0,0,620,621,1,0,0,0,621,628,1,0,0,0,622,
        624,3,30,15,0,623,622,1,0,0,0,624,625,1,0,0,0,625,623,1,0,0,0,625,
        626,1,0,0,0,626,628,1,0,0,0,627,618,1,0,0,0,627,623,1,0,0,0,627,
        628,1,0,0,0,628,629,1,0,0,0,629,630,5,2,0,0,630,632,1,0,0,0,631,
        608,1,0,0,0,631,612,1,0,0,0,632,633,1,0,0,0,633,634,5,2,0,0,634,
        67,1,0,0,0,635,636,5,1,0,0,636,638,5,22,0,0,637,639,5,8,0,0,638,
        637,1,0,0,0,638,639,1,0,0,0,639,643,1,0,0,0,640,642,3,56,28,0,641,
        640,1,0,0,0,642,645,1,0,0,0,643,641,1,0,0,0,643,644,1,0,0,0,644,
        647,1,0,0,0,645,643,1,0,0,0,646,648,3,54,27,0,647,646,1,0,0,0,647,
        648,1,0,0,0,648,665,1,0,0,0,649,666,3,42,21,0,650,652,5,57,0,0,651,
        650,1,0,0,0,651,652,1,0,0,0,652,654,1,0,0,0,653,655,3,44,22,0,654,
        653,1,0,0,0,654,655,1,0,0,0,655,656,1,0,0,0,656,657,5,1,0,0,657,
        661,5,28,0,0,658,660,5,7,0,0,659,658,1,0,0,0,660,663,1,0,0,0,661,
        659,1,0,0,0,661,662,1,0,0,0,662,664,1,0,0,0,663,661,1,0,0,0,664,
        666,5,2,0,0,665,649,1,0,0,0,665,651,1,0,0,0,666,667,1,0,0,0,667,
        668,5,2,0,0,668,69,1,0,0,0,669,670,5,1,0,0,670,672,5,20,0,0,671,
        673,5,8,0,0,672,671,1,0,0,0,672,673,1,0,0,0,673,677,1,0,0,0,674,
        676,3,56,28,0,675,674,1,0,0,0,676,679,1,0,0,0,677,675,1,0,0,0,677,
        678,1,0,0,0,678,681,1,0,0,0,679,677,1,0,0,0,680,682,3,54,27,0,681,
        680,1,0,0,0,681,682,1,0,0,0,682,683,1,0,0,0,683,684,3,46,23,0,684,
        685,3,86,43,0,685,686,5,2,0,0,686,71,1,0,0,0,687,688,5,1,0,0,688,
        690,5,23,0,0,689,691,5,8,0,0,690,689,1,0,0,0,690,691,1,0,0,0,691,
        695,1,0,0,0,692,694,3,56,28,0,693,692,1,0,0,0,694,697,1,0,0,0,695,
        693,1,0,0,0,695,696,1,0,0,0,696,699,1,0,0,0,697,695,1,0,0,0,698,
        700,3,54,27,0,699,698,1,0,0,0,699,700,1,0,0,0,700,701,1,0,0,0,701,
        702,3,36,18,0,702,703,5,2,0,0,703,73,1,0,0,0,704,705,5,1,0,0,705,
        706,5,26,0,0,706,707,3,30,15,0,707,708,5,2,0,0,708,75,1,0,0,0,709,
        710,5,1,0,0,710,712,5,27,0,0,711,713,5,8,0,0,712,711,1,0,0,0,712,
        713,1,0,0,0,713,735,1,0,0,0,714,736,3,78,39,0,715,716,5,31,0,0,716,
        736,3,78,39,0,717,718,5,1,0,0,718,719,5,21,0,0,719,720,3,30,15,0,
        720,721,5,2,0,0,721,724,1,0,0,0,722,724,5,9,0,0,723,717,1,0,0,0,
        723,722,1,0,0,0,723,724,1,0,0,0,724,725,1,0,0,0,725,733,3,82,41,
        0,726,734,3,78,39,0,727,729,3,30,15,0,728,727,1,0,0,0,729,732,1,
        0,0,0,730,728,1,0,0,0,730,731,1,0,0,0,731,734,1,0,0,0,732,730,1,
        0,0,0,733,726,1,0,0,0,733,730,1,0,0,0,734,736,1,0,0,0,735,714,1,
        0,0,0,735,715,1,0,0,0,735,723,1,0,0,0,736,737,1,0,0,0,737,738,5,
        2,0,0,738,77,1,0,0,0,739,743,3,26,13,0,740,742,3,80,40,0,741,740,
        1,0,0,0,742,745,1,0,0,0,743,741,1,0,0,0,743,744,1,0,0,0,744,754,
        1,0,0,0,745,743,1,0,0,0,746,750,5,16,0,0,747,749,3,30,15,0,748,747,
        1,0,0,0,749,752,1,0,0,0,750,748,1,0,0,0,750,751,1,0,0,0,751,754,
        1,0,0,0,752,750,1,0,0,0,753,739,1,0,0,0,753,746,1,0,0,0,754,79,1,
        0,0,0,755,756,5,1,0,0,756,757,5,30,0,0,757,758,3,86,43,0,758,759,
        5,2,0,0,759,762,1,0,0,0,760,762,3,90,45,0,761,755,1,0,0,0,761,760,
        1,0,0,0,762,81,1,0,0,0,763,764,5,1,0,0,764,765,5,29,0,0,765,766,
        3,86,43,0,766,767,5,2,0,0,767,770,1,0,0,0,768,770,3,90,45,0,769,
        763,1,0,0,0,769,768,1,0,0,0,770,83,1,0,0,0,771,772,5,1,0,0,772,774,
        5,28,0,0,773,775,5,8,0,0,774,773,1,0,0,0,774,775,1,0,0,0,775,785,
        1,0,0,0,776,777,5,1,0,0,777,778,5,22,0,0,778,779,3,30,15,0,779,780,
        5,2,0,0,780,783,1,0,0,0,781,783,5,9,0,0,782,776,1,0,0,0,782,781,
        1,0,0,0,782,783,1,0,0,0,783,784,1,0,0,0,784,786,3,82,41,0,785,782,
        1,0,0,0,785,786,1,0,0,0,786,790,1,0,0,0,787,789,5,7,0,0,788,787,
        1,0,0,0,789,792,1,0,0,0,790,788,1,0,0,0,790,791,1,0,0,0,791,793,
        1,0,0,0,792,790,1,0,0,0,793,794,5,2,0,0,794,85,1,0,0,0,795,818,5,
        71,0,0,796,817,5,9,0,0,797,817,5,10,0,0,798,817,5,11,0,0,799,817,
        5,8,0,0,800,817,5,12,0,0,801,817,5,13,0,0,802,817,5,61,0,0,803,817,
        5,16,0,0,804,817,5,38,0,0,805,817,5,39,0,0,806,817,5,60,0,0,807,
        817,5,34,0,0,808,809,5,1,0,0,809,810,5,15,0,0,810,811,3,30,15,0,
        811,812,5,2,0,0,812,817,1,0,0,0,813,817,3,32,16,0,814,817,3,34,17,
        0,815,817,3,26,13,0,816,796,1,0,0,0,816,797,1,0,0,0,816,798,1,0,
        0,0,816,799,1,0,0,0,816,800,1,0,0,0,816,801,1,0,0,0,816,802,1,0,
        0,0,816,803,1,0,0,0,816,804,1,0,0,0,816,805,1,0,0,0,816,806,1,0,
        0,0,816,807,1,0,0,0,816,808,1,0,0,0,816,813,1,0,0,0,816,814,1,0,
        0,0,816,815,1,0,0,0,817,820,1,0,0,0,818,816,1,0,0,0,818,819,1,0,
        0,0,819,848,1,0,0,0,820,818,1,0,0,0,821,823,7,5,0,0,822,824,5,8,
        0,0,823,822,1,0,0,0,823,824,1,0,0,0,824,825,1,0,0,0,825,848,3,36,
        18,0,826,828,5,49,0,0,827,829,5,8,0,0,828,827,1,0,0,0,828,829,1,
        0,0,0,829,830,1,0,0,0,830,834,3,36,18,0,831,833,3,88,44,0,832,831,
        1,0,0,0,833,836,1,0,0,0,834,832,1,0,0,0,834,835,1,0,0,0,835,848,
        1,0,0,0,836,834,1,0,0,0,837,839,7,6,0,0,838,840,5,8,0,0,839,838,
        1,0,0,0,839,840,1,0,0,0,840,848,1,0,0,0,841,842,5,52,0,0,842,848,
        3,30,15,0,843,848,5,54,0,0,844,845,5,56,0,0,845,848,3,30,15,0,846,
        848,3,90,45,0,847,795,1,0,0,0,847,821,1,0,0,0,847,826,1,0,0,0,847,
        837,1,0,0,0,847,841,1,0,0,0,847,843,1,0,0,0,847,844,1,0,0,0,847,
        846,1,0,0,0,848,851,1,0,0,0,849,847,1,0,0,0,849,850,1,0,0,0,850,
        87,1,0,0,0,851,849,1,0,0,0,852,865,5,1,0,0,853,854,5,52,0,0,854,
        855,3,30,15,0,855,856,3,30,15,0,856,866,1,0,0,0,857,858,5,53,0,0,
        858,859,3,30,15,0,859,860,3,30,15,0,860,866,1,0,0,0,861,862,5,54,
        0,0,862,866,3,30,15,0,863,864,5,55,0,0,864,866,3,30,15,0,865,853,
        1,0,0,0,865,857,1,0,0,0,865,861,1,0,0,0,865,863,1,0,0,0,866,867,
        1,0,0,0,867,868,5,2,0,0,868,89,1,0,0,0,869,976,5,1,0,0,870,893,5,
        71,0,0,871,892,5,9,0,0,872,892,5,10,0,0,873,892,5,11,0,0,874,892,
        5,8,0,0,875,892,5,12,0,0,876,892,5,13,0,0,877,892,5,61,0,0,878,892,
        5,16,0,0,879,892,5,38,0,0,880,892,5,39,0,0,881,892,5,60,0,0,882,
        892,5,34,0,0,883,884,5,1,0,0,884,885,5,15,0,0,885,886,3,30,15,0,
        886,887,5,2,0,0,887,892,1,0,0,0,888,892,3,32,16,0,889,892,3,34,17,
        0,890,892,3,26,13,0,891,871,1,0,0,0,891,872,1,0,0,0,891,873,1,0,
        0,0,891,874,1,0,0,0,891,875,1,0,0,0,891,876,1,0,0,0,891,877,1,0,
        0,0,891,878,1,0,0,0,891,879,1,0,0,0,891,880,1,0,0,0,891,881,1,0,
        0,0,891,882,1,0,0,0,891,883,1,0,0,0,891,888,1,0,0,0,891,889,1,0,
        0,0,891,890,1,0,0,0,892,895,1,0,0,0,893,891,1,0,0,0,893,894,1,0,
        0,0,894,899,1,0,0,0,895,893,1,0,0,0,896,898,3,90,45,0,897,896,1,
        0,0,0,898,901,1,0,0,0,899,897,1,0,0,0,899,900,1,0,0,0,900,902,1,
        0,0,0,901,899,1,0,0,0,902,977,5,2,0,0,903,905,7,7,0,0,904,906,5,
        8,0,0,905,904,1,0,0,0,905,906,1,0,0,0,906,907,1,0,0,0,907,908,3,
        36,18,0,908,909,3,86,43,0,909,910,5,2,0,0,910,977,1,0,0,0,911,913,
        5,45,0,0,912,914,5,8,0,0,913,912,1,0,0,0,913,914,1,0,0,0,914,915,
        1,0,0,0,915,919,3,36,18,0,916,918,3,90,45,0,917,916,1,0,0,0,918,
        921,1,0,0,0,919,917,1,0,0,0,919,920,1,0,0,0,920,922,1,0,0,0,921,
        919,1,0,0,0,922,923,5,1,0,0,923,924,5,46,0,0,924,925,3,86,43,0,925,
        931,5,2,0,0,926,927,5,1,0,0,927,928,5,47,0,0,928,929,3,86,43,0,929,
        930,5,2,0,0,930,932,1,0,0,0,931,926,1,0,0,0,931,932,1,0,0,0,932,
        933,1,0,0,0,933,934,5,2,0,0,934,977,1,0,0,0,935,937,5,49,0,0,936,
        938,5,8,0,0,937,936,1,0,0,0,937,938,1,0,0,0,938,939,1,0,0,0,939,
        943,3,36,18,0,940,942,3,88,44,0,941,940,1,0,0,0,942,945,1,0,0,0,
        943,941,1,0,0,0,943,944,1,0,0,0,944,946,1,0,0,0,945,943,1,0,0,0,
        946,947,3,86,43,0,947,948,5,2,0,0,948,977,1,0,0,0,949,951,5,50,0,
        0,950,952,5,8,0,0,951,950,1,0,0,0,951,952,1,0,0,0,952,953,1,0,0,
        0,953,954,3,36,18,0,954,955,5,1,0,0,955,956,5,51,0,0,956,957,3,86,
        43,0,957,972,5,2,0,0,958,960,3,92,46,0,959,958,1,0,0,0,960,963,1,
        0,0,0,961,959,1,0,0,0,961,962,1,0,0,0,962,965,1,0,0,0,963,961,1,
        0,0,0,964,966,3,94,47,0,965,964,1,0,0,0,965,966,1,0,0,0,966,973,
        1,0,0,0,967,968,5,1,0,0,968,969,5,56,0,0,969,970,3,30,15,0,970,971,
        5,2,0,0,971,973,1,0,0,0,972,961,1,0,0,0,972,967,1,0,0,0,973,974,
        1,0,0,0,974,975,5,2,0,0,975,977,1,0,0,0,976,870,1,0,0,0,976,903,
        1,0,0,0,976,911,1,0,0,0,976,935,1,0,0,0,976,949,1,0,0,0,977,91,1,
        0,0,0,978,979,5,1,0,0,979,980,5,52,0,0,980,981,3,30,15,0,981,982,
        3,86,43,0,982,983,5,2,0,0,983,93,1,0,0,0,984,985,5,1,0,0,985,986,
        5,54,0,0,986,987,3,86,43,0,987,988,5,2,0,0,988,95,1,0,0,0,136,108,
        110,117,121,127,130,137,145,149,151,161,165,170,173,187,189,196,
        199,206,209,212,217,223,230,234,251,253,262,267,272,282,290,295,
        302,309,315,324,333,342,345,355,360,366,371,378,387,391,393,396,
        404,406,416,421,427,431,435,442,445,458,461,471,474,476,484,491,
        499,507,515,523,528,555,560,564,570,581,585,587,590,597,602,606,
        612,620,625,627,631,638,643,647,651,654,661,665,672,677,681,690,
        695,699,712,723,730,733,735,743,750,753,761,769,774,782,785,790,
        816,818,823,828,834,839,847,849,865,891,893,899,905,913,919,931,
        937,943,951,961,965,972,976
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
