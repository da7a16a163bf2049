#include "json_text.hpp"

#include "utf8.hpp"

namespace infralint::reporters::detail {

Json json_text(std::string_view text) { return Json(to_valid_utf8(text)); }

}  // namespace infralint::reporters::detail
