#include "escape.hpp"
#include "infralint/reporters/reporters.hpp"

namespace infralint::reporters {

std::string log_safe(std::string_view text) { return detail::visible(text); }

}  // namespace infralint::reporters
