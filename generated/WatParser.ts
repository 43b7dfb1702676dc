
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
    public static readonly NUM_TYPE = 60;
    public static readonly PACKED_TYPE = 61;
    public static readonly REF_SHORTHAND = 62;
    public static readonly HEAP_TYPE = 63;
    public static readonly SHAPE = 64;
    public static readonly BINARY = 65;
    public static readonly QUOTE = 66;
    public static readonly DEFINITION = 67;
    public static readonly INSTANCE = 68;
    public static readonly REGISTER = 69;
    public static readonly INVOKE = 70;
    public static readonly GET = 71;
    public static readonly EITHER = 72;
    public static readonly ASSERT = 73;
    public static readonly KEYWORD = 74;
    public static readonly RESERVED = 75;
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
    public static readonly RULE_compType = 10;
    public static readonly RULE_field = 11;
    public static readonly RULE_fieldType = 12;
    public static readonly RULE_storageType = 13;
    public static readonly RULE_refType = 14;
    public static readonly RULE_heapType = 15;
    public static readonly RULE_idx = 16;
    public static readonly RULE_param = 17;
    public static readonly RULE_result = 18;
    public static readonly RULE_typeUse = 19;
    public static readonly RULE_limits = 20;
    public static readonly RULE_tableType = 21;
    public static readonly RULE_memoryType = 22;
    public static readonly RULE_pageSize = 23;
    public static readonly RULE_globalType = 24;
    public static readonly RULE_importField = 25;
    public static readonly RULE_importItem = 26;
    public static readonly RULE_importDesc = 27;
    public static readonly RULE_inlineImport = 28;
    public static readonly RULE_inlineExport = 29;
    public static readonly RULE_exportField = 30;
    public static readonly RULE_exportKind = 31;
    public static readonly RULE_funcField = 32;
    public static readonly RULE_local = 33;
    public static readonly RULE_tableField = 34;
    public static readonly RULE_memoryField = 35;
    public static readonly RULE_globalField = 36;
    public static readonly RULE_tagField = 37;
    public static readonly RULE_startField = 38;
    public static readonly RULE_elemField = 39;
    public static readonly RULE_elemList = 40;
    public static readonly RULE_elemItem = 41;
    public static readonly RULE_offset = 42;
    public static readonly RULE_dataField = 43;
    public static readonly RULE_instrList = 44;
    public static readonly RULE_catchClause = 45;
    public static readonly RULE_foldedInstr = 46;
    public static readonly RULE_foldedCatch = 47;
    public static readonly RULE_foldedCatchAll = 48;

    public static readonly literalNames = [
        null, "'('", "')'", null, null, null, null, null, null, null, null, 
        null, null, null, "'module'", "'type'", "'func'", "'param'", "'result'", 
        "'local'", "'global'", "'table'", "'memory'", "'tag'", "'import'", 
        "'export'", "'start'", "'elem'", "'data'", "'offset'", "'item'", 
        "'declare'", "'mut'", "'ref'", "'null'", "'sub'", "'final'", "'rec'", 
        "'struct'", "'array'", "'field'", "'shared'", "'pagesize'", "'describes'", 
        "'descriptor'", "'exact'", "'block'", "'loop'", "'if'", "'then'", 
        "'else'", "'end'", "'try_table'", "'try'", "'do'", "'catch'", "'catch_ref'", 
        "'catch_all'", "'catch_all_ref'", "'delegate'", null, null, null, 
        null, null, "'binary'", "'quote'", "'definition'", "'instance'", 
        "'register'", "'invoke'", "'get'", "'either'"
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
        "DELEGATE", "NUM_TYPE", "PACKED_TYPE", "REF_SHORTHAND", "HEAP_TYPE", 
        "SHAPE", "BINARY", "QUOTE", "DEFINITION", "INSTANCE", "REGISTER", 
        "INVOKE", "GET", "EITHER", "ASSERT", "KEYWORD", "RESERVED"
    ];
    public static readonly ruleNames = [
        "script", "command", "module", "action", "value", "sexpr", "typeDef", 
        "recType", "subType", "describedType", "compType", "field", "fieldType", 
        "storageType", "refType", "heapType", "idx", "param", "result", 
        "typeUse", "limits", "tableType", "memoryType", "pageSize", "globalType", 
        "importField", "importItem", "importDesc", "inlineImport", "inlineExport", 
        "exportField", "exportKind", "funcField", "local", "tableField", 
        "memoryField", "globalField", "tagField", "startField", "elemField", 
        "elemList", "elemItem", "offset", "dataField", "instrList", "catchClause", 
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
            this.state = 123;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 3, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 110;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                do {
                    {
                    this.state = 110;
                    this.errorHandler.sync(this);
                    switch (this.interpreter.adaptivePredict(this.tokenStream, 0, this.context) ) {
                    case 1:
                        {
                        this.state = 98;
                        this.typeDef();
                        }
                        break;
                    case 2:
                        {
                        this.state = 99;
                        this.recType();
                        }
                        break;
                    case 3:
                        {
                        this.state = 100;
                        this.importField();
                        }
                        break;
                    case 4:
                        {
                        this.state = 101;
                        this.funcField();
                        }
                        break;
                    case 5:
                        {
                        this.state = 102;
                        this.tableField();
                        }
                        break;
                    case 6:
                        {
                        this.state = 103;
                        this.memoryField();
                        }
                        break;
                    case 7:
                        {
                        this.state = 104;
                        this.globalField();
                        }
                        break;
                    case 8:
                        {
                        this.state = 105;
                        this.exportField();
                        }
                        break;
                    case 9:
                        {
                        this.state = 106;
                        this.startField();
                        }
                        break;
                    case 10:
                        {
                        this.state = 107;
                        this.elemField();
                        }
                        break;
                    case 11:
                        {
                        this.state = 108;
                        this.dataField();
                        }
                        break;
                    case 12:
                        {
                        this.state = 109;
                        this.tagField();
                        }
                        break;
                    }
                    }
                    this.state = 112;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                } while (_la === 1);
                this.state = 114;
                this.match(WatParser.EOF);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 119;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 116;
                    this.command();
                    }
                    }
                    this.state = 121;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 122;
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
            this.state = 167;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 11, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 125;
                this.module_();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 126;
                this.match(WatParser.LPAR);
                this.state = 127;
                this.match(WatParser.INSTANCE);
                this.state = 129;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 4, this.context) ) {
                case 1:
                    {
                    this.state = 128;
                    this.match(WatParser.ID);
                    }
                    break;
                }
                this.state = 132;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 131;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 134;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 135;
                this.match(WatParser.LPAR);
                this.state = 136;
                this.match(WatParser.REGISTER);
                this.state = 137;
                this.match(WatParser.STRING);
                this.state = 139;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 138;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 141;
                this.match(WatParser.RPAR);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 142;
                this.action();
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 143;
                this.match(WatParser.LPAR);
                this.state = 144;
                this.match(WatParser.ASSERT);
                this.state = 147;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 7, this.context) ) {
                case 1:
                    {
                    this.state = 145;
                    this.action();
                    }
                    break;
                case 2:
                    {
                    this.state = 146;
                    this.module_();
                    }
                    break;
                }
                this.state = 153;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 7) {
                    {
                    this.state = 151;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.LPAR:
                        {
                        this.state = 149;
                        this.value();
                        }
                        break;
                    case WatParser.STRING:
                        {
                        this.state = 150;
                        this.match(WatParser.STRING);
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 155;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 156;
                this.match(WatParser.RPAR);
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 158;
                this.match(WatParser.LPAR);
                this.state = 159;
                this.match(WatParser.KEYWORD);
                this.state = 163;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4294967290) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 4294967295) !== 0) || ((((_la - 64)) & ~0x1F) === 0 && ((1 << (_la - 64)) & 4095) !== 0)) {
                    {
                    {
                    this.state = 160;
                    this.sexpr();
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
            this.state = 214;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 20, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 169;
                this.match(WatParser.LPAR);
                this.state = 170;
                this.match(WatParser.MODULE);
                this.state = 172;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 67) {
                    {
                    this.state = 171;
                    this.match(WatParser.DEFINITION);
                    }
                }

                this.state = 175;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 174;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 201;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                case WatParser.RPAR:
                    {
                    this.state = 191;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 1) {
                        {
                        this.state = 189;
                        this.errorHandler.sync(this);
                        switch (this.interpreter.adaptivePredict(this.tokenStream, 14, this.context) ) {
                        case 1:
                            {
                            this.state = 177;
                            this.typeDef();
                            }
                            break;
                        case 2:
                            {
                            this.state = 178;
                            this.recType();
                            }
                            break;
                        case 3:
                            {
                            this.state = 179;
                            this.importField();
                            }
                            break;
                        case 4:
                            {
                            this.state = 180;
                            this.funcField();
                            }
                            break;
                        case 5:
                            {
                            this.state = 181;
                            this.tableField();
                            }
                            break;
                        case 6:
                            {
                            this.state = 182;
                            this.memoryField();
                            }
                            break;
                        case 7:
                            {
                            this.state = 183;
                            this.globalField();
                            }
                            break;
                        case 8:
                            {
                            this.state = 184;
                            this.exportField();
                            }
                            break;
                        case 9:
                            {
                            this.state = 185;
                            this.startField();
                            }
                            break;
                        case 10:
                            {
                            this.state = 186;
                            this.elemField();
                            }
                            break;
                        case 11:
                            {
                            this.state = 187;
                            this.dataField();
                            }
                            break;
                        case 12:
                            {
                            this.state = 188;
                            this.tagField();
                            }
                            break;
                        }
                        }
                        this.state = 193;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                case WatParser.BINARY:
                case WatParser.QUOTE:
                    {
                    this.state = 194;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 65 || _la === 66)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 198;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 7) {
                        {
                        {
                        this.state = 195;
                        this.match(WatParser.STRING);
                        }
                        }
                        this.state = 200;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 203;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 204;
                this.match(WatParser.LPAR);
                this.state = 205;
                this.match(WatParser.MODULE);
                this.state = 206;
                this.match(WatParser.INSTANCE);
                this.state = 208;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 18, this.context) ) {
                case 1:
                    {
                    this.state = 207;
                    this.match(WatParser.ID);
                    }
                    break;
                }
                this.state = 211;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 210;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 213;
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
            this.state = 236;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 24, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 216;
                this.match(WatParser.LPAR);
                this.state = 217;
                this.match(WatParser.INVOKE);
                this.state = 219;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 218;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 221;
                this.match(WatParser.STRING);
                this.state = 225;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 222;
                    this.value();
                    }
                    }
                    this.state = 227;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 228;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 229;
                this.match(WatParser.LPAR);
                this.state = 230;
                this.match(WatParser.GET);
                this.state = 232;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 231;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 234;
                this.match(WatParser.STRING);
                this.state = 235;
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
            this.state = 238;
            this.match(WatParser.LPAR);
            this.state = 239;
            _la = this.tokenStream.LA(1);
            if(!(_la === 72 || _la === 74)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 255;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 69378) !== 0) || ((((_la - 34)) & ~0x1F) === 0 && ((1 << (_la - 34)) & 1610612785) !== 0) || _la === 74 || _la === 75) {
                {
                this.state = 253;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NAT:
                    {
                    this.state = 240;
                    this.match(WatParser.NAT);
                    }
                    break;
                case WatParser.INT:
                    {
                    this.state = 241;
                    this.match(WatParser.INT);
                    }
                    break;
                case WatParser.FLOAT:
                    {
                    this.state = 242;
                    this.match(WatParser.FLOAT);
                    }
                    break;
                case WatParser.KEYWORD:
                    {
                    this.state = 243;
                    this.match(WatParser.KEYWORD);
                    }
                    break;
                case WatParser.RESERVED:
                    {
                    this.state = 244;
                    this.match(WatParser.RESERVED);
                    }
                    break;
                case WatParser.SHAPE:
                    {
                    this.state = 245;
                    this.match(WatParser.SHAPE);
                    }
                    break;
                case WatParser.FUNC:
                    {
                    this.state = 246;
                    this.match(WatParser.FUNC);
                    }
                    break;
                case WatParser.STRUCT:
                    {
                    this.state = 247;
                    this.match(WatParser.STRUCT);
                    }
                    break;
                case WatParser.ARRAY:
                    {
                    this.state = 248;
                    this.match(WatParser.ARRAY);
                    }
                    break;
                case WatParser.HEAP_TYPE:
                    {
                    this.state = 249;
                    this.match(WatParser.HEAP_TYPE);
                    }
                    break;
                case WatParser.ID:
                    {
                    this.state = 250;
                    this.match(WatParser.ID);
                    }
                    break;
                case WatParser.NULL:
                    {
                    this.state = 251;
                    this.match(WatParser.NULL);
                    }
                    break;
                case WatParser.LPAR:
                    {
                    this.state = 252;
                    this.value();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 257;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 258;
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
            this.state = 269;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.LPAR:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 260;
                this.match(WatParser.LPAR);
                this.state = 264;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4294967290) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 4294967295) !== 0) || ((((_la - 64)) & ~0x1F) === 0 && ((1 << (_la - 64)) & 4095) !== 0)) {
                    {
                    {
                    this.state = 261;
                    this.sexpr();
                    }
                    }
                    this.state = 266;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 267;
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
                this.state = 268;
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
            this.state = 271;
            this.match(WatParser.LPAR);
            this.state = 272;
            this.match(WatParser.TYPE);
            this.state = 274;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 273;
                this.match(WatParser.ID);
                }
            }

            this.state = 276;
            this.subType();
            this.state = 277;
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
            this.state = 279;
            this.match(WatParser.LPAR);
            this.state = 280;
            this.match(WatParser.REC);
            this.state = 284;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1) {
                {
                {
                this.state = 281;
                this.typeDef();
                }
                }
                this.state = 286;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 287;
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
            this.state = 304;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 33, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 289;
                this.match(WatParser.LPAR);
                this.state = 290;
                this.match(WatParser.SUB);
                this.state = 292;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 36) {
                    {
                    this.state = 291;
                    this.match(WatParser.FINAL);
                    }
                }

                this.state = 297;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 8 || _la === 9) {
                    {
                    {
                    this.state = 294;
                    this.idx();
                    }
                    }
                    this.state = 299;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 300;
                this.describedType();
                this.state = 301;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 303;
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
            this.state = 311;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 34, this.context) ) {
            case 1:
                {
                this.state = 306;
                this.match(WatParser.LPAR);
                this.state = 307;
                this.match(WatParser.DESCRIBES);
                this.state = 308;
                this.idx();
                this.state = 309;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 318;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 35, this.context) ) {
            case 1:
                {
                this.state = 313;
                this.match(WatParser.LPAR);
                this.state = 314;
                this.match(WatParser.DESCRIPTOR);
                this.state = 315;
                this.idx();
                this.state = 316;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 320;
            this.compType();
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
            this.state = 351;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 39, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 322;
                this.match(WatParser.LPAR);
                this.state = 323;
                this.match(WatParser.FUNC);
                this.state = 327;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 36, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 324;
                        this.param();
                        }
                        }
                    }
                    this.state = 329;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 36, this.context);
                }
                this.state = 333;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 330;
                    this.result();
                    }
                    }
                    this.state = 335;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 336;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 337;
                this.match(WatParser.LPAR);
                this.state = 338;
                this.match(WatParser.STRUCT);
                this.state = 342;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 339;
                    this.field();
                    }
                    }
                    this.state = 344;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 345;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 346;
                this.match(WatParser.LPAR);
                this.state = 347;
                this.match(WatParser.ARRAY);
                this.state = 348;
                this.fieldType();
                this.state = 349;
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
            this.state = 353;
            this.match(WatParser.LPAR);
            this.state = 354;
            this.match(WatParser.FIELD);
            this.state = 363;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 355;
                this.match(WatParser.ID);
                this.state = 356;
                this.fieldType();
                }
                break;
            case WatParser.LPAR:
            case WatParser.RPAR:
            case WatParser.NUM_TYPE:
            case WatParser.PACKED_TYPE:
            case WatParser.REF_SHORTHAND:
                {
                this.state = 360;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || ((((_la - 60)) & ~0x1F) === 0 && ((1 << (_la - 60)) & 7) !== 0)) {
                    {
                    {
                    this.state = 357;
                    this.fieldType();
                    }
                    }
                    this.state = 362;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 365;
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
            this.state = 373;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 42, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 367;
                this.storageType();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 368;
                this.match(WatParser.LPAR);
                this.state = 369;
                this.match(WatParser.MUT);
                this.state = 370;
                this.storageType();
                this.state = 371;
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
            this.state = 378;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.NUM_TYPE:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 375;
                this.match(WatParser.NUM_TYPE);
                }
                break;
            case WatParser.LPAR:
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 376;
                this.refType();
                }
                break;
            case WatParser.PACKED_TYPE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 377;
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
        this.enterRule(localContext, 28, WatParser.RULE_refType);
        let _la: number;
        try {
            this.state = 389;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 380;
                this.match(WatParser.REF_SHORTHAND);
                }
                break;
            case WatParser.LPAR:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 381;
                this.match(WatParser.LPAR);
                this.state = 382;
                this.match(WatParser.REF);
                this.state = 384;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 34) {
                    {
                    this.state = 383;
                    this.match(WatParser.NULL);
                    }
                }

                this.state = 386;
                this.heapType();
                this.state = 387;
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
        this.enterRule(localContext, 30, WatParser.RULE_heapType);
        try {
            this.state = 401;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.FUNC:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 391;
                this.match(WatParser.FUNC);
                }
                break;
            case WatParser.STRUCT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 392;
                this.match(WatParser.STRUCT);
                }
                break;
            case WatParser.ARRAY:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 393;
                this.match(WatParser.ARRAY);
                }
                break;
            case WatParser.HEAP_TYPE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 394;
                this.match(WatParser.HEAP_TYPE);
                }
                break;
            case WatParser.ID:
            case WatParser.NAT:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 395;
                this.idx();
                }
                break;
            case WatParser.LPAR:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 396;
                this.match(WatParser.LPAR);
                this.state = 397;
                this.match(WatParser.EXACT);
                this.state = 398;
                this.idx();
                this.state = 399;
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
    public idx(): IdxContext {
        let localContext = new IdxContext(this.context, this.state);
        this.enterRule(localContext, 32, WatParser.RULE_idx);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 403;
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
        this.enterRule(localContext, 34, WatParser.RULE_param);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 405;
            this.match(WatParser.LPAR);
            this.state = 406;
            this.match(WatParser.PARAM);
            this.state = 419;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 407;
                this.match(WatParser.ID);
                this.state = 410;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 408;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 409;
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
                this.state = 416;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 60 || _la === 62) {
                    {
                    this.state = 414;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.NUM_TYPE:
                        {
                        this.state = 412;
                        this.match(WatParser.NUM_TYPE);
                        }
                        break;
                    case WatParser.LPAR:
                    case WatParser.REF_SHORTHAND:
                        {
                        this.state = 413;
                        this.refType();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 418;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 421;
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
        this.enterRule(localContext, 36, WatParser.RULE_result);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 423;
            this.match(WatParser.LPAR);
            this.state = 424;
            this.match(WatParser.RESULT);
            this.state = 429;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || _la === 60 || _la === 62) {
                {
                this.state = 427;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 425;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 426;
                    this.refType();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 431;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 432;
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
        this.enterRule(localContext, 38, WatParser.RULE_typeUse);
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 439;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 53, this.context) ) {
            case 1:
                {
                this.state = 434;
                this.match(WatParser.LPAR);
                this.state = 435;
                this.match(WatParser.TYPE);
                this.state = 436;
                this.idx();
                this.state = 437;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 444;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 54, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 441;
                    this.param();
                    }
                    }
                }
                this.state = 446;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 54, this.context);
            }
            this.state = 450;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 55, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 447;
                    this.result();
                    }
                    }
                }
                this.state = 452;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 55, this.context);
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
        this.enterRule(localContext, 40, WatParser.RULE_limits);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 454;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 453;
                this.match(WatParser.NUM_TYPE);
                }
            }

            this.state = 456;
            this.match(WatParser.NAT);
            this.state = 458;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 9) {
                {
                this.state = 457;
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
        this.enterRule(localContext, 42, WatParser.RULE_tableType);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 460;
            this.limits();
            this.state = 461;
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
        this.enterRule(localContext, 44, WatParser.RULE_memoryType);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 463;
            this.limits();
            this.state = 465;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 41) {
                {
                this.state = 464;
                this.match(WatParser.SHARED);
                }
            }

            this.state = 468;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 1) {
                {
                this.state = 467;
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
        this.enterRule(localContext, 46, WatParser.RULE_pageSize);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 470;
            this.match(WatParser.LPAR);
            this.state = 471;
            this.match(WatParser.PAGESIZE);
            this.state = 472;
            this.match(WatParser.NAT);
            this.state = 473;
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
        this.enterRule(localContext, 48, WatParser.RULE_globalType);
        try {
            this.state = 484;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 61, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 475;
                this.match(WatParser.NUM_TYPE);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 476;
                this.refType();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 477;
                this.match(WatParser.LPAR);
                this.state = 478;
                this.match(WatParser.MUT);
                this.state = 481;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 479;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 480;
                    this.refType();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 483;
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
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 486;
            this.match(WatParser.LPAR);
            this.state = 487;
            this.match(WatParser.IMPORT);
            this.state = 488;
            this.match(WatParser.STRING);
            this.state = 499;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.STRING:
                {
                this.state = 489;
                this.match(WatParser.STRING);
                this.state = 490;
                this.importDesc();
                }
                break;
            case WatParser.LPAR:
                {
                this.state = 492;
                this.errorHandler.sync(this);
                alternative = 1;
                do {
                    switch (alternative) {
                    case 1:
                        {
                        {
                        this.state = 491;
                        this.importItem();
                        }
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    this.state = 494;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 62, this.context);
                } while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER);
                this.state = 497;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 1) {
                    {
                    this.state = 496;
                    this.importDesc();
                    }
                }

                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 501;
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
        this.enterRule(localContext, 52, WatParser.RULE_importItem);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 503;
            this.match(WatParser.LPAR);
            this.state = 504;
            this.match(WatParser.ITEM);
            this.state = 505;
            this.match(WatParser.STRING);
            this.state = 507;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 1) {
                {
                this.state = 506;
                this.importDesc();
                }
            }

            this.state = 509;
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
        this.enterRule(localContext, 54, WatParser.RULE_importDesc);
        let _la: number;
        try {
            this.state = 551;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 71, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 511;
                this.match(WatParser.LPAR);
                this.state = 512;
                this.match(WatParser.FUNC);
                this.state = 514;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 513;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 516;
                this.typeUse();
                this.state = 517;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 519;
                this.match(WatParser.LPAR);
                this.state = 520;
                this.match(WatParser.TABLE);
                this.state = 522;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 521;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 524;
                this.tableType();
                this.state = 525;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 527;
                this.match(WatParser.LPAR);
                this.state = 528;
                this.match(WatParser.MEMORY);
                this.state = 530;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 529;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 532;
                this.memoryType();
                this.state = 533;
                this.match(WatParser.RPAR);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 535;
                this.match(WatParser.LPAR);
                this.state = 536;
                this.match(WatParser.GLOBAL);
                this.state = 538;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 537;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 540;
                this.globalType();
                this.state = 541;
                this.match(WatParser.RPAR);
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 543;
                this.match(WatParser.LPAR);
                this.state = 544;
                this.match(WatParser.TAG);
                this.state = 546;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 545;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 548;
                this.typeUse();
                this.state = 549;
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
        this.enterRule(localContext, 56, WatParser.RULE_inlineImport);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 553;
            this.match(WatParser.LPAR);
            this.state = 554;
            this.match(WatParser.IMPORT);
            this.state = 555;
            this.match(WatParser.STRING);
            this.state = 556;
            this.match(WatParser.STRING);
            this.state = 557;
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
        this.enterRule(localContext, 58, WatParser.RULE_inlineExport);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 559;
            this.match(WatParser.LPAR);
            this.state = 560;
            this.match(WatParser.EXPORT);
            this.state = 561;
            this.match(WatParser.STRING);
            this.state = 562;
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
        this.enterRule(localContext, 60, WatParser.RULE_exportField);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 564;
            this.match(WatParser.LPAR);
            this.state = 565;
            this.match(WatParser.EXPORT);
            this.state = 566;
            this.match(WatParser.STRING);
            this.state = 567;
            this.match(WatParser.LPAR);
            this.state = 568;
            this.exportKind();
            this.state = 569;
            this.idx();
            this.state = 570;
            this.match(WatParser.RPAR);
            this.state = 571;
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
        this.enterRule(localContext, 62, WatParser.RULE_exportKind);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 573;
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
        this.enterRule(localContext, 64, WatParser.RULE_funcField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 575;
            this.match(WatParser.LPAR);
            this.state = 576;
            this.match(WatParser.FUNC);
            this.state = 578;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 577;
                this.match(WatParser.ID);
                }
            }

            this.state = 583;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 73, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 580;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 585;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 73, this.context);
            }
            this.state = 587;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 74, this.context) ) {
            case 1:
                {
                this.state = 586;
                this.inlineImport();
                }
                break;
            }
            this.state = 589;
            this.typeUse();
            this.state = 593;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 75, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 590;
                    this.local();
                    }
                    }
                }
                this.state = 595;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 75, this.context);
            }
            this.state = 596;
            this.instrList();
            this.state = 597;
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
        this.enterRule(localContext, 66, WatParser.RULE_local);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 599;
            this.match(WatParser.LPAR);
            this.state = 600;
            this.match(WatParser.LOCAL);
            this.state = 613;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 601;
                this.match(WatParser.ID);
                this.state = 604;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 602;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 603;
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
                this.state = 610;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 60 || _la === 62) {
                    {
                    this.state = 608;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.NUM_TYPE:
                        {
                        this.state = 606;
                        this.match(WatParser.NUM_TYPE);
                        }
                        break;
                    case WatParser.LPAR:
                    case WatParser.REF_SHORTHAND:
                        {
                        this.state = 607;
                        this.refType();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 612;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 615;
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
        this.enterRule(localContext, 68, WatParser.RULE_tableField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 617;
            this.match(WatParser.LPAR);
            this.state = 618;
            this.match(WatParser.TABLE);
            this.state = 620;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 619;
                this.match(WatParser.ID);
                }
            }

            this.state = 625;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 81, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 622;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 627;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 81, this.context);
            }
            this.state = 629;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 82, this.context) ) {
            case 1:
                {
                this.state = 628;
                this.inlineImport();
                }
                break;
            }
            this.state = 654;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 87, this.context) ) {
            case 1:
                {
                this.state = 631;
                this.tableType();
                this.state = 632;
                this.instrList();
                }
                break;
            case 2:
                {
                this.state = 635;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 60) {
                    {
                    this.state = 634;
                    this.match(WatParser.NUM_TYPE);
                    }
                }

                this.state = 637;
                this.refType();
                this.state = 638;
                this.match(WatParser.LPAR);
                this.state = 639;
                this.match(WatParser.ELEM);
                this.state = 650;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                    {
                    this.state = 641;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    do {
                        {
                        {
                        this.state = 640;
                        this.elemItem();
                        }
                        }
                        this.state = 643;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    } while (_la === 1);
                    }
                    break;
                case WatParser.ID:
                case WatParser.NAT:
                    {
                    this.state = 646;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    do {
                        {
                        {
                        this.state = 645;
                        this.idx();
                        }
                        }
                        this.state = 648;
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
                this.state = 652;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 656;
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
        this.enterRule(localContext, 70, WatParser.RULE_memoryField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 658;
            this.match(WatParser.LPAR);
            this.state = 659;
            this.match(WatParser.MEMORY);
            this.state = 661;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 660;
                this.match(WatParser.ID);
                }
            }

            this.state = 666;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 89, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 663;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 668;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 89, this.context);
            }
            this.state = 670;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 90, this.context) ) {
            case 1:
                {
                this.state = 669;
                this.inlineImport();
                }
                break;
            }
            this.state = 688;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 94, this.context) ) {
            case 1:
                {
                this.state = 672;
                this.memoryType();
                }
                break;
            case 2:
                {
                this.state = 674;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 60) {
                    {
                    this.state = 673;
                    this.match(WatParser.NUM_TYPE);
                    }
                }

                this.state = 677;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 92, this.context) ) {
                case 1:
                    {
                    this.state = 676;
                    this.pageSize();
                    }
                    break;
                }
                this.state = 679;
                this.match(WatParser.LPAR);
                this.state = 680;
                this.match(WatParser.DATA);
                this.state = 684;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 7) {
                    {
                    {
                    this.state = 681;
                    this.match(WatParser.STRING);
                    }
                    }
                    this.state = 686;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 687;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 690;
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
        this.enterRule(localContext, 72, WatParser.RULE_globalField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 692;
            this.match(WatParser.LPAR);
            this.state = 693;
            this.match(WatParser.GLOBAL);
            this.state = 695;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 694;
                this.match(WatParser.ID);
                }
            }

            this.state = 700;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 96, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 697;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 702;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 96, this.context);
            }
            this.state = 704;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 97, this.context) ) {
            case 1:
                {
                this.state = 703;
                this.inlineImport();
                }
                break;
            }
            this.state = 706;
            this.globalType();
            this.state = 707;
            this.instrList();
            this.state = 708;
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
        this.enterRule(localContext, 74, WatParser.RULE_tagField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 710;
            this.match(WatParser.LPAR);
            this.state = 711;
            this.match(WatParser.TAG);
            this.state = 713;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 712;
                this.match(WatParser.ID);
                }
            }

            this.state = 718;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 99, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 715;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 720;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 99, this.context);
            }
            this.state = 722;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 100, this.context) ) {
            case 1:
                {
                this.state = 721;
                this.inlineImport();
                }
                break;
            }
            this.state = 724;
            this.typeUse();
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
    public startField(): StartFieldContext {
        let localContext = new StartFieldContext(this.context, this.state);
        this.enterRule(localContext, 76, WatParser.RULE_startField);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 727;
            this.match(WatParser.LPAR);
            this.state = 728;
            this.match(WatParser.START);
            this.state = 729;
            this.idx();
            this.state = 730;
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
        this.enterRule(localContext, 78, WatParser.RULE_elemField);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 732;
            this.match(WatParser.LPAR);
            this.state = 733;
            this.match(WatParser.ELEM);
            this.state = 735;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 734;
                this.match(WatParser.ID);
                }
            }

            this.state = 758;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 105, this.context) ) {
            case 1:
                {
                this.state = 737;
                this.elemList();
                }
                break;
            case 2:
                {
                this.state = 738;
                this.match(WatParser.DECLARE);
                this.state = 739;
                this.elemList();
                }
                break;
            case 3:
                {
                this.state = 746;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 102, this.context) ) {
                case 1:
                    {
                    this.state = 740;
                    this.match(WatParser.LPAR);
                    this.state = 741;
                    this.match(WatParser.TABLE);
                    this.state = 742;
                    this.idx();
                    this.state = 743;
                    this.match(WatParser.RPAR);
                    }
                    break;
                case 2:
                    {
                    this.state = 745;
                    this.match(WatParser.NAT);
                    }
                    break;
                }
                this.state = 748;
                this.offset();
                this.state = 756;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                case WatParser.FUNC:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 749;
                    this.elemList();
                    }
                    break;
                case WatParser.RPAR:
                case WatParser.ID:
                case WatParser.NAT:
                    {
                    this.state = 753;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 8 || _la === 9) {
                        {
                        {
                        this.state = 750;
                        this.idx();
                        }
                        }
                        this.state = 755;
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
            this.state = 760;
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
        this.enterRule(localContext, 80, WatParser.RULE_elemList);
        let _la: number;
        try {
            this.state = 776;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.LPAR:
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 762;
                this.refType();
                this.state = 766;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 763;
                    this.elemItem();
                    }
                    }
                    this.state = 768;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case WatParser.FUNC:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 769;
                this.match(WatParser.FUNC);
                this.state = 773;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 8 || _la === 9) {
                    {
                    {
                    this.state = 770;
                    this.idx();
                    }
                    }
                    this.state = 775;
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
        this.enterRule(localContext, 82, WatParser.RULE_elemItem);
        try {
            this.state = 784;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 109, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 778;
                this.match(WatParser.LPAR);
                this.state = 779;
                this.match(WatParser.ITEM);
                this.state = 780;
                this.instrList();
                this.state = 781;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 783;
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
        this.enterRule(localContext, 84, WatParser.RULE_offset);
        try {
            this.state = 792;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 110, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 786;
                this.match(WatParser.LPAR);
                this.state = 787;
                this.match(WatParser.OFFSET);
                this.state = 788;
                this.instrList();
                this.state = 789;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 791;
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
        this.enterRule(localContext, 86, WatParser.RULE_dataField);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 794;
            this.match(WatParser.LPAR);
            this.state = 795;
            this.match(WatParser.DATA);
            this.state = 797;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 796;
                this.match(WatParser.ID);
                }
            }

            this.state = 808;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 1 || _la === 9) {
                {
                this.state = 805;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 112, this.context) ) {
                case 1:
                    {
                    this.state = 799;
                    this.match(WatParser.LPAR);
                    this.state = 800;
                    this.match(WatParser.MEMORY);
                    this.state = 801;
                    this.idx();
                    this.state = 802;
                    this.match(WatParser.RPAR);
                    }
                    break;
                case 2:
                    {
                    this.state = 804;
                    this.match(WatParser.NAT);
                    }
                    break;
                }
                this.state = 807;
                this.offset();
                }
            }

            this.state = 813;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 7) {
                {
                {
                this.state = 810;
                this.match(WatParser.STRING);
                }
                }
                this.state = 815;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 816;
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
        this.enterRule(localContext, 88, WatParser.RULE_instrList);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 877;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || ((((_la - 46)) & ~0x1F) === 0 && ((1 << (_la - 46)) & 268446455) !== 0)) {
                {
                this.state = 875;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.KEYWORD:
                    {
                    this.state = 818;
                    this.match(WatParser.KEYWORD);
                    this.state = 846;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 116, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            this.state = 844;
                            this.errorHandler.sync(this);
                            switch (this.interpreter.adaptivePredict(this.tokenStream, 115, this.context) ) {
                            case 1:
                                {
                                this.state = 819;
                                this.match(WatParser.NAT);
                                }
                                break;
                            case 2:
                                {
                                this.state = 820;
                                this.match(WatParser.INT);
                                }
                                break;
                            case 3:
                                {
                                this.state = 821;
                                this.match(WatParser.FLOAT);
                                }
                                break;
                            case 4:
                                {
                                this.state = 822;
                                this.match(WatParser.ID);
                                }
                                break;
                            case 5:
                                {
                                this.state = 823;
                                this.match(WatParser.MEM_OFFSET);
                                }
                                break;
                            case 6:
                                {
                                this.state = 824;
                                this.match(WatParser.MEM_ALIGN);
                                }
                                break;
                            case 7:
                                {
                                this.state = 825;
                                this.match(WatParser.SHAPE);
                                }
                                break;
                            case 8:
                                {
                                this.state = 826;
                                this.match(WatParser.FUNC);
                                }
                                break;
                            case 9:
                                {
                                this.state = 827;
                                this.match(WatParser.STRUCT);
                                }
                                break;
                            case 10:
                                {
                                this.state = 828;
                                this.match(WatParser.ARRAY);
                                }
                                break;
                            case 11:
                                {
                                this.state = 829;
                                this.match(WatParser.HEAP_TYPE);
                                }
                                break;
                            case 12:
                                {
                                this.state = 830;
                                this.match(WatParser.NULL);
                                }
                                break;
                            case 13:
                                {
                                this.state = 831;
                                this.match(WatParser.LPAR);
                                this.state = 832;
                                this.match(WatParser.TYPE);
                                this.state = 833;
                                this.idx();
                                this.state = 834;
                                this.match(WatParser.RPAR);
                                }
                                break;
                            case 14:
                                {
                                this.state = 836;
                                this.match(WatParser.LPAR);
                                this.state = 837;
                                this.match(WatParser.EXACT);
                                this.state = 838;
                                this.idx();
                                this.state = 839;
                                this.match(WatParser.RPAR);
                                }
                                break;
                            case 15:
                                {
                                this.state = 841;
                                this.param();
                                }
                                break;
                            case 16:
                                {
                                this.state = 842;
                                this.result();
                                }
                                break;
                            case 17:
                                {
                                this.state = 843;
                                this.refType();
                                }
                                break;
                            }
                            }
                        }
                        this.state = 848;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 116, this.context);
                    }
                    }
                    break;
                case WatParser.BLOCK:
                case WatParser.LOOP:
                case WatParser.IF:
                case WatParser.TRY:
                    {
                    this.state = 849;
                    _la = this.tokenStream.LA(1);
                    if(!(((((_la - 46)) & ~0x1F) === 0 && ((1 << (_la - 46)) & 135) !== 0))) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 851;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 850;
                        this.match(WatParser.ID);
                        }
                    }

                    this.state = 853;
                    this.typeUse();
                    }
                    break;
                case WatParser.TRY_TABLE:
                    {
                    this.state = 854;
                    this.match(WatParser.TRY_TABLE);
                    this.state = 856;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 855;
                        this.match(WatParser.ID);
                        }
                    }

                    this.state = 858;
                    this.typeUse();
                    this.state = 862;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 119, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            {
                            this.state = 859;
                            this.catchClause();
                            }
                            }
                        }
                        this.state = 864;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 119, this.context);
                    }
                    }
                    break;
                case WatParser.ELSE:
                case WatParser.END:
                    {
                    this.state = 865;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 50 || _la === 51)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 867;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 866;
                        this.match(WatParser.ID);
                        }
                    }

                    }
                    break;
                case WatParser.CATCH:
                    {
                    this.state = 869;
                    this.match(WatParser.CATCH);
                    this.state = 870;
                    this.idx();
                    }
                    break;
                case WatParser.CATCH_ALL:
                    {
                    this.state = 871;
                    this.match(WatParser.CATCH_ALL);
                    }
                    break;
                case WatParser.DELEGATE:
                    {
                    this.state = 872;
                    this.match(WatParser.DELEGATE);
                    this.state = 873;
                    this.idx();
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
        this.enterRule(localContext, 90, WatParser.RULE_catchClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 880;
            this.match(WatParser.LPAR);
            this.state = 893;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.CATCH:
                {
                this.state = 881;
                this.match(WatParser.CATCH);
                this.state = 882;
                this.idx();
                this.state = 883;
                this.idx();
                }
                break;
            case WatParser.CATCH_REF:
                {
                this.state = 885;
                this.match(WatParser.CATCH_REF);
                this.state = 886;
                this.idx();
                this.state = 887;
                this.idx();
                }
                break;
            case WatParser.CATCH_ALL:
                {
                this.state = 889;
                this.match(WatParser.CATCH_ALL);
                this.state = 890;
                this.idx();
                }
                break;
            case WatParser.CATCH_ALL_REF:
                {
                this.state = 891;
                this.match(WatParser.CATCH_ALL_REF);
                this.state = 892;
                this.idx();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 895;
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
        this.enterRule(localContext, 92, WatParser.RULE_foldedInstr);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 897;
            this.match(WatParser.LPAR);
            this.state = 1009;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.KEYWORD:
                {
                this.state = 898;
                this.match(WatParser.KEYWORD);
                this.state = 926;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 125, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        this.state = 924;
                        this.errorHandler.sync(this);
                        switch (this.interpreter.adaptivePredict(this.tokenStream, 124, this.context) ) {
                        case 1:
                            {
                            this.state = 899;
                            this.match(WatParser.NAT);
                            }
                            break;
                        case 2:
                            {
                            this.state = 900;
                            this.match(WatParser.INT);
                            }
                            break;
                        case 3:
                            {
                            this.state = 901;
                            this.match(WatParser.FLOAT);
                            }
                            break;
                        case 4:
                            {
                            this.state = 902;
                            this.match(WatParser.ID);
                            }
                            break;
                        case 5:
                            {
                            this.state = 903;
                            this.match(WatParser.MEM_OFFSET);
                            }
                            break;
                        case 6:
                            {
                            this.state = 904;
                            this.match(WatParser.MEM_ALIGN);
                            }
                            break;
                        case 7:
                            {
                            this.state = 905;
                            this.match(WatParser.SHAPE);
                            }
                            break;
                        case 8:
                            {
                            this.state = 906;
                            this.match(WatParser.FUNC);
                            }
                            break;
                        case 9:
                            {
                            this.state = 907;
                            this.match(WatParser.STRUCT);
                            }
                            break;
                        case 10:
                            {
                            this.state = 908;
                            this.match(WatParser.ARRAY);
                            }
                            break;
                        case 11:
                            {
                            this.state = 909;
                            this.match(WatParser.HEAP_TYPE);
                            }
                            break;
                        case 12:
                            {
                            this.state = 910;
                            this.match(WatParser.NULL);
                            }
                            break;
                        case 13:
                            {
                            this.state = 911;
                            this.match(WatParser.LPAR);
                            this.state = 912;
                            this.match(WatParser.TYPE);
                            this.state = 913;
                            this.idx();
                            this.state = 914;
                            this.match(WatParser.RPAR);
                            }
                            break;
                        case 14:
                            {
                            this.state = 916;
                            this.match(WatParser.LPAR);
                            this.state = 917;
                            this.match(WatParser.EXACT);
                            this.state = 918;
                            this.idx();
                            this.state = 919;
                            this.match(WatParser.RPAR);
                            }
                            break;
                        case 15:
                            {
                            this.state = 921;
                            this.param();
                            }
                            break;
                        case 16:
                            {
                            this.state = 922;
                            this.result();
                            }
                            break;
                        case 17:
                            {
                            this.state = 923;
                            this.refType();
                            }
                            break;
                        }
                        }
                    }
                    this.state = 928;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 125, this.context);
                }
                this.state = 932;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 929;
                    this.foldedInstr();
                    }
                    }
                    this.state = 934;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 935;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.BLOCK:
            case WatParser.LOOP:
                {
                this.state = 936;
                _la = this.tokenStream.LA(1);
                if(!(_la === 46 || _la === 47)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 938;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 937;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 940;
                this.typeUse();
                this.state = 941;
                this.instrList();
                this.state = 942;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.IF:
                {
                this.state = 944;
                this.match(WatParser.IF);
                this.state = 946;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 945;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 948;
                this.typeUse();
                this.state = 952;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 129, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 949;
                        this.foldedInstr();
                        }
                        }
                    }
                    this.state = 954;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 129, this.context);
                }
                this.state = 955;
                this.match(WatParser.LPAR);
                this.state = 956;
                this.match(WatParser.THEN);
                this.state = 957;
                this.instrList();
                this.state = 958;
                this.match(WatParser.RPAR);
                this.state = 964;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 1) {
                    {
                    this.state = 959;
                    this.match(WatParser.LPAR);
                    this.state = 960;
                    this.match(WatParser.ELSE);
                    this.state = 961;
                    this.instrList();
                    this.state = 962;
                    this.match(WatParser.RPAR);
                    }
                }

                this.state = 966;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.TRY_TABLE:
                {
                this.state = 968;
                this.match(WatParser.TRY_TABLE);
                this.state = 970;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 969;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 972;
                this.typeUse();
                this.state = 976;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 132, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 973;
                        this.catchClause();
                        }
                        }
                    }
                    this.state = 978;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 132, this.context);
                }
                this.state = 979;
                this.instrList();
                this.state = 980;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.TRY:
                {
                this.state = 982;
                this.match(WatParser.TRY);
                this.state = 984;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 983;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 986;
                this.typeUse();
                this.state = 987;
                this.match(WatParser.LPAR);
                this.state = 988;
                this.match(WatParser.DO);
                this.state = 989;
                this.instrList();
                this.state = 990;
                this.match(WatParser.RPAR);
                this.state = 1005;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 136, this.context) ) {
                case 1:
                    {
                    this.state = 994;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 134, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            {
                            this.state = 991;
                            this.foldedCatch();
                            }
                            }
                        }
                        this.state = 996;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 134, this.context);
                    }
                    this.state = 998;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 1) {
                        {
                        this.state = 997;
                        this.foldedCatchAll();
                        }
                    }

                    }
                    break;
                case 2:
                    {
                    this.state = 1000;
                    this.match(WatParser.LPAR);
                    this.state = 1001;
                    this.match(WatParser.DELEGATE);
                    this.state = 1002;
                    this.idx();
                    this.state = 1003;
                    this.match(WatParser.RPAR);
                    }
                    break;
                }
                this.state = 1007;
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
        this.enterRule(localContext, 94, WatParser.RULE_foldedCatch);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1011;
            this.match(WatParser.LPAR);
            this.state = 1012;
            this.match(WatParser.CATCH);
            this.state = 1013;
            this.idx();
            this.state = 1014;
            this.instrList();
            this.state = 1015;
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
        this.enterRule(localContext, 96, WatParser.RULE_foldedCatchAll);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1017;
            this.match(WatParser.LPAR);
            this.state = 1018;
            this.match(WatParser.CATCH_ALL);
            this.state = 1019;
            this.instrList();
            this.state = 1020;
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
        4,1,75,1023,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,
        7,6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,
        13,2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,7,19,2,
        20,7,20,2,21,7,21,2,22,7,22,2,23,7,23,2,24,7,24,2,25,7,25,2,26,7,
        26,2,27,7,27,2,28,7,28,2,29,7,29,2,30,7,30,2,31,7,31,2,32,7,32,2,
        33,7,33,2,34,7,34,2,35,7,35,2,36,7,36,2,37,7,37,2,38,7,38,2,39,7,
        39,2,40,7,40,2,41,7,41,2,42,7,42,2,43,7,43,2,44,7,44,2,45,7,45,2,
        46,7,46,2,47,7,47,2,48,7,48,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,
        1,0,1,0,1,0,4,0,111,8,0,11,0,12,0,112,1,0,1,0,1,0,5,0,118,8,0,10,
        0,12,0,121,9,0,1,0,3,0,124,8,0,1,1,1,1,1,1,1,1,3,1,130,8,1,1,1,3,
        1,133,8,1,1,1,1,1,1,1,1,1,1,1,3,1,140,8,1,1,1,1,1,1,1,1,1,1,1,1,
        1,3,1,148,8,1,1,1,1,1,5,1,152,8,1,10,1,12,1,155,9,1,1,1,1,1,1,1,
        1,1,1,1,5,1,162,8,1,10,1,12,1,165,9,1,1,1,3,1,168,8,1,1,2,1,2,1,
        2,3,2,173,8,2,1,2,3,2,176,8,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,
        2,1,2,1,2,1,2,5,2,190,8,2,10,2,12,2,193,9,2,1,2,1,2,5,2,197,8,2,
        10,2,12,2,200,9,2,3,2,202,8,2,1,2,1,2,1,2,1,2,1,2,3,2,209,8,2,1,
        2,3,2,212,8,2,1,2,3,2,215,8,2,1,3,1,3,1,3,3,3,220,8,3,1,3,1,3,5,
        3,224,8,3,10,3,12,3,227,9,3,1,3,1,3,1,3,1,3,3,3,233,8,3,1,3,1,3,
        3,3,237,8,3,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,
        1,4,1,4,5,4,254,8,4,10,4,12,4,257,9,4,1,4,1,4,1,5,1,5,5,5,263,8,
        5,10,5,12,5,266,9,5,1,5,1,5,3,5,270,8,5,1,6,1,6,1,6,3,6,275,8,6,
        1,6,1,6,1,6,1,7,1,7,1,7,5,7,283,8,7,10,7,12,7,286,9,7,1,7,1,7,1,
        8,1,8,1,8,3,8,293,8,8,1,8,5,8,296,8,8,10,8,12,8,299,9,8,1,8,1,8,
        1,8,1,8,3,8,305,8,8,1,9,1,9,1,9,1,9,1,9,3,9,312,8,9,1,9,1,9,1,9,
        1,9,1,9,3,9,319,8,9,1,9,1,9,1,10,1,10,1,10,5,10,326,8,10,10,10,12,
        10,329,9,10,1,10,5,10,332,8,10,10,10,12,10,335,9,10,1,10,1,10,1,
        10,1,10,5,10,341,8,10,10,10,12,10,344,9,10,1,10,1,10,1,10,1,10,1,
        10,1,10,3,10,352,8,10,1,11,1,11,1,11,1,11,1,11,5,11,359,8,11,10,
        11,12,11,362,9,11,3,11,364,8,11,1,11,1,11,1,12,1,12,1,12,1,12,1,
        12,1,12,3,12,374,8,12,1,13,1,13,1,13,3,13,379,8,13,1,14,1,14,1,14,
        1,14,3,14,385,8,14,1,14,1,14,1,14,3,14,390,8,14,1,15,1,15,1,15,1,
        15,1,15,1,15,1,15,1,15,1,15,1,15,3,15,402,8,15,1,16,1,16,1,17,1,
        17,1,17,1,17,1,17,3,17,411,8,17,1,17,1,17,5,17,415,8,17,10,17,12,
        17,418,9,17,3,17,420,8,17,1,17,1,17,1,18,1,18,1,18,1,18,5,18,428,
        8,18,10,18,12,18,431,9,18,1,18,1,18,1,19,1,19,1,19,1,19,1,19,3,19,
        440,8,19,1,19,5,19,443,8,19,10,19,12,19,446,9,19,1,19,5,19,449,8,
        19,10,19,12,19,452,9,19,1,20,3,20,455,8,20,1,20,1,20,3,20,459,8,
        20,1,21,1,21,1,21,1,22,1,22,3,22,466,8,22,1,22,3,22,469,8,22,1,23,
        1,23,1,23,1,23,1,23,1,24,1,24,1,24,1,24,1,24,1,24,3,24,482,8,24,
        1,24,3,24,485,8,24,1,25,1,25,1,25,1,25,1,25,1,25,4,25,493,8,25,11,
        25,12,25,494,1,25,3,25,498,8,25,3,25,500,8,25,1,25,1,25,1,26,1,26,
        1,26,1,26,3,26,508,8,26,1,26,1,26,1,27,1,27,1,27,3,27,515,8,27,1,
        27,1,27,1,27,1,27,1,27,1,27,3,27,523,8,27,1,27,1,27,1,27,1,27,1,
        27,1,27,3,27,531,8,27,1,27,1,27,1,27,1,27,1,27,1,27,3,27,539,8,27,
        1,27,1,27,1,27,1,27,1,27,1,27,3,27,547,8,27,1,27,1,27,1,27,3,27,
        552,8,27,1,28,1,28,1,28,1,28,1,28,1,28,1,29,1,29,1,29,1,29,1,29,
        1,30,1,30,1,30,1,30,1,30,1,30,1,30,1,30,1,30,1,31,1,31,1,32,1,32,
        1,32,3,32,579,8,32,1,32,5,32,582,8,32,10,32,12,32,585,9,32,1,32,
        3,32,588,8,32,1,32,1,32,5,32,592,8,32,10,32,12,32,595,9,32,1,32,
        1,32,1,32,1,33,1,33,1,33,1,33,1,33,3,33,605,8,33,1,33,1,33,5,33,
        609,8,33,10,33,12,33,612,9,33,3,33,614,8,33,1,33,1,33,1,34,1,34,
        1,34,3,34,621,8,34,1,34,5,34,624,8,34,10,34,12,34,627,9,34,1,34,
        3,34,630,8,34,1,34,1,34,1,34,1,34,3,34,636,8,34,1,34,1,34,1,34,1,
        34,4,34,642,8,34,11,34,12,34,643,1,34,4,34,647,8,34,11,34,12,34,
        648,3,34,651,8,34,1,34,1,34,3,34,655,8,34,1,34,1,34,1,35,1,35,1,
        35,3,35,662,8,35,1,35,5,35,665,8,35,10,35,12,35,668,9,35,1,35,3,
        35,671,8,35,1,35,1,35,3,35,675,8,35,1,35,3,35,678,8,35,1,35,1,35,
        1,35,5,35,683,8,35,10,35,12,35,686,9,35,1,35,3,35,689,8,35,1,35,
        1,35,1,36,1,36,1,36,3,36,696,8,36,1,36,5,36,699,8,36,10,36,12,36,
        702,9,36,1,36,3,36,705,8,36,1,36,1,36,1,36,1,36,1,37,1,37,1,37,3,
        37,714,8,37,1,37,5,37,717,8,37,10,37,12,37,720,9,37,1,37,3,37,723,
        8,37,1,37,1,37,1,37,1,38,1,38,1,38,1,38,1,38,1,39,1,39,1,39,3,39,
        736,8,39,1,39,1,39,1,39,1,39,1,39,1,39,1,39,1,39,1,39,3,39,747,8,
        39,1,39,1,39,1,39,5,39,752,8,39,10,39,12,39,755,9,39,3,39,757,8,
        39,3,39,759,8,39,1,39,1,39,1,40,1,40,5,40,765,8,40,10,40,12,40,768,
        9,40,1,40,1,40,5,40,772,8,40,10,40,12,40,775,9,40,3,40,777,8,40,
        1,41,1,41,1,41,1,41,1,41,1,41,3,41,785,8,41,1,42,1,42,1,42,1,42,
        1,42,1,42,3,42,793,8,42,1,43,1,43,1,43,3,43,798,8,43,1,43,1,43,1,
        43,1,43,1,43,1,43,3,43,806,8,43,1,43,3,43,809,8,43,1,43,5,43,812,
        8,43,10,43,12,43,815,9,43,1,43,1,43,1,44,1,44,1,44,1,44,1,44,1,44,
        1,44,1,44,1,44,1,44,1,44,1,44,1,44,1,44,1,44,1,44,1,44,1,44,1,44,
        1,44,1,44,1,44,1,44,1,44,1,44,1,44,5,44,845,8,44,10,44,12,44,848,
        9,44,1,44,1,44,3,44,852,8,44,1,44,1,44,1,44,3,44,857,8,44,1,44,1,
        44,5,44,861,8,44,10,44,12,44,864,9,44,1,44,1,44,3,44,868,8,44,1,
        44,1,44,1,44,1,44,1,44,1,44,5,44,876,8,44,10,44,12,44,879,9,44,1,
        45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,3,
        45,894,8,45,1,45,1,45,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,
        46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,
        46,1,46,1,46,1,46,1,46,1,46,5,46,925,8,46,10,46,12,46,928,9,46,1,
        46,5,46,931,8,46,10,46,12,46,934,9,46,1,46,1,46,1,46,3,46,939,8,
        46,1,46,1,46,1,46,1,46,1,46,1,46,3,46,947,8,46,1,46,1,46,5,46,951,
        8,46,10,46,12,46,954,9,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,
        1,46,3,46,965,8,46,1,46,1,46,1,46,1,46,3,46,971,8,46,1,46,1,46,5,
        46,975,8,46,10,46,12,46,978,9,46,1,46,1,46,1,46,1,46,1,46,3,46,985,
        8,46,1,46,1,46,1,46,1,46,1,46,1,46,5,46,993,8,46,10,46,12,46,996,
        9,46,1,46,3,46,999,8,46,1,46,1,46,1,46,1,46,1,46,3,46,1006,8,46,
        1,46,1,46,3,46,1010,8,46,1,47,1,47,1,47,1,47,1,47,1,47,1,48,1,48,
        1,48,1,48,1,48,1,48,0,0,49,0,2,4,6,8,10,12,14,16,18,20,22,24,26,
        28,30,32,34,36,38,40,42,44,46,48,50,52,54,56,58,60,62,64,66,68,70,
        72,74,76,78,80,82,84,86,88,90,92,94,96,0,8,1,0,65,66,2,0,72,72,74,
        74,1,0,1,2,1,0,8,9,2,0,16,16,20,23,2,0,46,48,53,53,1,0,50,51,1,0,
        46,47,1201,0,123,1,0,0,0,2,167,1,0,0,0,4,214,1,0,0,0,6,236,1,0,0,
        0,8,238,1,0,0,0,10,269,1,0,0,0,12,271,1,0,0,0,14,279,1,0,0,0,16,
        304,1,0,0,0,18,311,1,0,0,0,20,351,1,0,0,0,22,353,1,0,0,0,24,373,
        1,0,0,0,26,378,1,0,0,0,28,389,1,0,0,0,30,401,1,0,0,0,32,403,1,0,
        0,0,34,405,1,0,0,0,36,423,1,0,0,0,38,439,1,0,0,0,40,454,1,0,0,0,
        42,460,1,0,0,0,44,463,1,0,0,0,46,470,1,0,0,0,48,484,1,0,0,0,50,486,
        1,0,0,0,52,503,1,0,0,0,54,551,1,0,0,0,56,553,1,0,0,0,58,559,1,0,
        0,0,60,564,1,0,0,0,62,573,1,0,0,0,64,575,1,0,0,0,66,599,1,0,0,0,
        68,617,1,0,0,0,70,658,1,0,0,0,72,692,1,0,0,0,74,710,1,0,0,0,76,727,
        1,0,0,0,78,732,1,0,0,0,80,776,1,0,0,0,82,784,1,0,0,0,84,792,1,0,
        0,0,86,794,1,0,0,0,88,877,1,0,0,0,90,880,1,0,0,0,92,897,1,0,0,0,
        94,1011,1,0,0,0,96,1017,1,0,0,0,98,111,3,12,6,0,99,111,3,14,7,0,
        100,111,3,50,25,0,101,111,3,64,32,0,102,111,3,68,34,0,103,111,3,
        70,35,0,104,111,3,72,36,0,105,111,3,60,30,0,106,111,3,76,38,0,107,
        111,3,78,39,0,108,111,3,86,43,0,109,111,3,74,37,0,110,98,1,0,0,0,
        110,99,1,0,0,0,110,100,1,0,0,0,110,101,1,0,0,0,110,102,1,0,0,0,110,
        103,1,0,0,0,110,104,1,0,0,0,110,105,1,0,0,0,110,106,1,0,0,0,110,
        107,1,0,0,0,110,108,1,0,0,0,110,109,1,0,0,0,111,112,1,0,0,0,112,
        110,1,0,0,0,112,113,1,0,0,0,113,114,1,0,0,0,114,115,5,0,0,1,115,
        124,1,0,0,0,116,118,3,2,1,0,117,116,1,0,0,0,118,121,1,0,0,0,119,
        117,1,0,0,0,119,120,1,0,0,0,120,122,1,0,0,0,121,119,1,0,0,0,122,
        124,5,0,0,1,123,110,1,0,0,0,123,119,1,0,0,0,124,1,1,0,0,0,125,168,
        3,4,2,0,126,127,5,1,0,0,127,129,5,68,0,0,128,130,5,8,0,0,129,128,
        1,0,0,0,129,130,1,0,0,0,130,132,1,0,0,0,131,133,5,8,0,0,132,131,
        1,0,0,0,132,133,1,0,0,0,133,134,1,0,0,0,134,168,5,2,0,0,135,136,
        5,1,0,0,136,137,5,69,0,0,137,139,5,7,0,0,138,140,5,8,0,0,139,138,
        1,0,0,0,139,140,1,0,0,0,140,141,1,0,0,0,141,168,5,2,0,0,142,168,
        3,6,3,0,143,144,5,1,0,0,144,147,5,73,0,0,145,148,3,6,3,0,146,148,
        3,4,2,0,147,145,1,0,0,0,147,146,1,0,0,0,148,153,1,0,0,0,149,152,
        3,8,4,0,150,152,5,7,0,0,151,149,1,0,0,0,151,150,1,0,0,0,152,155,
        1,0,0,0,153,151,1,0,0,0,153,154,1,0,0,0,154,156,1,0,0,0,155,153,
        1,0,0,0,156,157,5,2,0,0,157,168,1,0,0,0,158,159,5,1,0,0,159,163,
        5,74,0,0,160,162,3,10,5,0,161,160,1,0,0,0,162,165,1,0,0,0,163,161,
        1,0,0,0,163,164,1,0,0,0,164,166,1,0,0,0,165,163,1,0,0,0,166,168,
        5,2,0,0,167,125,1,0,0,0,167,126,1,0,0,0,167,135,1,0,0,0,167,142,
        1,0,0,0,167,143,1,0,0,0,167,158,1,0,0,0,168,3,1,0,0,0,169,170,5,
        1,0,0,170,172,5,14,0,0,171,173,5,67,0,0,172,171,1,0,0,0,172,173,
        1,0,0,0,173,175,1,0,0,0,174,176,5,8,0,0,175,174,1,0,0,0,175,176,
        1,0,0,0,176,201,1,0,0,0,177,190,3,12,6,0,178,190,3,14,7,0,179,190,
        3,50,25,0,180,190,3,64,32,0,181,190,3,68,34,0,182,190,3,70,35,0,
        183,190,3,72,36,0,184,190,3,60,30,0,185,190,3,76,38,0,186,190,3,
        78,39,0,187,190,3,86,43,0,188,190,3,74,37,0,189,177,1,0,0,0,189,
        178,1,0,0,0,189,179,1,0,0,0,189,180,1,0,0,0,189,181,1,0,0,0,189,
        182,1,0,0,0,189,183,1,0,0,0,189,184,1,0,0,0,189,185,1,0,0,0,189,
        186,1,0,0,0,189,187,1,0,0,0,189,188,1,0,0,0,190,193,1,0,0,0,191,
        189,1,0,0,0,191,192,1,0,0,0,192,202,1,0,0,0,193,191,1,0,0,0,194,
        198,7,0,0,0,195,197,5,7,0,0,196,195,1,0,0,0,197,200,1,0,0,0,198,
        196,1,0,0,0,198,199,1,0,0,0,199,202,1,0,0,0,200,198,1,0,0,0,201,
        191,1,0,0,0,201,194,1,0,0,0,202,203,1,0,0,0,203,215,5,2,0,0,204,
        205,5,1,0,0,205,206,5,14,0,0,206,208,5,68,0,0,207,209,5,8,0,0,208,
        207,1,0,0,0,208,209,1,0,0,0,209,211,1,0,0,0,210,212,5,8,0,0,211,
        210,1,0,0,0,211,212,1,0,0,0,212,213,1,0,0,0,213,215,5,2,0,0,214,
        169,1,0,0,0,214,204,1,0,0,0,215,5,1,0,0,0,216,217,5,1,0,0,217,219,
        5,70,0,0,218,220,5,8,0,0,219,218,1,0,0,0,219,220,1,0,0,0,220,221,
        1,0,0,0,221,225,5,7,0,0,222,224,3,8,4,0,223,222,1,0,0,0,224,227,
        1,0,0,0,225,223,1,0,0,0,225,226,1,0,0,0,226,228,1,0,0,0,227,225,
        1,0,0,0,228,237,5,2,0,0,229,230,5,1,0,0,230,232,5,71,0,0,231,233,
        5,8,0,0,232,231,1,0,0,0,232,233,1,0,0,0,233,234,1,0,0,0,234,235,
        5,7,0,0,235,237,5,2,0,0,236,216,1,0,0,0,236,229,1,0,0,0,237,7,1,
        0,0,0,238,239,5,1,0,0,239,255,7,1,0,0,240,254,5,9,0,0,241,254,5,
        10,0,0,242,254,5,11,0,0,243,254,5,74,0,0,244,254,5,75,0,0,245,254,
        5,64,0,0,246,254,5,16,0,0,247,254,5,38,0,0,248,254,5,39,0,0,249,
        254,5,63,0,0,250,254,5,8,0,0,251,254,5,34,0,0,252,254,3,8,4,0,253,
        240,1,0,0,0,253,241,1,0,0,0,253,242,1,0,0,0,253,243,1,0,0,0,253,
        244,1,0,0,0,253,245,1,0,0,0,253,246,1,0,0,0,253,247,1,0,0,0,253,
        248,1,0,0,0,253,249,1,0,0,0,253,250,1,0,0,0,253,251,1,0,0,0,253,
        252,1,0,0,0,254,257,1,0,0,0,255,253,1,0,0,0,255,256,1,0,0,0,256,
        258,1,0,0,0,257,255,1,0,0,0,258,259,5,2,0,0,259,9,1,0,0,0,260,264,
        5,1,0,0,261,263,3,10,5,0,262,261,1,0,0,0,263,266,1,0,0,0,264,262,
        1,0,0,0,264,265,1,0,0,0,265,267,1,0,0,0,266,264,1,0,0,0,267,270,
        5,2,0,0,268,270,8,2,0,0,269,260,1,0,0,0,269,268,1,0,0,0,270,11,1,
        0,0,0,271,272,5,1,0,0,272,274,5,15,0,0,273,275,5,8,0,0,274,273,1,
        0,0,0,274,275,1,0,0,0,275,276,1,0,0,0,276,277,3,16,8,0,277,278,5,
        2,0,0,278,13,1,0,0,0,279,280,5,1,0,0,280,284,5,37,0,0,281,283,3,
        12,6,0,282,281,1,0,0,0,283,286,1,0,0,0,284,282,1,0,0,0,284,285,1,
        0,0,0,285,287,1,0,0,0,286,284,1,0,0,0,287,288,5,2,0,0,288,15,1,0,
        0,0,289,290,5,1,0,0,290,292,5,35,0,0,291,293,5,36,0,0,292,291,1,
        0,0,0,292,293,1,0,0,0,293,297,1,0,0,0,294,296,3,32,16,0,295,294,
        1,0,0,0,296,299,1,0,0,0,297,295,1,0,0,0,297,298,1,0,0,0,298,300,
        1,0,0,0,299,297,1,0,0,0,300,301,3,18,9,0,301,302,5,2,0,0,302,305,
        1,0,0,0,303,305,3,18,9,0,304,289,1,0,0,0,304,303,1,0,0,0,305,17,
        1,0,0,0,306,307,5,1,0,0,307,308,5,43,0,0,308,309,3,32,16,0,309,310,
        5,2,0,0,310,312,1,0,0,0,311,306,1,0,0,0,311,312,1,0,0,0,312,318,
        1,0,0,0,313,314,5,1,0,0,314,315,5,44,0,0,315,316,3,32,16,0,316,317,
        5,2,0,0,317,319,1,0,0,0,318,313,1,0,0,0,318,319,1,0,0,0,319,320,
        1,0,0,0,320,321,3,20,10,0,321,19,1,0,0,0,322,323,5,1,0,0,323,327,
        5,16,0,0,324,326,3,34,17,0,325,324,1,0,0,0,326,329,1,0,0,0,327,325,
        1,0,0,0,327,328,1,0,0,0,328,333,1,0,0,0,329,327,1,0,0,0,330,332,
        3,36,18,0,331,330,1,0,0,0,332,335,1,0,0,0,333,331,1,0,0,0,333,334,
        1,0,0,0,334,336,1,0,0,0,335,333,1,0,0,0,336,352,5,2,0,0,337,338,
        5,1,0,0,338,342,5,38,0,0,339,341,3,22,11,0,340,339,1,0,0,0,341,344,
        1,0,0,0,342,340,1,0,0,0,342,343,1,0,0,0,343,345,1,0,0,0,344,342,
        1,0,0,0,345,352,5,2,0,0,346,347,5,1,0,0,347,348,5,39,0,0,348,349,
        3,24,12,0,349,350,5,2,0,0,350,352,1,0,0,0,351,322,1,0,0,0,351,337,
        1,0,0,0,351,346,1,0,0,0,352,21,1,0,0,0,353,354,5,1,0,0,354,363,5,
        40,0,0,355,356,5,8,0,0,356,364,3,24,12,0,357,359,3,24,12,0,358,357,
        1,0,0,0,359,362,1,0,0,0,360,358,1,0,0,0,360,361,1,0,0,0,361,364,
        1,0,0,0,362,360,1,0,0,0,363,355,1,0,0,0,363,360,1,0,0,0,364,365,
        1,0,0,0,365,366,5,2,0,0,366,23,1,0,0,0,367,374,3,26,13,0,368,369,
        5,1,0,0,369,370,5,32,0,0,370,371,3,26,13,0,371,372,5,2,0,0,372,374,
        1,0,0,0,373,367,1,0,0,0,373,368,1,0,0,0,374,25,1,0,0,0,375,379,5,
        60,0,0,376,379,3,28,14,0,377,379,5,61,0,0,378,375,1,0,0,0,378,376,
        1,0,0,0,378,377,1,0,0,0,379,27,1,0,0,0,380,390,5,62,0,0,381,382,
        5,1,0,0,382,384,5,33,0,0,383,385,5,34,0,0,384,383,1,0,0,0,384,385,
        1,0,0,0,385,386,1,0,0,0,386,387,3,30,15,0,387,388,5,2,0,0,388,390,
        1,0,0,0,389,380,1,0,0,0,389,381,1,0,0,0,390,29,1,0,0,0,391,402,5,
        16,0,0,392,402,5,38,0,0,393,402,5,39,0,0,394,402,5,63,0,0,395,402,
        3,32,16,0,396,397,5,1,0,0,397,398,5,45,0,0,398,399,3,32,16,0,399,
        400,5,2,0,0,400,402,1,0,0,0,401,391,1,0,0,0,401,392,1,0,0,0,401,
        393,1,0,0,0,401,394,1,0,0,0,401,395,1,0,0,0,401,396,1,0,0,0,402,
        31,1,0,0,0,403,404,7,3,0,0,404,33,1,0,0,0,405,406,5,1,0,0,406,419,
        5,17,0,0,407,410,5,8,0,0,408,411,5,60,0,0,409,411,3,28,14,0,410,
        408,1,0,0,0,410,409,1,0,0,0,411,420,1,0,0,0,412,415,5,60,0,0,413,
        415,3,28,14,0,414,412,1,0,0,0,414,413,1,0,0,0,415,418,1,0,0,0,416,
        414,1,0,0,0,416,417,1,0,0,0,417,420,1,0,0,0,418,416,1,0,0,0,419,
        407,1,0,0,0,419,416,1,0,0,0,420,421,1,0,0,0,421,422,5,2,0,0,422,
        35,1,0,0,0,423,424,5,1,0,0,424,429,5,18,0,0,425,428,5,60,0,0,426,
        428,3,28,14,0,427,425,1,0,0,0,427,426,1,0,0,0,428,431,1,0,0,0,429,
        427,1,0,0,0,429,430,1,0,0,0,430,432,1,0,0,0,431,429,1,0,0,0,432,
        433,5,2,0,0,433,37,1,0,0,0,434,435,5,1,0,0,435,436,5,15,0,0,436,
        437,3,32,16,0,437,438,5,2,0,0,438,440,1,0,0,0,439,434,1,0,0,0,439,
        440,1,0,0,0,440,444,1,0,0,0,441,443,3,34,17,0,442,441,1,0,0,0,443,
        446,1,0,0,0,444,442,1,0,0,0,444,445,1,0,0,0,445,450,1,0,0,0,446,
        444,1,0,0,0,447,449,3,36,18,0,448,447,1,0,0,0,449,452,1,0,0,0,450,
        448,1,0,0,0,450,451,1,0,0,0,451,39,1,0,0,0,452,450,1,0,0,0,453,455,
        5,60,0,0,454,453,1,0,0,0,454,455,1,0,0,0,455,456,1,0,0,0,456,458,
        5,9,0,0,457,459,5,9,0,0,458,457,1,0,0,0,458,459,1,0,0,0,459,41,1,
        0,0,0,460,461,3,40,20,0,461,462,3,28,14,0,462,43,1,0,0,0,463,465,
        3,40,20,0,464,466,5,41,0,0,465,464,1,0,0,0,465,466,1,0,0,0,466,468,
        1,0,0,0,467,469,3,46,23,0,468,467,1,0,0,0,468,469,1,0,0,0,469,45,
        1,0,0,0,470,471,5,1,0,0,471,472,5,42,0,0,472,473,5,9,0,0,473,474,
        5,2,0,0,474,47,1,0,0,0,475,485,5,60,0,0,476,485,3,28,14,0,477,478,
        5,1,0,0,478,481,5,32,0,0,479,482,5,60,0,0,480,482,3,28,14,0,481,
        479,1,0,0,0,481,480,1,0,0,0,482,483,1,0,0,0,483,485,5,2,0,0,484,
        475,1,0,0,0,484,476,1,0,0,0,484,477,1,0,0,0,485,49,1,0,0,0,486,487,
        5,1,0,0,487,488,5,24,0,0,488,499,5,7,0,0,489,490,5,7,0,0,490,500,
        3,54,27,0,491,493,3,52,26,0,492,491,1,0,0,0,493,494,1,0,0,0,494,
        492,1,0,0,0,494,495,1,0,0,0,495,497,1,0,0,0,496,498,3,54,27,0,497,
        496,1,0,0,0,497,498,1,0,0,0,498,500,1,0,0,0,499,489,1,0,0,0,499,
        492,1,0,0,0,500,501,1,0,0,0,501,502,5,2,0,0,502,51,1,0,0,0,503,504,
        5,1,0,0,504,505,5,30,0,0,505,507,5,7,0,0,506,508,3,54,27,0,507,506,
        1,0,0,0,507,508,1,0,0,0,508,509,1,0,0,0,509,510,5,2,0,0,510,53,1,
        0,0,0,511,512,5,1,0,0,512,514,5,16,0,0,513,515,5,8,0,0,514,513,1,
        0,0,0,514,515,1,0,0,0,515,516,1,0,0,0,516,517,3,38,19,0,517,518,
        5,2,0,0,518,552,1,0,0,0,519,520,5,1,0,0,520,522,5,21,0,0,521,523,
        5,8,0,0,522,521,1,0,0,0,522,523,1,0,0,0,523,524,1,0,0,0,524,525,
        3,42,21,0,525,526,5,2,0,0,526,552,1,0,0,0,527,528,5,1,0,0,528,530,
        5,22,0,0,529,531,5,8,0,0,530,529,1,0,0,0,530,531,1,0,0,0,531,532,
        1,0,0,0,532,533,3,44,22,0,533,534,5,2,0,0,534,552,1,0,0,0,535,536,
        5,1,0,0,536,538,5,20,0,0,537,539,5,8,0,0,538,537,1,0,0,0,538,539,
        1,0,0,0,539,540,1,0,0,0,540,541,3,48,24,0,541,542,5,2,0,0,542,552,
        1,0,0,0,543,544,5,1,0,0,544,546,5,23,0,0,545,547,5,8,0,0,546,545,
        1,0,0,0,546,547,1,0,0,0,547,548,1,0,0,0,548,549,3,38,19,0,549,550,
        5,2,0,0,550,552,1,0,0,0,551,511,1,0,0,0,551,519,1,0,0,0,551,527,
        1,0,0,0,551,535,1,0,0,0,551,543,1,0,0,0,552,55,1,0,0,0,553,554,5,
        1,0,0,554,555,5,24,0,0,555,556,5,7,0,0,556,557,5,7,0,0,557,558,5,
        2,0,0,558,57,1,0,0,0,559,560,5,1,0,0,560,561,5,25,0,0,561,562,5,
        7,0,0,562,563,5,2,0,0,563,59,1,0,0,0,564,565,5,1,0,0,565,566,5,25,
        0,0,566,567,5,7,0,0,567,568,5,1,0,0,568,569,3,62,31,0,569,570,3,
        32,16,0,570,571,5,2,0,0,571,572,5,2,0,0,572,61,1,0,0,0,573,574,7,
        4,0,0,574,63,1,0,0,0,575,576,5,1,0,0,576,578,5,16,0,0,577,579,5,
        8,0,0,578,577,1,0,0,0,578,579,1,0,0,0,579,583,1,0,0,0,580,582,3,
        58,29,0,581,580,1,0,0,0,582,585,1,0,0,0,583,581,1,0,0,0,583,584,
        1,0,0,0,584,587,1,0,0,0,585,583,1,0,0,0,586,588,3,56,28,0,587,586,
        1,0,0,0,587,588,1,0,0,0,588,589,1,0,0,0,589,593,3,38,19,0,590,592,
        3,66,33,0,591,590,1,0,0,0,592,595,1,0,0,0,593,591,1,0,0,0,593,594,
        1,0,0,0,594,596,1,0,0,0,595,593,1,0,0,0,596,597,3,88,44,0,597,598,
        5,2,0,0,598,65,1,0,0,0,599,600,5,1,0,0,600,613,5,19,0,0,601,604,
        5,8,0,0,602,605,5,60,0,0,603,605,3,28,14,0,604,602,1,0,0,0,604,603,
        1,0,0,0,605,614,1,0,0,0,606,609,5,60,0,0,607,609,3,28,14,0,608,606,
        1,0,0,0,608,607,1,0,0,0,609,612,1,0,0,0,610,608,1,0,0,0,610,611,
        1,0,0,0,611,614,1,0,0,0,612,610,1,0,0,0,613,601,1,0,0,0,613,610,
        1,0,0,0,614,615,1,0,0,0,615,616,5,2,0,0,616,67,1,0,0,0,617,618,5,
        1,0,0,618,620,5,21,0,0,619,621,5,8,0,0,620,619,1,0,0,0,620,621,1,
        0,0,0,621,625,1,0,0,0,622,624,3,58,29,0,623,622,1,0,0,0,624,627,
        1,0,0,0,625,623,1,0,0,0,625,626,1,0,0,0,626,629,1,0,0,0,627,625,
        1,0,0,0,628,630,3,56,28,0,629,628,1,0,0,0,629,630,1,0,0,0,630,654,
        1,0,0,0,631,632,3,42,21,0,632,633,3,88,44,0,633,655,1,0,0,0,634,
        636,5,60,0,0,635,634,1,0,0,0,635,636,1,0,0,0,636,637,1,0,0,0,637,
        638,3,28,14,0,638,639,5,1,0,0,639,650,5,27,0,0,640,642,3,82,41,0,
        641,640,1,0,0,0,642,643,1,0,0,0,643,641,1,0,0,0,643,644,1,0,0,0,
        644,651,1,0,0,0,645,647,3,32,16,0,646,645,1,0,0,0,647,648,1,0,0,
        0,648,646,1,0,0,0,648,649,1,0,0,0,649,651,1,0,0,0,650,641,1,0,0,
        0,650,646,1,0,0,0,650,651,1,0,0,0,651,652,1,0,0,0,652,653,5,2,0,
        0,653,655,1,0,0,0,654,631,1,0,0,0,654,635,1,0,0,0,655,656,1,0,0,
        0,656,657,5,2,0,0,657,69,1,0,0,0,658,659,5,1,0,0,659,661,5,22,0,
        0,660,662,5,8,0,0,661,660,1,0,0,0,661,662,1,0,0,0,662,666,1,0,0,
        0,663,665,3,58,29,0,664,663,1,0,0,0,665,668,1,0,0,0,666,664,1,0,
        0,0,666,667,1,0,0,0,667,670,1,0,0,0,668,666,1,0,0,0,669,671,3,56,
        28,0,670,669,1,0,0,0,670,671,1,0,0,0,671,688,1,0,0,0,672,689,3,44,
        22,0,673,675,5,60,0,0,674,673,1,0,0,0,674,675,1,0,0,0,675,677,1,
        0,0,0,676,678,3,46,23,0,677,676,1,0,0,0,677,678,1,0,0,0,678,679,
        1,0,0,0,679,680,5,1,0,0,680,684,5,28,0,0,681,683,5,7,0,0,682,681,
        1,0,0,0,683,686,1,0,0,0,684,682,1,0,0,0,684,685,1,0,0,0,685,687,
        1,0,0,0,686,684,1,0,0,0,687,689,5,2,0,0,688,672,1,0,0,0,688,674,
        1,0,0,0,689,690,1,0,0,0,690,691,5,2,0,0,691,71,1,0,0,0,692,693,5,
        1,0,0,693,695,5,20,0,0,694,696,5,8,0,0,695,694,1,0,0,0,695,696,1,
        0,0,0,696,700,1,0,0,0,697,699,3,58,29,0,698,697,1,0,0,0,699,702,
        1,0,0,0,700,698,1,0,0,0,700,701,1,0,0,0,701,704,1,0,0,0,702,700,
        1,0,0,0,703,705,3,56,28,0,704,703,1,0,0,0,704,705,1,0,0,0,705,706,
        1,0,0,0,706,707,3,48,24,0,707,708,3,88,44,0,708,709,5,2,0,0,709,
        73,1,0,0,0,710,711,5,1,0,0,711,713,5,23,0,0,712,714,5,8,0,0,713,
        712,1,0,0,0,713,714,1,0,0,0,714,718,1,0,0,0,715,717,3,58,29,0,716,
        715,1,0,0,0,717,720,1,0,0,0,718,716,1,0,0,0,718,719,1,0,0,0,719,
        722,1,0,0,0,720,718,1,0,0,0,721,723,3,56,28,0,722,721,1,0,0,0,722,
        723,1,0,0,0,723,724,1,0,0,0,724,725,3,38,19,0,725,726,5,2,0,0,726,
        75,1,0,0,0,727,728,5,1,0,0,728,729,5,26,0,0,729,730,3,32,16,0,730,
        731,5,2,0,0,731,77,1,0,0,0,732,733,5,1,0,0,733,735,5,27,0,0,734,
        736,5,8,0,0,735,734,1,0,0,0,735,736,1,0,0,0,736,758,1,0,0,0,737,
        759,3,80,40,0,738,739,5,31,0,0,739,759,3,80,40,0,740,741,5,1,0,0,
        741,742,5,21,0,0,742,743,3,32,16,0,743,744,5,2,0,0,744,747,1,0,0,
        0,745,747,5,9,0,0,746,740,1,0,0,0,746,745,1,0,0,0,746,747,1,0,0,
        0,747,748,1,0,0,0,748,756,3,84,42,0,749,757,3,80,40,0,750,752,3,
        32,16,0,751,750,1,0,0,0,752,755,1,0,0,0,753,751,1,0,0,0,753,754,
        1,0,0,0,754,757,1,0,0,0,755,753,1,0,0,0,756,749,1,0,0,0,756,753,
        1,0,0,0,757,759,1,0,0,0,758,737,1,0,0,0,758,738,1,0,0,0,758,746,
        1,0,0,0,759,760,1,0,0,0,760,761,5,2,0,0,761,79,1,0,0,0,762,766,3,
        28,14,0,763,765,3,82,41,0,764,763,1,0,0,0,765,768,1,0,0,0,766,764,
        1,0,0,0,766,767,1,0,0,0,767,777,1,0,0,0,768,766,1,0,0,0,769,773,
        5,16,0,0,770,772,3,32,16,0,771,770,1,0,0,0,772,775,1,0,0,0,773,771,
        1,0,0,0,773,774,1,0,0,0,774,777,1,0,0,0,775,773,1,0,0,0,776,762,
        1,0,0,0,776,769,1,0,0,0,777,81,1,0,0,0,778,779,5,1,0,0,779,780,5,
        30,0,0,780,781,3,88,44,0,781,782,5,2,0,0,782,785,1,0,0,0,783,785,
        3,92,46,0,784,778,1,0,0,0,784,783,1,0,0,0,785,83,1,0,0,0,786,787,
        5,1,0,0,787,788,5,29,0,0,788,789,3,88,44,0,789,790,5,2,0,0,790,793,
        1,0,0,0,791,793,3,92,46,0,792,786,1,0,0,0,792,791,1,0,0,0,793,85,
        1,0,0,0,794,795,5,1,0,0,795,797,5,28,0,0,796,798,5,8,0,0,797,796,
        1,0,0,0,797,798,1,0,0,0,798,808,1,0,0,0,799,800,5,1,0,0,800,801,
        5,22,0,0,801,802,3,32,16,0,802,803,5,2,0,0,803,806,1,0,0,0,804,806,
        5,9,0,0,805,799,1,0,0,0,805,804,1,0,0,0,805,806,1,0,0,0,806,807,
        1,0,0,0,807,809,3,84,42,0,808,805,1,0,0,0,808,809,1,0,0,0,809,813,
        1,0,0,0,810,812,5,7,0,0,811,810,1,0,0,0,812,815,1,0,0,0,813,811,
        1,0,0,0,813,814,1,0,0,0,814,816,1,0,0,0,815,813,1,0,0,0,816,817,
        5,2,0,0,817,87,1,0,0,0,818,846,5,74,0,0,819,845,5,9,0,0,820,845,
        5,10,0,0,821,845,5,11,0,0,822,845,5,8,0,0,823,845,5,12,0,0,824,845,
        5,13,0,0,825,845,5,64,0,0,826,845,5,16,0,0,827,845,5,38,0,0,828,
        845,5,39,0,0,829,845,5,63,0,0,830,845,5,34,0,0,831,832,5,1,0,0,832,
        833,5,15,0,0,833,834,3,32,16,0,834,835,5,2,0,0,835,845,1,0,0,0,836,
        837,5,1,0,0,837,838,5,45,0,0,838,839,3,32,16,0,839,840,5,2,0,0,840,
        845,1,0,0,0,841,845,3,34,17,0,842,845,3,36,18,0,843,845,3,28,14,
        0,844,819,1,0,0,0,844,820,1,0,0,0,844,821,1,0,0,0,844,822,1,0,0,
        0,844,823,1,0,0,0,844,824,1,0,0,0,844,825,1,0,0,0,844,826,1,0,0,
        0,844,827,1,0,0,0,844,828,1,0,0,0,844,829,1,0,0,0,844,830,1,0,0,
        0,844,831,1,0,0,0,844,836,1,0,0,0,844,841,1,0,0,0,844,842,1,0,0,
        0,844,843,1,0,0,0,845,848,1,0,0,0,846,844,1,0,0,0,846,847,1,0,0,
        0,847,876,1,0,0,0,848,846,1,0,0,0,849,851,7,5,0,0,850,852,5,8,0,
        0,851,850,1,0,0,0,851,852,1,0,0,0,852,853,1,0,0,0,853,876,3,38,19,
        0,854,856,5,52,0,0,855,857,5,8,0,0,856,855,1,0,0,0,856,857,1,0,0,
        0,857,858,1,0,0,0,858,862,3,38,19,0,859,861,3,90,45,0,860,859,1,
        0,0,0,861,864,1,0,0,0,862,860,1,0,0,0,862,863,1,0,0,0,863,876,1,
        0,0,0,864,862,1,0,0,0,865,867,7,6,0,0,866,868,5,8,0,0,867,866,1,
        0,0,0,867,868,1,0,0,0,868,876,1,0,0,0,869,870,5,55,0,0,870,876,3,
        32,16,0,871,876,5,57,0,0,872,873,5,59,0,0,873,876,3,32,16,0,874,
        876,3,92,46,0,875,818,1,0,0,0,875,849,1,0,0,0,875,854,1,0,0,0,875,
        865,1,0,0,0,875,869,1,0,0,0,875,871,1,0,0,0,875,872,1,0,0,0,875,
        874,1,0,0,0,876,879,1,0,0,0,877,875,1,0,0,0,877,878,1,0,0,0,878,
        89,1,0,0,0,879,877,1,0,0,0,880,893,5,1,0,0,881,882,5,55,0,0,882,
        883,3,32,16,0,883,884,3,32,16,0,884,894,1,0,0,0,885,886,5,56,0,0,
        886,887,3,32,16,0,887,888,3,32,16,0,888,894,1,0,0,0,889,890,5,57,
        0,0,890,894,3,32,16,0,891,892,5,58,0,0,892,894,3,32,16,0,893,881,
        1,0,0,0,893,885,1,0,0,0,893,889,1,0,0,0,893,891,1,0,0,0,894,895,
        1,0,0,0,895,896,5,2,0,0,896,91,1,0,0,0,897,1009,5,1,0,0,898,926,
        5,74,0,0,899,925,5,9,0,0,900,925,5,10,0,0,901,925,5,11,0,0,902,925,
        5,8,0,0,903,925,5,12,0,0,904,925,5,13,0,0,905,925,5,64,0,0,906,925,
        5,16,0,0,907,925,5,38,0,0,908,925,5,39,0,0,909,925,5,63,0,0,910,
        925,5,34,0,0,911,912,5,1,0,0,912,913,5,15,0,0,913,914,3,32,16,0,
        914,915,5,2,0,0,915,925,1,0,0,0,916,917,5,1,0,0,917,918,5,45,0,0,
        918,919,3,32,16,0,919,920,5,2,0,0,920,925,1,0,0,0,921,925,3,34,17,
        0,922,925,3,36,18,0,923,925,3,28,14,0,924,899,1,0,0,0,924,900,1,
        0,0,0,924,901,1,0,0,0,924,902,1,0,0,0,924,903,1,0,0,0,924,904,1,
        0,0,0,924,905,1,0,0,0,924,906,1,0,0,0,924,907,1,0,0,0,924,908,1,
        0,0,0,924,909,1,0,0,0,924,910,1,0,0,0,924,911,1,0,0,0,924,916,1,
        0,0,0,924,921,1,0,0,0,924,922,1,0,0,0,924,923,1,0,0,0,925,928,1,
        0,0,0,926,924,1,0,0,0,926,927,1,0,0,0,927,932,1,0,0,0,928,926,1,
        0,0,0,929,931,3,92,46,0,930,929,1,0,0,0,931,934,1,0,0,0,932,930,
        1,0,0,0,932,933,1,0,0,0,933,935,1,0,0,0,934,932,1,0,0,0,935,1010,
        5,2,0,0,936,938,7,7,0,0,937,939,5,8,0,0,938,937,1,0,0,0,938,939,
        1,0,0,0,939,940,1,0,0,0,940,941,3,38,19,0,941,942,3,88,44,0,942,
        943,5,2,0,0,943,1010,1,0,0,0,944,946,5,48,0,0,945,947,5,8,0,0,946,
        945,1,0,0,0,946,947,1,0,0,0,947,948,1,0,0,0,948,952,3,38,19,0,949,
        951,3,92,46,0,950,949,1,0,0,0,951,954,1,0,0,0,952,950,1,0,0,0,952,
        953,1,0,0,0,953,955,1,0,0,0,954,952,1,0,0,0,955,956,5,1,0,0,956,
        957,5,49,0,0,957,958,3,88,44,0,958,964,5,2,0,0,959,960,5,1,0,0,960,
        961,5,50,0,0,961,962,3,88,44,0,962,963,5,2,0,0,963,965,1,0,0,0,964,
        959,1,0,0,0,964,965,1,0,0,0,965,966,1,0,0,0,966,967,5,2,0,0,967,
        1010,1,0,0,0,968,970,5,52,0,0,969,971,5,8,0,0,970,969,1,0,0,0,970,
        971,1,0,0,0,971,972,1,0,0,0,972,976,3,38,19,0,973,975,3,90,45,0,
        974,973,1,0,0,0,975,978,1,0,0,0,976,974,1,0,0,0,976,977,1,0,0,0,
        977,979,1,0,0,0,978,976,1,0,0,0,979,980,3,88,44,0,980,981,5,2,0,
        0,981,1010,1,0,0,0,982,984,5,53,0,0,983,985,5,8,0,0,984,983,1,0,
        0,0,984,985,1,0,0,0,985,986,1,0,0,0,986,987,3,38,19,0,987,988,5,
        1,0,0,988,989,5,54,0,0,989,990,3,88,44,0,990,1005,5,2,0,0,991,993,
        3,94,47,0,992,991,1,0,0,0,993,996,1,0,0,0,994,992,1,0,0,0,994,995,
        1,0,0,0,995,998,1,0,0,0,996,994,1,0,0,0,997,999,3,96,48,0,998,997,
        1,0,0,0,998,999,1,0,0,0,999,1006,1,0,0,0,1000,1001,5,1,0,0,1001,
        1002,5,59,0,0,1002,1003,3,32,16,0,1003,1004,5,2,0,0,1004,1006,1,
        0,0,0,1005,994,1,0,0,0,1005,1000,1,0,0,0,1006,1007,1,0,0,0,1007,
        1008,5,2,0,0,1008,1010,1,0,0,0,1009,898,1,0,0,0,1009,936,1,0,0,0,
        1009,944,1,0,0,0,1009,968,1,0,0,0,1009,982,1,0,0,0,1010,93,1,0,0,
        0,1011,1012,5,1,0,0,1012,1013,5,55,0,0,1013,1014,3,32,16,0,1014,
        1015,3,88,44,0,1015,1016,5,2,0,0,1016,95,1,0,0,0,1017,1018,5,1,0,
        0,1018,1019,5,57,0,0,1019,1020,3,88,44,0,1020,1021,5,2,0,0,1021,
        97,1,0,0,0,138,110,112,119,123,129,132,139,147,151,153,163,167,172,
        175,189,191,198,201,208,211,214,219,225,232,236,253,255,264,269,
        274,284,292,297,304,311,318,327,333,342,351,360,363,373,378,384,
        389,401,410,414,416,419,427,429,439,444,450,454,458,465,468,481,
        484,494,497,499,507,514,522,530,538,546,551,578,583,587,593,604,
        608,610,613,620,625,629,635,643,648,650,654,661,666,670,674,677,
        684,688,695,700,704,713,718,722,735,746,753,756,758,766,773,776,
        784,792,797,805,808,813,844,846,851,856,862,867,875,877,893,924,
        926,932,938,946,952,964,970,976,984,994,998,1005,1009
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
    public compType(): CompTypeContext {
        return this.getRuleContext(0, CompTypeContext)!;
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
    public LPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.LPAR, 0);
    }
    public EXACT(): antlr.TerminalNode | null {
        return this.getToken(WatParser.EXACT, 0);
    }
    public RPAR(): antlr.TerminalNode | null {
        return this.getToken(WatParser.RPAR, 0);
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
    public EXACT(): antlr.TerminalNode[];
    public EXACT(i: number): antlr.TerminalNode | null;
    public EXACT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.EXACT);
    	} else {
    		return this.getToken(WatParser.EXACT, i);
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
    public EXACT(): antlr.TerminalNode[];
    public EXACT(i: number): antlr.TerminalNode | null;
    public EXACT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(WatParser.EXACT);
    	} else {
    		return this.getToken(WatParser.EXACT, i);
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
