//===- ImportInductorJson.cpp - Inductor graph JSON to memsched IR --------===//
//
// Validates every field before building IR, so that a malformed file gets
// one clear error naming the node or buffer (by JSON path) and nothing else:
// wrong JSON, missing or mistyped fields, negative or non-integer sizes,
// deps naming no buffer, buffers claimed by two nodes or by none, duplicate
// names, cycles (with their path), and node lists that are not a valid
// schedule.
//
//===----------------------------------------------------------------------===//

#include "memsched/Core/Graph.h"
#include "memsched/Dialect/MemSched/MemSchedOps.h"
#include "memsched/Target/InductorJson.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/Verifier.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/SourceMgr.h"

#include <cstdio>
#include <limits>

using namespace mlir;
using namespace mlir::memsched;
namespace json = llvm::json;

namespace {

struct JsonBuffer {
  std::string name;
  int64_t sizeAlloc = 0, sizeFree = 0;
  bool isInput = false, isOutput = false;
  std::vector<std::string> deps;
  int64_t producer = -1; // Index into nodes, -1 for an input or unclaimed.
};

struct JsonNode {
  std::string name;
  std::vector<size_t> buffers;        // Indices into buffers.
  std::vector<std::string> after;     // memsched_after
  std::vector<std::string> extraDeps; // memsched_deps
};

/// Reads and checks the JSON document; reports the first problem.
class Reader {
public:
  Reader(Location loc) : loc(loc) {}

  LogicalResult read(const json::Value &root);

  std::vector<JsonBuffer> buffers;
  std::vector<JsonNode> nodes;
  llvm::StringMap<size_t> bufferIndex, nodeIndex;

  InFlightDiagnostic error(const llvm::Twine &path) {
    return emitError(loc) << path << ": ";
  }

private:
  FailureOr<std::string> getString(const json::Object &obj, StringRef key,
                                   const std::string &path);
  FailureOr<int64_t> getSize(const json::Object &obj, StringRef key,
                             const std::string &path);
  FailureOr<bool> getBool(const json::Object &obj, StringRef key,
                          const std::string &path);
  FailureOr<std::vector<std::string>>
  getStrings(const json::Object &obj, StringRef key, const std::string &path,
             bool optional);

  Location loc;
};

} // namespace

static std::string describe(StringRef array, size_t index, StringRef name) {
  std::string path = (array + "[" + llvm::Twine(index) + "]").str();
  if (!name.empty())
    path += " (\"" + name.str() + "\")";
  return path;
}

FailureOr<std::string> Reader::getString(const json::Object &obj,
                                         StringRef key,
                                         const std::string &path) {
  const json::Value *value = obj.get(key);
  if (!value)
    return error(path) << "missing field \"" << key << "\"";
  std::optional<StringRef> str = value->getAsString();
  if (!str)
    return error(path) << "\"" << key << "\" must be a string";
  if (str->empty())
    return error(path) << "\"" << key << "\" must not be empty";
  return str->str();
}

FailureOr<int64_t> Reader::getSize(const json::Object &obj, StringRef key,
                                   const std::string &path) {
  const json::Value *value = obj.get(key);
  if (!value)
    return error(path) << "missing field \"" << key << "\"";
  std::optional<int64_t> size = value->getAsInteger();
  if (!size) {
    if (value->getAsUINT64())
      return error(path) << "\"" << key << "\" is larger than 2^63-1 bytes";
    return error(path) << "\"" << key << "\" must be an integer number of "
                       << "bytes";
  }
  if (*size < 0)
    return error(path) << "\"" << key << "\" must be non-negative, got "
                       << *size;
  return *size;
}

FailureOr<bool> Reader::getBool(const json::Object &obj, StringRef key,
                                const std::string &path) {
  const json::Value *value = obj.get(key);
  if (!value)
    return error(path) << "missing field \"" << key << "\"";
  std::optional<bool> flag = value->getAsBoolean();
  if (!flag)
    return error(path) << "\"" << key << "\" must be true or false";
  return *flag;
}

FailureOr<std::vector<std::string>>
Reader::getStrings(const json::Object &obj, StringRef key,
                   const std::string &path, bool optional) {
  std::vector<std::string> result;
  const json::Value *value = obj.get(key);
  if (!value) {
    if (optional)
      return result;
    return error(path) << "missing field \"" << key << "\"";
  }
  const json::Array *array = value->getAsArray();
  if (!array)
    return error(path) << "\"" << key << "\" must be an array of strings";
  for (auto [i, item] : llvm::enumerate(*array)) {
    std::optional<StringRef> str = item.getAsString();
    if (!str)
      return error(path) << "\"" << key << "\"[" << i
                         << "] must be a string";
    result.push_back(str->str());
  }
  return result;
}

LogicalResult Reader::read(const json::Value &rootValue) {
  const json::Object *root = rootValue.getAsObject();
  if (!root)
    return error("(top level)") << "expected a JSON object with \"nodes\" "
                                   "and \"buffers\"";
  const json::Array *jsonNodes =
      root->get("nodes") ? root->get("nodes")->getAsArray() : nullptr;
  const json::Array *jsonBuffers =
      root->get("buffers") ? root->get("buffers")->getAsArray() : nullptr;
  if (!jsonNodes)
    return error("(top level)") << "missing or mistyped field \"nodes\" "
                                   "(an array)";
  if (!jsonBuffers)
    return error("(top level)") << "missing or mistyped field \"buffers\" "
                                   "(an array)";

  for (auto [i, value] : llvm::enumerate(*jsonBuffers)) {
    std::string path = describe("buffers", i, "");
    const json::Object *obj = value.getAsObject();
    if (!obj)
      return error(path) << "expected an object";
    JsonBuffer buf;
    FailureOr<std::string> name = getString(*obj, "name", path);
    if (failed(name))
      return failure();
    buf.name = *name;
    path = describe("buffers", i, buf.name);
    FailureOr<int64_t> alloc = getSize(*obj, "size_alloc", path);
    if (failed(alloc))
      return failure();
    FailureOr<int64_t> free = getSize(*obj, "size_free", path);
    if (failed(free))
      return failure();
    FailureOr<bool> isInput = getBool(*obj, "is_input", path);
    if (failed(isInput))
      return failure();
    FailureOr<bool> isOutput = getBool(*obj, "is_output", path);
    if (failed(isOutput))
      return failure();
    FailureOr<std::vector<std::string>> deps =
        getStrings(*obj, "deps", path, /*optional=*/*isInput);
    if (failed(deps))
      return failure();
    if (*isInput && !deps->empty())
      return error(path) << "a graph input cannot have deps";
    buf.sizeAlloc = *alloc;
    buf.sizeFree = *free;
    buf.isInput = *isInput;
    buf.isOutput = *isOutput;
    buf.deps = std::move(*deps);
    auto [it, inserted] = bufferIndex.try_emplace(buf.name, i);
    if (!inserted)
      return error(path) << "duplicate buffer name \"" << buf.name
                         << "\" (also buffers[" << it->second << "])";
    buffers.push_back(std::move(buf));
  }

  for (auto [i, value] : llvm::enumerate(*jsonNodes)) {
    std::string path = describe("nodes", i, "");
    const json::Object *obj = value.getAsObject();
    if (!obj)
      return error(path) << "expected an object";
    JsonNode node;
    FailureOr<std::string> name = getString(*obj, "name", path);
    if (failed(name))
      return failure();
    node.name = *name;
    path = describe("nodes", i, node.name);
    auto [it, inserted] = nodeIndex.try_emplace(node.name, i);
    if (!inserted)
      return error(path) << "duplicate node name \"" << node.name
                         << "\" (also nodes[" << it->second << "])";
    FailureOr<std::vector<std::string>> names =
        getStrings(*obj, "buffer_names", path, /*optional=*/false);
    if (failed(names))
      return failure();
    for (const std::string &bufName : *names) {
      auto found = bufferIndex.find(bufName);
      if (found == bufferIndex.end())
        return error(path) << "buffer_names lists \"" << bufName
                           << "\", which is not in \"buffers\"";
      JsonBuffer &buf = buffers[found->second];
      if (buf.isInput)
        return error(path) << "buffer \"" << bufName
                           << "\" is a graph input (is_input) but the node "
                              "claims it";
      if (buf.producer == static_cast<int64_t>(i))
        return error(path) << "buffer_names lists \"" << bufName
                           << "\" twice";
      if (buf.producer >= 0) // Claimed by an earlier node.
        return error(path) << "buffer \"" << bufName
                           << "\" is already claimed by node \""
                           << nodes[buf.producer].name << "\"";
      buf.producer = static_cast<int64_t>(i);
      node.buffers.push_back(found->second);
    }
    FailureOr<std::vector<std::string>> after =
        getStrings(*obj, "memsched_after", path, /*optional=*/true);
    if (failed(after))
      return failure();
    FailureOr<std::vector<std::string>> extra =
        getStrings(*obj, "memsched_deps", path, /*optional=*/true);
    if (failed(extra))
      return failure();
    if (!extra->empty() && !node.buffers.empty())
      return error(path) << "\"memsched_deps\" is only for nodes without "
                            "buffers; list the deps on the node's buffers";
    node.after = std::move(*after);
    node.extraDeps = std::move(*extra);
    nodes.push_back(std::move(node));
  }

  // Every non-input buffer belongs to exactly one node; every node's buffers
  // agree on its deps, and deps name buffers.
  for (auto [i, buf] : llvm::enumerate(buffers))
    if (!buf.isInput && buf.producer < 0)
      return error(describe("buffers", i, buf.name))
             << "the buffer is not a graph input and no node lists it in "
                "buffer_names";
  for (auto [i, node] : llvm::enumerate(nodes)) {
    std::string path = describe("nodes", i, node.name);
    for (size_t b : node.buffers)
      if (buffers[b].deps != buffers[node.buffers.front()].deps)
        return error(path) << "its buffers \""
                           << buffers[node.buffers.front()].name << "\" and \""
                           << buffers[b].name
                           << "\" list different deps; a node's buffers "
                              "must share one deps list";
    const std::vector<std::string> &deps =
        node.buffers.empty() ? node.extraDeps
                             : buffers[node.buffers.front()].deps;
    for (const std::string &dep : deps) {
      auto found = bufferIndex.find(dep);
      if (found == bufferIndex.end())
        return error(path) << "dep \"" << dep << "\" names no buffer";
      if (buffers[found->second].producer == static_cast<int64_t>(i))
        return error(path) << "dep \"" << dep
                           << "\" is one of the node's own buffers";
    }
    for (const std::string &before : node.after)
      if (!nodeIndex.count(before))
        return error(path) << "memsched_after names \"" << before
                           << "\", which is not a node";
  }
  return success();
}

/// llvm::json::parse recurses once per nesting level; a hostile file nested
/// a million levels deep would overflow the stack. Inductor's graphs nest
/// four levels, so anything past kMaxJsonDepth is refused up front. Returns
/// the offset where the limit is crossed, or npos.
static constexpr unsigned kMaxJsonDepth = 256;
static size_t findExcessiveNesting(StringRef text) {
  unsigned depth = 0;
  bool inString = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (inString) {
      if (c == '\\')
        ++i; // Skip the escaped character.
      else if (c == '"')
        inString = false;
      continue;
    }
    if (c == '"') {
      inString = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth)
        return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return StringRef::npos;
}

/// Extracts "[line:col" from llvm::json's parse error message.
static Location parseErrorLocation(Location fileLoc, StringRef file,
                                   const std::string &message) {
  unsigned line = 0, col = 0;
  if (std::sscanf(message.c_str(), "[%u:%u", &line, &col) == 2)
    return FileLineColLoc::get(fileLoc.getContext(), file, line, col);
  return fileLoc;
}

OwningOpRef<ModuleOp>
mlir::memsched::importInductorJson(llvm::SourceMgr &sourceMgr,
                                   StringRef graphName, MLIRContext *context) {
  context->loadDialect<MemSchedDialect>();
  const llvm::MemoryBuffer *input =
      sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID());
  StringRef file = input->getBufferIdentifier();
  Location fileLoc = FileLineColLoc::get(context, file, 0, 0);

  if (size_t at = findExcessiveNesting(input->getBuffer());
      at != StringRef::npos) {
    // The position goes in the message: quoting such a line in full would
    // print megabytes of brackets.
    auto [line, col] = sourceMgr.getLineAndColumn(
        SMLoc::getFromPointer(input->getBufferStart() + at));
    emitError(fileLoc) << "JSON nested deeper than " << kMaxJsonDepth
                       << " levels at line " << line << ", column " << col
                       << "; an Inductor graph nests four";
    return nullptr;
  }
  llvm::Expected<json::Value> parsed = json::parse(input->getBuffer());
  if (!parsed) {
    std::string message = llvm::toString(parsed.takeError());
    emitError(parseErrorLocation(fileLoc, file, message))
        << "not valid JSON: " << message;
    return nullptr;
  }
  Reader reader(fileLoc);
  if (failed(reader.read(*parsed)))
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
      const std::vector<std::string> &deps =
          node.buffers.empty() ? node.extraDeps
                               : reader.buffers[node.buffers.front()].deps;
      for (const std::string &dep : deps)
        builder.addRead(i, reader.bufferIndex.lookup(dep));
      for (const std::string &before : node.after)
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
  for (const JsonNode &node : reader.nodes) {
    const std::vector<std::string> &deps =
        node.buffers.empty() ? node.extraDeps
                             : reader.buffers[node.buffers.front()].deps;
    SmallVector<Value> reads;
    for (const std::string &dep : deps)
      reads.push_back(values[reader.bufferIndex.lookup(dep)]);
    SmallVector<Type> types;
    SmallVector<Attribute> names, dicts;
    bool anyDict = false;
    for (size_t b : node.buffers) {
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
    if (!node.after.empty()) {
      SmallVector<StringRef> refs(node.after.begin(), node.after.end());
      after = builder.getStrArrayAttr(refs);
    }
    auto op = NodeOp::create(
        builder, fileLoc, TypeRange(), types, node.name, reads, ValueRange(),
        Value(), after, builder.getArrayAttr(names),
        anyDict ? builder.getArrayAttr(dicts) : ArrayAttr());
    for (auto [k, b] : llvm::enumerate(node.buffers))
      values[b] = op.getBuffers()[k];
  }
  SmallVector<Value> outputs;
  for (auto [i, buf] : llvm::enumerate(reader.buffers))
    if (buf.isOutput)
      outputs.push_back(values[i]);
  OutputOp::create(builder, fileLoc, outputs);
  implicitOutput->erase();

  if (failed(verify(*module)))
    return nullptr;
  return module;
}
