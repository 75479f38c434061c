// Lenient parsing of galley.v1 request messages on the wire.
//
// Why: a proto3 `string` holding invalid UTF-8 makes protobuf's parser fail, and gRPC's callback
// server then answers UNIMPLEMENTED with no message, never reaching galleyd's code. Design.md
// promises INVALID_ARGUMENT naming the byte offset. So for the request types below, a parse that
// fails is retried field by field without the UTF-8 check, and the engine's validation reports
// the offset. Responses are unchanged.
//
// This header is force-included (-include) into every translation unit that uses the galley_proto
// target, so that every use of these SerializationTraits sees the same specialization.
#ifndef GALLEY_PROTO_LENIENT_REQUEST_PARSING_H_
#define GALLEY_PROTO_LENIENT_REQUEST_PARSING_H_

#ifdef __cplusplus
#include <grpcpp/impl/codegen/byte_buffer.h>
#include <grpcpp/impl/codegen/serialization_traits.h>
#include <grpcpp/impl/codegen/status.h>

namespace google::protobuf {
class Message;
}

namespace galley::v1 {
class SegmentRequest;
class AlignRequest;
class CheckRequest;
class CheckBatchRequest;
class SubmitArticleRequest;
class ResolveTaskRequest;
}  // namespace galley::v1

namespace galley::wire {
// Serializes as gRPC does for any protobuf message.
grpc::Status Serialize(const google::protobuf::Message& message, grpc::ByteBuffer* buffer,
                       bool* own_buffer);
// Parses `buffer` into `message`; where the strict parse fails, parses field by field without
// checking UTF-8. INTERNAL only for bytes that are not a protobuf message at all.
grpc::Status DeserializeLeniently(grpc::ByteBuffer* buffer, google::protobuf::Message* message);
}  // namespace galley::wire

// Declared here, defined in lenient_request_parsing.cc where the message types are complete.
#define GALLEY_LENIENT_REQUEST_TRAITS(Type)                                              \
  template <>                                                                            \
  class grpc::SerializationTraits<Type, void> {                                          \
   public:                                                                               \
    static grpc::Status Serialize(const Type& message, grpc::ByteBuffer* buffer,         \
                                  bool* own_buffer);                                     \
    static grpc::Status Deserialize(grpc::ByteBuffer* buffer, Type* message);            \
  };

GALLEY_LENIENT_REQUEST_TRAITS(galley::v1::SegmentRequest)
GALLEY_LENIENT_REQUEST_TRAITS(galley::v1::AlignRequest)
GALLEY_LENIENT_REQUEST_TRAITS(galley::v1::CheckRequest)
GALLEY_LENIENT_REQUEST_TRAITS(galley::v1::CheckBatchRequest)
GALLEY_LENIENT_REQUEST_TRAITS(galley::v1::SubmitArticleRequest)
GALLEY_LENIENT_REQUEST_TRAITS(galley::v1::ResolveTaskRequest)

#undef GALLEY_LENIENT_REQUEST_TRAITS
#endif  // __cplusplus

#endif  // GALLEY_PROTO_LENIENT_REQUEST_PARSING_H_
