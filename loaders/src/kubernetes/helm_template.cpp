#include "kubernetes/helm_template.hpp"

#include "utf8.hpp"

namespace infralint::loaders::detail::kubernetes {

namespace {

std::string_view line_of(std::string_view text, std::uint32_t line) {
  std::size_t start = 0;
  for (std::uint32_t i = 1; i < line; ++i) {
    start = text.find('\n', start);
    if (start == std::string_view::npos) return {};
    ++start;
  }
  std::string_view content = text.substr(start, text.find('\n', start) - start);
  if (content.ends_with('\r')) content.remove_suffix(1);
  return content;
}

// The line without its comment: '#' at the start or after a blank begins one. (A '#'
// inside a quoted string is cut too; the line is then only looked at less.)
std::string_view without_comment(std::string_view content) {
  for (std::size_t i = 0; i < content.size(); ++i)
    if (content[i] == '#' && (i == 0 || content[i - 1] == ' ' || content[i - 1] == '\t')) return content.substr(0, i);
  return content;
}

}  // namespace

std::optional<TemplateFailure> explain_template_failure(std::string_view text, std::uint32_t line,
                                                        std::string_view parser_message) {
  if (line == 0) return std::nullopt;
  const std::string_view content = without_comment(line_of(text, line));
  // CloudFormation's dynamic references ('{{resolve:ssm:name}}') are no templates.
  std::size_t open = content.find("{{");
  while (open != std::string_view::npos && content.substr(open + 2).starts_with("resolve:"))
    open = content.find("{{", open + 2);
  if (open == std::string_view::npos || content.find("}}", open + 2) == std::string_view::npos) return std::nullopt;
  TemplateFailure failure;
  failure.column = static_cast<std::uint32_t>(count_code_points(content.substr(0, open)) + 1);
  failure.message = "unrendered Helm or Go template: '{{ ... }}' on this line is template syntax, not YAML; "
                    "render it first (helm template) and scan the output (YAML parser: " +
                    std::string(parser_message) + ")";
  return failure;
}

}  // namespace infralint::loaders::detail::kubernetes
