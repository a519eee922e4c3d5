//===- JsonText.h - JSON checked and read in place, without a DOM -*- C++ -*-===//
//
// The Inductor importer reads files of hundreds of megabytes. Parsing them
// into llvm::json values costs about forty times the file's size in memory
// (every object is a hash map, every string and key its own allocation), so
// the importer instead checks the text once and then reads the few fields it
// needs straight from it:
//
//  - validate() accepts exactly what llvm::json::parse accepts and reports
//    the same message at the same position ("[line:col, byte=N]: what"), so
//    a file is judged as it was before. It builds no values (it allocates
//    only for a number longer than 32 characters, for more than 16 open
//    containers and for its error) and keeps its nesting in a bounded
//    stack, never recursion. Problems are reported in text order: the
//    nesting limit is checked where the text crosses it, after any syntax
//    error earlier in the text.
//  - JsonDoc walks a validated text: a value is the address of its first
//    character, strings are slices of the text unless they hold escapes,
//    and numbers follow llvm::json's rules (integers kept to 64 bits).
//
// Internal to lib/Target (the unit test and the fuzzer include it too).
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_LIB_TARGET_JSONTEXT_H
#define MEMSCHED_LIB_TARGET_JSONTEXT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/StringSaver.h"

#include <cstdint>
#include <optional>
#include <string>

namespace mlir::memsched::jsontext {

/// Why and where a text is not one valid JSON document.
struct SyntaxError {
  std::string message; // llvm::json's wording, e.g. "Expected , or ]
                       // after array element".
  size_t offset = 0;   // Bytes from the start, as llvm::json counts them.
  unsigned line = 1, column = 0; // Column: bytes since the line's start.
  bool tooDeep = false; // Nested deeper than validate()'s maxDepth.

  /// The text llvm::json::parse's error gives: "[line:col, byte=N]: what".
  std::string llvmStyle() const;
};

/// Checks that `text` is one JSON document. Containers nested deeper than
/// `maxDepth` are refused (tooDeep) at the bracket that crosses the limit.
std::optional<SyntaxError> validate(llvm::StringRef text, unsigned maxDepth);

enum class Kind { Null, Boolean, Number, String, Array, Object };

/// A number as llvm::json keeps it: int64 when it fits, else uint64 when
/// it fits, else a double.
struct Number {
  enum { Int, UInt, Double } type = Int;
  int64_t i = 0;
  uint64_t u = 0;
  double d = 0;

  /// The value as a signed 64-bit integer, if it is one: integral doubles
  /// in [-2^63, 2^63) count, as for llvm::json::Value::getAsInteger, except
  /// that 2^63 itself does not (getAsInteger converts it with an overflow).
  std::optional<int64_t> asInt64() const;
  /// True for integers above 2^63-1, as uint64 or as an integral double
  /// (infinity included). llvm::json has no such notion: the importer uses
  /// it to say "larger than 2^63-1 bytes" instead of "not an integer".
  bool isLargeInteger() const;
};

/// Reads a text that validate() accepted. Values are addresses of their
/// first character inside the text.
class JsonDoc {
public:
  explicit JsonDoc(llvm::StringRef text)
      : begin(text.begin()), end(text.end()) {}

  /// The top-level value.
  const char *root() const { return skipSpace(begin); }
  Kind kind(const char *value) const;

  bool boolean(const char *value) const { return *value == 't'; }
  Number number(const char *value) const;
  /// The string's characters: a slice of the text, or, if it holds
  /// escapes, a copy decoded into `scratch` (valid until its next use).
  llvm::StringRef string(const char *value, std::string &scratch) const;
  /// The same, with an escaped string's copy kept in `saver`.
  llvm::StringRef string(const char *value, llvm::StringSaver &saver) const;

  /// Calls f(keyValue, value) for each member of an object in text order;
  /// the key is a string value (read it with string()).
  template <typename F> void forEachMember(const char *object, F &&f) const {
    const char *p = skipSpace(object + 1);
    if (*p == '}')
      return;
    for (;;) {
      const char *key = p;
      p = skipSpace(skipValue(key) /* the key */);
      ++p; // ':'
      const char *value = skipSpace(p);
      f(key, value);
      p = skipSpace(skipValue(value));
      if (*p++ == '}')
        return;
      p = skipSpace(p); // After ','.
    }
  }
  /// Calls f(index, value) for each element of an array.
  template <typename F> void forEachElement(const char *array, F &&f) const {
    const char *p = skipSpace(array + 1);
    if (*p == ']')
      return;
    for (size_t index = 0;; ++index) {
      f(index, p);
      p = skipSpace(skipValue(p));
      if (*p++ == ']')
        return;
      p = skipSpace(p);
    }
  }

  /// The address just past `value`.
  const char *skipValue(const char *value) const;

private:
  const char *skipSpace(const char *p) const {
    while (p != end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
      ++p;
    return p;
  }

  const char *begin, *end;
};

} // namespace mlir::memsched::jsontext

#endif // MEMSCHED_LIB_TARGET_JSONTEXT_H
