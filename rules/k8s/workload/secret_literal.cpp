#include "k8s/workload/secret_literal.hpp"

#include <array>

#include <re2/re2.h>

namespace infralint::rules::k8s::workload {

namespace {

struct Shape {
  std::string_view kind;
  std::string_view pattern;
};

// Credential formats that are recognisable from the value alone. Each prefix is one
// the issuer documents for its tokens, so a match is rarely anything else.
constexpr std::array kShapes = {
    Shape{"a private key", R"(-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----)"},
    Shape{"an AWS access key id", R"(\b(AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b)"},
    Shape{"a GitHub token", R"(\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,}))"},
    Shape{"a GitLab token", R"(\bglpat-[A-Za-z0-9_-]{20,})"},
    Shape{"a Slack token", R"(\bxox[abposr]-[A-Za-z0-9-]{10,})"},
    Shape{"a Slack webhook URL", R"(hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{16,})"},
    Shape{"a Stripe secret key", R"(\b[rs]k_live_[0-9A-Za-z]{20,})"},
    Shape{"a Google API key", R"(\bAIza[0-9A-Za-z_-]{35}\b)"},
    Shape{"a SendGrid API key", R"(\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,})"},
    Shape{"a JSON Web Token", R"(\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})"},
};

const std::array<RE2, kShapes.size()>& shape_patterns() {
  static const std::array<RE2, kShapes.size()> compiled = [] {
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
      return std::array<RE2, kShapes.size()>{RE2(kShapes[I].pattern)...};
    }(std::make_index_sequence<kShapes.size()>());
  }();
  return compiled;
}

// scheme://user:password@host — the password part is captured to rule out references.
const RE2& url_credentials() {
  static const RE2 re(R"(^[A-Za-z][A-Za-z0-9+.-]*://[^/\s:@]+:([^/\s@]+)@)");
  return re;
}

// Variable names that say "this is a secret" by how they end: DB_PASSWORD, apiToken,
// CLIENT_SECRET, STRIPE_API_KEY. Names that merely mention one (PASSWORD_FILE,
// TOKEN_TTL, SECRET_NAME) end otherwise and are not matched.
const RE2& secret_name() {
  static const RE2 re(
      R"((?i)(password|passwd|passphrase|secret|token|credentials?|api[_.-]?key|access[_.-]?key|private[_.-]?key|)"
      R"(signing[_.-]?key|encryption[_.-]?key|master[_.-]?key)$|(^|[_.-])(pass|pwd|pw)$)");
  return re;
}

// Values that stand for a secret rather than being one: references and templating
// ($(VAR), ${VAR}, {{ ... }}), bracketed hints (<token>), filler words, instructions
// to the reader (INSERT_TOKEN, yourpassword) and masks.
const RE2& placeholder() {
  static const RE2 re(
      R"((?i)^(\s*|.*\$\(.*\).*|.*\$\{.*\}.*|.*\{\{.*\}\}.*|<.*>|\[.*\]|%.*%|)"
      R"(change[_.-]?(me|it)\b.*|replace[_.-]?(me|this)\b.*|set[_.-]?me|to[_.-]?be[_.-]?(set|replaced)|)"
      R"(todo|tbd|fixme|none|null|nil|empty|undefined|n/?a|example.*|.*[_.-]example|sample|dummy|fake|)"
      R"(placeholder|redacted|hidden|masked|secret|password|token|test|default|your.*|my[_.-]?secret|)"
      R"((insert|enter|put)[_.-].*|)"
      R"(x{3,}|\*+|\.{3,}|-+|#+|0+)$)");
  return re;
}

// Values a secret-named variable holds when it is configuration, not a credential:
// flags, numbers and durations (TOKEN_TTL-like values under a loose name), paths to a
// mounted secret file, and URLs without credentials.
const RE2& configuration_value() {
  static const RE2 re(
      R"((?i)^((true|false|yes|no|on|off|enabled?|disabled?)|[0-9]+(\.[0-9]+)?[a-z]{0,3}|)"
      R"((/|\./|\.\./|~/|[a-z]:\\).*|[a-z][a-z0-9+.-]*://[^@]*)$)");
  return re;
}

bool stands_for_a_secret(std::string_view value) {
  return RE2::FullMatch(value, placeholder()) || RE2::FullMatch(value, configuration_value());
}

}  // namespace

std::optional<std::string_view> secret_kind(std::string_view variable, std::string_view value) {
  const auto& patterns = shape_patterns();
  for (std::size_t i = 0; i < kShapes.size(); ++i) {
    // The AWS documentation's sample keys end in EXAMPLE; they are placeholders.
    if (RE2::PartialMatch(value, patterns[i]) && value.find("EXAMPLE") == std::string_view::npos)
      return kShapes[i].kind;
  }
  re2::StringPiece password;
  if (RE2::PartialMatch(value, url_credentials(), &password) &&
      !stands_for_a_secret(std::string_view(password.data(), password.size())))
    return "a URL with a password in it";
  if (RE2::PartialMatch(variable, secret_name()) && value.size() >= 4 && !stands_for_a_secret(value))
    return "a password or token (judging by the variable's name)";
  return std::nullopt;
}

}  // namespace infralint::rules::k8s::workload
