
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
    public static readonly RULE_globalType = 22;
    public static readonly RULE_importField = 23;
    public static readonly RULE_importDesc = 24;
    public static readonly RULE_inlineImport = 25;
    public static readonly RULE_inlineExport = 26;
    public static readonly RULE_exportField = 27;
    public static readonly RULE_exportKind = 28;
    public static readonly RULE_funcField = 29;
    public static readonly RULE_local = 30;
    public static readonly RULE_tableField = 31;
    public static readonly RULE_memoryField = 32;
    public static readonly RULE_globalField = 33;
    public static readonly RULE_tagField = 34;
    public static readonly RULE_startField = 35;
    public static readonly RULE_elemField = 36;
    public static readonly RULE_elemList = 37;
    public static readonly RULE_elemItem = 38;
    public static readonly RULE_offset = 39;
    public static readonly RULE_dataField = 40;
    public static readonly RULE_instrList = 41;
    public static readonly RULE_blockInstr = 42;
    public static readonly RULE_legacyCatch = 43;
    public static readonly RULE_legacyCatchAll = 44;
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
        "script", "command", "module", "action", "value", "sexpr", "typeDef", 
        "recType", "subType", "compType", "field", "fieldType", "storageType", 
        "refType", "heapType", "idx", "param", "result", "typeUse", "limits", 
        "tableType", "memoryType", "globalType", "importField", "importDesc", 
        "inlineImport", "inlineExport", "exportField", "exportKind", "funcField", 
        "local", "tableField", "memoryField", "globalField", "tagField", 
        "startField", "elemField", "elemList", "elemItem", "offset", "dataField", 
        "instrList", "blockInstr", "legacyCatch", "legacyCatchAll", "catchClause", 
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
                while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4294967290) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 4294967295) !== 0) || ((((_la - 64)) & ~0x1F) === 0 && ((1 << (_la - 64)) & 255) !== 0)) {
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
                if (_la === 63) {
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
                    if(!(_la === 61 || _la === 62)) {
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
            if(!(_la === 68 || _la === 70)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 255;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 69378) !== 0) || ((((_la - 34)) & ~0x1F) === 0 && ((1 << (_la - 34)) & 100663345) !== 0) || _la === 70 || _la === 71) {
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
                while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 4294967290) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & 4294967295) !== 0) || ((((_la - 64)) & ~0x1F) === 0 && ((1 << (_la - 64)) & 255) !== 0)) {
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
                this.compType();
                this.state = 301;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 303;
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
            this.state = 335;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 37, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 306;
                this.match(WatParser.LPAR);
                this.state = 307;
                this.match(WatParser.FUNC);
                this.state = 311;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 34, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 308;
                        this.param();
                        }
                        }
                    }
                    this.state = 313;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 34, this.context);
                }
                this.state = 317;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 314;
                    this.result();
                    }
                    }
                    this.state = 319;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 320;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 321;
                this.match(WatParser.LPAR);
                this.state = 322;
                this.match(WatParser.STRUCT);
                this.state = 326;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 323;
                    this.field();
                    }
                    }
                    this.state = 328;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 329;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 330;
                this.match(WatParser.LPAR);
                this.state = 331;
                this.match(WatParser.ARRAY);
                this.state = 332;
                this.fieldType();
                this.state = 333;
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
            this.state = 337;
            this.match(WatParser.LPAR);
            this.state = 338;
            this.match(WatParser.FIELD);
            this.state = 347;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 339;
                this.match(WatParser.ID);
                this.state = 340;
                this.fieldType();
                }
                break;
            case WatParser.LPAR:
            case WatParser.RPAR:
            case WatParser.NUM_TYPE:
            case WatParser.PACKED_TYPE:
            case WatParser.REF_SHORTHAND:
                {
                this.state = 344;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || ((((_la - 56)) & ~0x1F) === 0 && ((1 << (_la - 56)) & 7) !== 0)) {
                    {
                    {
                    this.state = 341;
                    this.fieldType();
                    }
                    }
                    this.state = 346;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 349;
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
            this.state = 357;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 40, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 351;
                this.storageType();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 352;
                this.match(WatParser.LPAR);
                this.state = 353;
                this.match(WatParser.MUT);
                this.state = 354;
                this.storageType();
                this.state = 355;
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
            this.state = 362;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.NUM_TYPE:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 359;
                this.match(WatParser.NUM_TYPE);
                }
                break;
            case WatParser.LPAR:
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 360;
                this.refType();
                }
                break;
            case WatParser.PACKED_TYPE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 361;
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
            this.state = 373;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 364;
                this.match(WatParser.REF_SHORTHAND);
                }
                break;
            case WatParser.LPAR:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 365;
                this.match(WatParser.LPAR);
                this.state = 366;
                this.match(WatParser.REF);
                this.state = 368;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 34) {
                    {
                    this.state = 367;
                    this.match(WatParser.NULL);
                    }
                }

                this.state = 370;
                this.heapType();
                this.state = 371;
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
            this.state = 380;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.FUNC:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 375;
                this.match(WatParser.FUNC);
                }
                break;
            case WatParser.STRUCT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 376;
                this.match(WatParser.STRUCT);
                }
                break;
            case WatParser.ARRAY:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 377;
                this.match(WatParser.ARRAY);
                }
                break;
            case WatParser.HEAP_TYPE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 378;
                this.match(WatParser.HEAP_TYPE);
                }
                break;
            case WatParser.ID:
            case WatParser.NAT:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 379;
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
            this.state = 382;
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
            this.state = 384;
            this.match(WatParser.LPAR);
            this.state = 385;
            this.match(WatParser.PARAM);
            this.state = 398;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 386;
                this.match(WatParser.ID);
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
                break;
            case WatParser.LPAR:
            case WatParser.RPAR:
            case WatParser.NUM_TYPE:
            case WatParser.REF_SHORTHAND:
                {
                this.state = 395;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 56 || _la === 58) {
                    {
                    this.state = 393;
                    this.errorHandler.sync(this);
                    switch (this.tokenStream.LA(1)) {
                    case WatParser.NUM_TYPE:
                        {
                        this.state = 391;
                        this.match(WatParser.NUM_TYPE);
                        }
                        break;
                    case WatParser.LPAR:
                    case WatParser.REF_SHORTHAND:
                        {
                        this.state = 392;
                        this.refType();
                        }
                        break;
                    default:
                        throw new antlr.NoViableAltException(this);
                    }
                    }
                    this.state = 397;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 400;
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
            this.state = 402;
            this.match(WatParser.LPAR);
            this.state = 403;
            this.match(WatParser.RESULT);
            this.state = 408;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || _la === 56 || _la === 58) {
                {
                this.state = 406;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 404;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 405;
                    this.refType();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 410;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 411;
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
            this.state = 418;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 51, this.context) ) {
            case 1:
                {
                this.state = 413;
                this.match(WatParser.LPAR);
                this.state = 414;
                this.match(WatParser.TYPE);
                this.state = 415;
                this.idx();
                this.state = 416;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 423;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 52, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 420;
                    this.param();
                    }
                    }
                }
                this.state = 425;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 52, this.context);
            }
            this.state = 429;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 53, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 426;
                    this.result();
                    }
                    }
                }
                this.state = 431;
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
            this.state = 433;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 56) {
                {
                this.state = 432;
                this.match(WatParser.NUM_TYPE);
                }
            }

            this.state = 435;
            this.match(WatParser.NAT);
            this.state = 437;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 9) {
                {
                this.state = 436;
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
            this.state = 439;
            this.limits();
            this.state = 440;
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
            this.state = 442;
            this.limits();
            this.state = 444;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 41) {
                {
                this.state = 443;
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
        this.enterRule(localContext, 44, WatParser.RULE_globalType);
        try {
            this.state = 455;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 58, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 446;
                this.match(WatParser.NUM_TYPE);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 447;
                this.refType();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 448;
                this.match(WatParser.LPAR);
                this.state = 449;
                this.match(WatParser.MUT);
                this.state = 452;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 450;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 451;
                    this.refType();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                this.state = 454;
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
        this.enterRule(localContext, 46, WatParser.RULE_importField);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 457;
            this.match(WatParser.LPAR);
            this.state = 458;
            this.match(WatParser.IMPORT);
            this.state = 459;
            this.match(WatParser.STRING);
            this.state = 460;
            this.match(WatParser.STRING);
            this.state = 461;
            this.importDesc();
            this.state = 462;
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
        this.enterRule(localContext, 48, WatParser.RULE_importDesc);
        let _la: number;
        try {
            this.state = 504;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 64, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 464;
                this.match(WatParser.LPAR);
                this.state = 465;
                this.match(WatParser.FUNC);
                this.state = 467;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 466;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 469;
                this.typeUse();
                this.state = 470;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 472;
                this.match(WatParser.LPAR);
                this.state = 473;
                this.match(WatParser.TABLE);
                this.state = 475;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 474;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 477;
                this.tableType();
                this.state = 478;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 480;
                this.match(WatParser.LPAR);
                this.state = 481;
                this.match(WatParser.MEMORY);
                this.state = 483;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 482;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 485;
                this.memoryType();
                this.state = 486;
                this.match(WatParser.RPAR);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 488;
                this.match(WatParser.LPAR);
                this.state = 489;
                this.match(WatParser.GLOBAL);
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
                this.globalType();
                this.state = 494;
                this.match(WatParser.RPAR);
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 496;
                this.match(WatParser.LPAR);
                this.state = 497;
                this.match(WatParser.TAG);
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
                this.typeUse();
                this.state = 502;
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
        this.enterRule(localContext, 50, WatParser.RULE_inlineImport);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 506;
            this.match(WatParser.LPAR);
            this.state = 507;
            this.match(WatParser.IMPORT);
            this.state = 508;
            this.match(WatParser.STRING);
            this.state = 509;
            this.match(WatParser.STRING);
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
    public inlineExport(): InlineExportContext {
        let localContext = new InlineExportContext(this.context, this.state);
        this.enterRule(localContext, 52, WatParser.RULE_inlineExport);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 512;
            this.match(WatParser.LPAR);
            this.state = 513;
            this.match(WatParser.EXPORT);
            this.state = 514;
            this.match(WatParser.STRING);
            this.state = 515;
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
        this.enterRule(localContext, 54, WatParser.RULE_exportField);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 517;
            this.match(WatParser.LPAR);
            this.state = 518;
            this.match(WatParser.EXPORT);
            this.state = 519;
            this.match(WatParser.STRING);
            this.state = 520;
            this.match(WatParser.LPAR);
            this.state = 521;
            this.exportKind();
            this.state = 522;
            this.idx();
            this.state = 523;
            this.match(WatParser.RPAR);
            this.state = 524;
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
        this.enterRule(localContext, 56, WatParser.RULE_exportKind);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 526;
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
        this.enterRule(localContext, 58, WatParser.RULE_funcField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 528;
            this.match(WatParser.LPAR);
            this.state = 529;
            this.match(WatParser.FUNC);
            this.state = 531;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 530;
                this.match(WatParser.ID);
                }
            }

            this.state = 536;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 66, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 533;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 538;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 66, this.context);
            }
            this.state = 540;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 67, this.context) ) {
            case 1:
                {
                this.state = 539;
                this.inlineImport();
                }
                break;
            }
            this.state = 542;
            this.typeUse();
            this.state = 546;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 68, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 543;
                    this.local();
                    }
                    }
                }
                this.state = 548;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 68, this.context);
            }
            this.state = 549;
            this.instrList();
            this.state = 550;
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
        this.enterRule(localContext, 60, WatParser.RULE_local);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 552;
            this.match(WatParser.LPAR);
            this.state = 553;
            this.match(WatParser.LOCAL);
            this.state = 566;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.ID:
                {
                this.state = 554;
                this.match(WatParser.ID);
                this.state = 557;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.NUM_TYPE:
                    {
                    this.state = 555;
                    this.match(WatParser.NUM_TYPE);
                    }
                    break;
                case WatParser.LPAR:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 556;
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
                this.state = 563;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1 || _la === 56 || _la === 58) {
                    {
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
                    this.state = 565;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 568;
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
        this.enterRule(localContext, 62, WatParser.RULE_tableField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 570;
            this.match(WatParser.LPAR);
            this.state = 571;
            this.match(WatParser.TABLE);
            this.state = 573;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 572;
                this.match(WatParser.ID);
                }
            }

            this.state = 578;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 74, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 575;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 580;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 74, this.context);
            }
            this.state = 582;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 75, this.context) ) {
            case 1:
                {
                this.state = 581;
                this.inlineImport();
                }
                break;
            }
            this.state = 607;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 80, this.context) ) {
            case 1:
                {
                this.state = 584;
                this.tableType();
                this.state = 585;
                this.instrList();
                }
                break;
            case 2:
                {
                this.state = 588;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 56) {
                    {
                    this.state = 587;
                    this.match(WatParser.NUM_TYPE);
                    }
                }

                this.state = 590;
                this.refType();
                this.state = 591;
                this.match(WatParser.LPAR);
                this.state = 592;
                this.match(WatParser.ELEM);
                this.state = 603;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                    {
                    this.state = 594;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    do {
                        {
                        {
                        this.state = 593;
                        this.elemItem();
                        }
                        }
                        this.state = 596;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    } while (_la === 1);
                    }
                    break;
                case WatParser.ID:
                case WatParser.NAT:
                    {
                    this.state = 599;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    do {
                        {
                        {
                        this.state = 598;
                        this.idx();
                        }
                        }
                        this.state = 601;
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
                this.state = 605;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 609;
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
        this.enterRule(localContext, 64, WatParser.RULE_memoryField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 611;
            this.match(WatParser.LPAR);
            this.state = 612;
            this.match(WatParser.MEMORY);
            this.state = 614;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 613;
                this.match(WatParser.ID);
                }
            }

            this.state = 619;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 82, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 616;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 621;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 82, this.context);
            }
            this.state = 623;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 83, this.context) ) {
            case 1:
                {
                this.state = 622;
                this.inlineImport();
                }
                break;
            }
            this.state = 638;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 86, this.context) ) {
            case 1:
                {
                this.state = 625;
                this.memoryType();
                }
                break;
            case 2:
                {
                this.state = 627;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 56) {
                    {
                    this.state = 626;
                    this.match(WatParser.NUM_TYPE);
                    }
                }

                this.state = 629;
                this.match(WatParser.LPAR);
                this.state = 630;
                this.match(WatParser.DATA);
                this.state = 634;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 7) {
                    {
                    {
                    this.state = 631;
                    this.match(WatParser.STRING);
                    }
                    }
                    this.state = 636;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 637;
                this.match(WatParser.RPAR);
                }
                break;
            }
            this.state = 640;
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
        this.enterRule(localContext, 66, WatParser.RULE_globalField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 642;
            this.match(WatParser.LPAR);
            this.state = 643;
            this.match(WatParser.GLOBAL);
            this.state = 645;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 644;
                this.match(WatParser.ID);
                }
            }

            this.state = 650;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 88, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 647;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 652;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 88, this.context);
            }
            this.state = 654;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 89, this.context) ) {
            case 1:
                {
                this.state = 653;
                this.inlineImport();
                }
                break;
            }
            this.state = 656;
            this.globalType();
            this.state = 657;
            this.instrList();
            this.state = 658;
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
        this.enterRule(localContext, 68, WatParser.RULE_tagField);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 660;
            this.match(WatParser.LPAR);
            this.state = 661;
            this.match(WatParser.TAG);
            this.state = 663;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 662;
                this.match(WatParser.ID);
                }
            }

            this.state = 668;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 91, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 665;
                    this.inlineExport();
                    }
                    }
                }
                this.state = 670;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 91, this.context);
            }
            this.state = 672;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 92, this.context) ) {
            case 1:
                {
                this.state = 671;
                this.inlineImport();
                }
                break;
            }
            this.state = 674;
            this.typeUse();
            this.state = 675;
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
        this.enterRule(localContext, 70, WatParser.RULE_startField);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 677;
            this.match(WatParser.LPAR);
            this.state = 678;
            this.match(WatParser.START);
            this.state = 679;
            this.idx();
            this.state = 680;
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
        this.enterRule(localContext, 72, WatParser.RULE_elemField);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 682;
            this.match(WatParser.LPAR);
            this.state = 683;
            this.match(WatParser.ELEM);
            this.state = 685;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 684;
                this.match(WatParser.ID);
                }
            }

            this.state = 708;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 97, this.context) ) {
            case 1:
                {
                this.state = 687;
                this.elemList();
                }
                break;
            case 2:
                {
                this.state = 688;
                this.match(WatParser.DECLARE);
                this.state = 689;
                this.elemList();
                }
                break;
            case 3:
                {
                this.state = 696;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 94, this.context) ) {
                case 1:
                    {
                    this.state = 690;
                    this.match(WatParser.LPAR);
                    this.state = 691;
                    this.match(WatParser.TABLE);
                    this.state = 692;
                    this.idx();
                    this.state = 693;
                    this.match(WatParser.RPAR);
                    }
                    break;
                case 2:
                    {
                    this.state = 695;
                    this.match(WatParser.NAT);
                    }
                    break;
                }
                this.state = 698;
                this.offset();
                this.state = 706;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.LPAR:
                case WatParser.FUNC:
                case WatParser.REF_SHORTHAND:
                    {
                    this.state = 699;
                    this.elemList();
                    }
                    break;
                case WatParser.RPAR:
                case WatParser.ID:
                case WatParser.NAT:
                    {
                    this.state = 703;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 8 || _la === 9) {
                        {
                        {
                        this.state = 700;
                        this.idx();
                        }
                        }
                        this.state = 705;
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
            this.state = 710;
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
        this.enterRule(localContext, 74, WatParser.RULE_elemList);
        let _la: number;
        try {
            this.state = 726;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.LPAR:
            case WatParser.REF_SHORTHAND:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 712;
                this.refType();
                this.state = 716;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 713;
                    this.elemItem();
                    }
                    }
                    this.state = 718;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case WatParser.FUNC:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 719;
                this.match(WatParser.FUNC);
                this.state = 723;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 8 || _la === 9) {
                    {
                    {
                    this.state = 720;
                    this.idx();
                    }
                    }
                    this.state = 725;
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
        this.enterRule(localContext, 76, WatParser.RULE_elemItem);
        try {
            this.state = 734;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 101, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 728;
                this.match(WatParser.LPAR);
                this.state = 729;
                this.match(WatParser.ITEM);
                this.state = 730;
                this.instrList();
                this.state = 731;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 733;
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
        this.enterRule(localContext, 78, WatParser.RULE_offset);
        try {
            this.state = 742;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 102, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 736;
                this.match(WatParser.LPAR);
                this.state = 737;
                this.match(WatParser.OFFSET);
                this.state = 738;
                this.instrList();
                this.state = 739;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 741;
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
        this.enterRule(localContext, 80, WatParser.RULE_dataField);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 744;
            this.match(WatParser.LPAR);
            this.state = 745;
            this.match(WatParser.DATA);
            this.state = 747;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 8) {
                {
                this.state = 746;
                this.match(WatParser.ID);
                }
            }

            this.state = 758;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 1 || _la === 9) {
                {
                this.state = 755;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 104, this.context) ) {
                case 1:
                    {
                    this.state = 749;
                    this.match(WatParser.LPAR);
                    this.state = 750;
                    this.match(WatParser.MEMORY);
                    this.state = 751;
                    this.idx();
                    this.state = 752;
                    this.match(WatParser.RPAR);
                    }
                    break;
                case 2:
                    {
                    this.state = 754;
                    this.match(WatParser.NAT);
                    }
                    break;
                }
                this.state = 757;
                this.offset();
                }
            }

            this.state = 763;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 7) {
                {
                {
                this.state = 760;
                this.match(WatParser.STRING);
                }
                }
                this.state = 765;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 766;
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
        this.enterRule(localContext, 82, WatParser.RULE_instrList);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 799;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 1 || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & 268435655) !== 0)) {
                {
                this.state = 797;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.KEYWORD:
                    {
                    this.state = 768;
                    this.match(WatParser.KEYWORD);
                    this.state = 792;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 108, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            this.state = 790;
                            this.errorHandler.sync(this);
                            switch (this.interpreter.adaptivePredict(this.tokenStream, 107, this.context) ) {
                            case 1:
                                {
                                this.state = 769;
                                this.match(WatParser.NAT);
                                }
                                break;
                            case 2:
                                {
                                this.state = 770;
                                this.match(WatParser.INT);
                                }
                                break;
                            case 3:
                                {
                                this.state = 771;
                                this.match(WatParser.FLOAT);
                                }
                                break;
                            case 4:
                                {
                                this.state = 772;
                                this.match(WatParser.ID);
                                }
                                break;
                            case 5:
                                {
                                this.state = 773;
                                this.match(WatParser.MEM_OFFSET);
                                }
                                break;
                            case 6:
                                {
                                this.state = 774;
                                this.match(WatParser.MEM_ALIGN);
                                }
                                break;
                            case 7:
                                {
                                this.state = 775;
                                this.match(WatParser.SHAPE);
                                }
                                break;
                            case 8:
                                {
                                this.state = 776;
                                this.match(WatParser.REF_SHORTHAND);
                                }
                                break;
                            case 9:
                                {
                                this.state = 777;
                                this.match(WatParser.FUNC);
                                }
                                break;
                            case 10:
                                {
                                this.state = 778;
                                this.match(WatParser.STRUCT);
                                }
                                break;
                            case 11:
                                {
                                this.state = 779;
                                this.match(WatParser.ARRAY);
                                }
                                break;
                            case 12:
                                {
                                this.state = 780;
                                this.match(WatParser.HEAP_TYPE);
                                }
                                break;
                            case 13:
                                {
                                this.state = 781;
                                this.match(WatParser.NULL);
                                }
                                break;
                            case 14:
                                {
                                this.state = 782;
                                this.match(WatParser.LPAR);
                                this.state = 783;
                                this.match(WatParser.TYPE);
                                this.state = 784;
                                this.idx();
                                this.state = 785;
                                this.match(WatParser.RPAR);
                                }
                                break;
                            case 15:
                                {
                                this.state = 787;
                                this.param();
                                }
                                break;
                            case 16:
                                {
                                this.state = 788;
                                this.result();
                                }
                                break;
                            case 17:
                                {
                                this.state = 789;
                                this.refType();
                                }
                                break;
                            }
                            }
                        }
                        this.state = 794;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 108, this.context);
                    }
                    }
                    break;
                case WatParser.BLOCK:
                case WatParser.LOOP:
                case WatParser.IF:
                case WatParser.TRY_TABLE:
                case WatParser.TRY:
                    {
                    this.state = 795;
                    this.blockInstr();
                    }
                    break;
                case WatParser.LPAR:
                    {
                    this.state = 796;
                    this.foldedInstr();
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                this.state = 801;
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
        this.enterRule(localContext, 84, WatParser.RULE_blockInstr);
        let _la: number;
        try {
            let alternative: number;
            this.state = 868;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.BLOCK:
            case WatParser.LOOP:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 802;
                _la = this.tokenStream.LA(1);
                if(!(_la === 42 || _la === 43)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 804;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 803;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 806;
                this.typeUse();
                this.state = 807;
                this.instrList();
                this.state = 808;
                this.match(WatParser.END);
                this.state = 810;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 809;
                    this.match(WatParser.ID);
                    }
                }

                }
                break;
            case WatParser.IF:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 812;
                this.match(WatParser.IF);
                this.state = 814;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 813;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 816;
                this.typeUse();
                this.state = 817;
                this.instrList();
                this.state = 823;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 46) {
                    {
                    this.state = 818;
                    this.match(WatParser.ELSE);
                    this.state = 820;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 819;
                        this.match(WatParser.ID);
                        }
                    }

                    this.state = 822;
                    this.instrList();
                    }
                }

                this.state = 825;
                this.match(WatParser.END);
                this.state = 827;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 826;
                    this.match(WatParser.ID);
                    }
                }

                }
                break;
            case WatParser.TRY_TABLE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 829;
                this.match(WatParser.TRY_TABLE);
                this.state = 831;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 830;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 833;
                this.typeUse();
                this.state = 837;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 118, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 834;
                        this.catchClause();
                        }
                        }
                    }
                    this.state = 839;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 118, this.context);
                }
                this.state = 840;
                this.instrList();
                this.state = 841;
                this.match(WatParser.END);
                this.state = 843;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 842;
                    this.match(WatParser.ID);
                    }
                }

                }
                break;
            case WatParser.TRY:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 845;
                this.match(WatParser.TRY);
                this.state = 847;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 846;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 849;
                this.typeUse();
                this.state = 850;
                this.instrList();
                this.state = 866;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case WatParser.END:
                case WatParser.CATCH:
                case WatParser.CATCH_ALL:
                    {
                    this.state = 854;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 51) {
                        {
                        {
                        this.state = 851;
                        this.legacyCatch();
                        }
                        }
                        this.state = 856;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    this.state = 858;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 53) {
                        {
                        this.state = 857;
                        this.legacyCatchAll();
                        }
                    }

                    this.state = 860;
                    this.match(WatParser.END);
                    this.state = 862;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 8) {
                        {
                        this.state = 861;
                        this.match(WatParser.ID);
                        }
                    }

                    }
                    break;
                case WatParser.DELEGATE:
                    {
                    this.state = 864;
                    this.match(WatParser.DELEGATE);
                    this.state = 865;
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
        this.enterRule(localContext, 86, WatParser.RULE_legacyCatch);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 870;
            this.match(WatParser.CATCH);
            this.state = 871;
            this.idx();
            this.state = 872;
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
        this.enterRule(localContext, 88, WatParser.RULE_legacyCatchAll);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 874;
            this.match(WatParser.CATCH_ALL);
            this.state = 875;
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
        this.enterRule(localContext, 90, WatParser.RULE_catchClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 877;
            this.match(WatParser.LPAR);
            this.state = 890;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case WatParser.CATCH:
                {
                this.state = 878;
                this.match(WatParser.CATCH);
                this.state = 879;
                this.idx();
                this.state = 880;
                this.idx();
                }
                break;
            case WatParser.CATCH_REF:
                {
                this.state = 882;
                this.match(WatParser.CATCH_REF);
                this.state = 883;
                this.idx();
                this.state = 884;
                this.idx();
                }
                break;
            case WatParser.CATCH_ALL:
                {
                this.state = 886;
                this.match(WatParser.CATCH_ALL);
                this.state = 887;
                this.idx();
                }
                break;
            case WatParser.CATCH_ALL_REF:
                {
                this.state = 888;
                this.match(WatParser.CATCH_ALL_REF);
                this.state = 889;
                this.idx();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 892;
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
            this.state = 1006;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 140, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 894;
                this.match(WatParser.LPAR);
                this.state = 895;
                this.match(WatParser.KEYWORD);
                this.state = 919;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 128, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        this.state = 917;
                        this.errorHandler.sync(this);
                        switch (this.interpreter.adaptivePredict(this.tokenStream, 127, this.context) ) {
                        case 1:
                            {
                            this.state = 896;
                            this.match(WatParser.NAT);
                            }
                            break;
                        case 2:
                            {
                            this.state = 897;
                            this.match(WatParser.INT);
                            }
                            break;
                        case 3:
                            {
                            this.state = 898;
                            this.match(WatParser.FLOAT);
                            }
                            break;
                        case 4:
                            {
                            this.state = 899;
                            this.match(WatParser.ID);
                            }
                            break;
                        case 5:
                            {
                            this.state = 900;
                            this.match(WatParser.MEM_OFFSET);
                            }
                            break;
                        case 6:
                            {
                            this.state = 901;
                            this.match(WatParser.MEM_ALIGN);
                            }
                            break;
                        case 7:
                            {
                            this.state = 902;
                            this.match(WatParser.SHAPE);
                            }
                            break;
                        case 8:
                            {
                            this.state = 903;
                            this.match(WatParser.REF_SHORTHAND);
                            }
                            break;
                        case 9:
                            {
                            this.state = 904;
                            this.match(WatParser.FUNC);
                            }
                            break;
                        case 10:
                            {
                            this.state = 905;
                            this.match(WatParser.STRUCT);
                            }
                            break;
                        case 11:
                            {
                            this.state = 906;
                            this.match(WatParser.ARRAY);
                            }
                            break;
                        case 12:
                            {
                            this.state = 907;
                            this.match(WatParser.HEAP_TYPE);
                            }
                            break;
                        case 13:
                            {
                            this.state = 908;
                            this.match(WatParser.NULL);
                            }
                            break;
                        case 14:
                            {
                            this.state = 909;
                            this.match(WatParser.LPAR);
                            this.state = 910;
                            this.match(WatParser.TYPE);
                            this.state = 911;
                            this.idx();
                            this.state = 912;
                            this.match(WatParser.RPAR);
                            }
                            break;
                        case 15:
                            {
                            this.state = 914;
                            this.param();
                            }
                            break;
                        case 16:
                            {
                            this.state = 915;
                            this.result();
                            }
                            break;
                        case 17:
                            {
                            this.state = 916;
                            this.refType();
                            }
                            break;
                        }
                        }
                    }
                    this.state = 921;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 128, this.context);
                }
                this.state = 925;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 1) {
                    {
                    {
                    this.state = 922;
                    this.foldedInstr();
                    }
                    }
                    this.state = 927;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 928;
                this.match(WatParser.RPAR);
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 929;
                this.match(WatParser.LPAR);
                this.state = 930;
                _la = this.tokenStream.LA(1);
                if(!(_la === 42 || _la === 43)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 932;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 931;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 934;
                this.typeUse();
                this.state = 935;
                this.instrList();
                this.state = 936;
                this.match(WatParser.RPAR);
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 938;
                this.match(WatParser.LPAR);
                this.state = 939;
                this.match(WatParser.IF);
                this.state = 941;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 940;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 943;
                this.typeUse();
                this.state = 947;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 132, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 944;
                        this.foldedInstr();
                        }
                        }
                    }
                    this.state = 949;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 132, this.context);
                }
                this.state = 950;
                this.match(WatParser.LPAR);
                this.state = 951;
                this.match(WatParser.THEN);
                this.state = 952;
                this.instrList();
                this.state = 953;
                this.match(WatParser.RPAR);
                this.state = 959;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 1) {
                    {
                    this.state = 954;
                    this.match(WatParser.LPAR);
                    this.state = 955;
                    this.match(WatParser.ELSE);
                    this.state = 956;
                    this.instrList();
                    this.state = 957;
                    this.match(WatParser.RPAR);
                    }
                }

                this.state = 961;
                this.match(WatParser.RPAR);
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 963;
                this.match(WatParser.LPAR);
                this.state = 964;
                this.match(WatParser.TRY_TABLE);
                this.state = 966;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 8) {
                    {
                    this.state = 965;
                    this.match(WatParser.ID);
                    }
                }

                this.state = 968;
                this.typeUse();
                this.state = 972;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 135, this.context);
                while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                    if (alternative === 1) {
                        {
                        {
                        this.state = 969;
                        this.catchClause();
                        }
                        }
                    }
                    this.state = 974;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 135, this.context);
                }
                this.state = 975;
                this.instrList();
                this.state = 976;
                this.match(WatParser.RPAR);
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 978;
                this.match(WatParser.LPAR);
                this.state = 979;
                this.match(WatParser.TRY);
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
                this.state = 984;
                this.match(WatParser.LPAR);
                this.state = 985;
                this.match(WatParser.DO);
                this.state = 986;
                this.instrList();
                this.state = 987;
                this.match(WatParser.RPAR);
                this.state = 1002;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 139, this.context) ) {
                case 1:
                    {
                    this.state = 991;
                    this.errorHandler.sync(this);
                    alternative = this.interpreter.adaptivePredict(this.tokenStream, 137, this.context);
                    while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                        if (alternative === 1) {
                            {
                            {
                            this.state = 988;
                            this.foldedCatch();
                            }
                            }
                        }
                        this.state = 993;
                        this.errorHandler.sync(this);
                        alternative = this.interpreter.adaptivePredict(this.tokenStream, 137, this.context);
                    }
                    this.state = 995;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 1) {
                        {
                        this.state = 994;
                        this.foldedCatchAll();
                        }
                    }

                    }
                    break;
                case 2:
                    {
                    this.state = 997;
                    this.match(WatParser.LPAR);
                    this.state = 998;
                    this.match(WatParser.DELEGATE);
                    this.state = 999;
                    this.idx();
                    this.state = 1000;
                    this.match(WatParser.RPAR);
                    }
                    break;
                }
                this.state = 1004;
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
        this.enterRule(localContext, 94, WatParser.RULE_foldedCatch);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1008;
            this.match(WatParser.LPAR);
            this.state = 1009;
            this.match(WatParser.CATCH);
            this.state = 1010;
            this.idx();
            this.state = 1011;
            this.instrList();
            this.state = 1012;
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
            this.state = 1014;
            this.match(WatParser.LPAR);
            this.state = 1015;
            this.match(WatParser.CATCH_ALL);
            this.state = 1016;
            this.instrList();
            this.state = 1017;
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
        4,1,71,1020,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,
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
        1,8,1,8,3,8,305,8,8,1,9,1,9,1,9,5,9,310,8,9,10,9,12,9,313,9,9,1,
        9,5,9,316,8,9,10,9,12,9,319,9,9,1,9,1,9,1,9,1,9,5,9,325,8,9,10,9,
        12,9,328,9,9,1,9,1,9,1,9,1,9,1,9,1,9,3,9,336,8,9,1,10,1,10,1,10,
        1,10,1,10,5,10,343,8,10,10,10,12,10,346,9,10,3,10,348,8,10,1,10,
        1,10,1,11,1,11,1,11,1,11,1,11,1,11,3,11,358,8,11,1,12,1,12,1,12,
        3,12,363,8,12,1,13,1,13,1,13,1,13,3,13,369,8,13,1,13,1,13,1,13,3,
        13,374,8,13,1,14,1,14,1,14,1,14,1,14,3,14,381,8,14,1,15,1,15,1,16,
        1,16,1,16,1,16,1,16,3,16,390,8,16,1,16,1,16,5,16,394,8,16,10,16,
        12,16,397,9,16,3,16,399,8,16,1,16,1,16,1,17,1,17,1,17,1,17,5,17,
        407,8,17,10,17,12,17,410,9,17,1,17,1,17,1,18,1,18,1,18,1,18,1,18,
        3,18,419,8,18,1,18,5,18,422,8,18,10,18,12,18,425,9,18,1,18,5,18,
        428,8,18,10,18,12,18,431,9,18,1,19,3,19,434,8,19,1,19,1,19,3,19,
        438,8,19,1,20,1,20,1,20,1,21,1,21,3,21,445,8,21,1,22,1,22,1,22,1,
        22,1,22,1,22,3,22,453,8,22,1,22,3,22,456,8,22,1,23,1,23,1,23,1,23,
        1,23,1,23,1,23,1,24,1,24,1,24,3,24,468,8,24,1,24,1,24,1,24,1,24,
        1,24,1,24,3,24,476,8,24,1,24,1,24,1,24,1,24,1,24,1,24,3,24,484,8,
        24,1,24,1,24,1,24,1,24,1,24,1,24,3,24,492,8,24,1,24,1,24,1,24,1,
        24,1,24,1,24,3,24,500,8,24,1,24,1,24,1,24,3,24,505,8,24,1,25,1,25,
        1,25,1,25,1,25,1,25,1,26,1,26,1,26,1,26,1,26,1,27,1,27,1,27,1,27,
        1,27,1,27,1,27,1,27,1,27,1,28,1,28,1,29,1,29,1,29,3,29,532,8,29,
        1,29,5,29,535,8,29,10,29,12,29,538,9,29,1,29,3,29,541,8,29,1,29,
        1,29,5,29,545,8,29,10,29,12,29,548,9,29,1,29,1,29,1,29,1,30,1,30,
        1,30,1,30,1,30,3,30,558,8,30,1,30,1,30,5,30,562,8,30,10,30,12,30,
        565,9,30,3,30,567,8,30,1,30,1,30,1,31,1,31,1,31,3,31,574,8,31,1,
        31,5,31,577,8,31,10,31,12,31,580,9,31,1,31,3,31,583,8,31,1,31,1,
        31,1,31,1,31,3,31,589,8,31,1,31,1,31,1,31,1,31,4,31,595,8,31,11,
        31,12,31,596,1,31,4,31,600,8,31,11,31,12,31,601,3,31,604,8,31,1,
        31,1,31,3,31,608,8,31,1,31,1,31,1,32,1,32,1,32,3,32,615,8,32,1,32,
        5,32,618,8,32,10,32,12,32,621,9,32,1,32,3,32,624,8,32,1,32,1,32,
        3,32,628,8,32,1,32,1,32,1,32,5,32,633,8,32,10,32,12,32,636,9,32,
        1,32,3,32,639,8,32,1,32,1,32,1,33,1,33,1,33,3,33,646,8,33,1,33,5,
        33,649,8,33,10,33,12,33,652,9,33,1,33,3,33,655,8,33,1,33,1,33,1,
        33,1,33,1,34,1,34,1,34,3,34,664,8,34,1,34,5,34,667,8,34,10,34,12,
        34,670,9,34,1,34,3,34,673,8,34,1,34,1,34,1,34,1,35,1,35,1,35,1,35,
        1,35,1,36,1,36,1,36,3,36,686,8,36,1,36,1,36,1,36,1,36,1,36,1,36,
        1,36,1,36,1,36,3,36,697,8,36,1,36,1,36,1,36,5,36,702,8,36,10,36,
        12,36,705,9,36,3,36,707,8,36,3,36,709,8,36,1,36,1,36,1,37,1,37,5,
        37,715,8,37,10,37,12,37,718,9,37,1,37,1,37,5,37,722,8,37,10,37,12,
        37,725,9,37,3,37,727,8,37,1,38,1,38,1,38,1,38,1,38,1,38,3,38,735,
        8,38,1,39,1,39,1,39,1,39,1,39,1,39,3,39,743,8,39,1,40,1,40,1,40,
        3,40,748,8,40,1,40,1,40,1,40,1,40,1,40,1,40,3,40,756,8,40,1,40,3,
        40,759,8,40,1,40,5,40,762,8,40,10,40,12,40,765,9,40,1,40,1,40,1,
        41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,
        41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,1,41,5,41,791,8,41,10,41,12,
        41,794,9,41,1,41,1,41,5,41,798,8,41,10,41,12,41,801,9,41,1,42,1,
        42,3,42,805,8,42,1,42,1,42,1,42,1,42,3,42,811,8,42,1,42,1,42,3,42,
        815,8,42,1,42,1,42,1,42,1,42,3,42,821,8,42,1,42,3,42,824,8,42,1,
        42,1,42,3,42,828,8,42,1,42,1,42,3,42,832,8,42,1,42,1,42,5,42,836,
        8,42,10,42,12,42,839,9,42,1,42,1,42,1,42,3,42,844,8,42,1,42,1,42,
        3,42,848,8,42,1,42,1,42,1,42,5,42,853,8,42,10,42,12,42,856,9,42,
        1,42,3,42,859,8,42,1,42,1,42,3,42,863,8,42,1,42,1,42,3,42,867,8,
        42,3,42,869,8,42,1,43,1,43,1,43,1,43,1,44,1,44,1,44,1,45,1,45,1,
        45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,1,45,3,45,891,8,
        45,1,45,1,45,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,
        46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,5,
        46,918,8,46,10,46,12,46,921,9,46,1,46,5,46,924,8,46,10,46,12,46,
        927,9,46,1,46,1,46,1,46,1,46,3,46,933,8,46,1,46,1,46,1,46,1,46,1,
        46,1,46,1,46,3,46,942,8,46,1,46,1,46,5,46,946,8,46,10,46,12,46,949,
        9,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,1,46,3,46,960,8,46,
        1,46,1,46,1,46,1,46,1,46,3,46,967,8,46,1,46,1,46,5,46,971,8,46,10,
        46,12,46,974,9,46,1,46,1,46,1,46,1,46,1,46,1,46,3,46,982,8,46,1,
        46,1,46,1,46,1,46,1,46,1,46,5,46,990,8,46,10,46,12,46,993,9,46,1,
        46,3,46,996,8,46,1,46,1,46,1,46,1,46,1,46,3,46,1003,8,46,1,46,1,
        46,3,46,1007,8,46,1,47,1,47,1,47,1,47,1,47,1,47,1,48,1,48,1,48,1,
        48,1,48,1,48,0,0,49,0,2,4,6,8,10,12,14,16,18,20,22,24,26,28,30,32,
        34,36,38,40,42,44,46,48,50,52,54,56,58,60,62,64,66,68,70,72,74,76,
        78,80,82,84,86,88,90,92,94,96,0,6,1,0,61,62,2,0,68,68,70,70,1,0,
        1,2,1,0,8,9,2,0,16,16,20,23,1,0,42,43,1197,0,123,1,0,0,0,2,167,1,
        0,0,0,4,214,1,0,0,0,6,236,1,0,0,0,8,238,1,0,0,0,10,269,1,0,0,0,12,
        271,1,0,0,0,14,279,1,0,0,0,16,304,1,0,0,0,18,335,1,0,0,0,20,337,
        1,0,0,0,22,357,1,0,0,0,24,362,1,0,0,0,26,373,1,0,0,0,28,380,1,0,
        0,0,30,382,1,0,0,0,32,384,1,0,0,0,34,402,1,0,0,0,36,418,1,0,0,0,
        38,433,1,0,0,0,40,439,1,0,0,0,42,442,1,0,0,0,44,455,1,0,0,0,46,457,
        1,0,0,0,48,504,1,0,0,0,50,506,1,0,0,0,52,512,1,0,0,0,54,517,1,0,
        0,0,56,526,1,0,0,0,58,528,1,0,0,0,60,552,1,0,0,0,62,570,1,0,0,0,
        64,611,1,0,0,0,66,642,1,0,0,0,68,660,1,0,0,0,70,677,1,0,0,0,72,682,
        1,0,0,0,74,726,1,0,0,0,76,734,1,0,0,0,78,742,1,0,0,0,80,744,1,0,
        0,0,82,799,1,0,0,0,84,868,1,0,0,0,86,870,1,0,0,0,88,874,1,0,0,0,
        90,877,1,0,0,0,92,1006,1,0,0,0,94,1008,1,0,0,0,96,1014,1,0,0,0,98,
        111,3,12,6,0,99,111,3,14,7,0,100,111,3,46,23,0,101,111,3,58,29,0,
        102,111,3,62,31,0,103,111,3,64,32,0,104,111,3,66,33,0,105,111,3,
        54,27,0,106,111,3,70,35,0,107,111,3,72,36,0,108,111,3,80,40,0,109,
        111,3,68,34,0,110,98,1,0,0,0,110,99,1,0,0,0,110,100,1,0,0,0,110,
        101,1,0,0,0,110,102,1,0,0,0,110,103,1,0,0,0,110,104,1,0,0,0,110,
        105,1,0,0,0,110,106,1,0,0,0,110,107,1,0,0,0,110,108,1,0,0,0,110,
        109,1,0,0,0,111,112,1,0,0,0,112,110,1,0,0,0,112,113,1,0,0,0,113,
        114,1,0,0,0,114,115,5,0,0,1,115,124,1,0,0,0,116,118,3,2,1,0,117,
        116,1,0,0,0,118,121,1,0,0,0,119,117,1,0,0,0,119,120,1,0,0,0,120,
        122,1,0,0,0,121,119,1,0,0,0,122,124,5,0,0,1,123,110,1,0,0,0,123,
        119,1,0,0,0,124,1,1,0,0,0,125,168,3,4,2,0,126,127,5,1,0,0,127,129,
        5,64,0,0,128,130,5,8,0,0,129,128,1,0,0,0,129,130,1,0,0,0,130,132,
        1,0,0,0,131,133,5,8,0,0,132,131,1,0,0,0,132,133,1,0,0,0,133,134,
        1,0,0,0,134,168,5,2,0,0,135,136,5,1,0,0,136,137,5,65,0,0,137,139,
        5,7,0,0,138,140,5,8,0,0,139,138,1,0,0,0,139,140,1,0,0,0,140,141,
        1,0,0,0,141,168,5,2,0,0,142,168,3,6,3,0,143,144,5,1,0,0,144,147,
        5,69,0,0,145,148,3,6,3,0,146,148,3,4,2,0,147,145,1,0,0,0,147,146,
        1,0,0,0,148,153,1,0,0,0,149,152,3,8,4,0,150,152,5,7,0,0,151,149,
        1,0,0,0,151,150,1,0,0,0,152,155,1,0,0,0,153,151,1,0,0,0,153,154,
        1,0,0,0,154,156,1,0,0,0,155,153,1,0,0,0,156,157,5,2,0,0,157,168,
        1,0,0,0,158,159,5,1,0,0,159,163,5,70,0,0,160,162,3,10,5,0,161,160,
        1,0,0,0,162,165,1,0,0,0,163,161,1,0,0,0,163,164,1,0,0,0,164,166,
        1,0,0,0,165,163,1,0,0,0,166,168,5,2,0,0,167,125,1,0,0,0,167,126,
        1,0,0,0,167,135,1,0,0,0,167,142,1,0,0,0,167,143,1,0,0,0,167,158,
        1,0,0,0,168,3,1,0,0,0,169,170,5,1,0,0,170,172,5,14,0,0,171,173,5,
        63,0,0,172,171,1,0,0,0,172,173,1,0,0,0,173,175,1,0,0,0,174,176,5,
        8,0,0,175,174,1,0,0,0,175,176,1,0,0,0,176,201,1,0,0,0,177,190,3,
        12,6,0,178,190,3,14,7,0,179,190,3,46,23,0,180,190,3,58,29,0,181,
        190,3,62,31,0,182,190,3,64,32,0,183,190,3,66,33,0,184,190,3,54,27,
        0,185,190,3,70,35,0,186,190,3,72,36,0,187,190,3,80,40,0,188,190,
        3,68,34,0,189,177,1,0,0,0,189,178,1,0,0,0,189,179,1,0,0,0,189,180,
        1,0,0,0,189,181,1,0,0,0,189,182,1,0,0,0,189,183,1,0,0,0,189,184,
        1,0,0,0,189,185,1,0,0,0,189,186,1,0,0,0,189,187,1,0,0,0,189,188,
        1,0,0,0,190,193,1,0,0,0,191,189,1,0,0,0,191,192,1,0,0,0,192,202,
        1,0,0,0,193,191,1,0,0,0,194,198,7,0,0,0,195,197,5,7,0,0,196,195,
        1,0,0,0,197,200,1,0,0,0,198,196,1,0,0,0,198,199,1,0,0,0,199,202,
        1,0,0,0,200,198,1,0,0,0,201,191,1,0,0,0,201,194,1,0,0,0,202,203,
        1,0,0,0,203,215,5,2,0,0,204,205,5,1,0,0,205,206,5,14,0,0,206,208,
        5,64,0,0,207,209,5,8,0,0,208,207,1,0,0,0,208,209,1,0,0,0,209,211,
        1,0,0,0,210,212,5,8,0,0,211,210,1,0,0,0,211,212,1,0,0,0,212,213,
        1,0,0,0,213,215,5,2,0,0,214,169,1,0,0,0,214,204,1,0,0,0,215,5,1,
        0,0,0,216,217,5,1,0,0,217,219,5,66,0,0,218,220,5,8,0,0,219,218,1,
        0,0,0,219,220,1,0,0,0,220,221,1,0,0,0,221,225,5,7,0,0,222,224,3,
        8,4,0,223,222,1,0,0,0,224,227,1,0,0,0,225,223,1,0,0,0,225,226,1,
        0,0,0,226,228,1,0,0,0,227,225,1,0,0,0,228,237,5,2,0,0,229,230,5,
        1,0,0,230,232,5,67,0,0,231,233,5,8,0,0,232,231,1,0,0,0,232,233,1,
        0,0,0,233,234,1,0,0,0,234,235,5,7,0,0,235,237,5,2,0,0,236,216,1,
        0,0,0,236,229,1,0,0,0,237,7,1,0,0,0,238,239,5,1,0,0,239,255,7,1,
        0,0,240,254,5,9,0,0,241,254,5,10,0,0,242,254,5,11,0,0,243,254,5,
        70,0,0,244,254,5,71,0,0,245,254,5,60,0,0,246,254,5,16,0,0,247,254,
        5,38,0,0,248,254,5,39,0,0,249,254,5,59,0,0,250,254,5,8,0,0,251,254,
        5,34,0,0,252,254,3,8,4,0,253,240,1,0,0,0,253,241,1,0,0,0,253,242,
        1,0,0,0,253,243,1,0,0,0,253,244,1,0,0,0,253,245,1,0,0,0,253,246,
        1,0,0,0,253,247,1,0,0,0,253,248,1,0,0,0,253,249,1,0,0,0,253,250,
        1,0,0,0,253,251,1,0,0,0,253,252,1,0,0,0,254,257,1,0,0,0,255,253,
        1,0,0,0,255,256,1,0,0,0,256,258,1,0,0,0,257,255,1,0,0,0,258,259,
        5,2,0,0,259,9,1,0,0,0,260,264,5,1,0,0,261,263,3,10,5,0,262,261,1,
        0,0,0,263,266,1,0,0,0,264,262,1,0,0,0,264,265,1,0,0,0,265,267,1,
        0,0,0,266,264,1,0,0,0,267,270,5,2,0,0,268,270,8,2,0,0,269,260,1,
        0,0,0,269,268,1,0,0,0,270,11,1,0,0,0,271,272,5,1,0,0,272,274,5,15,
        0,0,273,275,5,8,0,0,274,273,1,0,0,0,274,275,1,0,0,0,275,276,1,0,
        0,0,276,277,3,16,8,0,277,278,5,2,0,0,278,13,1,0,0,0,279,280,5,1,
        0,0,280,284,5,37,0,0,281,283,3,12,6,0,282,281,1,0,0,0,283,286,1,
        0,0,0,284,282,1,0,0,0,284,285,1,0,0,0,285,287,1,0,0,0,286,284,1,
        0,0,0,287,288,5,2,0,0,288,15,1,0,0,0,289,290,5,1,0,0,290,292,5,35,
        0,0,291,293,5,36,0,0,292,291,1,0,0,0,292,293,1,0,0,0,293,297,1,0,
        0,0,294,296,3,30,15,0,295,294,1,0,0,0,296,299,1,0,0,0,297,295,1,
        0,0,0,297,298,1,0,0,0,298,300,1,0,0,0,299,297,1,0,0,0,300,301,3,
        18,9,0,301,302,5,2,0,0,302,305,1,0,0,0,303,305,3,18,9,0,304,289,
        1,0,0,0,304,303,1,0,0,0,305,17,1,0,0,0,306,307,5,1,0,0,307,311,5,
        16,0,0,308,310,3,32,16,0,309,308,1,0,0,0,310,313,1,0,0,0,311,309,
        1,0,0,0,311,312,1,0,0,0,312,317,1,0,0,0,313,311,1,0,0,0,314,316,
        3,34,17,0,315,314,1,0,0,0,316,319,1,0,0,0,317,315,1,0,0,0,317,318,
        1,0,0,0,318,320,1,0,0,0,319,317,1,0,0,0,320,336,5,2,0,0,321,322,
        5,1,0,0,322,326,5,38,0,0,323,325,3,20,10,0,324,323,1,0,0,0,325,328,
        1,0,0,0,326,324,1,0,0,0,326,327,1,0,0,0,327,329,1,0,0,0,328,326,
        1,0,0,0,329,336,5,2,0,0,330,331,5,1,0,0,331,332,5,39,0,0,332,333,
        3,22,11,0,333,334,5,2,0,0,334,336,1,0,0,0,335,306,1,0,0,0,335,321,
        1,0,0,0,335,330,1,0,0,0,336,19,1,0,0,0,337,338,5,1,0,0,338,347,5,
        40,0,0,339,340,5,8,0,0,340,348,3,22,11,0,341,343,3,22,11,0,342,341,
        1,0,0,0,343,346,1,0,0,0,344,342,1,0,0,0,344,345,1,0,0,0,345,348,
        1,0,0,0,346,344,1,0,0,0,347,339,1,0,0,0,347,344,1,0,0,0,348,349,
        1,0,0,0,349,350,5,2,0,0,350,21,1,0,0,0,351,358,3,24,12,0,352,353,
        5,1,0,0,353,354,5,32,0,0,354,355,3,24,12,0,355,356,5,2,0,0,356,358,
        1,0,0,0,357,351,1,0,0,0,357,352,1,0,0,0,358,23,1,0,0,0,359,363,5,
        56,0,0,360,363,3,26,13,0,361,363,5,57,0,0,362,359,1,0,0,0,362,360,
        1,0,0,0,362,361,1,0,0,0,363,25,1,0,0,0,364,374,5,58,0,0,365,366,
        5,1,0,0,366,368,5,33,0,0,367,369,5,34,0,0,368,367,1,0,0,0,368,369,
        1,0,0,0,369,370,1,0,0,0,370,371,3,28,14,0,371,372,5,2,0,0,372,374,
        1,0,0,0,373,364,1,0,0,0,373,365,1,0,0,0,374,27,1,0,0,0,375,381,5,
        16,0,0,376,381,5,38,0,0,377,381,5,39,0,0,378,381,5,59,0,0,379,381,
        3,30,15,0,380,375,1,0,0,0,380,376,1,0,0,0,380,377,1,0,0,0,380,378,
        1,0,0,0,380,379,1,0,0,0,381,29,1,0,0,0,382,383,7,3,0,0,383,31,1,
        0,0,0,384,385,5,1,0,0,385,398,5,17,0,0,386,389,5,8,0,0,387,390,5,
        56,0,0,388,390,3,26,13,0,389,387,1,0,0,0,389,388,1,0,0,0,390,399,
        1,0,0,0,391,394,5,56,0,0,392,394,3,26,13,0,393,391,1,0,0,0,393,392,
        1,0,0,0,394,397,1,0,0,0,395,393,1,0,0,0,395,396,1,0,0,0,396,399,
        1,0,0,0,397,395,1,0,0,0,398,386,1,0,0,0,398,395,1,0,0,0,399,400,
        1,0,0,0,400,401,5,2,0,0,401,33,1,0,0,0,402,403,5,1,0,0,403,408,5,
        18,0,0,404,407,5,56,0,0,405,407,3,26,13,0,406,404,1,0,0,0,406,405,
        1,0,0,0,407,410,1,0,0,0,408,406,1,0,0,0,408,409,1,0,0,0,409,411,
        1,0,0,0,410,408,1,0,0,0,411,412,5,2,0,0,412,35,1,0,0,0,413,414,5,
        1,0,0,414,415,5,15,0,0,415,416,3,30,15,0,416,417,5,2,0,0,417,419,
        1,0,0,0,418,413,1,0,0,0,418,419,1,0,0,0,419,423,1,0,0,0,420,422,
        3,32,16,0,421,420,1,0,0,0,422,425,1,0,0,0,423,421,1,0,0,0,423,424,
        1,0,0,0,424,429,1,0,0,0,425,423,1,0,0,0,426,428,3,34,17,0,427,426,
        1,0,0,0,428,431,1,0,0,0,429,427,1,0,0,0,429,430,1,0,0,0,430,37,1,
        0,0,0,431,429,1,0,0,0,432,434,5,56,0,0,433,432,1,0,0,0,433,434,1,
        0,0,0,434,435,1,0,0,0,435,437,5,9,0,0,436,438,5,9,0,0,437,436,1,
        0,0,0,437,438,1,0,0,0,438,39,1,0,0,0,439,440,3,38,19,0,440,441,3,
        26,13,0,441,41,1,0,0,0,442,444,3,38,19,0,443,445,5,41,0,0,444,443,
        1,0,0,0,444,445,1,0,0,0,445,43,1,0,0,0,446,456,5,56,0,0,447,456,
        3,26,13,0,448,449,5,1,0,0,449,452,5,32,0,0,450,453,5,56,0,0,451,
        453,3,26,13,0,452,450,1,0,0,0,452,451,1,0,0,0,453,454,1,0,0,0,454,
        456,5,2,0,0,455,446,1,0,0,0,455,447,1,0,0,0,455,448,1,0,0,0,456,
        45,1,0,0,0,457,458,5,1,0,0,458,459,5,24,0,0,459,460,5,7,0,0,460,
        461,5,7,0,0,461,462,3,48,24,0,462,463,5,2,0,0,463,47,1,0,0,0,464,
        465,5,1,0,0,465,467,5,16,0,0,466,468,5,8,0,0,467,466,1,0,0,0,467,
        468,1,0,0,0,468,469,1,0,0,0,469,470,3,36,18,0,470,471,5,2,0,0,471,
        505,1,0,0,0,472,473,5,1,0,0,473,475,5,21,0,0,474,476,5,8,0,0,475,
        474,1,0,0,0,475,476,1,0,0,0,476,477,1,0,0,0,477,478,3,40,20,0,478,
        479,5,2,0,0,479,505,1,0,0,0,480,481,5,1,0,0,481,483,5,22,0,0,482,
        484,5,8,0,0,483,482,1,0,0,0,483,484,1,0,0,0,484,485,1,0,0,0,485,
        486,3,42,21,0,486,487,5,2,0,0,487,505,1,0,0,0,488,489,5,1,0,0,489,
        491,5,20,0,0,490,492,5,8,0,0,491,490,1,0,0,0,491,492,1,0,0,0,492,
        493,1,0,0,0,493,494,3,44,22,0,494,495,5,2,0,0,495,505,1,0,0,0,496,
        497,5,1,0,0,497,499,5,23,0,0,498,500,5,8,0,0,499,498,1,0,0,0,499,
        500,1,0,0,0,500,501,1,0,0,0,501,502,3,36,18,0,502,503,5,2,0,0,503,
        505,1,0,0,0,504,464,1,0,0,0,504,472,1,0,0,0,504,480,1,0,0,0,504,
        488,1,0,0,0,504,496,1,0,0,0,505,49,1,0,0,0,506,507,5,1,0,0,507,508,
        5,24,0,0,508,509,5,7,0,0,509,510,5,7,0,0,510,511,5,2,0,0,511,51,
        1,0,0,0,512,513,5,1,0,0,513,514,5,25,0,0,514,515,5,7,0,0,515,516,
        5,2,0,0,516,53,1,0,0,0,517,518,5,1,0,0,518,519,5,25,0,0,519,520,
        5,7,0,0,520,521,5,1,0,0,521,522,3,56,28,0,522,523,3,30,15,0,523,
        524,5,2,0,0,524,525,5,2,0,0,525,55,1,0,0,0,526,527,7,4,0,0,527,57,
        1,0,0,0,528,529,5,1,0,0,529,531,5,16,0,0,530,532,5,8,0,0,531,530,
        1,0,0,0,531,532,1,0,0,0,532,536,1,0,0,0,533,535,3,52,26,0,534,533,
        1,0,0,0,535,538,1,0,0,0,536,534,1,0,0,0,536,537,1,0,0,0,537,540,
        1,0,0,0,538,536,1,0,0,0,539,541,3,50,25,0,540,539,1,0,0,0,540,541,
        1,0,0,0,541,542,1,0,0,0,542,546,3,36,18,0,543,545,3,60,30,0,544,
        543,1,0,0,0,545,548,1,0,0,0,546,544,1,0,0,0,546,547,1,0,0,0,547,
        549,1,0,0,0,548,546,1,0,0,0,549,550,3,82,41,0,550,551,5,2,0,0,551,
        59,1,0,0,0,552,553,5,1,0,0,553,566,5,19,0,0,554,557,5,8,0,0,555,
        558,5,56,0,0,556,558,3,26,13,0,557,555,1,0,0,0,557,556,1,0,0,0,558,
        567,1,0,0,0,559,562,5,56,0,0,560,562,3,26,13,0,561,559,1,0,0,0,561,
        560,1,0,0,0,562,565,1,0,0,0,563,561,1,0,0,0,563,564,1,0,0,0,564,
        567,1,0,0,0,565,563,1,0,0,0,566,554,1,0,0,0,566,563,1,0,0,0,567,
        568,1,0,0,0,568,569,5,2,0,0,569,61,1,0,0,0,570,571,5,1,0,0,571,573,
        5,21,0,0,572,574,5,8,0,0,573,572,1,0,0,0,573,574,1,0,0,0,574,578,
        1,0,0,0,575,577,3,52,26,0,576,575,1,0,0,0,577,580,1,0,0,0,578,576,
        1,0,0,0,578,579,1,0,0,0,579,582,1,0,0,0,580,578,1,0,0,0,581,583,
        3,50,25,0,582,581,1,0,0,0,582,583,1,0,0,0,583,607,1,0,0,0,584,585,
        3,40,20,0,585,586,3,82,41,0,586,608,1,0,0,0,587,589,5,56,0,0,588,
        587,1,0,0,0,588,589,1,0,0,0,589,590,1,0,0,0,590,591,3,26,13,0,591,
        592,5,1,0,0,592,603,5,27,0,0,593,595,3,76,38,0,594,593,1,0,0,0,595,
        596,1,0,0,0,596,594,1,0,0,0,596,597,1,0,0,0,597,604,1,0,0,0,598,
        600,3,30,15,0,599,598,1,0,0,0,600,601,1,0,0,0,601,599,1,0,0,0,601,
        602,1,0,0,0,602,604,1,0,0,0,603,594,1,0,0,0,603,599,1,0,0,0,603,
        604,1,0,0,0,604,605,1,0,0,0,605,606,5,2,0,0,606,608,1,0,0,0,607,
        584,1,0,0,0,607,588,1,0,0,0,608,609,1,0,0,0,609,610,5,2,0,0,610,
        63,1,0,0,0,611,612,5,1,0,0,612,614,5,22,0,0,613,615,5,8,0,0,614,
        613,1,0,0,0,614,615,1,0,0,0,615,619,1,0,0,0,616,618,3,52,26,0,617,
        616,1,0,0,0,618,621,1,0,0,0,619,617,1,0,0,0,619,620,1,0,0,0,620,
        623,1,0,0,0,621,619,1,0,0,0,622,624,3,50,25,0,623,622,1,0,0,0,623,
        624,1,0,0,0,624,638,1,0,0,0,625,639,3,42,21,0,626,628,5,56,0,0,627,
        626,1,0,0,0,627,628,1,0,0,0,628,629,1,0,0,0,629,630,5,1,0,0,630,
        634,5,28,0,0,631,633,5,7,0,0,632,631,1,0,0,0,633,636,1,0,0,0,634,
        632,1,0,0,0,634,635,1,0,0,0,635,637,1,0,0,0,636,634,1,0,0,0,637,
        639,5,2,0,0,638,625,1,0,0,0,638,627,1,0,0,0,639,640,1,0,0,0,640,
        641,5,2,0,0,641,65,1,0,0,0,642,643,5,1,0,0,643,645,5,20,0,0,644,
        646,5,8,0,0,645,644,1,0,0,0,645,646,1,0,0,0,646,650,1,0,0,0,647,
        649,3,52,26,0,648,647,1,0,0,0,649,652,1,0,0,0,650,648,1,0,0,0,650,
        651,1,0,0,0,651,654,1,0,0,0,652,650,1,0,0,0,653,655,3,50,25,0,654,
        653,1,0,0,0,654,655,1,0,0,0,655,656,1,0,0,0,656,657,3,44,22,0,657,
        658,3,82,41,0,658,659,5,2,0,0,659,67,1,0,0,0,660,661,5,1,0,0,661,
        663,5,23,0,0,662,664,5,8,0,0,663,662,1,0,0,0,663,664,1,0,0,0,664,
        668,1,0,0,0,665,667,3,52,26,0,666,665,1,0,0,0,667,670,1,0,0,0,668,
        666,1,0,0,0,668,669,1,0,0,0,669,672,1,0,0,0,670,668,1,0,0,0,671,
        673,3,50,25,0,672,671,1,0,0,0,672,673,1,0,0,0,673,674,1,0,0,0,674,
        675,3,36,18,0,675,676,5,2,0,0,676,69,1,0,0,0,677,678,5,1,0,0,678,
        679,5,26,0,0,679,680,3,30,15,0,680,681,5,2,0,0,681,71,1,0,0,0,682,
        683,5,1,0,0,683,685,5,27,0,0,684,686,5,8,0,0,685,684,1,0,0,0,685,
        686,1,0,0,0,686,708,1,0,0,0,687,709,3,74,37,0,688,689,5,31,0,0,689,
        709,3,74,37,0,690,691,5,1,0,0,691,692,5,21,0,0,692,693,3,30,15,0,
        693,694,5,2,0,0,694,697,1,0,0,0,695,697,5,9,0,0,696,690,1,0,0,0,
        696,695,1,0,0,0,696,697,1,0,0,0,697,698,1,0,0,0,698,706,3,78,39,
        0,699,707,3,74,37,0,700,702,3,30,15,0,701,700,1,0,0,0,702,705,1,
        0,0,0,703,701,1,0,0,0,703,704,1,0,0,0,704,707,1,0,0,0,705,703,1,
        0,0,0,706,699,1,0,0,0,706,703,1,0,0,0,707,709,1,0,0,0,708,687,1,
        0,0,0,708,688,1,0,0,0,708,696,1,0,0,0,709,710,1,0,0,0,710,711,5,
        2,0,0,711,73,1,0,0,0,712,716,3,26,13,0,713,715,3,76,38,0,714,713,
        1,0,0,0,715,718,1,0,0,0,716,714,1,0,0,0,716,717,1,0,0,0,717,727,
        1,0,0,0,718,716,1,0,0,0,719,723,5,16,0,0,720,722,3,30,15,0,721,720,
        1,0,0,0,722,725,1,0,0,0,723,721,1,0,0,0,723,724,1,0,0,0,724,727,
        1,0,0,0,725,723,1,0,0,0,726,712,1,0,0,0,726,719,1,0,0,0,727,75,1,
        0,0,0,728,729,5,1,0,0,729,730,5,30,0,0,730,731,3,82,41,0,731,732,
        5,2,0,0,732,735,1,0,0,0,733,735,3,92,46,0,734,728,1,0,0,0,734,733,
        1,0,0,0,735,77,1,0,0,0,736,737,5,1,0,0,737,738,5,29,0,0,738,739,
        3,82,41,0,739,740,5,2,0,0,740,743,1,0,0,0,741,743,3,92,46,0,742,
        736,1,0,0,0,742,741,1,0,0,0,743,79,1,0,0,0,744,745,5,1,0,0,745,747,
        5,28,0,0,746,748,5,8,0,0,747,746,1,0,0,0,747,748,1,0,0,0,748,758,
        1,0,0,0,749,750,5,1,0,0,750,751,5,22,0,0,751,752,3,30,15,0,752,753,
        5,2,0,0,753,756,1,0,0,0,754,756,5,9,0,0,755,749,1,0,0,0,755,754,
        1,0,0,0,755,756,1,0,0,0,756,757,1,0,0,0,757,759,3,78,39,0,758,755,
        1,0,0,0,758,759,1,0,0,0,759,763,1,0,0,0,760,762,5,7,0,0,761,760,
        1,0,0,0,762,765,1,0,0,0,763,761,1,0,0,0,763,764,1,0,0,0,764,766,
        1,0,0,0,765,763,1,0,0,0,766,767,5,2,0,0,767,81,1,0,0,0,768,792,5,
        70,0,0,769,791,5,9,0,0,770,791,5,10,0,0,771,791,5,11,0,0,772,791,
        5,8,0,0,773,791,5,12,0,0,774,791,5,13,0,0,775,791,5,60,0,0,776,791,
        5,58,0,0,777,791,5,16,0,0,778,791,5,38,0,0,779,791,5,39,0,0,780,
        791,5,59,0,0,781,791,5,34,0,0,782,783,5,1,0,0,783,784,5,15,0,0,784,
        785,3,30,15,0,785,786,5,2,0,0,786,791,1,0,0,0,787,791,3,32,16,0,
        788,791,3,34,17,0,789,791,3,26,13,0,790,769,1,0,0,0,790,770,1,0,
        0,0,790,771,1,0,0,0,790,772,1,0,0,0,790,773,1,0,0,0,790,774,1,0,
        0,0,790,775,1,0,0,0,790,776,1,0,0,0,790,777,1,0,0,0,790,778,1,0,
        0,0,790,779,1,0,0,0,790,780,1,0,0,0,790,781,1,0,0,0,790,782,1,0,
        0,0,790,787,1,0,0,0,790,788,1,0,0,0,790,789,1,0,0,0,791,794,1,0,
        0,0,792,790,1,0,0,0,792,793,1,0,0,0,793,798,1,0,0,0,794,792,1,0,
        0,0,795,798,3,84,42,0,796,798,3,92,46,0,797,768,1,0,0,0,797,795,
        1,0,0,0,797,796,1,0,0,0,798,801,1,0,0,0,799,797,1,0,0,0,799,800,
        1,0,0,0,800,83,1,0,0,0,801,799,1,0,0,0,802,804,7,5,0,0,803,805,5,
        8,0,0,804,803,1,0,0,0,804,805,1,0,0,0,805,806,1,0,0,0,806,807,3,
        36,18,0,807,808,3,82,41,0,808,810,5,47,0,0,809,811,5,8,0,0,810,809,
        1,0,0,0,810,811,1,0,0,0,811,869,1,0,0,0,812,814,5,44,0,0,813,815,
        5,8,0,0,814,813,1,0,0,0,814,815,1,0,0,0,815,816,1,0,0,0,816,817,
        3,36,18,0,817,823,3,82,41,0,818,820,5,46,0,0,819,821,5,8,0,0,820,
        819,1,0,0,0,820,821,1,0,0,0,821,822,1,0,0,0,822,824,3,82,41,0,823,
        818,1,0,0,0,823,824,1,0,0,0,824,825,1,0,0,0,825,827,5,47,0,0,826,
        828,5,8,0,0,827,826,1,0,0,0,827,828,1,0,0,0,828,869,1,0,0,0,829,
        831,5,48,0,0,830,832,5,8,0,0,831,830,1,0,0,0,831,832,1,0,0,0,832,
        833,1,0,0,0,833,837,3,36,18,0,834,836,3,90,45,0,835,834,1,0,0,0,
        836,839,1,0,0,0,837,835,1,0,0,0,837,838,1,0,0,0,838,840,1,0,0,0,
        839,837,1,0,0,0,840,841,3,82,41,0,841,843,5,47,0,0,842,844,5,8,0,
        0,843,842,1,0,0,0,843,844,1,0,0,0,844,869,1,0,0,0,845,847,5,49,0,
        0,846,848,5,8,0,0,847,846,1,0,0,0,847,848,1,0,0,0,848,849,1,0,0,
        0,849,850,3,36,18,0,850,866,3,82,41,0,851,853,3,86,43,0,852,851,
        1,0,0,0,853,856,1,0,0,0,854,852,1,0,0,0,854,855,1,0,0,0,855,858,
        1,0,0,0,856,854,1,0,0,0,857,859,3,88,44,0,858,857,1,0,0,0,858,859,
        1,0,0,0,859,860,1,0,0,0,860,862,5,47,0,0,861,863,5,8,0,0,862,861,
        1,0,0,0,862,863,1,0,0,0,863,867,1,0,0,0,864,865,5,55,0,0,865,867,
        3,30,15,0,866,854,1,0,0,0,866,864,1,0,0,0,867,869,1,0,0,0,868,802,
        1,0,0,0,868,812,1,0,0,0,868,829,1,0,0,0,868,845,1,0,0,0,869,85,1,
        0,0,0,870,871,5,51,0,0,871,872,3,30,15,0,872,873,3,82,41,0,873,87,
        1,0,0,0,874,875,5,53,0,0,875,876,3,82,41,0,876,89,1,0,0,0,877,890,
        5,1,0,0,878,879,5,51,0,0,879,880,3,30,15,0,880,881,3,30,15,0,881,
        891,1,0,0,0,882,883,5,52,0,0,883,884,3,30,15,0,884,885,3,30,15,0,
        885,891,1,0,0,0,886,887,5,53,0,0,887,891,3,30,15,0,888,889,5,54,
        0,0,889,891,3,30,15,0,890,878,1,0,0,0,890,882,1,0,0,0,890,886,1,
        0,0,0,890,888,1,0,0,0,891,892,1,0,0,0,892,893,5,2,0,0,893,91,1,0,
        0,0,894,895,5,1,0,0,895,919,5,70,0,0,896,918,5,9,0,0,897,918,5,10,
        0,0,898,918,5,11,0,0,899,918,5,8,0,0,900,918,5,12,0,0,901,918,5,
        13,0,0,902,918,5,60,0,0,903,918,5,58,0,0,904,918,5,16,0,0,905,918,
        5,38,0,0,906,918,5,39,0,0,907,918,5,59,0,0,908,918,5,34,0,0,909,
        910,5,1,0,0,910,911,5,15,0,0,911,912,3,30,15,0,912,913,5,2,0,0,913,
        918,1,0,0,0,914,918,3,32,16,0,915,918,3,34,17,0,916,918,3,26,13,
        0,917,896,1,0,0,0,917,897,1,0,0,0,917,898,1,0,0,0,917,899,1,0,0,
        0,917,900,1,0,0,0,917,901,1,0,0,0,917,902,1,0,0,0,917,903,1,0,0,
        0,917,904,1,0,0,0,917,905,1,0,0,0,917,906,1,0,0,0,917,907,1,0,0,
        0,917,908,1,0,0,0,917,909,1,0,0,0,917,914,1,0,0,0,917,915,1,0,0,
        0,917,916,1,0,0,0,918,921,1,0,0,0,919,917,1,0,0,0,919,920,1,0,0,
        0,920,925,1,0,0,0,921,919,1,0,0,0,922,924,3,92,46,0,923,922,1,0,
        0,0,924,927,1,0,0,0,925,923,1,0,0,0,925,926,1,0,0,0,926,928,1,0,
        0,0,927,925,1,0,0,0,928,1007,5,2,0,0,929,930,5,1,0,0,930,932,7,5,
        0,0,931,933,5,8,0,0,932,931,1,0,0,0,932,933,1,0,0,0,933,934,1,0,
        0,0,934,935,3,36,18,0,935,936,3,82,41,0,936,937,5,2,0,0,937,1007,
        1,0,0,0,938,939,5,1,0,0,939,941,5,44,0,0,940,942,5,8,0,0,941,940,
        1,0,0,0,941,942,1,0,0,0,942,943,1,0,0,0,943,947,3,36,18,0,944,946,
        3,92,46,0,945,944,1,0,0,0,946,949,1,0,0,0,947,945,1,0,0,0,947,948,
        1,0,0,0,948,950,1,0,0,0,949,947,1,0,0,0,950,951,5,1,0,0,951,952,
        5,45,0,0,952,953,3,82,41,0,953,959,5,2,0,0,954,955,5,1,0,0,955,956,
        5,46,0,0,956,957,3,82,41,0,957,958,5,2,0,0,958,960,1,0,0,0,959,954,
        1,0,0,0,959,960,1,0,0,0,960,961,1,0,0,0,961,962,5,2,0,0,962,1007,
        1,0,0,0,963,964,5,1,0,0,964,966,5,48,0,0,965,967,5,8,0,0,966,965,
        1,0,0,0,966,967,1,0,0,0,967,968,1,0,0,0,968,972,3,36,18,0,969,971,
        3,90,45,0,970,969,1,0,0,0,971,974,1,0,0,0,972,970,1,0,0,0,972,973,
        1,0,0,0,973,975,1,0,0,0,974,972,1,0,0,0,975,976,3,82,41,0,976,977,
        5,2,0,0,977,1007,1,0,0,0,978,979,5,1,0,0,979,981,5,49,0,0,980,982,
        5,8,0,0,981,980,1,0,0,0,981,982,1,0,0,0,982,983,1,0,0,0,983,984,
        3,36,18,0,984,985,5,1,0,0,985,986,5,50,0,0,986,987,3,82,41,0,987,
        1002,5,2,0,0,988,990,3,94,47,0,989,988,1,0,0,0,990,993,1,0,0,0,991,
        989,1,0,0,0,991,992,1,0,0,0,992,995,1,0,0,0,993,991,1,0,0,0,994,
        996,3,96,48,0,995,994,1,0,0,0,995,996,1,0,0,0,996,1003,1,0,0,0,997,
        998,5,1,0,0,998,999,5,55,0,0,999,1000,3,30,15,0,1000,1001,5,2,0,
        0,1001,1003,1,0,0,0,1002,991,1,0,0,0,1002,997,1,0,0,0,1003,1004,
        1,0,0,0,1004,1005,5,2,0,0,1005,1007,1,0,0,0,1006,894,1,0,0,0,1006,
        929,1,0,0,0,1006,938,1,0,0,0,1006,963,1,0,0,0,1006,978,1,0,0,0,1007,
        93,1,0,0,0,1008,1009,5,1,0,0,1009,1010,5,51,0,0,1010,1011,3,30,15,
        0,1011,1012,3,82,41,0,1012,1013,5,2,0,0,1013,95,1,0,0,0,1014,1015,
        5,1,0,0,1015,1016,5,53,0,0,1016,1017,3,82,41,0,1017,1018,5,2,0,0,
        1018,97,1,0,0,0,141,110,112,119,123,129,132,139,147,151,153,163,
        167,172,175,189,191,198,201,208,211,214,219,225,232,236,253,255,
        264,269,274,284,292,297,304,311,317,326,335,344,347,357,362,368,
        373,380,389,393,395,398,406,408,418,423,429,433,437,444,452,455,
        467,475,483,491,499,504,531,536,540,546,557,561,563,566,573,578,
        582,588,596,601,603,607,614,619,623,627,634,638,645,650,654,663,
        668,672,685,696,703,706,708,716,723,726,734,742,747,755,758,763,
        790,792,797,799,804,810,814,820,823,827,831,837,843,847,854,858,
        862,866,868,890,917,919,925,932,941,947,959,966,972,981,991,995,
        1002,1006
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
    public override get ruleIndex(): number {
        return WatParser.RULE_memoryType;
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
