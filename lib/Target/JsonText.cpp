//===- JsonText.cpp - JSON checked and read in place, without a DOM -------===//
//
// validate() follows llvm::json::parse's grammar (lib/Support/JSON.cpp)
// case by case, including its leniencies (numbers are any run of digits,
// signs, dots and exponents that strtod reads whole; lone surrogates in
// \u escapes become U+FFFD) and the position each error is reported at: the
// unit test compares the two on valid, broken and mutated documents.
//
//===----------------------------------------------------------------------===//

#include "JsonText.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>

using namespace mlir::memsched::jsontext;
using llvm::StringRef;

std::string SyntaxError::llvmStyle() const {
  return llvm::formatv("[{0}:{1}, byte={2}]: {3}", line, column, offset,
                       message)
      .str();
}

static bool isNumberChar(char c) {
  return (c >= '0' && c <= '9') || c == 'e' || c == 'E' || c == '+' ||
         c == '-' || c == '.';
}

/// A run of number characters as llvm::json reads it (strtoll, then
/// strtoull unless negative, then strtod). Returns false if strtod does
/// not read it whole.
static bool convertNumber(StringRef chars, Number &out) {
  llvm::SmallString<32> text(chars); // strto* need a terminator.
  const char *c = text.c_str();
  char *stop;
  errno = 0;
  long long i = std::strtoll(c, &stop, 10);
  if (stop == c + text.size() && errno != ERANGE) {
    out.type = Number::Int;
    out.i = i;
    return true;
  }
  if (text[0] != '-') {
    errno = 0;
    unsigned long long u = std::strtoull(c, &stop, 10);
    if (stop == c + text.size() && errno != ERANGE) {
      out.type = Number::UInt;
      out.u = u;
      return true;
    }
  }
  out.type = Number::Double;
  out.d = std::strtod(c, &stop);
  return stop == c + text.size();
}

static constexpr double kTwoTo63 = 9223372036854775808.0;

std::optional<int64_t> Number::asInt64() const {
  switch (type) {
  case Int:
    return i;
  case UInt:
    if (u <= uint64_t(std::numeric_limits<int64_t>::max()))
      return int64_t(u);
    return std::nullopt;
  case Double: {
    double whole;
    // Strictly below 2^63: converting 2^63 itself would overflow.
    if (std::modf(d, &whole) == 0.0 && d >= -kTwoTo63 && d < kTwoTo63)
      return int64_t(d);
    return std::nullopt;
  }
  }
  return std::nullopt;
}

bool Number::isLargeInteger() const {
  if (type == UInt)
    return u > uint64_t(std::numeric_limits<int64_t>::max());
  double whole;
  return type == Double && std::modf(d, &whole) == 0.0 && d >= kTwoTo63;
}

//===----------------------------------------------------------------------===//
// validate()
//===----------------------------------------------------------------------===//

namespace {
/// One forward pass over the text. `p` moves as llvm::json's parser moves
/// its cursor, so errors are reported where it reports them.
class Validator {
public:
  Validator(StringRef text, unsigned maxDepth)
      : start(text.begin()), p(start), end(text.end()), maxDepth(maxDepth) {}

  std::optional<SyntaxError> run();

private:
  char next() { return p == end ? 0 : *p++; }
  char peek() const { return p == end ? 0 : *p; }
  void eatSpace() {
    while (p != end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
      ++p;
  }
  std::optional<SyntaxError> fail(const char *message, bool tooDeep = false);
  bool literal(const char *rest);
  const char *string();
  bool number();

  const char *start, *p, *end;
  unsigned maxDepth;
};
} // namespace

std::optional<SyntaxError> Validator::fail(const char *message,
                                           bool tooDeep) {
  SyntaxError error;
  error.message = message;
  error.offset = p - start;
  error.tooDeep = tooDeep;
  const char *lineStart = start;
  for (const char *x = start; x < p; ++x)
    if (*x == '\n') {
      ++error.line;
      lineStart = x + 1;
    }
  error.column = p - lineStart;
  return error;
}

/// The rest of null, true or false; stops at the first wrong character.
bool Validator::literal(const char *rest) {
  for (; *rest; ++rest)
    if (next() != *rest)
      return false;
  return true;
}

/// After the opening quote. Returns what is wrong, or null.
const char *Validator::string() {
  for (char c = next(); c != '"'; c = next()) {
    if (p == end)
      return "Unterminated string";
    if ((c & 0x1f) == c)
      return "Control character in string";
    if (c != '\\')
      continue;
    switch (next()) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
      break;
    case 'u': {
      // All four characters are consumed before any is checked.
      char hex[4] = {next(), next(), next(), next()};
      for (char h : hex)
        if (!llvm::isHexDigit(h))
          return "Invalid \\u escape sequence";
      break;
    }
    default:
      return "Invalid escape sequence";
    }
  }
  return nullptr;
}

/// After the first character (already known to be a number character).
bool Validator::number() {
  const char *first = p - 1;
  while (isNumberChar(peek()))
    ++p;
  StringRef chars(first, p - first);
  // The common case, an optional minus and digits, is valid as it is.
  StringRef digits = chars.starts_with("-") ? chars.drop_front() : chars;
  if (!digits.empty() && llvm::all_of(digits, llvm::isDigit))
    return true;
  Number ignored;
  return convertNumber(chars, ignored);
}

std::optional<SyntaxError> Validator::run() {
  size_t bad;
  if (!llvm::json::isUTF8(StringRef(start, end - start), &bad)) {
    p = start + bad;
    return fail("Invalid UTF-8 sequence");
  }
  llvm::SmallVector<char, 16> open; // '[' or '{' for each open container.
  bool wantKey = false;
  for (;;) {
    if (wantKey) {
      if (next() != '"')
        return fail("Expected object key");
      if (const char *error = string())
        return fail(error);
      eatSpace();
      if (next() != ':')
        return fail("Expected : after object key");
      wantKey = false;
    }
    eatSpace();
    if (p == end)
      return fail("Unexpected EOF");
    char c = next();
    switch (c) {
    case 'n':
      if (!literal("ull"))
        return fail("Invalid JSON value (null?)");
      break;
    case 't':
      if (!literal("rue"))
        return fail("Invalid JSON value (true?)");
      break;
    case 'f':
      if (!literal("alse"))
        return fail("Invalid JSON value (false?)");
      break;
    case '"':
      if (const char *error = string())
        return fail(error);
      break;
    case '[':
    case '{': {
      if (open.size() == maxDepth) {
        --p; // Report the bracket itself.
        return fail("nested too deep", /*tooDeep=*/true);
      }
      eatSpace();
      if (peek() == (c == '[' ? ']' : '}')) {
        ++p;
        break;
      }
      open.push_back(c);
      wantKey = c == '{';
      continue;
    }
    default:
      if (!isNumberChar(c))
        return fail("Invalid JSON value");
      if (!number())
        return fail("Invalid JSON value (number?)");
      break;
    }
    // A value ended: close containers until one expects another element.
    for (;;) {
      eatSpace();
      if (open.empty()) {
        if (p != end)
          return fail("Text after end of document");
        return std::nullopt;
      }
      char separator = next();
      if (open.back() == '[') {
        if (separator == ']') {
          open.pop_back();
          continue;
        }
        if (separator != ',')
          return fail("Expected , or ] after array element");
      } else {
        if (separator == '}') {
          open.pop_back();
          continue;
        }
        if (separator != ',')
          return fail("Expected , or } after object property");
        wantKey = true;
      }
      eatSpace();
      break;
    }
  }
}

std::optional<SyntaxError>
mlir::memsched::jsontext::validate(StringRef text, unsigned maxDepth) {
  return Validator(text, maxDepth).run();
}

//===----------------------------------------------------------------------===//
// JsonDoc
//===----------------------------------------------------------------------===//

Kind JsonDoc::kind(const char *value) const {
  switch (*value) {
  case 'n':
    return Kind::Null;
  case 't':
  case 'f':
    return Kind::Boolean;
  case '"':
    return Kind::String;
  case '[':
    return Kind::Array;
  case '{':
    return Kind::Object;
  default:
    return Kind::Number;
  }
}

/// Past the closing quote of the string that opens at `p`.
static const char *skipString(const char *p) {
  for (++p; *p != '"'; ++p)
    if (*p == '\\')
      ++p; // The escaped character (a \u's digits need no care).
  return p + 1;
}

const char *JsonDoc::skipValue(const char *value) const {
  switch (*value) {
  case 'n':
  case 't':
    return value + 4;
  case 'f':
    return value + 5;
  case '"':
    return skipString(value);
  case '[':
  case '{': {
    // Validated text: brackets balance outside strings.
    size_t depth = 0;
    for (const char *p = value;;) {
      char c = *p;
      if (c == '"') {
        p = skipString(p);
        continue;
      }
      ++p;
      if (c == '[' || c == '{')
        ++depth;
      else if ((c == ']' || c == '}') && --depth == 0)
        return p;
    }
  }
  default: {
    const char *p = value;
    while (p != end && isNumberChar(*p))
      ++p;
    return p;
  }
  }
}

Number JsonDoc::number(const char *value) const {
  Number result;
  (void)convertNumber(StringRef(value, skipValue(value) - value), result);
  return result;
}

static void appendUtf8(uint32_t codePoint, std::string &out) {
  if (codePoint < 0x80) {
    out.push_back(char(codePoint));
  } else if (codePoint < 0x800) {
    out.push_back(char(0xC0 | (codePoint >> 6)));
    out.push_back(char(0x80 | (codePoint & 0x3F)));
  } else if (codePoint < 0x10000) {
    out.push_back(char(0xE0 | (codePoint >> 12)));
    out.push_back(char(0x80 | ((codePoint >> 6) & 0x3F)));
    out.push_back(char(0x80 | (codePoint & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (codePoint >> 18)));
    out.push_back(char(0x80 | ((codePoint >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((codePoint >> 6) & 0x3F)));
    out.push_back(char(0x80 | (codePoint & 0x3F)));
  }
}

static uint32_t hex4(const char *p) {
  uint32_t value = 0;
  for (int k = 0; k < 4; ++k)
    value = value * 16 + llvm::hexDigitValue(p[k]);
  return value;
}

/// Decodes the string value at `value` (validated) into `out`.
static void decodeString(const char *value, std::string &out) {
  for (const char *p = value + 1; *p != '"';) {
    if (*p != '\\') {
      out.push_back(*p++);
      continue;
    }
    char escape = p[1];
    p += 2;
    switch (escape) {
    case 'b':
      out.push_back('\b');
      continue;
    case 'f':
      out.push_back('\f');
      continue;
    case 'n':
      out.push_back('\n');
      continue;
    case 'r':
      out.push_back('\r');
      continue;
    case 't':
      out.push_back('\t');
      continue;
    case 'u':
      break;
    default: // '"', '\\' and '/' stand for themselves.
      out.push_back(escape);
      continue;
    }
    // UTF-16 code units; a surrogate without its partner becomes U+FFFD,
    // and the unit after an unpaired leading surrogate is read on its own.
    uint32_t unit = hex4(p);
    p += 4;
    if (unit < 0xD800 || unit >= 0xE000) {
      appendUtf8(unit, out);
    } else if (unit < 0xDC00 && p[0] == '\\' && p[1] == 'u' &&
               hex4(p + 2) >= 0xDC00 && hex4(p + 2) < 0xE000) {
      appendUtf8(0x10000 + ((unit - 0xD800) << 10) + (hex4(p + 2) - 0xDC00),
                 out);
      p += 6;
    } else {
      appendUtf8(0xFFFD, out);
    }
  }
}

StringRef JsonDoc::string(const char *value, std::string &scratch) const {
  const char *p = value + 1;
  while (*p != '"' && *p != '\\')
    ++p;
  if (*p == '"')
    return StringRef(value + 1, p - value - 1);
  scratch.clear();
  decodeString(value, scratch);
  return scratch;
}

StringRef JsonDoc::string(const char *value, llvm::StringSaver &saver) const {
  std::string scratch;
  StringRef str = string(value, scratch);
  return str.data() == scratch.data() ? saver.save(str) : str;
}
