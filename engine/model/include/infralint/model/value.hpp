// A document value that remembers where it was written.
//
// Every loader (JSON, YAML, Kubernetes, Terraform) produces this one tree type, so
// rules and reporters never know which syntax a template came from. Objects keep
// document order, so output follows the file a person reads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace infralint::model {

// Position of a value in its source. `file` indexes the scan's file table
// (Graph::files()); line and column are 1-based, 0 means unknown.
struct Location {
  std::uint32_t file = 0;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  friend bool operator==(const Location&, const Location&) = default;
};

// How a value came to be: written in the input, filled in from a default (a
// parameter's Default, a Terraform variable default), or not knowable before deploy
// (an Fn::ImportValue, a Terraform unknown). "Unresolved" is never compliant by
// accident: rules must look at it.
enum class Origin : std::uint8_t { Written, Defaulted, Unresolved };

struct Member;

class Value {
 public:
  enum class Kind : std::uint8_t { Null, Bool, Number, String, Array, Object };
  using Array = std::vector<Value>;
  using Object = std::vector<Member>;

  Value() = default;  // null at an unknown location
  static Value null(Location at = {});
  static Value boolean(bool b, Location at = {});
  // Numbers keep their source text ("5", "1.10", "012"): CloudFormation passes most
  // numbers on as strings, and rules compare them both ways.
  static Value number(std::string text, Location at = {});
  static Value string(std::string s, Location at = {});
  static Value array(Array items, Location at = {});
  static Value object(Object members, Location at = {});

  Kind kind() const { return kind_; }
  bool is_null() const { return kind_ == Kind::Null; }
  bool is_bool() const { return kind_ == Kind::Bool; }
  bool is_number() const { return kind_ == Kind::Number; }
  bool is_string() const { return kind_ == Kind::String; }
  bool is_array() const { return kind_ == Kind::Array; }
  bool is_object() const { return kind_ == Kind::Object; }
  // A string, number or bool: what cdk-nag calls a primitive.
  bool is_scalar() const { return kind_ == Kind::Bool || kind_ == Kind::Number || kind_ == Kind::String; }

  Location location() const { return location_; }
  void set_location(Location at) { location_ = at; }
  Origin origin() const { return origin_; }
  void set_origin(Origin o) { origin_ = o; }

  bool as_bool() const;                // precondition: is_bool()
  std::string_view as_string() const;  // the text of a string or number, "" otherwise
  // A number, or a string that reads as one ("30"); nullopt otherwise.
  std::optional<double> as_number() const;
  // CloudFormation's reading of a boolean: true/false or "true"/"false" in any case.
  std::optional<bool> as_flag() const;

  const Array& items() const;  // empty unless is_array()
  Array& items();              // precondition: is_array()
  const Object& members() const;  // empty unless is_object()
  Object& members();              // precondition: is_object()
  std::size_t size() const;       // members or items; 0 for scalars

  // The member named `key`, or nullptr (also when this is not an object).
  const Value* find(std::string_view key) const;
  // RFC 6901 pointer ("/Properties/Tags/0/Key", "~1" and "~0" escapes); "" is this.
  const Value* at(std::string_view pointer) const;
  // The member named `key`, with its key's location; nullptr when absent.
  const Member* find_member(std::string_view key) const;

  // The intrinsic function this value spells, if it is a one-member object whose key
  // is "Ref", "Condition" or starts with "Fn::"; "" otherwise.
  std::string_view intrinsic() const;
  // The argument of that intrinsic (the one member's value); precondition: intrinsic() != "".
  const Value& intrinsic_argument() const;

  // Deep structural equality, ignoring locations and origins.
  friend bool operator==(const Value& a, const Value& b);

 private:
  using Payload = std::variant<std::monostate, bool, std::string, Array, Object>;
  // Defined in value.cpp: Member is incomplete here, and clang instantiates the
  // variant's move constructor (which destroys a vector<Member>) for an inline body.
  Value(Kind k, Payload p, Location at);

  Payload payload_;
  Location location_;
  Kind kind_ = Kind::Null;
  Origin origin_ = Origin::Written;
};

struct Member {
  std::string key;
  Location key_location;  // where the key was written: the line a reviewer looks at
  Value value;
};

// Appends `token` to `pointer`, escaping it as RFC 6901 says.
void append_pointer_token(std::string& pointer, std::string_view token);

}  // namespace infralint::model
