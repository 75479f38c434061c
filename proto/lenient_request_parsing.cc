#include "lenient_request_parsing.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>
#include <google/protobuf/reflection.h>
#include <google/protobuf/unknown_field_set.h>
#include <grpcpp/impl/codegen/proto_utils.h>

#include <vector>

#include "galley/v1/alignment_service.pb.h"
#include "galley/v1/check_service.pb.h"
#include "galley/v1/review_service.pb.h"

namespace galley::wire {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::UnknownField;
using google::protobuf::UnknownFieldSet;

// Copies the fields of `fields` into `message` by field number, without UTF-8 checks. Handles
// the field types galley.v1 requests use: strings, bytes, nested messages, varints (bool, enum,
// integers) and fixed-width numbers. Unknown numbers are dropped, as a strict parse would keep
// them as unknown fields that nothing reads.
bool CopyFields(const UnknownFieldSet& fields, Message* message, int depth) {
  if (depth > 16) return false;
  const auto* descriptor = message->GetDescriptor();
  const auto* reflection = message->GetReflection();
  for (int i = 0; i < fields.field_count(); ++i) {
    const UnknownField& field = fields.field(i);
    const FieldDescriptor* fd = descriptor->FindFieldByNumber(field.number());
    if (fd == nullptr) continue;
    const bool repeated = fd->is_repeated();
    switch (fd->cpp_type()) {
      case FieldDescriptor::CPPTYPE_STRING:
        if (field.type() != UnknownField::TYPE_LENGTH_DELIMITED) return false;
        repeated ? reflection->AddString(message, fd, field.length_delimited())
                 : reflection->SetString(message, fd, field.length_delimited());
        break;
      case FieldDescriptor::CPPTYPE_MESSAGE: {
        if (field.type() != UnknownField::TYPE_LENGTH_DELIMITED) return false;
        UnknownFieldSet inner;
        if (!inner.ParseFromString(field.length_delimited())) return false;
        Message* child = repeated ? reflection->AddMessage(message, fd)
                                  : reflection->MutableMessage(message, fd);
        if (!CopyFields(inner, child, depth + 1)) return false;
        break;
      }
      case FieldDescriptor::CPPTYPE_BOOL:
        if (field.type() != UnknownField::TYPE_VARINT) return false;
        repeated ? reflection->AddBool(message, fd, field.varint() != 0)
                 : reflection->SetBool(message, fd, field.varint() != 0);
        break;
      case FieldDescriptor::CPPTYPE_ENUM:
        if (field.type() != UnknownField::TYPE_VARINT) return false;
        repeated ? reflection->AddEnumValue(message, fd, static_cast<int>(field.varint()))
                 : reflection->SetEnumValue(message, fd, static_cast<int>(field.varint()));
        break;
      case FieldDescriptor::CPPTYPE_INT32:
        if (field.type() != UnknownField::TYPE_VARINT) return false;
        repeated ? reflection->AddInt32(message, fd, static_cast<int32_t>(field.varint()))
                 : reflection->SetInt32(message, fd, static_cast<int32_t>(field.varint()));
        break;
      case FieldDescriptor::CPPTYPE_UINT32:
        if (field.type() != UnknownField::TYPE_VARINT) return false;
        repeated ? reflection->AddUInt32(message, fd, static_cast<uint32_t>(field.varint()))
                 : reflection->SetUInt32(message, fd, static_cast<uint32_t>(field.varint()));
        break;
      case FieldDescriptor::CPPTYPE_INT64:
        if (field.type() != UnknownField::TYPE_VARINT) return false;
        repeated ? reflection->AddInt64(message, fd, static_cast<int64_t>(field.varint()))
                 : reflection->SetInt64(message, fd, static_cast<int64_t>(field.varint()));
        break;
      case FieldDescriptor::CPPTYPE_UINT64:
        if (field.type() != UnknownField::TYPE_VARINT) return false;
        repeated ? reflection->AddUInt64(message, fd, field.varint())
                 : reflection->SetUInt64(message, fd, field.varint());
        break;
      default:
        // double/float: not used by requests; refuse rather than guess.
        return false;
    }
  }
  return true;
}

}  // namespace

grpc::Status Serialize(const Message& message, grpc::ByteBuffer* buffer, bool* own_buffer) {
  return grpc::GenericSerialize<grpc::ProtoBufferWriter, Message>(message, buffer, own_buffer);
}

grpc::Status DeserializeLeniently(grpc::ByteBuffer* buffer, Message* message) {
  if (buffer == nullptr) return grpc::Status(grpc::StatusCode::INTERNAL, "no payload");
  std::vector<grpc::Slice> slices;
  const grpc::Status dumped = buffer->Dump(&slices);
  buffer->Clear();
  if (!dumped.ok()) return dumped;
  std::string bytes;
  for (const auto& slice : slices) {
    bytes.append(reinterpret_cast<const char*>(slice.begin()), slice.size());
  }
  if (message->ParseFromString(bytes)) return grpc::Status::OK;
  message->Clear();
  UnknownFieldSet fields;
  if (!fields.ParseFromString(bytes) || !CopyFields(fields, message, 0)) {
    message->Clear();
    return grpc::Status(grpc::StatusCode::INTERNAL, "request is not a valid protobuf message");
  }
  return grpc::Status::OK;
}

}  // namespace galley::wire

#define GALLEY_DEFINE_LENIENT_TRAITS(Type)                                                   \
  grpc::Status grpc::SerializationTraits<Type, void>::Serialize(                             \
      const Type& message, grpc::ByteBuffer* buffer, bool* own_buffer) {                     \
    return galley::wire::Serialize(message, buffer, own_buffer);                             \
  }                                                                                          \
  grpc::Status grpc::SerializationTraits<Type, void>::Deserialize(grpc::ByteBuffer* buffer,  \
                                                                 Type* message) {            \
    return galley::wire::DeserializeLeniently(buffer, message);                              \
  }

GALLEY_DEFINE_LENIENT_TRAITS(galley::v1::SegmentRequest)
GALLEY_DEFINE_LENIENT_TRAITS(galley::v1::AlignRequest)
GALLEY_DEFINE_LENIENT_TRAITS(galley::v1::CheckRequest)
GALLEY_DEFINE_LENIENT_TRAITS(galley::v1::CheckBatchRequest)
GALLEY_DEFINE_LENIENT_TRAITS(galley::v1::SubmitArticleRequest)
GALLEY_DEFINE_LENIENT_TRAITS(galley::v1::ResolveTaskRequest)
