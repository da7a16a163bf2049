#include "file_reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace infralint::loaders::detail {

namespace {

class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

// strerror() is not thread-safe; the category's message is.
std::string os_reason() { return std::system_category().message(errno); }

FileContent error(std::string message) {
  return FileContent{FileContent::Status::Error, {}, std::move(message)};
}

std::string mode_type(mode_t mode) {
  if (S_ISFIFO(mode)) return "FIFO";
  if (S_ISSOCK(mode)) return "socket";
  if (S_ISCHR(mode)) return "character device";
  if (S_ISBLK(mode)) return "block device";
  if (S_ISDIR(mode)) return "folder";
  return "special file";
}

}  // namespace

std::string describe_file_type(std::filesystem::file_type type) {
  using std::filesystem::file_type;
  switch (type) {
    case file_type::fifo: return "FIFO";
    case file_type::socket: return "socket";
    case file_type::character: return "character device";
    case file_type::block: return "block device";
    case file_type::directory: return "folder";
    case file_type::symlink: return "symbolic link";
    default: return "special file";
  }
}

FileContent read_input_file(const std::filesystem::path& path, std::size_t max_bytes) {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
  Descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
  if (fd.get() < 0) return error("cannot open: " + os_reason());
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) return error("cannot stat: " + os_reason());
  if (!S_ISREG(info.st_mode))
    return FileContent{FileContent::Status::NotRegular, {}, "not a regular file (" + mode_type(info.st_mode) + ")"};
  const auto size = static_cast<std::size_t>(info.st_size);
  if (size > max_bytes)
    return error("file is larger than the limit (" + std::to_string(size) + " bytes, limit " +
                 std::to_string(max_bytes) + ")");
  FileContent content;
  content.text.resize(size);
  std::size_t filled = 0;
  while (filled < size) {
    const ssize_t n = ::read(fd.get(), content.text.data() + filled, size - filled);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return error("cannot read: " + os_reason());
    }
    if (n == 0) break;  // the file shrank while we read it
    filled += static_cast<std::size_t>(n);
  }
  content.text.resize(filled);
  if (filled == 0) return error("empty file");
  return content;
}

}  // namespace infralint::loaders::detail
