// Does a literal environment value look like a secret? Two ways to say yes:
//  - the value has the shape of a known credential whatever the variable is called
//    (a PEM private key, an AWS access key id, GitHub/GitLab/Slack/Stripe/Google
//    tokens, a JSON Web Token, a URL with a password in it);
//  - the variable's name ends like a secret's (..._PASSWORD, ..._TOKEN, apiKey, ...)
//    and the value is not an obvious placeholder, reference, path, flag or number.
// The answer names the kind of secret; it never repeats the value.
#pragma once

#include <optional>
#include <string_view>

namespace infralint::rules::k8s::workload {

// What the value seems to be ("a private key", "a password or token (judging by the
// variable's name)"), or nullopt when it does not look secret.
std::optional<std::string_view> secret_kind(std::string_view variable, std::string_view value);

}  // namespace infralint::rules::k8s::workload
