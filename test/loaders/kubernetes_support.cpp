#include "kubernetes_support.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace infralint::loaders::testing {

LoadedManifest::LoadedManifest(std::string_view name, std::string_view text) {
  dir_.write(name, text);
  ChangeDir cd(dir_.path());
  result_ = load({std::string(name)}, {});
}

const model::Stack& LoadedManifest::stack() const {
  const model::Stack* found = nullptr;
  for (const auto& s : result_.graph.stacks()) {
    if (s->format != model::Format::Kubernetes) continue;
    EXPECT_EQ(found, nullptr) << "more than one Kubernetes stack";
    found = s.get();
  }
  if (!found) throw std::runtime_error("no Kubernetes stack");
  return *found;
}

std::vector<std::string> LoadedManifest::resources() const {
  std::vector<std::string> out;
  for (const model::Resource& r : stack().resources)
    out.push_back(r.type + " " + r.id + " @" + position(r.location) + " kind@" + position(r.type_location));
  return out;
}

std::vector<std::string> LoadedManifest::diagnostics() const {
  static constexpr const char* kSeverity[] = {"error", "warning", "note"};
  std::vector<std::string> out;
  for (const model::Diagnostic& d : result_.diagnostics)
    out.push_back(std::string(kSeverity[static_cast<int>(d.severity)]) + " " + std::to_string(d.line) + ":" +
                  std::to_string(d.column) + " " + d.message);
  return out;
}

std::string LoadedManifest::skip_reason() const { return result_.skipped.empty() ? "" : result_.skipped.front().reason; }

std::string LoadedManifest::pointer_of(const model::Resource& resource) const {
  model::Resource whole;  // only to search the stack's document for the node
  whole.node = &resource.stack->root;
  return whole.pointer_of(resource.node);
}

const model::Resource& LoadedManifest::resource(std::string_view id) const {
  const model::Resource* r = stack().find(id);
  if (!r) throw std::runtime_error("no resource " + std::string(id));
  return *r;
}

std::vector<std::string> references_of(const model::Resource& resource) {
  std::vector<std::string> out;
  for (const model::Reference& ref : resource.references) {
    EXPECT_EQ(ref.kind, model::Reference::Kind::Other);
    EXPECT_NE(ref.at, nullptr);
    out.push_back(ref.name + " -> " + (ref.target ? ref.target->id : "-"));
  }
  return out;
}

}  // namespace infralint::loaders::testing
