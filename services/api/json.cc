#include "services/api/json.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/util/json_util.h>

#include <cfloat>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <mutex>
#include <type_traits>
#include <unordered_map>

#include "common/base/str_cat.h"
#include "common/text/utf8.h"

namespace galley::api {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

// protobuf's JSON printer goes message -> binary -> a tree of default values -> text, which costs
// more than checking an article (a quarter of `galley check --batch` time). The messages Galley
// prints use a small part of proto3, which is printed here directly, byte for byte as protobuf
// prints it (json_test.cc compares the two on every kind of response); a message using anything
// else (maps, oneofs, bytes, explicit presence, well-known types) goes to protobuf's printer.

// Whether every field of `descriptor`, recursively, is one the direct printer handles.
bool DirectlyPrintable(const Descriptor* descriptor) {
  static std::mutex mutex;
  static std::unordered_map<const Descriptor*, bool> known;  // GUARDED_BY(mutex)
  {
    std::lock_guard lock(mutex);
    if (const auto it = known.find(descriptor); it != known.end()) return it->second;
    known[descriptor] = true;  // Assumed while recursing (a message may contain itself).
  }
  bool ok = descriptor->file()->package() != "google.protobuf" && descriptor->oneof_decl_count() == 0;
  for (int i = 0; ok && i < descriptor->field_count(); ++i) {
    const FieldDescriptor* f = descriptor->field(i);
    if (f->is_map() || f->type() == FieldDescriptor::TYPE_BYTES || f->has_optional_keyword() ||
        f->type() == FieldDescriptor::TYPE_GROUP) {
      ok = false;
    } else if (f->type() == FieldDescriptor::TYPE_MESSAGE) {
      ok = DirectlyPrintable(f->message_type());
    }
  }
  std::lock_guard lock(mutex);
  known[descriptor] = ok;
  return ok;
}

void AppendHex4(unsigned value, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  *out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) *out += kHex[(value >> shift) & 15];
}

// Whether protobuf's JSON printer escapes this code point (besides the ASCII ones below): C1
// controls and the invisible formatting characters JavaScript mishandles.
bool EscapedCodePoint(char32_t c) {
  return (c >= 0x7F && c < 0xA0) || c == 0xAD || c == 0x6DD || c == 0x70F || c == 0x17B4 ||
         c == 0x17B5 || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB) || (c >= 0x600 && c <= 0x603) ||
         (c >= 0x200B && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x2064) || (c >= 0x206A && c <= 0x206F) || c == 0xE0001 ||
         (c >= 0x1D173 && c <= 0x1D17A) || (c >= 0xE0020 && c <= 0xE007F);
}

// The length of the valid UTF-8 sequence at s[i] (a lead byte >= 0x80), or 0 if it is invalid:
// overlong forms, surrogates and code points past U+10FFFF are invalid, as for protobuf.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  const auto continuation = [&](size_t k) { return k < s.size() && (byte(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return continuation(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!continuation(i + 1) || !continuation(i + 2)) return 0;
    if (c == 0xE0 && byte(i + 1) < 0xA0) return 0;   // Overlong.
    if (c == 0xED && byte(i + 1) >= 0xA0) return 0;  // Surrogate.
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!continuation(i + 1) || !continuation(i + 2) || !continuation(i + 3)) return 0;
    if (c == 0xF0 && byte(i + 1) < 0x90) return 0;   // Overlong.
    if (c == 0xF4 && byte(i + 1) >= 0x90) return 0;  // Past U+10FFFF.
    return 4;
  }
  return 0;
}

// Appends `s` as a JSON string, escaped as protobuf escapes it. Returns false (having appended
// part of it) if `s` is not valid UTF-8. Runs of characters that need no escape are copied whole.
bool AppendString(std::string_view s, std::string* out) {
  out->push_back('"');
  size_t run = 0;  // Start of the pending run of characters copied as they are.
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '<' && c != '>') {
      ++i;
      continue;
    }
    if (c >= 0xEA && c <= 0xEC && i + 2 < s.size() && (s[i + 1] & 0xC0) == 0x80 &&
        (s[i + 2] & 0xC0) == 0x80) {
      i += 3;  // Hangul and the rest of U+A000-U+CFFF: valid, never escaped.
      continue;
    }
    if (c >= 0x80) {
      const size_t length = Utf8SequenceLength(s, i);
      if (length == 0) return false;
      size_t next = i;
      const char32_t cp = text::DecodeUtf8(s, &next);
      if (!EscapedCodePoint(cp)) {
        i += length;
        continue;
      }
      out->append(s.substr(run, i - run));
      if (cp < 0x10000) {
        AppendHex4(static_cast<unsigned>(cp), out);
      } else {  // As a UTF-16 surrogate pair.
        const char32_t v = cp - 0x10000;
        AppendHex4(static_cast<unsigned>(0xD800 + (v >> 10)), out);
        AppendHex4(static_cast<unsigned>(0xDC00 + (v & 0x3FF)), out);
      }
      i += length;
      run = i;
      continue;
    }
    out->append(s.substr(run, i - run));
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      case '<': out->append("\\u003c"); break;
      case '>': out->append("\\u003e"); break;
      default: AppendHex4(c, out);  // Other controls and DEL.
    }
    run = ++i;
  }
  out->append(s.substr(run, i - run));
  out->push_back('"');
  return true;
}

// Shortest of %.15g / %.17g (%.6g / %.9g for float) that reads back as the same value, as
// protobuf's SimpleDtoa / SimpleFtoa; infinities and NaN as the strings proto3 JSON uses.
template <typename Float>
void AppendFloat(Float value, std::string* out) {
  if (value != value) {
    *out += "\"NaN\"";
    return;
  }
  if (value > std::numeric_limits<Float>::max()) {
    *out += "\"Infinity\"";
    return;
  }
  if (value < -std::numeric_limits<Float>::max()) {
    *out += "\"-Infinity\"";
    return;
  }
  constexpr bool kDouble = std::is_same_v<Float, double>;
  // std::to_chars with a precision formats exactly as printf's %.*g, without printf's cost.
  char buffer[40];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof(buffer), value,
                                    std::chars_format::general, kDouble ? DBL_DIG : FLT_DIG);
  Float back{};
  std::from_chars(buffer, end, back);
  if (back != value) {
    end = std::to_chars(buffer, buffer + sizeof(buffer), value, std::chars_format::general,
                        kDouble ? DBL_DIG + 2 : FLT_DIG + 3)
              .ptr;
  }
  (void)error;
  out->append(buffer, end);
}

// In decimal, as std::to_string writes it, without a temporary string: most of a report's values
// are its byte offsets.
template <typename Integer>
void AppendInteger(Integer value, std::string* out) {
  char buffer[24];  // 20 digits and a sign at most.
  out->append(buffer, std::to_chars(buffer, buffer + sizeof(buffer), value).ptr);
}

// Returns false when a string is not valid UTF-8 (the caller falls back to protobuf).
bool AppendMessage(const Message& message, std::string* out);

bool AppendValue(const Message& message, const Reflection* r, const FieldDescriptor* f, int index,
                 std::string* out) {
  const bool repeated = index >= 0;
  switch (f->cpp_type()) {
    case FieldDescriptor::CPPTYPE_INT32:
      AppendInteger(repeated ? r->GetRepeatedInt32(message, f, index) : r->GetInt32(message, f),
                    out);
      return true;
    case FieldDescriptor::CPPTYPE_UINT32:
      AppendInteger(repeated ? r->GetRepeatedUInt32(message, f, index) : r->GetUInt32(message, f),
                    out);
      return true;
    case FieldDescriptor::CPPTYPE_INT64:  // 64-bit integers are JSON strings in proto3.
      out->push_back('"');
      AppendInteger(repeated ? r->GetRepeatedInt64(message, f, index) : r->GetInt64(message, f),
                    out);
      out->push_back('"');
      return true;
    case FieldDescriptor::CPPTYPE_UINT64:
      out->push_back('"');
      AppendInteger(repeated ? r->GetRepeatedUInt64(message, f, index) : r->GetUInt64(message, f),
                    out);
      out->push_back('"');
      return true;
    case FieldDescriptor::CPPTYPE_DOUBLE:
      AppendFloat(repeated ? r->GetRepeatedDouble(message, f, index) : r->GetDouble(message, f),
                  out);
      return true;
    case FieldDescriptor::CPPTYPE_FLOAT:
      AppendFloat(repeated ? r->GetRepeatedFloat(message, f, index) : r->GetFloat(message, f),
                  out);
      return true;
    case FieldDescriptor::CPPTYPE_BOOL:
      *out += (repeated ? r->GetRepeatedBool(message, f, index) : r->GetBool(message, f))
                  ? "true"
                  : "false";
      return true;
    case FieldDescriptor::CPPTYPE_ENUM: {
      const int number = repeated ? r->GetRepeatedEnumValue(message, f, index)
                                  : r->GetEnumValue(message, f);
      if (const auto* value = f->enum_type()->FindValueByNumber(number)) {
        out->push_back('"');
        out->append(value->name());
        out->push_back('"');
      } else {
        *out += std::to_string(number);
      }
      return true;
    }
    case FieldDescriptor::CPPTYPE_STRING: {
      std::string scratch;
      const std::string& s = repeated ? r->GetRepeatedStringReference(message, f, index, &scratch)
                                      : r->GetStringReference(message, f, &scratch);
      return AppendString(s, out);
    }
    case FieldDescriptor::CPPTYPE_MESSAGE:
      return AppendMessage(
          repeated ? r->GetRepeatedMessage(message, f, index) : r->GetMessage(message, f), out);
  }
  return false;
}

bool AppendMessage(const Message& message, std::string* out) {
  const Descriptor* d = message.GetDescriptor();
  const Reflection* r = message.GetReflection();
  *out += '{';
  bool first = true;
  for (int i = 0; i < d->field_count(); ++i) {
    const FieldDescriptor* f = d->field(i);
    // Unset message fields are left out; everything else is printed, defaults included.
    if (f->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE && !f->is_repeated() &&
        !r->HasField(message, f)) {
      continue;
    }
    if (!first) *out += ',';
    first = false;
    out->push_back('"');
    out->append(f->name());
    out->append("\":");
    if (f->is_repeated()) {
      *out += '[';
      const int n = r->FieldSize(message, f);
      for (int k = 0; k < n; ++k) {
        if (k > 0) *out += ',';
        if (!AppendValue(message, r, f, k, out)) return false;
      }
      *out += ']';
    } else if (!AppendValue(message, r, f, -1, out)) {
      return false;
    }
  }
  *out += '}';
  return true;
}

}  // namespace

absl::StatusOr<std::string> ToJson(const google::protobuf::Message& message) {
  if (DirectlyPrintable(message.GetDescriptor())) {
    std::string out;
    out.reserve(static_cast<size_t>(message.ByteSizeLong()) * 5 / 4 + 64);
    if (AppendMessage(message, &out)) return out;
  }
  return ToJsonWithProtobuf(message);
}

absl::StatusOr<std::string> ToJsonWithProtobuf(const google::protobuf::Message& message) {
  google::protobuf::util::JsonPrintOptions options;
  options.always_print_primitive_fields = true;
  options.preserve_proto_field_names = true;
  std::string out;
  const auto status = google::protobuf::util::MessageToJsonString(message, &out, options);
  if (!status.ok()) {
    return absl::InternalError(galley::StrCat("cannot print JSON: ", status.ToString()));
  }
  return out;
}

absl::Status FromJson(const std::string& json, google::protobuf::Message* message) {
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = false;
  const auto status = google::protobuf::util::JsonStringToMessage(json, message, options);
  if (!status.ok()) {
    return absl::InvalidArgumentError(galley::StrCat("invalid JSON: ", status.ToString()));
  }
  return absl::OkStatus();
}

}  // namespace galley::api
