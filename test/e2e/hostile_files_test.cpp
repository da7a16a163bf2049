// What a scan of hostile input may touch (issue 5): it writes the reports it was
// asked for and nothing else, fetches and runs nothing a template names, leaves the
// scanned roots through a symbolic link or a CDK manifest path only when told to
// (--follow-symlinks), skips special files with a note, and never lets a file name
// act on the terminal or the CI log it is printed to.
#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "run.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kGood = fs::path(INFRALINT_TEST_DIR) / "fixtures" / "app" / "bucket.yaml";

// A file name that, printed raw, would end the line, paint the terminal and start a
// GitHub workflow command on the next line.
const std::string kHostileName = "evil\n::error file=forged.yaml,line=1::forged finding\x1b[31m.yaml";

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// Everything under `dir` without following links: path -> type, size, mtime, target.
std::map<std::string, std::string> listing(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator(); ++it) {
    const fs::file_status s = it->symlink_status();
    std::ostringstream what;
    what << static_cast<int>(s.type()) << " " << static_cast<int>(s.permissions());
    if (fs::is_symlink(s)) what << " -> " << fs::read_symlink(it->path()).string();
    else if (fs::is_regular_file(s)) what << " " << fs::file_size(it->path()) << " " << fs::last_write_time(it->path()).time_since_epoch().count();
    out[fs::relative(it->path(), dir).string()] = what.str();
  }
  return out;
}

// A local TCP port that records whether anyone connected: templates name it as the
// place to fetch nested templates and includes from.
class Listener {
 public:
  Listener() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd_, 8) != 0 ||
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
      throw std::runtime_error("cannot listen on 127.0.0.1");
    port_ = ntohs(addr.sin_port);
    ::fcntl(fd_, F_SETFL, O_NONBLOCK);
  }
  ~Listener() { ::close(fd_); }
  int port() const { return port_; }
  bool was_contacted() const {
    const int client = ::accept(fd_, nullptr, nullptr);
    if (client >= 0) ::close(client);
    return client >= 0;
  }

 private:
  int fd_ = -1;
  int port_ = 0;
};

// Sets an environment variable for the child processes of one test.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    ::setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (old_) ::setenv(name_, old_->c_str(), 1);
    else ::unsetenv(name_);
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

// root/input is scanned; root/outside is reached only through links and a manifest
// path; root/out receives the reports; root/home is the child's HOME and TMPDIR.
struct HostileTree {
  e2e::TempDir root;
  fs::path input = root.path() / "input", outside = root.path() / "outside", out = root.path() / "out",
           home = root.path() / "home";

  explicit HostileTree(int port) {
    for (const fs::path& d : {input, outside, out, home}) fs::create_directories(d);
    fs::copy(kGood, input / "good.yaml");
    fs::copy(kGood, input / kHostileName);
    // Hostile names that reach stderr: a file that does not parse (a diagnostic) and
    // one that is not a template (a skip note with -v).
    e2e::write_file(input / ("broken\n::error::forged\x1b]0;title\x07.json"), "{\"Resources\": [,]}");
    e2e::write_file(input / "notes\r::warning::forged\u202e.txt", "not a template");
    EXPECT_EQ(::mkfifo((input / "pipe.json").c_str(), 0644), 0);

    // Outside the root: a template reached through a folder link, a file link and a
    // cloud assembly whose manifest names it by "../".
    e2e::write_file(outside / "secret.yaml", "Resources:\n  OutsideBucket:\n    Type: AWS::S3::Bucket\n");
    e2e::write_file(outside / "Secret.template.json", R"({"Resources": {"ManifestEscape": {"Type": "AWS::S3::Bucket"}}})");
    fs::create_directory_symlink("../outside", input / "linked-folder");
    fs::create_symlink("../outside/secret.yaml", input / "linked-file.yaml");
    e2e::write_file(input / "cdk.out" / "cdk.out", R"({"version":"36.0.0"})");
    e2e::write_file(input / "cdk.out" / "manifest.json", R"({"version": "36.0.0", "artifacts": {
      "Escape": {"type": "aws:cloudformation:stack",
                 "properties": {"templateFile": "../../outside/Secret.template.json"}}}})");

    // Things a careless tool would fetch or run.
    const std::string url = "http://127.0.0.1:" + std::to_string(port);
    e2e::write_file(input / "fetch.yaml", "Transform: AWS::Serverless-2016-10-31\nResources:\n"
                                          "  Nested:\n    Type: AWS::CloudFormation::Stack\n"
                                          "    Properties:\n      TemplateURL: " + url + "/nested.yaml\n"
                                          "  Included:\n    Fn::Transform:\n      Name: AWS::Include\n"
                                          "      Parameters:\n        Location: " + url + "/include.yaml\n"
                                          "  App:\n    Type: AWS::Serverless::Application\n"
                                          "    Properties:\n      Location: " + url + "/app.yaml\n"
                                          "  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n"
                                          "      Code:\n        ZipFile: \"$(touch " + (home / "ran").string() + ")\"\n");
    e2e::write_file(input / "cdk.json", "{\"app\": \"touch " + (home / "ran-cdk").string() + "\"}");
    e2e::write_file(input / "package.json",
                    "{\"scripts\": {\"preinstall\": \"touch " + (home / "ran-npm").string() + "\"}}");
  }

  e2e::Run scan(std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"-v", "--rule", "AwsSolutions-S1", "--sarif", (out / "r.sarif").string(),
                                     "--junit", (out / "r.xml").string(), "--json", (out / "r.json").string()};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(".");
    ScopedEnv home_env("HOME", home.string());
    ScopedEnv tmp_env("TMPDIR", home.string());
    return e2e::infralint(args, input);
  }
};

// No line of `text` may begin a GitHub workflow command, and no escape byte may reach
// the terminal.
void expect_nothing_acts(const std::string& text, const std::string& what) {
  EXPECT_FALSE(contains(text, "\x1b")) << what << " carries a raw escape character";
  EXPECT_FALSE(text.starts_with("::") || contains(text, "\n::")) << what << " has a line that starts with '::'\n" << text;
  EXPECT_FALSE(contains(text, "\n::error file=forged")) << what;
}

}  // namespace

TEST(HostileFiles, ScanWritesOnlyTheReportsAskedForAndRunsOrFetchesNothing) {
  Listener listener;
  HostileTree tree(listener.port());
  const auto input_before = listing(tree.input);
  const auto outside_before = listing(tree.outside);

  e2e::Run run = tree.scan();
  EXPECT_EQ(run.exit_code, 2) << run.err;  // 2: the broken file and the manifest's escaping template
  EXPECT_EQ(listing(tree.input), input_before) << "the scan changed the scanned folder";
  EXPECT_EQ(listing(tree.outside), outside_before);
  EXPECT_TRUE(fs::is_empty(tree.home)) << "the scan wrote into HOME or TMPDIR, or ran a command";
  std::set<std::string> reports;
  for (const auto& entry : fs::directory_iterator(tree.out)) reports.insert(entry.path().filename().string());
  EXPECT_EQ(reports, (std::set<std::string>{"r.json", "r.sarif", "r.xml"}));
  EXPECT_FALSE(listener.was_contacted()) << "the scan fetched a URL named in a template";

  // The hostile file was scanned, its name shown escaped in every line-oriented output.
  EXPECT_TRUE(contains(run.out, "evil\\n::error file=forged.yaml,line=1::forged finding\\x1b[31m.yaml:10:5: error[AwsSolutions-S1]"))
      << run.out;
  expect_nothing_acts(run.out, "stdout");
  expect_nothing_acts(run.err, "stderr");
  EXPECT_TRUE(contains(run.err, "broken\\n::error::forged\\x1b]0;title\\x07.json:1:")) << run.err;
  EXPECT_TRUE(contains(run.err, "skipped notes\\r::warning::forged\\u202e.txt: not a template file extension")) << run.err;
  EXPECT_FALSE(contains(run.err, "\r") || contains(run.err, "\x07") || contains(run.err, "\u202e")) << run.err;
  expect_nothing_acts(e2e::read_file(tree.out / "r.xml"), "JUnit");

  // Special files are skipped with a note; nothing outside the root was read.
  EXPECT_TRUE(contains(run.err, "skipped pipe.json: not a regular file (FIFO)")) << run.err;
  EXPECT_TRUE(contains(run.err, "skipped linked-folder: symbolic link leads outside the scanned folders")) << run.err;
  EXPECT_TRUE(contains(run.err, "skipped linked-file.yaml: symbolic link leads outside the scanned folders")) << run.err;
  EXPECT_TRUE(contains(run.err, "lies outside the assembly folder and is not read")) << run.err;
  const std::string json = e2e::read_file(tree.out / "r.json");
  EXPECT_TRUE(contains(json, "\"NoLogs\"")) << json;
  EXPECT_FALSE(contains(json, "OutsideBucket"));
  EXPECT_FALSE(contains(json, "ManifestEscape"));
}

TEST(HostileFiles, FollowSymlinksIsTheOnlyWayOutOfTheRoot) {
  Listener listener;
  HostileTree tree(listener.port());
  e2e::Run run = tree.scan({"--follow-symlinks"});
  EXPECT_EQ(run.exit_code, 2) << run.err;  // the broken file; nothing else is an error now
  EXPECT_FALSE(contains(run.err, "lies outside the assembly folder")) << run.err;
  const std::string json = e2e::read_file(tree.out / "r.json");
  EXPECT_TRUE(contains(json, "OutsideBucket")) << "--follow-symlinks should read the linked template";
  EXPECT_TRUE(contains(json, "ManifestEscape")) << "--follow-symlinks should read the manifest's template";
  EXPECT_TRUE(fs::is_empty(tree.home));
  EXPECT_FALSE(listener.was_contacted());
}

TEST(HostileFiles, ConfigAndBaselineThatNeverEndAreRefusedNotRead) {
  // The repository under review supplies .infralint.yaml (read by default) and may
  // supply the baseline: a link to /dev/zero would fill memory, a FIFO would block.
  struct Case {
    std::string what;
    std::function<void(const fs::path&)> make;
    std::string type;
  };
  const std::vector<Case> cases = {
      {"link to /dev/zero", [](const fs::path& p) { fs::create_symlink("/dev/zero", p); }, "character device"},
      {"FIFO", [](const fs::path& p) { ASSERT_EQ(::mkfifo(p.c_str(), 0644), 0); }, "FIFO"},
  };
  for (const Case& c : cases) {
    e2e::TempDir dir;
    fs::copy(kGood, dir.path() / "good.yaml");
    c.make(dir.path() / ".infralint.yaml");
    e2e::Run config = e2e::infralint({"good.yaml"}, dir.path(), 30);
    EXPECT_EQ(config.exit_code, 2) << c.what << "\n" << config.err;
    EXPECT_TRUE(contains(config.err, ".infralint.yaml")) << config.err;
    EXPECT_TRUE(contains(config.err, "not a regular file (" + c.type + ")")) << config.err;

    fs::remove(dir.path() / ".infralint.yaml");
    c.make(dir.path() / "baseline.txt");
    e2e::Run baseline = e2e::infralint({"--baseline", "baseline.txt", "good.yaml"}, dir.path(), 30);
    EXPECT_EQ(baseline.exit_code, 2) << c.what << "\n" << baseline.err;
    EXPECT_TRUE(contains(baseline.err, "cannot read the baseline file: not a regular file (" + c.type + ")"))
        << baseline.err;
  }
}

TEST(HostileFiles, ReportsAreNeverWrittenThroughAPlantedLink) {
  // CI writes reports inside the checkout; the change under review can put a link
  // where a report will go, aimed at a file the CI user owns.
  e2e::TempDir dir;
  fs::copy(kGood, dir.path() / "good.yaml");
  fs::create_directories(dir.path() / "victim");
  e2e::write_file(dir.path() / "victim" / "profile", "original\n");
  fs::create_symlink("victim/profile", dir.path() / "infralint.sarif");
  e2e::Run run = e2e::infralint({"--sarif", "infralint.sarif", "--json", "report.json", "good.yaml"}, dir.path());
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_TRUE(contains(run.err, "cannot write infralint.sarif: it is a symbolic link")) << run.err;
  EXPECT_EQ(e2e::read_file(dir.path() / "victim" / "profile"), "original\n");
  EXPECT_TRUE(contains(e2e::read_file(dir.path() / "report.json"), "\"NoLogs\""));  // the other report is written

  // Streams are still fine: /dev/stdout is a link to /proc/self/fd/1.
  e2e::Run to_stdout = e2e::infralint({"--json", "/dev/stdout", "-f", "sarif", "-o", "r.sarif", "good.yaml"}, dir.path());
  EXPECT_EQ(to_stdout.exit_code, 1) << to_stdout.err;
  EXPECT_TRUE(contains(to_stdout.out, "\"NoLogs\"")) << to_stdout.out;
}
