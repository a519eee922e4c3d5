//===- JsonTextTest.cpp - the importer's JSON reader vs llvm::json --------===//
//
// validate() must accept exactly the texts llvm::json::parse accepts, with
// the same message at the same place, and JsonDoc must read back the values
// llvm::json builds. Checked on hand-picked texts and on every single-byte
// deletion, insertion and truncation of a sample document.
//
//===----------------------------------------------------------------------===//

#include "JsonText.h"

#include "llvm/Support/Allocator.h"
#include "llvm/Support/JSON.h"

#include <gtest/gtest.h>

using namespace mlir::memsched::jsontext;
namespace json = llvm::json;

namespace {

/// Rebuilds the value at `value` as an llvm::json::Value by walking the
/// document (test inputs nest a few levels, so recursion is fine here).
json::Value toLlvm(const JsonDoc &doc, const char *value,
                   llvm::StringSaver &saver) {
  switch (doc.kind(value)) {
  case Kind::Null:
    return nullptr;
  case Kind::Boolean:
    return doc.boolean(value);
  case Kind::Number: {
    Number number = doc.number(value);
    if (number.type == Number::Int)
      return number.i;
    if (number.type == Number::UInt)
      return number.u;
    return number.d;
  }
  case Kind::String:
    return doc.string(value, saver).str();
  case Kind::Array: {
    json::Array array;
    doc.forEachElement(value, [&](size_t, const char *item) {
      array.push_back(toLlvm(doc, item, saver));
    });
    return array;
  }
  case Kind::Object: {
    json::Object object;
    doc.forEachMember(value, [&](const char *key, const char *item) {
      object[doc.string(key, saver).str()] = toLlvm(doc, item, saver);
    });
    return object;
  }
  }
  return nullptr;
}

/// Judges `text` both ways; returns a description of any difference.
std::string compare(llvm::StringRef text) {
  std::optional<SyntaxError> ours = validate(text, /*maxDepth=*/1000);
  llvm::Expected<json::Value> theirs = json::parse(text);
  if (!theirs) {
    std::string message = llvm::toString(theirs.takeError());
    if (!ours)
      return "accepted, llvm::json says " + message;
    if (ours->llvmStyle() != message)
      return "says " + ours->llvmStyle() + ", llvm::json says " + message;
    return "";
  }
  if (ours)
    return "rejected (" + ours->llvmStyle() + "), llvm::json accepts it";
  llvm::BumpPtrAllocator allocator;
  llvm::StringSaver saver(allocator);
  JsonDoc doc(text);
  json::Value read = toLlvm(doc, doc.root(), saver);
  if (read != *theirs) {
    std::string a, b;
    llvm::raw_string_ostream(a) << read;
    llvm::raw_string_ostream(b) << *theirs;
    return "reads " + a + ", llvm::json reads " + b;
  }
  return "";
}

// Escapes, surrogates (paired, lone, leading then non-trailing), every kind
// of number llvm::json reads, a repeated key, nesting and odd spacing.
const char *const kSample =
    "{\"nodes\": [{\"name\": \"op \\u2200 \\\"q\\\"\\/\\b\\f\\n\\r\\t\","
    " \"buffer_names\": [\"b\\ud83d\\ude00\", \"\\ud800x\", \"\\udc00\","
    " \"\\ud800\\u0041\"]}],\r\n \"buffers\":[{\"size\":-4,\"s\":1.5e3,"
    "\"u\":18446744073709551615,\"d\":-9223372036854775809,\"x\":+5,"
    "\"y\":.5,\"z\":01,\"k\":\"a\",\"k\":\"b\",\"t\":true,\"f\":false,"
    "\"n\":null,\"e\":[],\"o\":{},\"deep\":[[{\"a\":[1,{}]}]]}\t]}\n";

TEST(JsonText, HandPickedTexts) {
  const char *texts[] = {
      "", "  ", "[", "]", "{", "{}", "[]", "{\"a\":1,\"a\":2}", "+5", ".5",
      "01", "1e", "-", "e5", "1.5e400", "4.0", "[1,]", "{\"a\":1,}",
      "\"\\u00\"", "\"\\ud800\"", "\"a\tb\"", " [] x", "[nul]", "[tru",
      "falsy", "[1 2]", "{\"a\" 1}", "{1:2}", "\"\\x\"", "\"abc", "\"abc\\",
      "\"\\u12G4\"", "\"\\ud800\\u12G4\"", "18446744073709551616",
      "-9223372036854775809", "{\"a\":[1,2", "[\"\xff\"]", "\"\xc3\xa9\"",
      "{\"a\":{\"b\":[true,false,null]}}", "[1,2]\n\n  3", "\n\n\"\x01\"",
      "[--1]", "[1.2.3]", "[\"\\u0041\\u00e9\"]", "nan", "[-]", "[0x10]",
      "{\"k\":1 \"j\":2}", "[\"a\"\"b\"]", "{\"a\":}", "[,]", "\"\\\"",
  };
  for (const char *text : texts)
    EXPECT_EQ(compare(text), "") << "text: " << text;
}

TEST(JsonText, SampleAndEveryEditOfIt) {
  std::string sample = kSample;
  ASSERT_EQ(compare(sample), "");
  const char inserts[] = {'"', '\\', ',', ':', '[', ']', '{', '}', ' ',
                          '\n', '1', '-', 'e', 'u', 'x', '\x01', '\xff'};
  for (size_t at = 0; at <= sample.size(); ++at) {
    std::string truncated = sample.substr(0, at);
    EXPECT_EQ(compare(truncated), "") << "truncated at " << at;
    if (at < sample.size()) {
      std::string deleted = sample;
      deleted.erase(at, 1);
      EXPECT_EQ(compare(deleted), "") << "byte " << at << " deleted";
    }
    for (char c : inserts) {
      std::string inserted = sample;
      inserted.insert(at, 1, c);
      EXPECT_EQ(compare(inserted), "")
          << "byte " << int(c) << " inserted at " << at;
    }
  }
}

TEST(JsonText, DepthLimitStopsAtTheBracketThatCrossesIt) {
  std::optional<SyntaxError> error = validate("[{\"a\": [[1]]}]", 3);
  ASSERT_TRUE(error);
  EXPECT_TRUE(error->tooDeep);
  EXPECT_EQ(error->offset, 8u);
  EXPECT_FALSE(validate("[{\"a\": [1]}]", 3));
  // Empty containers count too.
  EXPECT_TRUE(validate("[[[[]]]]", 3));
}

TEST(JsonText, NumbersAsSizes) {
  auto read = [](const char *text) {
    JsonDoc doc(text);
    return doc.number(doc.root());
  };
  EXPECT_EQ(read("42").asInt64(), 42);
  EXPECT_EQ(read("4.0").asInt64(), 4);
  EXPECT_EQ(read("-0").asInt64(), 0);
  EXPECT_FALSE(read("4.5").asInt64());
  EXPECT_FALSE(read("4.5").isLargeInteger());
  EXPECT_EQ(read("9223372036854775807").asInt64(), INT64_MAX);
  // 2^63 as a double is an integer, but not an int64 (llvm::json converts
  // it with an overflow).
  EXPECT_FALSE(read("9223372036854775808.0").asInt64());
  EXPECT_TRUE(read("9223372036854775808.0").isLargeInteger());
  EXPECT_TRUE(read("18446744073709551615").isLargeInteger());
  EXPECT_TRUE(read("1e30").isLargeInteger());
  EXPECT_FALSE(read("-1e30").isLargeInteger());
  EXPECT_FALSE(read("-1e30").asInt64());
}

} // namespace
