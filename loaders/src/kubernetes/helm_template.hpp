// Unrendered Helm charts (Go templates) are not YAML. `{{ .Values.x }}` where a
// value or a line belongs opens a flow mapping whose key is another flow mapping,
// which our reader refuses, and `{{- if ... }}` lines break the block structure, so
// a template file fails to parse, usually right on the template line, with a parser
// message that says nothing useful ("illegal block entry"). This turns such a
// failure into one that names the cause.
//
// Template text inside a string is data: `description: "{{ $labels.pod }} is down"`
// (a Prometheus alert) or `pod {{ $labels.pod }} is down` parse as strings and
// never get here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace infralint::loaders::detail::kubernetes {

struct TemplateFailure {
  std::uint32_t column = 0;  // 1-based, in code points: where the '{{' starts
  std::string message;
};

// When line `line` (1-based) of `text` holds a '{{ ... }}' expression outside a
// comment, the column of the expression and a message saying the file is an
// unrendered template, ending with the parser's own words; nullopt otherwise.
std::optional<TemplateFailure> explain_template_failure(std::string_view text, std::uint32_t line,
                                                        std::string_view parser_message);

}  // namespace infralint::loaders::detail::kubernetes
