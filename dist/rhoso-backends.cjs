#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
)), __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);

// functions/lib/diagnostics/did-you-mean.ts
var did_you_mean_exports = {};
__export(did_you_mean_exports, {
  didYouMean: () => didYouMean,
  distance: () => distance,
  nearest: () => nearest
});
function nearest(input, candidates, maxDistance) {
  let limit = maxDistance ?? Math.max(2, Math.floor(input.length / 3)), lower = input.toLowerCase(), best, bestScore = 1 / 0;
  for (let c of candidates) {
    if (c === input) return c;
    let score = c.toLowerCase() === lower ? 0.5 : distance(lower, c.toLowerCase());
    (score < bestScore || score === bestScore && best !== void 0 && c < best) && (best = c, bestScore = score);
  }
  return bestScore <= limit ? best : void 0;
}
function didYouMean(input, candidates) {
  let n = nearest(input, candidates);
  return n === void 0 ? "" : `did you mean "${n}"?`;
}
function distance(a, b) {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > 8) return Math.abs(a.length - b.length);
  let rows = a.length + 1, cols = b.length + 1, d = [];
  for (let i = 0; i < rows; i++) d.push(new Array(cols).fill(0));
  for (let i = 0; i < rows; i++) d[i][0] = i;
  for (let j = 0; j < cols; j++) d[0][j] = j;
  for (let i = 1; i < rows; i++)
    for (let j = 1; j < cols; j++) {
      let cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost), i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && (d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1));
    }
  return d[a.length][b.length];
}
var init_did_you_mean = __esm({
  "functions/lib/diagnostics/did-you-mean.ts"() {
    "use strict";
  }
});

// functions/commands/args.ts
function parseArgs(argv, spec) {
  let out = { positional: [], flags: {} };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    if (a === "--") {
      out.positional.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith("--") || a === "-") {
      out.positional.push(a);
      continue;
    }
    let eq = a.indexOf("="), name = a.slice(2, eq < 0 ? void 0 : eq), s = spec[name];
    if (!s) {
      let hint = didYouMean(name, Object.keys(spec));
      throw new UsageError(`unknown option --${name}${hint ? `; ${hint.replace(/"/g, '"--').replace("--", "")}` : ""}`);
    }
    if (!s.value) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      out.flags[name] = !0;
      continue;
    }
    let v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
    if (v === void 0) throw new UsageError(`--${name} needs a value`);
    if (s.choices && !s.choices.includes(v)) throw new UsageError(`--${name} must be one of ${s.choices.join(", ")}, not "${v}"`);
    s.repeat ? out.flags[name] = [...out.flags[name] ?? [], v] : out.flags[name] = v;
  }
  return out;
}
var UsageError, init_args = __esm({
  "functions/commands/args.ts"() {
    "use strict";
    init_did_you_mean();
    UsageError = class extends Error {
    };
  }
});

// functions/lib/diagnostics/format.ts
function formatText(d) {
  let where = d.file ? `${d.file}:${d.line ?? 1}:${d.column ?? 1}: ` : "", field = d.field ? `${d.field}: ` : "", hint = d.hint ? ` (${d.hint})` : "";
  return `${where}${d.severity}[${d.rule}]: ${field}${d.message}${hint}`;
}
function toJsonRecord(d) {
  return {
    severity: d.severity,
    rule: d.rule,
    message: d.hint ? `${d.message} (${d.hint})` : d.message,
    file: d.file ?? null,
    line: d.line ?? null,
    column: d.column ?? null,
    field: d.field ?? null
  };
}
function formatJson(diagnostics) {
  return JSON.stringify(diagnostics.map(toJsonRecord), null, 2) + `
`;
}
var init_format = __esm({
  "functions/lib/diagnostics/format.ts"() {
    "use strict";
  }
});

// functions/commands/output.ts
function printDiagnostics(diagnostics, format, stream = process.stderr) {
  if (format === "json") {
    stream.write(formatJson(diagnostics));
    return;
  }
  for (let d of diagnostics) stream.write(formatText(d) + `
`);
}
var EXIT_OK, EXIT_ERRORS, EXIT_USAGE, init_output = __esm({
  "functions/commands/output.ts"() {
    "use strict";
    init_format();
    EXIT_OK = 0, EXIT_ERRORS = 1, EXIT_USAGE = 2;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias"), DOC = /* @__PURE__ */ Symbol.for("yaml.document"), MAP = /* @__PURE__ */ Symbol.for("yaml.map"), PAIR = /* @__PURE__ */ Symbol.for("yaml.pair"), SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar"), SEQ = /* @__PURE__ */ Symbol.for("yaml.seq"), NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type"), isAlias = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === ALIAS, isDocument = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === DOC, isMap5 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === MAP, isPair2 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === PAIR, isScalar4 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SCALAR, isSeq4 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return !0;
        }
      return !1;
    }
    function isNode(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return !0;
        }
      return !1;
    }
    var hasAnchor = (node) => (isScalar4(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap5;
    exports2.isNode = isNode;
    exports2.isPair = isPair2;
    exports2.isScalar = isScalar4;
    exports2.isSeq = isSeq4;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity(), BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path7) {
      let ctrl = callVisitor(key, node, visitor, path7);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path7, ctrl), visit_(key, ctrl, visitor, path7);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path7 = Object.freeze(path7.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = visit_(i, node.items[i], visitor, path7);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path7 = Object.freeze(path7.concat(node));
          let ck = visit_("key", node.key, visitor, path7);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = visit_("value", node.value, visitor, path7);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? await visitAsync_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path7) {
      let ctrl = await callVisitor(key, node, visitor, path7);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path7, ctrl), visitAsync_(key, ctrl, visitor, path7);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path7 = Object.freeze(path7.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = await visitAsync_(i, node.items[i], visitor, path7);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path7 = Object.freeze(path7.concat(node));
          let ck = await visitAsync_("key", node.key, visitor, path7);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = await visitAsync_("value", node.value, visitor, path7);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      return typeof visitor == "object" && (visitor.Collection || visitor.Node || visitor.Value) ? Object.assign({
        Alias: visitor.Node,
        Map: visitor.Node,
        Scalar: visitor.Node,
        Seq: visitor.Node
      }, visitor.Value && {
        Map: visitor.Value,
        Scalar: visitor.Value,
        Seq: visitor.Value
      }, visitor.Collection && {
        Map: visitor.Collection,
        Seq: visitor.Collection
      }, visitor) : visitor;
    }
    function callVisitor(key, node, visitor, path7) {
      if (typeof visitor == "function")
        return visitor(key, node, path7);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path7);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path7);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path7);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path7);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path7);
    }
    function replaceNode(key, path7, node) {
      let parent = path7[path7.length - 1];
      if (identity.isCollection(parent))
        parent.items[key] = node;
      else if (identity.isPair(parent))
        key === "key" ? parent.key = node : parent.value = node;
      else if (identity.isDocument(parent))
        parent.contents = node;
      else {
        let pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity(), visit = require_visit(), escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    }, escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]), Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null, this.docEnd = !1, this.yaml = Object.assign({}, _Directives.defaultYaml, yaml), this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        let copy = new _Directives(this.yaml, this.tags);
        return copy.docStart = this.docStart, copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        let res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = !0;
            break;
          case "1.2":
            this.atNextDocument = !1, this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            }, this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        this.atNextDocument && (this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" }, this.tags = Object.assign({}, _Directives.defaultTags), this.atNextDocument = !1);
        let parts = line.trim().split(/[ \t]+/), name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2 && (onError(0, "%TAG directive should contain exactly two parts"), parts.length < 2))
              return !1;
            let [handle, prefix] = parts;
            return this.tags[handle] = prefix, !0;
          }
          case "%YAML": {
            if (this.yaml.explicit = !0, parts.length !== 1)
              return onError(0, "%YAML directive should contain exactly one part"), !1;
            let [version] = parts;
            if (version === "1.1" || version === "1.2")
              return this.yaml.version = version, !0;
            {
              let isValid = /^\d+\.\d+$/.test(version);
              return onError(6, `Unsupported YAML version ${version}`, isValid), !1;
            }
          }
          default:
            return onError(0, `Unknown directive ${name}`, !0), !1;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!")
          return onError(`Not a valid tag: ${source}`), null;
        if (source[1] === "<") {
          let verbatim = source.slice(2, -1);
          return verbatim === "!" || verbatim === "!!" ? (onError(`Verbatim tags aren't resolved, so ${source} is invalid.`), null) : (source[source.length - 1] !== ">" && onError("Verbatim tags must end with a >"), verbatim);
        }
        let [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        suffix || onError(`The ${source} tag has no suffix`);
        let prefix = this.tags[handle];
        if (prefix)
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            return onError(String(error)), null;
          }
        return handle === "!" ? source : (onError(`Could not resolve tag: ${source}`), null);
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (let [handle, prefix] of Object.entries(this.tags))
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        let lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [], tagEntries = Object.entries(this.tags), tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          let tags = {};
          visit.visit(doc.contents, (_key, node) => {
            identity.isNode(node) && node.tag && (tags[node.tag] = !0);
          }), tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (let [handle, prefix] of tagEntries)
          handle === "!!" && prefix === "tag:yaml.org,2002:" || (!doc || tagNames.some((tn) => tn.startsWith(prefix))) && lines.push(`%TAG ${handle} ${prefix}`);
        return lines.join(`
`);
      }
    };
    Directives.defaultYaml = { explicit: !1, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity(), visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        let msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
        throw new Error(msg);
      }
      return !0;
    }
    function anchorNames(root) {
      let anchors = /* @__PURE__ */ new Set();
      return visit.visit(root, {
        Value(_key, node) {
          node.anchor && anchors.add(node.anchor);
        }
      }), anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; ; ++i) {
        let name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      let aliasObjects = [], sourceObjects = /* @__PURE__ */ new Map(), prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source), prevAnchors ?? (prevAnchors = anchorNames(doc));
          let anchor = findNewAnchor(prefix, prevAnchors);
          return prevAnchors.add(anchor), anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (let source of aliasObjects) {
            let ref = sourceObjects.get(source);
            if (typeof ref == "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node)))
              ref.node.anchor = ref.anchor;
            else {
              let error = new Error("Failed to resolve repeated object (this should not happen)");
              throw error.source = source, error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val == "object")
        if (Array.isArray(val))
          for (let i = 0, len = val.length; i < len; ++i) {
            let v0 = val[i], v1 = applyReviver(reviver, val, String(i), v0);
            v1 === void 0 ? delete val[i] : v1 !== v0 && (val[i] = v1);
          }
        else if (val instanceof Map)
          for (let k of Array.from(val.keys())) {
            let v0 = val.get(k), v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? val.delete(k) : v1 !== v0 && val.set(k, v1);
          }
        else if (val instanceof Set)
          for (let v0 of Array.from(val)) {
            let v1 = applyReviver(reviver, val, v0, v0);
            v1 === void 0 ? val.delete(v0) : v1 !== v0 && (val.delete(v0), val.add(v1));
          }
        else
          for (let [k, v0] of Object.entries(val)) {
            let v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? delete val[k] : v1 !== v0 && (val[k] = v1);
          }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON == "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        let data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data), ctx.onCreate = (res2) => {
          data.res = res2, delete ctx.onCreate;
        };
        let res = value.toJSON(arg, ctx);
        return ctx.onCreate && ctx.onCreate(res), res;
      }
      return typeof value == "bigint" && !ctx?.keep ? Number(value) : value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver(), identity = require_identity(), toJS = require_toJS(), NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return this.range && (copy.range = this.range.slice()), copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: !0,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor == "function")
          for (let { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors(), visit = require_visit(), identity = require_identity(), Node = require_Node(), toJS = require_toJS(), Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS), this.source = source, Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        ctx?.aliasResolveCache ? nodes = ctx.aliasResolveCache : (nodes = [], visit.visit(doc, {
          Node: (_key, node) => {
            (identity.isAlias(node) || identity.hasAnchor(node)) && nodes.push(node);
          }
        }), ctx && (ctx.aliasResolveCache = nodes));
        let found;
        for (let node of nodes) {
          if (node === this)
            break;
          node.anchor === this.source && (found = node);
        }
        if (found && ctx) {
          let { anchors: anchors2, doc: doc2, maxAliasCount } = ctx, data = anchors2.get(found);
          if (data || (toJS.toJS(found, null, ctx), data = anchors2.get(found)), data?.res === void 0) {
            let msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0 && (data.count += 1, data.aliasCount === 0 && (data.aliasCount = getAliasCount(doc2, found, anchors2)), data.count * data.aliasCount > maxAliasCount)) {
            let msg = "Excessive alias count indicates a resource exhaustion attack";
            throw new ReferenceError(msg);
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        let source = this.resolve(ctx.doc, ctx);
        if (!source) {
          let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        let src = `*${this.source}`;
        if (ctx) {
          if (anchors.anchorIsValid(this.source), ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        let source = node.resolve(doc), anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (let item of node.items) {
          let c = getAliasCount(doc, item, anchors2);
          c > count && (count = c);
        }
        return count;
      } else if (identity.isPair(node)) {
        let kc = getAliasCount(doc, node.key, anchors2), vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity(), Node = require_Node(), toJS = require_toJS(), isScalarValue = (value) => !value || typeof value != "function" && typeof value != "object", Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR), this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), Scalar = require_Scalar(), defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        let match = tags.filter((t) => t.tag === tagName), tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value) && (value = value.contents), identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        let map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        return map.items.push(value), map;
      }
      (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt < "u" && value instanceof BigInt) && (value = value.valueOf());
      let { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx, ref;
      if (aliasDuplicateObjects && value && typeof value == "object") {
        if (ref = sourceObjects.get(value), ref)
          return ref.anchor ?? (ref.anchor = onAnchor(value)), new Alias.Alias(ref.anchor);
        ref = { anchor: null, node: null }, sourceObjects.set(value, ref);
      }
      tagName?.startsWith("!!") && (tagName = defaultTagPrefix + tagName.slice(2));
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON == "function" && (value = value.toJSON()), !value || typeof value != "object") {
          let node2 = new Scalar.Scalar(value);
          return ref && (ref.node = node2), node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      onTagObj && (onTagObj(tagObj), delete ctx.onTagObj);
      let node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from == "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      return tagName ? node.tag = tagName : tagObj.default || (node.tag = tagObj.tag), ref && (ref.node = node), node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode(), identity = require_identity(), Node = require_Node();
    function collectionFromPath(schema, path7, value) {
      let v = value;
      for (let i = path7.length - 1; i >= 0; --i) {
        let k = path7[i];
        if (typeof k == "number" && Number.isInteger(k) && k >= 0) {
          let a = [];
          a[k] = v, v = a;
        } else
          v = /* @__PURE__ */ new Map([[k, v]]);
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: !1,
        keepUndefined: !1,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path7) => path7 == null || typeof path7 == "object" && !!path7[Symbol.iterator]().next().done, Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type), Object.defineProperty(this, "schema", {
          value: schema,
          configurable: !0,
          enumerable: !1,
          writable: !0
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return schema && (copy.schema = schema), copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it), this.range && (copy.range = this.range.slice()), copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path7, value) {
        if (isEmptyPath(path7))
          this.add(value);
        else {
          let [key, ...rest] = path7, node = this.get(key, !0);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path7) {
        let [key, ...rest] = path7;
        if (rest.length === 0)
          return this.delete(key);
        let node = this.get(key, !0);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path7, keepScalar) {
        let [key, ...rest] = path7, node = this.get(key, !0);
        return rest.length === 0 ? !keepScalar && identity.isScalar(node) ? node.value : node : identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return !1;
          let n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path7) {
        let [key, ...rest] = path7;
        if (rest.length === 0)
          return this.has(key);
        let node = this.get(key, !0);
        return identity.isCollection(node) ? node.hasIn(rest) : !1;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path7, value) {
        let [key, ...rest] = path7;
        if (rest.length === 0)
          this.set(key, value);
        else {
          let node = this.get(key, !0);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      return /^\n+$/.test(comment) ? comment.substring(1) : indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith(`
`) ? indentComment(comment, indent) : comment.includes(`
`) ? `
` + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow", FOLD_BLOCK = "block", FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      lineWidth < minContentWidth && (minContentWidth = 0);
      let endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      let folds = [], escapedFolds = {}, end = lineWidth - indent.length;
      typeof indentAtStart == "number" && (indentAtStart > lineWidth - Math.max(2, minContentWidth) ? folds.push(0) : end = lineWidth - indentAtStart);
      let split, prev, overflow = !1, i = -1, escStart = -1, escEnd = -1;
      mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length), i !== -1 && (end = i + endStep));
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          switch (escStart = i, text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === `
`)
          mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length)), end = i + indent.length + endStep, split = void 0;
        else {
          if (ch === " " && prev && prev !== " " && prev !== `
` && prev !== "	") {
            let next = text[i + 1];
            next && next !== " " && next !== `
` && next !== "	" && (split = i);
          }
          if (i >= end)
            if (split)
              folds.push(split), end = split + endStep, split = void 0;
            else if (mode === FOLD_QUOTED) {
              for (; prev === " " || prev === "	"; )
                prev = ch, ch = text[i += 1], overflow = !0;
              let j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j), escapedFolds[j] = !0, end = j + endStep, split = void 0;
            } else
              overflow = !0;
        }
        prev = ch;
      }
      if (overflow && onOverflow && onOverflow(), folds.length === 0)
        return text;
      onFold && onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        let fold = folds[i2], end2 = folds[i2 + 1] || text.length;
        fold === 0 ? res = `
${indent}${text.slice(0, end2)}` : (mode === FOLD_QUOTED && escapedFolds[fold] && (res += `${text[fold]}\\`), res += `
${indent}${text.slice(fold + 1, end2)}`);
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i, start = i + 1, ch = text[start];
      for (; ch === " " || ch === "	"; )
        if (i < start + indent)
          ch = text[++i];
        else {
          do
            ch = text[++i];
          while (ch && ch !== `
`);
          end = i, start = i + 1, ch = text[start];
        }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), foldFlowLines = require_foldFlowLines(), getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    }), containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return !1;
      let limit = lineWidth - indentLength, strLen = str.length;
      if (strLen <= limit)
        return !1;
      for (let i = 0, start = 0; i < strLen; ++i)
        if (str[i] === `
`) {
          if (i - start > limit)
            return !0;
          if (start = i + 1, strLen - start <= limit)
            return !1;
        }
      return !0;
    }
    function doubleQuotedString(value, ctx) {
      let json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      let { implicitKey } = ctx, minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength, indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), str = "", start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i])
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n" && (str += json.slice(start, i) + "\\ ", i += 1, start = i, ch = "\\"), ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                let code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    code.substr(0, 2) === "00" ? str += "\\x" + code.substr(2) : str += json.substr(i, 6);
                }
                i += 5, start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength)
                i += 1;
              else {
                for (str += json.slice(start, i) + `

`; json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"'; )
                  str += `
`, i += 2;
                str += indent, json[i + 2] === " " && (str += "\\"), i += 1, start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      return str = start ? str + json.slice(start) : json, implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, !1));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === !1 || ctx.implicitKey && value.includes(`
`) || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      let indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function quotedString(value, ctx) {
      let { singleQuote } = ctx.options, qs;
      if (singleQuote === !1)
        qs = doubleQuotedString;
      else {
        let hasDouble = value.includes('"'), hasSingle = value.includes("'");
        hasDouble && !hasSingle ? qs = singleQuotedString : hasSingle && !hasDouble ? qs = doubleQuotedString : qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp(`(^|(?<!
))
+(?!
|$)`, "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      let { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value))
        return quotedString(value, ctx);
      let indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : ""), literal = blockQuote === "literal" ? !0 : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? !1 : type === Scalar.Scalar.BLOCK_LITERAL ? !0 : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? `|
` : `>
`;
      let chomp, endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        let ch = value[endStart - 1];
        if (ch !== `
` && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart), endNlPos = end.indexOf(`
`);
      endNlPos === -1 ? chomp = "-" : value === end || endNlPos !== end.length - 1 ? (chomp = "+", onChompKeep && onChompKeep()) : chomp = "", end && (value = value.slice(0, -end.length), end[end.length - 1] === `
` && (end = end.slice(0, -1)), end = end.replace(blockEndNewlines, `$&${indent}`));
      let startWithSpace = !1, startEnd, startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        let ch = value[startEnd];
        if (ch === " ")
          startWithSpace = !0;
        else if (ch === `
`)
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      start && (value = value.substring(start.length), start = start.replace(/\n+/g, `$&${indent}`));
      let header = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
      if (comment && (header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " ")), onComment && onComment()), !literal) {
        let foldedValue = value.replace(/\n+/g, `
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`), literalFallback = !1, foldOptions = getFoldOptions(ctx, !0);
        blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED && (foldOptions.onOverflow = () => {
          literalFallback = !0;
        });
        let body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      return value = value.replace(/\n+/g, `$&${indent}`), `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      let { type, value } = item, { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes(`
`) || inFlow && /[[\]{},]/.test(value))
        return quotedString(value, ctx);
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value))
        return implicitKey || inFlow || !value.includes(`
`) ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes(`
`))
        return blockString(item, ctx, onComment, onChompKeep);
      if (containsDocumentMarker(value)) {
        if (indent === "")
          return ctx.forceBlockIndent = !0, blockString(item, ctx, onComment, onChompKeep);
        if (implicitKey && indent === indentStep)
          return quotedString(value, ctx);
      }
      let str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        let test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str), { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      let { implicitKey, inFlow } = ctx, ss = typeof item.value == "string" ? item : Object.assign({}, item, { value: String(item.value) }), { type } = item;
      type !== Scalar.Scalar.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value) && (type = Scalar.Scalar.QUOTE_DOUBLE);
      let _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      }, res = _stringify(type);
      if (res === null) {
        let { defaultKeyType, defaultStringType } = ctx.options, t = implicitKey && defaultKeyType || defaultStringType;
        if (res = _stringify(t), res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors(), identity = require_identity(), stringifyComment = require_stringifyComment(), stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      let opt = Object.assign({
        blockQuote: !0,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: !1,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: !0,
        indentSeq: !0,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: !1,
        singleQuote: null,
        trailingComma: !1,
        trueStr: "true",
        verifyAliasOrder: !0
      }, doc.schema.toStringOptions, options), inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = !1;
          break;
        case "flow":
          inFlow = !0;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent == "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        let match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj, obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          let testMatch = match.filter((t) => t.test);
          testMatch.length > 0 && (match = testMatch);
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else
        obj = item, tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      if (!tagObj) {
        let name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      let props = [], anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      anchor && anchors.anchorIsValid(anchor) && (anchors$1.add(anchor), props.push(`&${anchor}`));
      let tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      return tag && props.push(doc.directives.tagString(tag)), props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item))
          throw new TypeError("Cannot stringify circular structure without alias nodes");
        ctx.resolvedAliases ? ctx.resolvedAliases.add(item) : ctx.resolvedAliases = /* @__PURE__ */ new Set([item]), item = item.resolve(ctx.doc);
      }
      let tagObj, node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      let props = stringifyProps(node, tagObj, ctx);
      props.length > 0 && (ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1);
      let str = typeof tagObj.stringify == "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      return props ? identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}` : str;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      let { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx, keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment)
          throw new Error("With simple keys, key nodes cannot have comments");
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key == "object") {
          let msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key == "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: !1,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = !1, chompKeep = !1, str = stringify.stringify(key, ctx, () => keyCommentDone = !0, () => chompKeep = !0);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = !0;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null)
          return keyCommentDone && onComment && onComment(), str === "" ? "?" : explicitKey ? `? ${str}` : str;
      } else if (allNullValues && !simpleKeys || value == null && explicitKey)
        return str = `? ${str}`, keyComment && !keyCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment)) : chompKeep && onChompKeep && onChompKeep(), str;
      keyCommentDone && (keyComment = null), explicitKey ? (keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))), str = `? ${str}
${indent}:`) : (str = `${str}:`, keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))));
      let vsb, vcb, valueComment;
      identity.isNode(value) ? (vsb = !!value.spaceBefore, vcb = value.commentBefore, valueComment = value.comment) : (vsb = !1, vcb = null, valueComment = null, value && typeof value == "object" && (value = doc.createNode(value))), ctx.implicitKey = !1, !explicitKey && !keyComment && identity.isScalar(value) && (ctx.indentAtStart = str.length + 1), chompKeep = !1, !indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor && (ctx.indent = ctx.indent.substring(2));
      let valueCommentDone = !1, valueStr = stringify.stringify(value, ctx, () => valueCommentDone = !0, () => chompKeep = !0), ws = " ";
      if (keyComment || vsb || vcb) {
        if (ws = vsb ? `
` : "", vcb) {
          let cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        valueStr === "" && !ctx.inFlow ? ws === `
` && valueComment && (ws = `

`) : ws += `
${ctx.indent}`;
      } else if (!explicitKey && identity.isCollection(value)) {
        let vs0 = valueStr[0], nl0 = valueStr.indexOf(`
`), hasNewline = nl0 !== -1, flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = !1;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!" && (sp0 = valueStr.indexOf(" ", sp0 + 1)), (sp0 === -1 || nl0 < sp0) && (hasPropsLine = !0);
          }
          hasPropsLine || (ws = `
${ctx.indent}`);
        }
      } else (valueStr === "" || valueStr[0] === `
`) && (ws = "");
      return str += ws + valueStr, ctx.inFlow ? valueCommentDone && onComment && onComment() : valueComment && !valueCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment)) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = require("process");
    function debug(logLevel, ...messages) {
      logLevel === "debug" && console.log(...messages);
    }
    function warn(logLevel, warning) {
      (logLevel === "debug" || logLevel === "warn") && (typeof node_process.emitWarning == "function" ? node_process.emitWarning(warning) : console.warn(warning));
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), MERGE_KEY = "<<", merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value == "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    }, isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (let it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (let it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      let srcMap = source.toJSON(null, ctx, Map);
      for (let [key, value2] of srcMap)
        map instanceof Map ? map.has(key) || map.set(key, value2) : map instanceof Set ? map.add(key) : Object.prototype.hasOwnProperty.call(map, key) || Object.defineProperty(map, key, {
          value: value2,
          writable: !0,
          enumerable: !0,
          configurable: !0
        });
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log(), merge2 = require_merge(), stringify = require_stringify(), identity = require_identity(), toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        let jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map)
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        else if (map instanceof Set)
          map.add(jsKey);
        else {
          let stringKey = stringifyKey(key, jsKey, ctx), jsValue = toJS.toJS(value, stringKey, ctx);
          stringKey in map ? Object.defineProperty(map, stringKey, {
            value: jsValue,
            writable: !0,
            enumerable: !0,
            configurable: !0
          }) : map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey != "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        let strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (let node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = !0, strCtx.inStringifyKey = !0;
        let strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          jsonStr.length > 40 && (jsonStr = jsonStr.substring(0, 36) + '..."'), log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`), ctx.mapKeyWarned = !0;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode(), stringifyPair = require_stringifyPair(), addPairToJSMap = require_addPairToJSMap(), identity = require_identity();
    function createPair(key, value, ctx) {
      let k = createNode.createNode(key, void 0, ctx), v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR }), this.key = key, this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        return identity.isNode(key) && (key = key.clone(schema)), identity.isNode(value) && (value = value.clone(schema)), new _Pair(key, value);
      }
      toJSON(_, ctx) {
        let pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      let { indent, options: { commentString } } = ctx, itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null }), chompKeep = !1, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment2 = null;
        if (identity.isNode(item))
          !chompKeep && item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, chompKeep), item.comment && (comment2 = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (!chompKeep && ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, chompKeep));
        }
        chompKeep = !1;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = !0);
        comment2 && (str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2))), chompKeep && comment2 && (chompKeep = !1), lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0)
        str = flowChars.start + flowChars.end;
      else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          let line = lines[i];
          str += line ? `
${indent}${line}` : `
`;
        }
      }
      return comment ? (str += `
` + stringifyComment.indentComment(commentString(comment), indent), onComment && onComment()) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      let { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      let itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: !0,
        type: null
      }), reqNewline = !1, linesAtValue = 0, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment = null;
        if (identity.isNode(item))
          item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, !1), item.comment && (comment = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, !1), ik.comment && (reqNewline = !0));
          let iv = identity.isNode(item.value) ? item.value : null;
          iv ? (iv.comment && (comment = iv.comment), iv.commentBefore && (reqNewline = !0)) : item.value == null && ik?.comment && (comment = ik.comment);
        }
        comment && (reqNewline = !0);
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes(`
`)), i < items.length - 1 ? str += "," : ctx.options.trailingComma && (ctx.options.lineWidth > 0 && (reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth)), reqNewline && (str += ",")), comment && (str += stringifyComment.lineComment(str, itemIndent, commentString(comment))), lines.push(str), linesAtValue = lines.length;
      }
      let { start, end } = flowChars;
      if (lines.length === 0)
        return start + end;
      if (!reqNewline) {
        let len = lines.reduce((sum, line) => sum + line.length + 2, 2);
        reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
      }
      if (reqNewline) {
        let str = start;
        for (let line of lines)
          str += line ? `
${indentStep}${indent}${line}` : `
`;
        return `${str}
${indent}${end}`;
      } else
        return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep && (comment = comment.replace(/^\n+/, "")), comment) {
        let ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection(), addPairToJSMap = require_addPairToJSMap(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar();
    function findPair(items, key) {
      let k = identity.isScalar(key) ? key.value : key;
      for (let it of items)
        if (identity.isPair(it) && (it.key === key || it.key === k || identity.isScalar(it.key) && it.key.value === k))
          return it;
    }
    var YAMLMap3 = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema), this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        let { keepUndefined, replacer } = ctx, map = new this(schema), add = (key, value) => {
          if (typeof replacer == "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          (value !== void 0 || keepUndefined) && map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map)
          for (let [key, value] of obj)
            add(key, value);
        else if (obj && typeof obj == "object")
          for (let key of Object.keys(obj))
            add(key, obj[key]);
        return typeof schema.sortMapEntries == "function" && map.items.sort(schema.sortMapEntries), map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        identity.isPair(pair) ? _pair = pair : !pair || typeof pair != "object" || !("key" in pair) ? _pair = new Pair.Pair(pair, pair?.value) : _pair = new Pair.Pair(pair.key, pair.value);
        let prev = findPair(this.items, _pair.key), sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value) ? prev.value.value = _pair.value : prev.value = _pair.value;
        } else if (sortEntries) {
          let i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          i === -1 ? this.items.push(_pair) : this.items.splice(i, 0, _pair);
        } else
          this.items.push(_pair);
      }
      delete(key) {
        let it = findPair(this.items, key);
        return it ? this.items.splice(this.items.indexOf(it), 1).length > 0 : !1;
      }
      get(key, keepScalar) {
        let node = findPair(this.items, key)?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), !0);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        let map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        ctx?.onCreate && ctx.onCreate(map);
        for (let item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (let item of this.items)
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        return !ctx.allNullValues && this.hasAllNullValues(!1) && (ctx = Object.assign({}, ctx, { allNullValues: !0 })), stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap3;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity(), YAMLMap3 = require_YAMLMap(), map = {
      collection: "map",
      default: !0,
      nodeClass: YAMLMap3.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        return identity.isMap(map2) || onError("Expected a mapping for this tag"), map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap3.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode(), stringifyCollection = require_stringifyCollection(), Collection = require_Collection(), identity = require_identity(), Scalar = require_Scalar(), toJS = require_toJS(), YAMLSeq3 = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema), this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        let idx = asItemIndex(key);
        return typeof idx != "number" ? !1 : this.items.splice(idx, 1).length > 0;
      }
      get(key, keepScalar) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          return;
        let it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        let idx = asItemIndex(key);
        return typeof idx == "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        let prev = this.items[idx];
        identity.isScalar(prev) && Scalar.isScalarValue(value) ? prev.value = value : this.items[idx] = value;
      }
      toJSON(_, ctx) {
        let seq = [];
        ctx?.onCreate && ctx.onCreate(seq);
        let i = 0;
        for (let item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx ? stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        }) : JSON.stringify(this);
      }
      static from(schema, obj, ctx) {
        let { replacer } = ctx, seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer == "function") {
              let key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      return idx && typeof idx == "string" && (idx = Number(idx)), typeof idx == "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq3;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity(), YAMLSeq3 = require_YAMLSeq(), seq = {
      collection: "seq",
      default: !0,
      nodeClass: YAMLSeq3.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        return identity.isSeq(seq2) || onError("Expected a sequence for this tag"), seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq3.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString(), string = {
      identify: (value) => typeof value == "string",
      default: !0,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        return ctx = Object.assign({ actualString: !0 }, ctx), stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: !0,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source == "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), boolTag = {
      identify: (value) => typeof value == "boolean",
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          let sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value == "bigint")
        return String(value);
      let num = typeof value == "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        i < 0 && (i = n.length, n += ".");
        let d = minFractionDigits - (n.length - i - 1);
        for (; d-- > 0; )
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        let node = new Scalar.Scalar(parseFloat(str)), dot = str.indexOf(".");
        return dot !== -1 && str[str.length - 1] === "0" && (node.minFractionDigits = str.length - dot - 1), node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value), intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      let { value } = node;
      return intIdentify(value) && value >= 0 ? prefix + value.toString(radix) : stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool = require_bool(), float = require_float(), int = require_int(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), map = require_map(), seq = require_seq();
    function intIdentify(value) {
      return typeof value == "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value), jsonScalars = [
      {
        identify: (value) => typeof value == "string",
        default: !0,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: !0,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value == "boolean",
        default: !0,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: !0,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value == "number",
        default: !0,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ], jsonError = {
      default: !0,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        return onError(`Unresolved plain scalar ${JSON.stringify(str)}`), str;
      }
    }, schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = require("buffer"), Scalar = require_Scalar(), stringifyString = require_stringifyString(), binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: !1,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer == "function")
          return node_buffer.Buffer.from(src, "base64");
        if (typeof atob == "function") {
          let str = atob(src.replace(/[\n\r]/g, "")), buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else
          return onError("This environment does not support reading binary tags; either Buffer or atob is required"), src;
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        let buf = value, str;
        if (typeof node_buffer.Buffer == "function")
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        else if (typeof btoa == "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        if (type ?? (type = Scalar.Scalar.BLOCK_LITERAL), type !== Scalar.Scalar.QUOTE_DOUBLE) {
          let lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth), n = Math.ceil(str.length / lineWidth), lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth)
            lines[i] = str.substr(o, lineWidth);
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? `
` : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLSeq3 = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq))
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (!identity.isPair(item)) {
            if (identity.isMap(item)) {
              item.items.length > 1 && onError("Each pair must have its own sequence indicator");
              let pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
              if (item.commentBefore && (pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore), item.comment) {
                let cn = pair.value ?? pair.key;
                cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
              }
              item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
          }
        }
      else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      let { replacer } = ctx, pairs2 = new YAMLSeq3.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          typeof replacer == "function" && (it = replacer.call(iterable, String(i++), it));
          let key, value;
          if (Array.isArray(it))
            if (it.length === 2)
              key = it[0], value = it[1];
            else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          else if (it && it instanceof Object) {
            let keys = Object.keys(it);
            if (keys.length === 1)
              key = keys[0], value = it[key];
            else
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
          } else
            key = it;
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: !1,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity(), toJS = require_toJS(), YAMLMap3 = require_YAMLMap(), YAMLSeq3 = require_YAMLSeq(), pairs = require_pairs(), YAMLOMap = class _YAMLOMap extends YAMLSeq3.YAMLSeq {
      constructor() {
        super(), this.add = YAMLMap3.YAMLMap.prototype.add.bind(this), this.delete = YAMLMap3.YAMLMap.prototype.delete.bind(this), this.get = YAMLMap3.YAMLMap.prototype.get.bind(this), this.has = YAMLMap3.YAMLMap.prototype.has.bind(this), this.set = YAMLMap3.YAMLMap.prototype.set.bind(this), this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        let map = /* @__PURE__ */ new Map();
        ctx?.onCreate && ctx.onCreate(map);
        for (let pair of this.items) {
          let key, value;
          if (identity.isPair(pair) ? (key = toJS.toJS(pair.key, "", ctx), value = toJS.toJS(pair.value, key, ctx)) : key = toJS.toJS(pair, "", ctx), map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        let pairs$1 = pairs.createPairs(schema, iterable, ctx), omap2 = new this();
        return omap2.items = pairs$1.items, omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: !1,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        let pairs$1 = pairs.resolvePairs(seq, onError), seenKeys = [];
        for (let { key } of pairs$1.items)
          identity.isScalar(key) && (seenKeys.includes(key.value) ? onError(`Ordered maps must not include duplicate keys: ${key.value}`) : seenKeys.push(key.value));
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      return source && (value ? trueTag : falseTag).test.test(source) ? source : value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === !0,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(!0),
      stringify: boolStringify
    }, falseTag = {
      identify: (value) => value === !1,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(!1),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        let node = new Scalar.Scalar(parseFloat(str.replace(/_/g, ""))), dot = str.indexOf(".");
        if (dot !== -1) {
          let f = str.substring(dot + 1).replace(/_/g, "");
          f[f.length - 1] === "0" && (node.minFractionDigits = f.length);
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      let sign = str[0];
      if ((sign === "-" || sign === "+") && (offset += 1), str = str.substring(offset).replace(/_/g, ""), intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        let n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      let n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      let { value } = node;
      if (intIdentify(value)) {
        let str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    }, intOct = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap3 = require_YAMLMap(), YAMLSet = class _YAMLSet extends YAMLMap3.YAMLMap {
      constructor(schema) {
        super(schema), this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        identity.isPair(key) ? pair = key : key && typeof key == "object" && "key" in key && "value" in key && key.value === null ? pair = new Pair.Pair(key.key, null) : pair = new Pair.Pair(key, null), YAMLMap3.findPair(this.items, pair.key) || this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        let pair = YAMLMap3.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value != "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        let prev = YAMLMap3.findPair(this.items, key);
        prev && !value ? this.items.splice(this.items.indexOf(prev), 1) : !prev && value && this.items.push(new Pair.Pair(key));
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(!0))
          return super.toString(Object.assign({}, ctx, { allNullValues: !0 }), onComment, onChompKeep);
        throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        let { replacer } = ctx, set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable)
            typeof replacer == "function" && (value = replacer.call(iterable, value, value)), set2.items.push(Pair.createPair(value, null, ctx));
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: !1,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(!0))
            return Object.assign(new YAMLSet(), map);
          onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      let sign = str[0], parts = sign === "-" || sign === "+" ? str.substring(1) : str, num = (n) => asBigInt ? BigInt(n) : Number(n), res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node, num = (n) => n;
      if (typeof value == "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      value < 0 && (sign = "-", value *= num(-1));
      let _60 = num(60), parts = [value % _60];
      return value < 60 ? parts.unshift(0) : (value = (value - parts[0]) / _60, parts.unshift(value % _60), value >= 60 && (value = (value - parts[0]) / _60, parts.unshift(value))), sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value == "bigint" || Number.isInteger(value),
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    }, floatTime = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, !1),
      stringify: stringifySexagesimal
    }, timestamp = {
      identify: (value) => value instanceof Date,
      default: !0,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        let match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        let [, year, month, day, hour, minute, second] = match.map(Number), millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0, date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec), tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, !1);
          Math.abs(d) < 30 && (d *= 60), date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), binary = require_binary(), bool = require_bool2(), float = require_float2(), int = require_int2(), merge2 = require_merge(), omap = require_omap(), pairs = require_pairs(), set = require_set(), timestamp = require_timestamp(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool = require_bool(), float = require_float(), int = require_int(), schema = require_schema(), schema$1 = require_schema2(), binary = require_binary(), merge2 = require_merge(), omap = require_omap(), pairs = require_pairs(), schema$2 = require_schema3(), set = require_set(), timestamp = require_timestamp(), schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]), tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    }, coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      let schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags)
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      let tags = schemaTags;
      if (!tags)
        if (Array.isArray(customTags))
          tags = [];
        else {
          let keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      if (Array.isArray(customTags))
        for (let tag of customTags)
          tags = tags.concat(tag);
      else typeof customTags == "function" && (tags = customTags(tags.slice()));
      return addMergeTag && (tags = tags.concat(merge2.merge)), tags.reduce((tags2, tag) => {
        let tagObj = typeof tag == "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          let tagName = JSON.stringify(tag), keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        return tags2.includes(tagObj) || tags2.push(tagObj), tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity(), map = require_map(), seq = require_seq(), string = require_string(), tags = require_tags(), sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0, Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null, this.name = typeof schema == "string" && schema || "core", this.knownTags = resolveKnownTags ? tags.coreKnownTags : {}, this.tags = tags.getTags(customTags, this.name, merge2), this.toStringOptions = toStringDefaults ?? null, Object.defineProperty(this, identity.MAP, { value: map.map }), Object.defineProperty(this, identity.SCALAR, { value: string.string }), Object.defineProperty(this, identity.SEQ, { value: seq.seq }), this.sortMapEntries = typeof sortMapEntries == "function" ? sortMapEntries : sortMapEntries === !0 ? sortMapEntriesByKey : null;
      }
      clone() {
        let copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        return copy.tags = this.tags.slice(), copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      let lines = [], hasDirectives = options.directives === !0;
      if (options.directives !== !1 && doc.directives) {
        let dir = doc.directives.toString(doc);
        dir ? (lines.push(dir), hasDirectives = !0) : doc.directives.docStart && (hasDirectives = !0);
      }
      hasDirectives && lines.push("---");
      let ctx = stringify.createStringifyContext(doc, options), { commentString } = ctx.options;
      if (doc.commentBefore) {
        lines.length !== 1 && lines.unshift("");
        let cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = !1, contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives && lines.push(""), doc.contents.commentBefore) {
            let cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment, contentComment = doc.contents.comment;
        }
        let onChompKeep = contentComment ? void 0 : () => chompKeep = !0, body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        contentComment && (body += stringifyComment.lineComment(body, "", commentString(contentComment))), (body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---" ? lines[lines.length - 1] = `--- ${body}` : lines.push(body);
      } else
        lines.push(stringify.stringify(doc.contents, ctx));
      if (doc.directives?.docEnd)
        if (doc.comment) {
          let cs = commentString(doc.comment);
          cs.includes(`
`) ? (lines.push("..."), lines.push(stringifyComment.indentComment(cs, ""))) : lines.push(`... ${cs}`);
        } else
          lines.push("...");
      else {
        let dc = doc.comment;
        dc && chompKeep && (dc = dc.replace(/^\n+/, "")), dc && ((!chompKeep || contentComment) && lines[lines.length - 1] !== "" && lines.push(""), lines.push(stringifyComment.indentComment(commentString(dc), "")));
      }
      return lines.join(`
`) + `
`;
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), toJS = require_toJS(), Schema = require_Schema(), stringifyDocument = require_stringifyDocument(), anchors = require_anchors(), applyReviver = require_applyReviver(), createNode = require_createNode(), directives = require_directives(), Document4 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null, this.comment = null, this.errors = [], this.warnings = [], Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer, replacer = void 0);
        let opt = Object.assign({
          intAsBigInt: !1,
          keepSourceTokens: !1,
          logLevel: "warn",
          prettyErrors: !0,
          strict: !0,
          stringKeys: !1,
          uniqueKeys: !0,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        options?._directives ? (this.directives = options._directives.atDocument(), this.directives.yaml.explicit && (version = this.directives.yaml.version)) : this.directives = new directives.Directives({ version }), this.setSchema(version, options), this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        let copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        return copy.commentBefore = this.commentBefore, copy.comment = this.comment, copy.errors = this.errors.slice(), copy.warnings = this.warnings.slice(), copy.options = Object.assign({}, this.options), this.directives && (copy.directives = this.directives.clone()), copy.schema = this.schema.clone(), copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents, this.range && (copy.range = this.range.slice()), copy;
      }
      /** Adds a value to the document. */
      add(value) {
        assertCollection(this.contents) && this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path7, value) {
        assertCollection(this.contents) && this.contents.addIn(path7, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          let prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer;
        if (typeof replacer == "function")
          value = replacer.call({ "": value }, "", value), _replacer = replacer;
        else if (Array.isArray(replacer)) {
          let keyToStr = (v) => typeof v == "number" || v instanceof String || v instanceof Number, asStr = replacer.filter(keyToStr).map(String);
          asStr.length > 0 && (replacer = replacer.concat(asStr)), _replacer = replacer;
        } else options === void 0 && replacer && (options = replacer, replacer = void 0);
        let { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {}, { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        ), ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? !0,
          keepUndefined: keepUndefined ?? !1,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        }, node = createNode.createNode(value, tag, ctx);
        return flow && identity.isCollection(node) && (node.flow = !0), setAnchors(), node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        let k = this.createNode(key, null, options), v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : !1;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path7) {
        return Collection.isEmptyPath(path7) ? this.contents == null ? !1 : (this.contents = null, !0) : assertCollection(this.contents) ? this.contents.deleteIn(path7) : !1;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path7, keepScalar) {
        return Collection.isEmptyPath(path7) ? !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents : identity.isCollection(this.contents) ? this.contents.getIn(path7, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : !1;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path7) {
        return Collection.isEmptyPath(path7) ? this.contents !== void 0 : identity.isCollection(this.contents) ? this.contents.hasIn(path7) : !1;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, [key], value) : assertCollection(this.contents) && this.contents.set(key, value);
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path7, value) {
        Collection.isEmptyPath(path7) ? this.contents = value : this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, Array.from(path7), value) : assertCollection(this.contents) && this.contents.setIn(path7, value);
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        typeof version == "number" && (version = String(version));
        let opt;
        switch (version) {
          case "1.1":
            this.directives ? this.directives.yaml.version = "1.1" : this.directives = new directives.Directives({ version: "1.1" }), opt = { resolveKnownTags: !1, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            this.directives ? this.directives.yaml.version = version : this.directives = new directives.Directives({ version }), opt = { resolveKnownTags: !0, schema: "core" };
            break;
          case null:
            this.directives && delete this.directives, opt = null;
            break;
          default: {
            let sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error("With a null YAML version, the { schema: Schema } option is required");
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor == "function")
          for (let { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: !0, jsonArg, mapAsMap: !1, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          let s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return !0;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document4;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos2, code, message) {
        super(), this.name = name, this.code = code, this.message = message, this.pos = pos2;
      }
    }, YAMLParseError = class extends YAMLError {
      constructor(pos2, code, message) {
        super("YAMLParseError", pos2, code, message);
      }
    }, YAMLWarning = class extends YAMLError {
      constructor(pos2, code, message) {
        super("YAMLWarning", pos2, code, message);
      }
    }, prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos2) => lc.linePos(pos2));
      let { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1, lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        let trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart), ci -= trimStart - 1;
      }
      if (lineStr.length > 80 && (lineStr = lineStr.substring(0, 79) + "\u2026"), line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        prev.length > 80 && (prev = prev.substring(0, 79) + `\u2026
`), lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1, end = error.linePos[1];
        end?.line === line && end.col > col && (count = Math.max(1, Math.min(end.col - col, 80 - ci)));
        let pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = !1, atNewline = startOnNewline, hasSpace = startOnNewline, comment = "", commentSep = "", hasNewline = !1, reqSpace = !1, tab = null, anchor = null, tag = null, newlineAfterProp = null, comma = null, found = null, start = null;
      for (let token of tokens)
        switch (reqSpace && (token.type !== "space" && token.type !== "newline" && token.type !== "comma" && onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), reqSpace = !1), tab && (atNewline && token.type !== "comment" && token.type !== "newline" && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), tab = null), token.type) {
          case "space":
            !flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	") && (tab = token), hasSpace = !0;
            break;
          case "comment": {
            hasSpace || onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            let cb = token.source.substring(1) || " ";
            comment ? comment += commentSep + cb : comment = cb, commentSep = "", atNewline = !1;
            break;
          }
          case "newline":
            atNewline ? comment ? comment += token.source : (!found || indicator !== "seq-item-ind") && (spaceBefore = !0) : commentSep += token.source, atNewline = !0, hasNewline = !0, (anchor || tag) && (newlineAfterProp = token), hasSpace = !0;
            break;
          case "anchor":
            anchor && onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor"), token.source.endsWith(":") && onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", !0), anchor = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          case "tag": {
            tag && onError(token, "MULTIPLE_TAGS", "A node can have at most one tag"), tag = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          }
          case indicator:
            (anchor || tag) && onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`), found && onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`), found = token, atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind", hasSpace = !1;
            break;
          case "comma":
            if (flow) {
              comma && onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`), comma = token, atNewline = !1, hasSpace = !1;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`), atNewline = !1, hasSpace = !1;
        }
      let last = tokens[tokens.length - 1], end = last ? last.offset + last.source.length : offset;
      return reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "") && onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq") && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes(`
`))
            return !0;
          if (key.end) {
            for (let st of key.end)
              if (st.type === "newline")
                return !0;
          }
          return !1;
        case "flow-collection":
          for (let it of key.items) {
            for (let st of it.start)
              if (st.type === "newline")
                return !0;
            if (it.sep) {
              for (let st of it.sep)
                if (st.type === "newline")
                  return !0;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return !0;
          }
          return !1;
        default:
          return !0;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        let end = fc.end[0];
        end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc) && onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", !0);
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      let { uniqueKeys } = ctx.options;
      if (uniqueKeys === !1)
        return !1;
      let isEqual = typeof uniqueKeys == "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair(), YAMLMap3 = require_YAMLMap(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilFlowIndentCheck = require_util_flow_indent_check(), utilMapIncludes = require_util_map_includes(), startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLMap3.YAMLMap, map = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1);
      let offset = bm.offset, commentEnd = null;
      for (let collItem of bm.items) {
        let { start, key, sep, value } = collItem, keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: !0
        }), implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key && (key.type === "block-seq" ? onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key") : "indent" in key && key.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg)), !keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end, keyProps.comment && (map.comment ? map.comment += `
` + keyProps.comment : map.comment = keyProps.comment);
            continue;
          }
          (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) && onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
        } else keyProps.found?.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg);
        ctx.atKey = !0;
        let keyStart = keyProps.end, keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError), ctx.atKey = !1, utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        let valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        if (offset = valueProps.end, valueProps.found) {
          implicitKey && (value?.type === "block-map" && !valueProps.hasNewline && onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings"), ctx.options.strict && keyProps.start < valueProps.found.offset - 1024 && onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError), offset = valueNode.range[2];
          let pair = new Pair.Pair(keyNode, valueNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map.items.push(pair);
        } else {
          implicitKey && onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values"), valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map.items.push(pair);
        }
      }
      return commentEnd && commentEnd < offset && onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content"), map.range = [bm.offset, offset, commentEnd ?? offset], map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq3 = require_YAMLSeq(), resolveProps = require_resolve_props(), utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLSeq3.YAMLSeq, seq = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = bs.offset, commentEnd = null;
      for (let { start, value } of bs.items) {
        let props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: !0
        });
        if (!props.found)
          if (props.anchor || props.tag || value)
            value?.type === "block-seq" ? onError(props.end, "BAD_INDENT", "All sequence items must start at the same column") : onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          else {
            commentEnd = props.end, props.comment && (seq.comment = props.comment);
            continue;
          }
        let node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError), offset = node.range[2], seq.items.push(node);
      }
      return seq.range = [bs.offset, offset, commentEnd ?? offset], seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = !1, sep = "";
        for (let token of end) {
          let { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = !0;
              break;
            case "comment": {
              reqSpace && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              let cb = source.substring(1) || " ";
              comment ? comment += sep + cb : comment = cb, sep = "";
              break;
            }
            case "newline":
              comment && (sep += source), hasSpace = !0;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap3 = require_YAMLMap(), YAMLSeq3 = require_YAMLSeq(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilMapIncludes = require_util_map_includes(), blockMsg = "Block collections are not allowed within flow collections", isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      let isMap5 = fc.start.source === "{", fcName = isMap5 ? "flow map" : "flow sequence", NodeClass = tag?.nodeClass ?? (isMap5 ? YAMLMap3.YAMLMap : YAMLSeq3.YAMLSeq), coll = new NodeClass(ctx.schema);
      coll.flow = !0;
      let atRoot = ctx.atRoot;
      atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        let collItem = fc.items[i], { start, key, sep, value } = collItem, props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: !1
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            i === 0 && props.comma ? onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`) : i < fc.items.length - 1 && onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`), props.comment && (coll.comment ? coll.comment += `
` + props.comment : coll.comment = props.comment), offset = props.end;
            continue;
          }
          !isMap5 && ctx.options.strict && utilContainsNewline.containsNewline(key) && onError(
            key,
            // checked by containsNewline()
            "MULTILINE_IMPLICIT_KEY",
            "Implicit keys of flow sequence pairs need to be on a single line"
          );
        }
        if (i === 0)
          props.comma && onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (props.comma || onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`), props.comment) {
          let prevItemComment = "";
          loop: for (let st of start)
            switch (st.type) {
              case "comma":
              case "space":
                break;
              case "comment":
                prevItemComment = st.source.substring(1);
                break loop;
              default:
                break loop;
            }
          if (prevItemComment) {
            let prev = coll.items[coll.items.length - 1];
            identity.isPair(prev) && (prev = prev.value ?? prev.key), prev.comment ? prev.comment += `
` + prevItemComment : prev.comment = prevItemComment, props.comment = props.comment.substring(prevItemComment.length + 1);
          }
        }
        if (!isMap5 && !sep && !props.found) {
          let valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode), offset = valueNode.range[2], isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = !0;
          let keyStart = props.end, keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          isBlock(key) && onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg), ctx.atKey = !1;
          let valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: !1
          });
          if (valueProps.found) {
            if (!isMap5 && !props.found && ctx.options.strict) {
              if (sep)
                for (let st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              props.start < valueProps.found.offset - 1024 && onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else value && ("source" in value && value.source?.[0] === ":" ? onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`) : onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          valueNode ? isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg) : valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens && (pair.srcToken = collItem), isMap5) {
            let map = coll;
            utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique"), map.items.push(pair);
          } else {
            let map = new YAMLMap3.YAMLMap(ctx.schema);
            map.flow = !0, map.items.push(pair);
            let endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]], coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      let expectedEnd = isMap5 ? "}" : "]", [ce, ...ee] = fc.end, cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        let name = fcName[0].toUpperCase() + fcName.substring(1), msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg), ce && ce.source.length !== 1 && ee.unshift(ce);
      }
      if (ee.length > 0) {
        let end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        end.comment && (coll.comment ? coll.comment += `
` + end.comment : coll.comment = end.comment), coll.range = [fc.offset, cePos, end.offset];
      } else
        coll.range = [fc.offset, cePos, cePos];
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), YAMLMap3 = require_YAMLMap(), YAMLSeq3 = require_YAMLSeq(), resolveBlockMap = require_resolve_block_map(), resolveBlockSeq = require_resolve_block_seq(), resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      let coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag), Coll = coll.constructor;
      return tagName === "!" || tagName === Coll.tagName ? (coll.tag = Coll.tagName, coll) : (tagName && (coll.tag = tagName), coll);
    }
    function composeCollection(CN, ctx, token, props, onError) {
      let tagToken = props.tag, tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      if (token.type === "block-seq") {
        let { anchor, newlineAfterProp: nl } = props, lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        lastProp && (!nl || nl.offset < lastProp.offset) && onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
      }
      let expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap3.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq3.YAMLSeq.tagName && expType === "seq")
        return resolveCollection(CN, ctx, token, onError, tagName);
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        let kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType)
          ctx.schema.tags.push(Object.assign({}, kt, { default: !1 })), tag = kt;
        else
          return kt ? onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, !0) : onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, !0), resolveCollection(CN, ctx, token, onError, tagName);
      }
      let coll = resolveCollection(CN, ctx, token, onError, tagName, tag), res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll, node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      return node.range = coll.range, node.tag = tagName, tag?.format && (node.format = tag.format), node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      let start = scalar.offset, header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      let type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL, lines = scalar.source ? splitLines(scalar.source) : [], chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        let content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        let value2 = header.chomp === "+" && lines.length > 0 ? `
`.repeat(Math.max(1, lines.length - 1)) : "", end2 = start + header.length;
        return scalar.source && (end2 += scalar.source.length), { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent, offset = scalar.offset + header.length, contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        if (content === "" || content === "\r")
          header.indent === 0 && indent.length > trimIndent && (trimIndent = indent.length);
        else {
          indent.length < trimIndent && onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator"), header.indent === 0 && (trimIndent = indent.length), contentStart = i, trimIndent === 0 && !ctx.atRoot && onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i)
        lines[i][0].length > trimIndent && (chompStart = i + 1);
      let value = "", sep = "", prevMoreIndented = !1;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + `
`;
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        let crlf = content[content.length - 1] === "\r";
        if (crlf && (content = content.slice(0, -1)), content && indent.length < trimIndent) {
          let message = `Block scalar lines must not be less indented than their ${header.indent ? "explicit indentation indicator" : "first line"}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message), indent = "";
        }
        type === Scalar.Scalar.BLOCK_LITERAL ? (value += sep + indent.slice(trimIndent) + content, sep = `
`) : indent.length > trimIndent || content[0] === "	" ? (sep === " " ? sep = `
` : !prevMoreIndented && sep === `
` && (sep = `

`), value += sep + indent.slice(trimIndent) + content, sep = `
`, prevMoreIndented = !0) : content === "" ? sep === `
` ? value += `
` : sep = `
` : (value += sep + content, sep = " ", prevMoreIndented = !1);
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += `
` + lines[i][0].slice(trimIndent);
          value[value.length - 1] !== `
` && (value += `
`);
          break;
        default:
          value += `
`;
      }
      let end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header")
        return onError(props[0], "IMPOSSIBLE", "Block scalar header not found"), null;
      let { source } = props[0], mode = source[0], indent = 0, chomp = "", error = -1;
      for (let i = 1; i < source.length; ++i) {
        let ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          let n = Number(ch);
          !indent && n ? indent = n : error === -1 && (error = offset + i);
        }
      }
      error !== -1 && onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = !1, comment = "", length = source.length;
      for (let i = 1; i < props.length; ++i) {
        let token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = !0;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            strict && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters"), length += token.source.length, comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message), length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            let message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            let ts = token.source;
            ts && typeof ts == "string" && (length += ts.length);
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      let split = source.split(/\n( *)/), first = split[0], m = first.match(/^( *)/), lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      let { offset, type, source, end } = scalar, _type, value, _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN, value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE, value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE, value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          return onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`), {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      return badChar && onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`), unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      return (source[source.length - 1] !== "'" || source.length === 1) && onError(source.length, "MISSING_CHAR", "Missing closing 'quote"), unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      let line = /(.*?)\r?\n/sy, match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$"), trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/, trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, ""), sep = " ", pos2 = line.lastIndex;
      for (; match = line.exec(source); ) {
        let lm = match[1].replace(trimBoth, "");
        lm === "" ? sep === `
` ? res += sep : sep = `
` : (res += sep + lm, sep = " "), pos2 = line.lastIndex;
      }
      let last = /[ \t]*(.*)/sy;
      return last.lastIndex = pos2, match = last.exec(source), res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        let ch = source[i];
        if (!(ch === "\r" && source[i + 1] === `
`))
          if (ch === `
`) {
            let { fold, offset } = foldNewline(source, i);
            res += fold, i = offset;
          } else if (ch === "\\") {
            let next = source[++i], cc = escapeCodes[next];
            if (cc)
              res += cc;
            else if (next === `
`)
              for (next = source[i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "\r" && source[i + 1] === `
`)
              for (next = source[++i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "x" || next === "u" || next === "U") {
              let length = next === "x" ? 2 : next === "u" ? 4 : 8;
              res += parseCharCode(source, i + 1, length, onError), i += length;
            } else {
              let raw = source.substr(i - 1, 2);
              onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), res += raw;
            }
          } else if (ch === " " || ch === "	") {
            let wsStart = i, next = source[i + 1];
            for (; next === " " || next === "	"; )
              next = source[++i + 1];
            next !== `
` && !(next === "\r" && source[i + 2] === `
`) && (res += i > wsStart ? source.slice(wsStart, i + 1) : ch);
          } else
            res += ch;
      }
      return (source[source.length - 1] !== '"' || source.length === 1) && onError(source.length, "MISSING_CHAR", 'Missing closing "quote'), res;
    }
    function foldNewline(source, offset) {
      let fold = "", ch = source[offset + 1];
      for (; (ch === " " || ch === "	" || ch === `
` || ch === "\r") && !(ch === "\r" && source[offset + 2] !== `
`); )
        ch === `
` && (fold += `
`), offset += 1, ch = source[offset + 1];
      return fold || (fold = " "), { fold, offset };
    }
    var escapeCodes = {
      0: "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: `
`,
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      let cc = source.substr(offset, length), code = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        let raw = source.substr(offset - 2, length + 2);
        return onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      let { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError), tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null, tag;
      ctx.options.stringKeys && ctx.atKey ? tag = ctx.schema[identity.SCALAR] : tagName ? tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError) : token.type === "scalar" ? tag = findScalarTagByTest(ctx, value, token, onError) : tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        let res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        let msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), scalar = new Scalar.Scalar(value);
      }
      return scalar.range = range, scalar.source = value, type && (scalar.type = type), tagName && (scalar.tag = tagName), tag.format && (scalar.format = tag.format), comment && (scalar.comment = comment), scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      let matchWithTest = [];
      for (let tag of schema.tags)
        if (!tag.collection && tag.tag === tagName)
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
      for (let tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      let kt = schema.knownTags[tagName];
      return kt && !kt.collection ? (schema.tags.push(Object.assign({}, kt, { default: !1, test: void 0 })), kt) : (onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str"), schema[identity.SCALAR]);
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      let tag = schema.tags.find((tag2) => (tag2.default === !0 || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        let compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          let ts = directives.tagString(tag.tag), cs = directives.tagString(compat.tag), msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, !0);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos2) {
      if (before) {
        pos2 ?? (pos2 = before.length);
        for (let i = pos2 - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          for (st = before[++i]; st?.type === "space"; )
            offset += st.source.length, st = before[++i];
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), composeCollection = require_compose_collection(), composeScalar = require_compose_scalar(), resolveEnd = require_resolve_end(), utilEmptyScalarPosition = require_util_empty_scalar_position(), CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      let atKey = ctx.atKey, { spaceBefore, comment, anchor, tag } = props, node, isSrcToken = !0;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError), (anchor || tag) && onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError), anchor && (node.anchor = anchor.source.substring(1));
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError), anchor && (node.anchor = anchor.source.substring(1));
          } catch (error) {
            let message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          let message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message), isSrcToken = !1;
        }
      }
      return node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError)), anchor && node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string"), atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value != "string" || node.tag && node.tag !== "tag:yaml.org,2002:str") && onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings"), spaceBefore && (node.spaceBefore = !0), comment && (token.type === "scalar" && token.source === "" ? node.comment = comment : node.commentBefore = comment), ctx.options.keepSourceTokens && isSrcToken && (node.srcToken = token), node;
    }
    function composeEmptyNode(ctx, offset, before, pos2, { spaceBefore, comment, anchor, tag, end }, onError) {
      let token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos2),
        indent: -1,
        source: ""
      }, node = composeScalar.composeScalar(ctx, token, tag, onError);
      return anchor && (node.anchor = anchor.source.substring(1), node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string")), spaceBefore && (node.spaceBefore = !0), comment && (node.comment = comment, node.range[2] = end), node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      let alias = new Alias.Alias(source.substring(1));
      alias.source === "" && onError(offset, "BAD_ALIAS", "Alias cannot be an empty string"), alias.source.endsWith(":") && onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", !0);
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      return alias.range = [offset, valueEnd, re.offset], re.comment && (alias.comment = re.comment), alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document4 = require_Document(), composeNode = require_compose_node(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      let opts = Object.assign({ _directives: directives }, options), doc = new Document4.Document(void 0, opts), ctx = {
        atKey: !1,
        atRoot: !0,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      }, props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: !0
      });
      props.found && (doc.directives.docStart = !0, value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline && onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker")), doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      let contentEnd = doc.contents.range[2], re = resolveEnd.resolveEnd(end, contentEnd, !1, onError);
      return re.comment && (doc.comment = re.comment), doc.range = [offset, contentEnd, re.offset], doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = require("process"), directives = require_directives(), Document4 = require_Document(), errors = require_errors(), identity = require_identity(), composeDoc = require_compose_doc(), resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src == "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      let { offset, source } = src;
      return [offset, offset + (typeof source == "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "", atComment = !1, afterEmptyLine = !1;
      for (let i = 0; i < prelude.length; ++i) {
        let source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? `

` : `
`) + (source.substring(1) || " "), atComment = !0, afterEmptyLine = !1;
            break;
          case "%":
            prelude[i + 1]?.[0] !== "#" && (i += 1), atComment = !1;
            break;
          default:
            atComment || (afterEmptyLine = !0), atComment = !1;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null, this.atDirectives = !1, this.prelude = [], this.errors = [], this.warnings = [], this.onError = (source, code, message, warning) => {
          let pos2 = getErrorPos(source);
          warning ? this.warnings.push(new errors.YAMLWarning(pos2, code, message)) : this.errors.push(new errors.YAMLParseError(pos2, code, message));
        }, this.directives = new directives.Directives({ version: options.version || "1.2" }), this.options = options;
      }
      decorate(doc, afterDoc) {
        let { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          let dc = doc.contents;
          if (afterDoc)
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          else if (afterEmptyLine || doc.directives.docStart || !dc)
            doc.commentBefore = comment;
          else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            identity.isPair(it) && (it = it.key);
            let cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            let cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else
          doc.errors = this.errors, doc.warnings = this.warnings;
        this.prelude = [], this.errors = [], this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = !1, endOffset = -1) {
        for (let token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        switch (node_process.env.LOG_STREAM && console.dir(token, { depth: null }), token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              let pos2 = getErrorPos(token);
              pos2[0] += offset, this.onError(pos2, "BAD_DIRECTIVE", message, warning);
            }), this.prelude.push(token.source), this.atDirectives = !0;
            break;
          case "document": {
            let doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            this.atDirectives && !doc.directives.docStart && this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line"), this.decorate(doc, !1), this.doc && (yield this.doc), this.doc = doc, this.atDirectives = !1;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            let msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message, error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            this.atDirectives || !this.doc ? this.errors.push(error) : this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              let msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = !0;
            let end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            if (this.decorate(this.doc, !0), end.comment) {
              let dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = !1, endOffset = -1) {
        if (this.doc)
          this.decorate(this.doc, !0), yield this.doc, this.doc = null;
        else if (forceDoc) {
          let opts = Object.assign({ _directives: this.directives }, this.options), doc = new Document4.Document(void 0, opts);
          this.atDirectives && this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line"), doc.range = [0, endOffset, endOffset], this.decorate(doc, !1), yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar(), errors = require_errors(), stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = !0, onError) {
      if (token) {
        let _onError = (pos2, code, message) => {
          let offset = typeof pos2 == "number" ? pos2 : Array.isArray(pos2) ? pos2[0] : pos2.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      let { implicitKey = !1, indent, inFlow = !1, offset = -1, type = "PLAIN" } = context, source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      }), end = context.end ?? [
        { type: "newline", offset: -1, indent, source: `
` }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`, props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          return addEndtoBlockProps(props, end) || props.push({ type: "newline", offset: -1, indent, source: `
` }), { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = !1, implicitKey = !1, inFlow = !1, type } = context, indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent == "number" && (indent += 2), !type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            let header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      let source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`;
      if (token.type === "block-scalar") {
        let header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head, token.source = body;
      } else {
        let { offset } = token, indent = "indent" in token ? token.indent : -1, props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        addEndtoBlockProps(props, "end" in token ? token.end : void 0) || props.push({ type: "newline", offset: -1, indent, source: `
` });
        for (let key of Object.keys(token))
          key !== "type" && key !== "offset" && delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (let st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              return props.push(st), !0;
          }
      return !1;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type, token.source = source;
          break;
        case "block-scalar": {
          let end = token.props.slice(1), oa = source.length;
          token.props[0].type === "block-scalar-header" && (oa -= token.props[0].source.length);
          for (let tok of end)
            tok.offset += oa;
          delete token.props, Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          let nl = { type: "newline", offset: token.offset + source.length, indent: token.indent, source: `
` };
          delete token.items, Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          let indent = "indent" in token ? token.indent : -1, end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (let key of Object.keys(token))
            key !== "type" && key !== "offset" && delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (let tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (let item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (let item of token.items)
            res += stringifyItem(item);
          for (let st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (let st of start)
        res += st.source;
      if (key && (res += stringifyToken(key)), sep)
        for (let st of sep)
          res += st.source;
      return value && (res += stringifyToken(value)), res;
    }
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      "type" in cst && cst.type === "document" && (cst = { start: cst.start, value: cst.value }), _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path7) => {
      let item = cst;
      for (let [field, index] of path7) {
        let tok = item?.[field];
        if (tok && "items" in tok)
          item = tok.items[index];
        else
          return;
      }
      return item;
    };
    visit.parentCollection = (cst, path7) => {
      let parent = visit.itemAtPath(cst, path7.slice(0, -1)), field = path7[path7.length - 1][0], coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path7, item, visitor) {
      let ctrl = visitor(item, path7);
      if (typeof ctrl == "symbol")
        return ctrl;
      for (let field of ["key", "value"]) {
        let token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            let ci = _visit(Object.freeze(path7.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (token.items.splice(i, 1), i -= 1);
            }
          }
          typeof ctrl == "function" && field === "key" && (ctrl = ctrl(item, path7));
        }
      }
      return typeof ctrl == "function" ? ctrl(item, path7) : ctrl;
    }
    exports2.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar(), cstStringify = require_cst_stringify(), cstVisit = require_cst_visit(), BOM = "\uFEFF", DOCUMENT = "", FLOW_END = "", SCALAR = "", isCollection = (token) => !!token && "items" in token, isScalar4 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case `
`:
        case `\r
`:
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar4;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case `
`:
        case "\r":
        case "	":
          return !0;
        default:
          return !1;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef"), tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"), flowIndicatorChars = new Set(",[]{}"), invalidAnchorChars = new Set(` ,[]{}
\r	`), isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch), Lexer = class {
      constructor() {
        this.atEnd = !1, this.blockScalarIndent = -1, this.blockScalarKeep = !1, this.buffer = "", this.flowKey = !1, this.flowLevel = 0, this.indentNext = 0, this.indentValue = 0, this.lineEndPos = null, this.next = null, this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = !1) {
        if (source) {
          if (typeof source != "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source, this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        for (; next && (incomplete || this.hasChars(1)); )
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos, ch = this.buffer[i];
        for (; ch === " " || ch === "	"; )
          ch = this.buffer[++i];
        return !ch || ch === "#" || ch === `
` ? !0 : ch === "\r" ? this.buffer[i + 1] === `
` : !1;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          for (; ch === " "; )
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            let next = this.buffer[indent + offset + 1];
            if (next === `
` || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === `
` || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          let dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        return (typeof end != "number" || end !== -1 && end < this.pos) && (end = this.buffer.indexOf(`
`, this.pos), this.lineEndPos = end), end === -1 ? this.atEnd ? this.buffer.substring(this.pos) : null : (this.buffer[end - 1] === "\r" && (end -= 1), this.buffer.substring(this.pos, end));
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        return this.buffer = this.buffer.substring(this.pos), this.pos = 0, this.lineEndPos = null, this.next = state, null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM && (yield* this.pushCount(1), line = line.substring(1)), line[0] === "%") {
          let dirEnd = line.length, cs = line.indexOf("#");
          for (; cs !== -1; ) {
            let ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else
              cs = line.indexOf("#", cs + 1);
          }
          for (; ; ) {
            let ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          let n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(!0));
          return yield* this.pushCount(line.length - n), this.pushNewline(), "stream";
        }
        if (this.atLineEnd()) {
          let sp = yield* this.pushSpaces(!0);
          return yield* this.pushCount(line.length - sp), yield* this.pushNewline(), "stream";
        }
        return yield cst.DOCUMENT, yield* this.parseLineStart();
      }
      *parseLineStart() {
        let ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          let s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3)))
            return yield* this.pushCount(3), this.indentValue = 0, this.indentNext = 0, s === "---" ? "doc" : "stream";
        }
        return this.indentValue = yield* this.pushSpaces(!1), this.indentNext > this.indentValue && !isEmpty(this.charAt(1)) && (this.indentNext = this.indentValue), yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        let [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          let n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(!0));
          return this.indentNext = this.indentValue + 1, this.indentValue += n, "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(!0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            return yield* this.pushNewline(), yield* this.parseLineStart();
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel = 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            return n += yield* this.parseBlockScalarHeader(), n += yield* this.pushSpaces(!0), yield* this.pushCount(line.length - n), yield* this.pushNewline(), yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp, indent = -1;
        do
          nl = yield* this.pushNewline(), nl > 0 ? (sp = yield* this.pushSpaces(!1), this.indentValue = indent = sp) : sp = 0, sp += yield* this.pushSpaces(!0);
        while (nl + sp > 0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if ((indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) && !(indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}")))
          return this.flowLevel = 0, yield cst.FLOW_END, yield* this.parseLineStart();
        let n = 0;
        for (; line[n] === ","; )
          n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0), this.flowKey = !1;
        switch (n += yield* this.pushIndicators(), line[n]) {
          case void 0:
            return "flow";
          case "#":
            return yield* this.pushCount(line.length - n), "flow";
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel += 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), this.flowKey = !0, this.flowLevel -= 1, this.flowLevel ? "flow" : "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "flow";
          case '"':
          case "'":
            return this.flowKey = !0, yield* this.parseQuotedScalar();
          case ":": {
            let next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",")
              return this.flowKey = !1, yield* this.pushCount(1), yield* this.pushSpaces(!0), "flow";
          }
          // fallthrough
          default:
            return this.flowKey = !1, yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        let quote = this.charAt(0), end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'")
          for (; end !== -1 && this.buffer[end + 1] === "'"; )
            end = this.buffer.indexOf("'", end + 2);
        else
          for (; end !== -1; ) {
            let n = 0;
            for (; this.buffer[end - 1 - n] === "\\"; )
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        let qb = this.buffer.substring(0, end), nl = qb.indexOf(`
`, this.pos);
        if (nl !== -1) {
          for (; nl !== -1; ) {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf(`
`, cs);
          }
          nl !== -1 && (end = nl - (qb[nl - 1] === "\r" ? 2 : 1));
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        return yield* this.pushToIndex(end + 1, !1), this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1, this.blockScalarKeep = !1;
        let i = this.pos;
        for (; ; ) {
          let ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = !0;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1, indent = 0, ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2)
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case `
`:
              nl = i2, indent = 0;
              break;
            case "\r": {
              let next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === `
`)
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          this.blockScalarIndent === -1 ? this.indentNext = indent : this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          do {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf(`
`, cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        for (ch = this.buffer[i]; ch === " "; )
          ch = this.buffer[++i];
        if (ch === "	") {
          for (; ch === "	" || ch === " " || ch === "\r" || ch === `
`; )
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep)
          do {
            let i2 = nl - 1, ch2 = this.buffer[i2];
            ch2 === "\r" && (ch2 = this.buffer[--i2]);
            let lastChar = i2;
            for (; ch2 === " "; )
              ch2 = this.buffer[--i2];
            if (ch2 === `
` && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (!0);
        return yield cst.SCALAR, yield* this.pushToIndex(nl + 1, !0), yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        let inFlow = this.flowLevel > 0, end = this.pos - 1, i = this.pos - 1, ch;
        for (; ch = this.buffer[++i]; )
          if (ch === ":") {
            let next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r" && (next === `
` ? (i += 1, ch = `
`, next = this.buffer[i + 1]) : end = i), next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === `
`) {
              let cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        return !ch && !this.atEnd ? this.setNext("plain-scalar") : (yield cst.SCALAR, yield* this.pushToIndex(end + 1, !0), inFlow ? "flow" : "doc");
      }
      *pushCount(n) {
        return n > 0 ? (yield this.buffer.substr(this.pos, n), this.pos += n, n) : 0;
      }
      *pushToIndex(i, allowEmpty) {
        let s = this.buffer.slice(this.pos, i);
        return s ? (yield s, this.pos += s.length, s.length) : (allowEmpty && (yield ""), 0);
      }
      *pushIndicators() {
        let n = 0;
        loop: for (; ; ) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag(), n += yield* this.pushSpaces(!0);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar), n += yield* this.pushSpaces(!0);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              let inFlow = this.flowLevel > 0, ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                inFlow ? this.flowKey && (this.flowKey = !1) : this.indentNext = this.indentValue + 1, n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2, ch = this.buffer[i];
          for (; !isEmpty(ch) && ch !== ">"; )
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, !1);
        } else {
          let i = this.pos + 1, ch = this.buffer[i];
          for (; ch; )
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2]))
              ch = this.buffer[i += 3];
            else
              break;
          return yield* this.pushToIndex(i, !1);
        }
      }
      *pushNewline() {
        let ch = this.buffer[this.pos];
        return ch === `
` ? yield* this.pushCount(1) : ch === "\r" && this.charAt(1) === `
` ? yield* this.pushCount(2) : 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1, ch;
        do
          ch = this.buffer[++i];
        while (ch === " " || allowTabs && ch === "	");
        let n = i - this.pos;
        return n > 0 && (yield this.buffer.substr(this.pos, n), this.pos = i), n;
      }
      *pushUntil(test) {
        let i = this.pos, ch = this.buffer[i];
        for (; !test(ch); )
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, !1);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [], this.addNewLine = (offset) => this.lineStarts.push(offset), this.linePos = (offset) => {
          let low = 0, high = this.lineStarts.length;
          for (; low < high; ) {
            let mid = low + high >> 1;
            this.lineStarts[mid] < offset ? low = mid + 1 : high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          let start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = require("process"), cst = require_cst(), lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return !0;
      return !1;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i)
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return !0;
        default:
          return !1;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          let it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: for (; --i >= 0; )
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      for (; prev[++i]?.type === "space"; )
        ;
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start")
        for (let it of fc.items)
          it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind") && (it.key && (it.value = it.key), delete it.key, isFlowToken(it.value) ? it.value.end ? arrayPushArray(it.value.end, it.sep) : it.value.end = it.sep : arrayPushArray(it.start, it.sep), delete it.sep);
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = !0, this.atScalar = !1, this.indent = 0, this.offset = 0, this.onKeyLine = !1, this.stack = [], this.source = "", this.type = "", this.lexer = new lexer.Lexer(), this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = !1) {
        this.onNewLine && this.offset === 0 && this.onNewLine(0);
        for (let lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        incomplete || (yield* this.end());
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        if (this.source = source, node_process.env.LOG_TOKENS && console.log("|", cst.prettyToken(source)), this.atScalar) {
          this.atScalar = !1, yield* this.step(), this.offset += source.length;
          return;
        }
        let type = cst.tokenType(source);
        if (type)
          if (type === "scalar")
            this.atNewLine = !1, this.atScalar = !0, this.type = "scalar";
          else {
            switch (this.type = type, yield* this.step(), type) {
              case "newline":
                this.atNewLine = !0, this.indent = 0, this.onNewLine && this.onNewLine(this.offset + source.length);
                break;
              case "space":
                this.atNewLine && source[0] === " " && (this.indent += source.length);
                break;
              case "explicit-key-ind":
              case "map-value-ind":
              case "seq-item-ind":
                this.atNewLine && (this.indent += source.length);
                break;
              case "doc-mode":
              case "flow-error-end":
                return;
              default:
                this.atNewLine = !1;
            }
            this.offset += source.length;
          }
        else {
          let message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source }), this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        for (; this.stack.length > 0; )
          yield* this.pop();
      }
      get sourceToken() {
        return {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      *step() {
        let top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          for (; this.stack.length > 0; )
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        let token = error ?? this.stack.pop();
        if (!token)
          yield { type: "error", offset: this.offset, source: "", message: "Tried to pop an empty stack" };
        else if (this.stack.length === 0)
          yield token;
        else {
          let top = this.peek(1);
          switch (token.type === "block-scalar" ? token.indent = "indent" in top ? top.indent : 0 : token.type === "flow-collection" && top.type === "document" && (token.indent = 0), token.type === "flow-collection" && fixFlowSeqItems(token), top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              let it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] }), this.onKeyLine = !0;
                return;
              } else if (it.sep)
                it.value = token;
              else {
                Object.assign(it, { key: token, sep: [] }), this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              let it = top.items[top.items.length - 1];
              it.value ? top.items.push({ start: [], value: token }) : it.value = token;
              break;
            }
            case "flow-collection": {
              let it = top.items[top.items.length - 1];
              !it || it.value ? top.items.push({ start: [], key: token, sep: [] }) : it.sep ? it.value = token : Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop(), yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            let last = token.items[token.items.length - 1];
            last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent)) && (top.type === "document" ? top.end = last.start : top.items.push({ start: last.start }), token.items.splice(-1, 1));
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            let doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            this.type === "doc-start" && doc.start.push(this.sourceToken), this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            findNonEmptyIndex(doc.start) !== -1 ? (yield* this.pop(), yield* this.step()) : doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        let bv = this.startBlockValue(doc);
        bv ? this.stack.push(bv) : yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML document`,
          source: this.source
        };
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          let prev = getPrevProps(this.peek(2)), start = getFirstKeyStartProps(prev), sep;
          scalar.end ? (sep = scalar.end, sep.push(this.sourceToken), delete scalar.end) : sep = [this.sourceToken];
          let map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            if (scalar.source = this.source, this.atNewLine = !0, this.indent = 0, this.onNewLine) {
              let nl = this.source.indexOf(`
`) + 1;
              for (; nl !== 0; )
                this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop(), yield* this.step();
        }
      }
      *blockMap(map) {
        let it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            if (this.onKeyLine = !1, it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : map.items.push({ start: [this.sourceToken] });
            } else it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              map.items.push({ start: [this.sourceToken] });
            else if (it.sep)
              it.sep.push(this.sourceToken);
            else {
              if (this.atIndentedComment(it.start, map.indent)) {
                let end = map.items[map.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          let atMapIndent = !this.onKeyLine && this.indent === map.indent, atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind", start = [];
          if (atNextItem && it.sep && !it.value) {
            let nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              let st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  st.indent > map.indent && (nl.length = 0);
                  break;
                default:
                  nl.length = 0;
              }
            }
            nl.length >= 2 && (start = it.sep.splice(nl[1]));
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start }), this.onKeyLine = !0) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "explicit-key-ind":
              !it.sep && !it.explicitKey ? (it.start.push(this.sourceToken), it.explicitKey = !0) : atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start, explicitKey: !0 })) : this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [this.sourceToken], explicitKey: !0 }]
              }), this.onKeyLine = !0;
              return;
            case "map-value-ind":
              if (it.explicitKey)
                if (it.sep)
                  if (it.value)
                    map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                  else if (includesToken(it.sep, "map-value-ind"))
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start, key: null, sep: [this.sourceToken] }]
                    });
                  else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                    let start2 = getFirstKeyStartProps(it.start), key = it.key, sep = it.sep;
                    sep.push(this.sourceToken), delete it.key, delete it.sep, this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key, sep }]
                    });
                  } else start.length > 0 ? it.sep = it.sep.concat(start, this.sourceToken) : it.sep.push(this.sourceToken);
                else if (includesToken(it.start, "newline"))
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                else {
                  let start2 = getFirstKeyStartProps(it.start);
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                }
              else
                it.sep ? it.value || atNextItem ? map.items.push({ start, key: null, sep: [this.sourceToken] }) : includesToken(it.sep, "map-value-ind") ? this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [], key: null, sep: [this.sourceToken] }]
                }) : it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              this.onKeyLine = !0;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs6 = this.flowScalar(this.type);
              atNextItem || it.value ? (map.items.push({ start, key: fs6, sep: [] }), this.onKeyLine = !0) : it.sep ? this.stack.push(fs6) : (Object.assign(it, { key: fs6, sep: [] }), this.onKeyLine = !0);
              return;
            }
            default: {
              let bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else atMapIndent && map.items.push({ start });
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *blockSequence(seq) {
        let it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                let end = seq.items[seq.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            it.value || includesToken(it.start, "seq-item-ind") ? seq.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          let bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *flowCollection(fc) {
        let it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do
            yield* this.pop(), top = this.peek(1);
          while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              !it || it.sep ? fc.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              !it || it.value ? fc.items.push({ start: [], key: null, sep: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              !it || it.value ? fc.items.push({ start: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs6 = this.flowScalar(this.type);
              !it || it.value ? fc.items.push({ start: [], key: fs6, sep: [] }) : it.sep ? this.stack.push(fs6) : Object.assign(it, { key: fs6, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          let bv = this.startBlockValue(fc);
          bv ? this.stack.push(bv) : (yield* this.pop(), yield* this.step());
        } else {
          let parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep))
            yield* this.pop(), yield* this.step();
          else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            let sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            let map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
          } else
            yield* this.lineEnd(fc);
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf(`
`) + 1;
          for (; nl !== 0; )
            this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return start.push(this.sourceToken), {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: !0 }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        return this.type !== "comment" || this.indent <= indent ? !1 : start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        this.type !== "doc-mode" && (docEnd.end ? docEnd.end.push(this.sourceToken) : docEnd.end = [this.sourceToken], this.type === "newline" && (yield* this.pop()));
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop(), yield* this.step();
            break;
          case "newline":
            this.onKeyLine = !1;
          default:
            token.end ? token.end.push(this.sourceToken) : token.end = [this.sourceToken], this.type === "newline" && (yield* this.pop());
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer(), Document4 = require_Document(), errors = require_errors(), log = require_log(), identity = require_identity(), lineCounter = require_line_counter(), parser = require_parser();
    function parseOptions(options) {
      let prettyErrors = options.prettyErrors !== !1;
      return { lineCounter: options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (let doc of docs)
          doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      return docs.length > 0 ? docs : Object.assign([], { empty: !0 }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), doc = null;
      for (let _doc of composer$1.compose(parser$1.parse(source), !0, source.length))
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      return prettyErrors && lineCounter2 && (doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2))), doc;
    }
    function parse(src, reviver, options) {
      let _reviver;
      typeof reviver == "function" ? _reviver = reviver : options === void 0 && reviver && typeof reviver == "object" && (options = reviver);
      let doc = parseDocument(src, options);
      if (!doc)
        return null;
      if (doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning)), doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer), typeof options == "string" && (options = options.length), typeof options == "number") {
        let indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        let { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return;
      }
      return identity.isDocument(value) && !_replacer ? value.toString(options) : new Document4.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse;
    exports2.parseAllDocuments = parseAllDocuments2;
    exports2.parseDocument = parseDocument;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer(), Document4 = require_Document(), Schema = require_Schema(), errors = require_errors(), Alias = require_Alias(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLMap3 = require_YAMLMap(), YAMLSeq3 = require_YAMLSeq(), cst = require_cst(), lexer = require_lexer(), lineCounter = require_line_counter(), parser = require_parser(), publicApi = require_public_api(), visit = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document4.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap3.YAMLMap;
    exports2.YAMLSeq = YAMLSeq3.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit.visit;
    exports2.visitAsync = visit.visitAsync;
  }
});

// functions/lib/io/yaml.ts
function keepSourceText(tag) {
  let original = tag.stringify;
  return !tag.test || !original ? tag : {
    ...tag,
    stringify(node, ctx, onComment, onChompKeep) {
      let source = node.source;
      if (typeof source == "string" && tag.test.test(source)) {
        let again = tag.resolve(source, () => {
        }, ctx.options);
        if (Object.is(again, node.value)) return source;
      }
      return original(node, ctx, onComment, onChompKeep);
    }
  };
}
function parseYamlFile(path7, text) {
  let lineCounter = new import_yaml.LineCounter(), diagnostics = [], file = { path: path7, text, lineCounter, docs: [] };
  if (Buffer.byteLength(text, "utf8") > MAX_INPUT_BYTES)
    return diagnostics.push({
      severity: "error",
      rule: "io/size",
      message: `file is larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MiB input limit`,
      hint: "split it into several files",
      file: path7,
      line: 1,
      column: 1
    }), { file, diagnostics };
  let docs;
  try {
    docs = (0, import_yaml.parseAllDocuments)(text, { ...YAML_OPTIONS, lineCounter });
  } catch (err) {
    return diagnostics.push(yamlCrash(path7, err)), { file, diagnostics };
  }
  return Array.isArray(docs) || (docs = [docs]), docs.forEach((doc, index) => {
    for (let e of [...doc.errors, ...doc.warnings]) {
      let pos2 = lineCounter.linePos(e.pos[0]);
      diagnostics.push({
        severity: doc.errors.includes(e) ? "error" : "warning",
        rule: "yaml",
        message: firstLine(e.message),
        file: path7,
        line: pos2.line,
        column: pos2.col,
        index
      });
    }
    doc.errors.length === 0 && diagnostics.push(...checkStructure(doc, file, index));
  }), file.docs = docs.filter((d) => d.contents !== null || d.errors.length > 0), { file, diagnostics };
}
function yamlCrash(path7, err) {
  return {
    severity: "error",
    rule: "yaml",
    message: err instanceof RangeError ? "YAML is nested too deeply to read" : `YAML could not be read: ${firstLine(String(err?.message ?? err))}`,
    file: path7,
    line: 1,
    column: 1
  };
}
function firstLine(s) {
  return s.split(`
`)[0];
}
function checkStructure(doc, file, index) {
  let out = [], aliases = 0, stack = [{ node: doc.contents, depth: 0 }];
  for (; stack.length > 0; ) {
    let { node, depth } = stack.pop();
    if (depth > MAX_DEPTH)
      return out.push(at(file, node, index, "yaml/depth", `document is nested more than ${MAX_DEPTH} levels deep`)), out;
    if ((0, import_yaml.isMap)(node)) {
      let seen = /* @__PURE__ */ new Map();
      for (let pair of node.items) {
        let keyNode = pair.key, key = (0, import_yaml.isScalar)(keyNode) ? String(keyNode.value) : void 0;
        if (key !== void 0) {
          let first = seen.get(key);
          if (first) {
            let p = pos(file, first);
            out.push({
              ...at(file, keyNode, index, "yaml/duplicate-key", `duplicate key "${key}" (first defined at line ${p.line}, column ${p.column})`),
              hint: "keep one of the two entries"
            });
          } else seen.set(key, keyNode);
        }
        stack.push({ node: pair.value, depth: depth + 1 });
      }
    } else if ((0, import_yaml.isSeq)(node))
      for (let item of node.items) stack.push({ node: item, depth: depth + 1 });
    else if (node && node.type === "ALIAS") {
      if (aliases++, aliases > MAX_ALIAS_COUNT)
        return out.push(at(file, node, index, "yaml/aliases", `more than ${MAX_ALIAS_COUNT} aliases: refusing input that may expand exponentially (alias bomb)`)), out;
    } else (0, import_yaml.isPair)(node) && stack.push({ node: node.value, depth: depth + 1 });
  }
  if (aliases > 0)
    try {
      doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      out.push({
        severity: "error",
        rule: "yaml/aliases",
        message: "aliases expand to too many nodes: refusing input that may expand exponentially (alias bomb)",
        file: file.path,
        line: 1,
        column: 1,
        index
      });
    }
  return out;
}
function at(file, node, index, rule, message) {
  let p = pos(file, node);
  return { severity: "error", rule, message, file: file.path, line: p.line, column: p.column, index };
}
function pos(file, node) {
  let offset = node?.range?.[0];
  if (!file || offset === void 0) return { line: 1, column: 1 };
  let p = file.lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
}
function nodeAt(doc, path7, key = !1) {
  let node = doc.contents, last = node;
  for (let i = 0; i < path7.length; i++) {
    let seg = path7[i];
    if ((0, import_yaml.isMap)(node)) {
      let pair = node.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(seg));
      if (!pair) return last;
      if (key && i === path7.length - 1) return pair.key;
      node = pair.value, last = pair.value ?? pair.key;
    } else if ((0, import_yaml.isSeq)(node) && typeof seg == "number") {
      if (node = node.items[seg], !node) return last;
      last = node;
    } else
      return last;
  }
  return last;
}
var import_yaml, MAX_INPUT_BYTES, MAX_DEPTH, MAX_ALIAS_COUNT, timestampAsString, NUMERIC_OR_BOOL, YAML_OPTIONS, STRINGIFY_OPTIONS, init_yaml = __esm({
  "functions/lib/io/yaml.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist()), MAX_INPUT_BYTES = 16 * 1024 * 1024, MAX_DEPTH = 200, MAX_ALIAS_COUNT = 100, timestampAsString = {
      tag: "tag:yaml.org,2002:timestamp",
      default: !0,
      identify: () => !1,
      test: /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
      resolve: (str) => str
    };
    NUMERIC_OR_BOOL = /^tag:yaml\.org,2002:(int|float|bool|null)$/, YAML_OPTIONS = {
      version: "1.1",
      customTags: (tags) => [
        ...tags.filter((t) => t.tag !== "tag:yaml.org,2002:timestamp").map((t) => NUMERIC_OR_BOOL.test(t.tag) ? keepSourceText(t) : t),
        timestampAsString
      ],
      uniqueKeys: !1,
      // we report duplicates ourselves, with both locations
      prettyErrors: !1,
      strict: !0,
      keepSourceTokens: !1
    }, STRINGIFY_OPTIONS = {
      lineWidth: 0,
      minContentWidth: 0,
      indentSeq: !1,
      blockQuote: "literal"
    };
  }
});

// functions/lib/io/package.ts
function readInputs(inputs, options = {}) {
  let diagnostics = [], cwd = process.cwd(), single = inputs.length === 1 ? import_node_path.default.resolve(inputs[0]) : void 0, root = single && isDir(single) ? single : single ? import_node_path.default.dirname(single) : cwd, files = [], exclude = (options.exclude ?? []).map((p) => import_node_path.default.resolve(p));
  for (let input of inputs) {
    let abs = import_node_path.default.resolve(input);
    if (!import_node_fs.default.existsSync(abs)) {
      diagnostics.push({ severity: "error", rule: "io", message: `no such file or directory: ${input}`, file: input });
      continue;
    }
    isDir(abs) ? walk(abs, files, exclude) : files.push(abs);
  }
  let unique = [...new Set(files)].sort(), items = [];
  for (let abs of unique) {
    let rel = toPosix(import_node_path.default.relative(root, abs)) || import_node_path.default.basename(abs), text;
    try {
      if (import_node_fs.default.statSync(abs).size > MAX_INPUT_BYTES) {
        diagnostics.push({ severity: "error", rule: "io/size", message: `file is larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MiB input limit`, file: rel, line: 1, column: 1 });
        continue;
      }
      text = import_node_fs.default.readFileSync(abs, "utf8");
    } catch (err) {
      diagnostics.push({ severity: "error", rule: "io", message: `cannot read file: ${err.code ?? err}`, file: rel });
      continue;
    }
    let parsed = parseYamlFile(rel, text);
    diagnostics.push(...parsed.diagnostics), parsed.file.docs.forEach((doc, index) => items.push({ doc, path: rel, index, file: parsed.file }));
  }
  return { items, diagnostics, root };
}
function walk(dir, out, exclude) {
  if (exclude.some((e) => dir === e || dir.startsWith(e + import_node_path.default.sep))) return;
  let entries;
  try {
    entries = import_node_fs.default.readdirSync(dir, { withFileTypes: !0 });
  } catch {
    return;
  }
  for (let e of entries) {
    if (e.name.startsWith(".") || SKIP_DIRS.has(e.name)) continue;
    let abs = import_node_path.default.join(dir, e.name);
    e.isDirectory() ? walk(abs, out, exclude) : e.isFile() && /\.ya?ml$/.test(e.name) && !NOT_RESOURCES.has(e.name) && (exclude.some((x) => abs === x || abs.startsWith(x + import_node_path.default.sep)) || out.push(abs));
  }
}
function isDir(p) {
  try {
    return import_node_fs.default.statSync(p).isDirectory();
  } catch {
    return !1;
  }
}
function toPosix(p) {
  return p.split(import_node_path.default.sep).join("/");
}
var import_node_fs, import_node_path, SKIP_DIRS, NOT_RESOURCES, init_package = __esm({
  "functions/lib/io/package.ts"() {
    "use strict";
    import_node_fs = __toESM(require("node:fs")), import_node_path = __toESM(require("node:path"));
    init_yaml();
    SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]), NOT_RESOURCES = /* @__PURE__ */ new Set(["kustomization.yaml", "kustomization.yml", "Kustomization", ".pre-commit-config.yaml", ".pre-commit-hooks.yaml"]);
  }
});

// functions/lib/diagnostics/diagnostic.ts
function hasErrors(diagnostics) {
  return diagnostics.some((d) => d.severity === "error");
}
function sortDiagnostics(diagnostics) {
  return diagnostics.sort(
    (a, b) => cmp(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || severityRank[a.severity] - severityRank[b.severity] || cmp(a.rule, b.rule) || cmp(a.field ?? "", b.field ?? "") || cmp(a.message, b.message)
  );
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function fieldPath(segments2) {
  let out = "";
  for (let s of segments2)
    typeof s == "number" ? out += `[${s}]` : /^[A-Za-z_][A-Za-z0-9_-]*$/.test(s) ? out += out ? `.${s}` : s : out += `[${JSON.stringify(s)}]`;
  return out;
}
var severityRank, init_diagnostic = __esm({
  "functions/lib/diagnostics/diagnostic.ts"() {
    "use strict";
    severityRank = { error: 0, warning: 1, info: 2 };
  }
});

// functions/lib/io/resources.ts
function itemFromValue(value, path7, index) {
  return { doc: new import_yaml3.Document(value, YAML_OPTIONS), path: path7, index };
}
function toObject(item) {
  let js = item.doc.toJS({ maxAliasCount: 100 });
  return js && typeof js == "object" && !Array.isArray(js) ? js : {};
}
function getString(item, path7) {
  let v = item.doc.getIn(path7);
  return typeof v == "string" ? v : v == null ? void 0 : String(v);
}
function annotationOf(item, key) {
  return getString(item, ["metadata", "annotations", key]);
}
function labelOf(item, key) {
  return getString(item, ["metadata", "labels", key]);
}
function isKrm(item) {
  return !!kindOf(item) && !!apiVersionOf(item);
}
function isLocalConfig(item) {
  let kind = kindOf(item);
  return annotationOf(item, LOCAL_CONFIG_ANNOTATION) === "true" || kind === "Kptfile" || kind === "BackendInventory";
}
function refOf(item) {
  return { apiVersion: apiVersionOf(item), kind: kindOf(item), name: nameOf(item), namespace: namespaceOf(item) };
}
function setAnnotation(item, key, value) {
  annotationOf(item, key) !== value && item.doc.setIn(["metadata", "annotations", key], value);
}
function deleteAnnotation(item, key) {
  let ann = item.doc.getIn(["metadata", "annotations"]);
  (0, import_yaml3.isMap)(ann) && (ann.delete(key), ann.items.length === 0 && item.doc.getIn(["metadata"]).delete("annotations"));
}
function diagnosticAt(item, path7, d, key = !1) {
  let out = { ...d, field: fieldPath(path7) || void 0 };
  if (item) {
    out.file = item.path, out.index = item.index, !out.resource && isKrm(item) && (out.resource = refOf(item));
    let node = nodeAt(item.doc, path7, key), origin = node?.range ? void 0 : originOf(item, path7);
    if (origin) {
      let at2 = diagnosticAt(origin.source, origin.at, d);
      return { ...out, file: at2.file, index: at2.index, line: at2.line, column: at2.column };
    }
    if (item.file) {
      let p = pos(item.file, node);
      out.line = p.line, out.column = p.column;
    }
  }
  return out;
}
function originOf(item, path7) {
  let best;
  for (let o of item.origins ?? [])
    o.path.length <= path7.length && o.path.every((s, i) => String(s) === String(path7[i])) && (!best || o.path.length > best.path.length) && (best = o);
  return best;
}
var import_yaml3, PATH_ANNOTATION, INDEX_ANNOTATION, ID_ANNOTATION, LEGACY_PATH_ANNOTATION, LEGACY_INDEX_ANNOTATION, LEGACY_ID_ANNOTATION, LOCAL_CONFIG_ANNOTATION, kindOf, apiVersionOf, nameOf, namespaceOf, init_resources = __esm({
  "functions/lib/io/resources.ts"() {
    "use strict";
    import_yaml3 = __toESM(require_dist());
    init_diagnostic();
    init_yaml();
    PATH_ANNOTATION = "internal.config.kubernetes.io/path", INDEX_ANNOTATION = "internal.config.kubernetes.io/index", ID_ANNOTATION = "internal.config.kubernetes.io/id", LEGACY_PATH_ANNOTATION = "config.kubernetes.io/path", LEGACY_INDEX_ANNOTATION = "config.kubernetes.io/index", LEGACY_ID_ANNOTATION = "config.k8s.io/id", LOCAL_CONFIG_ANNOTATION = "config.kubernetes.io/local-config";
    kindOf = (item) => getString(item, ["kind"]), apiVersionOf = (item) => getString(item, ["apiVersion"]), nameOf = (item) => getString(item, ["metadata", "name"]), namespaceOf = (item) => getString(item, ["metadata", "namespace"]);
  }
});

// functions/lib/io/stream.ts
function applyableDocuments(items) {
  return items.filter((it) => isKrm(it) && !isLocalConfig(it)).map((it) => {
    let copy = { ...it, doc: it.doc.clone() };
    for (let a of INTERNAL) deleteAnnotation(copy, a);
    return copy.doc;
  });
}
function stringifyStream(docs) {
  return docs.map((d) => d.toString(STRINGIFY_OPTIONS)).join(`---
`);
}
var INTERNAL, init_stream = __esm({
  "functions/lib/io/stream.ts"() {
    "use strict";
    init_resources();
    init_yaml();
    INTERNAL = [PATH_ANNOTATION, INDEX_ANNOTATION, ID_ANNOTATION, LEGACY_PATH_ANNOTATION, LEGACY_INDEX_ANNOTATION, LEGACY_ID_ANNOTATION, "internal.config.kubernetes.io/annotations-migration-resource-id", "internal.config.kubernetes.io/seqindent"];
  }
});

// functions/lib/expand/ceph.ts
function cephVolumeName(c) {
  return c.name === "ceph" ? "ceph" : `ceph-${c.name}`;
}
function cephConsumers(ctx, c) {
  let inv = ctx.inventory, uses = (cluster) => (cluster ?? inv.ceph[0]?.name) === c.name, out = [];
  for (let b of inv.cinder.backends) b.driver === "ceph-rbd" && uses(b.cluster) && out.push(b.name);
  for (let b of inv.manila.backends) (b.driver === "cephfs" || b.driver === "cephfs-nfs") && uses(b.cluster) && out.push(b.name);
  return inv.glance.stores.some((s) => s.type === "rbd" && uses(s.cluster)) && out.push(inv.glance.api.name), inv.cinder.backup?.driver === "ceph" && uses(inv.cinder.backup.cluster) && out.push("CinderBackup"), [...new Set(out)];
}
function expandCeph(ctx, out) {
  for (let c of ctx.inventory.ceph) {
    let propagation = cephConsumers(ctx, c);
    if (propagation.length === 0) continue;
    let volume = cephVolumeName(c);
    out.controlPlane.push({
      kind: "item",
      path: ["spec", "extraMounts"],
      key: volume,
      origin: c.at,
      value: {
        name: volume,
        extraVol: [
          {
            propagation,
            extraVolType: "Ceph",
            volumes: [{ name: volume, secret: { secretName: c.secretName } }],
            mounts: [{ name: volume, mountPath: c.mountPath, readOnly: !0 }]
          }
        ]
      }
    }), out.externalSecrets.push({ name: c.secretName, origin: [...c.at, "secretName"] });
  }
}
var init_ceph = __esm({
  "functions/lib/expand/ceph.ts"() {
    "use strict";
  }
});

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports2) {
    "use strict";
    exports2.__esModule = !0;
    exports2.extend = extend;
    exports2.indexOf = indexOf;
    exports2.escapeExpression = escapeExpression;
    exports2.isEmpty = isEmpty;
    exports2.createFrame = createFrame;
    exports2.blockParams = blockParams;
    exports2.appendContextPath = appendContextPath;
    var escape = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    }, badChars = /[&<>"'`=]/g, possible = /[&<>"'`=]/;
    function escapeChar(chr) {
      return escape[chr];
    }
    function extend(obj) {
      for (var i = 1; i < arguments.length; i++)
        for (var key in arguments[i])
          Object.prototype.hasOwnProperty.call(arguments[i], key) && (obj[key] = arguments[i][key]);
      return obj;
    }
    var toString = Object.prototype.toString;
    exports2.toString = toString;
    var isFunction = function(value) {
      return typeof value == "function";
    };
    isFunction(/x/) && (exports2.isFunction = isFunction = function(value) {
      return typeof value == "function" && toString.call(value) === "[object Function]";
    });
    exports2.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value == "object" ? toString.call(value) === "[object Array]" : !1;
    };
    exports2.isArray = isArray;
    function indexOf(array, value) {
      for (var i = 0, len = array.length; i < len; i++)
        if (array[i] === value)
          return i;
      return -1;
    }
    function escapeExpression(string) {
      if (typeof string != "string") {
        if (string && typeof string.toHTML == "function")
          return string.toHTML();
        if (string == null)
          return "";
        if (!string)
          return string + "";
        string = "" + string;
      }
      return possible.test(string) ? string.replace(badChars, escapeChar) : string;
    }
    function isEmpty(value) {
      return !value && value !== 0 ? !0 : !!(isArray(value) && value.length === 0);
    }
    function createFrame(object) {
      var frame = extend({}, object);
      return frame._parent = object, frame;
    }
    function blockParams(params, ids) {
      return params.path = ids, params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = !0;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node) {
      var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      loc && loc.start && (line = loc.start.line, column = loc.start.column, loc.end && (endLineNumber = loc.end.line, endColumn = loc.end.column), message += " - " + line + ":" + column);
      for (var tmp = Error.prototype.constructor.call(this, message), idx = 0; idx < errorProps.length; idx++)
        this[errorProps[idx]] = tmp[errorProps[idx]];
      Error.captureStackTrace && Error.captureStackTrace(this, Exception);
      try {
        loc && (this.lineNumber = line, this.endLineNumber = endLineNumber, Object.defineProperty ? (Object.defineProperty(this, "column", {
          value: column,
          enumerable: !0
        }), Object.defineProperty(this, "endColumn", {
          value: endColumn,
          enumerable: !0
        })) : (this.column = column, this.endColumn = endColumn));
      } catch {
      }
    }
    Exception.prototype = new Error();
    exports2.default = Exception;
    module2.exports = exports2.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = !0;
    var _utils = require_utils();
    exports2.default = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context === !0)
          return fn(this);
        if (context === !1 || context == null)
          return inverse(this);
        if (_utils.isArray(context))
          return context.length > 0 ? (options.ids && (options.ids = [options.name]), instance.helpers.each(context, options)) : inverse(this);
        if (options.data && options.ids) {
          var data = _utils.createFrame(options.data);
          data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name), options = { data };
        }
        return fn(context, options);
      });
    };
    module2.exports = exports2.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = !0;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    var _utils = require_utils(), _exception = require_exception(), _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator.return;
        _utils.isFunction(_close) && _close.call(iterator);
      } catch {
      }
    }
    exports2.default = function(instance) {
      instance.registerHelper("each", function(context, options) {
        if (!options)
          throw new _exception2.default("Must pass iterator to #each");
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        options.data && options.ids && (contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + "."), _utils.isFunction(context) && (context = context.call(this)), options.data && (data = _utils.createFrame(options.data));
        function execIteration(field, index, last, value) {
          data && (data.key = field, data.index = index, data.first = index === 0, data.last = !!last, contextPath && (data.contextPath = contextPath + field)), ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
          });
        }
        if (context && typeof context == "object")
          if (_utils.isArray(context))
            for (var j = context.length; i < j; i++)
              i in context && execIteration(i, i, i === context.length - 1, context[i]);
          else if (typeof Symbol == "function" && context[Symbol.iterator])
            for (var iterator = context[Symbol.iterator](), current = iterator.next(); !current.done; ) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                throw next.done || closeIterator(iterator), e;
              }
              current = next, i++;
            }
          else
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key) {
                priorKey !== void 0 && execIteration(priorKey, i - 1, !1, context[priorKey]), priorKey = key, i++;
              }), priorKey !== void 0 && execIteration(priorKey, i - 1, !0, context[priorKey]);
            })();
        return i === 0 && (ret = inverse(this)), ret;
      });
    };
    module2.exports = exports2.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = !0;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    var _exception = require_exception(), _exception2 = _interopRequireDefault(_exception);
    exports2.default = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length !== 1)
          throw new _exception2.default('Missing helper: "' + arguments[arguments.length - 1].name + '"');
      });
    };
    module2.exports = exports2.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = !0;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    var _utils = require_utils(), _exception = require_exception(), _exception2 = _interopRequireDefault(_exception);
    exports2.default = function(instance) {
      instance.registerHelper("if", function(conditional, options) {
        if (arguments.length != 2)
          throw new _exception2.default("#if requires exactly one argument");
        return _utils.isFunction(conditional) && (conditional = conditional.call(this)), !options.hash.includeZero && !conditional || _utils.isEmpty(conditional) ? options.inverse(this) : options.fn(this);
      }), instance.registerHelper("unless", function(conditional, options) {
        if (arguments.length != 2)
          throw new _exception2.default("#unless requires exactly one argument");
        return instance.helpers.if.call(this, conditional, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module2.exports = exports2.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = !0;
    exports2.default = function(instance) {
      instance.registerHelper("log", function() {
        for (var args = [void 0], options = arguments[arguments.length - 1], i = 0; i < arguments.length - 1; i++)
          args.push(arguments[i]);
        var level = 1;
        options.hash.level != null ? level = options.hash.level : options.data && options.data.level != null && (level = options.data.level), args[0] = level, instance.log.apply(instance, args);
      });
    };
    module2.exports = exports2.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = !0;
    exports2.default = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options) {
        return obj && options.lookupProperty(obj, field);
      });
    };
    module2.exports = exports2.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = !0;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    var _utils = require_utils(), _exception = require_exception(), _exception2 = _interopRequireDefault(_exception);
    exports2.default = function(instance) {
      instance.registerHelper("with", function(context, options) {
        if (arguments.length != 2)
          throw new _exception2.default("#with requires exactly one argument");
        _utils.isFunction(context) && (context = context.call(this));
        var fn = options.fn;
        if (_utils.isEmpty(context))
          return options.inverse(this);
        var data = options.data;
        return options.data && options.ids && (data = _utils.createFrame(options.data), data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0])), fn(context, {
          data,
          blockParams: _utils.blockParams([context], [data && data.contextPath])
        });
      });
    };
    module2.exports = exports2.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports2) {
    "use strict";
    exports2.__esModule = !0;
    exports2.registerDefaultHelpers = registerDefaultHelpers;
    exports2.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing(), _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing), _helpersEach = require_each(), _helpersEach2 = _interopRequireDefault(_helpersEach), _helpersHelperMissing = require_helper_missing(), _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing), _helpersIf = require_if(), _helpersIf2 = _interopRequireDefault(_helpersIf), _helpersLog = require_log2(), _helpersLog2 = _interopRequireDefault(_helpersLog), _helpersLookup = require_lookup(), _helpersLookup2 = _interopRequireDefault(_helpersLookup), _helpersWith = require_with(), _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance) {
      _helpersBlockHelperMissing2.default(instance), _helpersEach2.default(instance), _helpersHelperMissing2.default(instance), _helpersIf2.default(instance), _helpersLog2.default(instance), _helpersLookup2.default(instance), _helpersWith2.default(instance);
    }
    function moveHelperToHooks(instance, helperName, keepHelper) {
      instance.helpers[helperName] && (instance.hooks[helperName] = instance.helpers[helperName], keepHelper || (instance.helpers[helperName] = void 0));
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = !0;
    var _utils = require_utils();
    exports2.default = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container2, options) {
        var ret = fn;
        return props.partials || (props.partials = {}, ret = function(context, options2) {
          var original = container2.partials;
          container2.partials = _utils.extend({}, original, props.partials);
          var ret2 = fn(context, options2);
          return container2.partials = original, ret2;
        }), props.partials[options.args[0]] = options.fn, ret;
      });
    };
    module2.exports = exports2.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports2) {
    "use strict";
    exports2.__esModule = !0;
    exports2.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    var _decoratorsInline = require_inline(), _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance) {
      _decoratorsInline2.default(instance);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = !0;
    var _utils = require_utils(), logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function(level) {
        if (typeof level == "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          levelMap >= 0 ? level = levelMap : level = parseInt(level, 10);
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function(level) {
        if (level = logger.lookupLevel(level), typeof console < "u" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          console[method] || (method = "log");
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++)
            message[_key - 1] = arguments[_key];
          console[method].apply(console, message);
        }
      }
    };
    exports2.default = logger;
    module2.exports = exports2.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports2) {
    "use strict";
    exports2.__esModule = !0;
    exports2.createProtoAccessControl = createProtoAccessControl;
    exports2.resultIsAllowed = resultIsAllowed;
    exports2.isPrototypeConstructor = isPrototypeConstructor;
    exports2.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    var _utils = require_utils(), _logger = require_logger(), _logger2 = _interopRequireDefault(_logger), loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var propertyWhiteList = /* @__PURE__ */ Object.create(null);
      propertyWhiteList.__proto__ = !1, _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
      var methodWhiteList = /* @__PURE__ */ Object.create(null);
      return methodWhiteList.constructor = !1, methodWhiteList.__defineGetter__ = !1, methodWhiteList.__defineSetter__ = !1, methodWhiteList.__lookupGetter__ = !1, methodWhiteList.__lookupSetter__ = !1, _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods), {
        properties: {
          whitelist: propertyWhiteList,
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: methodWhiteList,
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result2, protoAccessControl, propertyName) {
      return checkWhiteList(typeof result2 == "function" ? protoAccessControl.methods : protoAccessControl.properties, propertyName);
    }
    function isPrototypeConstructor(parent, propertyName, result2) {
      return propertyName === "constructor" && typeof result2 == "function" && parent === result2.prototype;
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      return protoAccessControlForType.whitelist[propertyName] !== void 0 ? protoAccessControlForType.whitelist[propertyName] === !0 : protoAccessControlForType.defaultValue !== void 0 ? protoAccessControlForType.defaultValue : (logUnexpecedPropertyAccessOnce(propertyName), !1);
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      loggedProperties[propertyName] !== !0 && (loggedProperties[propertyName] = !0, _logger2.default.log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + `" because it is not an "own property" of its parent.
You can add a runtime option to disable the check or this warning:
See https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details`));
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports2) {
    "use strict";
    exports2.__esModule = !0;
    exports2.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    var _utils = require_utils(), _exception = require_exception(), _exception2 = _interopRequireDefault(_exception), _helpers = require_helpers(), _decorators = require_decorators(), _logger = require_logger(), _logger2 = _interopRequireDefault(_logger), _internalProtoAccess = require_proto_access(), VERSION = "4.7.10";
    exports2.VERSION = VERSION;
    var COMPILER_REVISION = 8;
    exports2.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports2.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports2.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers, partials, decorators) {
      this.helpers = helpers || {}, this.partials = partials || {}, this.decorators = decorators || {}, _helpers.registerDefaultHelpers(this), _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2.default,
      log: _logger2.default.log,
      registerHelper: function(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn)
            throw new _exception2.default("Arg not supported with multiple helpers");
          _utils.extend(this.helpers, name);
        } else
          this.helpers[name] = fn;
      },
      unregisterHelper: function(name) {
        delete this.helpers[name];
      },
      registerPartial: function(name, partial) {
        if (_utils.toString.call(name) === objectType)
          _utils.extend(this.partials, name);
        else {
          if (typeof partial > "u")
            throw new _exception2.default('Attempting to register a partial called "' + name + '" as undefined');
          this.partials[name] = partial;
        }
      },
      unregisterPartial: function(name) {
        delete this.partials[name];
      },
      registerDecorator: function(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn)
            throw new _exception2.default("Arg not supported with multiple decorators");
          _utils.extend(this.decorators, name);
        } else
          this.decorators[name] = fn;
      },
      unregisterDecorator: function(name) {
        delete this.decorators[name];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2.default.log;
    exports2.log = log;
    exports2.createFrame = _utils.createFrame;
    exports2.logger = _logger2.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = !0;
    function SafeString(string) {
      this.string = string;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports2.default = SafeString;
    module2.exports = exports2.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports2) {
    "use strict";
    exports2.__esModule = !0;
    exports2.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper != "function")
        return helper;
      var wrapper = function() {
        var options = arguments[arguments.length - 1];
        return arguments[arguments.length - 1] = transformOptionsFn(options), helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports2) {
    "use strict";
    exports2.__esModule = !0;
    exports2.checkRevision = checkRevision;
    exports2.template = template;
    exports2.wrapProgram = wrapProgram;
    exports2.resolvePartial = resolvePartial;
    exports2.invokePartial = invokePartial;
    exports2.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule)
        return obj;
      var newObj = {};
      if (obj != null)
        for (var key in obj)
          Object.prototype.hasOwnProperty.call(obj, key) && (newObj[key] = obj[key]);
      return newObj.default = obj, newObj;
    }
    var _utils = require_utils(), Utils = _interopRequireWildcard(_utils), _exception = require_exception(), _exception2 = _interopRequireDefault(_exception), _base = require_base(), _helpers = require_helpers(), _internalWrapHelper = require_wrapHelper(), _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (!(compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION))
        if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
          var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
          throw new _exception2.default("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
        } else
          throw new _exception2.default("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
    }
    function template(templateSpec, env) {
      if (!env)
        throw new _exception2.default("No environment passed to template");
      if (!templateSpec || !templateSpec.main)
        throw new _exception2.default("Unknown template object: " + typeof templateSpec);
      templateSpec.main.decorator = templateSpec.main_d, env.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial, context, options) {
        options.hash && (context = Utils.extend({}, context, options.hash), options.ids && (options.ids[0] = !0)), partial = env.VM.resolvePartial.call(this, partial, context, options), options.hooks = this.hooks, options.protoAccessControl = this.protoAccessControl;
        var result2 = env.VM.invokePartial.call(this, partial, context, options);
        if (result2 == null && Utils.isFunction(partial))
          throw new _exception2.default("The partial " + options.name + " returned no output: partials must return a string");
        if (result2 == null && env.compile) {
          if (typeof partial != "string")
            throw new _exception2.default("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          options.partials[options.name] = env.compile(partial, templateSpec.compilerOptions, env), result2 = options.partials[options.name](context, options);
        }
        if (result2 != null) {
          if (options.indent) {
            for (var lines = result2.split(`
`), i = 0, l = lines.length; i < l && !(!lines[i] && i + 1 === l); i++)
              lines[i] = options.indent + lines[i];
            result2 = lines.join(`
`);
          }
          return result2;
        } else
          throw new _exception2.default("The partial " + options.name + " could not be compiled when running in runtime-only mode");
      }
      var container2 = {
        strict: function(obj, name, loc) {
          if (!obj || !(name in obj))
            throw new _exception2.default('"' + name + '" not defined in ' + obj, {
              loc
            });
          return container2.lookupProperty(obj, name);
        },
        lookupProperty: function(parent, propertyName) {
          var result2 = parent[propertyName];
          if (result2 == null || Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result2) || _internalProtoAccess.resultIsAllowed(result2, container2.protoAccessControl, propertyName))
            return result2;
        },
        lookup: function(depths, name) {
          for (var len = depths.length, i = 0; i < len; i++) {
            var result2 = depths[i] && container2.lookupProperty(depths[i], name);
            if (result2 != null)
              return result2;
          }
        },
        lambda: function(current, context) {
          return typeof current == "function" ? current.call(context) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function(i) {
          var ret2 = templateSpec[i];
          return ret2.decorator = templateSpec[i + "_d"], ret2;
        },
        programs: [],
        program: function(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          return data || depths || blockParams || declaredBlockParams ? programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths) : programWrapper || (programWrapper = this.programs[i] = wrapProgram(this, i, fn)), programWrapper;
        },
        data: function(value, depth) {
          for (; value && depth--; )
            value = value._parent;
          return value;
        },
        mergeIfNeeded: function(param, common) {
          var obj = param || common;
          return param && common && param !== common && (obj = Utils.extend({}, common, param)), obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1], data = options.data;
        ret._setup(options), !options.partial && templateSpec.useData && (data = initData(context, data));
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        templateSpec.useDepths && (options.depths ? depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths : depths = [context]);
        function main2(context2) {
          return "" + templateSpec.main(container2, context2, container2.helpers, container2.partials, data, blockParams, depths);
        }
        return main2 = executeDecorators(templateSpec.main, main2, container2, options.depths || [], data, blockParams), main2(context, options);
      }
      return ret.isTop = !0, ret._setup = function(options) {
        if (options.partial)
          container2.protoAccessControl = options.protoAccessControl, container2.helpers = options.helpers, container2.partials = options.partials, container2.decorators = options.decorators, container2.hooks = options.hooks;
        else {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env.helpers, container2), addHelpers(mergedHelpers, options.helpers, container2), container2.helpers = mergedHelpers, templateSpec.usePartial && (container2.partials = container2.mergeIfNeeded(options.partials, env.partials)), (templateSpec.usePartial || templateSpec.useDecorators) && (container2.decorators = Utils.extend({}, env.decorators, options.decorators)), container2.hooks = {}, container2.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container2, "helperMissing", keepHelperInHelpers), _helpers.moveHelperToHooks(container2, "blockHelperMissing", keepHelperInHelpers);
        }
      }, ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams)
          throw new _exception2.default("must pass block params");
        if (templateSpec.useDepths && !depths)
          throw new _exception2.default("must pass parent depths");
        return wrapProgram(container2, i, templateSpec[i], data, 0, blockParams, depths);
      }, ret;
    }
    function wrapProgram(container2, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1], currentDepths = depths;
        return depths && context != depths[0] && !(context === container2.nullContext && depths[0] === null) && (currentDepths = [context].concat(depths)), fn(container2, context, container2.helpers, container2.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      return prog = executeDecorators(fn, prog, container2, depths, data, blockParams), prog.program = i, prog.depth = depths ? depths.length : 0, prog.blockParams = declaredBlockParams || 0, prog;
    }
    function resolvePartial(partial, context, options) {
      return partial ? typeof partial != "function" && !options.name && (options.name = partial, partial = lookupOwnProperty(options.partials, partial)) : options.name === "@partial-block" ? partial = lookupOwnProperty(options.data, "partial-block") : partial = lookupOwnProperty(options.partials, options.name), partial;
    }
    function invokePartial(partial, context, options) {
      var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
      options.partial = !0, options.ids && (options.data.contextPath = options.ids[0] || options.data.contextPath);
      var partialBlock = void 0;
      if (options.fn && options.fn !== noop && (function() {
        options.data = _base.createFrame(options.data);
        var fn = options.fn;
        partialBlock = options.data["partial-block"] = function(context2) {
          var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
          return options2.data = _base.createFrame(options2.data), options2.data["partial-block"] = currentPartialBlock, fn(context2, options2);
        }, fn.partials && (options.partials = Utils.extend({}, options.partials, fn.partials));
      })(), partial === void 0 && partialBlock && (partial = partialBlock), partial === void 0)
        throw new _exception2.default("The partial " + options.name + " could not be found");
      if (partial instanceof Function)
        return partial(context, options);
    }
    function noop() {
      return "";
    }
    function lookupOwnProperty(obj, name) {
      if (obj && Object.prototype.hasOwnProperty.call(obj, name))
        return obj[name];
    }
    function initData(context, data) {
      return (!data || !("root" in data)) && (data = data ? _base.createFrame(data) : {}, data.root = context), data;
    }
    function executeDecorators(fn, prog, container2, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container2, depths && depths[0], data, blockParams, depths), Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers, container2) {
      helpers && Object.keys(helpers).forEach(function(helperName) {
        var helper = helpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container2);
      });
    }
    function passLookupPropertyOption(helper, container2) {
      var lookupProperty = container2.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options) {
        return options.lookupProperty = lookupProperty, options;
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = !0;
    exports2.default = function(Handlebars2) {
      (function() {
        typeof globalThis != "object" && (Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        }), __magic__.globalThis = __magic__, delete Object.prototype.__magic__);
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars2.noConflict = function() {
        return globalThis.Handlebars === Handlebars2 && (globalThis.Handlebars = $Handlebars), Handlebars2;
      };
    };
    module2.exports = exports2.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = !0;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule)
        return obj;
      var newObj = {};
      if (obj != null)
        for (var key in obj)
          Object.prototype.hasOwnProperty.call(obj, key) && (newObj[key] = obj[key]);
      return newObj.default = obj, newObj;
    }
    var _handlebarsBase = require_base(), base = _interopRequireWildcard(_handlebarsBase), _handlebarsSafeString = require_safe_string(), _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString), _handlebarsException = require_exception(), _handlebarsException2 = _interopRequireDefault(_handlebarsException), _handlebarsUtils = require_utils(), Utils = _interopRequireWildcard(_handlebarsUtils), _handlebarsRuntime = require_runtime(), runtime = _interopRequireWildcard(_handlebarsRuntime), _handlebarsNoConflict = require_no_conflict(), _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb = new base.HandlebarsEnvironment();
      return Utils.extend(hb, base), hb.SafeString = _handlebarsSafeString2.default, hb.Exception = _handlebarsException2.default, hb.Utils = Utils, hb.escapeExpression = Utils.escapeExpression, hb.VM = runtime, hb.template = function(spec) {
        return runtime.template(spec, hb);
      }, hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2.default(inst);
    inst.default = inst;
    exports2.default = inst;
    module2.exports = exports2.default;
  }
});

// node_modules/handlebars/runtime.js
var require_runtime2 = __commonJS({
  "node_modules/handlebars/runtime.js"(exports2, module2) {
    module2.exports = require_handlebars_runtime().default;
  }
});

// build/generated/catalog.mjs
var import_runtime, drivers, templates, init_catalog = __esm({
  "build/generated/catalog.mjs"() {
    "use strict";
    import_runtime = __toESM(require_runtime2(), 1), drivers = [{ id: "ceph-rbd", service: "cinder", vendor: "Ceph", title: "Ceph RBD", class: "cinder.volume.drivers.rbd.RBDDriver", protocol: "rbd", template: "cinder-ceph-rbd", options: { defaults: { rbd_flatten_volume_from_snapshot: !1, report_discard_supported: !0 }, optional: ["rbd_max_clone_depth", "rbd_store_chunk_size", "rados_connect_timeout", "rbd_exclusive_cinder_pool", "image_volume_cache_enabled", "enable_deferred_deletion", "use_multipath_for_image_xfer", "image_volume_cache_enabled", "image_volume_cache_max_size_gb", "image_volume_cache_max_count", "max_over_subscription_ratio", "reserved_percentage", "use_chap_auth", "driver_ssl_cert_verify", "driver_ssl_cert_path", "suppress_requests_ssl_warnings", "report_discard_supported", "enforce_multipath_for_image_xfer"] }, networkAttachments: ["storage"], partnerImage: { required: !1 }, needsCephCluster: !0, sources: ["VENDORS.md: Ceph RBD", "cinder-operator config/samples/backends/ceph", "architecture va/hci"] }, { id: "custom", service: "cinder", vendor: "Any", title: "Custom cinder driver (give volumeDriver)", template: "cinder-backend", networkAttachments: ["storage"], partnerImage: { required: !1 }, notes: "Any in-tree or partner driver not in the catalog; nothing is checked beyond the class name and the INI shape." }, { id: "dell-powermax-fc", service: "cinder", vendor: "Dell", title: "Dell PowerMax (FC)", class: "cinder.volume.drivers.dell_emc.powermax.fc.PowerMaxFCDriver", protocol: "fc", template: "cinder-backend", options: { required: ["powermax_array", "powermax_srp", "powermax_port_groups"], optional: ["powermax_service_level", "san_api_port", "storage_protocol", "powermax_short_host_name_template", "powermax_port_group_name_template", "vmax_workload", "load_balance", "u4p_failover_target", "use_multipath_for_image_xfer", "image_volume_cache_enabled", "image_volume_cache_max_size_gb", "image_volume_cache_max_count", "max_over_subscription_ratio", "reserved_percentage", "use_chap_auth", "driver_ssl_cert_verify", "driver_ssl_cert_path", "suppress_requests_ssl_warnings", "report_discard_supported", "enforce_multipath_for_image_xfer"] }, secretKeys: { required: ["san_ip", "san_login", "san_password"] }, networkAttachments: ["storage"], partnerImage: { required: !1 }, hostPrerequisites: ["multipathd", "FC HBAs and a nodeSelector"], sources: ["VENDORS.md: Dell PowerMax", "dell/osp-integration powermax", "cinder-operator config/samples/backends/dell/powermax/iscsi"] }, { id: "dell-powermax-iscsi", service: "cinder", vendor: "Dell", title: "Dell PowerMax (ISCSI)", class: "cinder.volume.drivers.dell_emc.powermax.iscsi.PowerMaxISCSIDriver", protocol: "iscsi", template: "cinder-backend", options: { required: ["powermax_array", "powermax_srp", "powermax_port_groups"], optional: ["powermax_service_level", "san_api_port", "storage_protocol", "powermax_short_host_name_template", "powermax_port_group_name_template", "vmax_workload", "load_balance", "u4p_failover_target", "use_multipath_for_image_xfer", "image_volume_cache_enabled", "image_volume_cache_max_size_gb", "image_volume_cache_max_count", "max_over_subscription_ratio", "reserved_percentage", "use_chap_auth", "driver_ssl_cert_verify", "driver_ssl_cert_path", "suppress_requests_ssl_warnings", "report_discard_supported", "enforce_multipath_for_image_xfer"] }, secretKeys: { required: ["san_ip", "san_login", "san_password"] }, networkAttachments: ["storage"], partnerImage: { required: !1 }, hostPrerequisites: ["iscsid", "multipathd"], sources: ["VENDORS.md: Dell PowerMax", "dell/osp-integration powermax", "cinder-operator config/samples/backends/dell/powermax/iscsi"] }, { id: "dell-powerstore-fc", service: "cinder", vendor: "Dell", title: "Dell PowerStore (FC)", class: "cinder.volume.drivers.dell_emc.powerstore.driver.PowerStoreDriver", protocol: "fc", template: "cinder-backend", options: { fixed: { storage_protocol: "FC" }, optional: ["powerstore_ports", "powerstore_nvme", "powerstore_appliances", "use_multipath_for_image_xfer", "image_volume_cache_enabled", "image_volume_cache_max_size_gb", "image_volume_cache_max_count", "max_over_subscription_ratio", "reserved_percentage", "use_chap_auth", "driver_ssl_cert_verify", "driver_ssl_cert_path", "suppress_requests_ssl_warnings", "report_discard_supported", "enforce_multipath_for_image_xfer"] }, secretKeys: { required: ["san_ip", "san_login", "san_password"] }, networkAttachments: ["storage"], partnerImage: { required: !1 }, hostPrerequisites: ["multipathd", "FC HBAs and a nodeSelector"], sources: ["VENDORS.md: Dell PowerStore", "dell/osp-integration powerstore"] }, { id: "dell-powerstore-iscsi", service: "cinder", vendor: "Dell", title: "Dell PowerStore (iSCSI)", class: "cinder.volume.drivers.dell_emc.powerstore.driver.PowerStoreDriver", protocol: "iscsi", template: "cinder-backend", options: { fixed: { storage_protocol: "iSCSI" }, optional: ["powerstore_ports", "powerstore_nvme", "powerstore_appliances", "use_multipath_for_image_xfer", "image_volume_cache_enabled", "image_volume_cache_max_size_gb", "image_volume_cache_max_count", "max_over_subscription_ratio", "reserved_percentage", "use_chap_auth", "driver_ssl_cert_verify", "driver_ssl_cert_path", "suppress_requests_ssl_warnings", "report_discard_supported", "enforce_multipath_for_image_xfer"] }, secretKeys: { required: ["san_ip", "san_login", "san_password"] }, networkAttachments: ["storage"], partnerImage: { required: !1 }, hostPrerequisites: ["iscsid", "multipathd"], sources: ["VENDORS.md: Dell PowerStore", "dell/osp-integration powerstore"] }, { id: "hpe-3par-fc", service: "cinder", vendor: "HPE", title: "HPE 3PAR / Primera / Alletra (FC)", class: "cinder.volume.drivers.hpe.hpe_3par_fc.HPE3PARFCDriver", protocol: "fc", template: "cinder-backend", options: { optional: ["hpe3par_debug", "hpe3par_snapshot_retention", "hpe3par_snapshot_expiration", "hpe3par_target_nsp", "hpe3par_iscsi_chap_enabled", "use_multipath_for_image_xfer", "image_volume_cache_enabled", "image_volume_cache_max_size_gb", "image_volume_cache_max_count", "max_over_subscription_ratio", "reserved_percentage", "use_chap_auth", "driver_ssl_cert_verify", "driver_ssl_cert_path", "suppress_requests_ssl_warnings", "report_discard_supported", "enforce_multipath_for_image_xfer"] }, secretKeys: { required: ["hpe3par_api_url", "hpe3par_username", "hpe3par_password", "hpe3par_cpg", "san_ip", "san_login", "san_password"], optional: ["hpe3par_cpg_snap"] }, networkAttachments: ["storage"], partnerImage: { required: !0, repositories: ["registry.connect.redhat.com/hpe3parcinder/openstack-cinder-volume-hpe3parcinder18-0"] }, hostPrerequisites: ["multipathd", "FC HBAs and a nodeSelector"], notes: "HPE keeps every array option in the Secret. FC certification is pending per HPE.", sources: ["VENDORS.md: HPE 3PAR", "HPECert/hpe-3par-cinder-rhoso18", "cinder-operator config/samples/backends/hpe/3par/fc"] }, { id: "hpe-3par-iscsi", service: "cinder", vendor: "HPE", title: "HPE 3PAR / Primera / Alletra (ISCSI)", class: "cinder.volume.drivers.hpe.hpe_3par_iscsi.HPE3PARISCSIDriver", protocol: "iscsi", template: "cinder-backend", options: { optional: ["hpe3par_debug", "hpe3par_snapshot_retention", "hpe3par_snapshot_expiration", "hpe3par_target_nsp", "hpe3par_iscsi_chap_enabled", "use_multipath_for_image_xfer", "image_volume_cache_enabled", "image_volume_cache_max_size_gb", "image_volume_cache_max_count", "max_over_subscription_ratio", "reserved_percentage", "use_chap_auth", "driver_ssl_cert_verify", "driver_ssl_cert_path", "suppress_requests_ssl_warnings", "report_discard_supported", "enforce_multipath_for_image_xfer"] }, secretKeys: { required: ["hpe3par_api_url", "hpe3par_username", "hpe3par_password", "hpe3par_cpg", "san_ip", "san_login", "san_password"], optional: ["hpe3par_cpg_snap", "hpe3par_iscsi_ips"] }, networkAttachments: ["storage"], partnerImage: { required: !0, repositories: ["registry.connect.redhat.com/hpe3parcinder/openstack-cinder-volume-hpe3parcinder18-0"] }, hostPrerequisites: ["iscsid", "multipathd"], notes: "HPE keeps every array option in the Secret.", sources: ["VENDORS.md: HPE 3PAR", "HPECert/hpe-3par-cinder-rhoso18", "cinder-operator config/samples/backends/hpe/3par/iscsi"] }, { id: "lvm-iscsi", service: "cinder", vendor: "Linux", title: "LVM over iSCSI (lab only)", class: "cinder.volume.drivers.lvm.LVMVolumeDriver", protocol: "iscsi", template: "cinder-lvm", options: { fixed: { target_protocol: "iscsi", target_helper: "lioadm" }, defaults: { volume_group: "cinder-volumes" }, required: ["target_ip_address"], optional: ["target_secondary_ip_addresses", "target_port", "image_volume_cache_enabled", "lvm_type"] }, partnerImage: { required: !1 }, hostPrerequisites: ["LVM volume group MachineConfig", "node label and nodeSelector"], sources: ["VENDORS.md: LVM", "cinder-operator config/samples/backends/lvm/iscsi"] }, { id: "netapp-ontap-fc", service: "cinder", vendor: "NetApp", title: "NetApp ONTAP (FC)", class: "cinder.volume.drivers.netapp.common.NetAppDriver", protocol: "fc", template: "cinder-backend", options: { fixed: { netapp_storage_family: "ontap_cluster", netapp_storage_protocol: "fc" }, required: ["netapp_server_hostname"], optional: ["netapp_server_port", "netapp_transport_type", "consistencygroup_support", "netapp_pool_name_search_pattern", "netapp_lun_space_reservation", "use_multipath_for_image_xfer", "image_volume_cache_enabled", "image_volume_cache_max_size_gb", "image_volume_cache_max_count", "max_over_subscription_ratio", "reserved_percentage", "use_chap_auth", "driver_ssl_cert_verify", "driver_ssl_cert_path", "suppress_requests_ssl_warnings", "report_discard_supported", "enforce_multipath_for_image_xfer"] }, secretKeys: { required: ["netapp_login", "netapp_password", "netapp_vserver"] }, networkAttachments: ["storage"], partnerImage: { required: !1 }, hostPrerequisites: ["multipathd", "FC HBAs and a nodeSelector"], sources: ["VENDORS.md: NetApp ONTAP cinder", "cinder-operator config/samples/backends/netapp/ontap/fc"] }, { id: "netapp-ontap-iscsi", service: "cinder", vendor: "NetApp", title: "NetApp ONTAP (iSCSI)", class: "cinder.volume.drivers.netapp.common.NetAppDriver", protocol: "iscsi", template: "cinder-backend", options: { fixed: { netapp_storage_family: "ontap_cluster", netapp_storage_protocol: "iscsi" }, required: ["netapp_server_hostname"], optional: ["netapp_server_port", "netapp_transport_type", "consistencygroup_support", "netapp_pool_name_search_pattern", "netapp_lun_space_reservation", "netapp_copyoffload_tool_path", "use_multipath_for_image_xfer", "image_volume_cache_enabled", "image_volume_cache_max_size_gb", "image_volume_cache_max_count", "max_over_subscription_ratio", "reserved_percentage", "use_chap_auth", "driver_ssl_cert_verify", "driver_ssl_cert_path", "suppress_requests_ssl_warnings", "report_discard_supported", "enforce_multipath_for_image_xfer"] }, secretKeys: { required: ["netapp_login", "netapp_password", "netapp_vserver"] }, networkAttachments: ["storage"], partnerImage: { required: !1 }, hostPrerequisites: ["iscsid", "multipathd"], sources: ["VENDORS.md: NetApp ONTAP cinder", "cinder-operator config/samples/backends/netapp/ontap/iscsi"] }, { id: "netapp-ontap-nfs", service: "cinder", vendor: "NetApp", title: "NetApp ONTAP (NFS)", class: "cinder.volume.drivers.netapp.common.NetAppDriver", protocol: "nfs", template: "cinder-backend", options: { fixed: { netapp_storage_family: "ontap_cluster", netapp_storage_protocol: "nfs" }, defaults: { nfs_snapshot_support: !0, nas_secure_file_operations: !1, nas_secure_file_permissions: !1 }, required: ["netapp_server_hostname"], optional: ["netapp_server_port", "netapp_transport_type", "consistencygroup_support", "netapp_pool_name_search_pattern", "netapp_copyoffload_tool_path", "use_multipath_for_image_xfer", "image_volume_cache_enabled", "image_volume_cache_max_size_gb", "image_volume_cache_max_count", "max_over_subscription_ratio", "reserved_percentage", "use_chap_auth", "driver_ssl_cert_verify", "driver_ssl_cert_path", "suppress_requests_ssl_warnings", "report_discard_supported", "enforce_multipath_for_image_xfer"] }, secretKeys: { required: ["netapp_login", "netapp_password", "netapp_vserver", "nas_host", "nas_share_path"] }, networkAttachments: ["storage"], partnerImage: { required: !1 }, sources: ["VENDORS.md: NetApp ONTAP cinder", "cinder-operator config/samples/backends/netapp/ontap/nfs"] }, { id: "nfs", service: "cinder", vendor: "Generic", title: "Generic NFS", class: "cinder.volume.drivers.nfs.NfsDriver", protocol: "nfs", template: "cinder-backend", options: { defaults: { nfs_snapshot_support: !0, nas_secure_file_operations: !1, nas_secure_file_permissions: !1 }, optional: ["nfs_sparsed_volumes", "nfs_qcow2_volumes", "nfs_mount_point_base", "use_multipath_for_image_xfer", "image_volume_cache_enabled", "image_volume_cache_max_size_gb", "image_volume_cache_max_count", "max_over_subscription_ratio", "reserved_percentage", "use_chap_auth", "driver_ssl_cert_verify", "driver_ssl_cert_path", "suppress_requests_ssl_warnings", "report_discard_supported", "enforce_multipath_for_image_xfer"] }, secretKeys: { required: ["nas_host", "nas_share_path"] }, networkAttachments: ["storage"], partnerImage: { required: !1 }, notes: "Do not set nfs_mount_options. One back end (and one Secret) per share.", sources: ["VENDORS.md: Generic NFS", "cinder-operator config/samples/backends/nfs"] }, { id: "pure-fc", service: "cinder", vendor: "Pure Storage", title: "Pure Storage FlashArray (FC)", class: "cinder.volume.drivers.pure.PureFCDriver", protocol: "fc", template: "cinder-backend", options: { optional: ["pure_automatic_max_oversubscription_ratio", "pure_eradicate_on_delete", "pure_host_personality", "pure_iscsi_cidr", "pure_iscsi_cidr_list", "pure_nvme_cidr", "pure_nvme_cidr_list", "pure_replica_interval_default", "pure_replication_pod_name", "pure_api_token_file", "use_multipath_for_image_xfer", "image_volume_cache_enabled", "image_volume_cache_max_size_gb", "image_volume_cache_max_count", "max_over_subscription_ratio", "reserved_percentage", "use_chap_auth", "driver_ssl_cert_verify", "driver_ssl_cert_path", "suppress_requests_ssl_warnings", "report_discard_supported", "enforce_multipath_for_image_xfer"] }, secretKeys: { required: ["san_ip", "pure_api_token"] }, networkAttachments: ["storage"], partnerImage: { required: !0, repositories: ["registry.connect.redhat.com/purestorage/openstack-cinder-volume-pure-18-0"] }, hostPrerequisites: ["multipathd", "FC HBAs and a nodeSelector"], sources: ["VENDORS.md: Pure FlashArray", "Pure rhoso180 guide", "cinder-operator config/samples/backends/pure/fc"] }, { id: "pure-iscsi", service: "cinder", vendor: "Pure Storage", title: "Pure Storage FlashArray (ISCSI)", class: "cinder.volume.drivers.pure.PureISCSIDriver", protocol: "iscsi", template: "cinder-backend", options: { optional: ["pure_automatic_max_oversubscription_ratio", "pure_eradicate_on_delete", "pure_host_personality", "pure_iscsi_cidr", "pure_iscsi_cidr_list", "pure_nvme_cidr", "pure_nvme_cidr_list", "pure_replica_interval_default", "pure_replication_pod_name", "pure_api_token_file", "use_multipath_for_image_xfer", "image_volume_cache_enabled", "image_volume_cache_max_size_gb", "image_volume_cache_max_count", "max_over_subscription_ratio", "reserved_percentage", "use_chap_auth", "driver_ssl_cert_verify", "driver_ssl_cert_path", "suppress_requests_ssl_warnings", "report_discard_supported", "enforce_multipath_for_image_xfer"] }, secretKeys: { required: ["san_ip", "pure_api_token"] }, networkAttachments: ["storage"], partnerImage: { required: !0, repositories: ["registry.connect.redhat.com/purestorage/openstack-cinder-volume-pure-18-0"] }, hostPrerequisites: ["iscsid", "multipathd"], sources: ["VENDORS.md: Pure FlashArray", "Pure rhoso180 guide", "cinder-operator config/samples/backends/pure/iscsi"] }, { id: "pure-nvme-tcp", service: "cinder", vendor: "Pure Storage", title: "Pure Storage FlashArray (NVMe-TCP)", class: "cinder.volume.drivers.pure.PureNVMEDriver", protocol: "nvme-tcp", template: "cinder-backend", options: { fixed: { pure_nvme_transport: "tcp" }, optional: ["pure_automatic_max_oversubscription_ratio", "pure_eradicate_on_delete", "pure_host_personality", "pure_iscsi_cidr", "pure_iscsi_cidr_list", "pure_nvme_cidr", "pure_nvme_cidr_list", "pure_replica_interval_default", "pure_replication_pod_name", "pure_api_token_file", "use_multipath_for_image_xfer", "image_volume_cache_enabled", "image_volume_cache_max_size_gb", "image_volume_cache_max_count", "max_over_subscription_ratio", "reserved_percentage", "use_chap_auth", "driver_ssl_cert_verify", "driver_ssl_cert_path", "suppress_requests_ssl_warnings", "report_discard_supported", "enforce_multipath_for_image_xfer"] }, secretKeys: { required: ["san_ip", "pure_api_token"] }, networkAttachments: ["storage"], partnerImage: { required: !0, repositories: ["registry.connect.redhat.com/purestorage/openstack-cinder-volume-pure-18-0"] }, hostPrerequisites: ["multipathd", "nvme-fabrics kernel module"], sources: ["VENDORS.md: Pure FlashArray", "Pure rhoso180 guide", "cinder-operator config/samples/backends/pure/nvme-tcp"] }];
    import_runtime.default.registerPartial("ini-options", import_runtime.default.template({ 0: function(container2, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 ?? (container2.nullContext || {}), alias2 = container2.hooks.helperMissing, alias3 = "function", lookupProperty = container2.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName))
          return parent[propertyName];
      };
      return ((stack1 = (helper = (helper = lookupProperty(helpers, "key") || (depth0 != null ? lookupProperty(depth0, "key") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { name: "key", hash: {}, data, loc: { start: { line: 2, column: 0 }, end: { line: 2, column: 7 } } }) : helper)) != null ? stack1 : "") + " = " + ((stack1 = (helper = (helper = lookupProperty(helpers, "value") || (depth0 != null ? lookupProperty(depth0, "value") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { name: "value", hash: {}, data, loc: { start: { line: 2, column: 10 }, end: { line: 2, column: 19 } } }) : helper)) != null ? stack1 : "") + `
`;
    }, 1: function(container2, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName))
          return parent[propertyName];
      };
      return ((stack1 = (helper = (helper = lookupProperty(helpers, "extraConfig") || (depth0 != null ? lookupProperty(depth0, "extraConfig") : depth0)) != null ? helper : container2.hooks.helperMissing, typeof helper == "function" ? helper.call(depth0 ?? (container2.nullContext || {}), { name: "extraConfig", hash: {}, data, loc: { start: { line: 5, column: 0 }, end: { line: 5, column: 15 } } }) : helper)) != null ? stack1 : "") + `
`;
    }, compiler: [8, ">= 4.3.0"], main: function(container2, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 ?? (container2.nullContext || {}), lookupProperty = container2.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName))
          return parent[propertyName];
      };
      return ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "options") : depth0, { name: "each", hash: {}, fn: container2.program(0, data, 0), inverse: container2.noop, data, loc: { start: { line: 1, column: 0 }, end: { line: 3, column: 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "extraConfig") : depth0, { name: "if", hash: {}, fn: container2.program(1, data, 0), inverse: container2.noop, data, loc: { start: { line: 4, column: 0 }, end: { line: 6, column: 7 } } })) != null ? stack1 : "");
    }, useData: !0 }));
    templates = {
      "cinder-backend": import_runtime.default.template({ 0: function(container2, depth0, helpers, partials, data) {
        var stack1, helper, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName))
            return parent[propertyName];
        };
        return "backend_availability_zone = " + ((stack1 = (helper = (helper = lookupProperty(helpers, "availabilityZone") || (depth0 != null ? lookupProperty(depth0, "availabilityZone") : depth0)) != null ? helper : container2.hooks.helperMissing, typeof helper == "function" ? helper.call(depth0 ?? (container2.nullContext || {}), { name: "availabilityZone", hash: {}, data, loc: { start: { line: 5, column: 28 }, end: { line: 5, column: 48 } } }) : helper)) != null ? stack1 : "") + `
`;
      }, compiler: [8, ">= 4.3.0"], main: function(container2, depth0, helpers, partials, data) {
        var stack1, helper, alias1 = depth0 ?? (container2.nullContext || {}), alias2 = container2.hooks.helperMissing, alias3 = "function", lookupProperty = container2.lookupProperty || function(parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName))
            return parent[propertyName];
        };
        return "[" + ((stack1 = (helper = (helper = lookupProperty(helpers, "section") || (depth0 != null ? lookupProperty(depth0, "section") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { name: "section", hash: {}, data, loc: { start: { line: 1, column: 1 }, end: { line: 1, column: 12 } } }) : helper)) != null ? stack1 : "") + `]
volume_backend_name = ` + ((stack1 = (helper = (helper = lookupProperty(helpers, "volumeBackendName") || (depth0 != null ? lookupProperty(depth0, "volumeBackendName") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { name: "volumeBackendName", hash: {}, data, loc: { start: { line: 2, column: 22 }, end: { line: 2, column: 43 } } }) : helper)) != null ? stack1 : "") + `
volume_driver = ` + ((stack1 = (helper = (helper = lookupProperty(helpers, "driverClass") || (depth0 != null ? lookupProperty(depth0, "driverClass") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { name: "driverClass", hash: {}, data, loc: { start: { line: 3, column: 16 }, end: { line: 3, column: 31 } } }) : helper)) != null ? stack1 : "") + `
` + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "availabilityZone") : depth0, { name: "if", hash: {}, fn: container2.program(0, data, 0), inverse: container2.noop, data, loc: { start: { line: 4, column: 0 }, end: { line: 6, column: 7 } } })) != null ? stack1 : "") + ((stack1 = container2.invokePartial(lookupProperty(partials, "ini-options"), depth0, { name: "ini-options", data, helpers, partials, decorators: container2.decorators })) != null ? stack1 : "");
      }, usePartial: !0, useData: !0 }),
      "cinder-ceph-rbd": import_runtime.default.template({ 0: function(container2, depth0, helpers, partials, data) {
        var stack1, helper, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName))
            return parent[propertyName];
        };
        return "backend_availability_zone = " + ((stack1 = (helper = (helper = lookupProperty(helpers, "availabilityZone") || (depth0 != null ? lookupProperty(depth0, "availabilityZone") : depth0)) != null ? helper : container2.hooks.helperMissing, typeof helper == "function" ? helper.call(depth0 ?? (container2.nullContext || {}), { name: "availabilityZone", hash: {}, data, loc: { start: { line: 5, column: 28 }, end: { line: 5, column: 48 } } }) : helper)) != null ? stack1 : "") + `
`;
      }, 1: function(container2, depth0, helpers, partials, data) {
        var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName))
            return parent[propertyName];
        };
        return "rbd_cluster_name = " + ((stack1 = container2.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "ceph") : depth0) != null ? lookupProperty(stack1, "name") : stack1, depth0)) != null ? stack1 : "") + `
`;
      }, compiler: [8, ">= 4.3.0"], main: function(container2, depth0, helpers, partials, data) {
        var stack1, helper, alias1 = depth0 ?? (container2.nullContext || {}), alias2 = container2.hooks.helperMissing, alias3 = "function", alias4 = container2.lambda, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName))
            return parent[propertyName];
        };
        return "[" + ((stack1 = (helper = (helper = lookupProperty(helpers, "section") || (depth0 != null ? lookupProperty(depth0, "section") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { name: "section", hash: {}, data, loc: { start: { line: 1, column: 1 }, end: { line: 1, column: 12 } } }) : helper)) != null ? stack1 : "") + `]
volume_backend_name = ` + ((stack1 = (helper = (helper = lookupProperty(helpers, "volumeBackendName") || (depth0 != null ? lookupProperty(depth0, "volumeBackendName") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { name: "volumeBackendName", hash: {}, data, loc: { start: { line: 2, column: 22 }, end: { line: 2, column: 43 } } }) : helper)) != null ? stack1 : "") + `
volume_driver = ` + ((stack1 = (helper = (helper = lookupProperty(helpers, "driverClass") || (depth0 != null ? lookupProperty(depth0, "driverClass") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { name: "driverClass", hash: {}, data, loc: { start: { line: 3, column: 16 }, end: { line: 3, column: 31 } } }) : helper)) != null ? stack1 : "") + `
` + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "availabilityZone") : depth0, { name: "if", hash: {}, fn: container2.program(0, data, 0), inverse: container2.noop, data, loc: { start: { line: 4, column: 0 }, end: { line: 6, column: 7 } } })) != null ? stack1 : "") + "rbd_ceph_conf = " + ((stack1 = alias4((stack1 = depth0 != null ? lookupProperty(depth0, "ceph") : depth0) != null ? lookupProperty(stack1, "confPath") : stack1, depth0)) != null ? stack1 : "") + `
` + ((stack1 = lookupProperty(helpers, "unless").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "ceph") : depth0) != null ? lookupProperty(stack1, "isDefaultName") : stack1, { name: "unless", hash: {}, fn: container2.program(1, data, 0), inverse: container2.noop, data, loc: { start: { line: 8, column: 0 }, end: { line: 10, column: 11 } } })) != null ? stack1 : "") + "rbd_user = " + ((stack1 = alias4((stack1 = depth0 != null ? lookupProperty(depth0, "ceph") : depth0) != null ? lookupProperty(stack1, "user") : stack1, depth0)) != null ? stack1 : "") + `
rbd_pool = ` + ((stack1 = alias4((stack1 = (stack1 = depth0 != null ? lookupProperty(depth0, "ceph") : depth0) != null ? lookupProperty(stack1, "pools") : stack1) != null ? lookupProperty(stack1, "volumes") : stack1, depth0)) != null ? stack1 : "") + `
rbd_secret_uuid = ` + ((stack1 = alias4((stack1 = depth0 != null ? lookupProperty(depth0, "ceph") : depth0) != null ? lookupProperty(stack1, "fsid") : stack1, depth0)) != null ? stack1 : "") + `
` + ((stack1 = container2.invokePartial(lookupProperty(partials, "ini-options"), depth0, { name: "ini-options", data, helpers, partials, decorators: container2.decorators })) != null ? stack1 : "");
      }, usePartial: !0, useData: !0 }),
      "cinder-lvm": import_runtime.default.template({ 0: function(container2, depth0, helpers, partials, data) {
        var stack1, helper, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName))
            return parent[propertyName];
        };
        return "backend_availability_zone = " + ((stack1 = (helper = (helper = lookupProperty(helpers, "availabilityZone") || (depth0 != null ? lookupProperty(depth0, "availabilityZone") : depth0)) != null ? helper : container2.hooks.helperMissing, typeof helper == "function" ? helper.call(depth0 ?? (container2.nullContext || {}), { name: "availabilityZone", hash: {}, data, loc: { start: { line: 5, column: 28 }, end: { line: 5, column: 48 } } }) : helper)) != null ? stack1 : "") + `
`;
      }, compiler: [8, ">= 4.3.0"], main: function(container2, depth0, helpers, partials, data) {
        var stack1, helper, alias1 = depth0 ?? (container2.nullContext || {}), alias2 = container2.hooks.helperMissing, alias3 = "function", lookupProperty = container2.lookupProperty || function(parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName))
            return parent[propertyName];
        };
        return "[" + ((stack1 = (helper = (helper = lookupProperty(helpers, "section") || (depth0 != null ? lookupProperty(depth0, "section") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { name: "section", hash: {}, data, loc: { start: { line: 1, column: 1 }, end: { line: 1, column: 12 } } }) : helper)) != null ? stack1 : "") + `]
volume_backend_name = ` + ((stack1 = (helper = (helper = lookupProperty(helpers, "volumeBackendName") || (depth0 != null ? lookupProperty(depth0, "volumeBackendName") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { name: "volumeBackendName", hash: {}, data, loc: { start: { line: 2, column: 22 }, end: { line: 2, column: 43 } } }) : helper)) != null ? stack1 : "") + `
volume_driver = ` + ((stack1 = (helper = (helper = lookupProperty(helpers, "driverClass") || (depth0 != null ? lookupProperty(depth0, "driverClass") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { name: "driverClass", hash: {}, data, loc: { start: { line: 3, column: 16 }, end: { line: 3, column: 31 } } }) : helper)) != null ? stack1 : "") + `
` + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "availabilityZone") : depth0, { name: "if", hash: {}, fn: container2.program(0, data, 0), inverse: container2.noop, data, loc: { start: { line: 4, column: 0 }, end: { line: 6, column: 7 } } })) != null ? stack1 : "") + ((stack1 = container2.invokePartial(lookupProperty(partials, "ini-options"), depth0, { name: "ini-options", data, helpers, partials, decorators: container2.decorators })) != null ? stack1 : "");
      }, usePartial: !0, useData: !0 })
    };
  }
});

// functions/lib/catalog/index.ts
function driverIds(service) {
  return drivers.filter((d) => !service || d.service === service).map((d) => d.id);
}
function getDriver(id, service) {
  let d = byId.get(id);
  return d && (!service || d.service === service) ? d : void 0;
}
function renderTemplate(name, context) {
  let t = templates[name];
  if (!t) throw new Error(`catalog template ${name} is missing`);
  return t(context);
}
var byId, init_catalog2 = __esm({
  "functions/lib/catalog/index.ts"() {
    "use strict";
    init_catalog();
    byId = new Map(drivers.map((d) => [d.id, d]));
  }
});

// functions/lib/expand/plan.ts
function emptyExpansion() {
  return { controlPlane: [], version: [], resources: [], externalSecrets: [] };
}
function generatedMetadata(name, namespace, inventory, extraLabels = {}) {
  return {
    name,
    namespace,
    labels: { ...extraLabels, [MANAGED_BY_LABEL]: MANAGED_BY },
    annotations: { [INVENTORY_ANNOTATION]: inventory }
  };
}
var MANAGED_BY_LABEL, MANAGED_BY, INVENTORY_ANNOTATION, MANAGED_FIELDS_ANNOTATION, init_plan = __esm({
  "functions/lib/expand/plan.ts"() {
    "use strict";
    MANAGED_BY_LABEL = "app.kubernetes.io/managed-by", MANAGED_BY = "rhoso-backends", INVENTORY_ANNOTATION = "backends.rhoso.io/inventory", MANAGED_FIELDS_ANNOTATION = "backends.rhoso.io/managed-fields";
  }
});

// functions/lib/expand/ini.ts
function iniValue(v) {
  return typeof v == "boolean" ? v ? "true" : "false" : String(v);
}
function optionPairs(options) {
  return Object.entries(options).map(([key, value]) => ({ key, value: iniValue(value) }));
}
function iniSection(section, options) {
  return `[${section}]
` + Object.entries(options).map(([k, v]) => `${k} = ${iniValue(v)}
`).join("");
}
function tidyIni(text) {
  return text.split(`
`).filter((l) => l.trim() !== "").join(`
`).concat(`
`);
}
var init_ini = __esm({
  "functions/lib/expand/ini.ts"() {
    "use strict";
  }
});

// functions/lib/expand/credentials.ts
function credentialSecretName(t) {
  return `${t.component}-${t.name}-secrets`;
}
function expandCredentials(ctx, t, out) {
  let c = t.credentials;
  if (!c) return;
  let at2 = [...t.at, "credentials"], { namespace } = ctx.inventory.controlPlane, labels = { service: serviceOf(t.component), component: t.component };
  if ("secretName" in c)
    return out.externalSecrets.push({ name: c.secretName, origin: [...at2, "secretName"] }), c.secretName;
  let name = credentialSecretName(t);
  if ("values" in c)
    return ctx.inventory.secrets.allowPlaintext && out.resources.push({
      origin: at2,
      value: {
        apiVersion: "v1",
        kind: "Secret",
        metadata: generatedMetadata(name, namespace, ctx.inventory.name, labels),
        type: "Opaque",
        stringData: { [`${t.section}.conf`]: iniSection(t.section, c.values) }
      }
    }), name;
  let store = c.externalSecret.store ?? ctx.inventory.secrets.store;
  return out.resources.push({
    origin: at2,
    value: externalSecret(ctx, name, labels, store, {
      [`${t.section}.conf`]: `[${escapeGoTemplate(t.section)}]
` + Object.keys(c.externalSecret.data).map((k) => `${escapeGoTemplate(k)} = {{ index . ${JSON.stringify(k)} }}
`).join("")
    }, Object.entries(c.externalSecret.data))
  }), name;
}
function externalSecret(ctx, name, labels, store, templateData, data) {
  let { namespace } = ctx.inventory.controlPlane;
  return {
    apiVersion: "external-secrets.io/v1",
    kind: "ExternalSecret",
    metadata: generatedMetadata(name, namespace, ctx.inventory.name, labels),
    spec: {
      refreshInterval: ctx.inventory.secrets.refreshInterval,
      ...store ? { secretStoreRef: { name: store.name, kind: store.kind } } : {},
      target: {
        name,
        creationPolicy: "Owner",
        template: { engineVersion: "v2", type: "Opaque", metadata: { labels }, data: templateData }
      },
      data: data.map(([secretKey, ref]) => ({ secretKey, remoteRef: { key: ref.key, ...ref.property ? { property: ref.property } : {}, ...ref.version ? { version: ref.version } : {} } }))
    }
  };
}
function escapeGoTemplate(text) {
  return text.replace(/\{\{/g, '{{ "{{" }}');
}
var serviceOf, init_credentials = __esm({
  "functions/lib/expand/credentials.ts"() {
    "use strict";
    init_plan();
    init_ini();
    serviceOf = (component) => component.split("-")[0];
  }
});

// functions/lib/io/package-path.ts
function isInside(root, p) {
  let r = import_node_path2.default.relative(root, p);
  return r === "" || !r.startsWith("..") && !import_node_path2.default.isAbsolute(r);
}
function resolveInside(root, baseDir, rel) {
  if (import_node_path2.default.isAbsolute(rel) || /^[A-Za-z]:[\\/]/.test(rel)) return { problem: "is absolute; paths are relative to the inventory file" };
  let abs = import_node_path2.default.resolve(baseDir, rel);
  if (!isInside(root, abs)) return { problem: "leaves the package" };
  let real, realRoot;
  try {
    real = import_node_fs2.default.realpathSync(abs), realRoot = import_node_fs2.default.realpathSync(root);
  } catch {
    return { problem: "does not exist" };
  }
  return isInside(realRoot, real) ? import_node_fs2.default.statSync(real).isFile() ? { abs: real } : { problem: "is not a regular file" } : { problem: "is a symlink that points outside the package" };
}
var import_node_fs2, import_node_path2, init_package_path = __esm({
  "functions/lib/io/package-path.ts"() {
    "use strict";
    import_node_fs2 = __toESM(require("node:fs")), import_node_path2 = __toESM(require("node:path"));
  }
});

// functions/lib/expand/context.ts
function reportAt(ctx, at2, severity, rule, message, hint) {
  ctx.diagnostics.push(diagnosticAt(ctx.inventoryItem, at2, { severity, rule, message, hint }));
}
function resolvePackagePath(ctx, rel) {
  return resolveInside(ctx.packageRoot, import_node_path3.default.resolve(ctx.packageRoot, import_node_path3.default.dirname(ctx.inventoryItem.path || ".")), rel);
}
function readPackageFile(ctx, rel, at2) {
  let { abs, problem } = resolvePackagePath(ctx, rel);
  if (!abs) {
    reportAt(ctx, at2, "error", "RB006", `path "${rel}" ${problem}`, "give a path inside the package, relative to the inventory file, e.g. files/config.xml");
    return;
  }
  return import_node_fs3.default.readFileSync(abs);
}
var import_node_fs3, import_node_path3, init_context = __esm({
  "functions/lib/expand/context.ts"() {
    "use strict";
    import_node_fs3 = __toESM(require("node:fs")), import_node_path3 = __toESM(require("node:path"));
    init_package_path();
    init_resources();
  }
});

// functions/lib/expand/files.ts
function expandFiles(ctx, owner, service, component, out) {
  if (owner.files.length === 0) return;
  let { namespace } = ctx.inventory.controlPlane, labels = { service, component }, groups = /* @__PURE__ */ new Map(), group = (secretName) => {
    let g = groups.get(secretName);
    return g || groups.set(secretName, g = { secretName, items: [], mounts: [] }), g;
  }, fromPath = {}, fromPathBinary = {}, fromStore = [], pathSecret = `${component}-${owner.name}-files`, storeSecret = `${component}-${owner.name}-secret-files`;
  owner.files.forEach((f, i) => {
    let at2 = [...owner.at, "files", i], secretName, key = f.name;
    if (f.secretName)
      secretName = f.secretName, key = f.key ?? f.name, out.externalSecrets.push({ name: f.secretName, origin: [...at2, "secretName"] });
    else if (f.path) {
      secretName = pathSecret;
      let content = readPackageFile(ctx, f.path, [...at2, "path"]);
      if (content === void 0) return;
      isText(content) ? fromPath[f.name] = content.toString("utf8") : fromPathBinary[f.name] = content.toString("base64");
    } else
      secretName = storeSecret, fromStore.push([f.name, f.externalSecret]);
    let g = group(secretName);
    g.items.push({ key, path: f.name }), g.mounts.push({ mountPath: f.mountPath, subPath: f.name });
  }), Object.keys(fromPath).length + Object.keys(fromPathBinary).length > 0 && out.resources.push({
    origin: [...owner.at, "files"],
    value: {
      apiVersion: "v1",
      kind: "Secret",
      metadata: generatedMetadata(pathSecret, namespace, ctx.inventory.name, labels),
      type: "Opaque",
      ...Object.keys(fromPathBinary).length ? { data: fromPathBinary } : {},
      ...Object.keys(fromPath).length ? { stringData: fromPath } : {}
    }
  }), fromStore.length > 0 && out.resources.push({
    origin: [...owner.at, "files"],
    value: externalSecret(ctx, storeSecret, labels, ctx.inventory.secrets.store, {}, fromStore)
  });
  let volumes = [], mounts = [];
  if ([...groups.values()].forEach((g, i) => {
    let volumeName = i === 0 ? `${owner.name}-files` : `${owner.name}-files-${i + 1}`;
    volumes.push({ name: volumeName, secret: { secretName: g.secretName, items: g.items } });
    for (let m of g.mounts) mounts.push({ name: volumeName, mountPath: m.mountPath, subPath: m.subPath, readOnly: !0 });
  }), volumes.length !== 0)
    return {
      kind: "item",
      path: ["spec", service, "template", "extraMounts"],
      key: `${owner.name}-files`,
      origin: [...owner.at, "files"],
      value: {
        name: `${owner.name}-files`,
        extraVol: [{ propagation: [owner.name], extraVolType: "Undefined", volumes, mounts }]
      }
    };
}
function isText(buf) {
  let s = buf.toString("utf8");
  return Buffer.from(s, "utf8").equals(buf) && !/[\u0000-\u0008\u000E-\u001F\r]/.test(s);
}
var init_files = __esm({
  "functions/lib/expand/files.ts"() {
    "use strict";
    init_context();
    init_credentials();
    init_plan();
  }
});

// functions/lib/expand/cinder.ts
function expandCinder(ctx, out) {
  for (let b of ctx.inventory.cinder.backends) {
    let profile = getDriver(b.driver, "cinder");
    if (!profile) continue;
    let volume = {}, secretName = expandCredentials(ctx, { component: "cinder-volume", name: b.name, section: b.section, credentials: b.credentials, at: b.at }, out);
    volume.customServiceConfig = cinderServiceConfig(ctx, b, profile), secretName && (volume.customServiceConfigSecrets = [secretName]);
    let nets = b.networkAttachments ?? profile.networkAttachments;
    nets.length > 0 && (volume.networkAttachments = nets), b.nodeSelector && (volume.nodeSelector = b.nodeSelector), volume.replicas = b.replicas, out.controlPlane.push({ kind: "key", path: VOLUMES, key: b.name, value: volume, origin: b.at });
    let mount = expandFiles(ctx, b, "cinder", "cinder-volume", out);
    mount && out.controlPlane.push(mount), b.image && out.version.push({ kind: "key", path: ["spec", "customContainerImages", "cinderVolumeImages"], key: b.name, value: b.image, origin: [...b.at, "image"] });
  }
}
function mergedOptions(profile, user) {
  let fixed = profile.options.fixed ?? {}, defaults = profile.options.defaults ?? {}, out = { ...fixed };
  for (let [k, v] of Object.entries(defaults)) k in user || (out[k] = v);
  for (let [k, v] of Object.entries(user)) k in fixed || (out[k] = v);
  return out;
}
function cephClusterFor(ctx, name) {
  return name ? ctx.inventory.ceph.find((c) => c.name === name) : ctx.inventory.ceph[0];
}
function cephTemplateContext(c) {
  if (c)
    return { ...c, confPath: `${c.mountPath}/${c.name}.conf`, isDefaultName: c.name === "ceph" };
}
function cinderServiceConfig(ctx, b, profile) {
  let driverClass = profile.id === "custom" ? b.volumeDriver ?? "" : profile.class, text = renderTemplate(profile.template, {
    section: b.section,
    volumeBackendName: b.volumeBackendName,
    driverClass,
    availabilityZone: b.availabilityZone,
    options: optionPairs(mergedOptions(profile, b.options)),
    extraConfig: b.extraConfig.trim(),
    ceph: profile.needsCephCluster ? cephTemplateContext(cephClusterFor(ctx, b.cluster)) : void 0
  });
  return tidyIni(text);
}
var VOLUMES, init_cinder = __esm({
  "functions/lib/expand/cinder.ts"() {
    "use strict";
    init_catalog2();
    init_credentials();
    init_files();
    init_ini();
    VOLUMES = ["spec", "cinder", "template", "cinderVolumes"];
  }
});

// functions/lib/expand/version.ts
function expandVersion(ctx, out) {
  let release = ctx.inventory.release;
  release && (release.targetVersion && out.version.push({ kind: "value", path: ["spec"], key: "targetVersion", value: release.targetVersion, origin: ["spec", "release", "targetVersion"] }), release.skipCustomImagesValidation && out.version.push({
    kind: "value",
    path: ["metadata", "annotations"],
    key: SKIP_CUSTOM_IMAGES_ANNOTATION,
    value: "true",
    origin: ["spec", "release", "skipCustomImagesValidation"]
  }));
}
var SKIP_CUSTOM_IMAGES_ANNOTATION, init_version = __esm({
  "functions/lib/expand/version.ts"() {
    "use strict";
    SKIP_CUSTOM_IMAGES_ANNOTATION = "core.openstack.org/skip-custom-images-validation";
  }
});

// functions/lib/expand/index.ts
function expand(ctx) {
  let out = emptyExpansion();
  return expandCeph(ctx, out), expandCinder(ctx, out), expandVersion(ctx, out), out;
}
var init_expand = __esm({
  "functions/lib/expand/index.ts"() {
    "use strict";
    init_ceph();
    init_cinder();
    init_plan();
    init_version();
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    function ucs2length(str) {
      let len = str.length, length = 0, pos2 = 0, value;
      for (; pos2 < len; )
        length++, value = str.charCodeAt(pos2++), value >= 55296 && value <= 56319 && pos2 < len && (value = str.charCodeAt(pos2), (value & 64512) === 56320 && pos2++);
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function equal(a, b) {
      if (a === b) return !0;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return !1;
        var length, i, keys;
        if (Array.isArray(a)) {
          if (length = a.length, length != b.length) return !1;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return !1;
          return !0;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        if (keys = Object.keys(a), length = keys.length, length !== Object.keys(b).length) return !1;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return !1;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return !1;
        }
        return !0;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

// build/generated/inventory-validator.mjs
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema16.required, parentSchema: schema16, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.fsid === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fsid" }, message: "must have required property 'fsid'", schema: schema16.required, parentSchema: schema16, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "name" || key0 === "fsid" || key0 === "secretName" || key0 === "mountPath" || key0 === "user" || key0 === "pools" || key0 === "files")) {
        let err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema16, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (func3(data0) > 63) {
          let err3 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/dnsLabel/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema13, data: data0 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
        if (!pattern1.test(data0)) {
          let err4 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/dnsLabel/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema13, data: data0 };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
      } else {
        let err5 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/dnsLabel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.fsid !== void 0) {
      let data1 = data.fsid;
      if (typeof data1 == "string") {
        if (!pattern6.test(data1)) {
          let err6 = { instancePath: instancePath + "/fsid", schemaPath: "#/properties/fsid/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F-]{36}$" }, message: 'must match pattern "^[0-9a-fA-F-]{36}$"', schema: "^[0-9a-fA-F-]{36}$", parentSchema: schema16.properties.fsid, data: data1 };
          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
        }
      } else {
        let err7 = { instancePath: instancePath + "/fsid", schemaPath: "#/properties/fsid/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.fsid.type, parentSchema: schema16.properties.fsid, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.secretName !== void 0) {
      let data2 = data.secretName;
      if (typeof data2 == "string") {
        if (func3(data2) > 253) {
          let err8 = { instancePath: instancePath + "/secretName", schemaPath: "#/definitions/dnsSubdomain/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema12, data: data2 };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
        if (!pattern0.test(data2)) {
          let err9 = { instancePath: instancePath + "/secretName", schemaPath: "#/definitions/dnsSubdomain/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", parentSchema: schema12, data: data2 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
      } else {
        let err10 = { instancePath: instancePath + "/secretName", schemaPath: "#/definitions/dnsSubdomain/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data2 };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.mountPath !== void 0) {
      let data3 = data.mountPath;
      if (typeof data3 == "string") {
        if (!pattern8.test(data3)) {
          let err11 = { instancePath: instancePath + "/mountPath", schemaPath: "#/properties/mountPath/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: schema16.properties.mountPath, data: data3 };
          vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
        }
      } else {
        let err12 = { instancePath: instancePath + "/mountPath", schemaPath: "#/properties/mountPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.mountPath.type, parentSchema: schema16.properties.mountPath, data: data3 };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
    }
    if (data.user !== void 0) {
      let data4 = data.user;
      if (typeof data4 != "string") {
        let err13 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.user.type, parentSchema: schema16.properties.user, data: data4 };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
    }
    if (data.pools !== void 0) {
      let data5 = data.pools;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (let key1 in data5)
          if (!(key1 === "volumes" || key1 === "images" || key1 === "backups")) {
            let err14 = { instancePath: instancePath + "/pools", schemaPath: "#/properties/pools/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema16.properties.pools, data: data5 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        if (data5.volumes !== void 0) {
          let data6 = data5.volumes;
          if (typeof data6 != "string") {
            let err15 = { instancePath: instancePath + "/pools/volumes", schemaPath: "#/properties/pools/properties/volumes/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.pools.properties.volumes.type, parentSchema: schema16.properties.pools.properties.volumes, data: data6 };
            vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
          }
        }
        if (data5.images !== void 0) {
          let data7 = data5.images;
          if (typeof data7 != "string") {
            let err16 = { instancePath: instancePath + "/pools/images", schemaPath: "#/properties/pools/properties/images/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.pools.properties.images.type, parentSchema: schema16.properties.pools.properties.images, data: data7 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
        if (data5.backups !== void 0) {
          let data8 = data5.backups;
          if (typeof data8 != "string") {
            let err17 = { instancePath: instancePath + "/pools/backups", schemaPath: "#/properties/pools/properties/backups/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.pools.properties.backups.type, parentSchema: schema16.properties.pools.properties.backups, data: data8 };
            vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
          }
        }
      } else {
        let err18 = { instancePath: instancePath + "/pools", schemaPath: "#/properties/pools/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.pools.type, parentSchema: schema16.properties.pools, data: data5 };
        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
      }
    }
    if (data.files !== void 0) {
      let data9 = data.files;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.conf === void 0) {
          let err19 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/required", keyword: "required", params: { missingProperty: "conf" }, message: "must have required property 'conf'", schema: schema16.properties.files.required, parentSchema: schema16.properties.files, data: data9 };
          vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
        }
        if (data9.keyring === void 0) {
          let err20 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/required", keyword: "required", params: { missingProperty: "keyring" }, message: "must have required property 'keyring'", schema: schema16.properties.files.required, parentSchema: schema16.properties.files, data: data9 };
          vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
        }
        for (let key2 in data9)
          if (!(key2 === "conf" || key2 === "keyring")) {
            let err21 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema16.properties.files, data: data9 };
            vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
          }
        if (data9.conf !== void 0) {
          let data10 = data9.conf;
          if (typeof data10 != "string") {
            let err22 = { instancePath: instancePath + "/files/conf", schemaPath: "#/properties/files/properties/conf/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.files.properties.conf.type, parentSchema: schema16.properties.files.properties.conf, data: data10 };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
        }
        if (data9.keyring !== void 0) {
          let data11 = data9.keyring;
          if (typeof data11 != "string") {
            let err23 = { instancePath: instancePath + "/files/keyring", schemaPath: "#/properties/files/properties/keyring/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.files.properties.keyring.type, parentSchema: schema16.properties.files.properties.keyring, data: data11 };
            vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
          }
        }
      } else {
        let err24 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.files.type, parentSchema: schema16.properties.files, data: data9 };
        vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
      }
    }
  } else {
    let err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data };
    vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
  }
  return validate11.errors = vErrors, errors === 0;
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data) {
      let _errs1 = errors;
      if (typeof key0 == "string" && !pattern11.test(key0)) {
        let err0 = { instancePath, schemaPath: "#/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_.-]*$", parentSchema: schema22.propertyNames, data: key0, propertyName: key0 };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        let err1 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema22.propertyNames, parentSchema: schema22, data };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    }
    for (let key1 in data) {
      let data0 = data[key1];
      if (typeof data0 != "string" && typeof data0 != "number" && typeof data0 != "boolean") {
        let err2 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/optionValue/type", keyword: "type", params: { type: schema23.type }, message: "must be string,number,boolean", schema: schema23.type, parentSchema: schema23, data: data0 };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data };
    vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate14.errors = vErrors, errors === 0;
}
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 1) {
      let err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema24, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (Object.keys(data).length < 1) {
      let err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema24, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "secretName" || key0 === "values" || key0 === "externalSecret")) {
        let err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema24, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    if (data.secretName !== void 0) {
      let data0 = data.secretName;
      if (typeof data0 == "string") {
        if (func3(data0) > 253) {
          let err3 = { instancePath: instancePath + "/secretName", schemaPath: "#/definitions/dnsSubdomain/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema12, data: data0 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
        if (!pattern0.test(data0)) {
          let err4 = { instancePath: instancePath + "/secretName", schemaPath: "#/definitions/dnsSubdomain/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", parentSchema: schema12, data: data0 };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
      } else {
        let err5 = { instancePath: instancePath + "/secretName", schemaPath: "#/definitions/dnsSubdomain/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.values !== void 0) {
      let data1 = data.values;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (let key1 in data1) {
          let _errs7 = errors;
          if (typeof key1 == "string" && !pattern11.test(key1)) {
            let err6 = { instancePath: instancePath + "/values", schemaPath: "#/properties/values/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_.-]*$", parentSchema: schema24.properties.values.propertyNames, data: key1, propertyName: key1 };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
          var valid2 = _errs7 === errors;
          if (!valid2) {
            let err7 = { instancePath: instancePath + "/values", schemaPath: "#/properties/values/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema24.properties.values.propertyNames, parentSchema: schema24.properties.values, data: data1 };
            vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
          }
        }
        for (let key2 in data1) {
          let data2 = data1[key2];
          if (typeof data2 != "string" && typeof data2 != "number" && typeof data2 != "boolean") {
            let err8 = { instancePath: instancePath + "/values/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/optionValue/type", keyword: "type", params: { type: schema23.type }, message: "must be string,number,boolean", schema: schema23.type, parentSchema: schema23, data: data2 };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
        }
      } else {
        let err9 = { instancePath: instancePath + "/values", schemaPath: "#/properties/values/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.values.type, parentSchema: schema24.properties.values, data: data1 };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
    }
    if (data.externalSecret !== void 0) {
      let data3 = data.externalSecret;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.data === void 0) {
          let err10 = { instancePath: instancePath + "/externalSecret", schemaPath: "#/properties/externalSecret/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'", schema: schema24.properties.externalSecret.required, parentSchema: schema24.properties.externalSecret, data: data3 };
          vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
        }
        for (let key3 in data3)
          if (!(key3 === "store" || key3 === "data")) {
            let err11 = { instancePath: instancePath + "/externalSecret", schemaPath: "#/properties/externalSecret/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema24.properties.externalSecret, data: data3 };
            vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
          }
        if (data3.store !== void 0) {
          let data4 = data3.store;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.name === void 0) {
              let err12 = { instancePath: instancePath + "/externalSecret/store", schemaPath: "#/definitions/secretStoreRef/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.required, parentSchema: schema15, data: data4 };
              vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
            }
            for (let key4 in data4)
              if (!(key4 === "name" || key4 === "kind")) {
                let err13 = { instancePath: instancePath + "/externalSecret/store", schemaPath: "#/definitions/secretStoreRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema15, data: data4 };
                vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
              }
            if (data4.name !== void 0) {
              let data5 = data4.name;
              if (typeof data5 == "string") {
                if (func3(data5) < 1) {
                  let err14 = { instancePath: instancePath + "/externalSecret/store/name", schemaPath: "#/definitions/secretStoreRef/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.name, data: data5 };
                  vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                }
              } else {
                let err15 = { instancePath: instancePath + "/externalSecret/store/name", schemaPath: "#/definitions/secretStoreRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.name.type, parentSchema: schema15.properties.name, data: data5 };
                vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
              }
            }
            if (data4.kind !== void 0) {
              let data6 = data4.kind;
              if (!(data6 === "SecretStore" || data6 === "ClusterSecretStore")) {
                let err16 = { instancePath: instancePath + "/externalSecret/store/kind", schemaPath: "#/definitions/secretStoreRef/properties/kind/enum", keyword: "enum", params: { allowedValues: schema15.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.kind.enum, parentSchema: schema15.properties.kind, data: data6 };
                vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
              }
            }
          } else {
            let err17 = { instancePath: instancePath + "/externalSecret/store", schemaPath: "#/definitions/secretStoreRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data4 };
            vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
          }
        }
        if (data3.data !== void 0) {
          let data7 = data3.data;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (Object.keys(data7).length < 1) {
              let err18 = { instancePath: instancePath + "/externalSecret/data", schemaPath: "#/properties/externalSecret/properties/data/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema24.properties.externalSecret.properties.data, data: data7 };
              vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
            }
            for (let key5 in data7) {
              let _errs24 = errors;
              if (typeof key5 == "string" && !pattern11.test(key5)) {
                let err19 = { instancePath: instancePath + "/externalSecret/data", schemaPath: "#/properties/externalSecret/properties/data/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_.-]*$", parentSchema: schema24.properties.externalSecret.properties.data.propertyNames, data: key5, propertyName: key5 };
                vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
              }
              var valid8 = _errs24 === errors;
              if (!valid8) {
                let err20 = { instancePath: instancePath + "/externalSecret/data", schemaPath: "#/properties/externalSecret/properties/data/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid", schema: schema24.properties.externalSecret.properties.data.propertyNames, parentSchema: schema24.properties.externalSecret.properties.data, data: data7 };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
            }
            for (let key6 in data7) {
              let data8 = data7[key6];
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                if (data8.key === void 0) {
                  let err21 = { instancePath: instancePath + "/externalSecret/data/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/remoteRef/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema28.required, parentSchema: schema28, data: data8 };
                  vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                }
                for (let key7 in data8)
                  if (!(key7 === "key" || key7 === "property" || key7 === "version")) {
                    let err22 = { instancePath: instancePath + "/externalSecret/data/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/remoteRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema28, data: data8 };
                    vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                  }
                if (data8.key !== void 0) {
                  let data9 = data8.key;
                  if (typeof data9 == "string") {
                    if (func3(data9) < 1) {
                      let err23 = { instancePath: instancePath + "/externalSecret/data/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/key", schemaPath: "#/definitions/remoteRef/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.properties.key, data: data9 };
                      vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                    }
                  } else {
                    let err24 = { instancePath: instancePath + "/externalSecret/data/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/key", schemaPath: "#/definitions/remoteRef/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.key.type, parentSchema: schema28.properties.key, data: data9 };
                    vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                  }
                }
                if (data8.property !== void 0) {
                  let data10 = data8.property;
                  if (typeof data10 == "string") {
                    if (func3(data10) < 1) {
                      let err25 = { instancePath: instancePath + "/externalSecret/data/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/property", schemaPath: "#/definitions/remoteRef/properties/property/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.properties.property, data: data10 };
                      vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                    }
                  } else {
                    let err26 = { instancePath: instancePath + "/externalSecret/data/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/property", schemaPath: "#/definitions/remoteRef/properties/property/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.property.type, parentSchema: schema28.properties.property, data: data10 };
                    vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                  }
                }
                if (data8.version !== void 0) {
                  let data11 = data8.version;
                  if (typeof data11 == "string") {
                    if (func3(data11) < 1) {
                      let err27 = { instancePath: instancePath + "/externalSecret/data/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/version", schemaPath: "#/definitions/remoteRef/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.properties.version, data: data11 };
                      vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                    }
                  } else {
                    let err28 = { instancePath: instancePath + "/externalSecret/data/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/version", schemaPath: "#/definitions/remoteRef/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.version.type, parentSchema: schema28.properties.version, data: data11 };
                    vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                  }
                }
              } else {
                let err29 = { instancePath: instancePath + "/externalSecret/data/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/remoteRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data: data8 };
                vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
              }
            }
          } else {
            let err30 = { instancePath: instancePath + "/externalSecret/data", schemaPath: "#/properties/externalSecret/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.externalSecret.properties.data.type, parentSchema: schema24.properties.externalSecret.properties.data, data: data7 };
            vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
          }
        }
      } else {
        let err31 = { instancePath: instancePath + "/externalSecret", schemaPath: "#/properties/externalSecret/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.externalSecret.type, parentSchema: schema24.properties.externalSecret, data: data3 };
        vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
      }
    }
  } else {
    let err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
    vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
  }
  return validate16.errors = vErrors, errors === 0;
}
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0, _errs1 = errors, valid0 = !1, passing0 = null, _errs2 = errors, _errs3 = errors, _errs4 = errors, _errs5 = errors, valid2 = !1, _errs6 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.path === void 0 && (missing0 = "path")) {
      let err0 = {};
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
  }
  var _valid1 = _errs6 === errors;
  if (valid2 = valid2 || _valid1, !valid2) {
    let _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.externalSecret === void 0 && (missing1 = "externalSecret")) {
        let err1 = {};
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    }
    var _valid1 = _errs7 === errors;
    valid2 = valid2 || _valid1;
  }
  if (valid2)
    errors = _errs5, vErrors !== null && (_errs5 ? vErrors.length = _errs5 : vErrors = null);
  else {
    let err2 = {};
    vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  var valid1 = _errs4 === errors;
  if (valid1) {
    let err3 = { instancePath, schemaPath: "#/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema31.oneOf[0].not, parentSchema: schema31.oneOf[0], data };
    vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
  } else
    errors = _errs3, vErrors !== null && (_errs3 ? vErrors.length = _errs3 : vErrors = null);
  if (data && typeof data == "object" && !Array.isArray(data) && data.secretName === void 0) {
    let err4 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "secretName" }, message: "must have required property 'secretName'", schema: schema31.oneOf[0].required, parentSchema: schema31.oneOf[0], data };
    vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
  }
  var _valid0 = _errs2 === errors;
  _valid0 && (valid0 = !0, passing0 = 0);
  let _errs8 = errors, _errs9 = errors, _errs10 = errors, _errs11 = errors, valid4 = !1, _errs12 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (data.secretName === void 0 && (missing2 = "secretName")) {
      let err5 = {};
      vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
    }
  }
  var _valid2 = _errs12 === errors;
  if (valid4 = valid4 || _valid2, !valid4) {
    let _errs13 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing3;
      if (data.externalSecret === void 0 && (missing3 = "externalSecret")) {
        let err6 = {};
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    var _valid2 = _errs13 === errors;
    if (valid4 = valid4 || _valid2, !valid4) {
      let _errs14 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing4;
        if (data.key === void 0 && (missing4 = "key")) {
          let err7 = {};
          vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
        }
      }
      var _valid2 = _errs14 === errors;
      valid4 = valid4 || _valid2;
    }
  }
  if (valid4)
    errors = _errs11, vErrors !== null && (_errs11 ? vErrors.length = _errs11 : vErrors = null);
  else {
    let err8 = {};
    vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
  }
  var valid3 = _errs10 === errors;
  if (valid3) {
    let err9 = { instancePath, schemaPath: "#/oneOf/1/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema31.oneOf[1].not, parentSchema: schema31.oneOf[1], data };
    vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
  } else
    errors = _errs9, vErrors !== null && (_errs9 ? vErrors.length = _errs9 : vErrors = null);
  if (data && typeof data == "object" && !Array.isArray(data) && data.path === void 0) {
    let err10 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema31.oneOf[1].required, parentSchema: schema31.oneOf[1], data };
    vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
  }
  var _valid0 = _errs8 === errors;
  if (_valid0 && valid0)
    valid0 = !1, passing0 = [passing0, 1];
  else {
    _valid0 && (valid0 = !0, passing0 = 1);
    let _errs15 = errors, _errs16 = errors, _errs17 = errors, _errs18 = errors, valid6 = !1, _errs19 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing5;
      if (data.secretName === void 0 && (missing5 = "secretName")) {
        let err11 = {};
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    var _valid3 = _errs19 === errors;
    if (valid6 = valid6 || _valid3, !valid6) {
      let _errs20 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing6;
        if (data.path === void 0 && (missing6 = "path")) {
          let err12 = {};
          vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
        }
      }
      var _valid3 = _errs20 === errors;
      if (valid6 = valid6 || _valid3, !valid6) {
        let _errs21 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing7;
          if (data.key === void 0 && (missing7 = "key")) {
            let err13 = {};
            vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
          }
        }
        var _valid3 = _errs21 === errors;
        valid6 = valid6 || _valid3;
      }
    }
    if (valid6)
      errors = _errs18, vErrors !== null && (_errs18 ? vErrors.length = _errs18 : vErrors = null);
    else {
      let err14 = {};
      vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
    }
    var valid5 = _errs17 === errors;
    if (valid5) {
      let err15 = { instancePath, schemaPath: "#/oneOf/2/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema31.oneOf[2].not, parentSchema: schema31.oneOf[2], data };
      vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
    } else
      errors = _errs16, vErrors !== null && (_errs16 ? vErrors.length = _errs16 : vErrors = null);
    if (data && typeof data == "object" && !Array.isArray(data) && data.externalSecret === void 0) {
      let err16 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "externalSecret" }, message: "must have required property 'externalSecret'", schema: schema31.oneOf[2].required, parentSchema: schema31.oneOf[2], data };
      vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
    }
    var _valid0 = _errs15 === errors;
    _valid0 && valid0 ? (valid0 = !1, passing0 = [passing0, 2]) : _valid0 && (valid0 = !0, passing0 = 2);
  }
  if (valid0)
    errors = _errs1, vErrors !== null && (_errs1 ? vErrors.length = _errs1 : vErrors = null);
  else {
    let err17 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema31.oneOf, parentSchema: schema31, data };
    vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err18 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
    }
    if (data.mountPath === void 0) {
      let err19 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mountPath" }, message: "must have required property 'mountPath'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "name" || key0 === "mountPath" || key0 === "secretName" || key0 === "key" || key0 === "path" || key0 === "externalSecret")) {
        let err20 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31, data };
        vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
      }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (func3(data0) > 253) {
          let err21 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema31.properties.name, data: data0 };
          vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
        }
        if (!pattern15.test(data0)) {
          let err22 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[-._a-zA-Z0-9]+$" }, message: 'must match pattern "^[-._a-zA-Z0-9]+$"', schema: "^[-._a-zA-Z0-9]+$", parentSchema: schema31.properties.name, data: data0 };
          vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
        }
      } else {
        let err23 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.name.type, parentSchema: schema31.properties.name, data: data0 };
        vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
      }
    }
    if (data.mountPath !== void 0) {
      let data1 = data.mountPath;
      if (typeof data1 == "string") {
        if (!pattern8.test(data1)) {
          let err24 = { instancePath: instancePath + "/mountPath", schemaPath: "#/properties/mountPath/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: schema31.properties.mountPath, data: data1 };
          vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
        }
      } else {
        let err25 = { instancePath: instancePath + "/mountPath", schemaPath: "#/properties/mountPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.mountPath.type, parentSchema: schema31.properties.mountPath, data: data1 };
        vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
      }
    }
    if (data.secretName !== void 0) {
      let data2 = data.secretName;
      if (typeof data2 == "string") {
        if (func3(data2) > 253) {
          let err26 = { instancePath: instancePath + "/secretName", schemaPath: "#/definitions/dnsSubdomain/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema12, data: data2 };
          vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
        }
        if (!pattern0.test(data2)) {
          let err27 = { instancePath: instancePath + "/secretName", schemaPath: "#/definitions/dnsSubdomain/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", parentSchema: schema12, data: data2 };
          vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
        }
      } else {
        let err28 = { instancePath: instancePath + "/secretName", schemaPath: "#/definitions/dnsSubdomain/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data2 };
        vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
      }
    }
    if (data.key !== void 0) {
      let data3 = data.key;
      if (typeof data3 == "string") {
        if (!pattern15.test(data3)) {
          let err29 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/pattern", keyword: "pattern", params: { pattern: "^[-._a-zA-Z0-9]+$" }, message: 'must match pattern "^[-._a-zA-Z0-9]+$"', schema: "^[-._a-zA-Z0-9]+$", parentSchema: schema31.properties.key, data: data3 };
          vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
        }
      } else {
        let err30 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.key.type, parentSchema: schema31.properties.key, data: data3 };
        vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
      }
    }
    if (data.path !== void 0) {
      let data4 = data.path;
      if (typeof data4 == "string") {
        if (func3(data4) < 1) {
          let err31 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.path, data: data4 };
          vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
        }
      } else {
        let err32 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.path.type, parentSchema: schema31.properties.path, data: data4 };
        vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
      }
    }
    if (data.externalSecret !== void 0) {
      let data5 = data.externalSecret;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.key === void 0) {
          let err33 = { instancePath: instancePath + "/externalSecret", schemaPath: "#/definitions/remoteRef/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema28.required, parentSchema: schema28, data: data5 };
          vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
        }
        for (let key1 in data5)
          if (!(key1 === "key" || key1 === "property" || key1 === "version")) {
            let err34 = { instancePath: instancePath + "/externalSecret", schemaPath: "#/definitions/remoteRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema28, data: data5 };
            vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
          }
        if (data5.key !== void 0) {
          let data6 = data5.key;
          if (typeof data6 == "string") {
            if (func3(data6) < 1) {
              let err35 = { instancePath: instancePath + "/externalSecret/key", schemaPath: "#/definitions/remoteRef/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.properties.key, data: data6 };
              vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
            }
          } else {
            let err36 = { instancePath: instancePath + "/externalSecret/key", schemaPath: "#/definitions/remoteRef/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.key.type, parentSchema: schema28.properties.key, data: data6 };
            vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
          }
        }
        if (data5.property !== void 0) {
          let data7 = data5.property;
          if (typeof data7 == "string") {
            if (func3(data7) < 1) {
              let err37 = { instancePath: instancePath + "/externalSecret/property", schemaPath: "#/definitions/remoteRef/properties/property/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.properties.property, data: data7 };
              vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
            }
          } else {
            let err38 = { instancePath: instancePath + "/externalSecret/property", schemaPath: "#/definitions/remoteRef/properties/property/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.property.type, parentSchema: schema28.properties.property, data: data7 };
            vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
          }
        }
        if (data5.version !== void 0) {
          let data8 = data5.version;
          if (typeof data8 == "string") {
            if (func3(data8) < 1) {
              let err39 = { instancePath: instancePath + "/externalSecret/version", schemaPath: "#/definitions/remoteRef/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.properties.version, data: data8 };
              vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
            }
          } else {
            let err40 = { instancePath: instancePath + "/externalSecret/version", schemaPath: "#/definitions/remoteRef/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.version.type, parentSchema: schema28.properties.version, data: data8 };
            vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
          }
        }
      } else {
        let err41 = { instancePath: instancePath + "/externalSecret", schemaPath: "#/definitions/remoteRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data: data5 };
        vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
      }
    }
  } else {
    let err42 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
  }
  return validate19.errors = vErrors, errors === 0;
}
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate19(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors), errors = vErrors.length);
  } else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema30.type, parentSchema: schema30, data };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate18.errors = vErrors, errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema19.required, parentSchema: schema19, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.driver === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "driver" }, message: "must have required property 'driver'", schema: schema19.required, parentSchema: schema19, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data)
      if (!func2.call(schema19.properties, key0)) {
        let err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema19, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (func3(data0) < 1) {
          let err3 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/backendName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20, data: data0 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
      } else {
        let err4 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/backendName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.type, parentSchema: schema20, data: data0 };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.driver !== void 0) {
      let data1 = data.driver;
      if (typeof data1 == "string") {
        if (func3(data1) < 1) {
          let err5 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.driver, data: data1 };
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
      } else {
        let err6 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.driver.type, parentSchema: schema19.properties.driver, data: data1 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.volumeDriver !== void 0) {
      let data2 = data.volumeDriver;
      if (typeof data2 == "string") {
        if (!pattern9.test(data2)) {
          let err7 = { instancePath: instancePath + "/volumeDriver", schemaPath: "#/properties/volumeDriver/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.]*$"', schema: "^[A-Za-z_][A-Za-z0-9_.]*$", parentSchema: schema19.properties.volumeDriver, data: data2 };
          vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
        }
      } else {
        let err8 = { instancePath: instancePath + "/volumeDriver", schemaPath: "#/properties/volumeDriver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.volumeDriver.type, parentSchema: schema19.properties.volumeDriver, data: data2 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.volumeBackendName !== void 0) {
      let data3 = data.volumeBackendName;
      if (typeof data3 == "string") {
        if (func3(data3) < 1) {
          let err9 = { instancePath: instancePath + "/volumeBackendName", schemaPath: "#/properties/volumeBackendName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.volumeBackendName, data: data3 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
      } else {
        let err10 = { instancePath: instancePath + "/volumeBackendName", schemaPath: "#/properties/volumeBackendName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.volumeBackendName.type, parentSchema: schema19.properties.volumeBackendName, data: data3 };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.cluster !== void 0) {
      let data4 = data.cluster;
      if (typeof data4 != "string") {
        let err11 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.cluster.type, parentSchema: schema19.properties.cluster, data: data4 };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    if (data.replicas !== void 0) {
      let data5 = data.replicas;
      if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5))) {
        let err12 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.replicas.type, parentSchema: schema19.properties.replicas, data: data5 };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
      if (typeof data5 == "number") {
        if (data5 > 1 || isNaN(data5)) {
          let err13 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema19.properties.replicas, data: data5 };
          vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
        }
        if (data5 < 0 || isNaN(data5)) {
          let err14 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.replicas, data: data5 };
          vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
        }
      }
    }
    if (data.availabilityZone !== void 0) {
      let data6 = data.availabilityZone;
      if (typeof data6 == "string") {
        if (func3(data6) < 1) {
          let err15 = { instancePath: instancePath + "/availabilityZone", schemaPath: "#/properties/availabilityZone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.availabilityZone, data: data6 };
          vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
        }
      } else {
        let err16 = { instancePath: instancePath + "/availabilityZone", schemaPath: "#/properties/availabilityZone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.availabilityZone.type, parentSchema: schema19.properties.availabilityZone, data: data6 };
        vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
      }
    }
    if (data.section !== void 0) {
      let data7 = data.section;
      if (typeof data7 == "string") {
        if (!pattern10.test(data7)) {
          let err17 = { instancePath: instancePath + "/section", schemaPath: "#/definitions/backendCommon/properties/section/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+$"', schema: "^[A-Za-z0-9_.-]+$", parentSchema: schema21, data: data7 };
          vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
        }
      } else {
        let err18 = { instancePath: instancePath + "/section", schemaPath: "#/definitions/backendCommon/properties/section/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.type, parentSchema: schema21, data: data7 };
        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
      }
    }
    if (data.options !== void 0 && (validate14(data.options, { instancePath: instancePath + "/options", parentData: data, parentDataProperty: "options", rootData }) || (vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors), errors = vErrors.length)), data.credentials !== void 0 && (validate16(data.credentials, { instancePath: instancePath + "/credentials", parentData: data, parentDataProperty: "credentials", rootData }) || (vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors), errors = vErrors.length)), data.image !== void 0) {
      let data10 = data.image;
      if (typeof data10 == "string") {
        if (func3(data10) < 1) {
          let err19 = { instancePath: instancePath + "/image", schemaPath: "#/definitions/backendCommon/properties/image/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema29, data: data10 };
          vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
        }
      } else {
        let err20 = { instancePath: instancePath + "/image", schemaPath: "#/definitions/backendCommon/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.type, parentSchema: schema29, data: data10 };
        vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
      }
    }
    if (data.files !== void 0 && (validate18(data.files, { instancePath: instancePath + "/files", parentData: data, parentDataProperty: "files", rootData }) || (vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors), errors = vErrors.length)), data.networkAttachments !== void 0) {
      let data12 = data.networkAttachments;
      if (Array.isArray(data12)) {
        let len0 = data12.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data13 = data12[i0];
          if (typeof data13 == "string") {
            if (func3(data13) < 1) {
              let err21 = { instancePath: instancePath + "/networkAttachments/" + i0, schemaPath: "#/definitions/backendCommon/properties/networkAttachments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.items, data: data13 };
              vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
            }
          } else {
            let err22 = { instancePath: instancePath + "/networkAttachments/" + i0, schemaPath: "#/definitions/backendCommon/properties/networkAttachments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.items.type, parentSchema: schema34.items, data: data13 };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
        }
        let i1 = data12.length, j0;
        if (i1 > 1) {
          let indices0 = {};
          for (; i1--; ) {
            let item0 = data12[i1];
            if (typeof item0 == "string") {
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                let err23 = { instancePath: instancePath + "/networkAttachments", schemaPath: "#/definitions/backendCommon/properties/networkAttachments/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: !0, parentSchema: schema34, data: data12 };
                vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                break;
              }
              indices0[item0] = i1;
            }
          }
        }
      } else {
        let err24 = { instancePath: instancePath + "/networkAttachments", schemaPath: "#/definitions/backendCommon/properties/networkAttachments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.type, parentSchema: schema34, data: data12 };
        vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
      }
    }
    if (data.nodeSelector !== void 0) {
      let data14 = data.nodeSelector;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14))
        for (let key1 in data14) {
          let data15 = data14[key1];
          if (typeof data15 != "string") {
            let err25 = { instancePath: instancePath + "/nodeSelector/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/backendCommon/properties/nodeSelector/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.additionalProperties.type, parentSchema: schema35.additionalProperties, data: data15 };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
        }
      else {
        let err26 = { instancePath: instancePath + "/nodeSelector", schemaPath: "#/definitions/backendCommon/properties/nodeSelector/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data14 };
        vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
      }
    }
    if (data.extraConfig !== void 0) {
      let data16 = data.extraConfig;
      if (typeof data16 != "string") {
        let err27 = { instancePath: instancePath + "/extraConfig", schemaPath: "#/definitions/backendCommon/properties/extraConfig/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data16 };
        vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
      }
    }
  } else {
    let err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
  }
  return validate13.errors = vErrors, errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.driver === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "driver" }, message: "must have required property 'driver'", schema: schema37.required, parentSchema: schema37, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    for (let key0 in data)
      if (!func2.call(schema37.properties, key0)) {
        let err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema37, data };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (func3(data0) > 63) {
          let err2 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/dnsLabel/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema13, data: data0 };
          vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
        }
        if (!pattern1.test(data0)) {
          let err3 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/dnsLabel/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema13, data: data0 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
      } else {
        let err4 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/dnsLabel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.driver !== void 0) {
      let data1 = data.driver;
      if (!(data1 === "ceph" || data1 === "nfs" || data1 === "s3" || data1 === "swift")) {
        let err5 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/enum", keyword: "enum", params: { allowedValues: schema37.properties.driver.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.driver.enum, parentSchema: schema37.properties.driver, data: data1 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.cluster !== void 0) {
      let data2 = data.cluster;
      if (typeof data2 != "string") {
        let err6 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.cluster.type, parentSchema: schema37.properties.cluster, data: data2 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.options !== void 0 && (validate14(data.options, { instancePath: instancePath + "/options", parentData: data, parentDataProperty: "options", rootData }) || (vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors), errors = vErrors.length)), data.credentials !== void 0 && (validate16(data.credentials, { instancePath: instancePath + "/credentials", parentData: data, parentDataProperty: "credentials", rootData }) || (vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors), errors = vErrors.length)), data.replicas !== void 0) {
      let data5 = data.replicas;
      if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5))) {
        let err7 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.replicas.type, parentSchema: schema37.properties.replicas, data: data5 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
      if (typeof data5 == "number") {
        if (data5 > 32 || isNaN(data5)) {
          let err8 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32 }, message: "must be <= 32", schema: 32, parentSchema: schema37.properties.replicas, data: data5 };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
        if (data5 < 0 || isNaN(data5)) {
          let err9 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema37.properties.replicas, data: data5 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
      }
    }
    if (data.networkAttachments !== void 0) {
      let data6 = data.networkAttachments;
      if (Array.isArray(data6)) {
        let len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (typeof data7 == "string") {
            if (func3(data7) < 1) {
              let err10 = { instancePath: instancePath + "/networkAttachments/" + i0, schemaPath: "#/definitions/backendCommon/properties/networkAttachments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.items, data: data7 };
              vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
            }
          } else {
            let err11 = { instancePath: instancePath + "/networkAttachments/" + i0, schemaPath: "#/definitions/backendCommon/properties/networkAttachments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.items.type, parentSchema: schema34.items, data: data7 };
            vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
          }
        }
        let i1 = data6.length, j0;
        if (i1 > 1) {
          let indices0 = {};
          for (; i1--; ) {
            let item0 = data6[i1];
            if (typeof item0 == "string") {
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                let err12 = { instancePath: instancePath + "/networkAttachments", schemaPath: "#/definitions/backendCommon/properties/networkAttachments/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: !0, parentSchema: schema34, data: data6 };
                vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
                break;
              }
              indices0[item0] = i1;
            }
          }
        }
      } else {
        let err13 = { instancePath: instancePath + "/networkAttachments", schemaPath: "#/definitions/backendCommon/properties/networkAttachments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.type, parentSchema: schema34, data: data6 };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
    }
    if (data.nodeSelector !== void 0) {
      let data8 = data.nodeSelector;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8))
        for (let key1 in data8) {
          let data9 = data8[key1];
          if (typeof data9 != "string") {
            let err14 = { instancePath: instancePath + "/nodeSelector/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/backendCommon/properties/nodeSelector/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.additionalProperties.type, parentSchema: schema35.additionalProperties, data: data9 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
      else {
        let err15 = { instancePath: instancePath + "/nodeSelector", schemaPath: "#/definitions/backendCommon/properties/nodeSelector/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data8 };
        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
      }
    }
    if (data.deprecatedSingleBackup !== void 0) {
      let data10 = data.deprecatedSingleBackup;
      if (typeof data10 != "boolean") {
        let err16 = { instancePath: instancePath + "/deprecatedSingleBackup", schemaPath: "#/properties/deprecatedSingleBackup/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.deprecatedSingleBackup.type, parentSchema: schema37.properties.deprecatedSingleBackup, data: data10 };
        vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
      }
    }
  } else {
    let err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
  }
  return validate23.errors = vErrors, errors === 0;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema41.required, parentSchema: schema41, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.driver === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "driver" }, message: "must have required property 'driver'", schema: schema41.required, parentSchema: schema41, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data)
      if (!func2.call(schema41.properties, key0)) {
        let err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema41, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (func3(data0) < 1) {
          let err3 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/backendName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20, data: data0 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
      } else {
        let err4 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/backendName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.type, parentSchema: schema20, data: data0 };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.driver !== void 0) {
      let data1 = data.driver;
      if (typeof data1 == "string") {
        if (func3(data1) < 1) {
          let err5 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.driver, data: data1 };
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
      } else {
        let err6 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.driver.type, parentSchema: schema41.properties.driver, data: data1 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.shareDriver !== void 0) {
      let data2 = data.shareDriver;
      if (typeof data2 == "string") {
        if (!pattern9.test(data2)) {
          let err7 = { instancePath: instancePath + "/shareDriver", schemaPath: "#/properties/shareDriver/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.]*$"', schema: "^[A-Za-z_][A-Za-z0-9_.]*$", parentSchema: schema41.properties.shareDriver, data: data2 };
          vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
        }
      } else {
        let err8 = { instancePath: instancePath + "/shareDriver", schemaPath: "#/properties/shareDriver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.shareDriver.type, parentSchema: schema41.properties.shareDriver, data: data2 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.shareBackendName !== void 0) {
      let data3 = data.shareBackendName;
      if (typeof data3 == "string") {
        if (func3(data3) < 1) {
          let err9 = { instancePath: instancePath + "/shareBackendName", schemaPath: "#/properties/shareBackendName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.shareBackendName, data: data3 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
      } else {
        let err10 = { instancePath: instancePath + "/shareBackendName", schemaPath: "#/properties/shareBackendName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.shareBackendName.type, parentSchema: schema41.properties.shareBackendName, data: data3 };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.driverHandlesShareServers !== void 0) {
      let data4 = data.driverHandlesShareServers;
      if (typeof data4 != "boolean") {
        let err11 = { instancePath: instancePath + "/driverHandlesShareServers", schemaPath: "#/properties/driverHandlesShareServers/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema41.properties.driverHandlesShareServers.type, parentSchema: schema41.properties.driverHandlesShareServers, data: data4 };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    if (data.protocols !== void 0) {
      let data5 = data.protocols;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          let err12 = { instancePath: instancePath + "/protocols", schemaPath: "#/properties/protocols/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema41.properties.protocols, data: data5 };
          vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
        }
        let len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (!(data6 === "NFS" || data6 === "CIFS" || data6 === "CEPHFS" || data6 === "GLUSTERFS" || data6 === "HDFS" || data6 === "MAPRFS")) {
            let err13 = { instancePath: instancePath + "/protocols/" + i0, schemaPath: "#/properties/protocols/items/enum", keyword: "enum", params: { allowedValues: schema41.properties.protocols.items.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties.protocols.items.enum, parentSchema: schema41.properties.protocols.items, data: data6 };
            vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
          }
        }
        let i1 = data5.length, j0;
        if (i1 > 1) {
          outer0: for (; i1--; )
            for (j0 = i1; j0--; )
              if (func0(data5[i1], data5[j0])) {
                let err14 = { instancePath: instancePath + "/protocols", schemaPath: "#/properties/protocols/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: !0, parentSchema: schema41.properties.protocols, data: data5 };
                vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                break outer0;
              }
        }
      } else {
        let err15 = { instancePath: instancePath + "/protocols", schemaPath: "#/properties/protocols/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.properties.protocols.type, parentSchema: schema41.properties.protocols, data: data5 };
        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
      }
    }
    if (data.cluster !== void 0) {
      let data7 = data.cluster;
      if (typeof data7 != "string") {
        let err16 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.cluster.type, parentSchema: schema41.properties.cluster, data: data7 };
        vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
      }
    }
    if (data.replicas !== void 0) {
      let data8 = data.replicas;
      if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8))) {
        let err17 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.replicas.type, parentSchema: schema41.properties.replicas, data: data8 };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
      if (typeof data8 == "number") {
        if (data8 > 32 || isNaN(data8)) {
          let err18 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32 }, message: "must be <= 32", schema: 32, parentSchema: schema41.properties.replicas, data: data8 };
          vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
        }
        if (data8 < 0 || isNaN(data8)) {
          let err19 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema41.properties.replicas, data: data8 };
          vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
        }
      }
    }
    if (data.section !== void 0) {
      let data9 = data.section;
      if (typeof data9 == "string") {
        if (!pattern10.test(data9)) {
          let err20 = { instancePath: instancePath + "/section", schemaPath: "#/definitions/backendCommon/properties/section/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+$"', schema: "^[A-Za-z0-9_.-]+$", parentSchema: schema21, data: data9 };
          vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
        }
      } else {
        let err21 = { instancePath: instancePath + "/section", schemaPath: "#/definitions/backendCommon/properties/section/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.type, parentSchema: schema21, data: data9 };
        vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
      }
    }
    if (data.options !== void 0 && (validate14(data.options, { instancePath: instancePath + "/options", parentData: data, parentDataProperty: "options", rootData }) || (vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors), errors = vErrors.length)), data.credentials !== void 0 && (validate16(data.credentials, { instancePath: instancePath + "/credentials", parentData: data, parentDataProperty: "credentials", rootData }) || (vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors), errors = vErrors.length)), data.image !== void 0) {
      let data12 = data.image;
      if (typeof data12 == "string") {
        if (func3(data12) < 1) {
          let err22 = { instancePath: instancePath + "/image", schemaPath: "#/definitions/backendCommon/properties/image/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema29, data: data12 };
          vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
        }
      } else {
        let err23 = { instancePath: instancePath + "/image", schemaPath: "#/definitions/backendCommon/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.type, parentSchema: schema29, data: data12 };
        vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
      }
    }
    if (data.files !== void 0 && (validate18(data.files, { instancePath: instancePath + "/files", parentData: data, parentDataProperty: "files", rootData }) || (vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors), errors = vErrors.length)), data.networkAttachments !== void 0) {
      let data14 = data.networkAttachments;
      if (Array.isArray(data14)) {
        let len1 = data14.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data15 = data14[i2];
          if (typeof data15 == "string") {
            if (func3(data15) < 1) {
              let err24 = { instancePath: instancePath + "/networkAttachments/" + i2, schemaPath: "#/definitions/backendCommon/properties/networkAttachments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.items, data: data15 };
              vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
            }
          } else {
            let err25 = { instancePath: instancePath + "/networkAttachments/" + i2, schemaPath: "#/definitions/backendCommon/properties/networkAttachments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.items.type, parentSchema: schema34.items, data: data15 };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
        }
        let i3 = data14.length, j1;
        if (i3 > 1) {
          let indices0 = {};
          for (; i3--; ) {
            let item0 = data14[i3];
            if (typeof item0 == "string") {
              if (typeof indices0[item0] == "number") {
                j1 = indices0[item0];
                let err26 = { instancePath: instancePath + "/networkAttachments", schemaPath: "#/definitions/backendCommon/properties/networkAttachments/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: !0, parentSchema: schema34, data: data14 };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                break;
              }
              indices0[item0] = i3;
            }
          }
        }
      } else {
        let err27 = { instancePath: instancePath + "/networkAttachments", schemaPath: "#/definitions/backendCommon/properties/networkAttachments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.type, parentSchema: schema34, data: data14 };
        vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
      }
    }
    if (data.nodeSelector !== void 0) {
      let data16 = data.nodeSelector;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16))
        for (let key1 in data16) {
          let data17 = data16[key1];
          if (typeof data17 != "string") {
            let err28 = { instancePath: instancePath + "/nodeSelector/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/backendCommon/properties/nodeSelector/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.additionalProperties.type, parentSchema: schema35.additionalProperties, data: data17 };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
        }
      else {
        let err29 = { instancePath: instancePath + "/nodeSelector", schemaPath: "#/definitions/backendCommon/properties/nodeSelector/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data16 };
        vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
      }
    }
    if (data.extraConfig !== void 0) {
      let data18 = data.extraConfig;
      if (typeof data18 != "string") {
        let err30 = { instancePath: instancePath + "/extraConfig", schemaPath: "#/definitions/backendCommon/properties/extraConfig/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data18 };
        vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
      }
    }
  } else {
    let err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
  }
  return validate27.errors = vErrors, errors === 0;
}
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema48.required, parentSchema: schema48, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.type === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema48.required, parentSchema: schema48, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "name" || key0 === "type" || key0 === "default" || key0 === "cluster" || key0 === "nfs" || key0 === "options" || key0 === "credentials")) {
        let err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema48, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (!pattern22.test(data0)) {
          let err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]+$" }, message: 'must match pattern "^[A-Za-z0-9_-]+$"', schema: "^[A-Za-z0-9_-]+$", parentSchema: schema48.properties.name, data: data0 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
      } else {
        let err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.name.type, parentSchema: schema48.properties.name, data: data0 };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (!(data1 === "rbd" || data1 === "cinder" || data1 === "file" || data1 === "swift" || data1 === "s3")) {
        let err5 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema48.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema48.properties.type.enum, parentSchema: schema48.properties.type, data: data1 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.default !== void 0) {
      let data2 = data.default;
      if (typeof data2 != "boolean") {
        let err6 = { instancePath: instancePath + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema48.properties.default.type, parentSchema: schema48.properties.default, data: data2 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.cluster !== void 0) {
      let data3 = data.cluster;
      if (typeof data3 != "string") {
        let err7 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.cluster.type, parentSchema: schema48.properties.cluster, data: data3 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.nfs !== void 0) {
      let data4 = data.nfs;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.server === void 0) {
          let err8 = { instancePath: instancePath + "/nfs", schemaPath: "#/properties/nfs/required", keyword: "required", params: { missingProperty: "server" }, message: "must have required property 'server'", schema: schema48.properties.nfs.required, parentSchema: schema48.properties.nfs, data: data4 };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
        if (data4.path === void 0) {
          let err9 = { instancePath: instancePath + "/nfs", schemaPath: "#/properties/nfs/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema48.properties.nfs.required, parentSchema: schema48.properties.nfs, data: data4 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data4)
          if (!(key1 === "server" || key1 === "path")) {
            let err10 = { instancePath: instancePath + "/nfs", schemaPath: "#/properties/nfs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema48.properties.nfs, data: data4 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data4.server !== void 0) {
          let data5 = data4.server;
          if (typeof data5 == "string") {
            if (func3(data5) < 1) {
              let err11 = { instancePath: instancePath + "/nfs/server", schemaPath: "#/properties/nfs/properties/server/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.nfs.properties.server, data: data5 };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          } else {
            let err12 = { instancePath: instancePath + "/nfs/server", schemaPath: "#/properties/nfs/properties/server/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.nfs.properties.server.type, parentSchema: schema48.properties.nfs.properties.server, data: data5 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data4.path !== void 0) {
          let data6 = data4.path;
          if (typeof data6 == "string") {
            if (!pattern8.test(data6)) {
              let err13 = { instancePath: instancePath + "/nfs/path", schemaPath: "#/properties/nfs/properties/path/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: schema48.properties.nfs.properties.path, data: data6 };
              vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
            }
          } else {
            let err14 = { instancePath: instancePath + "/nfs/path", schemaPath: "#/properties/nfs/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.nfs.properties.path.type, parentSchema: schema48.properties.nfs.properties.path, data: data6 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
      } else {
        let err15 = { instancePath: instancePath + "/nfs", schemaPath: "#/properties/nfs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.properties.nfs.type, parentSchema: schema48.properties.nfs, data: data4 };
        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
      }
    }
    data.options !== void 0 && (validate14(data.options, { instancePath: instancePath + "/options", parentData: data, parentDataProperty: "options", rootData }) || (vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors), errors = vErrors.length)), data.credentials !== void 0 && (validate16(data.credentials, { instancePath: instancePath + "/credentials", parentData: data, parentDataProperty: "credentials", rootData }) || (vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors), errors = vErrors.length));
  } else {
    let err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
    vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
  }
  return validate32.errors = vErrors, errors === 0;
}
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!(key0 === "name" || key0 === "type" || key0 === "replicas" || key0 === "networkAttachments")) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema49, data };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (func3(data0) > 63) {
          let err1 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/dnsLabel/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema13, data: data0 };
          vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
        }
        if (!pattern1.test(data0)) {
          let err2 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/dnsLabel/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema13, data: data0 };
          vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
        }
      } else {
        let err3 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/dnsLabel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (!(data1 === "auto" || data1 === "split" || data1 === "single")) {
        let err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema49.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.type.enum, parentSchema: schema49.properties.type, data: data1 };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.replicas !== void 0) {
      let data2 = data.replicas;
      if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2))) {
        let err5 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema49.properties.replicas.type, parentSchema: schema49.properties.replicas, data: data2 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (typeof data2 == "number") {
        if (data2 > 32 || isNaN(data2)) {
          let err6 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32 }, message: "must be <= 32", schema: 32, parentSchema: schema49.properties.replicas, data: data2 };
          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          let err7 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema49.properties.replicas, data: data2 };
          vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
        }
      }
    }
    if (data.networkAttachments !== void 0) {
      let data3 = data.networkAttachments;
      if (Array.isArray(data3)) {
        let len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 != "string") {
            let err8 = { instancePath: instancePath + "/networkAttachments/" + i0, schemaPath: "#/properties/networkAttachments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.networkAttachments.items.type, parentSchema: schema49.properties.networkAttachments.items, data: data4 };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
        }
      } else {
        let err9 = { instancePath: instancePath + "/networkAttachments", schemaPath: "#/properties/networkAttachments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.properties.networkAttachments.type, parentSchema: schema49.properties.networkAttachments, data: data3 };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
    }
  } else {
    let err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
    vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
  }
  return validate36.errors = vErrors, errors === 0;
}
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema51.required, parentSchema: schema51, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.propagation === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "propagation" }, message: "must have required property 'propagation'", schema: schema51.required, parentSchema: schema51, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.volume === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volume" }, message: "must have required property 'volume'", schema: schema51.required, parentSchema: schema51, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.mountPath === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mountPath" }, message: "must have required property 'mountPath'", schema: schema51.required, parentSchema: schema51, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "name" || key0 === "propagation" || key0 === "volume" || key0 === "mountPath" || key0 === "subPath" || key0 === "readOnly")) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema51, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (func3(data0) > 63) {
          let err5 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/dnsLabel/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema13, data: data0 };
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
        if (!pattern1.test(data0)) {
          let err6 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/dnsLabel/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema13, data: data0 };
          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
        }
      } else {
        let err7 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/dnsLabel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.propagation !== void 0) {
      let data1 = data.propagation;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          let err8 = { instancePath: instancePath + "/propagation", schemaPath: "#/properties/propagation/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51.properties.propagation, data: data1 };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
        let len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 == "string") {
            if (func3(data2) < 1) {
              let err9 = { instancePath: instancePath + "/propagation/" + i0, schemaPath: "#/properties/propagation/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.properties.propagation.items, data: data2 };
              vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
            }
          } else {
            let err10 = { instancePath: instancePath + "/propagation/" + i0, schemaPath: "#/properties/propagation/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.propagation.items.type, parentSchema: schema51.properties.propagation.items, data: data2 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        }
      } else {
        let err11 = { instancePath: instancePath + "/propagation", schemaPath: "#/properties/propagation/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.properties.propagation.type, parentSchema: schema51.properties.propagation, data: data1 };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    if (data.volume !== void 0) {
      let data3 = data.volume;
      if (!(data3 && typeof data3 == "object" && !Array.isArray(data3))) {
        let err12 = { instancePath: instancePath + "/volume", schemaPath: "#/properties/volume/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.volume.type, parentSchema: schema51.properties.volume, data: data3 };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
    }
    if (data.mountPath !== void 0) {
      let data4 = data.mountPath;
      if (typeof data4 == "string") {
        if (!pattern8.test(data4)) {
          let err13 = { instancePath: instancePath + "/mountPath", schemaPath: "#/properties/mountPath/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: schema51.properties.mountPath, data: data4 };
          vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
        }
      } else {
        let err14 = { instancePath: instancePath + "/mountPath", schemaPath: "#/properties/mountPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.mountPath.type, parentSchema: schema51.properties.mountPath, data: data4 };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
    }
    if (data.subPath !== void 0) {
      let data5 = data.subPath;
      if (typeof data5 != "string") {
        let err15 = { instancePath: instancePath + "/subPath", schemaPath: "#/properties/subPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.subPath.type, parentSchema: schema51.properties.subPath, data: data5 };
        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
      }
    }
    if (data.readOnly !== void 0) {
      let data6 = data.readOnly;
      if (typeof data6 != "boolean") {
        let err16 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema51.properties.readOnly.type, parentSchema: schema51.properties.readOnly, data: data6 };
        vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
      }
    }
  } else {
    let err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
    vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
  }
  return validate38.errors = vErrors, errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.spec === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        let err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11, data };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (data0 !== "backends.rhoso.io/v1alpha1") {
        let err4 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "backends.rhoso.io/v1alpha1" }, message: "must be equal to constant", schema: "backends.rhoso.io/v1alpha1", parentSchema: schema11.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (data1 !== "BackendInventory") {
        let err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "BackendInventory" }, message: "must be equal to constant", schema: "BackendInventory", parentSchema: schema11.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 != "string") {
            let err6 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.name.type, parentSchema: schema11.properties.metadata.properties.name, data: data3 };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
        }
        if (data2.namespace !== void 0) {
          let data4 = data2.namespace;
          if (typeof data4 != "string") {
            let err7 = { instancePath: instancePath + "/metadata/namespace", schemaPath: "#/properties/metadata/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.namespace.type, parentSchema: schema11.properties.metadata.properties.namespace, data: data4 };
            vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
          }
        }
        if (data2.annotations !== void 0) {
          let data5 = data2.annotations;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5))
            for (let key1 in data5) {
              let data6 = data5[key1];
              if (typeof data6 != "string") {
                let err8 = { instancePath: instancePath + "/metadata/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.annotations.additionalProperties.type, parentSchema: schema11.properties.metadata.properties.annotations.additionalProperties, data: data6 };
                vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
              }
            }
          else {
            let err9 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metadata.properties.annotations.type, parentSchema: schema11.properties.metadata.properties.annotations, data: data5 };
            vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data7 = data2.labels;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7))
            for (let key2 in data7) {
              let data8 = data7[key2];
              if (typeof data8 != "string") {
                let err10 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema11.properties.metadata.properties.labels.additionalProperties, data: data8 };
                vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
              }
            }
          else {
            let err11 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metadata.properties.labels.type, parentSchema: schema11.properties.metadata.properties.labels, data: data7 };
            vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
          }
        }
      } else {
        let err12 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metadata.type, parentSchema: schema11.properties.metadata, data: data2 };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
    }
    if (data.spec !== void 0) {
      let data9 = data.spec;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (let key3 in data9)
          if (!func2.call(schema11.properties.spec.properties, key3)) {
            let err13 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec, data: data9 };
            vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
          }
        if (data9.controlPlane !== void 0) {
          let data10 = data9.controlPlane;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (let key4 in data10)
              if (!(key4 === "name" || key4 === "namespace" || key4 === "uniquePodNames" || key4 === "secret" || key4 === "storageClass" || key4 === "databaseInstance")) {
                let err14 = { instancePath: instancePath + "/spec/controlPlane", schemaPath: "#/properties/spec/properties/controlPlane/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec.properties.controlPlane, data: data10 };
                vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
              }
            if (data10.name !== void 0) {
              let data11 = data10.name;
              if (typeof data11 == "string") {
                if (func3(data11) > 253) {
                  let err15 = { instancePath: instancePath + "/spec/controlPlane/name", schemaPath: "#/definitions/dnsSubdomain/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema12, data: data11 };
                  vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                }
                if (!pattern0.test(data11)) {
                  let err16 = { instancePath: instancePath + "/spec/controlPlane/name", schemaPath: "#/definitions/dnsSubdomain/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", parentSchema: schema12, data: data11 };
                  vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                }
              } else {
                let err17 = { instancePath: instancePath + "/spec/controlPlane/name", schemaPath: "#/definitions/dnsSubdomain/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data11 };
                vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
              }
            }
            if (data10.namespace !== void 0) {
              let data12 = data10.namespace;
              if (typeof data12 == "string") {
                if (func3(data12) > 63) {
                  let err18 = { instancePath: instancePath + "/spec/controlPlane/namespace", schemaPath: "#/definitions/dnsLabel/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema13, data: data12 };
                  vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                }
                if (!pattern1.test(data12)) {
                  let err19 = { instancePath: instancePath + "/spec/controlPlane/namespace", schemaPath: "#/definitions/dnsLabel/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema13, data: data12 };
                  vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                }
              } else {
                let err20 = { instancePath: instancePath + "/spec/controlPlane/namespace", schemaPath: "#/definitions/dnsLabel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data12 };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
            }
            if (data10.uniquePodNames !== void 0) {
              let data13 = data10.uniquePodNames;
              if (typeof data13 != "boolean") {
                let err21 = { instancePath: instancePath + "/spec/controlPlane/uniquePodNames", schemaPath: "#/properties/spec/properties/controlPlane/properties/uniquePodNames/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.spec.properties.controlPlane.properties.uniquePodNames.type, parentSchema: schema11.properties.spec.properties.controlPlane.properties.uniquePodNames, data: data13 };
                vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
              }
            }
            if (data10.secret !== void 0) {
              let data14 = data10.secret;
              if (typeof data14 == "string") {
                if (func3(data14) > 253) {
                  let err22 = { instancePath: instancePath + "/spec/controlPlane/secret", schemaPath: "#/definitions/dnsSubdomain/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema12, data: data14 };
                  vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                }
                if (!pattern0.test(data14)) {
                  let err23 = { instancePath: instancePath + "/spec/controlPlane/secret", schemaPath: "#/definitions/dnsSubdomain/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", parentSchema: schema12, data: data14 };
                  vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                }
              } else {
                let err24 = { instancePath: instancePath + "/spec/controlPlane/secret", schemaPath: "#/definitions/dnsSubdomain/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data14 };
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
            }
            if (data10.storageClass !== void 0) {
              let data15 = data10.storageClass;
              if (typeof data15 == "string") {
                if (func3(data15) < 1) {
                  let err25 = { instancePath: instancePath + "/spec/controlPlane/storageClass", schemaPath: "#/properties/spec/properties/controlPlane/properties/storageClass/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.spec.properties.controlPlane.properties.storageClass, data: data15 };
                  vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                }
              } else {
                let err26 = { instancePath: instancePath + "/spec/controlPlane/storageClass", schemaPath: "#/properties/spec/properties/controlPlane/properties/storageClass/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.controlPlane.properties.storageClass.type, parentSchema: schema11.properties.spec.properties.controlPlane.properties.storageClass, data: data15 };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
            }
            if (data10.databaseInstance !== void 0) {
              let data16 = data10.databaseInstance;
              if (typeof data16 == "string") {
                if (func3(data16) < 1) {
                  let err27 = { instancePath: instancePath + "/spec/controlPlane/databaseInstance", schemaPath: "#/properties/spec/properties/controlPlane/properties/databaseInstance/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.spec.properties.controlPlane.properties.databaseInstance, data: data16 };
                  vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                }
              } else {
                let err28 = { instancePath: instancePath + "/spec/controlPlane/databaseInstance", schemaPath: "#/properties/spec/properties/controlPlane/properties/databaseInstance/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.controlPlane.properties.databaseInstance.type, parentSchema: schema11.properties.spec.properties.controlPlane.properties.databaseInstance, data: data16 };
                vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
              }
            }
          } else {
            let err29 = { instancePath: instancePath + "/spec/controlPlane", schemaPath: "#/properties/spec/properties/controlPlane/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.controlPlane.type, parentSchema: schema11.properties.spec.properties.controlPlane, data: data10 };
            vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
          }
        }
        if (data9.operatorLine !== void 0) {
          let data17 = data9.operatorLine;
          if (!(data17 === "18-stable" || data17 === "main")) {
            let err30 = { instancePath: instancePath + "/spec/operatorLine", schemaPath: "#/properties/spec/properties/operatorLine/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.operatorLine.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.spec.properties.operatorLine.enum, parentSchema: schema11.properties.spec.properties.operatorLine, data: data17 };
            vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
          }
        }
        if (data9.release !== void 0) {
          let data18 = data9.release;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.version === void 0) {
              let err31 = { instancePath: instancePath + "/spec/release", schemaPath: "#/properties/spec/properties/release/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.properties.spec.properties.release.required, parentSchema: schema11.properties.spec.properties.release, data: data18 };
              vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
            }
            for (let key5 in data18)
              if (!(key5 === "version" || key5 === "targetVersion" || key5 === "skipCustomImagesValidation")) {
                let err32 = { instancePath: instancePath + "/spec/release", schemaPath: "#/properties/spec/properties/release/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec.properties.release, data: data18 };
                vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
              }
            if (data18.version !== void 0) {
              let data19 = data18.version;
              if (typeof data19 == "string") {
                if (!pattern3.test(data19)) {
                  let err33 = { instancePath: instancePath + "/spec/release/version", schemaPath: "#/properties/spec/properties/release/properties/version/pattern", keyword: "pattern", params: { pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+$" }, message: 'must match pattern "^[0-9]+\\.[0-9]+\\.[0-9]+$"', schema: "^[0-9]+\\.[0-9]+\\.[0-9]+$", parentSchema: schema11.properties.spec.properties.release.properties.version, data: data19 };
                  vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                }
              } else {
                let err34 = { instancePath: instancePath + "/spec/release/version", schemaPath: "#/properties/spec/properties/release/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.release.properties.version.type, parentSchema: schema11.properties.spec.properties.release.properties.version, data: data19 };
                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
              }
            }
            if (data18.targetVersion !== void 0) {
              let data20 = data18.targetVersion;
              if (typeof data20 == "string") {
                if (func3(data20) < 1) {
                  let err35 = { instancePath: instancePath + "/spec/release/targetVersion", schemaPath: "#/properties/spec/properties/release/properties/targetVersion/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.spec.properties.release.properties.targetVersion, data: data20 };
                  vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                }
              } else {
                let err36 = { instancePath: instancePath + "/spec/release/targetVersion", schemaPath: "#/properties/spec/properties/release/properties/targetVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.release.properties.targetVersion.type, parentSchema: schema11.properties.spec.properties.release.properties.targetVersion, data: data20 };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
            }
            if (data18.skipCustomImagesValidation !== void 0) {
              let data21 = data18.skipCustomImagesValidation;
              if (typeof data21 != "boolean") {
                let err37 = { instancePath: instancePath + "/spec/release/skipCustomImagesValidation", schemaPath: "#/properties/spec/properties/release/properties/skipCustomImagesValidation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.spec.properties.release.properties.skipCustomImagesValidation.type, parentSchema: schema11.properties.spec.properties.release.properties.skipCustomImagesValidation, data: data21 };
                vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
              }
            }
          } else {
            let err38 = { instancePath: instancePath + "/spec/release", schemaPath: "#/properties/spec/properties/release/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.release.type, parentSchema: schema11.properties.spec.properties.release, data: data18 };
            vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
          }
        }
        if (data9.images !== void 0) {
          let data22 = data9.images;
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            for (let key6 in data22)
              if (!(key6 === "allowedRegistries" || key6 === "requireDigest" || key6 === "catalog")) {
                let err39 = { instancePath: instancePath + "/spec/images", schemaPath: "#/properties/spec/properties/images/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec.properties.images, data: data22 };
                vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
              }
            if (data22.allowedRegistries !== void 0) {
              let data23 = data22.allowedRegistries;
              if (Array.isArray(data23)) {
                let len0 = data23.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data24 = data23[i0];
                  if (typeof data24 == "string") {
                    if (func3(data24) < 1) {
                      let err40 = { instancePath: instancePath + "/spec/images/allowedRegistries/" + i0, schemaPath: "#/properties/spec/properties/images/properties/allowedRegistries/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.spec.properties.images.properties.allowedRegistries.items, data: data24 };
                      vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                    }
                  } else {
                    let err41 = { instancePath: instancePath + "/spec/images/allowedRegistries/" + i0, schemaPath: "#/properties/spec/properties/images/properties/allowedRegistries/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.images.properties.allowedRegistries.items.type, parentSchema: schema11.properties.spec.properties.images.properties.allowedRegistries.items, data: data24 };
                    vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                  }
                }
              } else {
                let err42 = { instancePath: instancePath + "/spec/images/allowedRegistries", schemaPath: "#/properties/spec/properties/images/properties/allowedRegistries/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.images.properties.allowedRegistries.type, parentSchema: schema11.properties.spec.properties.images.properties.allowedRegistries, data: data23 };
                vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
              }
            }
            if (data22.requireDigest !== void 0) {
              let data25 = data22.requireDigest;
              if (typeof data25 != "boolean") {
                let err43 = { instancePath: instancePath + "/spec/images/requireDigest", schemaPath: "#/properties/spec/properties/images/properties/requireDigest/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.spec.properties.images.properties.requireDigest.type, parentSchema: schema11.properties.spec.properties.images.properties.requireDigest, data: data25 };
                vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
              }
            }
            if (data22.catalog !== void 0) {
              let data26 = data22.catalog;
              if (typeof data26 == "string") {
                if (func3(data26) < 1) {
                  let err44 = { instancePath: instancePath + "/spec/images/catalog", schemaPath: "#/properties/spec/properties/images/properties/catalog/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.spec.properties.images.properties.catalog, data: data26 };
                  vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                }
              } else {
                let err45 = { instancePath: instancePath + "/spec/images/catalog", schemaPath: "#/properties/spec/properties/images/properties/catalog/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.images.properties.catalog.type, parentSchema: schema11.properties.spec.properties.images.properties.catalog, data: data26 };
                vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
              }
            }
          } else {
            let err46 = { instancePath: instancePath + "/spec/images", schemaPath: "#/properties/spec/properties/images/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.images.type, parentSchema: schema11.properties.spec.properties.images, data: data22 };
            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
          }
        }
        if (data9.secrets !== void 0) {
          let data27 = data9.secrets;
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            for (let key7 in data27)
              if (!(key7 === "allowPlaintext" || key7 === "store" || key7 === "refreshInterval")) {
                let err47 = { instancePath: instancePath + "/spec/secrets", schemaPath: "#/properties/spec/properties/secrets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec.properties.secrets, data: data27 };
                vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
              }
            if (data27.allowPlaintext !== void 0) {
              let data28 = data27.allowPlaintext;
              if (typeof data28 != "boolean") {
                let err48 = { instancePath: instancePath + "/spec/secrets/allowPlaintext", schemaPath: "#/properties/spec/properties/secrets/properties/allowPlaintext/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.spec.properties.secrets.properties.allowPlaintext.type, parentSchema: schema11.properties.spec.properties.secrets.properties.allowPlaintext, data: data28 };
                vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
              }
            }
            if (data27.store !== void 0) {
              let data29 = data27.store;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                if (data29.name === void 0) {
                  let err49 = { instancePath: instancePath + "/spec/secrets/store", schemaPath: "#/definitions/secretStoreRef/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.required, parentSchema: schema15, data: data29 };
                  vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                }
                for (let key8 in data29)
                  if (!(key8 === "name" || key8 === "kind")) {
                    let err50 = { instancePath: instancePath + "/spec/secrets/store", schemaPath: "#/definitions/secretStoreRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema15, data: data29 };
                    vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                  }
                if (data29.name !== void 0) {
                  let data30 = data29.name;
                  if (typeof data30 == "string") {
                    if (func3(data30) < 1) {
                      let err51 = { instancePath: instancePath + "/spec/secrets/store/name", schemaPath: "#/definitions/secretStoreRef/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.name, data: data30 };
                      vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                    }
                  } else {
                    let err52 = { instancePath: instancePath + "/spec/secrets/store/name", schemaPath: "#/definitions/secretStoreRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.name.type, parentSchema: schema15.properties.name, data: data30 };
                    vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                  }
                }
                if (data29.kind !== void 0) {
                  let data31 = data29.kind;
                  if (!(data31 === "SecretStore" || data31 === "ClusterSecretStore")) {
                    let err53 = { instancePath: instancePath + "/spec/secrets/store/kind", schemaPath: "#/definitions/secretStoreRef/properties/kind/enum", keyword: "enum", params: { allowedValues: schema15.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.kind.enum, parentSchema: schema15.properties.kind, data: data31 };
                    vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                  }
                }
              } else {
                let err54 = { instancePath: instancePath + "/spec/secrets/store", schemaPath: "#/definitions/secretStoreRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data29 };
                vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
              }
            }
            if (data27.refreshInterval !== void 0) {
              let data32 = data27.refreshInterval;
              if (typeof data32 == "string") {
                if (!pattern4.test(data32)) {
                  let err55 = { instancePath: instancePath + "/spec/secrets/refreshInterval", schemaPath: "#/properties/spec/properties/secrets/properties/refreshInterval/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|\xB5s|ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ns|us|\xB5s|ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ns|us|\xB5s|ms|s|m|h))+$", parentSchema: schema11.properties.spec.properties.secrets.properties.refreshInterval, data: data32 };
                  vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                }
              } else {
                let err56 = { instancePath: instancePath + "/spec/secrets/refreshInterval", schemaPath: "#/properties/spec/properties/secrets/properties/refreshInterval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.secrets.properties.refreshInterval.type, parentSchema: schema11.properties.spec.properties.secrets.properties.refreshInterval, data: data32 };
                vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
              }
            }
          } else {
            let err57 = { instancePath: instancePath + "/spec/secrets", schemaPath: "#/properties/spec/properties/secrets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.secrets.type, parentSchema: schema11.properties.spec.properties.secrets, data: data27 };
            vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
          }
        }
        if (data9.ceph !== void 0) {
          let data33 = data9.ceph;
          if (Array.isArray(data33)) {
            let len1 = data33.length;
            for (let i1 = 0; i1 < len1; i1++)
              validate11(data33[i1], { instancePath: instancePath + "/spec/ceph/" + i1, parentData: data33, parentDataProperty: i1, rootData }) || (vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors), errors = vErrors.length);
          } else {
            let err58 = { instancePath: instancePath + "/spec/ceph", schemaPath: "#/properties/spec/properties/ceph/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.ceph.type, parentSchema: schema11.properties.spec.properties.ceph, data: data33 };
            vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
          }
        }
        if (data9.cinder !== void 0) {
          let data35 = data9.cinder;
          if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
            for (let key9 in data35)
              if (!(key9 === "backends" || key9 === "backup")) {
                let err59 = { instancePath: instancePath + "/spec/cinder", schemaPath: "#/properties/spec/properties/cinder/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec.properties.cinder, data: data35 };
                vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
              }
            if (data35.backends !== void 0) {
              let data36 = data35.backends;
              if (Array.isArray(data36)) {
                let len2 = data36.length;
                for (let i2 = 0; i2 < len2; i2++)
                  validate13(data36[i2], { instancePath: instancePath + "/spec/cinder/backends/" + i2, parentData: data36, parentDataProperty: i2, rootData }) || (vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors), errors = vErrors.length);
              } else {
                let err60 = { instancePath: instancePath + "/spec/cinder/backends", schemaPath: "#/properties/spec/properties/cinder/properties/backends/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.cinder.properties.backends.type, parentSchema: schema11.properties.spec.properties.cinder.properties.backends, data: data36 };
                vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
              }
            }
            data35.backup !== void 0 && (validate23(data35.backup, { instancePath: instancePath + "/spec/cinder/backup", parentData: data35, parentDataProperty: "backup", rootData }) || (vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors), errors = vErrors.length));
          } else {
            let err61 = { instancePath: instancePath + "/spec/cinder", schemaPath: "#/properties/spec/properties/cinder/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.cinder.type, parentSchema: schema11.properties.spec.properties.cinder, data: data35 };
            vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
          }
        }
        if (data9.manila !== void 0) {
          let data39 = data9.manila;
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            for (let key10 in data39)
              if (key10 !== "backends") {
                let err62 = { instancePath: instancePath + "/spec/manila", schemaPath: "#/properties/spec/properties/manila/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec.properties.manila, data: data39 };
                vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
              }
            if (data39.backends !== void 0) {
              let data40 = data39.backends;
              if (Array.isArray(data40)) {
                let len3 = data40.length;
                for (let i3 = 0; i3 < len3; i3++)
                  validate27(data40[i3], { instancePath: instancePath + "/spec/manila/backends/" + i3, parentData: data40, parentDataProperty: i3, rootData }) || (vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors), errors = vErrors.length);
              } else {
                let err63 = { instancePath: instancePath + "/spec/manila/backends", schemaPath: "#/properties/spec/properties/manila/properties/backends/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.manila.properties.backends.type, parentSchema: schema11.properties.spec.properties.manila.properties.backends, data: data40 };
                vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
              }
            }
          } else {
            let err64 = { instancePath: instancePath + "/spec/manila", schemaPath: "#/properties/spec/properties/manila/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.manila.type, parentSchema: schema11.properties.spec.properties.manila, data: data39 };
            vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
          }
        }
        if (data9.glance !== void 0) {
          let data42 = data9.glance;
          if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
            for (let key11 in data42)
              if (!(key11 === "stores" || key11 === "api")) {
                let err65 = { instancePath: instancePath + "/spec/glance", schemaPath: "#/properties/spec/properties/glance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.spec.properties.glance, data: data42 };
                vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
              }
            if (data42.stores !== void 0) {
              let data43 = data42.stores;
              if (Array.isArray(data43)) {
                let len4 = data43.length;
                for (let i4 = 0; i4 < len4; i4++)
                  validate32(data43[i4], { instancePath: instancePath + "/spec/glance/stores/" + i4, parentData: data43, parentDataProperty: i4, rootData }) || (vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors), errors = vErrors.length);
              } else {
                let err66 = { instancePath: instancePath + "/spec/glance/stores", schemaPath: "#/properties/spec/properties/glance/properties/stores/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.glance.properties.stores.type, parentSchema: schema11.properties.spec.properties.glance.properties.stores, data: data43 };
                vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
              }
            }
            data42.api !== void 0 && (validate36(data42.api, { instancePath: instancePath + "/spec/glance/api", parentData: data42, parentDataProperty: "api", rootData }) || (vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors), errors = vErrors.length));
          } else {
            let err67 = { instancePath: instancePath + "/spec/glance", schemaPath: "#/properties/spec/properties/glance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.glance.type, parentSchema: schema11.properties.spec.properties.glance, data: data42 };
            vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
          }
        }
        if (data9.mounts !== void 0) {
          let data46 = data9.mounts;
          if (Array.isArray(data46)) {
            let len5 = data46.length;
            for (let i5 = 0; i5 < len5; i5++)
              validate38(data46[i5], { instancePath: instancePath + "/spec/mounts/" + i5, parentData: data46, parentDataProperty: i5, rootData }) || (vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors), errors = vErrors.length);
          } else {
            let err68 = { instancePath: instancePath + "/spec/mounts", schemaPath: "#/properties/spec/properties/mounts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.mounts.type, parentSchema: schema11.properties.spec.properties.mounts, data: data46 };
            vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
          }
        }
      } else {
        let err69 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.type, parentSchema: schema11.properties.spec, data: data9 };
        vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
      }
    }
  } else {
    let err70 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
  }
  return validate10.errors = vErrors, errors === 0;
}
var inventory_validator_default, schema11, schema12, schema13, schema15, func2, func3, pattern0, pattern1, pattern3, pattern4, schema16, pattern6, pattern8, schema19, schema20, schema21, schema29, schema34, schema35, schema36, pattern9, pattern10, schema22, schema23, pattern11, schema24, schema28, schema30, schema31, pattern15, schema37, schema41, func0, schema48, pattern22, schema49, schema51, init_inventory_validator = __esm({
  "build/generated/inventory-validator.mjs"() {
    "use strict";
    inventory_validator_default = validate10, schema11 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://rhoso-backends.dev/schemas/backend-inventory.schema.json", title: "BackendInventory", description: "One typed description of the storage back ends of a RHOSO control plane. rhoso-backends expands it into the storage sections of an OpenStackControlPlane, the Secrets (or references) they need, and an OpenStackVersion with partner images.", type: "object", required: ["apiVersion", "kind", "spec"], additionalProperties: !1, properties: { apiVersion: { const: "backends.rhoso.io/v1alpha1", description: "Always backends.rhoso.io/v1alpha1." }, kind: { const: "BackendInventory", description: "Always BackendInventory." }, metadata: { type: "object", description: 'Standard object metadata. Mark the inventory with the annotation config.kubernetes.io/local-config: "true" so it is never applied to a cluster.', default: {}, properties: { name: { type: "string", description: "Name of the inventory; used in the ownership annotation of generated resources.", default: "backends" }, namespace: { type: "string", description: "Ignored; the namespace of generated resources is spec.controlPlane.namespace." }, annotations: { type: "object", additionalProperties: { type: "string" }, description: "Annotations.", default: {} }, labels: { type: "object", additionalProperties: { type: "string" }, description: "Labels.", default: {} } } }, spec: { type: "object", additionalProperties: !1, description: "What back ends the control plane has and how they are reached.", properties: { controlPlane: { type: "object", additionalProperties: !1, description: "The OpenStackControlPlane the back ends belong to. The OpenStackVersion gets the same name (the operator requires it).", default: {}, properties: { name: { $ref: "#/definitions/dnsSubdomain", description: "metadata.name of the OpenStackControlPlane and the OpenStackVersion.", default: "openstack" }, namespace: { $ref: "#/definitions/dnsLabel", description: "Namespace of every generated resource.", default: "openstack" }, uniquePodNames: { type: "boolean", description: "Set when the control plane uses uniquePodNames for cinder/glance; back-end names must then be 6 characters shorter.", default: !1 }, secret: { $ref: "#/definitions/dnsSubdomain", description: "spec.secret of a generated OpenStackControlPlane (the Secret with service passwords). Only used when the package has no control plane yet.", default: "osp-secret" }, storageClass: { type: "string", minLength: 1, description: "spec.storageClass of a generated OpenStackControlPlane. Only used when the package has no control plane yet.", default: "local-storage" }, databaseInstance: { type: "string", minLength: 1, description: "databaseInstance of generated service templates. Only used when the package has no control plane yet.", default: "openstack" } } }, operatorLine: { enum: ["18-stable", "main"], description: "The openstack-operator line the control plane runs; decides which extraMounts volume types are accepted (18-stable also accepts hostPath, iscsi, fc, cephfs, ...).", default: "18-stable" }, release: { type: "object", additionalProperties: !1, description: "The RHOSO release the back ends are deployed for. Partner images must be tagged with this release.", required: ["version"], properties: { version: { type: "string", pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+$", description: "RHOSO minor release, e.g. 18.0.3. Partner image tags must equal it." }, targetVersion: { type: "string", minLength: 1, description: "Exact OpenStackVersion.spec.targetVersion (e.g. 18.0.3-20241126.1). Omitted from the output when not given; the operator's webhook then fills it.", default: "" }, skipCustomImagesValidation: { type: "boolean", description: "Emit the core.openstack.org/skip-custom-images-validation annotation on the OpenStackVersion and skip the check that a release bump changes every partner image.", default: !1 } } }, images: { type: "object", additionalProperties: !1, description: "Policy for partner container images.", default: {}, properties: { allowedRegistries: { type: "array", items: { type: "string", minLength: 1 }, description: "Registries partner images may come from. An empty list allows any registry.", default: [] }, requireDigest: { type: "boolean", description: "Require partner images pinned by digest (@sha256:...).", default: !1 }, catalog: { type: "string", minLength: 1, description: "Package-relative path of an image catalog file that adds or overrides known partner image repositories per driver.", default: "" } } }, secrets: { type: "object", additionalProperties: !1, description: "How credentials are handled.", default: {}, properties: { allowPlaintext: { type: "boolean", description: "Allow credentials.values: the tool then writes plaintext credentials into generated Secrets. Keep false for anything that goes to Git.", default: !1 }, store: { $ref: "#/definitions/secretStoreRef", description: "Default SecretStore for credentials.externalSecret and files[].externalSecret." }, refreshInterval: { type: "string", pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|\xB5s|ms|s|m|h))+$", description: "refreshInterval of generated ExternalSecrets (Go duration; written in canonical form, e.g. 1h0m0s).", default: "1h0m0s" } } }, ceph: { type: "array", description: "Ceph clusters used by rbd/cephfs back ends, glance rbd stores and the Ceph backup driver.", default: [], items: { $ref: "#/definitions/cephCluster" } }, cinder: { type: "object", additionalProperties: !1, description: "Block storage (cinder-volume back ends and cinder-backup).", default: {}, properties: { backends: { type: "array", items: { $ref: "#/definitions/cinderBackend" }, description: "One entry per cinder-volume back end (spec.cinder.template.cinderVolumes.<name>).", default: [] }, backup: { $ref: "#/definitions/cinderBackup" } } }, manila: { type: "object", additionalProperties: !1, description: "Shared file systems (manila-share back ends).", default: {}, properties: { backends: { type: "array", items: { $ref: "#/definitions/manilaBackend" }, description: "One entry per manila-share back end (spec.manila.template.manilaShares.<name>).", default: [] } } }, glance: { type: "object", additionalProperties: !1, description: "Image service stores and API layout.", default: {}, properties: { stores: { type: "array", items: { $ref: "#/definitions/glanceStore" }, description: "Glance stores; each becomes an enabled_backends entry <name>:<type>.", default: [] }, api: { $ref: "#/definitions/glanceApi" } } }, mounts: { type: "array", description: "Any other extraMounts, with explicit propagation (an NFS export for image conversion, a CA bundle, ...).", default: [], items: { $ref: "#/definitions/mount" } } } } }, definitions: { dnsLabel: { type: "string", pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", maxLength: 63 }, dnsSubdomain: { type: "string", pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", maxLength: 253 }, backendName: { type: "string", minLength: 1, description: "Back-end key: an RFC 1123 label (lower case, digits, '-'), not 'default'. Length limits per service are checked with a clear message." }, optionValue: { type: ["string", "number", "boolean"] }, options: { type: "object", description: "Non-secret driver options, written as `key = value` lines in the back-end section. Checked against the driver profile.", additionalProperties: { $ref: "#/definitions/optionValue" }, propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" }, default: {} }, secretStoreRef: { type: "object", additionalProperties: !1, required: ["name"], properties: { name: { type: "string", minLength: 1, description: "Name of the SecretStore or ClusterSecretStore." }, kind: { enum: ["SecretStore", "ClusterSecretStore"], description: "Kind of the store.", default: "SecretStore" } } }, remoteRef: { type: "object", additionalProperties: !1, required: ["key"], description: "Where one value lives in the external store.", properties: { key: { type: "string", minLength: 1, description: "Key (path) of the secret in the store." }, property: { type: "string", minLength: 1, description: "Property inside that secret." }, version: { type: "string", minLength: 1, description: "Version of the secret in the store." } } }, credentials: { type: "object", additionalProperties: !1, description: "Where the back end's credentials come from: exactly one of secretName, values, externalSecret. They reach the service through customServiceConfigSecrets, never customServiceConfig.", minProperties: 1, maxProperties: 1, properties: { secretName: { $ref: "#/definitions/dnsSubdomain", description: "An existing Secret (made by a SealedSecret, a SOPS file, an ExternalSecret or by hand) holding an INI fragment for this back end's section." }, values: { type: "object", description: "Plaintext credential options (written into a generated Secret). Needs spec.secrets.allowPlaintext: true.", additionalProperties: { $ref: "#/definitions/optionValue" }, propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" } }, externalSecret: { type: "object", additionalProperties: !1, required: ["data"], description: "Generate an ExternalSecret whose target Secret holds the INI fragment, assembled by the External Secrets Operator from the store.", properties: { store: { $ref: "#/definitions/secretStoreRef", description: "Store to read from; defaults to spec.secrets.store." }, data: { type: "object", minProperties: 1, description: "Driver option name -> where its value lives in the store.", additionalProperties: { $ref: "#/definitions/remoteRef" }, propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" } } } } } }, file: { type: "object", additionalProperties: !1, required: ["name", "mountPath"], description: "An extra file the driver needs, mounted read-only (with subPath) into this back end's pod only. Exactly one source: secretName, path or externalSecret.", properties: { name: { type: "string", pattern: "^[-._a-zA-Z0-9]+$", maxLength: 253, description: "File name; also the key in the Secret." }, mountPath: { type: "string", pattern: "^/", description: "Absolute path of the file in the pod." }, secretName: { $ref: "#/definitions/dnsSubdomain", description: "Existing Secret holding the file under the key `key` (default: name)." }, key: { type: "string", pattern: "^[-._a-zA-Z0-9]+$", description: "Key in secretName; defaults to name." }, path: { type: "string", minLength: 1, description: "Package-relative path of a non-secret file; the tool generates a Secret from it." }, externalSecret: { $ref: "#/definitions/remoteRef", description: "Generate an ExternalSecret producing the file from the store (uses spec.secrets.store)." } }, oneOf: [{ required: ["secretName"], not: { anyOf: [{ required: ["path"] }, { required: ["externalSecret"] }] } }, { required: ["path"], not: { anyOf: [{ required: ["secretName"] }, { required: ["externalSecret"] }, { required: ["key"] }] } }, { required: ["externalSecret"], not: { anyOf: [{ required: ["secretName"] }, { required: ["path"] }, { required: ["key"] }] } }] }, backendCommon: { type: "object", properties: { section: { type: "string", pattern: "^[A-Za-z0-9_.-]+$", description: "INI section name of the back end; defaults to the back-end name." }, options: { $ref: "#/definitions/options" }, credentials: { $ref: "#/definitions/credentials" }, image: { type: "string", minLength: 1, description: "Partner container image (registry/repository:tag or @sha256:digest), written to the OpenStackVersion. Needed when the driver's catalog entry says a partner image is required." }, files: { type: "array", items: { $ref: "#/definitions/file" }, description: "Extra files mounted into this back end's pod only.", default: [] }, networkAttachments: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: !0, description: "NetworkAttachmentDefinition names; defaults to the driver's catalog default (usually [storage])." }, nodeSelector: { type: "object", additionalProperties: { type: "string" }, description: "nodeSelector of the pod (FC back ends need nodes with HBAs)." }, extraConfig: { type: "string", description: "Raw INI lines appended to the back-end section (escape hatch; not checked).", default: "" } } }, cinderBackend: { type: "object", additionalProperties: !1, required: ["name", "driver"], description: "A cinder-volume back end.", properties: { name: { $ref: "#/definitions/backendName", description: "cinderVolumes key: RFC 1123 label, at most 38 characters (32 with uniquePodNames), not 'default'." }, driver: { type: "string", minLength: 1, description: "Driver catalog id (see docs/drivers.md), or `custom` with volumeDriver." }, volumeDriver: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_.]*$", description: "Python driver class; only with driver: custom." }, volumeBackendName: { type: "string", minLength: 1, description: "volume_backend_name (what volume types point at); defaults to the section name." }, cluster: { type: "string", description: "Name of a spec.ceph cluster (ceph-rbd back ends)." }, replicas: { type: "integer", minimum: 0, maximum: 1, description: "0 or 1: cinder-volume has no active-active mode.", default: 1 }, availabilityZone: { type: "string", minLength: 1, description: "backend_availability_zone of this back end." }, section: { $ref: "#/definitions/backendCommon/properties/section" }, options: { $ref: "#/definitions/options" }, credentials: { $ref: "#/definitions/credentials" }, image: { $ref: "#/definitions/backendCommon/properties/image" }, files: { $ref: "#/definitions/backendCommon/properties/files" }, networkAttachments: { $ref: "#/definitions/backendCommon/properties/networkAttachments" }, nodeSelector: { $ref: "#/definitions/backendCommon/properties/nodeSelector" }, extraConfig: { $ref: "#/definitions/backendCommon/properties/extraConfig" } } }, manilaBackend: { type: "object", additionalProperties: !1, required: ["name", "driver"], description: "A manila-share back end.", properties: { name: { $ref: "#/definitions/backendName", description: "manilaShares key: RFC 1123 label, at most 39 characters, not 'default'." }, driver: { type: "string", minLength: 1, description: "Driver catalog id (cephfs, cephfs-nfs, netapp-ontap, pure-flashblade, dell-powerscale, dell-powerstore) or `custom` with shareDriver." }, shareDriver: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_.]*$", description: "Python share driver class; only with driver: custom." }, shareBackendName: { type: "string", minLength: 1, description: "share_backend_name; defaults to the section name." }, driverHandlesShareServers: { type: "boolean", description: "driver_handles_share_servers (DHSS); defaults to the driver's default (false for most)." }, protocols: { type: "array", items: { enum: ["NFS", "CIFS", "CEPHFS", "GLUSTERFS", "HDFS", "MAPRFS"] }, uniqueItems: !0, minItems: 1, description: "enabled_share_protocols; defaults to the driver's protocols." }, cluster: { type: "string", description: "Name of a spec.ceph cluster (cephfs, cephfs-nfs)." }, replicas: { type: "integer", minimum: 0, maximum: 32, description: "manila-share replicas.", default: 1 }, section: { $ref: "#/definitions/backendCommon/properties/section" }, options: { $ref: "#/definitions/options" }, credentials: { $ref: "#/definitions/credentials" }, image: { $ref: "#/definitions/backendCommon/properties/image" }, files: { $ref: "#/definitions/backendCommon/properties/files" }, networkAttachments: { $ref: "#/definitions/backendCommon/properties/networkAttachments" }, nodeSelector: { $ref: "#/definitions/backendCommon/properties/nodeSelector" }, extraConfig: { $ref: "#/definitions/backendCommon/properties/extraConfig" } } }, cinderBackup: { type: "object", additionalProperties: !1, required: ["driver"], description: "The cinder-backup service. Rendered as cinderBackups.<name> (and cinderBackup: {replicas: 0}) unless deprecatedSingleBackup is set.", properties: { name: { $ref: "#/definitions/dnsLabel", description: "cinderBackups key.", default: "backup" }, driver: { enum: ["ceph", "nfs", "s3", "swift"], description: "Backup driver." }, cluster: { type: "string", description: "Ceph cluster (driver: ceph)." }, options: { $ref: "#/definitions/options" }, credentials: { $ref: "#/definitions/credentials" }, replicas: { type: "integer", minimum: 0, maximum: 32, description: "cinder-backup replicas.", default: 1 }, networkAttachments: { $ref: "#/definitions/backendCommon/properties/networkAttachments" }, nodeSelector: { $ref: "#/definitions/backendCommon/properties/nodeSelector" }, deprecatedSingleBackup: { type: "boolean", description: "Use the deprecated spec.cinder.template.cinderBackup instead of cinderBackups.", default: !1 } } }, glanceStore: { type: "object", additionalProperties: !1, required: ["name", "type"], description: "A glance store.", properties: { name: { type: "string", pattern: "^[A-Za-z0-9_-]+$", description: "Store id (enabled_backends entry and INI section)." }, type: { enum: ["rbd", "cinder", "file", "swift", "s3"], description: "Store type." }, default: { type: "boolean", description: "This store is [glance_store] default_backend. Exactly one store is the default (the first one when none says so).", default: !1 }, cluster: { type: "string", description: "Ceph cluster (type: rbd)." }, nfs: { type: "object", additionalProperties: !1, required: ["server", "path"], description: "NFS export mounted at filesystem_store_datadir (type: file).", properties: { server: { type: "string", minLength: 1, description: "NFS server." }, path: { type: "string", pattern: "^/", description: "Exported path." } } }, options: { $ref: "#/definitions/options" }, credentials: { $ref: "#/definitions/credentials" } } }, glanceApi: { type: "object", additionalProperties: !1, description: "The glanceAPIs entry the stores are served from.", default: {}, properties: { name: { $ref: "#/definitions/dnsLabel", description: "glanceAPIs key (also keystoneEndpoint).", default: "default" }, type: { enum: ["auto", "split", "single"], description: "Layout; auto picks single for file stores and split otherwise.", default: "auto" }, replicas: { type: "integer", minimum: 0, maximum: 32, description: "Replicas of the API.", default: 3 }, networkAttachments: { type: "array", items: { type: "string" }, description: "Network attachments of the API.", default: ["storage"] } } }, cephCluster: { type: "object", additionalProperties: !1, required: ["name", "fsid"], description: "A Ceph cluster: its Secret holds <name>.conf and the client keyring.", properties: { name: { $ref: "#/definitions/dnsLabel", description: "Cluster name: <name>.conf is the config file, and back ends refer to it with cluster: <name>." }, fsid: { type: "string", pattern: "^[0-9a-fA-F-]{36}$", description: "Cluster FSID (rbd_secret_uuid)." }, secretName: { $ref: "#/definitions/dnsSubdomain", description: "Secret holding <name>.conf and ceph.client.<user>.keyring. Defaults to ceph-conf-files for the first cluster and ceph-conf-<name> otherwise." }, mountPath: { type: "string", pattern: "^/", description: "Where the Secret is mounted.", default: "/etc/ceph" }, user: { type: "string", description: "Ceph client user (rbd_user, cephfs_auth_id).", default: "openstack" }, pools: { type: "object", additionalProperties: !1, description: "Pool names.", default: {}, properties: { volumes: { type: "string", default: "volumes", description: "rbd_pool of cinder back ends." }, images: { type: "string", default: "images", description: "rbd_store_pool of glance." }, backups: { type: "string", default: "backups", description: "backup_ceph_pool." } } }, files: { type: "object", additionalProperties: !1, required: ["conf", "keyring"], description: "Package-relative files to generate the Secret from, instead of an existing Secret.", properties: { conf: { type: "string", description: "Path of <name>.conf." }, keyring: { type: "string", description: "Path of the keyring (secret material: needs spec.secrets.allowPlaintext)." } } } } }, mount: { type: "object", additionalProperties: !1, required: ["name", "propagation", "volume", "mountPath"], description: "A free-form extraMounts entry.", properties: { name: { $ref: "#/definitions/dnsLabel", description: "Volume name (unique per pod)." }, propagation: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1, description: "Propagation values (All, CinderVolume, GlanceAPI, a back-end name, ...)." }, volume: { type: "object", description: "A volume source: secret, configMap, projected, emptyDir, nfs, persistentVolumeClaim, csi (and on 18-stable hostPath, iscsi, fc, cephfs, ...)." }, mountPath: { type: "string", pattern: "^/", description: "Mount path in the pods." }, subPath: { type: "string", description: "subPath of the mount." }, readOnly: { type: "boolean", description: "Mount read-only.", default: !0 } } } } }, schema12 = { type: "string", pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", maxLength: 253 }, schema13 = { type: "string", pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", maxLength: 63 }, schema15 = { type: "object", additionalProperties: !1, required: ["name"], properties: { name: { type: "string", minLength: 1, description: "Name of the SecretStore or ClusterSecretStore." }, kind: { enum: ["SecretStore", "ClusterSecretStore"], description: "Kind of the store.", default: "SecretStore" } } }, func2 = Object.prototype.hasOwnProperty, func3 = require_ucs2length().default, pattern0 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u"), pattern1 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u"), pattern3 = new RegExp("^[0-9]+\\.[0-9]+\\.[0-9]+$", "u"), pattern4 = new RegExp("^([0-9]+(\\.[0-9]+)?(ns|us|\xB5s|ms|s|m|h))+$", "u"), schema16 = { type: "object", additionalProperties: !1, required: ["name", "fsid"], description: "A Ceph cluster: its Secret holds <name>.conf and the client keyring.", properties: { name: { $ref: "#/definitions/dnsLabel", description: "Cluster name: <name>.conf is the config file, and back ends refer to it with cluster: <name>." }, fsid: { type: "string", pattern: "^[0-9a-fA-F-]{36}$", description: "Cluster FSID (rbd_secret_uuid)." }, secretName: { $ref: "#/definitions/dnsSubdomain", description: "Secret holding <name>.conf and ceph.client.<user>.keyring. Defaults to ceph-conf-files for the first cluster and ceph-conf-<name> otherwise." }, mountPath: { type: "string", pattern: "^/", description: "Where the Secret is mounted.", default: "/etc/ceph" }, user: { type: "string", description: "Ceph client user (rbd_user, cephfs_auth_id).", default: "openstack" }, pools: { type: "object", additionalProperties: !1, description: "Pool names.", default: {}, properties: { volumes: { type: "string", default: "volumes", description: "rbd_pool of cinder back ends." }, images: { type: "string", default: "images", description: "rbd_store_pool of glance." }, backups: { type: "string", default: "backups", description: "backup_ceph_pool." } } }, files: { type: "object", additionalProperties: !1, required: ["conf", "keyring"], description: "Package-relative files to generate the Secret from, instead of an existing Secret.", properties: { conf: { type: "string", description: "Path of <name>.conf." }, keyring: { type: "string", description: "Path of the keyring (secret material: needs spec.secrets.allowPlaintext)." } } } } }, pattern6 = new RegExp("^[0-9a-fA-F-]{36}$", "u"), pattern8 = new RegExp("^/", "u");
    schema19 = { type: "object", additionalProperties: !1, required: ["name", "driver"], description: "A cinder-volume back end.", properties: { name: { $ref: "#/definitions/backendName", description: "cinderVolumes key: RFC 1123 label, at most 38 characters (32 with uniquePodNames), not 'default'." }, driver: { type: "string", minLength: 1, description: "Driver catalog id (see docs/drivers.md), or `custom` with volumeDriver." }, volumeDriver: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_.]*$", description: "Python driver class; only with driver: custom." }, volumeBackendName: { type: "string", minLength: 1, description: "volume_backend_name (what volume types point at); defaults to the section name." }, cluster: { type: "string", description: "Name of a spec.ceph cluster (ceph-rbd back ends)." }, replicas: { type: "integer", minimum: 0, maximum: 1, description: "0 or 1: cinder-volume has no active-active mode.", default: 1 }, availabilityZone: { type: "string", minLength: 1, description: "backend_availability_zone of this back end." }, section: { $ref: "#/definitions/backendCommon/properties/section" }, options: { $ref: "#/definitions/options" }, credentials: { $ref: "#/definitions/credentials" }, image: { $ref: "#/definitions/backendCommon/properties/image" }, files: { $ref: "#/definitions/backendCommon/properties/files" }, networkAttachments: { $ref: "#/definitions/backendCommon/properties/networkAttachments" }, nodeSelector: { $ref: "#/definitions/backendCommon/properties/nodeSelector" }, extraConfig: { $ref: "#/definitions/backendCommon/properties/extraConfig" } } }, schema20 = { type: "string", minLength: 1, description: "Back-end key: an RFC 1123 label (lower case, digits, '-'), not 'default'. Length limits per service are checked with a clear message." }, schema21 = { type: "string", pattern: "^[A-Za-z0-9_.-]+$", description: "INI section name of the back end; defaults to the back-end name." }, schema29 = { type: "string", minLength: 1, description: "Partner container image (registry/repository:tag or @sha256:digest), written to the OpenStackVersion. Needed when the driver's catalog entry says a partner image is required." }, schema34 = { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: !0, description: "NetworkAttachmentDefinition names; defaults to the driver's catalog default (usually [storage])." }, schema35 = { type: "object", additionalProperties: { type: "string" }, description: "nodeSelector of the pod (FC back ends need nodes with HBAs)." }, schema36 = { type: "string", description: "Raw INI lines appended to the back-end section (escape hatch; not checked).", default: "" }, pattern9 = new RegExp("^[A-Za-z_][A-Za-z0-9_.]*$", "u"), pattern10 = new RegExp("^[A-Za-z0-9_.-]+$", "u"), schema22 = { type: "object", description: "Non-secret driver options, written as `key = value` lines in the back-end section. Checked against the driver profile.", additionalProperties: { $ref: "#/definitions/optionValue" }, propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" }, default: {} }, schema23 = { type: ["string", "number", "boolean"] }, pattern11 = new RegExp("^[A-Za-z_][A-Za-z0-9_.-]*$", "u");
    schema24 = { type: "object", additionalProperties: !1, description: "Where the back end's credentials come from: exactly one of secretName, values, externalSecret. They reach the service through customServiceConfigSecrets, never customServiceConfig.", minProperties: 1, maxProperties: 1, properties: { secretName: { $ref: "#/definitions/dnsSubdomain", description: "An existing Secret (made by a SealedSecret, a SOPS file, an ExternalSecret or by hand) holding an INI fragment for this back end's section." }, values: { type: "object", description: "Plaintext credential options (written into a generated Secret). Needs spec.secrets.allowPlaintext: true.", additionalProperties: { $ref: "#/definitions/optionValue" }, propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" } }, externalSecret: { type: "object", additionalProperties: !1, required: ["data"], description: "Generate an ExternalSecret whose target Secret holds the INI fragment, assembled by the External Secrets Operator from the store.", properties: { store: { $ref: "#/definitions/secretStoreRef", description: "Store to read from; defaults to spec.secrets.store." }, data: { type: "object", minProperties: 1, description: "Driver option name -> where its value lives in the store.", additionalProperties: { $ref: "#/definitions/remoteRef" }, propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" } } } } } }, schema28 = { type: "object", additionalProperties: !1, required: ["key"], description: "Where one value lives in the external store.", properties: { key: { type: "string", minLength: 1, description: "Key (path) of the secret in the store." }, property: { type: "string", minLength: 1, description: "Property inside that secret." }, version: { type: "string", minLength: 1, description: "Version of the secret in the store." } } };
    schema30 = { type: "array", items: { $ref: "#/definitions/file" }, description: "Extra files mounted into this back end's pod only.", default: [] }, schema31 = { type: "object", additionalProperties: !1, required: ["name", "mountPath"], description: "An extra file the driver needs, mounted read-only (with subPath) into this back end's pod only. Exactly one source: secretName, path or externalSecret.", properties: { name: { type: "string", pattern: "^[-._a-zA-Z0-9]+$", maxLength: 253, description: "File name; also the key in the Secret." }, mountPath: { type: "string", pattern: "^/", description: "Absolute path of the file in the pod." }, secretName: { $ref: "#/definitions/dnsSubdomain", description: "Existing Secret holding the file under the key `key` (default: name)." }, key: { type: "string", pattern: "^[-._a-zA-Z0-9]+$", description: "Key in secretName; defaults to name." }, path: { type: "string", minLength: 1, description: "Package-relative path of a non-secret file; the tool generates a Secret from it." }, externalSecret: { $ref: "#/definitions/remoteRef", description: "Generate an ExternalSecret producing the file from the store (uses spec.secrets.store)." } }, oneOf: [{ required: ["secretName"], not: { anyOf: [{ required: ["path"] }, { required: ["externalSecret"] }] } }, { required: ["path"], not: { anyOf: [{ required: ["secretName"] }, { required: ["externalSecret"] }, { required: ["key"] }] } }, { required: ["externalSecret"], not: { anyOf: [{ required: ["secretName"] }, { required: ["path"] }, { required: ["key"] }] } }] }, pattern15 = new RegExp("^[-._a-zA-Z0-9]+$", "u");
    schema37 = { type: "object", additionalProperties: !1, required: ["driver"], description: "The cinder-backup service. Rendered as cinderBackups.<name> (and cinderBackup: {replicas: 0}) unless deprecatedSingleBackup is set.", properties: { name: { $ref: "#/definitions/dnsLabel", description: "cinderBackups key.", default: "backup" }, driver: { enum: ["ceph", "nfs", "s3", "swift"], description: "Backup driver." }, cluster: { type: "string", description: "Ceph cluster (driver: ceph)." }, options: { $ref: "#/definitions/options" }, credentials: { $ref: "#/definitions/credentials" }, replicas: { type: "integer", minimum: 0, maximum: 32, description: "cinder-backup replicas.", default: 1 }, networkAttachments: { $ref: "#/definitions/backendCommon/properties/networkAttachments" }, nodeSelector: { $ref: "#/definitions/backendCommon/properties/nodeSelector" }, deprecatedSingleBackup: { type: "boolean", description: "Use the deprecated spec.cinder.template.cinderBackup instead of cinderBackups.", default: !1 } } };
    schema41 = { type: "object", additionalProperties: !1, required: ["name", "driver"], description: "A manila-share back end.", properties: { name: { $ref: "#/definitions/backendName", description: "manilaShares key: RFC 1123 label, at most 39 characters, not 'default'." }, driver: { type: "string", minLength: 1, description: "Driver catalog id (cephfs, cephfs-nfs, netapp-ontap, pure-flashblade, dell-powerscale, dell-powerstore) or `custom` with shareDriver." }, shareDriver: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_.]*$", description: "Python share driver class; only with driver: custom." }, shareBackendName: { type: "string", minLength: 1, description: "share_backend_name; defaults to the section name." }, driverHandlesShareServers: { type: "boolean", description: "driver_handles_share_servers (DHSS); defaults to the driver's default (false for most)." }, protocols: { type: "array", items: { enum: ["NFS", "CIFS", "CEPHFS", "GLUSTERFS", "HDFS", "MAPRFS"] }, uniqueItems: !0, minItems: 1, description: "enabled_share_protocols; defaults to the driver's protocols." }, cluster: { type: "string", description: "Name of a spec.ceph cluster (cephfs, cephfs-nfs)." }, replicas: { type: "integer", minimum: 0, maximum: 32, description: "manila-share replicas.", default: 1 }, section: { $ref: "#/definitions/backendCommon/properties/section" }, options: { $ref: "#/definitions/options" }, credentials: { $ref: "#/definitions/credentials" }, image: { $ref: "#/definitions/backendCommon/properties/image" }, files: { $ref: "#/definitions/backendCommon/properties/files" }, networkAttachments: { $ref: "#/definitions/backendCommon/properties/networkAttachments" }, nodeSelector: { $ref: "#/definitions/backendCommon/properties/nodeSelector" }, extraConfig: { $ref: "#/definitions/backendCommon/properties/extraConfig" } } }, func0 = require_equal().default;
    schema48 = { type: "object", additionalProperties: !1, required: ["name", "type"], description: "A glance store.", properties: { name: { type: "string", pattern: "^[A-Za-z0-9_-]+$", description: "Store id (enabled_backends entry and INI section)." }, type: { enum: ["rbd", "cinder", "file", "swift", "s3"], description: "Store type." }, default: { type: "boolean", description: "This store is [glance_store] default_backend. Exactly one store is the default (the first one when none says so).", default: !1 }, cluster: { type: "string", description: "Ceph cluster (type: rbd)." }, nfs: { type: "object", additionalProperties: !1, required: ["server", "path"], description: "NFS export mounted at filesystem_store_datadir (type: file).", properties: { server: { type: "string", minLength: 1, description: "NFS server." }, path: { type: "string", pattern: "^/", description: "Exported path." } } }, options: { $ref: "#/definitions/options" }, credentials: { $ref: "#/definitions/credentials" } } }, pattern22 = new RegExp("^[A-Za-z0-9_-]+$", "u");
    schema49 = { type: "object", additionalProperties: !1, description: "The glanceAPIs entry the stores are served from.", default: {}, properties: { name: { $ref: "#/definitions/dnsLabel", description: "glanceAPIs key (also keystoneEndpoint).", default: "default" }, type: { enum: ["auto", "split", "single"], description: "Layout; auto picks single for file stores and split otherwise.", default: "auto" }, replicas: { type: "integer", minimum: 0, maximum: 32, description: "Replicas of the API.", default: 3 }, networkAttachments: { type: "array", items: { type: "string" }, description: "Network attachments of the API.", default: ["storage"] } } };
    schema51 = { type: "object", additionalProperties: !1, required: ["name", "propagation", "volume", "mountPath"], description: "A free-form extraMounts entry.", properties: { name: { $ref: "#/definitions/dnsLabel", description: "Volume name (unique per pod)." }, propagation: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1, description: "Propagation values (All, CinderVolume, GlanceAPI, a back-end name, ...)." }, volume: { type: "object", description: "A volume source: secret, configMap, projected, emptyDir, nfs, persistentVolumeClaim, csi (and on 18-stable hostPath, iscsi, fc, cephfs, ...)." }, mountPath: { type: "string", pattern: "^/", description: "Mount path in the pods." }, subPath: { type: "string", description: "subPath of the mount." }, readOnly: { type: "boolean", description: "Mount read-only.", default: !0 } } };
  }
});

// functions/lib/inventory/model.ts
var INVENTORY_API_VERSION, INVENTORY_KIND, init_model = __esm({
  "functions/lib/inventory/model.ts"() {
    "use strict";
    INVENTORY_API_VERSION = "backends.rhoso.io/v1alpha1", INVENTORY_KIND = "BackendInventory";
  }
});

// functions/lib/inventory/load.ts
function isInventory(item) {
  return kindOf(item) === INVENTORY_KIND;
}
function findInventory(items, functionConfig) {
  if (functionConfig && isInventory(functionConfig)) return { item: functionConfig, diagnostics: [] };
  let found = items.filter(isInventory);
  return found.length > 1 ? {
    item: void 0,
    diagnostics: found.slice(1).map(
      (it) => diagnosticAt(it, ["kind"], {
        severity: "error",
        rule: "inventory",
        message: `more than one BackendInventory in the input (the first is ${found[0].path})`,
        hint: "keep one inventory per package, or render each package on its own"
      })
    )
  } : { item: found[0], diagnostics: [] };
}
function loadInventory(item) {
  let raw = toObject(item);
  return apiVersionOf(item) !== INVENTORY_API_VERSION && typeof raw.apiVersion == "string" && raw.apiVersion.startsWith("backends.rhoso.io/") ? {
    diagnostics: [
      diagnosticAt(item, ["apiVersion"], {
        severity: "error",
        rule: "schema",
        message: `unsupported apiVersion "${raw.apiVersion}"`,
        hint: `write apiVersion: ${INVENTORY_API_VERSION}`
      })
    ]
  } : inventory_validator_default(raw) ? { inventory: toModel(raw, item.path), diagnostics: [] } : { diagnostics: schemaDiagnostics(item, inventory_validator_default.errors ?? []) };
}
function segments(instancePath) {
  return instancePath ? instancePath.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^[0-9]+$/.test(s) ? Number(s) : s) : [];
}
function schemaDiagnostics(item, errors) {
  let oneOfPaths = new Set(errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath)), out = [], seen = /* @__PURE__ */ new Set();
  for (let e of errors) {
    if (e.schemaPath.includes("/oneOf/") && [...oneOfPaths].some((p) => e.instancePath.startsWith(p))) continue;
    let path7 = segments(e.instancePath), message, hint, key = !1, parent = e.parentSchema;
    switch (e.keyword) {
      case "additionalProperties": {
        let name = e.params.additionalProperty, allowed = Object.keys(parent?.properties ?? {});
        path7.push(name), key = !0, message = `unknown field "${name}"`, hint = didYouMean(name, allowed) || (allowed.length <= 8 ? `allowed fields: ${allowed.join(", ")}` : void 0);
        break;
      }
      case "required": {
        let name = e.params.missingProperty;
        message = `missing required field "${name}"`, hint = `add ${name}: ...`;
        break;
      }
      case "enum":
      case "const": {
        let allowed = e.keyword === "enum" ? e.params.allowedValues : [e.params.allowedValue];
        message = `${JSON.stringify(e.data)} is not allowed`, hint = (typeof e.data == "string" ? didYouMean(e.data, allowed.map(String)) : "") || `write one of: ${allowed.map((a) => JSON.stringify(a)).join(", ")}`;
        break;
      }
      case "type":
        message = `must be ${e.params.type.split(",").join(" or ")}, not ${typeName(e.data)}`;
        break;
      case "oneOf":
        message = "a file needs exactly one source", hint = "give one of secretName (with optional key), path, or externalSecret";
        break;
      case "minProperties":
      case "maxProperties":
        path7[path7.length - 1] === "credentials" ? (message = "credentials need exactly one of secretName, values, externalSecret", hint = "prefer secretName or externalSecret; values needs spec.secrets.allowPlaintext: true") : message = e.keyword === "minProperties" ? "must not be empty" : "has too many entries";
        break;
      case "pattern":
        message = `${JSON.stringify(e.data)} does not have the expected form (${describePattern(e.schemaPath, e.params.pattern)})`;
        break;
      case "propertyNames":
        continue;
      // reported by the nested pattern error
      case "maximum":
      case "minimum":
        message = `${e.data} is ${e.keyword === "maximum" ? "more" : "less"} than the ${e.keyword} ${e.params.limit}`;
        break;
      case "uniqueItems":
        message = "lists the same value twice", hint = "remove the duplicate";
        break;
      default:
        message = e.message ?? `fails ${e.keyword}`;
    }
    let d = diagnosticAt(item, path7, { severity: "error", rule: "schema", message, hint }, key), dedupe = `${d.field}|${message}`;
    seen.has(dedupe) || (seen.add(dedupe), out.push(d));
  }
  return out;
}
function describePattern(schemaPath, pattern) {
  return schemaPath.includes("dnsLabel") ? 'an RFC 1123 label: lower-case letters, digits and "-", starting and ending with a letter or digit' : schemaPath.includes("dnsSubdomain") ? 'a DNS subdomain: lower-case letters, digits, "-" and "."' : pattern === "^/" ? 'an absolute path starting with "/"' : pattern.startsWith("^[0-9]+\\.[0-9]+") ? "a release such as 18.0.3" : `pattern ${pattern}`;
}
function toModel(raw, path7) {
  let spec = raw.spec ?? {}, cp = spec.controlPlane ?? {}, ceph = (spec.ceph ?? []).map((c, i) => ({
    at: ["spec", "ceph", i],
    name: c.name,
    fsid: c.fsid,
    secretName: c.secretName ?? (i === 0 ? "ceph-conf-files" : `ceph-conf-${c.name}`),
    mountPath: c.mountPath ?? "/etc/ceph",
    user: c.user ?? "openstack",
    pools: { volumes: "volumes", images: "images", backups: "backups", ...c.pools ?? {} },
    files: c.files
  })), common = (b, at2) => ({
    at: at2,
    name: b.name,
    driver: b.driver,
    section: b.section ?? b.name,
    options: b.options ?? {},
    credentials: b.credentials,
    image: b.image,
    files: b.files ?? [],
    networkAttachments: b.networkAttachments,
    nodeSelector: b.nodeSelector,
    extraConfig: b.extraConfig ?? "",
    cluster: b.cluster
  }), cinderBackends = (spec.cinder?.backends ?? []).map((b, i) => {
    let c = common(b, ["spec", "cinder", "backends", i]);
    return { ...c, volumeDriver: b.volumeDriver, volumeBackendName: b.volumeBackendName ?? c.section, replicas: b.replicas ?? 1, availabilityZone: b.availabilityZone };
  }), manilaBackends = (spec.manila?.backends ?? []).map((b, i) => {
    let c = common(b, ["spec", "manila", "backends", i]);
    return {
      ...c,
      shareDriver: b.shareDriver,
      shareBackendName: b.shareBackendName ?? c.section,
      driverHandlesShareServers: b.driverHandlesShareServers,
      protocols: b.protocols,
      replicas: b.replicas ?? 1
    };
  }), backup = spec.cinder?.backup, api = spec.glance?.api ?? {}, rel = spec.release;
  return {
    name: raw.metadata?.name ?? "backends",
    path: path7,
    controlPlane: {
      name: cp.name ?? "openstack",
      namespace: cp.namespace ?? "openstack",
      uniquePodNames: cp.uniquePodNames ?? !1,
      secret: cp.secret ?? "osp-secret",
      storageClass: cp.storageClass ?? "local-storage",
      databaseInstance: cp.databaseInstance ?? "openstack"
    },
    operatorLine: spec.operatorLine ?? "18-stable",
    release: rel ? { version: rel.version, targetVersion: rel.targetVersion, skipCustomImagesValidation: rel.skipCustomImagesValidation ?? !1 } : void 0,
    images: { allowedRegistries: spec.images?.allowedRegistries ?? [], requireDigest: spec.images?.requireDigest ?? !1, catalog: spec.images?.catalog },
    secrets: {
      allowPlaintext: spec.secrets?.allowPlaintext ?? !1,
      store: spec.secrets?.store ? { kind: "SecretStore", ...spec.secrets.store } : void 0,
      refreshInterval: spec.secrets?.refreshInterval ?? "1h0m0s"
    },
    ceph,
    cinder: {
      backends: cinderBackends,
      backup: backup ? {
        at: ["spec", "cinder", "backup"],
        name: backup.name ?? "backup",
        driver: backup.driver,
        cluster: backup.cluster,
        options: backup.options ?? {},
        credentials: backup.credentials,
        replicas: backup.replicas ?? 1,
        networkAttachments: backup.networkAttachments,
        nodeSelector: backup.nodeSelector,
        deprecatedSingleBackup: backup.deprecatedSingleBackup ?? !1
      } : void 0
    },
    manila: { backends: manilaBackends },
    glance: {
      stores: (spec.glance?.stores ?? []).map((s, i) => ({
        at: ["spec", "glance", "stores", i],
        name: s.name,
        type: s.type,
        default: s.default ?? !1,
        cluster: s.cluster,
        nfs: s.nfs,
        options: s.options ?? {},
        credentials: s.credentials
      })),
      api: { name: api.name ?? "default", type: api.type ?? "auto", replicas: api.replicas ?? 3, networkAttachments: api.networkAttachments ?? ["storage"] }
    },
    mounts: (spec.mounts ?? []).map((m, i) => ({
      at: ["spec", "mounts", i],
      name: m.name,
      propagation: m.propagation,
      volume: m.volume,
      mountPath: m.mountPath,
      subPath: m.subPath,
      readOnly: m.readOnly ?? !0
    }))
  };
}
var typeName, init_load = __esm({
  "functions/lib/inventory/load.ts"() {
    "use strict";
    init_inventory_validator();
    init_did_you_mean();
    init_resources();
    init_model();
    typeName = (v) => v === null ? "null" : Array.isArray(v) ? "a list" : typeof v == "object" ? "a mapping" : `a ${typeof v}`;
  }
});

// functions/lib/rules/inventory/context.ts
function allBackends(inv) {
  return [
    ...inv.cinder.backends.map((b) => ({ ...b, service: "cinder" })),
    ...inv.manila.backends.map((b) => ({ ...b, service: "manila" }))
  ];
}
var init_context2 = __esm({
  "functions/lib/rules/inventory/context.ts"() {
    "use strict";
  }
});

// functions/lib/rules/inventory/RB001-unknown-driver.ts
var unknownDriver, init_RB001_unknown_driver = __esm({
  "functions/lib/rules/inventory/RB001-unknown-driver.ts"() {
    "use strict";
    init_catalog2();
    init_did_you_mean();
    init_context2();
    unknownDriver = {
      id: "RB001",
      name: "unknown-driver",
      severity: "error",
      summary: "A back end names a driver id that is not in the driver catalog.",
      why: "Without a catalog entry the tool cannot know the driver class, options, secrets or image rules.",
      fix: "`driver: pure-iscs` -> `driver: pure-iscsi`; for a driver the catalog lacks, `driver: custom` with `volumeDriver:` / `shareDriver:`.",
      check({ inventory, item }, report) {
        for (let b of allBackends(inventory)) {
          if (getDriver(b.driver, b.service)) continue;
          let ids = driverIds(b.service), other = getDriver(b.driver);
          report({
            item,
            path: [...b.at, "driver"],
            message: other ? `driver "${b.driver}" is a ${other.service} driver, not a ${b.service} one` : `unknown ${b.service} driver "${b.driver}"`,
            hint: didYouMean(b.driver, ids) || `known ${b.service} drivers: ${ids.join(", ")}`
          });
        }
      }
    };
  }
});

// functions/lib/rules/inventory/credential-keys.ts
function visibleCredentialKeys(c) {
  if (!c) return [];
  if ("values" in c) return Object.keys(c.values);
  if ("externalSecret" in c) return Object.keys(c.externalSecret.data);
}
var init_credential_keys = __esm({
  "functions/lib/rules/inventory/credential-keys.ts"() {
    "use strict";
  }
});

// functions/lib/rules/inventory/RB002-missing-required-option.ts
var missingRequiredOption, init_RB002_missing_required_option = __esm({
  "functions/lib/rules/inventory/RB002-missing-required-option.ts"() {
    "use strict";
    init_catalog2();
    init_context2();
    init_credential_keys();
    missingRequiredOption = {
      id: "RB002",
      name: "missing-required-option",
      severity: "error",
      summary: "A driver option the catalog marks as required is not set.",
      why: "The driver fails to start (or connects to nothing) without it; cinder-volume then stays down.",
      fix: "Add it under `options:` (e.g. `netapp_server_hostname: 10.0.0.5`), or under the credentials when it is sensitive.",
      check({ inventory, item }, report) {
        for (let b of allBackends(inventory)) {
          let profile = getDriver(b.driver, b.service);
          if (!profile) continue;
          let visible = visibleCredentialKeys(b.credentials);
          for (let key of profile.options.required ?? [])
            key in b.options || visible && visible.includes(key) || report({
              item,
              path: [...b.at, "options"],
              message: `driver ${profile.id} needs option "${key}"`,
              hint: `add ${key}: <value> under options`
            });
        }
      }
    };
  }
});

// functions/lib/rules/inventory/RB003-invalid-backend-name.ts
function maxBackendName(service, uniquePodNames) {
  return service === "cinder" ? uniquePodNames ? 32 : 38 : 39;
}
function suggestLabel(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").replace(/-{2,}/g, "-");
}
var LABEL, invalidBackendName, init_RB003_invalid_backend_name = __esm({
  "functions/lib/rules/inventory/RB003-invalid-backend-name.ts"() {
    "use strict";
    init_context2();
    LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
    invalidBackendName = {
      id: "RB003",
      name: "invalid-backend-name",
      severity: "error",
      summary: "A back-end name is not an RFC 1123 label, is too long for the service, or is `default`.",
      why: "The openstack-operator webhook rejects cinderVolumes keys that are not DNS-1123 labels of at most 38 characters (32 with uniquePodNames); manila shares over 39 characters break the StatefulSet revision label; `default` can never get a custom image.",
      fix: "`name: powermaxFC` -> `name: powermax-fc`",
      check({ inventory, item }, report) {
        for (let b of allBackends(inventory)) {
          let path7 = [...b.at, "name"], max = maxBackendName(b.service, b.service === "cinder" && inventory.controlPlane.uniquePodNames);
          if (b.name === "default")
            report({ item, path: path7, message: '"default" is reserved: the operator always gives the "default" key the stock image', hint: `use another name, e.g. ${b.driver}` });
          else if (LABEL.test(b.name))
            b.name.length > max && report({
              item,
              path: path7,
              message: `"${b.name}" is ${b.name.length} characters; ${b.service} back-end names may have at most ${max}${b.service === "cinder" && inventory.controlPlane.uniquePodNames ? " with uniquePodNames" : ""}`,
              hint: `shorten it, e.g. "${b.name.slice(0, max).replace(/-+$/, "")}"`
            });
          else {
            let s = suggestLabel(b.name);
            report({
              item,
              path: path7,
              message: `"${b.name}" is not an RFC 1123 label (lower-case letters, digits and "-", starting and ending with a letter or digit)`,
              hint: s && LABEL.test(s) ? `write "${s.slice(0, max)}"` : 'use lower-case letters, digits and "-"'
            });
          }
        }
      }
    };
  }
});

// functions/lib/rules/inventory/RB004-duplicate-backend-name.ts
var duplicateBackendName, init_RB004_duplicate_backend_name = __esm({
  "functions/lib/rules/inventory/RB004-duplicate-backend-name.ts"() {
    "use strict";
    duplicateBackendName = {
      id: "RB004",
      name: "duplicate-backend-name",
      severity: "error",
      summary: "Two back ends (or two stores, clusters or mounts) of one list share a name.",
      why: "Map keys in the control plane must be unique; the second would silently replace the first.",
      fix: "Rename one of them: `name: pure` twice -> `pure-a`, `pure-b`.",
      check({ inventory, item }, report) {
        let lists = [
          { label: "cinder back end", entries: inventory.cinder.backends },
          { label: "manila back end", entries: inventory.manila.backends },
          { label: "glance store", entries: inventory.glance.stores },
          { label: "Ceph cluster", entries: inventory.ceph },
          { label: "mount", entries: inventory.mounts }
        ];
        for (let { label, entries } of lists) {
          let first = /* @__PURE__ */ new Map();
          for (let e of entries) {
            let prev = first.get(e.name);
            prev ? report({ item, path: [...e.at, "name"], message: `${label} "${e.name}" is defined twice (first at ${prev.join(".")})`, hint: "give each a unique name" }) : first.set(e.name, e.at);
          }
        }
        let sections = /* @__PURE__ */ new Map();
        for (let b of inventory.cinder.backends) {
          let prev = sections.get(b.section);
          prev && prev !== b.name ? report({ item, path: [...b.at, "section"], message: `INI section [${b.section}] is also used by back end "${prev}"`, hint: "give each back end its own section" }) : sections.set(b.section, b.name);
        }
      }
    };
  }
});

// functions/lib/rules/inventory/RB005-plaintext-credentials.ts
var plaintextCredentials, init_RB005_plaintext_credentials = __esm({
  "functions/lib/rules/inventory/RB005-plaintext-credentials.ts"() {
    "use strict";
    init_context2();
    plaintextCredentials = {
      id: "RB005",
      name: "plaintext-credentials-without-opt-in",
      severity: "error",
      summary: "`credentials.values` is used while spec.secrets.allowPlaintext is not true.",
      why: "Plaintext credentials would be written into a Secret manifest, which usually ends up in Git.",
      fix: "Use `credentials: {secretName: ...}` (SealedSecret, SOPS, ExternalSecret made elsewhere) or `credentials: {externalSecret: ...}`; for a lab, set `spec.secrets.allowPlaintext: true`.",
      check({ inventory, item }, report) {
        if (inventory.secrets.allowPlaintext) return;
        let owners = [
          ...allBackends(inventory),
          ...inventory.glance.stores,
          ...inventory.cinder.backup ? [inventory.cinder.backup] : []
        ];
        for (let o of owners)
          o.credentials && typeof o.credentials == "object" && "values" in o.credentials && report({
            item,
            path: [...o.at, "credentials", "values"],
            message: "plaintext credentials need spec.secrets.allowPlaintext: true",
            hint: "use credentials.secretName or credentials.externalSecret instead"
          });
      }
    };
  }
});

// functions/lib/rules/inventory/RB006-path-outside-package.ts
function pathProblem(ctx, rel) {
  return resolveInside(ctx.packageRoot, import_node_path4.default.resolve(ctx.packageRoot, import_node_path4.default.dirname(ctx.item.path || ".")), rel).problem;
}
var import_node_path4, pathOutsidePackage, init_RB006_path_outside_package = __esm({
  "functions/lib/rules/inventory/RB006-path-outside-package.ts"() {
    "use strict";
    import_node_path4 = __toESM(require("node:path"));
    init_package_path();
    init_context2();
    pathOutsidePackage = {
      id: "RB006",
      name: "bad-package-path",
      severity: "error",
      summary: "A `path:` is absolute, leaves the package (`..`, a symlink pointing outside), or does not exist.",
      why: "Rendering must only read files that are part of the package under review, never files elsewhere on the machine.",
      fix: "`path: /etc/pki/ca.pem` -> copy the file into the package and write `path: files/ca.pem`.",
      check(ctx, report) {
        let refs = [];
        for (let b of allBackends(ctx.inventory)) b.files.forEach((f, i) => f.path && refs.push({ rel: f.path, at: [...b.at, "files", i, "path"] }));
        for (let c of ctx.inventory.ceph)
          c.files && refs.push({ rel: c.files.conf, at: [...c.at, "files", "conf"] }, { rel: c.files.keyring, at: [...c.at, "files", "keyring"] });
        ctx.inventory.images.catalog && refs.push({ rel: ctx.inventory.images.catalog, at: ["spec", "images", "catalog"] });
        for (let r of refs) {
          let problem = pathProblem(ctx, r.rel);
          problem && report({ item: ctx.item, path: r.at, message: `path "${r.rel}" ${problem}`, hint: "give a file inside the package, relative to the inventory file, e.g. files/config.xml" });
        }
      }
    };
  }
});

// functions/lib/rules/inventory/RB007-custom-driver-class.ts
var customDriverClass, init_RB007_custom_driver_class = __esm({
  "functions/lib/rules/inventory/RB007-custom-driver-class.ts"() {
    "use strict";
    customDriverClass = {
      id: "RB007",
      name: "custom-driver-class",
      severity: "error",
      summary: "`driver: custom` without volumeDriver/shareDriver, or a driver class given for a catalog driver.",
      why: "A custom back end has no class unless you give one; for catalog drivers the class comes from the catalog and a second one would be ignored.",
      fix: "`driver: custom` + `volumeDriver: cinder.volume.drivers.ibm.storwize_svc.storwize_svc_iscsi.StorwizeSVCISCSIDriver`",
      check({ inventory, item }, report) {
        for (let b of inventory.cinder.backends)
          b.driver === "custom" && !b.volumeDriver && report({ item, path: [...b.at, "driver"], message: "driver: custom needs volumeDriver (the Python driver class)", hint: "add volumeDriver: cinder.volume.drivers.<module>.<Class>" }), b.driver !== "custom" && b.volumeDriver && report({ item, path: [...b.at, "volumeDriver"], key: !0, message: `volumeDriver is only used with driver: custom; ${b.driver} already sets the class`, hint: "remove volumeDriver, or use driver: custom" });
        for (let b of inventory.manila.backends)
          b.driver === "custom" && !b.shareDriver && report({ item, path: [...b.at, "driver"], message: "driver: custom needs shareDriver (the Python share driver class)", hint: "add shareDriver: manila.share.drivers.<module>.<Class>" }), b.driver !== "custom" && b.shareDriver && report({ item, path: [...b.at, "shareDriver"], key: !0, message: `shareDriver is only used with driver: custom; ${b.driver} already sets the class`, hint: "remove shareDriver, or use driver: custom" });
      }
    };
  }
});

// functions/lib/rules/inventory/RB008-credential-in-options.ts
var SECRET_OPTION, credentialInOptions, init_RB008_credential_in_options = __esm({
  "functions/lib/rules/inventory/RB008-credential-in-options.ts"() {
    "use strict";
    init_catalog2();
    init_context2();
    SECRET_OPTION = /(^|_)(password|passwd|token|secret|secret_key|access_key|private_key|api_key|login)$/, credentialInOptions = {
      id: "RB008",
      name: "credential-in-options",
      severity: "error",
      summary: "A credential (password, token, login, or a key the driver keeps in its Secret) is written under `options`.",
      why: "`options` land in customServiceConfig in the OpenStackControlPlane, in plain text, in Git, and in every `oc get` output.",
      fix: "Move `pure_api_token` from `options:` to the back end's `credentials:` (secretName, externalSecret or, in a lab, values).",
      check({ inventory, item }, report) {
        for (let b of allBackends(inventory)) {
          let profile = getDriver(b.driver, b.service), secretKeys = /* @__PURE__ */ new Set([...profile?.secretKeys.required ?? [], ...profile?.secretKeys.optional ?? []]);
          for (let key of Object.keys(b.options)) {
            let credentialLike = SECRET_OPTION.test(key);
            if (!credentialLike && !secretKeys.has(key)) continue;
            let severity = credentialLike ? "error" : "warning";
            report({
              item,
              path: [...b.at, "options", key],
              key: !0,
              severity,
              message: credentialLike ? `"${key}" is a credential and would be written in plain text into customServiceConfig` : `"${key}" belongs in the credentials Secret for ${profile.id} (vendor guides keep it there)`,
              hint: "move it under credentials (secretName, externalSecret, or values with allowPlaintext)"
            });
          }
        }
      }
    };
  }
});

// functions/lib/rules/inventory/RB009-unknown-option.ts
var unknownOption, init_RB009_unknown_option = __esm({
  "functions/lib/rules/inventory/RB009-unknown-option.ts"() {
    "use strict";
    init_catalog2();
    init_did_you_mean();
    init_context2();
    unknownOption = {
      id: "RB009",
      name: "unknown-option",
      severity: "warning",
      summary: "An option is close to, but not, an option the driver profile knows (likely a typo).",
      why: "oslo.config ignores unknown options silently: the driver runs with its default instead of your value.",
      fix: "`powermax_srpp: SRP_1` -> `powermax_srp: SRP_1`",
      check({ inventory, item }, report) {
        for (let b of allBackends(inventory)) {
          let profile = getDriver(b.driver, b.service);
          if (!profile || profile.id === "custom") continue;
          let known = [
            ...Object.keys(profile.options.fixed ?? {}),
            ...Object.keys(profile.options.defaults ?? {}),
            ...profile.options.required ?? [],
            ...profile.options.optional ?? [],
            ...profile.secretKeys.required ?? [],
            ...profile.secretKeys.optional ?? []
          ], knownSet = new Set(known);
          for (let key of Object.keys(b.options)) {
            if (knownSet.has(key)) continue;
            let near = nearest(key, known, 2);
            near && report({ item, path: [...b.at, "options", key], key: !0, message: `option "${key}" is not known for ${profile.id}`, hint: `did you mean "${near}"?` });
          }
        }
      }
    };
  }
});

// functions/lib/rules/inventory/RB010-unknown-ceph-cluster.ts
var unknownCephCluster, init_RB010_unknown_ceph_cluster = __esm({
  "functions/lib/rules/inventory/RB010-unknown-ceph-cluster.ts"() {
    "use strict";
    init_catalog2();
    init_did_you_mean();
    init_context2();
    unknownCephCluster = {
      id: "RB010",
      name: "unknown-ceph-cluster",
      severity: "error",
      summary: "A Ceph back end, store or backup names a cluster that spec.ceph does not define (or none is defined).",
      why: "Without the cluster the tool cannot write rbd_ceph_conf / rbd_secret_uuid or mount the cluster's keyring.",
      fix: "Add `spec.ceph: [{name: ceph, fsid: ..., secretName: ceph-conf-files}]`, or fix `cluster: cepj` -> `cluster: ceph`.",
      check({ inventory, item }, report) {
        let names = inventory.ceph.map((c) => c.name), users = [];
        for (let b of allBackends(inventory)) getDriver(b.driver, b.service)?.needsCephCluster && users.push({ at: b.at, cluster: b.cluster, label: `back end ${b.name}` });
        for (let s of inventory.glance.stores) s.type === "rbd" && users.push({ at: s.at, cluster: s.cluster, label: `glance store ${s.name}` });
        let bk = inventory.cinder.backup;
        bk?.driver === "ceph" && users.push({ at: bk.at, cluster: bk.cluster, label: "cinder backup" });
        for (let u of users)
          u.cluster === void 0 ? names.length === 0 ? report({ item, path: u.at, message: `${u.label} uses Ceph but spec.ceph defines no cluster`, hint: "add spec.ceph: [{name: ceph, fsid: <fsid>}]" }) : names.length > 1 && report({ item, path: u.at, message: `${u.label} must say which Ceph cluster it uses (there are ${names.length})`, hint: `add cluster: one of ${names.join(", ")}` }) : names.includes(u.cluster) || report({ item, path: [...u.at, "cluster"], message: `Ceph cluster "${u.cluster}" is not defined in spec.ceph`, hint: didYouMean(u.cluster, names) || "define it in spec.ceph" });
      }
    };
  }
});

// functions/lib/rules/inventory/RB011-ini-injection.ts
var iniInjection, init_RB011_ini_injection = __esm({
  "functions/lib/rules/inventory/RB011-ini-injection.ts"() {
    "use strict";
    init_context2();
    iniInjection = {
      id: "RB011",
      name: "multi-line-option-value",
      severity: "error",
      summary: "An option or credential value contains a line break (or a section name has one).",
      why: "A line break would start a new INI line or section: the value is cut and the rest becomes other options.",
      fix: "Put multi-line content (certificates, keys) in a file (`files:`) and point the option at its mountPath.",
      check({ inventory, item }, report) {
        for (let b of allBackends(inventory)) {
          for (let [k, v] of Object.entries(b.options))
            typeof v == "string" && /[\r\n]/.test(v) && report({ item, path: [...b.at, "options", k], message: `value of "${k}" spans several lines`, hint: "use a single line, or a file under files:" });
          if (b.credentials && "values" in b.credentials)
            for (let [k, v] of Object.entries(b.credentials.values))
              typeof v == "string" && /[\r\n]/.test(v) && report({ item, path: [...b.at, "credentials", "values", k], message: `value of "${k}" spans several lines`, hint: "use a single line, or a file under files:" });
        }
      }
    };
  }
});

// functions/lib/rules/inventory/RB012-missing-credentials.ts
var missingCredentials, init_RB012_missing_credentials = __esm({
  "functions/lib/rules/inventory/RB012-missing-credentials.ts"() {
    "use strict";
    init_catalog2();
    init_context2();
    missingCredentials = {
      id: "RB012",
      name: "missing-credentials",
      severity: "error",
      summary: "A driver that keeps keys in a Secret has no `credentials`.",
      why: "Without the array address and login in a customServiceConfigSecrets Secret the driver cannot reach the array.",
      fix: "Add `credentials: {secretName: cinder-volume-pure-secrets}` (or externalSecret).",
      check({ inventory, item }, report) {
        for (let b of allBackends(inventory)) {
          let profile = getDriver(b.driver, b.service), keys = profile?.secretKeys.required ?? [];
          !profile || keys.length === 0 || b.credentials || report({
            item,
            path: b.at,
            message: `driver ${profile.id} needs credentials (${keys.join(", ")})`,
            hint: "add credentials: {secretName: <Secret with an INI fragment>} or credentials.externalSecret"
          });
        }
      }
    };
  }
});

// functions/lib/rules/inventory/RB013-fixed-option-override.ts
var fixedOptionOverride, init_RB013_fixed_option_override = __esm({
  "functions/lib/rules/inventory/RB013-fixed-option-override.ts"() {
    "use strict";
    init_catalog2();
    init_context2();
    fixedOptionOverride = {
      id: "RB013",
      name: "fixed-option-override",
      severity: "error",
      summary: "An option that the driver id fixes (e.g. netapp_storage_protocol) is set to a different value.",
      why: "The driver id already says which protocol is used; a second, different value would silently win in the INI.",
      fix: "`driver: netapp-ontap-nfs` + `netapp_storage_protocol: iscsi` -> `driver: netapp-ontap-iscsi`.",
      check({ inventory, item }, report) {
        for (let b of allBackends(inventory)) {
          let profile = getDriver(b.driver, b.service);
          for (let [k, fixed] of Object.entries(profile?.options.fixed ?? {}))
            k in b.options && String(b.options[k]).toLowerCase() !== String(fixed).toLowerCase() && report({ item, path: [...b.at, "options", k], message: `driver ${profile.id} sets ${k} = ${fixed}`, hint: `remove ${k}, or pick the driver id for ${b.options[k]}` });
        }
      }
    };
  }
});

// functions/lib/rules/inventory/RB014-credential-keys.ts
var credentialKeys, init_RB014_credential_keys = __esm({
  "functions/lib/rules/inventory/RB014-credential-keys.ts"() {
    "use strict";
    init_catalog2();
    init_did_you_mean();
    init_context2();
    init_credential_keys();
    credentialKeys = {
      id: "RB014",
      name: "credential-keys",
      severity: "error",
      summary: "Credentials the tool can see (values, externalSecret data) lack a key the driver needs, or carry an unknown one.",
      why: "A missing key (pure_api_token) leaves the driver unable to log in; a misspelt key is ignored by oslo.config.",
      fix: "Add `pure_api_token: {key: storage/pure, property: token}` under credentials.externalSecret.data.",
      check({ inventory, item }, report) {
        for (let b of allBackends(inventory)) {
          let profile = getDriver(b.driver, b.service), visible = visibleCredentialKeys(b.credentials);
          if (!profile || !visible || !b.credentials) continue;
          let where = "values" in b.credentials ? "values" : "externalSecret", base = [...b.at, "credentials", where, ...where === "externalSecret" ? ["data"] : []], required = profile.secretKeys.required ?? [];
          for (let key of required)
            visible.includes(key) || key in b.options || report({ item, path: base, message: `driver ${profile.id} needs credential "${key}"`, hint: `add ${key} under credentials.${where}${where === "externalSecret" ? ".data" : ""}` });
          if (profile.id === "custom") continue;
          let known = [...required, ...profile.secretKeys.optional ?? [], ...profile.options.required ?? [], ...profile.options.optional ?? []];
          for (let key of visible) {
            if (known.includes(key)) continue;
            let near = nearest(key, known, 3);
            report({
              item,
              path: [...base, key],
              key: !0,
              severity: "warning",
              message: `credential "${key}" is not known for ${profile.id}`,
              hint: near ? `did you mean "${near}"?` : `known keys: ${[...required, ...profile.secretKeys.optional ?? []].join(", ")}`
            });
          }
        }
      }
    };
  }
});

// functions/lib/rules/inventory/RB015-file-clash.ts
var SERVICE_DIRS, fileClash, init_RB015_file_clash = __esm({
  "functions/lib/rules/inventory/RB015-file-clash.ts"() {
    "use strict";
    init_context2();
    SERVICE_DIRS = ["/etc/cinder", "/etc/manila", "/etc/glance"], fileClash = {
      id: "RB015",
      name: "file-clash",
      severity: "error",
      summary: "Two files of one back end share a name or a mountPath, or a file would replace a whole service config directory.",
      why: "Volume items and mounts must be unique per pod; mounting over /etc/cinder hides the generated cinder.conf and the pod fails.",
      fix: "Give each file its own name and mountPath, e.g. /etc/cinder/pure/client.pem.",
      check({ inventory, item }, report) {
        for (let b of allBackends(inventory)) {
          let names = /* @__PURE__ */ new Set(), paths = /* @__PURE__ */ new Set();
          b.files.forEach((f, i) => {
            let at2 = [...b.at, "files", i];
            names.has(f.name) && report({ item, path: [...at2, "name"], message: `file name "${f.name}" is used twice in back end ${b.name}`, hint: "give each file its own name" }), names.add(f.name);
            let mp = f.mountPath.replace(/\/+$/, "");
            paths.has(mp) && report({ item, path: [...at2, "mountPath"], message: `mountPath ${f.mountPath} is used twice in back end ${b.name}`, hint: "give each file its own mountPath" }), paths.add(mp), (SERVICE_DIRS.includes(mp) || mp === "") && report({ item, path: [...at2, "mountPath"], message: `mountPath ${f.mountPath} is a directory the service needs`, hint: `mount the file inside it, e.g. ${mp || "/etc/cinder"}/${f.name}` });
          });
        }
      }
    };
  }
});

// functions/lib/rules/inventory/index.ts
var inventoryRules, init_inventory = __esm({
  "functions/lib/rules/inventory/index.ts"() {
    "use strict";
    init_RB001_unknown_driver();
    init_RB002_missing_required_option();
    init_RB003_invalid_backend_name();
    init_RB004_duplicate_backend_name();
    init_RB005_plaintext_credentials();
    init_RB006_path_outside_package();
    init_RB007_custom_driver_class();
    init_RB008_credential_in_options();
    init_RB009_unknown_option();
    init_RB010_unknown_ceph_cluster();
    init_RB011_ini_injection();
    init_RB012_missing_credentials();
    init_RB013_fixed_option_override();
    init_RB014_credential_keys();
    init_RB015_file_clash();
    inventoryRules = [
      unknownDriver,
      missingRequiredOption,
      invalidBackendName,
      duplicateBackendName,
      plaintextCredentials,
      pathOutsidePackage,
      customDriverClass,
      credentialInOptions,
      unknownOption,
      unknownCephCluster,
      iniInjection,
      missingCredentials,
      fixedOptionOverride,
      credentialKeys,
      fileClash
    ];
  }
});

// functions/lib/rules/manifest/index.ts
var manifestRules, init_manifest = __esm({
  "functions/lib/rules/manifest/index.ts"() {
    "use strict";
    manifestRules = [];
  }
});

// functions/lib/rules/rule.ts
function runRules(rules, ctx) {
  let out = [];
  for (let rule of rules)
    rule.check(ctx, (f) => {
      out.push(
        diagnosticAt(f.item, f.path, { severity: f.severity ?? rule.severity, rule: rule.id, message: f.message, hint: f.hint }, f.key)
      );
    });
  return out;
}
var init_rule = __esm({
  "functions/lib/rules/rule.ts"() {
    "use strict";
    init_resources();
  }
});

// functions/lib/expand/skeleton.ts
function controlPlaneSkeleton(inv) {
  let cp = inv.controlPlane;
  return {
    apiVersion: "core.openstack.org/v1beta1",
    kind: "OpenStackControlPlane",
    metadata: generatedMetadata(cp.name, cp.namespace, inv.name),
    spec: {
      secret: cp.secret,
      storageClass: cp.storageClass,
      cinder: {
        enabled: !0,
        template: {
          databaseInstance: cp.databaseInstance,
          memcachedInstance: "memcached",
          secret: cp.secret,
          cinderAPI: {},
          cinderScheduler: {},
          cinderBackup: { replicas: 0 },
          cinderVolumes: {}
        }
      }
    }
  };
}
function serviceSkeleton(inv, service) {
  let cp = inv.controlPlane;
  return service === "manila" ? { template: { databaseInstance: cp.databaseInstance, memcachedInstance: "memcached", secret: cp.secret, manilaAPI: {}, manilaScheduler: {}, manilaShares: {} } } : {
    template: {
      databaseInstance: cp.databaseInstance,
      memcachedInstance: "memcached",
      secret: cp.secret,
      keystoneEndpoint: inv.glance.api.name,
      imageCache: { size: "" },
      glanceAPIs: {}
    }
  };
}
function versionSkeleton(inv) {
  let cp = inv.controlPlane;
  return {
    apiVersion: "core.openstack.org/v1beta1",
    kind: "OpenStackVersion",
    metadata: generatedMetadata(cp.name, cp.namespace, inv.name),
    spec: { customContainerImages: {} }
  };
}
var init_skeleton = __esm({
  "functions/lib/expand/skeleton.ts"() {
    "use strict";
    init_plan();
  }
});

// functions/lib/pipeline/owned-fields.ts
function pointerOf(e) {
  return e.kind === "item" ? `${fieldPath(e.path)}[name=${e.key}]` : fieldPath([...e.path, e.key]);
}
function parsePointer(text) {
  let segs = [], byName;
  for (TOKEN.lastIndex = 0; TOKEN.lastIndex < text.length; ) {
    let start = TOKEN.lastIndex, m = TOKEN.exec(text);
    if (!m || TOKEN.lastIndex === start) return;
    if (m[1] !== void 0) segs.push(m[1]);
    else if (m[2] !== void 0) segs.push(JSON.parse(`"${m[2]}"`));
    else if (byName = m[3], TOKEN.lastIndex !== text.length) return;
  }
  return byName !== void 0 ? segs.length ? { path: segs, key: byName, byName: !0 } : void 0 : segs.length >= 2 ? { path: segs.slice(0, -1), key: segs[segs.length - 1], byName: !1 } : void 0;
}
var TOKEN, init_owned_fields = __esm({
  "functions/lib/pipeline/owned-fields.ts"() {
    "use strict";
    init_diagnostic();
    TOKEN = /\.?([A-Za-z_][A-Za-z0-9_-]*)|\["((?:[^"\\]|\\.)*)"\]|\[name=([^\]]+)\]/y;
  }
});

// functions/lib/pipeline/merge.ts
function pruneAll(items) {
  let kept = items.filter((it) => !isManaged(it));
  for (let it of kept) applyOwned(it, [], void 0, []);
  return { items: kept, diagnostics: [] };
}
function merge(items, expansion, inv, inventoryItem) {
  let diagnostics = [], out = [...items], cp = inv.controlPlane, genDir = dirOf(inventoryItem.path), target = (kind) => out.find((it) => kindOf(it) === kind && nameOf(it) === cp.name && (!namespaceOf(it) || namespaceOf(it) === cp.namespace)), controlPlane = target("OpenStackControlPlane");
  !controlPlane && expansion.controlPlane.length > 0 && (controlPlane = newItem(out, controlPlaneSkeleton(inv), genDir), out.push(controlPlane)), controlPlane && (ensureServiceSections(controlPlane, expansion.controlPlane, inv), applyOwned(controlPlane, expansion.controlPlane, inventoryItem, diagnostics));
  let version = target("OpenStackVersion");
  !version && expansion.version.length > 0 && (version = newItem(out, versionSkeleton(inv), genDir), out.push(version)), version && applyOwned(version, expansion.version, inventoryItem, diagnostics);
  let desired = /* @__PURE__ */ new Map();
  for (let r of expansion.resources) desired.set(resourceKey(r.value), r);
  let result2 = [], present = /* @__PURE__ */ new Set();
  for (let it of out) {
    let key = `${kindOf(it)}/${nameOf(it)}`;
    if (!(isManaged(it) && it !== controlPlane && it !== version)) {
      desired.has(key) && (kindOf(it) === "Secret" || kindOf(it) === "ExternalSecret") && (diagnostics.push(
        diagnosticAt(inventoryItem, desired.get(key).origin, {
          severity: "error",
          rule: "RB020",
          message: `the package already has a ${kindOf(it)} named ${nameOf(it)} (${it.path}) that rhoso-backends did not generate`,
          hint: "remove or rename that resource, or point credentials.secretName at it instead"
        })
      ), present.add(key)), result2.push(it);
      continue;
    }
    if (annotationOf(it, INVENTORY_ANNOTATION) !== inv.name && annotationOf(it, INVENTORY_ANNOTATION) !== void 0) {
      result2.push(it);
      continue;
    }
    let want = desired.get(key);
    if (!want || present.has(key)) continue;
    if (present.add(key), deepEqual(stripInternal(toObject(it)), want.value)) {
      result2.push(withOrigins(it, inventoryItem, want.origin));
      continue;
    }
    let replaced = itemFromValue(want.value, it.path, it.index);
    for (let a of KEEP_ANNOTATIONS) {
      let v = annotationOf(it, a);
      v !== void 0 && setAnnotation(replaced, a, v);
    }
    result2.push(withOrigins(replaced, inventoryItem, want.origin));
  }
  for (let [key, r] of desired) {
    if (present.has(key)) continue;
    let it = newItem(result2, r.value, genDir);
    result2.push(withOrigins(it, inventoryItem, r.origin));
  }
  return { items: result2, diagnostics, controlPlane, version };
}
function withOrigins(it, source, at2) {
  return it.origins = [{ path: [], source, at: at2 }], it;
}
function resourceKey(v) {
  return `${v.kind}/${v.metadata?.name}`;
}
function dirOf(p) {
  let i = p.lastIndexOf("/");
  return i < 0 ? "" : p.slice(0, i + 1);
}
function newItem(existing, value, dir) {
  let path7 = `${dir}${String(value.kind).toLowerCase()}_${value.metadata?.name}.yaml`, index = existing.filter((it) => it.path === path7).length;
  return itemFromValue(value, path7, index);
}
function ensureServiceSections(item, entries, inv) {
  for (let service of ["manila", "glance"]) {
    if (!entries.some((e) => e.path[0] === "spec" && e.path[1] === service) || item.doc.hasIn(["spec", service, "template"])) continue;
    let skeleton = serviceSkeleton(inv, service);
    for (let [k, v] of Object.entries(skeleton))
      item.doc.hasIn(["spec", service, k]) || item.doc.setIn(["spec", service, k], item.doc.createNode(v));
  }
}
function applyOwned(item, entries, inventoryItem, diagnostics) {
  let previous = new Set(readOwned(item)), wanted = /* @__PURE__ */ new Map();
  for (let e of entries) wanted.set(pointerOf(e), e);
  for (let p of [...previous].sort().reverse()) {
    if (wanted.has(p)) continue;
    let ptr = parsePointer(p);
    ptr && removeAt(item.doc, ptr.path, ptr.key, ptr.byName);
  }
  let owned = [], origins = [];
  for (let [p, e] of wanted) {
    let existing = getAt(item.doc, e.path, e.key, e.kind === "item");
    if (existing !== void 0 && !previous.has(p) && e.kind !== "value" && !deepEqual(existing, e.value)) {
      inventoryItem && diagnostics.push(
        diagnosticAt(inventoryItem, e.origin, {
          severity: "error",
          rule: "RB021",
          message: `${item.path} already defines ${p.replace(/\[name=(.*)\]$/, "[name=$1]")} by hand; the inventory would overwrite it`,
          hint: `delete it from ${item.path} so the inventory owns it, or rename the back end`
        })
      );
      continue;
    }
    if ((existing === void 0 || !deepEqual(existing, e.value)) && setAt(item.doc, e.path, e.key, e.kind === "item", e.value), owned.push(p), inventoryItem) {
      let path7 = e.kind === "item" ? [...e.path, indexByName(item.doc, e.path, e.key)] : [...e.path, e.key];
      origins.push({ path: path7, source: inventoryItem, at: e.origin });
    }
  }
  item.origins = origins, owned.length > 0 ? setAnnotation(item, MANAGED_FIELDS_ANNOTATION, JSON.stringify(owned.sort())) : annotationOf(item, MANAGED_FIELDS_ANNOTATION) !== void 0 && deleteAnnotation(item, MANAGED_FIELDS_ANNOTATION);
}
function readOwned(item) {
  let raw = annotationOf(item, MANAGED_FIELDS_ANNOTATION);
  if (!raw) return [];
  try {
    let v = JSON.parse(raw);
    return Array.isArray(v) ? v.filter((s) => typeof s == "string") : [];
  } catch {
    return [];
  }
}
function container(doc, path7, create) {
  let node = doc.contents;
  for (let i = 0; i < path7.length; i++) {
    if (!(0, import_yaml6.isMap)(node)) return;
    let next = node.get(path7[i], !0);
    if (next == null || (0, import_yaml6.isScalar)(next) && next.value === null) {
      if (!create) return;
      next = i === path7.length - 1 && create === "seq" ? new import_yaml6.YAMLSeq(doc.schema) : new import_yaml6.YAMLMap(doc.schema), node.set(doc.createNode(path7[i]), next);
    }
    node = next;
  }
  return (0, import_yaml6.isMap)(node) || (0, import_yaml6.isSeq)(node) ? node : void 0;
}
function indexByName(doc, path7, name) {
  let seq = container(doc, path7, !1);
  return (0, import_yaml6.isSeq)(seq) ? seq.items.findIndex((n) => (0, import_yaml6.isMap)(n) && n.get("name") === name) : -1;
}
function getAt(doc, path7, key, byName) {
  let c = container(doc, path7, !1);
  if (byName) {
    if (!(0, import_yaml6.isSeq)(c)) return;
    let node2 = c.items.find((n) => (0, import_yaml6.isMap)(n) && n.get("name") === key);
    return node2 === void 0 ? void 0 : node2.toJSON();
  }
  if (!(0, import_yaml6.isMap)(c)) return;
  let node = c.get(key, !0);
  return node === void 0 ? void 0 : (0, import_yaml6.isScalar)(node) ? node.value : node.toJSON();
}
function setAt(doc, path7, key, byName, value) {
  let c = container(doc, path7, byName ? "seq" : "map"), node = doc.createNode(value);
  if (byName && (0, import_yaml6.isSeq)(c)) {
    let i = c.items.findIndex((n) => (0, import_yaml6.isMap)(n) && n.get("name") === key);
    i >= 0 ? c.items[i] = node : c.items.push(node);
  } else (0, import_yaml6.isMap)(c) && c.set(doc.createNode(key), node);
}
function removeAt(doc, path7, key, byName) {
  let c = container(doc, path7, !1);
  if (byName && (0, import_yaml6.isSeq)(c)) {
    let i = c.items.findIndex((n) => (0, import_yaml6.isMap)(n) && n.get("name") === key);
    i >= 0 && c.items.splice(i, 1);
  } else (0, import_yaml6.isMap)(c) && c.delete(key);
  for (let depth = path7.length; depth > 1; depth--) {
    let parent = container(doc, path7.slice(0, depth - 1), !1), here = container(doc, path7.slice(0, depth), !1);
    if (!(0, import_yaml6.isMap)(parent) || !here || here.items.length > 0) break;
    parent.delete(path7[depth - 1]);
  }
}
function stripInternal(obj) {
  let ann = obj.metadata?.annotations;
  if (ann) {
    for (let a of KEEP_ANNOTATIONS) delete ann[a];
    Object.keys(ann).length === 0 && delete obj.metadata.annotations;
  }
  return obj;
}
function deepEqual(a, b) {
  if (a === b) return !0;
  if (typeof a != typeof b || a === null || b === null || typeof a != "object" || Array.isArray(a) !== Array.isArray(b)) return !1;
  if (Array.isArray(a)) {
    let bb = b;
    return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i]));
  }
  let ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
}
var import_yaml6, KEEP_ANNOTATIONS, isManaged, init_merge = __esm({
  "functions/lib/pipeline/merge.ts"() {
    "use strict";
    import_yaml6 = __toESM(require_dist());
    init_diagnostic();
    init_resources();
    init_plan();
    init_skeleton();
    init_owned_fields();
    KEEP_ANNOTATIONS = [PATH_ANNOTATION, INDEX_ANNOTATION, ID_ANNOTATION, LEGACY_PATH_ANNOTATION, LEGACY_INDEX_ANNOTATION, LEGACY_ID_ANNOTATION], isManaged = (item) => labelOf(item, MANAGED_BY_LABEL) === MANAGED_BY;
  }
});

// functions/lib/pipeline/run.ts
function runPipeline(input, options) {
  let diagnostics = [], done = (items, extra = {}) => (sortDiagnostics(diagnostics), { items, diagnostics, ok: !hasErrors(diagnostics), ...extra }), found = findInventory(input, options.functionConfig);
  if (diagnostics.push(...found.diagnostics), hasErrors(diagnostics)) return done(input);
  if (!found.item) {
    let pruned = pruneAll(input).items;
    return diagnostics.push(...check(pruned, void 0, options)), done(pruned);
  }
  let loaded = loadInventory(found.item);
  diagnostics.push(...loaded.diagnostics);
  let inventory = loaded.inventory;
  if (!inventory || hasErrors(diagnostics)) return done(input);
  if (options.operatorLine && (inventory.operatorLine = options.operatorLine), diagnostics.push(...runRules(inventoryRules, { inventory, item: found.item, packageRoot: options.packageRoot })), hasErrors(diagnostics)) return done(input, { inventory });
  let ctx = { inventory, inventoryItem: found.item, packageRoot: options.packageRoot, diagnostics }, expansion = expand(ctx);
  if (hasErrors(diagnostics)) return done(input, { inventory, expansion });
  let merged = merge(input, expansion, inventory, found.item);
  return diagnostics.push(...merged.diagnostics), hasErrors(diagnostics) ? done(input, { inventory, expansion }) : (diagnostics.push(...check(merged.items, inventory, options)), done(hasErrors(diagnostics) ? input : merged.items, { inventory, expansion }));
}
function check(items, inventory, options) {
  return runRules(manifestRules, {
    items,
    inventory,
    mode: inventory ? "render" : "validate",
    strict: options.strict ?? !1,
    operatorLine: options.operatorLine ?? inventory?.operatorLine ?? "18-stable"
  });
}
var init_run = __esm({
  "functions/lib/pipeline/run.ts"() {
    "use strict";
    init_diagnostic();
    init_expand();
    init_load();
    init_inventory();
    init_manifest();
    init_rule();
    init_merge();
  }
});

// functions/commands/summary.ts
function summaryLines(result2) {
  let inv = result2.inventory, exp = result2.expansion;
  if (!inv || !exp) return [];
  let backends = inv.cinder.backends.length + inv.manila.backends.length, generated = exp.resources.map((r) => `${r.value.kind}/${r.value.metadata?.name}`), external = [...new Set(exp.externalSecrets.filter((s) => !s.providedBy).map((s) => s.name))].sort(), out = [
    {
      severity: "info",
      rule: "summary",
      message: `${backends} back end(s) rendered for ${inv.controlPlane.namespace}/${inv.controlPlane.name}; generated: ${generated.length ? generated.join(", ") : "no Secrets"}`,
      file: inv.path || void 0
    }
  ];
  return external.length && out.push({ severity: "info", rule: "summary", message: `Secrets expected in the cluster (not in the package): ${external.join(", ")}`, file: inv.path || void 0 }), out;
}
var init_summary = __esm({
  "functions/commands/summary.ts"() {
    "use strict";
  }
});

// functions/lib/io/output-dir.ts
var output_dir_exports = {};
__export(output_dir_exports, {
  OWNED_LIST: () => OWNED_LIST,
  fileNameFor: () => fileNameFor,
  outputFiles: () => outputFiles,
  writeOutputDir: () => writeOutputDir
});
function fileNameFor(doc) {
  let kind = String(doc.get("kind") ?? "resource").toLowerCase(), name = String(doc.getIn(["metadata", "name"]) ?? "unnamed");
  return `${kind}_${name}.yaml`.replace(/[^A-Za-z0-9._-]/g, "_");
}
function outputFiles(docs) {
  let files = /* @__PURE__ */ new Map();
  for (let doc of docs) {
    let name = fileNameFor(doc);
    for (let n = 2; files.has(name); n++) name = name.replace(/(_\d+)?\.yaml$/, `_${n}.yaml`);
    files.set(name, doc.toString(STRINGIFY_OPTIONS));
  }
  let resources = [...files.keys()].sort();
  return files.set("kustomization.yaml", `# Generated by rhoso-backends render --output-dir. Do not edit; edit the BackendInventory.
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
${resources.map((r) => `- ${r}`).join(`
`)}
`), files;
}
function writeOutputDir(dir, docs) {
  let target = import_node_path5.default.resolve(dir), files = outputFiles(docs), fail = (message) => ({ diagnostics: [{ severity: "error", rule: "io/output-dir", message, file: dir }] });
  try {
    if (import_node_fs4.default.existsSync(target) && !import_node_fs4.default.lstatSync(target).isDirectory()) return fail(`${dir} exists and is not a directory`);
    if (import_node_fs4.default.existsSync(target) && import_node_fs4.default.lstatSync(target).isSymbolicLink()) return fail(`${dir} is a symlink; refusing to write through it`);
    let previous = readOwned2(target), stage = import_node_fs4.default.mkdtempSync(import_node_path5.default.join(import_node_path5.default.dirname(target), `.${import_node_path5.default.basename(target)}.tmp-`));
    try {
      if (import_node_fs4.default.existsSync(target))
        for (let e of import_node_fs4.default.readdirSync(target, { withFileTypes: !0 }))
          e.name === OWNED_LIST || previous.has(e.name) || files.has(e.name) || import_node_fs4.default.cpSync(import_node_path5.default.join(target, e.name), import_node_path5.default.join(stage, e.name), { recursive: !0, preserveTimestamps: !0 });
      for (let [name, content] of files) import_node_fs4.default.writeFileSync(import_node_path5.default.join(stage, name), content);
      import_node_fs4.default.writeFileSync(import_node_path5.default.join(stage, OWNED_LIST), [...files.keys()].sort().join(`
`) + `
`);
      let old = import_node_fs4.default.existsSync(target) ? `${stage}.old` : void 0;
      old && import_node_fs4.default.renameSync(target, old), import_node_fs4.default.renameSync(stage, target), old && import_node_fs4.default.rmSync(old, { recursive: !0, force: !0 });
    } catch (err) {
      throw import_node_fs4.default.rmSync(stage, { recursive: !0, force: !0 }), err;
    }
  } catch (err) {
    return fail(`cannot write ${dir}: ${err.code ?? err.message}`);
  }
  return { diagnostics: [] };
}
function readOwned2(dir) {
  try {
    return new Set(import_node_fs4.default.readFileSync(import_node_path5.default.join(dir, OWNED_LIST), "utf8").split(`
`).filter(Boolean));
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
var import_node_fs4, import_node_path5, OWNED_LIST, init_output_dir = __esm({
  "functions/lib/io/output-dir.ts"() {
    "use strict";
    import_node_fs4 = __toESM(require("node:fs")), import_node_path5 = __toESM(require("node:path"));
    init_yaml();
    OWNED_LIST = ".rhoso-backends-files";
  }
});

// functions/commands/render.ts
var render_exports = {};
__export(render_exports, {
  renderCommand: () => renderCommand,
  renderFlags: () => renderFlags,
  settingsFromEnv: () => settingsFromEnv
});
async function renderCommand(argv, io = { env: process.env }) {
  let args = parseArgs(argv, renderFlags), settings = settingsFromEnv(io.env), format = args.flags.format ?? settings.format ?? "text", operatorLine = args.flags["operator-line"] ?? settings.operatorLine;
  if (args.positional.length === 0) throw new UsageError("render needs a PATH (a kpt package, a folder of YAML, or files)");
  let outputDir = args.flags["output-dir"], read = readInputs(args.positional, { exclude: outputDir ? [outputDir] : [] });
  if (hasErrors(read.diagnostics))
    return printDiagnostics(read.diagnostics, format), EXIT_ERRORS;
  let result2 = runPipeline(read.items, { packageRoot: read.root, operatorLine, strict: !!args.flags.strict }), diagnostics = [...read.diagnostics, ...result2.diagnostics];
  if (!result2.ok)
    return printDiagnostics(diagnostics, format), EXIT_ERRORS;
  let docs = applyableDocuments(result2.items);
  if (docs.length === 0)
    return printDiagnostics([...diagnostics, { severity: "error", rule: "render", message: "nothing to render: the input holds no applyable resources", hint: "point render at the folder with the BackendInventory" }], format), EXIT_ERRORS;
  if (outputDir) {
    let { writeOutputDir: writeOutputDir2 } = await Promise.resolve().then(() => (init_output_dir(), output_dir_exports)), written = writeOutputDir2(outputDir, docs);
    if (written.diagnostics.length)
      return printDiagnostics([...diagnostics, ...written.diagnostics], format), EXIT_ERRORS;
  } else
    process.stdout.write(stringifyStream(docs));
  return args.flags.quiet || printDiagnostics([...diagnostics, ...summaryLines(result2)], format), EXIT_OK;
}
function settingsFromEnv(env) {
  let out = {}, line = env.ARGOCD_ENV_OPERATOR_LINE ?? env.RHOSO_BACKENDS_OPERATOR_LINE;
  if ((line === "18-stable" || line === "main") && (out.operatorLine = line), env.ARGOCD_APP_PARAMETERS)
    try {
      let params = JSON.parse(env.ARGOCD_APP_PARAMETERS);
      for (let p of params)
        p.name === "operator-line" && (p.string === "18-stable" || p.string === "main") && (out.operatorLine = p.string);
    } catch {
    }
  return out;
}
var renderFlags, init_render = __esm({
  "functions/commands/render.ts"() {
    "use strict";
    init_package();
    init_stream();
    init_run();
    init_diagnostic();
    init_args();
    init_output();
    init_summary();
    renderFlags = {
      format: { value: !0, choices: ["text", "json"] },
      "operator-line": { value: !0, choices: ["18-stable", "main"] },
      "output-dir": { value: !0 },
      strict: {},
      quiet: {}
    };
  }
});

// functions/lib/io/resource-list.ts
function parseResourceList(text) {
  let parsed = parseYamlFile("<stdin>", text);
  if (parsed.diagnostics.some((d) => d.severity === "error")) return { diagnostics: parsed.diagnostics };
  let doc = parsed.file.docs[0], fail = (message, hint) => ({ diagnostics: [{ severity: "error", rule: "fn/input", message, hint, file: "<stdin>", line: 1, column: 1 }] });
  if (!doc || !(0, import_yaml8.isMap)(doc.contents)) return fail("stdin is not a ResourceList", "kpt and kustomize send a ResourceList on stdin; to render files, use `rhoso-backends render PATH`");
  let apiVersion = String(doc.get("apiVersion") ?? "");
  if (doc.get("kind") !== "ResourceList" || !RESOURCE_LIST_VERSIONS.includes(apiVersion))
    return fail(`expected kind ResourceList with apiVersion ${RESOURCE_LIST_VERSIONS.join(" or ")}`, "to render files, use `rhoso-backends render PATH`");
  let itemsNode = doc.get("items", !0), items = [];
  (0, import_yaml8.isSeq)(itemsNode) && itemsNode.items.forEach((node, i) => {
    let item = { doc: wrap(node), path: "", index: 0 };
    item.path = annotationOf(item, PATH_ANNOTATION) ?? annotationOf(item, LEGACY_PATH_ANNOTATION) ?? `resource_${i}.yaml`, item.index = Number(annotationOf(item, INDEX_ANNOTATION) ?? annotationOf(item, LEGACY_INDEX_ANNOTATION) ?? 0), items.push(item);
  });
  let fcNode = doc.get("functionConfig", !0), functionConfig;
  return (0, import_yaml8.isMap)(fcNode) && (functionConfig = { doc: wrap(fcNode), path: "", index: 0 }, functionConfig.path = annotationOf(functionConfig, PATH_ANNOTATION) ?? annotationOf(functionConfig, LEGACY_PATH_ANNOTATION) ?? ""), { list: { apiVersion, items, functionConfig }, diagnostics: parsed.diagnostics };
}
function wrap(node) {
  let d = new import_yaml8.Document(void 0, YAML_OPTIONS);
  return d.contents = node, d;
}
function result(d) {
  let r = { message: d.hint ? `[${d.rule}] ${d.message} (${d.hint})` : `[${d.rule}] ${d.message}`, severity: d.severity };
  return d.resource?.kind && (r.resourceRef = { apiVersion: d.resource.apiVersion, kind: d.resource.kind, name: d.resource.name, ...d.resource.namespace ? { namespace: d.resource.namespace } : {} }), d.field && (r.field = { path: d.field }), d.file && d.file !== "<stdin>" && (r.file = { path: d.file, index: d.index ?? 0 }), d.line !== void 0 && d.file !== "<stdin>" && (r.tags = { line: String(d.line), column: String(d.column ?? 1) }), r;
}
function stringifyResourceList(apiVersion, items, diagnostics, functionConfig) {
  let out = new import_yaml8.Document({ apiVersion, kind: "ResourceList" }, YAML_OPTIONS), seq = new import_yaml8.YAMLSeq(out.schema);
  for (let item of items) {
    annotationOf(item, PATH_ANNOTATION) === void 0 && annotationOf(item, LEGACY_PATH_ANNOTATION) === void 0 && (setAnnotation(item, PATH_ANNOTATION, item.path), setAnnotation(item, INDEX_ANNOTATION, String(item.index)));
    let node = item.doc.contents;
    item.doc.commentBefore && node && !node.commentBefore && (node.commentBefore = item.doc.commentBefore), seq.items.push(node);
  }
  return out.contents.set("items", seq), functionConfig && out.contents.set("functionConfig", functionConfig.doc.contents), diagnostics.length > 0 && out.contents.set("results", out.createNode(diagnostics.map(result))), out.toString(STRINGIFY_OPTIONS);
}
var import_yaml8, RESOURCE_LIST_VERSIONS, init_resource_list = __esm({
  "functions/lib/io/resource-list.ts"() {
    "use strict";
    import_yaml8 = __toESM(require_dist());
    init_resources();
    init_yaml();
    RESOURCE_LIST_VERSIONS = ["config.kubernetes.io/v1", "config.kubernetes.io/v1beta1"];
  }
});

// functions/commands/fn.ts
var fn_exports = {};
__export(fn_exports, {
  fnCommand: () => fnCommand,
  fnFlags: () => fnFlags
});
async function fnCommand(argv, stdinText) {
  let args = parseArgs(argv, fnFlags), text = stdinText ?? import_node_fs5.default.readFileSync(0, "utf8"), parsed = parseResourceList(text);
  if (!parsed.list)
    return printDiagnostics(parsed.diagnostics, "text"), EXIT_ERRORS;
  let { list } = parsed, packageRoot = import_node_path6.default.resolve(args.flags["package-root"] ?? process.env.RHOSO_BACKENDS_PACKAGE_ROOT ?? "."), result2 = runPipeline(list.items, {
    packageRoot,
    functionConfig: list.functionConfig,
    operatorLine: args.flags["operator-line"],
    strict: !!args.flags.strict
  });
  return process.stdout.write(stringifyResourceList(list.apiVersion, result2.items, result2.diagnostics, list.functionConfig)), hasErrors(result2.diagnostics) ? EXIT_ERRORS : EXIT_OK;
}
var import_node_fs5, import_node_path6, fnFlags, init_fn = __esm({
  "functions/commands/fn.ts"() {
    "use strict";
    import_node_fs5 = __toESM(require("node:fs")), import_node_path6 = __toESM(require("node:path"));
    init_diagnostic();
    init_resource_list();
    init_run();
    init_args();
    init_output();
    fnFlags = {
      "operator-line": { value: !0, choices: ["18-stable", "main"] },
      strict: {},
      "package-root": { value: !0 }
    };
  }
});

// functions/cli.ts
var cli_exports = {};
__export(cli_exports, {
  main: () => main,
  run: () => run
});
module.exports = __toCommonJS(cli_exports);
init_args();
init_output();
var USAGE = `Usage: rhoso-backends <command> [options]

Commands:
  render PATH...        expand the BackendInventory in PATH and print the manifests
                        (--output-dir DIR writes one file per resource plus kustomization.yaml)
  fn                    KRM function: ResourceList on stdin, ResourceList on stdout
  validate PATH...      check inventories and hand-written OpenStackControlPlane / OpenStackVersion files
  explain PATH...       show, per pod, what it mounts and which Secrets reach it
  check PATH --output-dir DIR   exit 1 with a diff when DIR is not what render would write
  plan-update PATH --to VERSION  plan (or --write) a RHOSO minor update of partner images

Common options:
  --format text|json    diagnostics format (default text, on stderr)
  --operator-line 18-stable|main   which openstack-operator line to validate against
  --help                this text
`, commands = {
  render: async () => (await Promise.resolve().then(() => (init_render(), render_exports))).renderCommand,
  fn: async () => (await Promise.resolve().then(() => (init_fn(), fn_exports))).fnCommand
};
async function main(argv) {
  let [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help")
    return process.stdout.write(USAGE), name ? 0 : EXIT_USAGE;
  if (name === "--version")
    return process.stdout.write(`rhoso-backends 0.1.0
`), 0;
  let load = commands[name];
  if (!load) {
    let { didYouMean: didYouMean2 } = await Promise.resolve().then(() => (init_did_you_mean(), did_you_mean_exports)), hint = didYouMean2(name, Object.keys(commands));
    return process.stderr.write(`rhoso-backends: unknown command "${name}"${hint ? `; ${hint}` : ""}
${USAGE}`), EXIT_USAGE;
  }
  try {
    return await (await load())(rest);
  } catch (err) {
    if (err instanceof UsageError)
      return process.stderr.write(`rhoso-backends ${name}: ${err.message}
`), EXIT_USAGE;
    throw err;
  }
}
function run(argv) {
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      let debug = process.env.RHOSO_BACKENDS_DEBUG === "1";
      process.stderr.write(`rhoso-backends: internal error: ${err?.message ?? err}
`), process.stderr.write(debug ? `${err?.stack}
` : `This is a bug in rhoso-backends; rerun with RHOSO_BACKENDS_DEBUG=1 for details and report it.
`), process.exitCode = 3;
    }
  );
}
require.main === module && run(process.argv.slice(2));
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main,
  run
});
