//===- MemSchedOps.cpp - memsched operations ------------------------------===//
//
// Verifiers that keep the model well-defined, and the custom directives that
// print names and a node's results as a list of named buffers.
//
//===----------------------------------------------------------------------===//

#include "memsched/Dialect/MemSched/MemSchedOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"

#include <algorithm>
#include <utility>

using namespace mlir;
using namespace mlir::memsched;

//===----------------------------------------------------------------------===//
// Names: "name"
//===----------------------------------------------------------------------===//

static ParseResult parseName(OpAsmParser &parser, StringAttr &name) {
  return parser.parseCustomAttributeWithFallback(
      name, parser.getBuilder().getType<NoneType>());
}

/// A name is printed as a string, not as an attribute: the printer records
/// every attribute it prints in its alias table, which for the unique names
/// of a million-node graph is about 200 MB and a second of printing, for
/// names that can never get an alias. The text is the same.
static void printName(OpAsmPrinter &printer, Operation *, StringAttr name) {
  printer.printString(name.getValue());
}

//===----------------------------------------------------------------------===//
// Node results: -> ("alias", "buf" : type {overrides}, ...)
//===----------------------------------------------------------------------===//

static ParseResult parseNodeResults(OpAsmParser &parser,
                                    TypeRange mutatesTypes,
                                    SmallVectorImpl<Type> &aliasTypes,
                                    SmallVectorImpl<Type> &bufferTypes,
                                    ArrayAttr &bufferNames,
                                    ArrayAttr &bufferAttrs) {
  SmallVector<Attribute> names, dicts;
  bool anyDict = false;
  if (succeeded(parser.parseOptionalArrow())) {
    auto parseEntry = [&]() -> ParseResult {
      std::string name;
      SMLoc loc = parser.getCurrentLocation();
      if (parser.parseString(&name))
        return failure();
      names.push_back(parser.getBuilder().getStringAttr(name));
      if (names.size() <= mutatesTypes.size()) {
        if (succeeded(parser.parseOptionalColon()))
          return parser.emitError(loc)
                 << "the first " << mutatesTypes.size()
                 << " result(s) are aliases of the mutated buffers and take "
                    "their types; write only their names";
        aliasTypes.push_back(mutatesTypes[names.size() - 1]);
        return success();
      }
      Type type;
      NamedAttrList attrs;
      if (parser.parseColonType(type) ||
          parser.parseOptionalAttrDict(attrs))
        return failure();
      bufferTypes.push_back(type);
      anyDict |= !attrs.empty();
      dicts.push_back(attrs.getDictionary(parser.getContext()));
      return success();
    };
    if (parser.parseCommaSeparatedList(OpAsmParser::Delimiter::Paren,
                                       parseEntry))
      return failure();
  }
  if (names.size() < mutatesTypes.size())
    return parser.emitError(parser.getNameLoc())
           << "the node mutates " << mutatesTypes.size()
           << " buffer(s) and must name an alias for each in its results";
  bufferNames = parser.getBuilder().getArrayAttr(names);
  bufferAttrs = anyDict ? parser.getBuilder().getArrayAttr(dicts) : nullptr;
  return success();
}

static void printNodeResults(OpAsmPrinter &printer, NodeOp op,
                             TypeRange mutatesTypes, TypeRange aliasTypes,
                             TypeRange bufferTypes, ArrayAttr bufferNames,
                             ArrayAttr bufferAttrs) {
  if (op->getNumResults() == 0)
    return;
  printer << " -> (";
  unsigned numAliases = aliasTypes.size();
  for (unsigned i = 0, e = op->getNumResults(); i < e; ++i) {
    if (i)
      printer << ", ";
    printer.printString(op.getResultName(i));
    if (i < numAliases)
      continue;
    printer << " : ";
    printer.printType(bufferTypes[i - numAliases]);
    if (DictionaryAttr dict = op.getBufferAttrDict(i - numAliases))
      printer.printOptionalAttrDict(dict.getValue());
  }
  printer << ")";
}

#define GET_OP_CLASSES
#include "memsched/Dialect/MemSched/MemSchedOps.cpp.inc"

//===----------------------------------------------------------------------===//
// NodeOp syntax
//===----------------------------------------------------------------------===//

/// Parses `( operands : types )` after its keyword, if any.
static ParseResult
parseTypedOperands(OpAsmParser &parser,
                   SmallVectorImpl<OpAsmParser::UnresolvedOperand> &operands,
                   SmallVectorImpl<Type> &types, SMLoc &loc) {
  loc = parser.getCurrentLocation();
  return failure(parser.parseOperandList(operands) || parser.parseColon() ||
                 parser.parseTypeList(types) || parser.parseRParen());
}

ParseResult NodeOp::parse(OpAsmParser &parser, OperationState &result) {
  Properties &props = result.getOrAddProperties<Properties>();
  SmallVector<OpAsmParser::UnresolvedOperand, 4> reads, mutates, unpacks;
  SmallVector<Type, 4> readTypes, mutateTypes, aliasTypes, bufferTypes;
  SMLoc readsLoc, mutatesLoc, unpacksLoc;
  StringAttr name;
  if (parseName(parser, name))
    return failure();
  props.node_name = name;
  if (succeeded(parser.parseOptionalLParen()) &&
      parseTypedOperands(parser, reads, readTypes, readsLoc))
    return failure();
  if (succeeded(parser.parseOptionalKeyword("mutates")) &&
      (parser.parseLParen() ||
       parseTypedOperands(parser, mutates, mutateTypes, mutatesLoc)))
    return failure();
  if (succeeded(parser.parseOptionalKeyword("unpacks"))) {
    if (parser.parseLParen())
      return failure();
    unpacksLoc = parser.getCurrentLocation();
    OpAsmParser::UnresolvedOperand operand;
    OptionalParseResult parsed = parser.parseOptionalOperand(operand);
    if (parsed.has_value()) {
      if (failed(*parsed))
        return failure();
      unpacks.push_back(operand);
    }
    if (parser.parseRParen())
      return failure();
  }
  if (succeeded(parser.parseOptionalKeyword("after"))) {
    ArrayAttr after;
    if (parser.parseCustomAttributeWithFallback(
            after, parser.getBuilder().getType<NoneType>()))
      return failure();
    props.after = after;
  }
  SMLoc dictLoc = parser.getCurrentLocation();
  if (parser.parseOptionalAttrDict(result.attributes) ||
      failed(verifyInherentAttrs(result.name, result.attributes, [&]() {
        return parser.emitError(dictLoc)
               << "'" << result.name.getStringRef() << "' op ";
      })))
    return failure();
  ArrayAttr bufferNames, bufferAttrs;
  if (parseNodeResults(parser, mutateTypes, aliasTypes, bufferTypes,
                       bufferNames, bufferAttrs))
    return failure();
  props.buffer_names = bufferNames;
  props.buffer_attrs = bufferAttrs;
  props.num_reads = static_cast<int32_t>(reads.size());
  props.num_mutates = static_cast<int32_t>(mutates.size());
  result.addTypes(aliasTypes);
  result.addTypes(bufferTypes);
  Type packed = parser.getBuilder().getType<PackedType>();
  return failure(
      parser.resolveOperands(reads, readTypes, readsLoc, result.operands) ||
      parser.resolveOperands(mutates, mutateTypes, mutatesLoc,
                             result.operands) ||
      parser.resolveOperands(unpacks, packed, unpacksLoc, result.operands));
}

void NodeOp::build(OpBuilder &builder, OperationState &state,
                   TypeRange aliasTypes, TypeRange bufferTypes,
                   StringRef nodeName, ValueRange reads, ValueRange mutates,
                   Value unpacks, ArrayAttr after, ArrayAttr bufferNames,
                   ArrayAttr bufferAttrs) {
  assert(aliasTypes.size() == mutates.size() &&
         "one alias per mutated buffer");
  Properties &props = state.getOrAddProperties<Properties>();
  props.node_name = builder.getStringAttr(nodeName);
  props.num_reads = static_cast<int32_t>(reads.size());
  props.num_mutates = static_cast<int32_t>(mutates.size());
  props.after = after;
  props.buffer_names = bufferNames;
  props.buffer_attrs = bufferAttrs;
  state.addOperands(reads);
  state.addOperands(mutates);
  if (unpacks)
    state.addOperands(unpacks);
  state.addTypes(aliasTypes);
  state.addTypes(bufferTypes);
}

//===----------------------------------------------------------------------===//
// NodeOp operand and result groups
//===----------------------------------------------------------------------===//

/// The reads and mutated buffers among the op's operands: the counts in its
/// properties, clamped to the operands there are (the verifier rejects
/// counts that do not fit; until it has run, nothing reads out of range).
static std::pair<unsigned, unsigned> readAndMutateCounts(NodeOp op) {
  unsigned n = op->getNumOperands();
  unsigned reads =
      static_cast<unsigned>(std::clamp<int64_t>(op.getNumReads(), 0, n));
  unsigned mutates = static_cast<unsigned>(
      std::clamp<int64_t>(op.getNumMutates(), 0, n - reads));
  return {reads, mutates};
}

Operation::operand_range NodeOp::getReads() {
  return getOperation()->getOperands().take_front(
      readAndMutateCounts(*this).first);
}

Operation::operand_range NodeOp::getMutates() {
  auto [reads, mutates] = readAndMutateCounts(*this);
  return getOperation()->getOperands().slice(reads, mutates);
}

MutableOperandRange NodeOp::getMutatesMutable() {
  auto [reads, mutates] = readAndMutateCounts(*this);
  return MutableOperandRange(getOperation(), reads, mutates);
}

Value NodeOp::getUnpacks() {
  auto [reads, mutates] = readAndMutateCounts(*this);
  unsigned first = reads + mutates;
  return first < getNumOperands() ? getOperand(first) : Value();
}

MutableOperandRange NodeOp::getUnpacksMutable() {
  auto [reads, mutates] = readAndMutateCounts(*this);
  unsigned first = reads + mutates;
  return MutableOperandRange(getOperation(), first, getNumOperands() - first);
}

/// The number of aliases among the results (one per mutated buffer).
static unsigned aliasCount(NodeOp op) {
  return static_cast<unsigned>(
      std::clamp<int64_t>(op.getNumMutates(), 0, op->getNumResults()));
}

Operation::result_range NodeOp::getAliases() {
  return getOperation()->getResults().take_front(aliasCount(*this));
}

Operation::result_range NodeOp::getBuffers() {
  return getOperation()->getResults().drop_front(aliasCount(*this));
}

void NodeOp::print(OpAsmPrinter &printer) {
  printer << ' ';
  printName(printer, *this, getNodeNameAttr());
  if (!getReads().empty())
    printer << "(" << getReads() << " : " << getReads().getTypes() << ")";
  if (!getMutates().empty())
    printer << " mutates(" << getMutates() << " : "
            << getMutates().getTypes() << ")";
  if (Value packed = getUnpacks())
    printer << " unpacks(" << packed << ")";
  if (ArrayAttr after = getAfterAttr()) {
    printer << " after ";
    printer.printAttributeWithoutType(after);
  }
  // Only the discardable attributes: the inherent ones are printed above.
  printer.printOptionalAttrDict(
      (*this)->getDiscardableAttrDictionary().getValue());
  printNodeResults(printer, *this, getMutates().getTypes(),
                   getAliases().getTypes(), getBuffers().getTypes(),
                   getBufferNamesAttr(), getBufferAttrsAttr());
}

//===----------------------------------------------------------------------===//
// GraphOp
//===----------------------------------------------------------------------===//

void GraphOp::build(OpBuilder &builder, OperationState &state,
                    StringRef name) {
  state.addAttribute(getSymNameAttrName(state.name),
                     builder.getStringAttr(name));
  Region *body = state.addRegion();
  ensureTerminator(*body, builder, state.location);
}

OutputOp GraphOp::getOutputOp() {
  return cast<OutputOp>(getBodyBlock().getTerminator());
}

/// Whether `keys` holds a value twice; leaves them sorted. The keys are
/// sorted by radix (least significant digit first, 11-bit digits over the
/// bits in which they differ: three digits for the 29-33 bits in which a
/// million-node graph's names differ), then neighbours are compared. One
/// sequential pass counts every digit, then one pass per digit moves the
/// keys: with one array as large as the keys. A hash set of a graph's
/// millions of names was a table twice that size, one cache miss per name,
/// and at a million names freshly mapped pages (32 MB), every time the
/// module was verified; 8-bit digits took four or five passes of two sweeps
/// each (about 0.06 s for 1.75 million keys, against 0.04 s now).
static bool hasRepeatedKey(std::vector<uintptr_t> &keys) {
  if (keys.size() < 2)
    return false;
  uintptr_t differing = 0;
  for (uintptr_t key : keys)
    differing |= key ^ keys.front();
  if (differing == 0)
    return true;
  constexpr unsigned kDigitBits = 11;
  constexpr size_t kRadix = size_t(1) << kDigitBits;
  unsigned low = llvm::countr_zero(differing);
  unsigned high = 64 - llvm::countl_zero(differing);
  unsigned numDigits = (high - low + kDigitBits - 1) / kDigitBits;
  // The keys fit in 32-bit counts: a graph's names are fewer than 2^32.
  std::vector<uint32_t> start(numDigits * kRadix);
  for (uintptr_t key : keys) {
    uintptr_t rest = key >> low;
    for (unsigned d = 0; d < numDigits; ++d, rest >>= kDigitBits)
      ++start[d * kRadix + (rest & (kRadix - 1))];
  }
  std::vector<uintptr_t> sorted(keys.size());
  for (unsigned d = 0; d < numDigits; ++d) {
    uint32_t *digitStart = start.data() + d * kRadix;
    uint32_t sum = 0;
    for (size_t b = 0; b < kRadix; ++b)
      sum += std::exchange(digitStart[b], sum);
    unsigned shift = low + d * kDigitBits;
    for (uintptr_t key : keys)
      sorted[digitStart[(key >> shift) & (kRadix - 1)]++] = key;
    keys.swap(sorted);
  }
  return std::adjacent_find(keys.begin(), keys.end()) != keys.end();
}

/// The common case of GraphOp::verifyRegions, cheaply: only inputs, nodes
/// and an output, no `after` lists, each node with one non-empty string
/// name per result, and no name given twice (names are uniqued StringAttrs:
/// equal names are equal pointers). False means "look closer", not
/// "invalid".
static bool isPlainValidBody(Block &block, StringAttr empty) {
  std::vector<uintptr_t> nodeNames, bufferNames;
  auto key = [](Attribute name) {
    return reinterpret_cast<uintptr_t>(name.getAsOpaquePointer());
  };
  for (Operation &op : block) {
    if (auto input = dyn_cast<InputOp>(op)) {
      bufferNames.push_back(key(input.getBufferNameAttr()));
      continue;
    }
    if (auto node = dyn_cast<NodeOp>(op)) {
      if (node.getAfterAttr())
        return false;
      nodeNames.push_back(key(node.getNodeNameAttr()));
      ArrayAttr names = node.getBufferNames();
      if (names.size() != node->getNumResults())
        return false;
      for (Attribute name : names) {
        if (name == empty)
          return false;
        bufferNames.push_back(key(name));
      }
      continue;
    }
    if (!isa<OutputOp>(op))
      return false;
  }
  if (hasRepeatedKey(nodeNames) || hasRepeatedKey(bufferNames))
    return false;
  // Every buffer name is a StringAttr (a node's buffer_names are checked
  // only here, see MemSched_NameArrayAttr). The keys are sorted now: their
  // storage is loaded in the order of its addresses, a few sequential
  // streams rather than a cache miss per name.
  return llvm::all_of(bufferNames, [](uintptr_t key) {
    Attribute name = Attribute::getFromOpaquePointer(
        reinterpret_cast<const void *>(key));
    return name && isa<StringAttr>(name);
  });
}

LogicalResult GraphOp::verifyRegions() {
  Block &block = getBodyBlock();
  if (block.getNumArguments() != 0)
    return emitOpError("body must have no block arguments; declare graph "
                       "inputs with memsched.input");
  StringAttr empty = StringAttr::get(getContext());
  if (isPlainValidBody(block, empty))
    return success();
  // Something to report (or `after` lists to check): go through the body in
  // order, so that the first problem is the one reported.
  // Names are uniqued StringAttrs: compare them by pointer.
  llvm::DenseMap<StringAttr, Operation *> nodeNames, bufferNames;
  size_t numOps = block.getOperations().size();
  nodeNames.reserve(numOps);
  bufferNames.reserve(numOps);
  auto checkBufferName = [&](Operation *op, StringAttr name) -> LogicalResult {
    auto [it, inserted] = bufferNames.try_emplace(name, op);
    if (inserted)
      return success();
    InFlightDiagnostic diag = op->emitOpError("duplicate buffer name '")
                              << name.getValue() << "'";
    diag.attachNote(it->second->getLoc()) << "previously defined here";
    return diag;
  };
  for (Operation &op : block) {
    if (auto input = dyn_cast<InputOp>(op)) {
      if (failed(checkBufferName(input, input.getBufferNameAttr())))
        return failure();
      continue;
    }
    if (auto node = dyn_cast<NodeOp>(op)) {
      if (ArrayAttr after = node.getAfterAttr()) {
        for (Attribute attr : after) {
          auto before = cast<StringAttr>(attr);
          if (!nodeNames.count(before))
            return node.emitOpError("ordering dependency on '")
                   << before.getValue()
                   << "', which is not a node earlier in the graph (the "
                      "body order must be a valid schedule)";
        }
      }
      auto [it, inserted] =
          nodeNames.try_emplace(node.getNodeNameAttr(), node);
      if (!inserted) {
        InFlightDiagnostic diag = node.emitOpError("duplicate node name '")
                                  << node.getNodeName() << "'";
        diag.attachNote(it->second->getLoc()) << "previously defined here";
        return diag;
      }
      ArrayAttr names = node.getBufferNames();
      if (names.size() != node->getNumResults())
        return node.emitOpError("has ")
               << node->getNumResults() << " results but " << names.size()
               << " buffer names";
      for (auto [i, name] : llvm::enumerate(names)) {
        auto string = dyn_cast_if_present<StringAttr>(name);
        if (!string)
          return node.emitOpError("buffer name #")
                 << i << " must be a string, got " << name;
        if (string == empty)
          return node.emitOpError("buffer names must not be empty");
        if (failed(checkBufferName(node, string)))
          return failure();
      }
      continue;
    }
    if (isa<OutputOp>(op))
      continue;
    return op.emitOpError("is not allowed in a memsched.graph body: only "
                          "memsched.input, memsched.node and memsched.output "
                          "may appear there");
  }
  return success();
}

//===----------------------------------------------------------------------===//
// InputOp
//===----------------------------------------------------------------------===//

void InputOp::getAsmResultNames(OpAsmSetValueNameFn setNameFn) {
  setNameFn(getResult(), getBufferName());
}

/// The buffer's name, for a message. Read only when there is a message to
/// give: loading a name's storage is a cache miss per buffer at a million
/// buffers.
using BufferLabel = llvm::function_ref<std::string()>;

/// Checks an optional size override.
static LogicalResult checkOverride(Operation *op, BufferLabel buffer,
                                   StringRef key, Attribute value) {
  auto intAttr = dyn_cast_or_null<IntegerAttr>(value);
  if (!intAttr || !intAttr.getType().isSignlessInteger(64))
    return op->emitOpError("buffer ")
           << buffer() << ": " << key << " must be an i64 integer";
  if (intAttr.getInt() < 0)
    return op->emitOpError("buffer ")
           << buffer() << ": " << key << " must be non-negative, got "
           << intAttr.getInt();
  return success();
}

/// Checks that a buffer's size is defined: from its type unless both
/// overrides are given.
static LogicalResult checkSized(Operation *op, BufferLabel buffer, Type type,
                                bool hasAlloc, bool hasFree) {
  if (hasAlloc && hasFree)
    return success();
  auto size = getBufferTypeSize(type, [&]() {
    return op->emitOpError("buffer ") << buffer() << ": ";
  });
  return failure(failed(size));
}

/// A name in quotes, as messages give it.
static std::string quoted(StringRef name) {
  return ("'" + name + "'").str();
}

// Names are checked for emptiness by comparing them with the one empty
// StringAttr of the op's context (attributes are uniqued): unlike the name's
// own getValue() or getContext(), this does not load the name's storage, a
// cache miss per op. The context comes from the op's name, shared by all ops
// of its kind: the op's own getContext() loads its location, another miss.

LogicalResult InputOp::verify() {
  if (getBufferNameAttr() ==
      StringAttr::get(getOperation()->getName().getContext()))
    return emitOpError("buffer name must not be empty");
  if (isa<PackedType>(getType()))
    return emitOpError("a graph input cannot be a packed allocation");
  auto label = [&] { return quoted(getBufferName()); };
  if (auto alloc = getSizeAllocAttr())
    if (failed(checkOverride(*this, label, "size_alloc", alloc)))
      return failure();
  if (auto free = getSizeFreeAttr())
    if (failed(checkOverride(*this, label, "size_free", free)))
      return failure();
  if (isResident())
    return success(); // Not counted: its size does not matter.
  return checkSized(*this, label, getType(),
                    getSizeAllocAttr() != nullptr,
                    getSizeFreeAttr() != nullptr);
}

//===----------------------------------------------------------------------===//
// NodeOp
//===----------------------------------------------------------------------===//

void NodeOp::getAsmResultNames(OpAsmSetValueNameFn setNameFn) {
  ArrayAttr names = getBufferNames();
  // An invalid op being printed keeps the default names.
  if (!names || names.size() != getNumResults() ||
      !llvm::all_of(names, [](Attribute name) {
        return isa_and_present<StringAttr>(name);
      }))
    return;
  for (unsigned i = 0, e = getNumResults(); i < e; ++i)
    setNameFn(getResult(i), getResultName(i));
}

/// Result `i`'s name in quotes for a message, or its number if it has no
/// string name (the graph's verifier reports that, after the node's).
static std::string resultLabelOf(NodeOp op, unsigned i) {
  ArrayAttr names = op.getBufferNames();
  if (i < names.size())
    if (auto name = dyn_cast_if_present<StringAttr>(names[i]))
      return quoted(name.getValue());
  return (llvm::Twine("#") + llvm::Twine(i)).str();
}

StringRef NodeOp::getResultName(unsigned i) {
  return cast<StringAttr>(getBufferNames()[i]).getValue();
}

DictionaryAttr NodeOp::getBufferAttrDict(unsigned i) {
  if (ArrayAttr attrs = getBufferAttrsAttr())
    if (i < attrs.size())
      return cast<DictionaryAttr>(attrs[i]);
  return DictionaryAttr();
}

LogicalResult NodeOp::verify() {
  // The operand and result groups first: every accessor relies on them.
  int64_t numReads = getNumReads(), numMutates = getNumMutates();
  if (numReads < 0 || numMutates < 0 ||
      numReads + numMutates > getNumOperands())
    return emitOpError("num_reads (")
           << numReads << ") and num_mutates (" << numMutates
           << ") must be non-negative and fit in its " << getNumOperands()
           << " operand(s)";
  if (getNumOperands() - numReads - numMutates > 1)
    return emitOpError("has ")
           << getNumOperands() - numReads - numMutates
           << " operands after its reads and mutated buffers; only one, "
              "the packed allocation it unpacks, is allowed";
  if (Value packed = getUnpacks(); packed && !isa<PackedType>(packed.getType()))
    return emitOpError("unpacks an operand of type ")
           << packed.getType() << "; expected !memsched.packed";
  if (numMutates > getNumResults())
    return emitOpError("mutates ")
           << numMutates << " buffer(s) but has only " << getNumResults()
           << " result(s); its first results are one alias per mutated buffer";
  MLIRContext *context = getOperation()->getName().getContext();
  if (getNodeNameAttr() == StringAttr::get(context))
    return emitOpError("node name must not be empty");
  // The buffer names (one non-empty string per result, each given once)
  // are checked by the graph's verifier, see MemSched_NameArrayAttr.
  if (ArrayAttr attrs = getBufferAttrsAttr())
    if (attrs.size() != getBuffers().size())
      return emitOpError("has ")
             << getBuffers().size() << " new buffers but "
             << attrs.size() << " buffer_attrs entries";

  // Every operand is a buffer of this graph (a node or input result)
  // without a check here: the graph is isolated from above, and its body
  // admits no block arguments and no ops other than inputs, nodes and the
  // output (GraphOp::verifyRegions reports any other op where it stands).
  // Checking each operand's definition here as well loaded every edge's
  // defining op. MLIR verifies nested ops before their parent's region, so
  // the guarantee holds once the whole graph is verified, not inside this
  // verifier: nothing here may rely on an operand's defining op.

  llvm::SmallDenseSet<Value> mutated;
  for (auto [i, value] : llvm::enumerate(getMutates())) {
    if (isa<PackedType>(value.getType()))
      return emitOpError("cannot mutate a packed allocation in place; mutate "
                         "one of its parts");
    if (!mutated.insert(value).second)
      return emitOpError("mutates the same buffer twice (mutated operand #")
             << i << ")";
    if (getAliases()[i].getType() != value.getType())
      return emitOpError("alias ")
             << resultLabelOf(*this, i) << " has type " << getAliases()[i].getType()
             << " but the buffer it aliases has type " << value.getType();
  }

  unsigned numAliases = getAliases().size();
  for (auto [i, buffer] : llvm::enumerate(getBuffers())) {
    auto name = [&, i = i] { return resultLabelOf(*this, numAliases + i); };
    DictionaryAttr dict = getBufferAttrDict(i);
    bool hasAlloc = false, hasFree = false;
    for (NamedAttribute entry : dict ? dict.getValue()
                                     : ArrayRef<NamedAttribute>()) {
      if (entry.getName() != "size_alloc" && entry.getName() != "size_free")
        return emitOpError("buffer ")
               << name() << ": unknown attribute '" << entry.getName().strref()
               << "' (expected size_alloc or size_free)";
      if (failed(checkOverride(*this, name, entry.getName().strref(),
                               entry.getValue())))
        return failure();
      hasAlloc |= entry.getName() == "size_alloc";
      hasFree |= entry.getName() == "size_free";
    }
    if (isa<PackedType>(buffer.getType())) {
      if (getUnpacks())
        return emitOpError("buffer ")
               << name() << ": a part of a packed allocation cannot itself be "
                            "packed";
      continue; // Sized by its parts.
    }
    if (failed(checkSized(*this, name, buffer.getType(), hasAlloc, hasFree)))
      return failure();
  }
  return success();
}
