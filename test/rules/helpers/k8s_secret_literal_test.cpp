// Which literal env values count as secrets. All credentials below are fake.
#include "k8s/workload/secret_literal.hpp"

#include <gtest/gtest.h>

namespace infralint::rules::k8s::workload {
namespace {

bool secret(std::string_view name, std::string_view value) { return secret_kind(name, value).has_value(); }

TEST(SecretLiteral, KnownCredentialShapesMatchUnderAnyName) {
  EXPECT_EQ(secret_kind("CERT", "-----BEGIN PRIVATE KEY-----\nMIIfake\n-----END PRIVATE KEY-----"), "a private key");
  EXPECT_EQ(secret_kind("K", "-----BEGIN OPENSSH PRIVATE KEY-----"), "a private key");
  EXPECT_EQ(secret_kind("K", "-----BEGIN PGP PRIVATE KEY BLOCK-----"), "a private key");
  EXPECT_EQ(secret_kind("ID", "AKIAFAKEFAKEFAKE1234"), "an AWS access key id");
  EXPECT_EQ(secret_kind("ID", "ASIAFAKEFAKEFAKE1234"), "an AWS access key id");
  EXPECT_EQ(secret_kind("X", "ghp_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE"), "a GitHub token");
  EXPECT_EQ(secret_kind("X", "glpat-FAKEFAKEFAKEFAKEFAKE"), "a GitLab token");
  EXPECT_EQ(secret_kind("X", "xoxb-0000FAKE-0000FAKE-fake"), "a Slack token");
  EXPECT_EQ(secret_kind("X", "sk_live_FAKEFAKEFAKEFAKEFAKE00"), "a Stripe secret key");
  EXPECT_EQ(secret_kind("X", "AIzaFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAK"), "a Google API key");
  EXPECT_EQ(secret_kind("X", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmYWtlIn0.ZmFrZS1zaWduYXR1cmU"), "a JSON Web Token");
  EXPECT_EQ(secret_kind("DSN", "mysql://app:S3cret!@db:3306/app"), "a URL with a password in it");
}

TEST(SecretLiteral, NearMissesOfTheShapesDoNotMatch) {
  EXPECT_FALSE(secret("ID", "AKIAIOSFODNN7EXAMPLE"));  // AWS's documented sample key
  EXPECT_FALSE(secret("ID", "AKIA123"));               // too short
  EXPECT_FALSE(secret("X", "ghp_short"));
  EXPECT_FALSE(secret("X", "-----BEGIN CERTIFICATE-----"));  // public material
  EXPECT_FALSE(secret("X", "-----BEGIN PUBLIC KEY-----"));
  EXPECT_FALSE(secret("URL", "https://user@host/path"));  // a user, no password
  EXPECT_FALSE(secret("URL", "postgres://app:$(DB_PASSWORD)@db:5432/app"));
  EXPECT_FALSE(secret("URL", "postgres://app:${DB_PASSWORD}@db:5432/app"));
  EXPECT_FALSE(secret("URL", "postgres://app:changeme@db:5432/app"));
}

TEST(SecretLiteral, SecretNamesWithRealLookingValuesMatch) {
  EXPECT_EQ(secret_kind("DB_PASSWORD", "S3cure-pa55"), "a password or token (judging by the variable's name)");
  EXPECT_TRUE(secret("dbPassword", "hunter2hunter2"));
  EXPECT_TRUE(secret("CLIENT_SECRET", "9f8e7d6c5b4a"));
  EXPECT_TRUE(secret("API_TOKEN", "abcd1234efgh"));
  EXPECT_TRUE(secret("stripe-api-key", "live_abcdef"));
  EXPECT_TRUE(secret("REDIS_PASS", "r3d1s!"));
  EXPECT_TRUE(secret("SMTP_PWD", "mailpass1"));
  EXPECT_TRUE(secret("SIGNING_KEY", "0123456789abcdef"));
  EXPECT_TRUE(secret("CREDENTIALS", "user:pass"));
}

TEST(SecretLiteral, NamesThatOnlyMentionASecretDoNotMatch) {
  EXPECT_FALSE(secret("PASSWORD_FILE", "S3cure-pa55"));
  EXPECT_FALSE(secret("TOKEN_TTL", "abcd1234efgh"));
  EXPECT_FALSE(secret("SECRET_NAME", "web-db"));
  EXPECT_FALSE(secret("BYPASS", "everything"));  // "pass" only as its own word
  EXPECT_FALSE(secret("COMPASS", "north-north"));
  EXPECT_FALSE(secret("CACHE_KEY", "users-v2"));
  EXPECT_FALSE(secret("ACCESS_KEY_ID", "someid123"));
}

TEST(SecretLiteral, PlaceholdersReferencesAndConfigurationDoNotMatch) {
  for (std::string_view value :
       {"", "changeme", "CHANGE_ME", "change-me-later", "replace_me", "<password>", "[token]", "%SECRET%", "TODO",
        "none", "null", "example", "dummy", "placeholder", "redacted", "secret", "password", "xxx", "xxxxxxxx",
        "******", "...", "your-token-here", "yourpassword", "INSERT_ETCD_TOKEN", "enter-password-here", "$(OTHER_PASSWORD)", "${PASSWORD}", "{{ .Values.password }}", "true",
        "False", "3600", "30s", "/run/secrets/db/password", "./secret.txt", "https://vault.example.com/v1/db",
        "abc"})
    EXPECT_FALSE(secret("DB_PASSWORD", value)) << value;
}

}  // namespace
}  // namespace infralint::rules::k8s::workload
