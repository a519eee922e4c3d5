//===- ImportInductorJson.cpp - Inductor graph JSON to memsched IR --------===//
//
// Validates every field before building IR, so that a malformed file gets
// one clear error naming the node or buffer (by JSON path) and nothing else:
// wrong JSON, missing or mistyped fields, negative or non-integer sizes,
// deps naming no buffer, buffers claimed by two nodes or by none, duplicate
// names, cycles (with their path), and node lists that are not a valid
// schedule.
//
// The text is checked once as JSON (JsonText.h) and then read in place:
// names are slices of the file, so a graph of a million nodes takes about
// the memory of its IR rather than forty times the size of its file.
//
//===----------------------------------------------------------------------===//

#include "JsonText.h"

#include "memsched/Core/Graph.h"
#include "memsched/Dialect/MemSched/MemSchedOps.h"
#include "memsched/Target/InductorJson.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/Verifier.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/StringSaver.h"

#include <limits>

using namespace mlir;
using namespace mlir::memsched;
using jsontext::JsonDoc;
using jsontext::Kind;

namespace {

/// Buffers, nodes, names and reads are counted in uint32_t.
constexpr size_t kMaxItems = std::numeric_limits<uint32_t>::max();

/// A list of strings: a range of Reader::strings.
struct StringList {
  uint32_t begin = 0, size = 0;
};

struct JsonBuffer {
  StringRef name;
  int64_t sizeAlloc = 0, sizeFree = 0;
  bool isInput = false, isOutput = false;
  StringList deps;
  int64_t producer = -1; // Index into nodes, -1 for an input or unclaimed.
};

struct JsonNode {
  StringRef name;
  uint32_t firstBuffer = 0, numBuffers = 0; // Range of Reader::nodeBuffers.
  StringList after;     // memsched_after
  StringList extraDeps; // memsched_deps
};

/// The members of one object that the reader asks for: the value of each
/// key, or null. A repeated key keeps its last value, as llvm::json does.
template <size_t N> struct Fields {
  const char *values[N] = {};
};

/// Reads and checks the JSON document; reports the first problem.
class Reader {
public:
  Reader(const JsonDoc &doc, Location loc) : doc(doc), loc(loc) {}

  LogicalResult read();

  std::vector<JsonBuffer> buffers;
  std::vector<JsonNode> nodes;
  std::vector<uint32_t> nodeBuffers;
  std::vector<uint32_t> readIds, readOffsets; // Rows of readsOf().
  std::vector<StringRef> strings;
  llvm::DenseMap<StringRef, uint32_t> bufferIndex, nodeIndex;

  ArrayRef<StringRef> list(StringList range) const {
    return ArrayRef(strings).slice(range.begin, range.size);
  }
  ArrayRef<uint32_t> buffersOf(const JsonNode &node) const {
    return ArrayRef(nodeBuffers).slice(node.firstBuffer, node.numBuffers);
  }
  /// The names of the buffers a node reads: the deps of its buffers, or
  /// its memsched_deps if it has none.
  ArrayRef<StringRef> depsOf(const JsonNode &node) const {
    return node.numBuffers == 0
               ? list(node.extraDeps)
               : list(buffers[nodeBuffers[node.firstBuffer]].deps);
  }
  /// The buffers node `i` reads, as indices into buffers (once read()
  /// succeeded).
  ArrayRef<uint32_t> readsOf(size_t i) const {
    return ArrayRef(readIds).slice(readOffsets[i],
                                   readOffsets[i + 1] - readOffsets[i]);
  }

  InFlightDiagnostic error(const llvm::Twine &path) {
    return emitError(loc) << path << ": ";
  }

private:
  template <size_t N>
  Fields<N> find(const char *object, const StringRef (&keys)[N]);
  FailureOr<StringRef> getString(const char *value, StringRef key,
                                 const std::string &path);
  FailureOr<int64_t> getSize(const char *value, StringRef key,
                             const std::string &path);
  FailureOr<bool> getBool(const char *value, StringRef key,
                          const std::string &path);
  FailureOr<StringList> getStrings(const char *value, StringRef key,
                                   const std::string &path, bool optional);
  LogicalResult readBuffers(const char *array);
  LogicalResult readNodes(const char *array);

  const JsonDoc &doc;
  llvm::BumpPtrAllocator allocator;
  /// Owns the few names that held escapes (the others point into the file).
  llvm::StringSaver saver{allocator};
  Location loc;
};

} // namespace

static std::string describe(StringRef array, size_t index, StringRef name) {
  std::string path = (array + "[" + llvm::Twine(index) + "]").str();
  if (!name.empty())
    path += " (\"" + name.str() + "\")";
  return path;
}

template <size_t N>
Fields<N> Reader::find(const char *object, const StringRef (&keys)[N]) {
  Fields<N> fields;
  std::string scratch;
  doc.forEachMember(object, [&](const char *key, const char *value) {
    StringRef name = doc.string(key, scratch);
    for (size_t k = 0; k < N; ++k)
      if (name == keys[k])
        fields.values[k] = value;
  });
  return fields;
}

FailureOr<StringRef> Reader::getString(const char *value, StringRef key,
                                       const std::string &path) {
  if (!value)
    return error(path) << "missing field \"" << key << "\"";
  if (doc.kind(value) != Kind::String)
    return error(path) << "\"" << key << "\" must be a string";
  StringRef str = doc.string(value, saver);
  if (str.empty())
    return error(path) << "\"" << key << "\" must not be empty";
  return str;
}

FailureOr<int64_t> Reader::getSize(const char *value, StringRef key,
                                   const std::string &path) {
  if (!value)
    return error(path) << "missing field \"" << key << "\"";
  std::optional<int64_t> size;
  if (doc.kind(value) == Kind::Number) {
    jsontext::Number number = doc.number(value);
    if (number.isLargeInteger())
      return error(path) << "\"" << key << "\" is larger than 2^63-1 bytes";
    size = number.asInt64();
  }
  if (!size)
    return error(path) << "\"" << key << "\" must be an integer number of "
                       << "bytes";
  if (*size < 0)
    return error(path) << "\"" << key << "\" must be non-negative, got "
                       << *size;
  return *size;
}

FailureOr<bool> Reader::getBool(const char *value, StringRef key,
                                const std::string &path) {
  if (!value)
    return error(path) << "missing field \"" << key << "\"";
  if (doc.kind(value) != Kind::Boolean)
    return error(path) << "\"" << key << "\" must be true or false";
  return doc.boolean(value);
}

FailureOr<StringList> Reader::getStrings(const char *value, StringRef key,
                                         const std::string &path,
                                         bool optional) {
  StringList result;
  result.begin = strings.size();
  if (!value) {
    if (optional)
      return result;
    return error(path) << "missing field \"" << key << "\"";
  }
  if (doc.kind(value) != Kind::Array)
    return error(path) << "\"" << key << "\" must be an array of strings";
  bool allStrings = true;
  size_t bad = 0;
  doc.forEachElement(value, [&](size_t i, const char *item) {
    if (!allStrings)
      return;
    if (doc.kind(item) != Kind::String) {
      allStrings = false;
      bad = i;
      return;
    }
    strings.push_back(doc.string(item, saver));
  });
  if (!allStrings)
    return error(path) << "\"" << key << "\"[" << bad << "] must be a string";
  if (strings.size() >= kMaxItems)
    return error(path) << "more than 2^32-1 names in the file";
  result.size = strings.size() - result.begin;
  return result;
}

LogicalResult Reader::readBuffers(const char *array) {
  static const StringRef keys[] = {"name",     "size_alloc", "size_free",
                                   "is_input", "is_output",  "deps"};
  LogicalResult status = success();
  doc.forEachElement(array, [&](size_t i, const char *value) {
    if (failed(status))
      return;
    status = failure();
    std::string path = describe("buffers", i, "");
    if (doc.kind(value) != Kind::Object) {
      error(path) << "expected an object";
      return;
    }
    Fields<6> fields = find(value, keys);
    JsonBuffer buf;
    FailureOr<StringRef> name = getString(fields.values[0], "name", path);
    if (failed(name))
      return;
    buf.name = *name;
    path = describe("buffers", i, buf.name);
    FailureOr<int64_t> alloc = getSize(fields.values[1], "size_alloc", path);
    if (failed(alloc))
      return;
    FailureOr<int64_t> free = getSize(fields.values[2], "size_free", path);
    if (failed(free))
      return;
    FailureOr<bool> isInput = getBool(fields.values[3], "is_input", path);
    if (failed(isInput))
      return;
    FailureOr<bool> isOutput = getBool(fields.values[4], "is_output", path);
    if (failed(isOutput))
      return;
    FailureOr<StringList> deps =
        getStrings(fields.values[5], "deps", path, /*optional=*/*isInput);
    if (failed(deps))
      return;
    if (*isInput && deps->size != 0) {
      error(path) << "a graph input cannot have deps";
      return;
    }
    buf.sizeAlloc = *alloc;
    buf.sizeFree = *free;
    buf.isInput = *isInput;
    buf.isOutput = *isOutput;
    buf.deps = *deps;
    if (i >= kMaxItems) {
      error(path) << "more than 2^32-1 buffers in the file";
      return;
    }
    auto [it, inserted] = bufferIndex.try_emplace(buf.name, i);
    if (!inserted) {
      error(path) << "duplicate buffer name \"" << buf.name
                  << "\" (also buffers[" << it->second << "])";
      return;
    }
    buffers.push_back(buf);
    status = success();
  });
  return status;
}

LogicalResult Reader::readNodes(const char *array) {
  static const StringRef keys[] = {"name", "buffer_names", "memsched_after",
                                   "memsched_deps"};
  LogicalResult status = success();
  doc.forEachElement(array, [&](size_t i, const char *value) {
    if (failed(status))
      return;
    status = failure();
    std::string path = describe("nodes", i, "");
    if (doc.kind(value) != Kind::Object) {
      error(path) << "expected an object";
      return;
    }
    Fields<4> fields = find(value, keys);
    JsonNode node;
    FailureOr<StringRef> name = getString(fields.values[0], "name", path);
    if (failed(name))
      return;
    node.name = *name;
    path = describe("nodes", i, node.name);
    if (i >= kMaxItems) {
      error(path) << "more than 2^32-1 nodes in the file";
      return;
    }
    auto [it, inserted] = nodeIndex.try_emplace(node.name, i);
    if (!inserted) {
      error(path) << "duplicate node name \"" << node.name << "\" (also nodes["
                  << it->second << "])";
      return;
    }
    FailureOr<StringList> names =
        getStrings(fields.values[1], "buffer_names", path, /*optional=*/false);
    if (failed(names))
      return;
    node.firstBuffer = nodeBuffers.size();
    for (StringRef bufName : list(*names)) {
      auto found = bufferIndex.find(bufName);
      if (found == bufferIndex.end()) {
        error(path) << "buffer_names lists \"" << bufName
                    << "\", which is not in \"buffers\"";
        return;
      }
      JsonBuffer &buf = buffers[found->second];
      if (buf.isInput) {
        error(path) << "buffer \"" << bufName
                    << "\" is a graph input (is_input) but the node claims it";
        return;
      }
      if (buf.producer == static_cast<int64_t>(i)) {
        error(path) << "buffer_names lists \"" << bufName << "\" twice";
        return;
      }
      if (buf.producer >= 0) { // Claimed by an earlier node.
        error(path) << "buffer \"" << bufName
                    << "\" is already claimed by node \""
                    << nodes[buf.producer].name << "\"";
        return;
      }
      buf.producer = static_cast<int64_t>(i);
      nodeBuffers.push_back(found->second);
    }
    node.numBuffers = nodeBuffers.size() - node.firstBuffer;
    // The buffer names are resolved; drop them from the pool.
    strings.resize(names->begin);
    FailureOr<StringList> after =
        getStrings(fields.values[2], "memsched_after", path, /*optional=*/true);
    if (failed(after))
      return;
    FailureOr<StringList> extra =
        getStrings(fields.values[3], "memsched_deps", path, /*optional=*/true);
    if (failed(extra))
      return;
    if (extra->size != 0 && node.numBuffers != 0) {
      error(path) << "\"memsched_deps\" is only for nodes without buffers; "
                     "list the deps on the node's buffers";
      return;
    }
    node.after = *after;
    node.extraDeps = *extra;
    nodes.push_back(node);
    status = success();
  });
  return status;
}

LogicalResult Reader::read() {
  const char *root = doc.root();
  if (doc.kind(root) != Kind::Object)
    return error("(top level)") << "expected a JSON object with \"nodes\" "
                                   "and \"buffers\"";
  static const StringRef keys[] = {"nodes", "buffers"};
  Fields<2> fields = find(root, keys);
  const char *jsonNodes = fields.values[0], *jsonBuffers = fields.values[1];
  if (!jsonNodes || doc.kind(jsonNodes) != Kind::Array)
    return error("(top level)") << "missing or mistyped field \"nodes\" "
                                   "(an array)";
  if (!jsonBuffers || doc.kind(jsonBuffers) != Kind::Array)
    return error("(top level)") << "missing or mistyped field \"buffers\" "
                                   "(an array)";
  // Buffers first: nodes name them.
  if (failed(readBuffers(jsonBuffers)) || failed(readNodes(jsonNodes)))
    return failure();

  // Every non-input buffer belongs to exactly one node; every node's buffers
  // agree on its deps, and deps name buffers.
  for (auto [i, buf] : llvm::enumerate(buffers))
    if (!buf.isInput && buf.producer < 0)
      return error(describe("buffers", i, buf.name))
             << "the buffer is not a graph input and no node lists it in "
                "buffer_names";
  readOffsets.reserve(nodes.size() + 1);
  readOffsets.push_back(0);
  for (auto [i, node] : llvm::enumerate(nodes)) {
    ArrayRef<uint32_t> own = buffersOf(node);
    for (uint32_t b : own.drop_front(own.empty() ? 0 : 1))
      if (list(buffers[b].deps) != list(buffers[own.front()].deps))
        return error(describe("nodes", i, node.name))
               << "its buffers \"" << buffers[own.front()].name << "\" and \""
               << buffers[b].name
               << "\" list different deps; a node's buffers "
                  "must share one deps list";
    for (StringRef dep : depsOf(node)) {
      auto found = bufferIndex.find(dep);
      if (found == bufferIndex.end())
        return error(describe("nodes", i, node.name))
               << "dep \"" << dep << "\" names no buffer";
      if (buffers[found->second].producer == static_cast<int64_t>(i))
        return error(describe("nodes", i, node.name))
               << "dep \"" << dep << "\" is one of the node's own buffers";
      readIds.push_back(found->second);
    }
    readOffsets.push_back(readIds.size());
    for (StringRef before : list(node.after))
      if (!nodeIndex.count(before))
        return error(describe("nodes", i, node.name))
               << "memsched_after names \"" << before
               << "\", which is not a node";
  }
  return success();
}

/// Inductor's graphs nest four levels; deeper files are refused.
static constexpr unsigned kMaxJsonDepth = 256;

OwningOpRef<ModuleOp>
mlir::memsched::importInductorJson(llvm::SourceMgr &sourceMgr,
                                   StringRef graphName, MLIRContext *context,
                                   bool verifyResult) {
  context->loadDialect<MemSchedDialect>();
  const llvm::MemoryBuffer *input =
      sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID());
  StringRef file = input->getBufferIdentifier();
  Location fileLoc = FileLineColLoc::get(context, file, 0, 0);

  StringRef text = input->getBuffer();
  if (std::optional<jsontext::SyntaxError> bad =
          jsontext::validate(text, kMaxJsonDepth)) {
    if (bad->tooDeep) {
      // The position goes in the message: quoting such a line in full
      // would print megabytes of brackets.
      auto [line, col] = sourceMgr.getLineAndColumn(
          SMLoc::getFromPointer(text.data() + bad->offset));
      emitError(fileLoc) << "JSON nested deeper than " << kMaxJsonDepth
                         << " levels at line " << line << ", column " << col
                         << "; an Inductor graph nests four";
    } else {
      emitError(FileLineColLoc::get(context, file, bad->line, bad->column))
          << "not valid JSON: " << bad->llvmStyle();
    }
    return nullptr;
  }
  JsonDoc doc(text);
  Reader reader(doc, fileLoc);
  if (failed(reader.read()))
    return nullptr;

  // The dependency structure must be acyclic and the node list a valid
  // schedule (it becomes the body order).
  {
    ::memsched::GraphBuilder builder;
    for (const JsonNode &node : reader.nodes)
      builder.addNode(node.name);
    for (const JsonBuffer &buf : reader.buffers)
      if (buf.isInput)
        builder.addInput(buf.name, buf.sizeAlloc, buf.sizeFree);
      else
        builder.addBuffer(buf.producer, buf.name, buf.sizeAlloc, buf.sizeFree);
    // Buffer ids above follow reader.buffers' order.
    for (auto [i, node] : llvm::enumerate(reader.nodes)) {
      for (uint32_t b : reader.readsOf(i))
        builder.addRead(i, b);
      for (StringRef before : reader.list(node.after))
        builder.addOrderDep(reader.nodeIndex.lookup(before), i);
    }
    std::string error;
    std::optional<::memsched::Graph> graph = builder.build(error);
    if (!graph) {
      emitError(fileLoc) << error;
      return nullptr;
    }
  }

  OpBuilder builder(context);
  OwningOpRef<ModuleOp> module = ModuleOp::create(fileLoc);
  builder.setInsertionPointToEnd(module->getBody());
  auto graph = GraphOp::create(builder, fileLoc, graphName);
  Operation *implicitOutput = graph.getBodyBlock().getTerminator();
  builder.setInsertionPoint(implicitOutput);

  auto bufferType = [&](const JsonBuffer &buf) {
    return BufferType::get(context, buf.sizeFree);
  };
  std::vector<Value> values(reader.buffers.size());
  for (auto [i, buf] : llvm::enumerate(reader.buffers)) {
    if (!buf.isInput)
      continue;
    IntegerAttr alloc;
    if (buf.sizeAlloc != buf.sizeFree)
      alloc = builder.getI64IntegerAttr(buf.sizeAlloc);
    values[i] = InputOp::create(builder, fileLoc, bufferType(buf),
                                buf.name, InputKind::freeable, alloc,
                                IntegerAttr())
                    .getResult();
  }
  for (auto [i, node] : llvm::enumerate(reader.nodes)) {
    SmallVector<Value> reads;
    for (uint32_t b : reader.readsOf(i))
      reads.push_back(values[b]);
    SmallVector<Type> types;
    SmallVector<Attribute> names, dicts;
    bool anyDict = false;
    ArrayRef<uint32_t> own = reader.buffersOf(node);
    for (uint32_t b : own) {
      const JsonBuffer &buf = reader.buffers[b];
      types.push_back(bufferType(buf));
      names.push_back(builder.getStringAttr(buf.name));
      SmallVector<NamedAttribute> overrides;
      if (buf.sizeAlloc != buf.sizeFree)
        overrides.push_back(builder.getNamedAttr(
            "size_alloc", builder.getI64IntegerAttr(buf.sizeAlloc)));
      anyDict |= !overrides.empty();
      dicts.push_back(builder.getDictionaryAttr(overrides));
    }
    ArrayAttr after;
    if (node.after.size != 0)
      after = builder.getStrArrayAttr(reader.list(node.after));
    auto op = NodeOp::create(
        builder, fileLoc, TypeRange(), types, node.name, reads, ValueRange(),
        Value(), after, builder.getArrayAttr(names),
        anyDict ? builder.getArrayAttr(dicts) : ArrayAttr());
    for (auto [k, b] : llvm::enumerate(own))
      values[b] = op.getBuffers()[k];
  }
  SmallVector<Value> outputs;
  for (auto [i, buf] : llvm::enumerate(reader.buffers))
    if (buf.isOutput)
      outputs.push_back(values[i]);
  OutputOp::create(builder, fileLoc, outputs);
  implicitOutput->erase();

  if (verifyResult && failed(verify(*module)))
    return nullptr;
  return module;
}
