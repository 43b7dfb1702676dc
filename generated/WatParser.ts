
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
    public static readonly NUM_TYPE = 62;
    public static readonly PACKED_TYPE = 63;
    public static readonly REF_SHORTHAND = 64;
    public static readonly HEAP_TYPE = 65;
    public static readonly SHAPE = 66;
    public static readonly BINARY = 67;
    public static readonly QUOTE = 68;
    public static readonly DEFINITION = 69;
    public static readonly INSTANCE = 70;
    public static readonly REGISTER = 71;
    public static readonly INVOKE = 72;
    public static readonly GET = 73;
    public static readonly EITHER = 74;
    public static readonly ASSERT = 75;
    public static readonly KEYWORD = 76;
    public static readonly RESERVED = 77;
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
    public static readonly RULE_onClause = 47;
    public static readonly RULE_foldedInstr = 48;
    public static readonly RULE_foldedCatch = 49;
    public static readonly RULE_foldedCatchAll = 50;

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
        null, null, null, null, null, "'binary'", "'quote'", "'definition'", 
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
        "DELEGATE", "CONT", "ON", "NUM_TYPE", "PACKED_TYPE", "REF_SHORTHAND", 
        "HEAP_TYPE", "SHAPE", "BINARY", "QUOTE", "DEFINITION", "INSTANCE", 
        "REGISTER", "INVOKE", "GET", "EITHER", "ASSERT", "KEYWORD", "RESERVED"
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
        "catchClause", "onClause", "foldedInstr", "foldedCatch", "foldedCatchAll",
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
            this.state = 127;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 3, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 114;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                do {
                    {
                    this.state = 114;
                    this.errorHandler.sync(this);
                    switch (this.interpreter.adaptivePredict(this.tokenStream, 0, this.context) ) {
                    case 1:
                        {
                        this.state = 102;
                        this.typeDef();
                        }
                        break;
                    case 2:
                        {
                        this.state = 103;
                        this.recType();
                        }
                        break;
                    case 3:
                        {
                        this.state = 104;
                        this.importField();
                        }
                        break;
                    case 4:
                        {
                        this.state = 105;
                        this.funcField();
                        }
                        break;
                    case 5:
                        {
                        this.state = 106;
                        this.tableField();
                        }
                        break;
                    case 6:
                        {
                        this.state = 107;
                        this.memoryField();
                        }
                        break;
                    case 7:
                        {
                        this.state = 108;
                        this.globalField();
                        }
                        break;
                    case 8:
                        {
                        this.state = 109;
                        this.exportField();
                        }
                        break;
                    case 9:
                        {
                        this.state = 110;
                        this.startField();
                        }
                        break;
                    case 10:
                        {
                        this.state = 111;
                        this.elemField();
                        }
                        break;
                    case 11:
                        {
                        this.state = 112;
                        this.dataField();
                        }
                        break;
                    case 12:
                        {
                        this.state = 113;
                        this.tagField();
                        }
                        break;
                    }
                    }
                    this.state = 116;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                } while (_la === 1);
                this.state = 118;
                this.match(WatParser.EOF);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 123;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 120;
                    this.command();
                    }
                    }
                    this.state = 125;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 126;
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
            this.state = 171;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 11, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 129;
                this.module_();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 130;
                this.match(WatParser.LPAR);
                this.state = 131;
                this.match(WatParser.INSTANCE);
                this.state = 133;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 4, this.context) ) {
                case 1:
                    {
                    this.state = 132;
                    this.match(WatParser.ID);
                    }
                    break;
                }
                this.state = 136;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 135;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 138;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 139;
                this.match(WatParser.LPAR);
                this.state = 140;
                this.match(WatParser.REGISTER);
                this.state = 141;
                this.match(WatParser.STRING);
                this.state = 143;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 142;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 145;
                this.match(WatParser.RPAR);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 146;
                this.action();
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 147;
                this.match(WatParser.LPAR);
                this.state = 148;
                this.match(WatParser.ASSERT);
                this.state = 151;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 7, this.context) ) {
                case 1:
                    {
                    this.state = 149;
                    this.action();
                    }
                    break;
                case 2:
                    {
                    this.state = 150;
                    this.module_();
                    }
                    break;
                }
                this.state = 157;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 7) {
                    {
                    this.state = 155;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.LPAR:
                        {
                        this.state = 153;
                        this.value();
                        }
                        break;
                    case WatParser.STRING:
                        {
                        this.state = 154;
                        this.match(WatParser.STRING);
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 159;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 160;
                this.match(WatParser.RPAR);
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 162;
                this.match(WatParser.LPAR);
                this.state = 163;
                this.match(WatParser.KEYWORD);
                this.state = 167;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4294967290) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 4294967295) !== 0) || ((((_la - 64)) & ~0x1F) === 0 && ((1 << (_la - 64)) & 16383) !== 0)) {
                    {
                    {
                    this.state = 164;
                    this.sexpr();
                    }
                    }
                    this.state = 169;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 170;
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
            this.state = 218;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 20, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 173;
                this.match(WatParser.LPAR);
                this.state = 174;
                this.match(WatParser.MODULE);
                this.state = 176;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 69) {
                    {
                    this.state = 175;
                    this.match(WatParser.DEFINITION);
                    }
                }

                this.state = 179;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 178;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 205;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                case WatParser.RPAR:
                    {
                    this.state = 195;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 1) {
                        {
                        this.state = 193;
                        this.errorHandler.sync(this);
                        switch (this.interpreter.adaptivePredict(this.tokenStream, 14, this.context) ) {
                        case 1:
                            {
                            this.state = 181;
                            this.typeDef();
                            }
                            break;
                        case 2:
                            {
                            this.state = 182;
                            this.recType();
                            }
                            break;
                        case 3:
                            {
                            this.state = 183;
                            this.importField();
                            }
                            break;
                        case 4:
                            {
                            this.state = 184;
                            this.funcField();
                            }
                            break;
                        case 5:
                            {
                            this.state = 185;
                            this.tableField();
                            }
                            break;
                        case 6:
                            {
                            this.state = 186;
                            this.memoryField();
                            }
                            break;
                        case 7:
                            {
                            this.state = 187;
                            this.globalField();
                            }
                            break;
                        case 8:
                            {
                            this.state = 188;
                            this.exportField();
                            }
                            break;
                        case 9:
                            {
                            this.state = 189;
                            this.startField();
                            }
                            break;
                        case 10:
                            {
                            this.state = 190;
                            this.elemField();
                            }
                            break;
                        case 11:
                            {
                            this.state = 191;
                            this.dataField();
                            }
                            break;
                        case 12:
                            {
                            this.state = 192;
                            this.tagField();
                            }
                            break;
                        }
                        }
                        this.state = 197;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                case WatParser.BINARY:
                case WatParser.QUOTE:
                    {
                    this.state = 198;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 67 || _la === 68)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 202;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 7) {
                        {
                        {
                        this.state = 199;
                        this.match(WatParser.STRING);
                        }
                        }
                        this.state = 204;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 207;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 208;
                this.match(WatParser.LPAR);
                this.state = 209;
                this.match(WatParser.MODULE);
                this.state = 210;
                this.match(WatParser.INSTANCE);
                this.state = 212;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 18, this.context) ) {
                case 1:
                    {
                    this.state = 211;
                    this.match(WatParser.ID);
                    }
                    break;
                }
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
            this.state = 240;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 24, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 220;
                this.match(WatParser.LPAR);
                this.state = 221;
                this.match(WatParser.INVOKE);
                this.state = 223;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 222;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 225;
                this.match(WatParser.STRING);
                this.state = 229;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 226;
                    this.value();
                    }
                    }
                    this.state = 231;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 232;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 233;
                this.match(WatParser.LPAR);
                this.state = 234;
                this.match(WatParser.GET);
                this.state = 236;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 235;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 238;
                this.match(WatParser.STRING);
                this.state = 239;
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
            this.state = 242;
            this.match(WatParser.LPAR);
            this.state = 243;
            _la = this.tokenStream.LA(1);
            if(!(_la === 74 || _la === 76)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 260;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 69378) !== 0) || ((((_la - 34)) & ~0x1F) === 0 && ((1 << (_la - 34)) & 2214592561) !== 0) || ((((_la - 66)) & ~0x1F) === 0 && ((1 << (_la - 66)) & 3073) !== 0)) {
                {
                this.state = 258;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NAT:
                    {
                    this.state = 244;
                    this.match(WatParser.NAT);
                    }
                    break;
                case WatParser.INT:
                    {
                    this.state = 245;
                    this.match(WatParser.INT);
                    }
                    break;
                case WatParser.FLOAT:
                    {
                    this.state = 246;
                    this.match(WatParser.FLOAT);
                    }
                    break;
                case WatParser.KEYWORD:
                    {
                    this.state = 247;
                    this.match(WatParser.KEYWORD);
                    }
                    break;
                case WatParser.RESERVED:
                    {
                    this.state = 248;
                    this.match(WatParser.RESERVED);
                    }
                    break;
                case WatParser.SHAPE:
                    {
                    this.state = 249;
                    this.match(WatParser.SHAPE);
                    }
                    break;
                case WatParser.FUNC:
                    {
                    this.state = 250;
                    this.match(WatParser.FUNC);
                    }
                    break;
                case WatParser.STRUCT:
                    {
                    this.state = 251;
                    this.match(WatParser.STRUCT);
                    }
                    break;
                case WatParser.ARRAY:
                    {
                    this.state = 252;
                    this.match(WatParser.ARRAY);
                    }
                    break;
                case WatParser.CONT:
                    {
                    this.state = 253;
                    this.match(WatParser.CONT);
                    }
                    break;
                case WatParser.HEAP_TYPE:
                    {
                    this.state = 254;
                    this.match(WatParser.HEAP_TYPE);
                    }
                    break;
                case WatParser.ID:
                    {
                    this.state = 255;
                    this.match(WatParser.ID);
                    }
                    break;
                case WatParser.NULL:
                    {
                    this.state = 256;
                    this.match(WatParser.NULL);
                    }
                    break;
                case WatParser.LPAR:
                    {
                    this.state = 257;
                    this.value();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 262;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 263;
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
            this.state = 274;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.LPAR:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 265;
                this.match(WatParser.LPAR);
                this.state = 269;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4294967290) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 4294967295) !== 0) || ((((_la - 64)) & ~0x1F) === 0 && ((1 << (_la - 64)) & 16383) !== 0)) {
                    {
                    {
                    this.state = 266;
                    this.sexpr();
                    }
                    }
                    this.state = 271;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 272;
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
                this.state = 273;
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
            this.state = 276;
            this.match(WatParser.LPAR);
            this.state = 277;
            this.match(WatParser.TYPE);
            this.state = 279;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 278;
                this.match(WatParser.ID);
                }
            }

            this.state = 281;
            this.subType();
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
    public recType(): RecTypeContext {
        let localContext = new RecTypeContext(this.context, this.state);
        this.enterRule(localContext, 14, WatParser.RULE_recType);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 284;
            this.match(WatParser.LPAR);
            this.state = 285;
            this.match(WatParser.REC);
            this.state = 289;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1) {
                {
                {
                this.state = 286;
                this.typeDef();
                }
                }
                this.state = 291;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 292;
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
            this.state = 309;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 33, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 294;
                this.match(WatParser.LPAR);
                this.state = 295;
                this.match(WatParser.SUB);
                this.state = 297;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 36) {
                    {
                    this.state = 296;
                    this.match(WatParser.FINAL);
                    }
                }

                this.state = 302;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 8 || _la === 9) {
                    {
                    {
                    this.state = 299;
                    this.idx();
                    }
                    }
                    this.state = 304;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 305;
                this.describedType();
                this.state = 306;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 308;
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
            this.state = 316;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 34, this.context) ) {
            case 1:
                {
                this.state = 311;
                this.match(WatParser.LPAR);
                this.state = 312;
                this.match(WatParser.DESCRIBES);
                this.state = 313;
                this.idx();
                this.state = 314;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 323;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 35, this.context) ) {
            case 1:
                {
                this.state = 318;
                this.match(WatParser.LPAR);
                this.state = 319;
                this.match(WatParser.DESCRIPTOR);
                this.state = 320;
                this.idx();
                this.state = 321;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 325;
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
            this.state = 361;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 39, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 327;
                this.match(WatParser.LPAR);
                this.state = 328;
                this.match(WatParser.FUNC);
                this.state = 332;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 36, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 329;
                        this.param();
                        }
                        }
                    }
                    this.state = 334;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 36, this.context);
                }
                this.state = 338;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 335;
                    this.result();
                    }
                    }
                    this.state = 340;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 341;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 342;
                this.match(WatParser.LPAR);
                this.state = 343;
                this.match(WatParser.STRUCT);
                this.state = 347;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 344;
                    this.field();
                    }
                    }
                    this.state = 349;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 350;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 351;
                this.match(WatParser.LPAR);
                this.state = 352;
                this.match(WatParser.ARRAY);
                this.state = 353;
                this.fieldType();
                this.state = 354;
                this.match(WatParser.RPAR);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 356;
                this.match(WatParser.LPAR);
                this.state = 357;
                this.match(WatParser.CONT);
                this.state = 358;
                this.idx();
                this.state = 359;
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
            this.state = 363;
            this.match(WatParser.LPAR);
            this.state = 364;
            this.match(WatParser.FIELD);
            this.state = 373;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 365;
                this.match(WatParser.ID);
                this.state = 366;
                this.fieldType();
                }
                break;
            case WatParser.LPAR:
            case WatParser.RPAR:
            case WatParser.NUM_TYPE:
            case WatParser.PACKED_TYPE:
            case WatParser.REF_SHORTHAND:
                {
                this.state = 370;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || ((((_la - 62)) & ~0x1F) === 0 && ((1 << (_la - 62)) & 7) !== 0)) {
                    {
                    {
                    this.state = 367;
                    this.fieldType();
                    }
                    }
                    this.state = 372;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 375;
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
            this.state = 383;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 42, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 377;
                this.storageType();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 378;
                this.match(WatParser.LPAR);
                this.state = 379;
                this.match(WatParser.MUT);
                this.state = 380;
                this.storageType();
                this.state = 381;
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
            this.state = 388;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.NUM_TYPE:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 385;
                this.match(WatParser.NUM_TYPE);
                }
                break;
            case WatParser.LPAR:
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 386;
                this.refType();
                }
                break;
            case WatParser.PACKED_TYPE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 387;
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
            this.state = 399;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 390;
                this.match(WatParser.REF_SHORTHAND);
                }
                break;
            case WatParser.LPAR:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 391;
                this.match(WatParser.LPAR);
                this.state = 392;
                this.match(WatParser.REF);
                this.state = 394;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 34) {
                    {
                    this.state = 393;
                    this.match(WatParser.NULL);
                    }
                }

                this.state = 396;
                this.heapType();
                this.state = 397;
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
            this.state = 412;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.FUNC:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 401;
                this.match(WatParser.FUNC);
                }
                break;
            case WatParser.STRUCT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 402;
                this.match(WatParser.STRUCT);
                }
                break;
            case WatParser.ARRAY:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 403;
                this.match(WatParser.ARRAY);
                }
                break;
            case WatParser.CONT:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 404;
                this.match(WatParser.CONT);
                }
                break;
            case WatParser.HEAP_TYPE:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 405;
                this.match(WatParser.HEAP_TYPE);
                }
                break;
            case WatParser.ID:
            case WatParser.NAT:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 406;
                this.idx();
                }
                break;
            case WatParser.LPAR:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 407;
                this.match(WatParser.LPAR);
                this.state = 408;
                this.match(WatParser.EXACT);
                this.state = 409;
                this.idx();
                this.state = 410;
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
            this.state = 414;
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
            this.state = 416;
            this.match(WatParser.LPAR);
            this.state = 417;
            this.match(WatParser.PARAM);
            this.state = 430;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 418;
                this.match(WatParser.ID);
                this.state = 421;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 419;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 420;
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
                this.state = 427;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 62 || _la === 64) {
                    {
                    this.state = 425;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.NUM_TYPE:
                        {
                        this.state = 423;
                        this.match(WatParser.NUM_TYPE);
                        }
                        break;
                    case WatParser.LPAR:
                    case WatParser.REF_SHORTHAND:
                        {
                        this.state = 424;
                        this.refType();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 429;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
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
    public result(): ResultContext {
        let localContext = new ResultContext(this.context, this.state);
        this.enterRule(localContext, 36, WatParser.RULE_result);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 434;
            this.match(WatParser.LPAR);
            this.state = 435;
            this.match(WatParser.RESULT);
            this.state = 440;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || _la === 62 || _la === 64) {
                {
                this.state = 438;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 436;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 437;
                    this.refType();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 442;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 443;
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
            this.state = 450;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 53, this.context) ) {
            case 1:
                {
                this.state = 445;
                this.match(WatParser.LPAR);
                this.state = 446;
                this.match(WatParser.TYPE);
                this.state = 447;
                this.idx();
                this.state = 448;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 455;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 54, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 452;
                    this.param();
                    }
                    }
                }
                this.state = 457;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 54, this.context);
            }
            this.state = 461;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 55, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 458;
                    this.result();
                    }
                    }
                }
                this.state = 463;
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
            this.state = 465;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 62) {
                {
                this.state = 464;
                this.match(WatParser.NUM_TYPE);
                }
            }

            this.state = 467;
            this.match(WatParser.NAT);
            this.state = 469;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 9) {
                {
                this.state = 468;
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
            this.state = 471;
            this.limits();
            this.state = 472;
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
            this.state = 474;
            this.limits();
            this.state = 476;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 41) {
                {
                this.state = 475;
                this.match(WatParser.SHARED);
                }
            }

            this.state = 479;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 1) {
                {
                this.state = 478;
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
            this.state = 481;
            this.match(WatParser.LPAR);
            this.state = 482;
            this.match(WatParser.PAGESIZE);
            this.state = 483;
            this.match(WatParser.NAT);
            this.state = 484;
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
            this.state = 495;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 61, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 486;
                this.match(WatParser.NUM_TYPE);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 487;
                this.refType();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 488;
                this.match(WatParser.LPAR);
                this.state = 489;
                this.match(WatParser.MUT);
                this.state = 492;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 490;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 491;
                    this.refType();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 494;
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
            this.state = 497;
            this.match(WatParser.LPAR);
            this.state = 498;
            this.match(WatParser.IMPORT);
            this.state = 499;
            this.match(WatParser.STRING);
            this.state = 510;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.STRING:
                {
                this.state = 500;
                this.match(WatParser.STRING);
                this.state = 501;
                this.importDesc();
                }
                break;
            case WatParser.LPAR:
                {
                this.state = 503;
                this.errorHandler.sync(this);
                alternative = 1;
                do {
                    switch (alternative) {
                    case 1:
                        {
                        {
                        this.state = 502;
                        this.importItem();
                        }
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    this.state = 505;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 62, this.context);
                } while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER);
                this.state = 508;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 1) {
                    {
                    this.state = 507;
                    this.importDesc();
                    }
                }

                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 512;
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
            this.state = 514;
            this.match(WatParser.LPAR);
            this.state = 515;
            this.match(WatParser.ITEM);
            this.state = 516;
            this.match(WatParser.STRING);
            this.state = 518;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 1) {
                {
                this.state = 517;
                this.importDesc();
                }
            }

            this.state = 520;
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
            this.state = 565;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 72, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 522;
                this.match(WatParser.LPAR);
                this.state = 523;
                this.match(WatParser.FUNC);
                this.state = 525;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 524;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 529;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 67, this.context) ) {
                case 1:
                    {
                    this.state = 527;
                    this.typeUse();
                    }
                    break;
                case 2:
                    {
                    this.state = 528;
                    this.exactTypeUse();
                    }
                    break;
                }
                this.state = 531;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 533;
                this.match(WatParser.LPAR);
                this.state = 534;
                this.match(WatParser.TABLE);
                this.state = 536;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 535;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 538;
                this.tableType();
                this.state = 539;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 541;
                this.match(WatParser.LPAR);
                this.state = 542;
                this.match(WatParser.MEMORY);
                this.state = 544;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 543;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 546;
                this.memoryType();
                this.state = 547;
                this.match(WatParser.RPAR);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 549;
                this.match(WatParser.LPAR);
                this.state = 550;
                this.match(WatParser.GLOBAL);
                this.state = 552;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 551;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 554;
                this.globalType();
                this.state = 555;
                this.match(WatParser.RPAR);
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 557;
                this.match(WatParser.LPAR);
                this.state = 558;
                this.match(WatParser.TAG);
                this.state = 560;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 559;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 562;
                this.typeUse();
                this.state = 563;
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
            this.state = 567;
            this.match(WatParser.LPAR);
            this.state = 568;
            this.match(WatParser.IMPORT);
            this.state = 569;
            this.match(WatParser.STRING);
            this.state = 570;
            this.match(WatParser.STRING);
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
    public inlineExport(): InlineExportContext {
        let localContext = new InlineExportContext(this.context, this.state);
        this.enterRule(localContext, 58, WatParser.RULE_inlineExport);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 573;
            this.match(WatParser.LPAR);
            this.state = 574;
            this.match(WatParser.EXPORT);
            this.state = 575;
            this.match(WatParser.STRING);
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
    public exportField(): ExportFieldContext {
        let localContext = new ExportFieldContext(this.context, this.state);
        this.enterRule(localContext, 60, WatParser.RULE_exportField);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 578;
            this.match(WatParser.LPAR);
            this.state = 579;
            this.match(WatParser.EXPORT);
            this.state = 580;
            this.match(WatParser.STRING);
            this.state = 581;
            this.match(WatParser.LPAR);
            this.state = 582;
            this.exportKind();
            this.state = 583;
            this.idx();
            this.state = 584;
            this.match(WatParser.RPAR);
            this.state = 585;
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
            this.state = 587;
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
            this.state = 589;
            this.match(WatParser.LPAR);
            this.state = 590;
            this.match(WatParser.FUNC);
            this.state = 592;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 591;
                this.match(WatParser.ID);
                }
            }

            this.state = 597;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 74, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 594;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 599;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 74, this.context);
            }
            this.state = 601;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 75, this.context) ) {
            case 1:
                {
                this.state = 600;
                this.inlineImport();
                }
                break;
            }
            this.state = 605;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 76, this.context) ) {
            case 1:
                {
                this.state = 603;
                this.typeUse();
                }
                break;
            case 2:
                {
                this.state = 604;
                this.exactTypeUse();
                }
                break;
            }
            this.state = 610;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 77, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 607;
                    this.local();
                    }
                    }
                }
                this.state = 612;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 77, this.context);
            }
            this.state = 613;
            this.instrList();
            this.state = 614;
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
            this.state = 616;
            this.match(WatParser.LPAR);
            this.state = 617;
            this.match(WatParser.EXACT);
            this.state = 618;
            this.typeUse();
            this.state = 619;
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
            this.state = 621;
            this.match(WatParser.LPAR);
            this.state = 622;
            this.match(WatParser.LOCAL);
            this.state = 635;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 623;
                this.match(WatParser.ID);
                this.state = 626;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 624;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 625;
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
                this.state = 632;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 62 || _la === 64) {
                    {
                    this.state = 630;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.NUM_TYPE:
                        {
                        this.state = 628;
                        this.match(WatParser.NUM_TYPE);
                        }
                        break;
                    case WatParser.LPAR:
                    case WatParser.REF_SHORTHAND:
                        {
                        this.state = 629;
                        this.refType();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 634;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 637;
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
            this.state = 639;
            this.match(WatParser.LPAR);
            this.state = 640;
            this.match(WatParser.TABLE);
            this.state = 642;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 641;
                this.match(WatParser.ID);
                }
            }

            this.state = 647;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 83, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 644;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 649;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 83, this.context);
            }
            this.state = 651;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 84, this.context) ) {
            case 1:
                {
                this.state = 650;
                this.inlineImport();
                }
                break;
            }
            this.state = 676;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 89, this.context) ) {
            case 1:
                {
                this.state = 653;
                this.tableType();
                this.state = 654;
                this.instrList();
                }
                break;
            case 2:
                {
                this.state = 657;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 62) {
                    {
                    this.state = 656;
                    this.match(WatParser.NUM_TYPE);
                    }
                }

                this.state = 659;
                this.refType();
                this.state = 660;
                this.match(WatParser.LPAR);
                this.state = 661;
                this.match(WatParser.ELEM);
                this.state = 672;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                    {
                    this.state = 663;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    do {
                        {
                        {
                        this.state = 662;
                        this.elemItem();
                        }
                        }
                        this.state = 665;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    } while (_la === 1);
                    }
                    break;
                case WatParser.ID:
                case WatParser.NAT:
                    {
                    this.state = 668;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    do {
                        {
                        {
                        this.state = 667;
                        this.idx();
                        }
                        }
                        this.state = 670;
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
                this.state = 674;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 678;
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
            this.state = 680;
            this.match(WatParser.LPAR);
            this.state = 681;
            this.match(WatParser.MEMORY);
            this.state = 683;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 682;
                this.match(WatParser.ID);
                }
            }

            this.state = 688;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 91, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 685;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 690;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 91, this.context);
            }
            this.state = 692;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 92, this.context) ) {
            case 1:
                {
                this.state = 691;
                this.inlineImport();
                }
                break;
            }
            this.state = 710;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 96, this.context) ) {
            case 1:
                {
                this.state = 694;
                this.memoryType();
                }
                break;
            case 2:
                {
                this.state = 696;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 62) {
                    {
                    this.state = 695;
                    this.match(WatParser.NUM_TYPE);
                    }
                }

                this.state = 699;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 94, this.context) ) {
                case 1:
                    {
                    this.state = 698;
                    this.pageSize();
                    }
                    break;
                }
                this.state = 701;
                this.match(WatParser.LPAR);
                this.state = 702;
                this.match(WatParser.DATA);
                this.state = 706;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 7) {
                    {
                    {
                    this.state = 703;
                    this.match(WatParser.STRING);
                    }
                    }
                    this.state = 708;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 709;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 712;
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
            this.state = 714;
            this.match(WatParser.LPAR);
            this.state = 715;
            this.match(WatParser.GLOBAL);
            this.state = 717;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 716;
                this.match(WatParser.ID);
                }
            }

            this.state = 722;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 98, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 719;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 724;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 98, this.context);
            }
            this.state = 726;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 99, this.context) ) {
            case 1:
                {
                this.state = 725;
                this.inlineImport();
                }
                break;
            }
            this.state = 728;
            this.globalType();
            this.state = 729;
            this.instrList();
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
    public tagField(): TagFieldContext {
        let localContext = new TagFieldContext(this.context, this.state);
        this.enterRule(localContext, 76, WatParser.RULE_tagField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 732;
            this.match(WatParser.LPAR);
            this.state = 733;
            this.match(WatParser.TAG);
            this.state = 735;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 734;
                this.match(WatParser.ID);
                }
            }

            this.state = 740;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 101, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 737;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 742;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 101, this.context);
            }
            this.state = 744;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 102, this.context) ) {
            case 1:
                {
                this.state = 743;
                this.inlineImport();
                }
                break;
            }
            this.state = 746;
            this.typeUse();
            this.state = 747;
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
            this.state = 749;
            this.match(WatParser.LPAR);
            this.state = 750;
            this.match(WatParser.START);
            this.state = 751;
            this.idx();
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
    public elemField(): ElemFieldContext {
        let localContext = new ElemFieldContext(this.context, this.state);
        this.enterRule(localContext, 80, WatParser.RULE_elemField);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 754;
            this.match(WatParser.LPAR);
            this.state = 755;
            this.match(WatParser.ELEM);
            this.state = 757;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 756;
                this.match(WatParser.ID);
                }
            }

            this.state = 780;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 107, this.context) ) {
            case 1:
                {
                this.state = 759;
                this.elemList();
                }
                break;
            case 2:
                {
                this.state = 760;
                this.match(WatParser.DECLARE);
                this.state = 761;
                this.elemList();
                }
                break;
            case 3:
                {
                this.state = 768;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 104, this.context) ) {
                case 1:
                    {
                    this.state = 762;
                    this.match(WatParser.LPAR);
                    this.state = 763;
                    this.match(WatParser.TABLE);
                    this.state = 764;
                    this.idx();
                    this.state = 765;
                    this.match(WatParser.RPAR);
                    }
                    break;
                case 2:
                    {
                    this.state = 767;
                    this.match(WatParser.NAT);
                    }
                    break;
                }
                this.state = 770;
                this.offset();
                this.state = 778;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                case WatParser.FUNC:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 771;
                    this.elemList();
                    }
                    break;
                case WatParser.RPAR:
                case WatParser.ID:
                case WatParser.NAT:
                    {
                    this.state = 775;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 8 || _la === 9) {
                        {
                        {
                        this.state = 772;
                        this.idx();
                        }
                        }
                        this.state = 777;
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
            this.state = 782;
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
            this.state = 798;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.LPAR:
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 784;
                this.refType();
                this.state = 788;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 785;
                    this.elemItem();
                    }
                    }
                    this.state = 790;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case WatParser.FUNC:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 791;
                this.match(WatParser.FUNC);
                this.state = 795;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 8 || _la === 9) {
                    {
                    {
                    this.state = 792;
                    this.idx();
                    }
                    }
                    this.state = 797;
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
            this.state = 806;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 111, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 800;
                this.match(WatParser.LPAR);
                this.state = 801;
                this.match(WatParser.ITEM);
                this.state = 802;
                this.instrList();
                this.state = 803;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 805;
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
            this.state = 814;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 112, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 808;
                this.match(WatParser.LPAR);
                this.state = 809;
                this.match(WatParser.OFFSET);
                this.state = 810;
                this.instrList();
                this.state = 811;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 813;
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
            this.state = 816;
            this.match(WatParser.LPAR);
            this.state = 817;
            this.match(WatParser.DATA);
            this.state = 819;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 818;
                this.match(WatParser.ID);
                }
            }

            this.state = 830;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 1 || _la === 9) {
                {
                this.state = 827;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 114, this.context) ) {
                case 1:
                    {
                    this.state = 821;
                    this.match(WatParser.LPAR);
                    this.state = 822;
                    this.match(WatParser.MEMORY);
                    this.state = 823;
                    this.idx();
                    this.state = 824;
                    this.match(WatParser.RPAR);
                    }
                    break;
                case 2:
                    {
                    this.state = 826;
                    this.match(WatParser.NAT);
                    }
                    break;
                }
                this.state = 829;
                this.offset();
                }
            }

            this.state = 835;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 7) {
                {
                {
                this.state = 832;
                this.match(WatParser.STRING);
                }
                }
                this.state = 837;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 838;
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
            this.state = 901;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || ((((_la - 46)) & ~0x1F) === 0 && ((1 << (_la - 46)) & 1073752823) !== 0)) {
                {
                this.state = 899;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.KEYWORD:
                    {
                    this.state = 840;
                    this.match(WatParser.KEYWORD);
                    this.state = 870;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 118, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            this.state = 868;
                            this.errorHandler.sync(this);
                            switch (this.interpreter.adaptivePredict(this.tokenStream, 117, this.context) ) {
                            case 1:
                                {
                                this.state = 841;
                                this.match(WatParser.NAT);
                                }
                                break;
                            case 2:
                                {
                                this.state = 842;
                                this.match(WatParser.INT);
                                }
                                break;
                            case 3:
                                {
                                this.state = 843;
                                this.match(WatParser.FLOAT);
                                }
                                break;
                            case 4:
                                {
                                this.state = 844;
                                this.match(WatParser.ID);
                                }
                                break;
                            case 5:
                                {
                                this.state = 845;
                                this.match(WatParser.MEM_OFFSET);
                                }
                                break;
                            case 6:
                                {
                                this.state = 846;
                                this.match(WatParser.MEM_ALIGN);
                                }
                                break;
                            case 7:
                                {
                                this.state = 847;
                                this.match(WatParser.SHAPE);
                                }
                                break;
                            case 8:
                                {
                                this.state = 848;
                                this.match(WatParser.FUNC);
                                }
                                break;
                            case 9:
                                {
                                this.state = 849;
                                this.match(WatParser.STRUCT);
                                }
                                break;
                            case 10:
                                {
                                this.state = 850;
                                this.match(WatParser.ARRAY);
                                }
                                break;
                            case 11:
                                {
                                this.state = 851;
                                this.match(WatParser.CONT);
                                }
                                break;
                            case 12:
                                {
                                this.state = 852;
                                this.match(WatParser.HEAP_TYPE);
                                }
                                break;
                            case 13:
                                {
                                this.state = 853;
                                this.match(WatParser.NULL);
                                }
                                break;
                            case 14:
                                {
                                this.state = 854;
                                this.match(WatParser.LPAR);
                                this.state = 855;
                                this.match(WatParser.TYPE);
                                this.state = 856;
                                this.idx();
                                this.state = 857;
                                this.match(WatParser.RPAR);
                                }
                                break;
                            case 15:
                                {
                                this.state = 859;
                                this.match(WatParser.LPAR);
                                this.state = 860;
                                this.match(WatParser.EXACT);
                                this.state = 861;
                                this.idx();
                                this.state = 862;
                                this.match(WatParser.RPAR);
                                }
                                break;
                            case 16:
                                {
                                this.state = 864;
                                this.param();
                                }
                                break;
                            case 17:
                                {
                                this.state = 865;
                                this.result();
                                }
                                break;
                            case 18:
                                {
                                this.state = 866;
                                this.refType();
                                }
                                break;
                            case 19:
                                {
                                this.state = 867;
                                this.onClause();
                                }
                                break;
                            }
                            }
                        }
                        this.state = 872;
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
                    this.state = 873;
                    _la = this.tokenStream.LA(1);
                    if(!(((((_la - 46)) & ~0x1F) === 0 && ((1 << (_la - 46)) & 135) !== 0))) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 875;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 874;
                        this.match(WatParser.ID);
                        }
                    }

                    this.state = 877;
                    this.typeUse();
                    }
                    break;
                case WatParser.TRY_TABLE:
                    {
                    this.state = 878;
                    this.match(WatParser.TRY_TABLE);
                    this.state = 880;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 879;
                        this.match(WatParser.ID);
                        }
                    }

                    this.state = 882;
                    this.typeUse();
                    this.state = 886;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 121, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            {
                            this.state = 883;
                            this.catchClause();
                            }
                            }
                        }
                        this.state = 888;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 121, this.context);
                    }
                    }
                    break;
                case WatParser.ELSE:
                case WatParser.END:
                    {
                    this.state = 889;
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 50 || _la === 51)) {
                    this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    this.state = 891;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 890;
                        this.match(WatParser.ID);
                        }
                    }

                    }
                    break;
                case WatParser.CATCH:
                    {
                    this.state = 893;
                    this.match(WatParser.CATCH);
                    this.state = 894;
                    this.idx();
                    }
                    break;
                case WatParser.CATCH_ALL:
                    {
                    this.state = 895;
                    this.match(WatParser.CATCH_ALL);
                    }
                    break;
                case WatParser.DELEGATE:
                    {
                    this.state = 896;
                    this.match(WatParser.DELEGATE);
                    this.state = 897;
                    this.idx();
                    }
                    break;
                case WatParser.LPAR:
                    {
                    this.state = 898;
                    this.foldedInstr();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 903;
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
            this.state = 904;
            this.match(WatParser.LPAR);
            this.state = 917;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.CATCH:
                {
                this.state = 905;
                this.match(WatParser.CATCH);
                this.state = 906;
                this.idx();
                this.state = 907;
                this.idx();
                }
                break;
            case WatParser.CATCH_REF:
                {
                this.state = 909;
                this.match(WatParser.CATCH_REF);
                this.state = 910;
                this.idx();
                this.state = 911;
                this.idx();
                }
                break;
            case WatParser.CATCH_ALL:
                {
                this.state = 913;
                this.match(WatParser.CATCH_ALL);
                this.state = 914;
                this.idx();
                }
                break;
            case WatParser.CATCH_ALL_REF:
                {
                this.state = 915;
                this.match(WatParser.CATCH_ALL_REF);
                this.state = 916;
                this.idx();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 919;
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
        this.enterRule(localContext, 94, WatParser.RULE_onClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 921;
            this.match(WatParser.LPAR);
            this.state = 922;
            this.match(WatParser.ON);
            this.state = 923;
            this.idx();
            this.state = 926;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
            case WatParser.NAT:
                {
                this.state = 924;
                this.idx();
                }
                break;
            case WatParser.KEYWORD:
                {
                this.state = 925;
                this.match(WatParser.KEYWORD);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 928;
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
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 930;
            this.match(WatParser.LPAR);
            this.state = 1044;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.KEYWORD:
                {
                this.state = 931;
                this.match(WatParser.KEYWORD);
                this.state = 961;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 128, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        this.state = 959;
                        this.errorHandler.sync(this);
                        switch (this.interpreter.adaptivePredict(this.tokenStream, 127, this.context) ) {
                        case 1:
                            {
                            this.state = 932;
                            this.match(WatParser.NAT);
                            }
                            break;
                        case 2:
                            {
                            this.state = 933;
                            this.match(WatParser.INT);
                            }
                            break;
                        case 3:
                            {
                            this.state = 934;
                            this.match(WatParser.FLOAT);
                            }
                            break;
                        case 4:
                            {
                            this.state = 935;
                            this.match(WatParser.ID);
                            }
                            break;
                        case 5:
                            {
                            this.state = 936;
                            this.match(WatParser.MEM_OFFSET);
                            }
                            break;
                        case 6:
                            {
                            this.state = 937;
                            this.match(WatParser.MEM_ALIGN);
                            }
                            break;
                        case 7:
                            {
                            this.state = 938;
                            this.match(WatParser.SHAPE);
                            }
                            break;
                        case 8:
                            {
                            this.state = 939;
                            this.match(WatParser.FUNC);
                            }
                            break;
                        case 9:
                            {
                            this.state = 940;
                            this.match(WatParser.STRUCT);
                            }
                            break;
                        case 10:
                            {
                            this.state = 941;
                            this.match(WatParser.ARRAY);
                            }
                            break;
                        case 11:
                            {
                            this.state = 942;
                            this.match(WatParser.CONT);
                            }
                            break;
                        case 12:
                            {
                            this.state = 943;
                            this.match(WatParser.HEAP_TYPE);
                            }
                            break;
                        case 13:
                            {
                            this.state = 944;
                            this.match(WatParser.NULL);
                            }
                            break;
                        case 14:
                            {
                            this.state = 945;
                            this.match(WatParser.LPAR);
                            this.state = 946;
                            this.match(WatParser.TYPE);
                            this.state = 947;
                            this.idx();
                            this.state = 948;
                            this.match(WatParser.RPAR);
                            }
                            break;
                        case 15:
                            {
                            this.state = 950;
                            this.match(WatParser.LPAR);
                            this.state = 951;
                            this.match(WatParser.EXACT);
                            this.state = 952;
                            this.idx();
                            this.state = 953;
                            this.match(WatParser.RPAR);
                            }
                            break;
                        case 16:
                            {
                            this.state = 955;
                            this.param();
                            }
                            break;
                        case 17:
                            {
                            this.state = 956;
                            this.result();
                            }
                            break;
                        case 18:
                            {
                            this.state = 957;
                            this.refType();
                            }
                            break;
                        case 19:
                            {
                            this.state = 958;
                            this.onClause();
                            }
                            break;
                        }
                        }
                    }
                    this.state = 963;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 128, this.context);
                }
                this.state = 967;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 964;
                    this.foldedInstr();
                    }
                    }
                    this.state = 969;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 970;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.BLOCK:
            case WatParser.LOOP:
                {
                this.state = 971;
                _la = this.tokenStream.LA(1);
                if(!(_la === 46 || _la === 47)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 973;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 972;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 975;
                this.typeUse();
                this.state = 976;
                this.instrList();
                this.state = 977;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.IF:
                {
                this.state = 979;
                this.match(WatParser.IF);
                this.state = 981;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 980;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 983;
                this.typeUse();
                this.state = 987;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 132, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 984;
                        this.foldedInstr();
                        }
                        }
                    }
                    this.state = 989;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 132, this.context);
                }
                this.state = 990;
                this.match(WatParser.LPAR);
                this.state = 991;
                this.match(WatParser.THEN);
                this.state = 992;
                this.instrList();
                this.state = 993;
                this.match(WatParser.RPAR);
                this.state = 999;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 1) {
                    {
                    this.state = 994;
                    this.match(WatParser.LPAR);
                    this.state = 995;
                    this.match(WatParser.ELSE);
                    this.state = 996;
                    this.instrList();
                    this.state = 997;
                    this.match(WatParser.RPAR);
                    }
                }

                this.state = 1001;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.TRY_TABLE:
                {
                this.state = 1003;
                this.match(WatParser.TRY_TABLE);
                this.state = 1005;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 1004;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 1007;
                this.typeUse();
                this.state = 1011;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 135, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 1008;
                        this.catchClause();
                        }
                        }
                    }
                    this.state = 1013;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 135, this.context);
                }
                this.state = 1014;
                this.instrList();
                this.state = 1015;
                this.match(WatParser.RPAR);
                }
                break;
            case WatParser.TRY:
                {
                this.state = 1017;
                this.match(WatParser.TRY);
                this.state = 1019;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 1018;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 1021;
                this.typeUse();
                this.state = 1022;
                this.match(WatParser.LPAR);
                this.state = 1023;
                this.match(WatParser.DO);
                this.state = 1024;
                this.instrList();
                this.state = 1025;
                this.match(WatParser.RPAR);
                this.state = 1040;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 139, this.context) ) {
                case 1:
                    {
                    this.state = 1029;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 137, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            {
                            this.state = 1026;
                            this.foldedCatch();
                            }
                            }
                        }
                        this.state = 1031;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 137, this.context);
                    }
                    this.state = 1033;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 1) {
                        {
                        this.state = 1032;
                        this.foldedCatchAll();
                        }
                    }

                    }
                    break;
                case 2:
                    {
                    this.state = 1035;
                    this.match(WatParser.LPAR);
                    this.state = 1036;
                    this.match(WatParser.DELEGATE);
                    this.state = 1037;
                    this.idx();
                    this.state = 1038;
                    this.match(WatParser.RPAR);
                    }
                    break;
                }
                this.state = 1042;
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
        this.enterRule(localContext, 98, WatParser.RULE_foldedCatch);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1046;
            this.match(WatParser.LPAR);
            this.state = 1047;
            this.match(WatParser.CATCH);
            this.state = 1048;
            this.idx();
            this.state = 1049;
            this.instrList();
            this.state = 1050;
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
            this.state = 1052;
            this.match(WatParser.LPAR);
            this.state = 1053;
            this.match(WatParser.CATCH_ALL);
            this.state = 1054;
            this.instrList();
            this.state = 1055;
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
        4,1,77,1058,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,
        7,6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,
        13,2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,7,19,2,
        20,7,20,2,21,7,21,2,22,7,22,2,23,7,23,2,24,7,24,2,25,7,25,2,26,7,
        26,2,27,7,27,2,28,7,28,2,29,7,29,2,30,7,30,2,31,7,31,2,32,7,32,2,
        33,7,33,2,34,7,34,2,35,7,35,2,36,7,36,2,37,7,37,2,38,7,38,2,39,7,
        39,2,40,7,40,2,41,7,41,2,42,7,42,2,43,7,43,2,44,7,44,2,45,7,45,2,
        46,7,46,2,47,7,47,2,48,7,48,2,49,7,49,2,50,7,50,1,0,1,0,1,0,1,0,
        1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,4,0,115,8,0,11,0,12,0,116,1,0,1,
        0,1,0,5,0,122,8,0,10,0,12,0,125,9,0,1,0,3,0,128,8,0,1,1,1,1,1,1,
        1,1,3,1,134,8,1,1,1,3,1,137,8,1,1,1,1,1,1,1,1,1,1,1,3,1,144,8,1,
        1,1,1,1,1,1,1,1,1,1,1,1,3,1,152,8,1,1,1,1,1,5,1,156,8,1,10,1,12,
        1,159,9,1,1,1,1,1,1,1,1,1,1,1,5,1,166,8,1,10,1,12,1,169,9,1,1,1,
        3,1,172,8,1,1,2,1,2,1,2,3,2,177,8,2,1,2,3,2,180,8,2,1,2,1,2,1,2,
        1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,5,2,194,8,2,10,2,12,2,197,9,
        2,1,2,1,2,5,2,201,8,2,10,2,12,2,204,9,2,3,2,206,8,2,1,2,1,2,1,2,
        1,2,1,2,3,2,213,8,2,1,2,3,2,216,8,2,1,2,3,2,219,8,2,1,3,1,3,1,3,
        3,3,224,8,3,1,3,1,3,5,3,228,8,3,10,3,12,3,231,9,3,1,3,1,3,1,3,1,
        3,3,3,237,8,3,1,3,1,3,3,3,241,8,3,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,
        4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,5,4,259,8,4,10,4,12,4,262,9,4,
        1,4,1,4,1,5,1,5,5,5,268,8,5,10,5,12,5,271,9,5,1,5,1,5,3,5,275,8,
        5,1,6,1,6,1,6,3,6,280,8,6,1,6,1,6,1,6,1,7,1,7,1,7,5,7,288,8,7,10,
        7,12,7,291,9,7,1,7,1,7,1,8,1,8,1,8,3,8,298,8,8,1,8,5,8,301,8,8,10,
        8,12,8,304,9,8,1,8,1,8,1,8,1,8,3,8,310,8,8,1,9,1,9,1,9,1,9,1,9,3,
        9,317,8,9,1,9,1,9,1,9,1,9,1,9,3,9,324,8,9,1,9,1,9,1,10,1,10,1,10,
        5,10,331,8,10,10,10,12,10,334,9,10,1,10,5,10,337,8,10,10,10,12,10,
        340,9,10,1,10,1,10,1,10,1,10,5,10,346,8,10,10,10,12,10,349,9,10,
        1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,1,10,3,10,362,
        8,10,1,11,1,11,1,11,1,11,1,11,5,11,369,8,11,10,11,12,11,372,9,11,
        3,11,374,8,11,1,11,1,11,1,12,1,12,1,12,1,12,1,12,1,12,3,12,384,8,
        12,1,13,1,13,1,13,3,13,389,8,13,1,14,1,14,1,14,1,14,3,14,395,8,14,
        1,14,1,14,1,14,3,14,400,8,14,1,15,1,15,1,15,1,15,1,15,1,15,1,15,
        1,15,1,15,1,15,1,15,3,15,413,8,15,1,16,1,16,1,17,1,17,1,17,1,17,
        1,17,3,17,422,8,17,1,17,1,17,5,17,426,8,17,10,17,12,17,429,9,17,
        3,17,431,8,17,1,17,1,17,1,18,1,18,1,18,1,18,5,18,439,8,18,10,18,
        12,18,442,9,18,1,18,1,18,1,19,1,19,1,19,1,19,1,19,3,19,451,8,19,
        1,19,5,19,454,8,19,10,19,12,19,457,9,19,1,19,5,19,460,8,19,10,19,
        12,19,463,9,19,1,20,3,20,466,8,20,1,20,1,20,3,20,470,8,20,1,21,1,
        21,1,21,1,22,1,22,3,22,477,8,22,1,22,3,22,480,8,22,1,23,1,23,1,23,
        1,23,1,23,1,24,1,24,1,24,1,24,1,24,1,24,3,24,493,8,24,1,24,3,24,
        496,8,24,1,25,1,25,1,25,1,25,1,25,1,25,4,25,504,8,25,11,25,12,25,
        505,1,25,3,25,509,8,25,3,25,511,8,25,1,25,1,25,1,26,1,26,1,26,1,
        26,3,26,519,8,26,1,26,1,26,1,27,1,27,1,27,3,27,526,8,27,1,27,1,27,
        3,27,530,8,27,1,27,1,27,1,27,1,27,1,27,3,27,537,8,27,1,27,1,27,1,
        27,1,27,1,27,1,27,3,27,545,8,27,1,27,1,27,1,27,1,27,1,27,1,27,3,
        27,553,8,27,1,27,1,27,1,27,1,27,1,27,1,27,3,27,561,8,27,1,27,1,27,
        1,27,3,27,566,8,27,1,28,1,28,1,28,1,28,1,28,1,28,1,29,1,29,1,29,
        1,29,1,29,1,30,1,30,1,30,1,30,1,30,1,30,1,30,1,30,1,30,1,31,1,31,
        1,32,1,32,1,32,3,32,593,8,32,1,32,5,32,596,8,32,10,32,12,32,599,
        9,32,1,32,3,32,602,8,32,1,32,1,32,3,32,606,8,32,1,32,5,32,609,8,
        32,10,32,12,32,612,9,32,1,32,1,32,1,32,1,33,1,33,1,33,1,33,1,33,
        1,34,1,34,1,34,1,34,1,34,3,34,627,8,34,1,34,1,34,5,34,631,8,34,10,
        34,12,34,634,9,34,3,34,636,8,34,1,34,1,34,1,35,1,35,1,35,3,35,643,
        8,35,1,35,5,35,646,8,35,10,35,12,35,649,9,35,1,35,3,35,652,8,35,
        1,35,1,35,1,35,1,35,3,35,658,8,35,1,35,1,35,1,35,1,35,4,35,664,8,
        35,11,35,12,35,665,1,35,4,35,669,8,35,11,35,12,35,670,3,35,673,8,
        35,1,35,1,35,3,35,677,8,35,1,35,1,35,1,36,1,36,1,36,3,36,684,8,36,
        1,36,5,36,687,8,36,10,36,12,36,690,9,36,1,36,3,36,693,8,36,1,36,
        1,36,3,36,697,8,36,1,36,3,36,700,8,36,1,36,1,36,1,36,5,36,705,8,
        36,10,36,12,36,708,9,36,1,36,3,36,711,8,36,1,36,1,36,1,37,1,37,1,
        37,3,37,718,8,37,1,37,5,37,721,8,37,10,37,12,37,724,9,37,1,37,3,
        37,727,8,37,1,37,1,37,1,37,1,37,1,38,1,38,1,38,3,38,736,8,38,1,38,
        5,38,739,8,38,10,38,12,38,742,9,38,1,38,3,38,745,8,38,1,38,1,38,
        1,38,1,39,1,39,1,39,1,39,1,39,1,40,1,40,1,40,3,40,758,8,40,1,40,
        1,40,1,40,1,40,1,40,1,40,1,40,1,40,1,40,3,40,769,8,40,1,40,1,40,
        1,40,5,40,774,8,40,10,40,12,40,777,9,40,3,40,779,8,40,3,40,781,8,
        40,1,40,1,40,1,41,1,41,5,41,787,8,41,10,41,12,41,790,9,41,1,41,1,
        41,5,41,794,8,41,10,41,12,41,797,9,41,3,41,799,8,41,1,42,1,42,1,
        42,1,42,1,42,1,42,3,42,807,8,42,1,43,1,43,1,43,1,43,1,43,1,43,3,
        43,815,8,43,1,44,1,44,1,44,3,44,820,8,44,1,44,1,44,1,44,1,44,1,44,
        1,44,3,44,828,8,44,1,44,3,44,831,8,44,1,44,5,44,834,8,44,10,44,12,
        44,837,9,44,1,44,1,44,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,
        45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,
        45,1,45,1,45,1,45,1,45,1,45,1,45,5,45,869,8,45,10,45,12,45,872,9,
        45,1,45,1,45,3,45,876,8,45,1,45,1,45,1,45,3,45,881,8,45,1,45,1,45,
        5,45,885,8,45,10,45,12,45,888,9,45,1,45,1,45,3,45,892,8,45,1,45,
        1,45,1,45,1,45,1,45,1,45,5,45,900,8,45,10,45,12,45,903,9,45,1,46,
        1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,3,46,
        918,8,46,1,46,1,46,1,47,1,47,1,47,1,47,1,47,3,47,927,8,47,1,47,1,
        47,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,
        48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,
        48,1,48,1,48,1,48,5,48,960,8,48,10,48,12,48,963,9,48,1,48,5,48,966,
        8,48,10,48,12,48,969,9,48,1,48,1,48,1,48,3,48,974,8,48,1,48,1,48,
        1,48,1,48,1,48,1,48,3,48,982,8,48,1,48,1,48,5,48,986,8,48,10,48,
        12,48,989,9,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,3,48,
        1000,8,48,1,48,1,48,1,48,1,48,3,48,1006,8,48,1,48,1,48,5,48,1010,
        8,48,10,48,12,48,1013,9,48,1,48,1,48,1,48,1,48,1,48,3,48,1020,8,
        48,1,48,1,48,1,48,1,48,1,48,1,48,5,48,1028,8,48,10,48,12,48,1031,
        9,48,1,48,3,48,1034,8,48,1,48,1,48,1,48,1,48,1,48,3,48,1041,8,48,
        1,48,1,48,3,48,1045,8,48,1,49,1,49,1,49,1,49,1,49,1,49,1,50,1,50,
        1,50,1,50,1,50,1,50,0,0,51,0,2,4,6,8,10,12,14,16,18,20,22,24,26,
        28,30,32,34,36,38,40,42,44,46,48,50,52,54,56,58,60,62,64,66,68,70,
        72,74,76,78,80,82,84,86,88,90,92,94,96,98,100,0,8,1,0,67,68,2,0,
        74,74,76,76,1,0,1,2,1,0,8,9,2,0,16,16,20,23,2,0,46,48,53,53,1,0,
        50,51,1,0,46,47,1244,0,127,1,0,0,0,2,171,1,0,0,0,4,218,1,0,0,0,6,
        240,1,0,0,0,8,242,1,0,0,0,10,274,1,0,0,0,12,276,1,0,0,0,14,284,1,
        0,0,0,16,309,1,0,0,0,18,316,1,0,0,0,20,361,1,0,0,0,22,363,1,0,0,
        0,24,383,1,0,0,0,26,388,1,0,0,0,28,399,1,0,0,0,30,412,1,0,0,0,32,
        414,1,0,0,0,34,416,1,0,0,0,36,434,1,0,0,0,38,450,1,0,0,0,40,465,
        1,0,0,0,42,471,1,0,0,0,44,474,1,0,0,0,46,481,1,0,0,0,48,495,1,0,
        0,0,50,497,1,0,0,0,52,514,1,0,0,0,54,565,1,0,0,0,56,567,1,0,0,0,
        58,573,1,0,0,0,60,578,1,0,0,0,62,587,1,0,0,0,64,589,1,0,0,0,66,616,
        1,0,0,0,68,621,1,0,0,0,70,639,1,0,0,0,72,680,1,0,0,0,74,714,1,0,
        0,0,76,732,1,0,0,0,78,749,1,0,0,0,80,754,1,0,0,0,82,798,1,0,0,0,
        84,806,1,0,0,0,86,814,1,0,0,0,88,816,1,0,0,0,90,901,1,0,0,0,92,904,
        1,0,0,0,94,921,1,0,0,0,96,930,1,0,0,0,98,1046,1,0,0,0,100,1052,1,
        0,0,0,102,115,3,12,6,0,103,115,3,14,7,0,104,115,3,50,25,0,105,115,
        3,64,32,0,106,115,3,70,35,0,107,115,3,72,36,0,108,115,3,74,37,0,
        109,115,3,60,30,0,110,115,3,78,39,0,111,115,3,80,40,0,112,115,3,
        88,44,0,113,115,3,76,38,0,114,102,1,0,0,0,114,103,1,0,0,0,114,104,
        1,0,0,0,114,105,1,0,0,0,114,106,1,0,0,0,114,107,1,0,0,0,114,108,
        1,0,0,0,114,109,1,0,0,0,114,110,1,0,0,0,114,111,1,0,0,0,114,112,
        1,0,0,0,114,113,1,0,0,0,115,116,1,0,0,0,116,114,1,0,0,0,116,117,
        1,0,0,0,117,118,1,0,0,0,118,119,5,0,0,1,119,128,1,0,0,0,120,122,
        3,2,1,0,121,120,1,0,0,0,122,125,1,0,0,0,123,121,1,0,0,0,123,124,
        1,0,0,0,124,126,1,0,0,0,125,123,1,0,0,0,126,128,5,0,0,1,127,114,
        1,0,0,0,127,123,1,0,0,0,128,1,1,0,0,0,129,172,3,4,2,0,130,131,5,
        1,0,0,131,133,5,70,0,0,132,134,5,8,0,0,133,132,1,0,0,0,133,134,1,
        0,0,0,134,136,1,0,0,0,135,137,5,8,0,0,136,135,1,0,0,0,136,137,1,
        0,0,0,137,138,1,0,0,0,138,172,5,2,0,0,139,140,5,1,0,0,140,141,5,
        71,0,0,141,143,5,7,0,0,142,144,5,8,0,0,143,142,1,0,0,0,143,144,1,
        0,0,0,144,145,1,0,0,0,145,172,5,2,0,0,146,172,3,6,3,0,147,148,5,
        1,0,0,148,151,5,75,0,0,149,152,3,6,3,0,150,152,3,4,2,0,151,149,1,
        0,0,0,151,150,1,0,0,0,152,157,1,0,0,0,153,156,3,8,4,0,154,156,5,
        7,0,0,155,153,1,0,0,0,155,154,1,0,0,0,156,159,1,0,0,0,157,155,1,
        0,0,0,157,158,1,0,0,0,158,160,1,0,0,0,159,157,1,0,0,0,160,161,5,
        2,0,0,161,172,1,0,0,0,162,163,5,1,0,0,163,167,5,76,0,0,164,166,3,
        10,5,0,165,164,1,0,0,0,166,169,1,0,0,0,167,165,1,0,0,0,167,168,1,
        0,0,0,168,170,1,0,0,0,169,167,1,0,0,0,170,172,5,2,0,0,171,129,1,
        0,0,0,171,130,1,0,0,0,171,139,1,0,0,0,171,146,1,0,0,0,171,147,1,
        0,0,0,171,162,1,0,0,0,172,3,1,0,0,0,173,174,5,1,0,0,174,176,5,14,
        0,0,175,177,5,69,0,0,176,175,1,0,0,0,176,177,1,0,0,0,177,179,1,0,
        0,0,178,180,5,8,0,0,179,178,1,0,0,0,179,180,1,0,0,0,180,205,1,0,
        0,0,181,194,3,12,6,0,182,194,3,14,7,0,183,194,3,50,25,0,184,194,
        3,64,32,0,185,194,3,70,35,0,186,194,3,72,36,0,187,194,3,74,37,0,
        188,194,3,60,30,0,189,194,3,78,39,0,190,194,3,80,40,0,191,194,3,
        88,44,0,192,194,3,76,38,0,193,181,1,0,0,0,193,182,1,0,0,0,193,183,
        1,0,0,0,193,184,1,0,0,0,193,185,1,0,0,0,193,186,1,0,0,0,193,187,
        1,0,0,0,193,188,1,0,0,0,193,189,1,0,0,0,193,190,1,0,0,0,193,191,
        1,0,0,0,193,192,1,0,0,0,194,197,1,0,0,0,195,193,1,0,0,0,195,196,
        1,0,0,0,196,206,1,0,0,0,197,195,1,0,0,0,198,202,7,0,0,0,199,201,
        5,7,0,0,200,199,1,0,0,0,201,204,1,0,0,0,202,200,1,0,0,0,202,203,
        1,0,0,0,203,206,1,0,0,0,204,202,1,0,0,0,205,195,1,0,0,0,205,198,
        1,0,0,0,206,207,1,0,0,0,207,219,5,2,0,0,208,209,5,1,0,0,209,210,
        5,14,0,0,210,212,5,70,0,0,211,213,5,8,0,0,212,211,1,0,0,0,212,213,
        1,0,0,0,213,215,1,0,0,0,214,216,5,8,0,0,215,214,1,0,0,0,215,216,
        1,0,0,0,216,217,1,0,0,0,217,219,5,2,0,0,218,173,1,0,0,0,218,208,
        1,0,0,0,219,5,1,0,0,0,220,221,5,1,0,0,221,223,5,72,0,0,222,224,5,
        8,0,0,223,222,1,0,0,0,223,224,1,0,0,0,224,225,1,0,0,0,225,229,5,
        7,0,0,226,228,3,8,4,0,227,226,1,0,0,0,228,231,1,0,0,0,229,227,1,
        0,0,0,229,230,1,0,0,0,230,232,1,0,0,0,231,229,1,0,0,0,232,241,5,
        2,0,0,233,234,5,1,0,0,234,236,5,73,0,0,235,237,5,8,0,0,236,235,1,
        0,0,0,236,237,1,0,0,0,237,238,1,0,0,0,238,239,5,7,0,0,239,241,5,
        2,0,0,240,220,1,0,0,0,240,233,1,0,0,0,241,7,1,0,0,0,242,243,5,1,
        0,0,243,260,7,1,0,0,244,259,5,9,0,0,245,259,5,10,0,0,246,259,5,11,
        0,0,247,259,5,76,0,0,248,259,5,77,0,0,249,259,5,66,0,0,250,259,5,
        16,0,0,251,259,5,38,0,0,252,259,5,39,0,0,253,259,5,60,0,0,254,259,
        5,65,0,0,255,259,5,8,0,0,256,259,5,34,0,0,257,259,3,8,4,0,258,244,
        1,0,0,0,258,245,1,0,0,0,258,246,1,0,0,0,258,247,1,0,0,0,258,248,
        1,0,0,0,258,249,1,0,0,0,258,250,1,0,0,0,258,251,1,0,0,0,258,252,
        1,0,0,0,258,253,1,0,0,0,258,254,1,0,0,0,258,255,1,0,0,0,258,256,
        1,0,0,0,258,257,1,0,0,0,259,262,1,0,0,0,260,258,1,0,0,0,260,261,
        1,0,0,0,261,263,1,0,0,0,262,260,1,0,0,0,263,264,5,2,0,0,264,9,1,
        0,0,0,265,269,5,1,0,0,266,268,3,10,5,0,267,266,1,0,0,0,268,271,1,
        0,0,0,269,267,1,0,0,0,269,270,1,0,0,0,270,272,1,0,0,0,271,269,1,
        0,0,0,272,275,5,2,0,0,273,275,8,2,0,0,274,265,1,0,0,0,274,273,1,
        0,0,0,275,11,1,0,0,0,276,277,5,1,0,0,277,279,5,15,0,0,278,280,5,
        8,0,0,279,278,1,0,0,0,279,280,1,0,0,0,280,281,1,0,0,0,281,282,3,
        16,8,0,282,283,5,2,0,0,283,13,1,0,0,0,284,285,5,1,0,0,285,289,5,
        37,0,0,286,288,3,12,6,0,287,286,1,0,0,0,288,291,1,0,0,0,289,287,
        1,0,0,0,289,290,1,0,0,0,290,292,1,0,0,0,291,289,1,0,0,0,292,293,
        5,2,0,0,293,15,1,0,0,0,294,295,5,1,0,0,295,297,5,35,0,0,296,298,
        5,36,0,0,297,296,1,0,0,0,297,298,1,0,0,0,298,302,1,0,0,0,299,301,
        3,32,16,0,300,299,1,0,0,0,301,304,1,0,0,0,302,300,1,0,0,0,302,303,
        1,0,0,0,303,305,1,0,0,0,304,302,1,0,0,0,305,306,3,18,9,0,306,307,
        5,2,0,0,307,310,1,0,0,0,308,310,3,18,9,0,309,294,1,0,0,0,309,308,
        1,0,0,0,310,17,1,0,0,0,311,312,5,1,0,0,312,313,5,43,0,0,313,314,
        3,32,16,0,314,315,5,2,0,0,315,317,1,0,0,0,316,311,1,0,0,0,316,317,
        1,0,0,0,317,323,1,0,0,0,318,319,5,1,0,0,319,320,5,44,0,0,320,321,
        3,32,16,0,321,322,5,2,0,0,322,324,1,0,0,0,323,318,1,0,0,0,323,324,
        1,0,0,0,324,325,1,0,0,0,325,326,3,20,10,0,326,19,1,0,0,0,327,328,
        5,1,0,0,328,332,5,16,0,0,329,331,3,34,17,0,330,329,1,0,0,0,331,334,
        1,0,0,0,332,330,1,0,0,0,332,333,1,0,0,0,333,338,1,0,0,0,334,332,
        1,0,0,0,335,337,3,36,18,0,336,335,1,0,0,0,337,340,1,0,0,0,338,336,
        1,0,0,0,338,339,1,0,0,0,339,341,1,0,0,0,340,338,1,0,0,0,341,362,
        5,2,0,0,342,343,5,1,0,0,343,347,5,38,0,0,344,346,3,22,11,0,345,344,
        1,0,0,0,346,349,1,0,0,0,347,345,1,0,0,0,347,348,1,0,0,0,348,350,
        1,0,0,0,349,347,1,0,0,0,350,362,5,2,0,0,351,352,5,1,0,0,352,353,
        5,39,0,0,353,354,3,24,12,0,354,355,5,2,0,0,355,362,1,0,0,0,356,357,
        5,1,0,0,357,358,5,60,0,0,358,359,3,32,16,0,359,360,5,2,0,0,360,362,
        1,0,0,0,361,327,1,0,0,0,361,342,1,0,0,0,361,351,1,0,0,0,361,356,
        1,0,0,0,362,21,1,0,0,0,363,364,5,1,0,0,364,373,5,40,0,0,365,366,
        5,8,0,0,366,374,3,24,12,0,367,369,3,24,12,0,368,367,1,0,0,0,369,
        372,1,0,0,0,370,368,1,0,0,0,370,371,1,0,0,0,371,374,1,0,0,0,372,
        370,1,0,0,0,373,365,1,0,0,0,373,370,1,0,0,0,374,375,1,0,0,0,375,
        376,5,2,0,0,376,23,1,0,0,0,377,384,3,26,13,0,378,379,5,1,0,0,379,
        380,5,32,0,0,380,381,3,26,13,0,381,382,5,2,0,0,382,384,1,0,0,0,383,
        377,1,0,0,0,383,378,1,0,0,0,384,25,1,0,0,0,385,389,5,62,0,0,386,
        389,3,28,14,0,387,389,5,63,0,0,388,385,1,0,0,0,388,386,1,0,0,0,388,
        387,1,0,0,0,389,27,1,0,0,0,390,400,5,64,0,0,391,392,5,1,0,0,392,
        394,5,33,0,0,393,395,5,34,0,0,394,393,1,0,0,0,394,395,1,0,0,0,395,
        396,1,0,0,0,396,397,3,30,15,0,397,398,5,2,0,0,398,400,1,0,0,0,399,
        390,1,0,0,0,399,391,1,0,0,0,400,29,1,0,0,0,401,413,5,16,0,0,402,
        413,5,38,0,0,403,413,5,39,0,0,404,413,5,60,0,0,405,413,5,65,0,0,
        406,413,3,32,16,0,407,408,5,1,0,0,408,409,5,45,0,0,409,410,3,32,
        16,0,410,411,5,2,0,0,411,413,1,0,0,0,412,401,1,0,0,0,412,402,1,0,
        0,0,412,403,1,0,0,0,412,404,1,0,0,0,412,405,1,0,0,0,412,406,1,0,
        0,0,412,407,1,0,0,0,413,31,1,0,0,0,414,415,7,3,0,0,415,33,1,0,0,
        0,416,417,5,1,0,0,417,430,5,17,0,0,418,421,5,8,0,0,419,422,5,62,
        0,0,420,422,3,28,14,0,421,419,1,0,0,0,421,420,1,0,0,0,422,431,1,
        0,0,0,423,426,5,62,0,0,424,426,3,28,14,0,425,423,1,0,0,0,425,424,
        1,0,0,0,426,429,1,0,0,0,427,425,1,0,0,0,427,428,1,0,0,0,428,431,
        1,0,0,0,429,427,1,0,0,0,430,418,1,0,0,0,430,427,1,0,0,0,431,432,
        1,0,0,0,432,433,5,2,0,0,433,35,1,0,0,0,434,435,5,1,0,0,435,440,5,
        18,0,0,436,439,5,62,0,0,437,439,3,28,14,0,438,436,1,0,0,0,438,437,
        1,0,0,0,439,442,1,0,0,0,440,438,1,0,0,0,440,441,1,0,0,0,441,443,
        1,0,0,0,442,440,1,0,0,0,443,444,5,2,0,0,444,37,1,0,0,0,445,446,5,
        1,0,0,446,447,5,15,0,0,447,448,3,32,16,0,448,449,5,2,0,0,449,451,
        1,0,0,0,450,445,1,0,0,0,450,451,1,0,0,0,451,455,1,0,0,0,452,454,
        3,34,17,0,453,452,1,0,0,0,454,457,1,0,0,0,455,453,1,0,0,0,455,456,
        1,0,0,0,456,461,1,0,0,0,457,455,1,0,0,0,458,460,3,36,18,0,459,458,
        1,0,0,0,460,463,1,0,0,0,461,459,1,0,0,0,461,462,1,0,0,0,462,39,1,
        0,0,0,463,461,1,0,0,0,464,466,5,62,0,0,465,464,1,0,0,0,465,466,1,
        0,0,0,466,467,1,0,0,0,467,469,5,9,0,0,468,470,5,9,0,0,469,468,1,
        0,0,0,469,470,1,0,0,0,470,41,1,0,0,0,471,472,3,40,20,0,472,473,3,
        28,14,0,473,43,1,0,0,0,474,476,3,40,20,0,475,477,5,41,0,0,476,475,
        1,0,0,0,476,477,1,0,0,0,477,479,1,0,0,0,478,480,3,46,23,0,479,478,
        1,0,0,0,479,480,1,0,0,0,480,45,1,0,0,0,481,482,5,1,0,0,482,483,5,
        42,0,0,483,484,5,9,0,0,484,485,5,2,0,0,485,47,1,0,0,0,486,496,5,
        62,0,0,487,496,3,28,14,0,488,489,5,1,0,0,489,492,5,32,0,0,490,493,
        5,62,0,0,491,493,3,28,14,0,492,490,1,0,0,0,492,491,1,0,0,0,493,494,
        1,0,0,0,494,496,5,2,0,0,495,486,1,0,0,0,495,487,1,0,0,0,495,488,
        1,0,0,0,496,49,1,0,0,0,497,498,5,1,0,0,498,499,5,24,0,0,499,510,
        5,7,0,0,500,501,5,7,0,0,501,511,3,54,27,0,502,504,3,52,26,0,503,
        502,1,0,0,0,504,505,1,0,0,0,505,503,1,0,0,0,505,506,1,0,0,0,506,
        508,1,0,0,0,507,509,3,54,27,0,508,507,1,0,0,0,508,509,1,0,0,0,509,
        511,1,0,0,0,510,500,1,0,0,0,510,503,1,0,0,0,511,512,1,0,0,0,512,
        513,5,2,0,0,513,51,1,0,0,0,514,515,5,1,0,0,515,516,5,30,0,0,516,
        518,5,7,0,0,517,519,3,54,27,0,518,517,1,0,0,0,518,519,1,0,0,0,519,
        520,1,0,0,0,520,521,5,2,0,0,521,53,1,0,0,0,522,523,5,1,0,0,523,525,
        5,16,0,0,524,526,5,8,0,0,525,524,1,0,0,0,525,526,1,0,0,0,526,529,
        1,0,0,0,527,530,3,38,19,0,528,530,3,66,33,0,529,527,1,0,0,0,529,
        528,1,0,0,0,530,531,1,0,0,0,531,532,5,2,0,0,532,566,1,0,0,0,533,
        534,5,1,0,0,534,536,5,21,0,0,535,537,5,8,0,0,536,535,1,0,0,0,536,
        537,1,0,0,0,537,538,1,0,0,0,538,539,3,42,21,0,539,540,5,2,0,0,540,
        566,1,0,0,0,541,542,5,1,0,0,542,544,5,22,0,0,543,545,5,8,0,0,544,
        543,1,0,0,0,544,545,1,0,0,0,545,546,1,0,0,0,546,547,3,44,22,0,547,
        548,5,2,0,0,548,566,1,0,0,0,549,550,5,1,0,0,550,552,5,20,0,0,551,
        553,5,8,0,0,552,551,1,0,0,0,552,553,1,0,0,0,553,554,1,0,0,0,554,
        555,3,48,24,0,555,556,5,2,0,0,556,566,1,0,0,0,557,558,5,1,0,0,558,
        560,5,23,0,0,559,561,5,8,0,0,560,559,1,0,0,0,560,561,1,0,0,0,561,
        562,1,0,0,0,562,563,3,38,19,0,563,564,5,2,0,0,564,566,1,0,0,0,565,
        522,1,0,0,0,565,533,1,0,0,0,565,541,1,0,0,0,565,549,1,0,0,0,565,
        557,1,0,0,0,566,55,1,0,0,0,567,568,5,1,0,0,568,569,5,24,0,0,569,
        570,5,7,0,0,570,571,5,7,0,0,571,572,5,2,0,0,572,57,1,0,0,0,573,574,
        5,1,0,0,574,575,5,25,0,0,575,576,5,7,0,0,576,577,5,2,0,0,577,59,
        1,0,0,0,578,579,5,1,0,0,579,580,5,25,0,0,580,581,5,7,0,0,581,582,
        5,1,0,0,582,583,3,62,31,0,583,584,3,32,16,0,584,585,5,2,0,0,585,
        586,5,2,0,0,586,61,1,0,0,0,587,588,7,4,0,0,588,63,1,0,0,0,589,590,
        5,1,0,0,590,592,5,16,0,0,591,593,5,8,0,0,592,591,1,0,0,0,592,593,
        1,0,0,0,593,597,1,0,0,0,594,596,3,58,29,0,595,594,1,0,0,0,596,599,
        1,0,0,0,597,595,1,0,0,0,597,598,1,0,0,0,598,601,1,0,0,0,599,597,
        1,0,0,0,600,602,3,56,28,0,601,600,1,0,0,0,601,602,1,0,0,0,602,605,
        1,0,0,0,603,606,3,38,19,0,604,606,3,66,33,0,605,603,1,0,0,0,605,
        604,1,0,0,0,606,610,1,0,0,0,607,609,3,68,34,0,608,607,1,0,0,0,609,
        612,1,0,0,0,610,608,1,0,0,0,610,611,1,0,0,0,611,613,1,0,0,0,612,
        610,1,0,0,0,613,614,3,90,45,0,614,615,5,2,0,0,615,65,1,0,0,0,616,
        617,5,1,0,0,617,618,5,45,0,0,618,619,3,38,19,0,619,620,5,2,0,0,620,
        67,1,0,0,0,621,622,5,1,0,0,622,635,5,19,0,0,623,626,5,8,0,0,624,
        627,5,62,0,0,625,627,3,28,14,0,626,624,1,0,0,0,626,625,1,0,0,0,627,
        636,1,0,0,0,628,631,5,62,0,0,629,631,3,28,14,0,630,628,1,0,0,0,630,
        629,1,0,0,0,631,634,1,0,0,0,632,630,1,0,0,0,632,633,1,0,0,0,633,
        636,1,0,0,0,634,632,1,0,0,0,635,623,1,0,0,0,635,632,1,0,0,0,636,
        637,1,0,0,0,637,638,5,2,0,0,638,69,1,0,0,0,639,640,5,1,0,0,640,642,
        5,21,0,0,641,643,5,8,0,0,642,641,1,0,0,0,642,643,1,0,0,0,643,647,
        1,0,0,0,644,646,3,58,29,0,645,644,1,0,0,0,646,649,1,0,0,0,647,645,
        1,0,0,0,647,648,1,0,0,0,648,651,1,0,0,0,649,647,1,0,0,0,650,652,
        3,56,28,0,651,650,1,0,0,0,651,652,1,0,0,0,652,676,1,0,0,0,653,654,
        3,42,21,0,654,655,3,90,45,0,655,677,1,0,0,0,656,658,5,62,0,0,657,
        656,1,0,0,0,657,658,1,0,0,0,658,659,1,0,0,0,659,660,3,28,14,0,660,
        661,5,1,0,0,661,672,5,27,0,0,662,664,3,84,42,0,663,662,1,0,0,0,664,
        665,1,0,0,0,665,663,1,0,0,0,665,666,1,0,0,0,666,673,1,0,0,0,667,
        669,3,32,16,0,668,667,1,0,0,0,669,670,1,0,0,0,670,668,1,0,0,0,670,
        671,1,0,0,0,671,673,1,0,0,0,672,663,1,0,0,0,672,668,1,0,0,0,672,
        673,1,0,0,0,673,674,1,0,0,0,674,675,5,2,0,0,675,677,1,0,0,0,676,
        653,1,0,0,0,676,657,1,0,0,0,677,678,1,0,0,0,678,679,5,2,0,0,679,
        71,1,0,0,0,680,681,5,1,0,0,681,683,5,22,0,0,682,684,5,8,0,0,683,
        682,1,0,0,0,683,684,1,0,0,0,684,688,1,0,0,0,685,687,3,58,29,0,686,
        685,1,0,0,0,687,690,1,0,0,0,688,686,1,0,0,0,688,689,1,0,0,0,689,
        692,1,0,0,0,690,688,1,0,0,0,691,693,3,56,28,0,692,691,1,0,0,0,692,
        693,1,0,0,0,693,710,1,0,0,0,694,711,3,44,22,0,695,697,5,62,0,0,696,
        695,1,0,0,0,696,697,1,0,0,0,697,699,1,0,0,0,698,700,3,46,23,0,699,
        698,1,0,0,0,699,700,1,0,0,0,700,701,1,0,0,0,701,702,5,1,0,0,702,
        706,5,28,0,0,703,705,5,7,0,0,704,703,1,0,0,0,705,708,1,0,0,0,706,
        704,1,0,0,0,706,707,1,0,0,0,707,709,1,0,0,0,708,706,1,0,0,0,709,
        711,5,2,0,0,710,694,1,0,0,0,710,696,1,0,0,0,711,712,1,0,0,0,712,
        713,5,2,0,0,713,73,1,0,0,0,714,715,5,1,0,0,715,717,5,20,0,0,716,
        718,5,8,0,0,717,716,1,0,0,0,717,718,1,0,0,0,718,722,1,0,0,0,719,
        721,3,58,29,0,720,719,1,0,0,0,721,724,1,0,0,0,722,720,1,0,0,0,722,
        723,1,0,0,0,723,726,1,0,0,0,724,722,1,0,0,0,725,727,3,56,28,0,726,
        725,1,0,0,0,726,727,1,0,0,0,727,728,1,0,0,0,728,729,3,48,24,0,729,
        730,3,90,45,0,730,731,5,2,0,0,731,75,1,0,0,0,732,733,5,1,0,0,733,
        735,5,23,0,0,734,736,5,8,0,0,735,734,1,0,0,0,735,736,1,0,0,0,736,
        740,1,0,0,0,737,739,3,58,29,0,738,737,1,0,0,0,739,742,1,0,0,0,740,
        738,1,0,0,0,740,741,1,0,0,0,741,744,1,0,0,0,742,740,1,0,0,0,743,
        745,3,56,28,0,744,743,1,0,0,0,744,745,1,0,0,0,745,746,1,0,0,0,746,
        747,3,38,19,0,747,748,5,2,0,0,748,77,1,0,0,0,749,750,5,1,0,0,750,
        751,5,26,0,0,751,752,3,32,16,0,752,753,5,2,0,0,753,79,1,0,0,0,754,
        755,5,1,0,0,755,757,5,27,0,0,756,758,5,8,0,0,757,756,1,0,0,0,757,
        758,1,0,0,0,758,780,1,0,0,0,759,781,3,82,41,0,760,761,5,31,0,0,761,
        781,3,82,41,0,762,763,5,1,0,0,763,764,5,21,0,0,764,765,3,32,16,0,
        765,766,5,2,0,0,766,769,1,0,0,0,767,769,5,9,0,0,768,762,1,0,0,0,
        768,767,1,0,0,0,768,769,1,0,0,0,769,770,1,0,0,0,770,778,3,86,43,
        0,771,779,3,82,41,0,772,774,3,32,16,0,773,772,1,0,0,0,774,777,1,
        0,0,0,775,773,1,0,0,0,775,776,1,0,0,0,776,779,1,0,0,0,777,775,1,
        0,0,0,778,771,1,0,0,0,778,775,1,0,0,0,779,781,1,0,0,0,780,759,1,
        0,0,0,780,760,1,0,0,0,780,768,1,0,0,0,781,782,1,0,0,0,782,783,5,
        2,0,0,783,81,1,0,0,0,784,788,3,28,14,0,785,787,3,84,42,0,786,785,
        1,0,0,0,787,790,1,0,0,0,788,786,1,0,0,0,788,789,1,0,0,0,789,799,
        1,0,0,0,790,788,1,0,0,0,791,795,5,16,0,0,792,794,3,32,16,0,793,792,
        1,0,0,0,794,797,1,0,0,0,795,793,1,0,0,0,795,796,1,0,0,0,796,799,
        1,0,0,0,797,795,1,0,0,0,798,784,1,0,0,0,798,791,1,0,0,0,799,83,1,
        0,0,0,800,801,5,1,0,0,801,802,5,30,0,0,802,803,3,90,45,0,803,804,
        5,2,0,0,804,807,1,0,0,0,805,807,3,96,48,0,806,800,1,0,0,0,806,805,
        1,0,0,0,807,85,1,0,0,0,808,809,5,1,0,0,809,810,5,29,0,0,810,811,
        3,90,45,0,811,812,5,2,0,0,812,815,1,0,0,0,813,815,3,96,48,0,814,
        808,1,0,0,0,814,813,1,0,0,0,815,87,1,0,0,0,816,817,5,1,0,0,817,819,
        5,28,0,0,818,820,5,8,0,0,819,818,1,0,0,0,819,820,1,0,0,0,820,830,
        1,0,0,0,821,822,5,1,0,0,822,823,5,22,0,0,823,824,3,32,16,0,824,825,
        5,2,0,0,825,828,1,0,0,0,826,828,5,9,0,0,827,821,1,0,0,0,827,826,
        1,0,0,0,827,828,1,0,0,0,828,829,1,0,0,0,829,831,3,86,43,0,830,827,
        1,0,0,0,830,831,1,0,0,0,831,835,1,0,0,0,832,834,5,7,0,0,833,832,
        1,0,0,0,834,837,1,0,0,0,835,833,1,0,0,0,835,836,1,0,0,0,836,838,
        1,0,0,0,837,835,1,0,0,0,838,839,5,2,0,0,839,89,1,0,0,0,840,870,5,
        76,0,0,841,869,5,9,0,0,842,869,5,10,0,0,843,869,5,11,0,0,844,869,
        5,8,0,0,845,869,5,12,0,0,846,869,5,13,0,0,847,869,5,66,0,0,848,869,
        5,16,0,0,849,869,5,38,0,0,850,869,5,39,0,0,851,869,5,60,0,0,852,
        869,5,65,0,0,853,869,5,34,0,0,854,855,5,1,0,0,855,856,5,15,0,0,856,
        857,3,32,16,0,857,858,5,2,0,0,858,869,1,0,0,0,859,860,5,1,0,0,860,
        861,5,45,0,0,861,862,3,32,16,0,862,863,5,2,0,0,863,869,1,0,0,0,864,
        869,3,34,17,0,865,869,3,36,18,0,866,869,3,28,14,0,867,869,3,94,47,
        0,868,841,1,0,0,0,868,842,1,0,0,0,868,843,1,0,0,0,868,844,1,0,0,
        0,868,845,1,0,0,0,868,846,1,0,0,0,868,847,1,0,0,0,868,848,1,0,0,
        0,868,849,1,0,0,0,868,850,1,0,0,0,868,851,1,0,0,0,868,852,1,0,0,
        0,868,853,1,0,0,0,868,854,1,0,0,0,868,859,1,0,0,0,868,864,1,0,0,
        0,868,865,1,0,0,0,868,866,1,0,0,0,868,867,1,0,0,0,869,872,1,0,0,
        0,870,868,1,0,0,0,870,871,1,0,0,0,871,900,1,0,0,0,872,870,1,0,0,
        0,873,875,7,5,0,0,874,876,5,8,0,0,875,874,1,0,0,0,875,876,1,0,0,
        0,876,877,1,0,0,0,877,900,3,38,19,0,878,880,5,52,0,0,879,881,5,8,
        0,0,880,879,1,0,0,0,880,881,1,0,0,0,881,882,1,0,0,0,882,886,3,38,
        19,0,883,885,3,92,46,0,884,883,1,0,0,0,885,888,1,0,0,0,886,884,1,
        0,0,0,886,887,1,0,0,0,887,900,1,0,0,0,888,886,1,0,0,0,889,891,7,
        6,0,0,890,892,5,8,0,0,891,890,1,0,0,0,891,892,1,0,0,0,892,900,1,
        0,0,0,893,894,5,55,0,0,894,900,3,32,16,0,895,900,5,57,0,0,896,897,
        5,59,0,0,897,900,3,32,16,0,898,900,3,96,48,0,899,840,1,0,0,0,899,
        873,1,0,0,0,899,878,1,0,0,0,899,889,1,0,0,0,899,893,1,0,0,0,899,
        895,1,0,0,0,899,896,1,0,0,0,899,898,1,0,0,0,900,903,1,0,0,0,901,
        899,1,0,0,0,901,902,1,0,0,0,902,91,1,0,0,0,903,901,1,0,0,0,904,917,
        5,1,0,0,905,906,5,55,0,0,906,907,3,32,16,0,907,908,3,32,16,0,908,
        918,1,0,0,0,909,910,5,56,0,0,910,911,3,32,16,0,911,912,3,32,16,0,
        912,918,1,0,0,0,913,914,5,57,0,0,914,918,3,32,16,0,915,916,5,58,
        0,0,916,918,3,32,16,0,917,905,1,0,0,0,917,909,1,0,0,0,917,913,1,
        0,0,0,917,915,1,0,0,0,918,919,1,0,0,0,919,920,5,2,0,0,920,93,1,0,
        0,0,921,922,5,1,0,0,922,923,5,61,0,0,923,926,3,32,16,0,924,927,3,
        32,16,0,925,927,5,76,0,0,926,924,1,0,0,0,926,925,1,0,0,0,927,928,
        1,0,0,0,928,929,5,2,0,0,929,95,1,0,0,0,930,1044,5,1,0,0,931,961,
        5,76,0,0,932,960,5,9,0,0,933,960,5,10,0,0,934,960,5,11,0,0,935,960,
        5,8,0,0,936,960,5,12,0,0,937,960,5,13,0,0,938,960,5,66,0,0,939,960,
        5,16,0,0,940,960,5,38,0,0,941,960,5,39,0,0,942,960,5,60,0,0,943,
        960,5,65,0,0,944,960,5,34,0,0,945,946,5,1,0,0,946,947,5,15,0,0,947,
        948,3,32,16,0,948,949,5,2,0,0,949,960,1,0,0,0,950,951,5,1,0,0,951,
        952,5,45,0,0,952,953,3,32,16,0,953,954,5,2,0,0,954,960,1,0,0,0,955,
        960,3,34,17,0,956,960,3,36,18,0,957,960,3,28,14,0,958,960,3,94,47,
        0,959,932,1,0,0,0,959,933,1,0,0,0,959,934,1,0,0,0,959,935,1,0,0,
        0,959,936,1,0,0,0,959,937,1,0,0,0,959,938,1,0,0,0,959,939,1,0,0,
        0,959,940,1,0,0,0,959,941,1,0,0,0,959,942,1,0,0,0,959,943,1,0,0,
        0,959,944,1,0,0,0,959,945,1,0,0,0,959,950,1,0,0,0,959,955,1,0,0,
        0,959,956,1,0,0,0,959,957,1,0,0,0,959,958,1,0,0,0,960,963,1,0,0,
        0,961,959,1,0,0,0,961,962,1,0,0,0,962,967,1,0,0,0,963,961,1,0,0,
        0,964,966,3,96,48,0,965,964,1,0,0,0,966,969,1,0,0,0,967,965,1,0,
        0,0,967,968,1,0,0,0,968,970,1,0,0,0,969,967,1,0,0,0,970,1045,5,2,
        0,0,971,973,7,7,0,0,972,974,5,8,0,0,973,972,1,0,0,0,973,974,1,0,
        0,0,974,975,1,0,0,0,975,976,3,38,19,0,976,977,3,90,45,0,977,978,
        5,2,0,0,978,1045,1,0,0,0,979,981,5,48,0,0,980,982,5,8,0,0,981,980,
        1,0,0,0,981,982,1,0,0,0,982,983,1,0,0,0,983,987,3,38,19,0,984,986,
        3,96,48,0,985,984,1,0,0,0,986,989,1,0,0,0,987,985,1,0,0,0,987,988,
        1,0,0,0,988,990,1,0,0,0,989,987,1,0,0,0,990,991,5,1,0,0,991,992,
        5,49,0,0,992,993,3,90,45,0,993,999,5,2,0,0,994,995,5,1,0,0,995,996,
        5,50,0,0,996,997,3,90,45,0,997,998,5,2,0,0,998,1000,1,0,0,0,999,
        994,1,0,0,0,999,1000,1,0,0,0,1000,1001,1,0,0,0,1001,1002,5,2,0,0,
        1002,1045,1,0,0,0,1003,1005,5,52,0,0,1004,1006,5,8,0,0,1005,1004,
        1,0,0,0,1005,1006,1,0,0,0,1006,1007,1,0,0,0,1007,1011,3,38,19,0,
        1008,1010,3,92,46,0,1009,1008,1,0,0,0,1010,1013,1,0,0,0,1011,1009,
        1,0,0,0,1011,1012,1,0,0,0,1012,1014,1,0,0,0,1013,1011,1,0,0,0,1014,
        1015,3,90,45,0,1015,1016,5,2,0,0,1016,1045,1,0,0,0,1017,1019,5,53,
        0,0,1018,1020,5,8,0,0,1019,1018,1,0,0,0,1019,1020,1,0,0,0,1020,1021,
        1,0,0,0,1021,1022,3,38,19,0,1022,1023,5,1,0,0,1023,1024,5,54,0,0,
        1024,1025,3,90,45,0,1025,1040,5,2,0,0,1026,1028,3,98,49,0,1027,1026,
        1,0,0,0,1028,1031,1,0,0,0,1029,1027,1,0,0,0,1029,1030,1,0,0,0,1030,
        1033,1,0,0,0,1031,1029,1,0,0,0,1032,1034,3,100,50,0,1033,1032,1,
        0,0,0,1033,1034,1,0,0,0,1034,1041,1,0,0,0,1035,1036,5,1,0,0,1036,
        1037,5,59,0,0,1037,1038,3,32,16,0,1038,1039,5,2,0,0,1039,1041,1,
        0,0,0,1040,1029,1,0,0,0,1040,1035,1,0,0,0,1041,1042,1,0,0,0,1042,
        1043,5,2,0,0,1043,1045,1,0,0,0,1044,931,1,0,0,0,1044,971,1,0,0,0,
        1044,979,1,0,0,0,1044,1003,1,0,0,0,1044,1017,1,0,0,0,1045,97,1,0,
        0,0,1046,1047,5,1,0,0,1047,1048,5,55,0,0,1048,1049,3,32,16,0,1049,
        1050,3,90,45,0,1050,1051,5,2,0,0,1051,99,1,0,0,0,1052,1053,5,1,0,
        0,1053,1054,5,57,0,0,1054,1055,3,90,45,0,1055,1056,5,2,0,0,1056,
        101,1,0,0,0,141,114,116,123,127,133,136,143,151,155,157,167,171,
        176,179,193,195,202,205,212,215,218,223,229,236,240,258,260,269,
        274,279,289,297,302,309,316,323,332,338,347,361,370,373,383,388,
        394,399,412,421,425,427,430,438,440,450,455,461,465,469,476,479,
        492,495,505,508,510,518,525,529,536,544,552,560,565,592,597,601,
        605,610,626,630,632,635,642,647,651,657,665,670,672,676,683,688,
        692,696,699,706,710,717,722,726,735,740,744,757,768,775,778,780,
        788,795,798,806,814,819,827,830,835,868,870,875,880,886,891,899,
        901,917,926,959,961,967,973,981,987,999,1005,1011,1019,1029,1033,
        1040,1044
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
