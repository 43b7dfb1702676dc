
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
    public static readonly RULE_exactTypeUse = 33;
    public static readonly RULE_local = 34;
    public static readonly RULE_tableField = 35;
    public static readonly RULE_memoryField = 36;
    public static readonly RULE_globalField = 37;
    public static readonly RULE_tagField = 38;
    public static readonly RULE_startField = 39;
    public static readonly RULE_elemField = 40;
    public static readonly RULE_elemList = 41;
    public static readonly RULE_elemItem = 42;
    public static readonly RULE_offset = 43;
    public static readonly RULE_dataField = 44;
    public static readonly RULE_instrList = 45;
    public static readonly RULE_catchClause = 46;
    public static readonly RULE_foldedInstr = 47;
    public static readonly RULE_foldedCatch = 48;
    public static readonly RULE_foldedCatchAll = 49;

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
        "exportField", "exportKind", "funcField", "exactTypeUse", "local", 
        "tableField", "memoryField", "globalField", "tagField", "startField", 
        "elemField", "elemList", "elemItem", "offset", "dataField", "instrList", 
        "catchClause", "foldedInstr", "foldedCatch", "foldedCatchAll",
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
            this.state = 125;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 3, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 112;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                do {
                    {
                    this.state = 112;
                    this.errorHandler.sync(this);
                    switch (this.interpreter.adaptivePredict(this.tokenStream, 0, this.context) ) {
                    case 1:
                        {
                        this.state = 100;
                        this.typeDef();
                        }
                        break;
                    case 2:
                        {
                        this.state = 101;
                        this.recType();
                        }
                        break;
                    case 3:
                        {
                        this.state = 102;
                        this.importField();
                        }
                        break;
                    case 4:
                        {
                        this.state = 103;
                        this.funcField();
                        }
                        break;
                    case 5:
                        {
                        this.state = 104;
                        this.tableField();
                        }
                        break;
                    case 6:
                        {
                        this.state = 105;
                        this.memoryField();
                        }
                        break;
                    case 7:
                        {
                        this.state = 106;
                        this.globalField();
                        }
                        break;
                    case 8:
                        {
                        this.state = 107;
                        this.exportField();
                        }
                        break;
                    case 9:
                        {
                        this.state = 108;
                        this.startField();
                        }
                        break;
                    case 10:
                        {
                        this.state = 109;
                        this.elemField();
                        }
                        break;
                    case 11:
                        {
                        this.state = 110;
                        this.dataField();
                        }
                        break;
                    case 12:
                        {
                        this.state = 111;
                        this.tagField();
                        }
                        break;
                    }
                    }
                    this.state = 114;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                } while (_la === 1);
                this.state = 116;
                this.match(WatParser.EOF);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 121;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 118;
                    this.command();
                    }
                    }
                    this.state = 123;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 124;
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
            this.state = 169;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 11, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 127;
                this.module_();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 128;
                this.match(WatParser.LPAR);
                this.state = 129;
                this.match(WatParser.INSTANCE);
                this.state = 131;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 4, this.context) ) {
                case 1:
                    {
                    this.state = 130;
                    this.match(WatParser.ID);
                    }
                    break;
                }
                this.state = 134;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 133;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 136;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 137;
                this.match(WatParser.LPAR);
                this.state = 138;
                this.match(WatParser.REGISTER);
                this.state = 139;
                this.match(WatParser.STRING);
                this.state = 141;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 140;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 143;
                this.match(WatParser.RPAR);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 144;
                this.action();
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 145;
                this.match(WatParser.LPAR);
                this.state = 146;
                this.match(WatParser.ASSERT);
                this.state = 149;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 7, this.context) ) {
                case 1:
                    {
                    this.state = 147;
                    this.action();
                    }
                    break;
                case 2:
                    {
                    this.state = 148;
                    this.module_();
                    }
                    break;
                }
                this.state = 155;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 7) {
                    {
                    this.state = 153;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.LPAR:
                        {
                        this.state = 151;
                        this.value();
                        }
                        break;
                    case WatParser.STRING:
                        {
                        this.state = 152;
                        this.match(WatParser.STRING);
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
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
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 160;
                this.match(WatParser.LPAR);
                this.state = 161;
                this.match(WatParser.KEYWORD);
                this.state = 165;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4294967290) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 4294967295) !== 0) || ((((_la - 64)) & ~0x1F) === 0 && ((1 << (_la - 64)) & 4095) !== 0)) {
                    {
                    {
                    this.state = 162;
                    this.sexpr();
                    }
                    }
                    this.state = 167;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 168;
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
            this.state = 216;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 20, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 171;
                this.match(WatParser.LPAR);
                this.state = 172;
                this.match(WatParser.MODULE);
                this.state = 174;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 67) {
                    {
                    this.state = 173;
                    this.match(WatParser.DEFINITION);
                    }
                }

                this.state = 177;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 176;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 203;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                case WatParser.RPAR:
                    {
                    this.state = 193;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 1) {
                        {
                        this.state = 191;
                        this.errorHandler.sync(this);
                        switch (this.interpreter.adaptivePredict(this.tokenStream, 14, this.context) ) {
                        case 1:
                            {
                            this.state = 179;
                            this.typeDef();
                            }
                            break;
                        case 2:
                            {
                            this.state = 180;
                            this.recType();
                            }
                            break;
                        case 3:
                            {
                            this.state = 181;
                            this.importField();
                            }
                            break;
                        case 4:
                            {
                            this.state = 182;
                            this.funcField();
                            }
                            break;
                        case 5:
                            {
                            this.state = 183;
                            this.tableField();
                            }
                            break;
                        case 6:
                            {
                            this.state = 184;
                            this.memoryField();
                            }
                            break;
                        case 7:
                            {
                            this.state = 185;
                            this.globalField();
                            }
                            break;
                        case 8:
                            {
                            this.state = 186;
                            this.exportField();
                            }
                            break;
                        case 9:
                            {
                            this.state = 187;
                            this.startField();
                            }
                            break;
                        case 10:
                            {
                            this.state = 188;
                            this.elemField();
                            }
                            break;
                        case 11:
                            {
                            this.state = 189;
                            this.dataField();
                            }
                            break;
                        case 12:
                            {
                            this.state = 190;
                            this.tagField();
                            }
                            break;
                        }
                        }
                        this.state = 195;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                case WatParser.BINARY:
                case WatParser.QUOTE:
                    {
                    this.state = 196;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 65 || _la === 66)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 200;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 7) {
                        {
                        {
                        this.state = 197;
                        this.match(WatParser.STRING);
                        }
                        }
                        this.state = 202;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 205;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 206;
                this.match(WatParser.LPAR);
                this.state = 207;
                this.match(WatParser.MODULE);
                this.state = 208;
                this.match(WatParser.INSTANCE);
                this.state = 210;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 18, this.context) ) {
                case 1:
                    {
                    this.state = 209;
                    this.match(WatParser.ID);
                    }
                    break;
                }
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
            this.state = 238;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 24, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 218;
                this.match(WatParser.LPAR);
                this.state = 219;
                this.match(WatParser.INVOKE);
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
                this.match(WatParser.STRING);
                this.state = 227;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 224;
                    this.value();
                    }
                    }
                    this.state = 229;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 230;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 231;
                this.match(WatParser.LPAR);
                this.state = 232;
                this.match(WatParser.GET);
                this.state = 234;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 233;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 236;
                this.match(WatParser.STRING);
                this.state = 237;
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
            this.state = 240;
            this.match(WatParser.LPAR);
            this.state = 241;
            _la = this.tokenStream.LA(1);
            if(!(_la === 72 || _la === 74)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 257;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 69378) !== 0) || ((((_la - 34)) & ~0x1F) === 0 && ((1 << (_la - 34)) & 1610612785) !== 0) || _la === 74 || _la === 75) {
                {
                this.state = 255;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NAT:
                    {
                    this.state = 242;
                    this.match(WatParser.NAT);
                    }
                    break;
                case WatParser.INT:
                    {
                    this.state = 243;
                    this.match(WatParser.INT);
                    }
                    break;
                case WatParser.FLOAT:
                    {
                    this.state = 244;
                    this.match(WatParser.FLOAT);
                    }
                    break;
                case WatParser.KEYWORD:
                    {
                    this.state = 245;
                    this.match(WatParser.KEYWORD);
                    }
                    break;
                case WatParser.RESERVED:
                    {
                    this.state = 246;
                    this.match(WatParser.RESERVED);
                    }
                    break;
                case WatParser.SHAPE:
                    {
                    this.state = 247;
                    this.match(WatParser.SHAPE);
                    }
                    break;
                case WatParser.FUNC:
                    {
                    this.state = 248;
                    this.match(WatParser.FUNC);
                    }
                    break;
                case WatParser.STRUCT:
                    {
                    this.state = 249;
                    this.match(WatParser.STRUCT);
                    }
                    break;
                case WatParser.ARRAY:
                    {
                    this.state = 250;
                    this.match(WatParser.ARRAY);
                    }
                    break;
                case WatParser.HEAP_TYPE:
                    {
                    this.state = 251;
                    this.match(WatParser.HEAP_TYPE);
                    }
                    break;
                case WatParser.ID:
                    {
                    this.state = 252;
                    this.match(WatParser.ID);
                    }
                    break;
                case WatParser.NULL:
                    {
                    this.state = 253;
                    this.match(WatParser.NULL);
                    }
                    break;
                case WatParser.LPAR:
                    {
                    this.state = 254;
                    this.value();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 259;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 260;
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
            this.state = 271;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.LPAR:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 262;
                this.match(WatParser.LPAR);
                this.state = 266;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4294967290) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 4294967295) !== 0) || ((((_la - 64)) & ~0x1F) === 0 && ((1 << (_la - 64)) & 4095) !== 0)) {
                    {
                    {
                    this.state = 263;
                    this.sexpr();
                    }
                    }
                    this.state = 268;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 269;
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
                this.state = 270;
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
            this.state = 273;
            this.match(WatParser.LPAR);
            this.state = 274;
            this.match(WatParser.TYPE);
            this.state = 276;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 275;
                this.match(WatParser.ID);
                }
            }

            this.state = 278;
            this.subType();
            this.state = 279;
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
            this.state = 281;
            this.match(WatParser.LPAR);
            this.state = 282;
            this.match(WatParser.REC);
            this.state = 286;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1) {
                {
                {
                this.state = 283;
                this.typeDef();
                }
                }
                this.state = 288;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 289;
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
            this.state = 306;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 33, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 291;
                this.match(WatParser.LPAR);
                this.state = 292;
                this.match(WatParser.SUB);
                this.state = 294;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 36) {
                    {
                    this.state = 293;
                    this.match(WatParser.FINAL);
                    }
                }

                this.state = 299;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 8 || _la === 9) {
                    {
                    {
                    this.state = 296;
                    this.idx();
                    }
                    }
                    this.state = 301;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 302;
                this.describedType();
                this.state = 303;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 305;
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
            this.state = 313;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 34, this.context) ) {
            case 1:
                {
                this.state = 308;
                this.match(WatParser.LPAR);
                this.state = 309;
                this.match(WatParser.DESCRIBES);
                this.state = 310;
                this.idx();
                this.state = 311;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 320;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 35, this.context) ) {
            case 1:
                {
                this.state = 315;
                this.match(WatParser.LPAR);
                this.state = 316;
                this.match(WatParser.DESCRIPTOR);
                this.state = 317;
                this.idx();
                this.state = 318;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 322;
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
            this.state = 353;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 39, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 324;
                this.match(WatParser.LPAR);
                this.state = 325;
                this.match(WatParser.FUNC);
                this.state = 329;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 36, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 326;
                        this.param();
                        }
                        }
                    }
                    this.state = 331;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 36, this.context);
                }
                this.state = 335;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 332;
                    this.result();
                    }
                    }
                    this.state = 337;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 338;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 339;
                this.match(WatParser.LPAR);
                this.state = 340;
                this.match(WatParser.STRUCT);
                this.state = 344;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 341;
                    this.field();
                    }
                    }
                    this.state = 346;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 347;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 348;
                this.match(WatParser.LPAR);
                this.state = 349;
                this.match(WatParser.ARRAY);
                this.state = 350;
                this.fieldType();
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
    public field(): FieldContext {
        let localContext = new FieldContext(this.context, this.state);
        this.enterRule(localContext, 22, WatParser.RULE_field);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 355;
            this.match(WatParser.LPAR);
            this.state = 356;
            this.match(WatParser.FIELD);
            this.state = 365;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 357;
                this.match(WatParser.ID);
                this.state = 358;
                this.fieldType();
                }
                break;
            case WatParser.LPAR:
            case WatParser.RPAR:
            case WatParser.NUM_TYPE:
            case WatParser.PACKED_TYPE:
            case WatParser.REF_SHORTHAND:
                {
                this.state = 362;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || ((((_la - 60)) & ~0x1F) === 0 && ((1 << (_la - 60)) & 7) !== 0)) {
                    {
                    {
                    this.state = 359;
                    this.fieldType();
                    }
                    }
                    this.state = 364;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 367;
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
            this.state = 375;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 42, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 369;
                this.storageType();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 370;
                this.match(WatParser.LPAR);
                this.state = 371;
                this.match(WatParser.MUT);
                this.state = 372;
                this.storageType();
                this.state = 373;
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
            this.state = 380;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.NUM_TYPE:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 377;
                this.match(WatParser.NUM_TYPE);
                }
                break;
            case WatParser.LPAR:
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 378;
                this.refType();
                }
                break;
            case WatParser.PACKED_TYPE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 379;
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
            this.state = 391;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 382;
                this.match(WatParser.REF_SHORTHAND);
                }
                break;
            case WatParser.LPAR:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 383;
                this.match(WatParser.LPAR);
                this.state = 384;
                this.match(WatParser.REF);
                this.state = 386;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 34) {
                    {
                    this.state = 385;
                    this.match(WatParser.NULL);
                    }
                }

                this.state = 388;
                this.heapType();
                this.state = 389;
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
            this.state = 403;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.FUNC:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 393;
                this.match(WatParser.FUNC);
                }
                break;
            case WatParser.STRUCT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 394;
                this.match(WatParser.STRUCT);
                }
                break;
            case WatParser.ARRAY:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 395;
                this.match(WatParser.ARRAY);
                }
                break;
            case WatParser.HEAP_TYPE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 396;
                this.match(WatParser.HEAP_TYPE);
                }
                break;
            case WatParser.ID:
            case WatParser.NAT:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 397;
                this.idx();
                }
                break;
            case WatParser.LPAR:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 398;
                this.match(WatParser.LPAR);
                this.state = 399;
                this.match(WatParser.EXACT);
                this.state = 400;
                this.idx();
                this.state = 401;
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
            this.state = 405;
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
            this.state = 407;
            this.match(WatParser.LPAR);
            this.state = 408;
            this.match(WatParser.PARAM);
            this.state = 421;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 409;
                this.match(WatParser.ID);
                this.state = 412;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 410;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 411;
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
                this.state = 418;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 60 || _la === 62) {
                    {
                    this.state = 416;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.NUM_TYPE:
                        {
                        this.state = 414;
                        this.match(WatParser.NUM_TYPE);
                        }
                        break;
                    case WatParser.LPAR:
                    case WatParser.REF_SHORTHAND:
                        {
                        this.state = 415;
                        this.refType();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 420;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 423;
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
            this.state = 425;
            this.match(WatParser.LPAR);
            this.state = 426;
            this.match(WatParser.RESULT);
            this.state = 431;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || _la === 60 || _la === 62) {
                {
                this.state = 429;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 427;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 428;
                    this.refType();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 433;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 434;
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
            this.state = 441;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 53, this.context) ) {
            case 1:
                {
                this.state = 436;
                this.match(WatParser.LPAR);
                this.state = 437;
                this.match(WatParser.TYPE);
                this.state = 438;
                this.idx();
                this.state = 439;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 446;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 54, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 443;
                    this.param();
                    }
                    }
                }
                this.state = 448;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 54, this.context);
            }
            this.state = 452;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 55, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 449;
                    this.result();
                    }
                    }
                }
                this.state = 454;
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
            this.state = 456;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 455;
                this.match(WatParser.NUM_TYPE);
                }
            }

            this.state = 458;
            this.match(WatParser.NAT);
            this.state = 460;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 9) {
                {
                this.state = 459;
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
            this.state = 462;
            this.limits();
            this.state = 463;
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
            this.state = 465;
            this.limits();
            this.state = 467;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 41) {
                {
                this.state = 466;
                this.match(WatParser.SHARED);
                }
            }

            this.state = 470;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 1) {
                {
                this.state = 469;
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
            this.state = 472;
            this.match(WatParser.LPAR);
            this.state = 473;
            this.match(WatParser.PAGESIZE);
            this.state = 474;
            this.match(WatParser.NAT);
            this.state = 475;
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
            this.state = 486;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 61, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 477;
                this.match(WatParser.NUM_TYPE);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 478;
                this.refType();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 479;
                this.match(WatParser.LPAR);
                this.state = 480;
                this.match(WatParser.MUT);
                this.state = 483;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 481;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 482;
                    this.refType();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 485;
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
            this.state = 488;
            this.match(WatParser.LPAR);
            this.state = 489;
            this.match(WatParser.IMPORT);
            this.state = 490;
            this.match(WatParser.STRING);
            this.state = 501;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.STRING:
                {
                this.state = 491;
                this.match(WatParser.STRING);
                this.state = 492;
                this.importDesc();
                }
                break;
            case WatParser.LPAR:
                {
                this.state = 494;
                this.errorHandler.sync(this);
                alternative = 1;
                do {
                    switch (alternative) {
                    case 1:
                        {
                        {
                        this.state = 493;
                        this.importItem();
                        }
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    this.state = 496;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 62, this.context);
                } while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER);
                this.state = 499;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 1) {
                    {
                    this.state = 498;
                    this.importDesc();
                    }
                }

                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 503;
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
            this.state = 505;
            this.match(WatParser.LPAR);
            this.state = 506;
            this.match(WatParser.ITEM);
            this.state = 507;
            this.match(WatParser.STRING);
            this.state = 509;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 1) {
                {
                this.state = 508;
                this.importDesc();
                }
            }

            this.state = 511;
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
            this.state = 556;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 72, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 513;
                this.match(WatParser.LPAR);
                this.state = 514;
                this.match(WatParser.FUNC);
                this.state = 516;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 515;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 520;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 67, this.context) ) {
                case 1:
                    {
                    this.state = 518;
                    this.typeUse();
                    }
                    break;
                case 2:
                    {
                    this.state = 519;
                    this.exactTypeUse();
                    }
                    break;
                }
                this.state = 522;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 524;
                this.match(WatParser.LPAR);
                this.state = 525;
                this.match(WatParser.TABLE);
                this.state = 527;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 526;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 529;
                this.tableType();
                this.state = 530;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 532;
                this.match(WatParser.LPAR);
                this.state = 533;
                this.match(WatParser.MEMORY);
                this.state = 535;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 534;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 537;
                this.memoryType();
                this.state = 538;
                this.match(WatParser.RPAR);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 540;
                this.match(WatParser.LPAR);
                this.state = 541;
                this.match(WatParser.GLOBAL);
                this.state = 543;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 542;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 545;
                this.globalType();
                this.state = 546;
                this.match(WatParser.RPAR);
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 548;
                this.match(WatParser.LPAR);
                this.state = 549;
                this.match(WatParser.TAG);
                this.state = 551;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 550;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 553;
                this.typeUse();
                this.state = 554;
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
            this.state = 558;
            this.match(WatParser.LPAR);
            this.state = 559;
            this.match(WatParser.IMPORT);
            this.state = 560;
            this.match(WatParser.STRING);
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
    public inlineExport(): InlineExportContext {
        let localContext = new InlineExportContext(this.context, this.state);
        this.enterRule(localContext, 58, WatParser.RULE_inlineExport);
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
            this.state = 569;
            this.match(WatParser.LPAR);
            this.state = 570;
            this.match(WatParser.EXPORT);
            this.state = 571;
            this.match(WatParser.STRING);
            this.state = 572;
            this.match(WatParser.LPAR);
            this.state = 573;
            this.exportKind();
            this.state = 574;
            this.idx();
            this.state = 575;
            this.match(WatParser.RPAR);
            this.state = 576;
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
            this.state = 578;
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
            this.state = 580;
            this.match(WatParser.LPAR);
            this.state = 581;
            this.match(WatParser.FUNC);
            this.state = 583;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 582;
                this.match(WatParser.ID);
                }
            }

            this.state = 588;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 74, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 585;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 590;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 74, this.context);
            }
            this.state = 592;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 75, this.context) ) {
            case 1:
                {
                this.state = 591;
                this.inlineImport();
                }
                break;
            }
            this.state = 596;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 76, this.context) ) {
            case 1:
                {
                this.state = 594;
                this.typeUse();
                }
                break;
            case 2:
                {
                this.state = 595;
                this.exactTypeUse();
                }
                break;
            }
            this.state = 601;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 77, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 598;
                    this.local();
                    }
                    }
                }
                this.state = 603;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 77, this.context);
            }
            this.state = 604;
            this.instrList();
            this.state = 605;
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
        this.enterRule(localContext, 66, WatParser.RULE_exactTypeUse);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 607;
            this.match(WatParser.LPAR);
            this.state = 608;
            this.match(WatParser.EXACT);
            this.state = 609;
            this.typeUse();
            this.state = 610;
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
        this.enterRule(localContext, 68, WatParser.RULE_local);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 612;
            this.match(WatParser.LPAR);
            this.state = 613;
            this.match(WatParser.LOCAL);
            this.state = 626;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 614;
                this.match(WatParser.ID);
                this.state = 617;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 615;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 616;
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
                this.state = 623;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 60 || _la === 62) {
                    {
                    this.state = 621;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.NUM_TYPE:
                        {
                        this.state = 619;
                        this.match(WatParser.NUM_TYPE);
                        }
                        break;
                    case WatParser.LPAR:
                    case WatParser.REF_SHORTHAND:
                        {
                        this.state = 620;
                        this.refType();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 625;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 628;
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
        this.enterRule(localContext, 70, WatParser.RULE_tableField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 630;
            this.match(WatParser.LPAR);
            this.state = 631;
            this.match(WatParser.TABLE);
            this.state = 633;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 632;
                this.match(WatParser.ID);
                }
            }

            this.state = 638;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 83, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 635;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 640;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 83, this.context);
            }
            this.state = 642;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 84, this.context) ) {
            case 1:
                {
                this.state = 641;
                this.inlineImport();
                }
                break;
            }
            this.state = 667;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 89, this.context) ) {
            case 1:
                {
                this.state = 644;
                this.tableType();
                this.state = 645;
                this.instrList();
                }
                break;
            case 2:
                {
                this.state = 648;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 60) {
                    {
                    this.state = 647;
                    this.match(WatParser.NUM_TYPE);
                    }
                }

                this.state = 650;
                this.refType();
                this.state = 651;
                this.match(WatParser.LPAR);
                this.state = 652;
                this.match(WatParser.ELEM);
                this.state = 663;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                    {
                    this.state = 654;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    do {
                        {
                        {
                        this.state = 653;
                        this.elemItem();
                        }
                        }
                        this.state = 656;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    } while (_la === 1);
                    }
                    break;
                case WatParser.ID:
                case WatParser.NAT:
                    {
                    this.state = 659;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    do {
                        {
                        {
                        this.state = 658;
                        this.idx();
                        }
                        }
                        this.state = 661;
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
                this.state = 665;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 669;
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
        this.enterRule(localContext, 72, WatParser.RULE_memoryField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 671;
            this.match(WatParser.LPAR);
            this.state = 672;
            this.match(WatParser.MEMORY);
            this.state = 674;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 673;
                this.match(WatParser.ID);
                }
            }

            this.state = 679;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 91, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 676;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 681;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 91, this.context);
            }
            this.state = 683;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 92, this.context) ) {
            case 1:
                {
                this.state = 682;
                this.inlineImport();
                }
                break;
            }
            this.state = 701;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 96, this.context) ) {
            case 1:
                {
                this.state = 685;
                this.memoryType();
                }
                break;
            case 2:
                {
                this.state = 687;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 60) {
                    {
                    this.state = 686;
                    this.match(WatParser.NUM_TYPE);
                    }
                }

                this.state = 690;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 94, this.context) ) {
                case 1:
                    {
                    this.state = 689;
                    this.pageSize();
                    }
                    break;
                }
                this.state = 692;
                this.match(WatParser.LPAR);
                this.state = 693;
                this.match(WatParser.DATA);
                this.state = 697;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 7) {
                    {
                    {
                    this.state = 694;
                    this.match(WatParser.STRING);
                    }
                    }
                    this.state = 699;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 700;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 703;
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
        this.enterRule(localContext, 74, WatParser.RULE_globalField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 705;
            this.match(WatParser.LPAR);
            this.state = 706;
            this.match(WatParser.GLOBAL);
            this.state = 708;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 707;
                this.match(WatParser.ID);
                }
            }

            this.state = 713;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 98, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 710;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 715;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 98, this.context);
            }
            this.state = 717;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 99, this.context) ) {
            case 1:
                {
                this.state = 716;
                this.inlineImport();
                }
                break;
            }
            this.state = 719;
            this.globalType();
            this.state = 720;
            this.instrList();
            this.state = 721;
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
        this.enterRule(localContext, 76, WatParser.RULE_tagField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 723;
            this.match(WatParser.LPAR);
            this.state = 724;
            this.match(WatParser.TAG);
            this.state = 726;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 725;
                this.match(WatParser.ID);
                }
            }

            this.state = 731;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 101, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 728;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 733;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 101, this.context);
            }
            this.state = 735;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 102, this.context) ) {
            case 1:
                {
                this.state = 734;
                this.inlineImport();
                }
                break;
            }
            this.state = 737;
            this.typeUse();
            this.state = 738;
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
        this.enterRule(localContext, 78, WatParser.RULE_startField);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 740;
            this.match(WatParser.LPAR);
            this.state = 741;
            this.match(WatParser.START);
            this.state = 742;
            this.idx();
            this.state = 743;
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
        this.enterRule(localContext, 80, WatParser.RULE_elemField);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 745;
            this.match(WatParser.LPAR);
            this.state = 746;
            this.match(WatParser.ELEM);
            this.state = 748;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 747;
                this.match(WatParser.ID);
                }
            }

            this.state = 771;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 107, this.context) ) {
            case 1:
                {
                this.state = 750;
                this.elemList();
                }
                break;
            case 2:
                {
                this.state = 751;
                this.match(WatParser.DECLARE);
                this.state = 752;
                this.elemList();
                }
                break;
            case 3:
                {
                this.state = 759;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 104, this.context) ) {
                case 1:
                    {
                    this.state = 753;
                    this.match(WatParser.LPAR);
                    this.state = 754;
                    this.match(WatParser.TABLE);
                    this.state = 755;
                    this.idx();
                    this.state = 756;
                    this.match(WatParser.RPAR);
                    }
                    break;
                case 2:
                    {
                    this.state = 758;
                    this.match(WatParser.NAT);
                    }
                    break;
                }
                this.state = 761;
                this.offset();
                this.state = 769;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                case WatParser.FUNC:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 762;
                    this.elemList();
                    }
                    break;
                case WatParser.RPAR:
                case WatParser.ID:
                case WatParser.NAT:
                    {
                    this.state = 766;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 8 || _la === 9) {
                        {
                        {
                        this.state = 763;
                        this.idx();
                        }
                        }
                        this.state = 768;
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
    public elemList(): ElemListContext {
        let localContext = new ElemListContext(this.context, this.state);
        this.enterRule(localContext, 82, WatParser.RULE_elemList);
        let _la: number;
        try {
            this.state = 789;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.LPAR:
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 775;
                this.refType();
                this.state = 779;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 776;
                    this.elemItem();
                    }
                    }
                    this.state = 781;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case WatParser.FUNC:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 782;
                this.match(WatParser.FUNC);
                this.state = 786;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 8 || _la === 9) {
                    {
                    {
                    this.state = 783;
                    this.idx();
                    }
                    }
                    this.state = 788;
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
        this.enterRule(localContext, 84, WatParser.RULE_elemItem);
        try {
            this.state = 797;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 111, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 791;
                this.match(WatParser.LPAR);
                this.state = 792;
                this.match(WatParser.ITEM);
                this.state = 793;
                this.instrList();
                this.state = 794;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 796;
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
        this.enterRule(localContext, 86, WatParser.RULE_offset);
        try {
            this.state = 805;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 112, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 799;
                this.match(WatParser.LPAR);
                this.state = 800;
                this.match(WatParser.OFFSET);
                this.state = 801;
                this.instrList();
                this.state = 802;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 804;
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
        this.enterRule(localContext, 88, WatParser.RULE_dataField);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 807;
            this.match(WatParser.LPAR);
            this.state = 808;
            this.match(WatParser.DATA);
            this.state = 810;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 809;
                this.match(WatParser.ID);
                }
            }

            this.state = 821;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 1 || _la === 9) {
                {
                this.state = 818;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 114, this.context) ) {
                case 1:
                    {
                    this.state = 812;
                    this.match(WatParser.LPAR);
                    this.state = 813;
                    this.match(WatParser.MEMORY);
                    this.state = 814;
                    this.idx();
                    this.state = 815;
                    this.match(WatParser.RPAR);
                    }
                    break;
                case 2:
                    {
                    this.state = 817;
                    this.match(WatParser.NAT);
                    }
                    break;
                }
                this.state = 820;
                this.offset();
                }
            }

            this.state = 826;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 7) {
                {
                {
                this.state = 823;
                this.match(WatParser.STRING);
                }
                }
                this.state = 828;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 829;
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
        this.enterRule(localContext, 90, WatParser.RULE_instrList);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 890;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || ((((_la - 46)) & ~0x1F) === 0 && ((1 << (_la - 46)) & 268446455) !== 0)) {
                {
                this.state = 888;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.KEYWORD:
                    {
                    this.state = 831;
                    this.match(WatParser.KEYWORD);
                    this.state = 859;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 118, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            this.state = 857;
                            this.errorHandler.sync(this);
                            switch (this.interpreter.adaptivePredict(this.tokenStream, 117, this.context) ) {
                            case 1:
                                {
                                this.state = 832;
                                this.match(WatParser.NAT);
                                }
                                break;
                            case 2:
                                {
                                this.state = 833;
                                this.match(WatParser.INT);
                                }
                                break;
                            case 3:
                                {
                                this.state = 834;
                                this.match(WatParser.FLOAT);
                                }
                                break;
                            case 4:
                                {
                                this.state = 835;
                                this.match(WatParser.ID);
                                }
                                break;
                            case 5:
                                {
                                this.state = 836;
                                this.match(WatParser.MEM_OFFSET);
                                }
                                break;
                            case 6:
                                {
                                this.state = 837;
                                this.match(WatParser.MEM_ALIGN);
                                }
                                break;
                            case 7:
                                {
                                this.state = 838;
                                this.match(WatParser.SHAPE);
                                }
                                break;
                            case 8:
                                {
                                this.state = 839;
                                this.match(WatParser.FUNC);
                                }
                                break;
                            case 9:
                                {
                                this.state = 840;
                                this.match(WatParser.STRUCT);
                                }
                                break;
                            case 10:
                                {
                                this.state = 841;
                                this.match(WatParser.ARRAY);
                                }
                                break;
                            case 11:
                                {
                                this.state = 842;
                                this.match(WatParser.HEAP_TYPE);
                                }
                                break;
                            case 12:
                                {
                                this.state = 843;
                                this.match(WatParser.NULL);
                                }
                                break;
                            case 13:
                                {
                                this.state = 844;
                                this.match(WatParser.LPAR);
                                this.state = 845;
                                this.match(WatParser.TYPE);
                                this.state = 846;
                                this.idx();
                                this.state = 847;
                                this.match(WatParser.RPAR);
                                }
                                break;
                            case 14:
                                {
                                this.state = 849;
                                this.match(WatParser.LPAR);
                                this.state = 850;
                                this.match(WatParser.EXACT);
                                this.state = 851;
                                this.idx();
                                this.state = 852;
                                this.match(WatParser.RPAR);
                                }
                                break;
                            case 15:
                                {
                                this.state = 854;
                                this.param();
                                }
                                break;
                            case 16:
                                {
                                this.state = 855;
                                this.result();
                                }
                                break;
                            case 17:
                                {
                                this.state = 856;
                                this.refType();
                                }
                                break;
                            }
                            }
                        }
                        this.state = 861;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 118, this.context);
                    }
                    }
                    break;
                case WatParser.BLOCK:
                case WatParser.LOOP:
                case WatParser.IF:
                case WatParser.TRY:
                    {
                    this.state = 862;
                    _la = this.tokenStream.LA(1);
                    if(!(((((_la - 46)) & ~0x1F) === 0 && ((1 << (_la - 46)) & 135) !== 0))) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 864;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 863;
                        this.match(WatParser.ID);
                        }
                    }

                    this.state = 866;
                    this.typeUse();
                    }
                    break;
                case WatParser.TRY_TABLE:
                    {
                    this.state = 867;
                    this.match(WatParser.TRY_TABLE);
                    this.state = 869;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 868;
                        this.match(WatParser.ID);
                        }
                    }

                    this.state = 871;
                    this.typeUse();
                    this.state = 875;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 121, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            {
                            this.state = 872;
                            this.catchClause();
                            }
                            }
                        }
                        this.state = 877;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 121, this.context);
                    }
                    }
                    break;
                case WatParser.ELSE:
                case WatParser.END:
                    {
                    this.state = 878;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 50 || _la === 51)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 880;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 879;
                        this.match(WatParser.ID);
                        }
                    }

                    }
                    break;
                case WatParser.CATCH:
                    {
                    this.state = 882;
                    this.match(WatParser.CATCH);
                    this.state = 883;
                    this.idx();
                    }
                    break;
                case WatParser.CATCH_ALL:
                    {
                    this.state = 884;
                    this.match(WatParser.CATCH_ALL);
                    }
                    break;
                case WatParser.DELEGATE:
                    {
                    this.state = 885;
                    this.match(WatParser.DELEGATE);
                    this.state = 886;
                    this.idx();
                    }
                    break;
                case WatParser.LPAR:
                    {
                    this.state = 887;
                    this.foldedInstr();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 892;
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
        this.enterRule(localContext, 92, WatParser.RULE_catchClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 893;
            this.match(WatParser.LPAR);
            this.state = 906;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.CATCH:
                {
                this.state = 894;
                this.match(WatParser.CATCH);
                this.state = 895;
                this.idx();
                this.state = 896;
                this.idx();
                }
                break;
            case WatParser.CATCH_REF:
                {
                this.state = 898;
                this.match(WatParser.CATCH_REF);
                this.state = 899;
                this.idx();
                this.state = 900;
                this.idx();
                }
                break;
            case WatParser.CATCH_ALL:
                {
                this.state = 902;
                this.match(WatParser.CATCH_ALL);
                this.state = 903;
                this.idx();
                }
                break;
            case WatParser.CATCH_ALL_REF:
                {
                this.state = 904;
                this.match(WatParser.CATCH_ALL_REF);
                this.state = 905;
                this.idx();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 908;
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
        this.enterRule(localContext, 94, WatParser.RULE_foldedInstr);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 910;
            this.match(WatParser.LPAR);
            this.state = 1022;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.KEYWORD:
                {
                this.state = 911;
                this.match(WatParser.KEYWORD);
                this.state = 939;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 127, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        this.state = 937;
                        this.errorHandler.sync(this);
                        switch (this.interpreter.adaptivePredict(this.tokenStream, 126, this.context) ) {
                        case 1:
                            {
                            this.state = 912;
                            this.match(WatParser.NAT);
                            }
                            break;
                        case 2:
                            {
                            this.state = 913;
                            this.match(WatParser.INT);
                            }
                            break;
                        case 3:
                            {
                            this.state = 914;
                            this.match(WatParser.FLOAT);
                            }
                            break;
                        case 4:
                            {
                            this.state = 915;
                            this.match(WatParser.ID);
                            }
                            break;
                        case 5:
                            {
                            this.state = 916;
                            this.match(WatParser.MEM_OFFSET);
                            }
                            break;
                        case 6:
                            {
                            this.state = 917;
                            this.match(WatParser.MEM_ALIGN);
                            }
                            break;
                        case 7:
                            {
                            this.state = 918;
                            this.match(WatParser.SHAPE);
                            }
                            break;
                        case 8:
                            {
                            this.state = 919;
                            this.match(WatParser.FUNC);
                            }
                            break;
                        case 9:
                            {
                            this.state = 920;
                            this.match(WatParser.STRUCT);
                            }
                            break;
                        case 10:
                            {
                            this.state = 921;
                            this.match(WatParser.ARRAY);
                            }
                            break;
                        case 11:
                            {
                            this.state = 922;
                            this.match(WatParser.HEAP_TYPE);
                            }
                            break;
                        case 12:
                            {
                            this.state = 923;
                            this.match(WatParser.NULL);
                            }
                            break;
                        case 13:
                            {
                            this.state = 924;
                            this.match(WatParser.LPAR);
                            this.state = 925;
                            this.match(WatParser.TYPE);
                            this.state = 926;
                            this.idx();
                            this.state = 927;
                            this.match(WatParser.RPAR);
                            }
                            break;
                        case 14:
                            {
                            this.state = 929;
                            this.match(WatParser.LPAR);
                            this.state = 930;
                            this.match(WatParser.EXACT);
                            this.state = 931;
                            this.idx();
                            this.state = 932;
                            this.match(WatParser.RPAR);
                            }
                            break;
                        case 15:
                            {
                            this.state = 934;
                            this.param();
                            }
                            break;
                        case 16:
                            {
                            this.state = 935;
                            this.result();
                            }
                            break;
                        case 17:
                            {
                            this.state = 936;
                            this.refType();
                            }
                            break;
                        }
                        }
                    }
                    this.state = 941;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 127, this.context);
                }
                this.state = 945;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 942;
                    this.foldedInstr();
                    }
                    }
                    this.state = 947;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 948;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.BLOCK:
            case WatParser.LOOP:
                {
                this.state = 949;
                _la = this.tokenStream.LA(1);
                if(!(_la === 46 || _la === 47)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
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
                this.instrList();
                this.state = 955;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.IF:
                {
                this.state = 957;
                this.match(WatParser.IF);
                this.state = 959;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 958;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 961;
                this.typeUse();
                this.state = 965;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 131, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 962;
                        this.foldedInstr();
                        }
                        }
                    }
                    this.state = 967;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 131, this.context);
                }
                this.state = 968;
                this.match(WatParser.LPAR);
                this.state = 969;
                this.match(WatParser.THEN);
                this.state = 970;
                this.instrList();
                this.state = 971;
                this.match(WatParser.RPAR);
                this.state = 977;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 1) {
                    {
                    this.state = 972;
                    this.match(WatParser.LPAR);
                    this.state = 973;
                    this.match(WatParser.ELSE);
                    this.state = 974;
                    this.instrList();
                    this.state = 975;
                    this.match(WatParser.RPAR);
                    }
                }

                this.state = 979;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.TRY_TABLE:
                {
                this.state = 981;
                this.match(WatParser.TRY_TABLE);
                this.state = 983;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 982;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 985;
                this.typeUse();
                this.state = 989;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 134, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 986;
                        this.catchClause();
                        }
                        }
                    }
                    this.state = 991;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 134, this.context);
                }
                this.state = 992;
                this.instrList();
                this.state = 993;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.TRY:
                {
                this.state = 995;
                this.match(WatParser.TRY);
                this.state = 997;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 996;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 999;
                this.typeUse();
                this.state = 1000;
                this.match(WatParser.LPAR);
                this.state = 1001;
                this.match(WatParser.DO);
                this.state = 1002;
                this.instrList();
                this.state = 1003;
                this.match(WatParser.RPAR);
                this.state = 1018;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 138, this.context) ) {
                case 1:
                    {
                    this.state = 1007;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 136, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            {
                            this.state = 1004;
                            this.foldedCatch();
                            }
                            }
                        }
                        this.state = 1009;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 136, this.context);
                    }
                    this.state = 1011;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 1) {
                        {
                        this.state = 1010;
                        this.foldedCatchAll();
                        }
                    }

                    }
                    break;
                case 2:
                    {
                    this.state = 1013;
                    this.match(WatParser.LPAR);
                    this.state = 1014;
                    this.match(WatParser.DELEGATE);
                    this.state = 1015;
                    this.idx();
                    this.state = 1016;
                    this.match(WatParser.RPAR);
                    }
                    break;
                }
                this.state = 1020;
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
        this.enterRule(localContext, 96, WatParser.RULE_foldedCatch);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1024;
            this.match(WatParser.LPAR);
            this.state = 1025;
            this.match(WatParser.CATCH);
            this.state = 1026;
            this.idx();
            this.state = 1027;
            this.instrList();
            this.state = 1028;
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
        this.enterRule(localContext, 98, WatParser.RULE_foldedCatchAll);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1030;
            this.match(WatParser.LPAR);
            this.state = 1031;
            this.match(WatParser.CATCH_ALL);
            this.state = 1032;
            this.instrList();
            this.state = 1033;
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
        4,1,75,1036,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,
        7,6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,
        13,2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,7,19,2,
        20,7,20,2,21,7,21,2,22,7,22,2,23,7,23,2,24,7,24,2,25,7,25,2,26,7,
        26,2,27,7,27,2,28,7,28,2,29,7,29,2,30,7,30,2,31,7,31,2,32,7,32,2,
        33,7,33,2,34,7,34,2,35,7,35,2,36,7,36,2,37,7,37,2,38,7,38,2,39,7,
        39,2,40,7,40,2,41,7,41,2,42,7,42,2,43,7,43,2,44,7,44,2,45,7,45,2,
        46,7,46,2,47,7,47,2,48,7,48,2,49,7,49,1,0,1,0,1,0,1,0,1,0,1,0,1,
        0,1,0,1,0,1,0,1,0,1,0,4,0,113,8,0,11,0,12,0,114,1,0,1,0,1,0,5,0,
        120,8,0,10,0,12,0,123,9,0,1,0,3,0,126,8,0,1,1,1,1,1,1,1,1,3,1,132,
        8,1,1,1,3,1,135,8,1,1,1,1,1,1,1,1,1,1,1,3,1,142,8,1,1,1,1,1,1,1,
        1,1,1,1,1,1,3,1,150,8,1,1,1,1,1,5,1,154,8,1,10,1,12,1,157,9,1,1,
        1,1,1,1,1,1,1,1,1,5,1,164,8,1,10,1,12,1,167,9,1,1,1,3,1,170,8,1,
        1,2,1,2,1,2,3,2,175,8,2,1,2,3,2,178,8,2,1,2,1,2,1,2,1,2,1,2,1,2,
        1,2,1,2,1,2,1,2,1,2,1,2,5,2,192,8,2,10,2,12,2,195,9,2,1,2,1,2,5,
        2,199,8,2,10,2,12,2,202,9,2,3,2,204,8,2,1,2,1,2,1,2,1,2,1,2,3,2,
        211,8,2,1,2,3,2,214,8,2,1,2,3,2,217,8,2,1,3,1,3,1,3,3,3,222,8,3,
        1,3,1,3,5,3,226,8,3,10,3,12,3,229,9,3,1,3,1,3,1,3,1,3,3,3,235,8,
        3,1,3,1,3,3,3,239,8,3,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,
        4,1,4,1,4,1,4,1,4,5,4,256,8,4,10,4,12,4,259,9,4,1,4,1,4,1,5,1,5,
        5,5,265,8,5,10,5,12,5,268,9,5,1,5,1,5,3,5,272,8,5,1,6,1,6,1,6,3,
        6,277,8,6,1,6,1,6,1,6,1,7,1,7,1,7,5,7,285,8,7,10,7,12,7,288,9,7,
        1,7,1,7,1,8,1,8,1,8,3,8,295,8,8,1,8,5,8,298,8,8,10,8,12,8,301,9,
        8,1,8,1,8,1,8,1,8,3,8,307,8,8,1,9,1,9,1,9,1,9,1,9,3,9,314,8,9,1,
        9,1,9,1,9,1,9,1,9,3,9,321,8,9,1,9,1,9,1,10,1,10,1,10,5,10,328,8,
        10,10,10,12,10,331,9,10,1,10,5,10,334,8,10,10,10,12,10,337,9,10,
        1,10,1,10,1,10,1,10,5,10,343,8,10,10,10,12,10,346,9,10,1,10,1,10,
        1,10,1,10,1,10,1,10,3,10,354,8,10,1,11,1,11,1,11,1,11,1,11,5,11,
        361,8,11,10,11,12,11,364,9,11,3,11,366,8,11,1,11,1,11,1,12,1,12,
        1,12,1,12,1,12,1,12,3,12,376,8,12,1,13,1,13,1,13,3,13,381,8,13,1,
        14,1,14,1,14,1,14,3,14,387,8,14,1,14,1,14,1,14,3,14,392,8,14,1,15,
        1,15,1,15,1,15,1,15,1,15,1,15,1,15,1,15,1,15,3,15,404,8,15,1,16,
        1,16,1,17,1,17,1,17,1,17,1,17,3,17,413,8,17,1,17,1,17,5,17,417,8,
        17,10,17,12,17,420,9,17,3,17,422,8,17,1,17,1,17,1,18,1,18,1,18,1,
        18,5,18,430,8,18,10,18,12,18,433,9,18,1,18,1,18,1,19,1,19,1,19,1,
        19,1,19,3,19,442,8,19,1,19,5,19,445,8,19,10,19,12,19,448,9,19,1,
        19,5,19,451,8,19,10,19,12,19,454,9,19,1,20,3,20,457,8,20,1,20,1,
        20,3,20,461,8,20,1,21,1,21,1,21,1,22,1,22,3,22,468,8,22,1,22,3,22,
        471,8,22,1,23,1,23,1,23,1,23,1,23,1,24,1,24,1,24,1,24,1,24,1,24,
        3,24,484,8,24,1,24,3,24,487,8,24,1,25,1,25,1,25,1,25,1,25,1,25,4,
        25,495,8,25,11,25,12,25,496,1,25,3,25,500,8,25,3,25,502,8,25,1,25,
        1,25,1,26,1,26,1,26,1,26,3,26,510,8,26,1,26,1,26,1,27,1,27,1,27,
        3,27,517,8,27,1,27,1,27,3,27,521,8,27,1,27,1,27,1,27,1,27,1,27,3,
        27,528,8,27,1,27,1,27,1,27,1,27,1,27,1,27,3,27,536,8,27,1,27,1,27,
        1,27,1,27,1,27,1,27,3,27,544,8,27,1,27,1,27,1,27,1,27,1,27,1,27,
        3,27,552,8,27,1,27,1,27,1,27,3,27,557,8,27,1,28,1,28,1,28,1,28,1,
        28,1,28,1,29,1,29,1,29,1,29,1,29,1,30,1,30,1,30,1,30,1,30,1,30,1,
        30,1,30,1,30,1,31,1,31,1,32,1,32,1,32,3,32,584,8,32,1,32,5,32,587,
        8,32,10,32,12,32,590,9,32,1,32,3,32,593,8,32,1,32,1,32,3,32,597,
        8,32,1,32,5,32,600,8,32,10,32,12,32,603,9,32,1,32,1,32,1,32,1,33,
        1,33,1,33,1,33,1,33,1,34,1,34,1,34,1,34,1,34,3,34,618,8,34,1,34,
        1,34,5,34,622,8,34,10,34,12,34,625,9,34,3,34,627,8,34,1,34,1,34,
        1,35,1,35,1,35,3,35,634,8,35,1,35,5,35,637,8,35,10,35,12,35,640,
        9,35,1,35,3,35,643,8,35,1,35,1,35,1,35,1,35,3,35,649,8,35,1,35,1,
        35,1,35,1,35,4,35,655,8,35,11,35,12,35,656,1,35,4,35,660,8,35,11,
        35,12,35,661,3,35,664,8,35,1,35,1,35,3,35,668,8,35,1,35,1,35,1,36,
        1,36,1,36,3,36,675,8,36,1,36,5,36,678,8,36,10,36,12,36,681,9,36,
        1,36,3,36,684,8,36,1,36,1,36,3,36,688,8,36,1,36,3,36,691,8,36,1,
        36,1,36,1,36,5,36,696,8,36,10,36,12,36,699,9,36,1,36,3,36,702,8,
        36,1,36,1,36,1,37,1,37,1,37,3,37,709,8,37,1,37,5,37,712,8,37,10,
        37,12,37,715,9,37,1,37,3,37,718,8,37,1,37,1,37,1,37,1,37,1,38,1,
        38,1,38,3,38,727,8,38,1,38,5,38,730,8,38,10,38,12,38,733,9,38,1,
        38,3,38,736,8,38,1,38,1,38,1,38,1,39,1,39,1,39,1,39,1,39,1,40,1,
        40,1,40,3,40,749,8,40,1,40,1,40,1,40,1,40,1,40,1,40,1,40,1,40,1,
        40,3,40,760,8,40,1,40,1,40,1,40,5,40,765,8,40,10,40,12,40,768,9,
        40,3,40,770,8,40,3,40,772,8,40,1,40,1,40,1,41,1,41,5,41,778,8,41,
        10,41,12,41,781,9,41,1,41,1,41,5,41,785,8,41,10,41,12,41,788,9,41,
        3,41,790,8,41,1,42,1,42,1,42,1,42,1,42,1,42,3,42,798,8,42,1,43,1,
        43,1,43,1,43,1,43,1,43,3,43,806,8,43,1,44,1,44,1,44,3,44,811,8,44,
        1,44,1,44,1,44,1,44,1,44,1,44,3,44,819,8,44,1,44,3,44,822,8,44,1,
        44,5,44,825,8,44,10,44,12,44,828,9,44,1,44,1,44,1,45,1,45,1,45,1,
        45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,
        45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,5,45,858,8,45,10,
        45,12,45,861,9,45,1,45,1,45,3,45,865,8,45,1,45,1,45,1,45,3,45,870,
        8,45,1,45,1,45,5,45,874,8,45,10,45,12,45,877,9,45,1,45,1,45,3,45,
        881,8,45,1,45,1,45,1,45,1,45,1,45,1,45,5,45,889,8,45,10,45,12,45,
        892,9,45,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,
        1,46,1,46,3,46,907,8,46,1,46,1,46,1,47,1,47,1,47,1,47,1,47,1,47,
        1,47,1,47,1,47,1,47,1,47,1,47,1,47,1,47,1,47,1,47,1,47,1,47,1,47,
        1,47,1,47,1,47,1,47,1,47,1,47,1,47,1,47,5,47,938,8,47,10,47,12,47,
        941,9,47,1,47,5,47,944,8,47,10,47,12,47,947,9,47,1,47,1,47,1,47,
        3,47,952,8,47,1,47,1,47,1,47,1,47,1,47,1,47,3,47,960,8,47,1,47,1,
        47,5,47,964,8,47,10,47,12,47,967,9,47,1,47,1,47,1,47,1,47,1,47,1,
        47,1,47,1,47,1,47,3,47,978,8,47,1,47,1,47,1,47,1,47,3,47,984,8,47,
        1,47,1,47,5,47,988,8,47,10,47,12,47,991,9,47,1,47,1,47,1,47,1,47,
        1,47,3,47,998,8,47,1,47,1,47,1,47,1,47,1,47,1,47,5,47,1006,8,47,
        10,47,12,47,1009,9,47,1,47,3,47,1012,8,47,1,47,1,47,1,47,1,47,1,
        47,3,47,1019,8,47,1,47,1,47,3,47,1023,8,47,1,48,1,48,1,48,1,48,1,
        48,1,48,1,49,1,49,1,49,1,49,1,49,1,49,0,0,50,0,2,4,6,8,10,12,14,
        16,18,20,22,24,26,28,30,32,34,36,38,40,42,44,46,48,50,52,54,56,58,
        60,62,64,66,68,70,72,74,76,78,80,82,84,86,88,90,92,94,96,98,0,8,
        1,0,65,66,2,0,72,72,74,74,1,0,1,2,1,0,8,9,2,0,16,16,20,23,2,0,46,
        48,53,53,1,0,50,51,1,0,46,47,1215,0,125,1,0,0,0,2,169,1,0,0,0,4,
        216,1,0,0,0,6,238,1,0,0,0,8,240,1,0,0,0,10,271,1,0,0,0,12,273,1,
        0,0,0,14,281,1,0,0,0,16,306,1,0,0,0,18,313,1,0,0,0,20,353,1,0,0,
        0,22,355,1,0,0,0,24,375,1,0,0,0,26,380,1,0,0,0,28,391,1,0,0,0,30,
        403,1,0,0,0,32,405,1,0,0,0,34,407,1,0,0,0,36,425,1,0,0,0,38,441,
        1,0,0,0,40,456,1,0,0,0,42,462,1,0,0,0,44,465,1,0,0,0,46,472,1,0,
        0,0,48,486,1,0,0,0,50,488,1,0,0,0,52,505,1,0,0,0,54,556,1,0,0,0,
        56,558,1,0,0,0,58,564,1,0,0,0,60,569,1,0,0,0,62,578,1,0,0,0,64,580,
        1,0,0,0,66,607,1,0,0,0,68,612,1,0,0,0,70,630,1,0,0,0,72,671,1,0,
        0,0,74,705,1,0,0,0,76,723,1,0,0,0,78,740,1,0,0,0,80,745,1,0,0,0,
        82,789,1,0,0,0,84,797,1,0,0,0,86,805,1,0,0,0,88,807,1,0,0,0,90,890,
        1,0,0,0,92,893,1,0,0,0,94,910,1,0,0,0,96,1024,1,0,0,0,98,1030,1,
        0,0,0,100,113,3,12,6,0,101,113,3,14,7,0,102,113,3,50,25,0,103,113,
        3,64,32,0,104,113,3,70,35,0,105,113,3,72,36,0,106,113,3,74,37,0,
        107,113,3,60,30,0,108,113,3,78,39,0,109,113,3,80,40,0,110,113,3,
        88,44,0,111,113,3,76,38,0,112,100,1,0,0,0,112,101,1,0,0,0,112,102,
        1,0,0,0,112,103,1,0,0,0,112,104,1,0,0,0,112,105,1,0,0,0,112,106,
        1,0,0,0,112,107,1,0,0,0,112,108,1,0,0,0,112,109,1,0,0,0,112,110,
        1,0,0,0,112,111,1,0,0,0,113,114,1,0,0,0,114,112,1,0,0,0,114,115,
        1,0,0,0,115,116,1,0,0,0,116,117,5,0,0,1,117,126,1,0,0,0,118,120,
        3,2,1,0,119,118,1,0,0,0,120,123,1,0,0,0,121,119,1,0,0,0,121,122,
        1,0,0,0,122,124,1,0,0,0,123,121,1,0,0,0,124,126,5,0,0,1,125,112,
        1,0,0,0,125,121,1,0,0,0,126,1,1,0,0,0,127,170,3,4,2,0,128,129,5,
        1,0,0,129,131,5,68,0,0,130,132,5,8,0,0,131,130,1,0,0,0,131,132,1,
        0,0,0,132,134,1,0,0,0,133,135,5,8,0,0,134,133,1,0,0,0,134,135,1,
        0,0,0,135,136,1,0,0,0,136,170,5,2,0,0,137,138,5,1,0,0,138,139,5,
        69,0,0,139,141,5,7,0,0,140,142,5,8,0,0,141,140,1,0,0,0,141,142,1,
        0,0,0,142,143,1,0,0,0,143,170,5,2,0,0,144,170,3,6,3,0,145,146,5,
        1,0,0,146,149,5,73,0,0,147,150,3,6,3,0,148,150,3,4,2,0,149,147,1,
        0,0,0,149,148,1,0,0,0,150,155,1,0,0,0,151,154,3,8,4,0,152,154,5,
        7,0,0,153,151,1,0,0,0,153,152,1,0,0,0,154,157,1,0,0,0,155,153,1,
        0,0,0,155,156,1,0,0,0,156,158,1,0,0,0,157,155,1,0,0,0,158,159,5,
        2,0,0,159,170,1,0,0,0,160,161,5,1,0,0,161,165,5,74,0,0,162,164,3,
        10,5,0,163,162,1,0,0,0,164,167,1,0,0,0,165,163,1,0,0,0,165,166,1,
        0,0,0,166,168,1,0,0,0,167,165,1,0,0,0,168,170,5,2,0,0,169,127,1,
        0,0,0,169,128,1,0,0,0,169,137,1,0,0,0,169,144,1,0,0,0,169,145,1,
        0,0,0,169,160,1,0,0,0,170,3,1,0,0,0,171,172,5,1,0,0,172,174,5,14,
        0,0,173,175,5,67,0,0,174,173,1,0,0,0,174,175,1,0,0,0,175,177,1,0,
        0,0,176,178,5,8,0,0,177,176,1,0,0,0,177,178,1,0,0,0,178,203,1,0,
        0,0,179,192,3,12,6,0,180,192,3,14,7,0,181,192,3,50,25,0,182,192,
        3,64,32,0,183,192,3,70,35,0,184,192,3,72,36,0,185,192,3,74,37,0,
        186,192,3,60,30,0,187,192,3,78,39,0,188,192,3,80,40,0,189,192,3,
        88,44,0,190,192,3,76,38,0,191,179,1,0,0,0,191,180,1,0,0,0,191,181,
        1,0,0,0,191,182,1,0,0,0,191,183,1,0,0,0,191,184,1,0,0,0,191,185,
        1,0,0,0,191,186,1,0,0,0,191,187,1,0,0,0,191,188,1,0,0,0,191,189,
        1,0,0,0,191,190,1,0,0,0,192,195,1,0,0,0,193,191,1,0,0,0,193,194,
        1,0,0,0,194,204,1,0,0,0,195,193,1,0,0,0,196,200,7,0,0,0,197,199,
        5,7,0,0,198,197,1,0,0,0,199,202,1,0,0,0,200,198,1,0,0,0,200,201,
        1,0,0,0,201,204,1,0,0,0,202,200,1,0,0,0,203,193,1,0,0,0,203,196,
        1,0,0,0,204,205,1,0,0,0,205,217,5,2,0,0,206,207,5,1,0,0,207,208,
        5,14,0,0,208,210,5,68,0,0,209,211,5,8,0,0,210,209,1,0,0,0,210,211,
        1,0,0,0,211,213,1,0,0,0,212,214,5,8,0,0,213,212,1,0,0,0,213,214,
        1,0,0,0,214,215,1,0,0,0,215,217,5,2,0,0,216,171,1,0,0,0,216,206,
        1,0,0,0,217,5,1,0,0,0,218,219,5,1,0,0,219,221,5,70,0,0,220,222,5,
        8,0,0,221,220,1,0,0,0,221,222,1,0,0,0,222,223,1,0,0,0,223,227,5,
        7,0,0,224,226,3,8,4,0,225,224,1,0,0,0,226,229,1,0,0,0,227,225,1,
        0,0,0,227,228,1,0,0,0,228,230,1,0,0,0,229,227,1,0,0,0,230,239,5,
        2,0,0,231,232,5,1,0,0,232,234,5,71,0,0,233,235,5,8,0,0,234,233,1,
        0,0,0,234,235,1,0,0,0,235,236,1,0,0,0,236,237,5,7,0,0,237,239,5,
        2,0,0,238,218,1,0,0,0,238,231,1,0,0,0,239,7,1,0,0,0,240,241,5,1,
        0,0,241,257,7,1,0,0,242,256,5,9,0,0,243,256,5,10,0,0,244,256,5,11,
        0,0,245,256,5,74,0,0,246,256,5,75,0,0,247,256,5,64,0,0,248,256,5,
        16,0,0,249,256,5,38,0,0,250,256,5,39,0,0,251,256,5,63,0,0,252,256,
        5,8,0,0,253,256,5,34,0,0,254,256,3,8,4,0,255,242,1,0,0,0,255,243,
        1,0,0,0,255,244,1,0,0,0,255,245,1,0,0,0,255,246,1,0,0,0,255,247,
        1,0,0,0,255,248,1,0,0,0,255,249,1,0,0,0,255,250,1,0,0,0,255,251,
        1,0,0,0,255,252,1,0,0,0,255,253,1,0,0,0,255,254,1,0,0,0,256,259,
        1,0,0,0,257,255,1,0,0,0,257,258,1,0,0,0,258,260,1,0,0,0,259,257,
        1,0,0,0,260,261,5,2,0,0,261,9,1,0,0,0,262,266,5,1,0,0,263,265,3,
        10,5,0,264,263,1,0,0,0,265,268,1,0,0,0,266,264,1,0,0,0,266,267,1,
        0,0,0,267,269,1,0,0,0,268,266,1,0,0,0,269,272,5,2,0,0,270,272,8,
        2,0,0,271,262,1,0,0,0,271,270,1,0,0,0,272,11,1,0,0,0,273,274,5,1,
        0,0,274,276,5,15,0,0,275,277,5,8,0,0,276,275,1,0,0,0,276,277,1,0,
        0,0,277,278,1,0,0,0,278,279,3,16,8,0,279,280,5,2,0,0,280,13,1,0,
        0,0,281,282,5,1,0,0,282,286,5,37,0,0,283,285,3,12,6,0,284,283,1,
        0,0,0,285,288,1,0,0,0,286,284,1,0,0,0,286,287,1,0,0,0,287,289,1,
        0,0,0,288,286,1,0,0,0,289,290,5,2,0,0,290,15,1,0,0,0,291,292,5,1,
        0,0,292,294,5,35,0,0,293,295,5,36,0,0,294,293,1,0,0,0,294,295,1,
        0,0,0,295,299,1,0,0,0,296,298,3,32,16,0,297,296,1,0,0,0,298,301,
        1,0,0,0,299,297,1,0,0,0,299,300,1,0,0,0,300,302,1,0,0,0,301,299,
        1,0,0,0,302,303,3,18,9,0,303,304,5,2,0,0,304,307,1,0,0,0,305,307,
        3,18,9,0,306,291,1,0,0,0,306,305,1,0,0,0,307,17,1,0,0,0,308,309,
        5,1,0,0,309,310,5,43,0,0,310,311,3,32,16,0,311,312,5,2,0,0,312,314,
        1,0,0,0,313,308,1,0,0,0,313,314,1,0,0,0,314,320,1,0,0,0,315,316,
        5,1,0,0,316,317,5,44,0,0,317,318,3,32,16,0,318,319,5,2,0,0,319,321,
        1,0,0,0,320,315,1,0,0,0,320,321,1,0,0,0,321,322,1,0,0,0,322,323,
        3,20,10,0,323,19,1,0,0,0,324,325,5,1,0,0,325,329,5,16,0,0,326,328,
        3,34,17,0,327,326,1,0,0,0,328,331,1,0,0,0,329,327,1,0,0,0,329,330,
        1,0,0,0,330,335,1,0,0,0,331,329,1,0,0,0,332,334,3,36,18,0,333,332,
        1,0,0,0,334,337,1,0,0,0,335,333,1,0,0,0,335,336,1,0,0,0,336,338,
        1,0,0,0,337,335,1,0,0,0,338,354,5,2,0,0,339,340,5,1,0,0,340,344,
        5,38,0,0,341,343,3,22,11,0,342,341,1,0,0,0,343,346,1,0,0,0,344,342,
        1,0,0,0,344,345,1,0,0,0,345,347,1,0,0,0,346,344,1,0,0,0,347,354,
        5,2,0,0,348,349,5,1,0,0,349,350,5,39,0,0,350,351,3,24,12,0,351,352,
        5,2,0,0,352,354,1,0,0,0,353,324,1,0,0,0,353,339,1,0,0,0,353,348,
        1,0,0,0,354,21,1,0,0,0,355,356,5,1,0,0,356,365,5,40,0,0,357,358,
        5,8,0,0,358,366,3,24,12,0,359,361,3,24,12,0,360,359,1,0,0,0,361,
        364,1,0,0,0,362,360,1,0,0,0,362,363,1,0,0,0,363,366,1,0,0,0,364,
        362,1,0,0,0,365,357,1,0,0,0,365,362,1,0,0,0,366,367,1,0,0,0,367,
        368,5,2,0,0,368,23,1,0,0,0,369,376,3,26,13,0,370,371,5,1,0,0,371,
        372,5,32,0,0,372,373,3,26,13,0,373,374,5,2,0,0,374,376,1,0,0,0,375,
        369,1,0,0,0,375,370,1,0,0,0,376,25,1,0,0,0,377,381,5,60,0,0,378,
        381,3,28,14,0,379,381,5,61,0,0,380,377,1,0,0,0,380,378,1,0,0,0,380,
        379,1,0,0,0,381,27,1,0,0,0,382,392,5,62,0,0,383,384,5,1,0,0,384,
        386,5,33,0,0,385,387,5,34,0,0,386,385,1,0,0,0,386,387,1,0,0,0,387,
        388,1,0,0,0,388,389,3,30,15,0,389,390,5,2,0,0,390,392,1,0,0,0,391,
        382,1,0,0,0,391,383,1,0,0,0,392,29,1,0,0,0,393,404,5,16,0,0,394,
        404,5,38,0,0,395,404,5,39,0,0,396,404,5,63,0,0,397,404,3,32,16,0,
        398,399,5,1,0,0,399,400,5,45,0,0,400,401,3,32,16,0,401,402,5,2,0,
        0,402,404,1,0,0,0,403,393,1,0,0,0,403,394,1,0,0,0,403,395,1,0,0,
        0,403,396,1,0,0,0,403,397,1,0,0,0,403,398,1,0,0,0,404,31,1,0,0,0,
        405,406,7,3,0,0,406,33,1,0,0,0,407,408,5,1,0,0,408,421,5,17,0,0,
        409,412,5,8,0,0,410,413,5,60,0,0,411,413,3,28,14,0,412,410,1,0,0,
        0,412,411,1,0,0,0,413,422,1,0,0,0,414,417,5,60,0,0,415,417,3,28,
        14,0,416,414,1,0,0,0,416,415,1,0,0,0,417,420,1,0,0,0,418,416,1,0,
        0,0,418,419,1,0,0,0,419,422,1,0,0,0,420,418,1,0,0,0,421,409,1,0,
        0,0,421,418,1,0,0,0,422,423,1,0,0,0,423,424,5,2,0,0,424,35,1,0,0,
        0,425,426,5,1,0,0,426,431,5,18,0,0,427,430,5,60,0,0,428,430,3,28,
        14,0,429,427,1,0,0,0,429,428,1,0,0,0,430,433,1,0,0,0,431,429,1,0,
        0,0,431,432,1,0,0,0,432,434,1,0,0,0,433,431,1,0,0,0,434,435,5,2,
        0,0,435,37,1,0,0,0,436,437,5,1,0,0,437,438,5,15,0,0,438,439,3,32,
        16,0,439,440,5,2,0,0,440,442,1,0,0,0,441,436,1,0,0,0,441,442,1,0,
        0,0,442,446,1,0,0,0,443,445,3,34,17,0,444,443,1,0,0,0,445,448,1,
        0,0,0,446,444,1,0,0,0,446,447,1,0,0,0,447,452,1,0,0,0,448,446,1,
        0,0,0,449,451,3,36,18,0,450,449,1,0,0,0,451,454,1,0,0,0,452,450,
        1,0,0,0,452,453,1,0,0,0,453,39,1,0,0,0,454,452,1,0,0,0,455,457,5,
        60,0,0,456,455,1,0,0,0,456,457,1,0,0,0,457,458,1,0,0,0,458,460,5,
        9,0,0,459,461,5,9,0,0,460,459,1,0,0,0,460,461,1,0,0,0,461,41,1,0,
        0,0,462,463,3,40,20,0,463,464,3,28,14,0,464,43,1,0,0,0,465,467,3,
        40,20,0,466,468,5,41,0,0,467,466,1,0,0,0,467,468,1,0,0,0,468,470,
        1,0,0,0,469,471,3,46,23,0,470,469,1,0,0,0,470,471,1,0,0,0,471,45,
        1,0,0,0,472,473,5,1,0,0,473,474,5,42,0,0,474,475,5,9,0,0,475,476,
        5,2,0,0,476,47,1,0,0,0,477,487,5,60,0,0,478,487,3,28,14,0,479,480,
        5,1,0,0,480,483,5,32,0,0,481,484,5,60,0,0,482,484,3,28,14,0,483,
        481,1,0,0,0,483,482,1,0,0,0,484,485,1,0,0,0,485,487,5,2,0,0,486,
        477,1,0,0,0,486,478,1,0,0,0,486,479,1,0,0,0,487,49,1,0,0,0,488,489,
        5,1,0,0,489,490,5,24,0,0,490,501,5,7,0,0,491,492,5,7,0,0,492,502,
        3,54,27,0,493,495,3,52,26,0,494,493,1,0,0,0,495,496,1,0,0,0,496,
        494,1,0,0,0,496,497,1,0,0,0,497,499,1,0,0,0,498,500,3,54,27,0,499,
        498,1,0,0,0,499,500,1,0,0,0,500,502,1,0,0,0,501,491,1,0,0,0,501,
        494,1,0,0,0,502,503,1,0,0,0,503,504,5,2,0,0,504,51,1,0,0,0,505,506,
        5,1,0,0,506,507,5,30,0,0,507,509,5,7,0,0,508,510,3,54,27,0,509,508,
        1,0,0,0,509,510,1,0,0,0,510,511,1,0,0,0,511,512,5,2,0,0,512,53,1,
        0,0,0,513,514,5,1,0,0,514,516,5,16,0,0,515,517,5,8,0,0,516,515,1,
        0,0,0,516,517,1,0,0,0,517,520,1,0,0,0,518,521,3,38,19,0,519,521,
        3,66,33,0,520,518,1,0,0,0,520,519,1,0,0,0,521,522,1,0,0,0,522,523,
        5,2,0,0,523,557,1,0,0,0,524,525,5,1,0,0,525,527,5,21,0,0,526,528,
        5,8,0,0,527,526,1,0,0,0,527,528,1,0,0,0,528,529,1,0,0,0,529,530,
        3,42,21,0,530,531,5,2,0,0,531,557,1,0,0,0,532,533,5,1,0,0,533,535,
        5,22,0,0,534,536,5,8,0,0,535,534,1,0,0,0,535,536,1,0,0,0,536,537,
        1,0,0,0,537,538,3,44,22,0,538,539,5,2,0,0,539,557,1,0,0,0,540,541,
        5,1,0,0,541,543,5,20,0,0,542,544,5,8,0,0,543,542,1,0,0,0,543,544,
        1,0,0,0,544,545,1,0,0,0,545,546,3,48,24,0,546,547,5,2,0,0,547,557,
        1,0,0,0,548,549,5,1,0,0,549,551,5,23,0,0,550,552,5,8,0,0,551,550,
        1,0,0,0,551,552,1,0,0,0,552,553,1,0,0,0,553,554,3,38,19,0,554,555,
        5,2,0,0,555,557,1,0,0,0,556,513,1,0,0,0,556,524,1,0,0,0,556,532,
        1,0,0,0,556,540,1,0,0,0,556,548,1,0,0,0,557,55,1,0,0,0,558,559,5,
        1,0,0,559,560,5,24,0,0,560,561,5,7,0,0,561,562,5,7,0,0,562,563,5,
        2,0,0,563,57,1,0,0,0,564,565,5,1,0,0,565,566,5,25,0,0,566,567,5,
        7,0,0,567,568,5,2,0,0,568,59,1,0,0,0,569,570,5,1,0,0,570,571,5,25,
        0,0,571,572,5,7,0,0,572,573,5,1,0,0,573,574,3,62,31,0,574,575,3,
        32,16,0,575,576,5,2,0,0,576,577,5,2,0,0,577,61,1,0,0,0,578,579,7,
        4,0,0,579,63,1,0,0,0,580,581,5,1,0,0,581,583,5,16,0,0,582,584,5,
        8,0,0,583,582,1,0,0,0,583,584,1,0,0,0,584,588,1,0,0,0,585,587,3,
        58,29,0,586,585,1,0,0,0,587,590,1,0,0,0,588,586,1,0,0,0,588,589,
        1,0,0,0,589,592,1,0,0,0,590,588,1,0,0,0,591,593,3,56,28,0,592,591,
        1,0,0,0,592,593,1,0,0,0,593,596,1,0,0,0,594,597,3,38,19,0,595,597,
        3,66,33,0,596,594,1,0,0,0,596,595,1,0,0,0,597,601,1,0,0,0,598,600,
        3,68,34,0,599,598,1,0,0,0,600,603,1,0,0,0,601,599,1,0,0,0,601,602,
        1,0,0,0,602,604,1,0,0,0,603,601,1,0,0,0,604,605,3,90,45,0,605,606,
        5,2,0,0,606,65,1,0,0,0,607,608,5,1,0,0,608,609,5,45,0,0,609,610,
        3,38,19,0,610,611,5,2,0,0,611,67,1,0,0,0,612,613,5,1,0,0,613,626,
        5,19,0,0,614,617,5,8,0,0,615,618,5,60,0,0,616,618,3,28,14,0,617,
        615,1,0,0,0,617,616,1,0,0,0,618,627,1,0,0,0,619,622,5,60,0,0,620,
        622,3,28,14,0,621,619,1,0,0,0,621,620,1,0,0,0,622,625,1,0,0,0,623,
        621,1,0,0,0,623,624,1,0,0,0,624,627,1,0,0,0,625,623,1,0,0,0,626,
        614,1,0,0,0,626,623,1,0,0,0,627,628,1,0,0,0,628,629,5,2,0,0,629,
        69,1,0,0,0,630,631,5,1,0,0,631,633,5,21,0,0,632,634,5,8,0,0,633,
        632,1,0,0,0,633,634,1,0,0,0,634,638,1,0,0,0,635,637,3,58,29,0,636,
        635,1,0,0,0,637,640,1,0,0,0,638,636,1,0,0,0,638,639,1,0,0,0,639,
        642,1,0,0,0,640,638,1,0,0,0,641,643,3,56,28,0,642,641,1,0,0,0,642,
        643,1,0,0,0,643,667,1,0,0,0,644,645,3,42,21,0,645,646,3,90,45,0,
        646,668,1,0,0,0,647,649,5,60,0,0,648,647,1,0,0,0,648,649,1,0,0,0,
        649,650,1,0,0,0,650,651,3,28,14,0,651,652,5,1,0,0,652,663,5,27,0,
        0,653,655,3,84,42,0,654,653,1,0,0,0,655,656,1,0,0,0,656,654,1,0,
        0,0,656,657,1,0,0,0,657,664,1,0,0,0,658,660,3,32,16,0,659,658,1,
        0,0,0,660,661,1,0,0,0,661,659,1,0,0,0,661,662,1,0,0,0,662,664,1,
        0,0,0,663,654,1,0,0,0,663,659,1,0,0,0,663,664,1,0,0,0,664,665,1,
        0,0,0,665,666,5,2,0,0,666,668,1,0,0,0,667,644,1,0,0,0,667,648,1,
        0,0,0,668,669,1,0,0,0,669,670,5,2,0,0,670,71,1,0,0,0,671,672,5,1,
        0,0,672,674,5,22,0,0,673,675,5,8,0,0,674,673,1,0,0,0,674,675,1,0,
        0,0,675,679,1,0,0,0,676,678,3,58,29,0,677,676,1,0,0,0,678,681,1,
        0,0,0,679,677,1,0,0,0,679,680,1,0,0,0,680,683,1,0,0,0,681,679,1,
        0,0,0,682,684,3,56,28,0,683,682,1,0,0,0,683,684,1,0,0,0,684,701,
        1,0,0,0,685,702,3,44,22,0,686,688,5,60,0,0,687,686,1,0,0,0,687,688,
        1,0,0,0,688,690,1,0,0,0,689,691,3,46,23,0,690,689,1,0,0,0,690,691,
        1,0,0,0,691,692,1,0,0,0,692,693,5,1,0,0,693,697,5,28,0,0,694,696,
        5,7,0,0,695,694,1,0,0,0,696,699,1,0,0,0,697,695,1,0,0,0,697,698,
        1,0,0,0,698,700,1,0,0,0,699,697,1,0,0,0,700,702,5,2,0,0,701,685,
        1,0,0,0,701,687,1,0,0,0,702,703,1,0,0,0,703,704,5,2,0,0,704,73,1,
        0,0,0,705,706,5,1,0,0,706,708,5,20,0,0,707,709,5,8,0,0,708,707,1,
        0,0,0,708,709,1,0,0,0,709,713,1,0,0,0,710,712,3,58,29,0,711,710,
        1,0,0,0,712,715,1,0,0,0,713,711,1,0,0,0,713,714,1,0,0,0,714,717,
        1,0,0,0,715,713,1,0,0,0,716,718,3,56,28,0,717,716,1,0,0,0,717,718,
        1,0,0,0,718,719,1,0,0,0,719,720,3,48,24,0,720,721,3,90,45,0,721,
        722,5,2,0,0,722,75,1,0,0,0,723,724,5,1,0,0,724,726,5,23,0,0,725,
        727,5,8,0,0,726,725,1,0,0,0,726,727,1,0,0,0,727,731,1,0,0,0,728,
        730,3,58,29,0,729,728,1,0,0,0,730,733,1,0,0,0,731,729,1,0,0,0,731,
        732,1,0,0,0,732,735,1,0,0,0,733,731,1,0,0,0,734,736,3,56,28,0,735,
        734,1,0,0,0,735,736,1,0,0,0,736,737,1,0,0,0,737,738,3,38,19,0,738,
        739,5,2,0,0,739,77,1,0,0,0,740,741,5,1,0,0,741,742,5,26,0,0,742,
        743,3,32,16,0,743,744,5,2,0,0,744,79,1,0,0,0,745,746,5,1,0,0,746,
        748,5,27,0,0,747,749,5,8,0,0,748,747,1,0,0,0,748,749,1,0,0,0,749,
        771,1,0,0,0,750,772,3,82,41,0,751,752,5,31,0,0,752,772,3,82,41,0,
        753,754,5,1,0,0,754,755,5,21,0,0,755,756,3,32,16,0,756,757,5,2,0,
        0,757,760,1,0,0,0,758,760,5,9,0,0,759,753,1,0,0,0,759,758,1,0,0,
        0,759,760,1,0,0,0,760,761,1,0,0,0,761,769,3,86,43,0,762,770,3,82,
        41,0,763,765,3,32,16,0,764,763,1,0,0,0,765,768,1,0,0,0,766,764,1,
        0,0,0,766,767,1,0,0,0,767,770,1,0,0,0,768,766,1,0,0,0,769,762,1,
        0,0,0,769,766,1,0,0,0,770,772,1,0,0,0,771,750,1,0,0,0,771,751,1,
        0,0,0,771,759,1,0,0,0,772,773,1,0,0,0,773,774,5,2,0,0,774,81,1,0,
        0,0,775,779,3,28,14,0,776,778,3,84,42,0,777,776,1,0,0,0,778,781,
        1,0,0,0,779,777,1,0,0,0,779,780,1,0,0,0,780,790,1,0,0,0,781,779,
        1,0,0,0,782,786,5,16,0,0,783,785,3,32,16,0,784,783,1,0,0,0,785,788,
        1,0,0,0,786,784,1,0,0,0,786,787,1,0,0,0,787,790,1,0,0,0,788,786,
        1,0,0,0,789,775,1,0,0,0,789,782,1,0,0,0,790,83,1,0,0,0,791,792,5,
        1,0,0,792,793,5,30,0,0,793,794,3,90,45,0,794,795,5,2,0,0,795,798,
        1,0,0,0,796,798,3,94,47,0,797,791,1,0,0,0,797,796,1,0,0,0,798,85,
        1,0,0,0,799,800,5,1,0,0,800,801,5,29,0,0,801,802,3,90,45,0,802,803,
        5,2,0,0,803,806,1,0,0,0,804,806,3,94,47,0,805,799,1,0,0,0,805,804,
        1,0,0,0,806,87,1,0,0,0,807,808,5,1,0,0,808,810,5,28,0,0,809,811,
        5,8,0,0,810,809,1,0,0,0,810,811,1,0,0,0,811,821,1,0,0,0,812,813,
        5,1,0,0,813,814,5,22,0,0,814,815,3,32,16,0,815,816,5,2,0,0,816,819,
        1,0,0,0,817,819,5,9,0,0,818,812,1,0,0,0,818,817,1,0,0,0,818,819,
        1,0,0,0,819,820,1,0,0,0,820,822,3,86,43,0,821,818,1,0,0,0,821,822,
        1,0,0,0,822,826,1,0,0,0,823,825,5,7,0,0,824,823,1,0,0,0,825,828,
        1,0,0,0,826,824,1,0,0,0,826,827,1,0,0,0,827,829,1,0,0,0,828,826,
        1,0,0,0,829,830,5,2,0,0,830,89,1,0,0,0,831,859,5,74,0,0,832,858,
        5,9,0,0,833,858,5,10,0,0,834,858,5,11,0,0,835,858,5,8,0,0,836,858,
        5,12,0,0,837,858,5,13,0,0,838,858,5,64,0,0,839,858,5,16,0,0,840,
        858,5,38,0,0,841,858,5,39,0,0,842,858,5,63,0,0,843,858,5,34,0,0,
        844,845,5,1,0,0,845,846,5,15,0,0,846,847,3,32,16,0,847,848,5,2,0,
        0,848,858,1,0,0,0,849,850,5,1,0,0,850,851,5,45,0,0,851,852,3,32,
        16,0,852,853,5,2,0,0,853,858,1,0,0,0,854,858,3,34,17,0,855,858,3,
        36,18,0,856,858,3,28,14,0,857,832,1,0,0,0,857,833,1,0,0,0,857,834,
        1,0,0,0,857,835,1,0,0,0,857,836,1,0,0,0,857,837,1,0,0,0,857,838,
        1,0,0,0,857,839,1,0,0,0,857,840,1,0,0,0,857,841,1,0,0,0,857,842,
        1,0,0,0,857,843,1,0,0,0,857,844,1,0,0,0,857,849,1,0,0,0,857,854,
        1,0,0,0,857,855,1,0,0,0,857,856,1,0,0,0,858,861,1,0,0,0,859,857,
        1,0,0,0,859,860,1,0,0,0,860,889,1,0,0,0,861,859,1,0,0,0,862,864,
        7,5,0,0,863,865,5,8,0,0,864,863,1,0,0,0,864,865,1,0,0,0,865,866,
        1,0,0,0,866,889,3,38,19,0,867,869,5,52,0,0,868,870,5,8,0,0,869,868,
        1,0,0,0,869,870,1,0,0,0,870,871,1,0,0,0,871,875,3,38,19,0,872,874,
        3,92,46,0,873,872,1,0,0,0,874,877,1,0,0,0,875,873,1,0,0,0,875,876,
        1,0,0,0,876,889,1,0,0,0,877,875,1,0,0,0,878,880,7,6,0,0,879,881,
        5,8,0,0,880,879,1,0,0,0,880,881,1,0,0,0,881,889,1,0,0,0,882,883,
        5,55,0,0,883,889,3,32,16,0,884,889,5,57,0,0,885,886,5,59,0,0,886,
        889,3,32,16,0,887,889,3,94,47,0,888,831,1,0,0,0,888,862,1,0,0,0,
        888,867,1,0,0,0,888,878,1,0,0,0,888,882,1,0,0,0,888,884,1,0,0,0,
        888,885,1,0,0,0,888,887,1,0,0,0,889,892,1,0,0,0,890,888,1,0,0,0,
        890,891,1,0,0,0,891,91,1,0,0,0,892,890,1,0,0,0,893,906,5,1,0,0,894,
        895,5,55,0,0,895,896,3,32,16,0,896,897,3,32,16,0,897,907,1,0,0,0,
        898,899,5,56,0,0,899,900,3,32,16,0,900,901,3,32,16,0,901,907,1,0,
        0,0,902,903,5,57,0,0,903,907,3,32,16,0,904,905,5,58,0,0,905,907,
        3,32,16,0,906,894,1,0,0,0,906,898,1,0,0,0,906,902,1,0,0,0,906,904,
        1,0,0,0,907,908,1,0,0,0,908,909,5,2,0,0,909,93,1,0,0,0,910,1022,
        5,1,0,0,911,939,5,74,0,0,912,938,5,9,0,0,913,938,5,10,0,0,914,938,
        5,11,0,0,915,938,5,8,0,0,916,938,5,12,0,0,917,938,5,13,0,0,918,938,
        5,64,0,0,919,938,5,16,0,0,920,938,5,38,0,0,921,938,5,39,0,0,922,
        938,5,63,0,0,923,938,5,34,0,0,924,925,5,1,0,0,925,926,5,15,0,0,926,
        927,3,32,16,0,927,928,5,2,0,0,928,938,1,0,0,0,929,930,5,1,0,0,930,
        931,5,45,0,0,931,932,3,32,16,0,932,933,5,2,0,0,933,938,1,0,0,0,934,
        938,3,34,17,0,935,938,3,36,18,0,936,938,3,28,14,0,937,912,1,0,0,
        0,937,913,1,0,0,0,937,914,1,0,0,0,937,915,1,0,0,0,937,916,1,0,0,
        0,937,917,1,0,0,0,937,918,1,0,0,0,937,919,1,0,0,0,937,920,1,0,0,
        0,937,921,1,0,0,0,937,922,1,0,0,0,937,923,1,0,0,0,937,924,1,0,0,
        0,937,929,1,0,0,0,937,934,1,0,0,0,937,935,1,0,0,0,937,936,1,0,0,
        0,938,941,1,0,0,0,939,937,1,0,0,0,939,940,1,0,0,0,940,945,1,0,0,
        0,941,939,1,0,0,0,942,944,3,94,47,0,943,942,1,0,0,0,944,947,1,0,
        0,0,945,943,1,0,0,0,945,946,1,0,0,0,946,948,1,0,0,0,947,945,1,0,
        0,0,948,1023,5,2,0,0,949,951,7,7,0,0,950,952,5,8,0,0,951,950,1,0,
        0,0,951,952,1,0,0,0,952,953,1,0,0,0,953,954,3,38,19,0,954,955,3,
        90,45,0,955,956,5,2,0,0,956,1023,1,0,0,0,957,959,5,48,0,0,958,960,
        5,8,0,0,959,958,1,0,0,0,959,960,1,0,0,0,960,961,1,0,0,0,961,965,
        3,38,19,0,962,964,3,94,47,0,963,962,1,0,0,0,964,967,1,0,0,0,965,
        963,1,0,0,0,965,966,1,0,0,0,966,968,1,0,0,0,967,965,1,0,0,0,968,
        969,5,1,0,0,969,970,5,49,0,0,970,971,3,90,45,0,971,977,5,2,0,0,972,
        973,5,1,0,0,973,974,5,50,0,0,974,975,3,90,45,0,975,976,5,2,0,0,976,
        978,1,0,0,0,977,972,1,0,0,0,977,978,1,0,0,0,978,979,1,0,0,0,979,
        980,5,2,0,0,980,1023,1,0,0,0,981,983,5,52,0,0,982,984,5,8,0,0,983,
        982,1,0,0,0,983,984,1,0,0,0,984,985,1,0,0,0,985,989,3,38,19,0,986,
        988,3,92,46,0,987,986,1,0,0,0,988,991,1,0,0,0,989,987,1,0,0,0,989,
        990,1,0,0,0,990,992,1,0,0,0,991,989,1,0,0,0,992,993,3,90,45,0,993,
        994,5,2,0,0,994,1023,1,0,0,0,995,997,5,53,0,0,996,998,5,8,0,0,997,
        996,1,0,0,0,997,998,1,0,0,0,998,999,1,0,0,0,999,1000,3,38,19,0,1000,
        1001,5,1,0,0,1001,1002,5,54,0,0,1002,1003,3,90,45,0,1003,1018,5,
        2,0,0,1004,1006,3,96,48,0,1005,1004,1,0,0,0,1006,1009,1,0,0,0,1007,
        1005,1,0,0,0,1007,1008,1,0,0,0,1008,1011,1,0,0,0,1009,1007,1,0,0,
        0,1010,1012,3,98,49,0,1011,1010,1,0,0,0,1011,1012,1,0,0,0,1012,1019,
        1,0,0,0,1013,1014,5,1,0,0,1014,1015,5,59,0,0,1015,1016,3,32,16,0,
        1016,1017,5,2,0,0,1017,1019,1,0,0,0,1018,1007,1,0,0,0,1018,1013,
        1,0,0,0,1019,1020,1,0,0,0,1020,1021,5,2,0,0,1021,1023,1,0,0,0,1022,
        911,1,0,0,0,1022,949,1,0,0,0,1022,957,1,0,0,0,1022,981,1,0,0,0,1022,
        995,1,0,0,0,1023,95,1,0,0,0,1024,1025,5,1,0,0,1025,1026,5,55,0,0,
        1026,1027,3,32,16,0,1027,1028,3,90,45,0,1028,1029,5,2,0,0,1029,97,
        1,0,0,0,1030,1031,5,1,0,0,1031,1032,5,57,0,0,1032,1033,3,90,45,0,
        1033,1034,5,2,0,0,1034,99,1,0,0,0,140,112,114,121,125,131,134,141,
        149,153,155,165,169,174,177,191,193,200,203,210,213,216,221,227,
        234,238,255,257,266,271,276,286,294,299,306,313,320,329,335,344,
        353,362,365,375,380,386,391,403,412,416,418,421,429,431,441,446,
        452,456,460,467,470,483,486,496,499,501,509,516,520,527,535,543,
        551,556,583,588,592,596,601,617,621,623,626,633,638,642,648,656,
        661,663,667,674,679,683,687,690,697,701,708,713,717,726,731,735,
        748,759,766,769,771,779,786,789,797,805,810,818,821,826,857,859,
        864,869,875,880,888,890,906,937,939,945,951,959,965,977,983,989,
        997,1007,1011,1018,1022
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
